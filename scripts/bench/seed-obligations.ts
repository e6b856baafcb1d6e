/**
 * The bench's data set: a few risk events and 10,000 obligations in one cluster, written straight through the
 * entities (batch puts), not through the API: seeding is set-up, not the thing measured. Needs the app's
 * environment set before it is imported (the entities read their table name at load).
 */
import { DEMO_AGREEMENTS } from '../demo-agreements';
import { DEMO_CITIES } from '../demo-data';
import { COORDINATION_OFFICE, obligeeKeyOf } from '../../src/domain/obligations/ids';
import { EMERGENCY_LEVELS, WARNING_LEVELS } from '../../src/domain/levels';
import { parseDuration } from '../../src/domain/time';
import {
  ObligationEntity,
  RiskEventEntity,
  type StoredObligation,
  type StoredRiskEvent,
} from '../../src/store/entities';

export const BENCH_CLUSTER = 'cluster-jjj';
const AGREEMENT_ID = 'agr-jjj-accidents';
const EVENT_COUNT = 24;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WRITE_CONCURRENCY = 4;
const MAX_WRITE_ROUNDS = 5;

const CITY_NAMES = new Map(DEMO_CITIES.map((city) => [city.cityId, city.name]));

type Duty = (typeof DEMO_AGREEMENTS)[number]['version']['duties'][number];

/** How often each duty of the agreement shows up: warnings go to every affected city, so they dominate. */
const DUTY_WEIGHTS: Record<string, number> = {
  report: 20,
  command: 15,
  warn: 35,
  hazmat: 10,
  medical: 10,
  bulletin: 10,
};

/** A small seeded PRNG (mulberry32): the same data set on every run, so runs compare. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)];
}

function weightedDuty(duties: readonly Duty[], next: () => number): Duty {
  const total = duties.reduce((sum, duty) => sum + (DUTY_WEIGHTS[duty.dutyId] ?? 1), 0);
  let roll = next() * total;
  for (const duty of duties) {
    roll -= DUTY_WEIGHTS[duty.dutyId] ?? 1;
    if (roll < 0) return duty;
  }
  return duties[duties.length - 1];
}

function deadlineMs(deadline: string): number {
  const { weeks, days, hours, minutes, seconds } = parseDuration(deadline);
  return (weeks * 7 + days) * DAY + hours * HOUR + minutes * 60_000 + seconds * 1000;
}

const iso = (millis: number) => new Date(millis).toISOString();

function jjjAgreementDuties(): readonly Duty[] {
  const agreement = DEMO_AGREEMENTS.find(({ agreement: a }) => a.agreementId === AGREEMENT_ID);
  if (!agreement) throw new Error(`The demo agreement ${AGREEMENT_ID} is missing from scripts/demo-agreements.ts`);
  return agreement.version.duties;
}

function riskEvents(cityIds: readonly string[], now: number, next: () => number): StoredRiskEvent[] {
  return Array.from({ length: EVENT_COUNT }, (_, index) => {
    const reported = now - Math.floor(next() * 365 * DAY);
    const originCityId = pick(cityIds, next);
    const affectedCityIds = cityIds.filter((cityId) => cityId !== originCityId && next() < 0.3);
    return {
      eventId: `evt-bench-${String(index + 1).padStart(3, '0')}`,
      clusterId: BENCH_CLUSTER,
      category: 'ACCIDENT',
      level: pick(EMERGENCY_LEVELS, next),
      warning: pick(WARNING_LEVELS, next),
      status: index % 4 === 0 ? 'RESPONDING' : 'CLOSED',
      originCityId,
      affectedCityIds,
      location: { description: `Bench incident ${index + 1}` },
      description: 'Synthetic accident for the benchmark data set.',
      observedAt: iso(reported - HOUR),
      reportedAt: iso(reported),
      reportedBy: { id: `bench-${originCityId}`, name: 'Bench reporter', role: 'CITY' },
      confirmedAt: iso(reported + HOUR),
      timeline: [],
      version: 1,
    };
  });
}

/** Who owes a duty: the agreement names some obligees; origin and affected duties fall on any city of the cluster. */
function obligeeOf(duty: Duty, cityIds: readonly string[], next: () => number): string {
  if (duty.party === 'COORDINATION_OFFICE') return COORDINATION_OFFICE;
  if (duty.party === 'NAMED_CITY' && duty.cityId) return duty.cityId;
  return pick(cityIds, next);
}

type Timing = Pick<StoredObligation, 'status' | 'openState' | 'dueAt' | 'triggeredAt' | 'fulfilledAt'>;

/** Open, and due within the next month or (`overdue`) past due by up to a month. */
function openTiming(duty: Duty, now: number, next: () => number, overdue: boolean): Timing {
  const deadline = deadlineMs(duty.deadline);
  const due = overdue ? now - HOUR - next() * 30 * DAY : now + 6 * HOUR + next() * 30 * DAY;
  return {
    status: 'OPEN',
    openState: 'OPEN',
    dueAt: iso(due),
    triggeredAt: iso(Math.min(due - deadline, now - HOUR)),
  };
}

/** Closed over the past year: fulfilled on time when `roll` < `shares.onTime`, late within `shares.late` more, else waived. */
function closedTiming(
  duty: Duty,
  now: number,
  next: () => number,
  roll: number,
  shares: { onTime: number; late: number },
): Timing {
  const deadline = deadlineMs(duty.deadline);
  const due = now - HOUR - next() * 365 * DAY;
  const triggered = due - deadline;
  if (roll < shares.onTime)
    return {
      status: 'FULFILLED',
      openState: 'CLOSED',
      dueAt: iso(due),
      triggeredAt: iso(triggered),
      fulfilledAt: iso(triggered + next() * deadline),
    };
  if (roll < shares.onTime + shares.late)
    return {
      status: 'FULFILLED_LATE',
      openState: 'CLOSED',
      dueAt: iso(due),
      triggeredAt: iso(triggered),
      fulfilledAt: iso(Math.min(now, due + next() * 3 * DAY)),
    };
  return { status: 'WAIVED', openState: 'CLOSED', dueAt: iso(due), triggeredAt: iso(triggered) };
}

/**
 * The main bench's mix: ~40% open (most due within the next month, ~8% of them already overdue by up to a month),
 * ~60% closed over the past year: 45% fulfilled on time, 10% late, 5% waived. Obligations due next month were in
 * reality triggered by long-deadline duties; here the trigger is clamped to now so no record is triggered in the future.
 */
function timing(duty: Duty, now: number, next: () => number): Timing {
  const roll = next();
  if (roll < 0.4) return openTiming(duty, now, next, next() < 0.08);
  return closedTiming(duty, now, next, roll - 0.4, { onTime: 0.45, late: 0.1 });
}

/**
 * A cluster that keeps up: the first `open` obligations are open (every `overdueEvery`-th of them past due), all the
 * others were closed over the past year (80% fulfilled on time, 12% late, 8% waived), so the open ones stay as many
 * whatever the history.
 */
function keptUpTiming(
  index: number,
  backlog: { open: number; overdueEvery: number },
  duty: Duty,
  now: number,
  next: () => number,
): Timing {
  if (index < backlog.open) return openTiming(duty, now, next, index % backlog.overdueEvery === 0);
  return closedTiming(duty, now, next, next(), { onTime: 0.8, late: 0.12 });
}

function obligation(
  obligationId: string,
  event: StoredRiskEvent,
  duty: Duty,
  obligee: string,
  when: Timing,
): StoredObligation {
  const closedBy = {
    id: 'bench-closer',
    name: 'Bench duty officer',
    role: obligee === COORDINATION_OFFICE ? 'COORDINATOR' : 'CITY',
  } as const;
  return {
    obligationId,
    clusterId: BENCH_CLUSTER,
    eventId: event.eventId,
    agreementId: AGREEMENT_ID,
    agreementVersionNo: 1,
    dutyId: duty.dutyId,
    obligeeKey: obligeeKeyOf(BENCH_CLUSTER, obligee),
    ...(obligee === COORDINATION_OFFICE ? {} : { cityId: obligee, cityName: CITY_NAMES.get(obligee) }),
    role: duty.role,
    kind: duty.kind,
    action: duty.action,
    // What activation copies from the event, as the release writes it.
    eventCategory: event.category,
    eventDescription: event.description,
    ...(duty.resourceType ? { resourceType: duty.resourceType, quantity: duty.quantity } : {}),
    ...when,
    // What closing writes (`closeSteps` in src/store/obligations.ts): the closing, who closed it and when, version + 1.
    ...(when.status === 'FULFILLED' || when.status === 'FULFILLED_LATE'
      ? { evidenceText: 'Done; see the joint situation log.', closedBy, closedAt: when.fulfilledAt }
      : {}),
    ...(when.status === 'WAIVED'
      ? { waivedReason: 'Superseded by the joint command’s own action.', closedBy, closedAt: when.dueAt }
      : {}),
    version: when.openState === 'OPEN' ? 1 : 2,
  };
}

/** Batch-puts (25 items a call, a few calls at once) and re-puts whatever DynamoDB left unprocessed. */
async function putAll(items: StoredObligation[]): Promise<void> {
  let pending = items;
  for (let round = 1; pending.length > 0; round++) {
    if (round > MAX_WRITE_ROUNDS)
      throw new Error(`DynamoDB left ${pending.length} obligations unwritten after ${MAX_WRITE_ROUNDS} rounds`);
    const { unprocessed } = await ObligationEntity.put(pending).go({ concurrent: WRITE_CONCURRENCY });
    const left = new Set(unprocessed.map((key) => key.obligationId));
    pending = pending.filter((item) => left.has(item.obligationId));
  }
}

export interface BenchData {
  events: number;
  obligations: number;
  open: number;
  overdue: number;
  /** Open (incl. overdue) obligations per city id, to pick a city with more than a page of them. */
  openByCity: Map<string, number>;
  /** The open obligations written to be closed through the API (`toClose`), as stored. */
  toClose: StoredObligation[];
  /** What a summary counts of every other obligation written. */
  written: Array<Pick<StoredObligation, 'cityId' | 'status' | 'dueAt'>>;
}

/** A backlog a cluster that keeps up carries whatever its history: so many open, every so many of them overdue. */
export interface Backlog {
  open: number;
  overdueEvery: number;
}

/**
 * `count` obligations of the bench cluster, `obl_bench_<index>`: the main bench's mix (~40% open), or with `backlog`
 * exactly that many open and the rest closed.
 */
export async function seedObligations(
  count: number,
  options: { backlog?: Backlog; toClose?: { prefix: string; count: number }; now?: number } = {},
): Promise<BenchData> {
  const { backlog, toClose, now = Date.now() } = options;
  const next = random(20260105);
  const cityIds = DEMO_CITIES.filter((city) => city.clusterId === BENCH_CLUSTER).map((city) => city.cityId);
  const duties = jjjAgreementDuties();
  const events = riskEvents(cityIds, now, next);
  const { unprocessed } = await RiskEventEntity.put(events).go();
  if (unprocessed.length) throw new Error('DynamoDB did not take every bench risk event; run again');

  const items = Array.from({ length: count }, (_, index) => {
    const duty = weightedDuty(duties, next);
    const event = pick(events, next);
    const obligee = obligeeOf(duty, cityIds, next);
    const when = backlog ? keptUpTiming(index, backlog, duty, now, next) : timing(duty, now, next);
    return obligation(`obl_bench_${String(index).padStart(5, '0')}`, event, duty, obligee, when);
  });
  // Open when written, every other one overdue; the caller closes them through the API (on time, late or waived).
  const closing = Array.from({ length: toClose?.count ?? 0 }, (_, index) => {
    const duty = weightedDuty(duties, next);
    const event = pick(events, next);
    const obligee = obligeeOf(duty, cityIds, next);
    const id = `obl_bench_${toClose?.prefix}_${String(index).padStart(3, '0')}`;
    return obligation(id, event, duty, obligee, openTiming(duty, now, next, index % 2 === 0));
  });
  await putAll([...items, ...closing]);

  const open = items.filter((item) => item.openState === 'OPEN');
  const openByCity = new Map<string, number>();
  for (const item of open) if (item.cityId) openByCity.set(item.cityId, (openByCity.get(item.cityId) ?? 0) + 1);
  return {
    events: events.length,
    obligations: items.length,
    open: open.length,
    overdue: open.filter((item) => item.dueAt < iso(now)).length,
    openByCity,
    toClose: closing,
    written: items.map(({ cityId, status, dueAt }) => ({ cityId, status, dueAt })),
  };
}
