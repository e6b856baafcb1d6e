import { finishTallyBuild } from '../support/tally-builds';
import { obligationTallyBuild } from '../../src/store/obligation-tallies';
import fc from 'fast-check';
import { meterReads } from '../../scripts/bench/read-meter';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { effectiveStatus } from '../../src/domain/obligations/status';
import { dynamoClients } from '../../src/store/client';
import { ObligationEntity } from '../../src/store/entities';
import { gql } from '../support/api';
import { hoursFrom, officerOf } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { CONFIRM, FULFIL, REPORT, SET_EVENT_STATUS, SUMMARY, WAIVE } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';

// Each test has a Beijing–Tianjin–Hebei of its own with the accident responsibility list in force, so a level III
// accident gives the origin a 1-hour report and a 2-hour on-site command, each affected city a 2-hour warning, and the
// office a 6-hour bulletin.
let world: BuiltCluster;
beforeEach(async () => {
  world = await aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'],
    agreements: ['agr-jjj-accidents'],
  }).build();
});
afterAll(() => testClock.reset());

const CITIES = ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding'];
const idOf = (cityName: string) => world.city(cityName).id;
const coordinator = async () => world.coordinator;

type Row = { open: number; overdue: number; fulfilledOnTime: number; fulfilledLate: number; waived: number };
type StoredOne = Awaited<ReturnType<typeof storedObligations>>[number];

async function storedObligations() {
  const { data } = await ObligationEntity.query.byClusterDue({ clusterId: world.id }).go({ pages: 'all' });
  return data;
}

/** The summary as the records say it is at the test clock's instant: per obligee (null for the office). */
function recomputed(obligations: StoredOne[], eventId?: string): Map<string | null, Row> {
  const rows = new Map<string | null, Row>();
  for (const obligation of obligations) {
    if (eventId && obligation.eventId !== eventId) continue;
    const key = obligation.cityId ?? null;
    const row = rows.get(key) ?? { open: 0, overdue: 0, fulfilledOnTime: 0, fulfilledLate: 0, waived: 0 };
    const status = effectiveStatus(obligation.status, obligation.dueAt, testClock.now());
    if (status === 'OPEN') row.open += 1;
    if (status === 'OVERDUE') row.overdue += 1;
    if (status === 'FULFILLED') row.fulfilledOnTime += 1;
    if (status === 'FULFILLED_LATE') row.fulfilledLate += 1;
    if (status === 'WAIVED') row.waived += 1;
    rows.set(key, row);
  }
  return rows;
}

async function summary(eventId?: string): Promise<Map<string | null, Row>> {
  const response = await gql(await coordinator(), SUMMARY, { clusterId: world.id, ...(eventId ? { eventId } : {}) });
  expect(response.errors).toBeUndefined();
  return new Map(response.data!.obligationSummary.map(({ city, ...row }) => [city?.id ?? null, row]));
}

async function confirmedAccident(origin: string, affected: string[]): Promise<string> {
  const reported = await gql(await officerOf(origin, world.id), REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: origin,
      affectedCityIds: affected,
      location: { description: 'Industrial park' },
      description: 'Chemical tank leak',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const confirmed = await gql(await coordinator(), CONFIRM, { input: { eventId: reported.data!.reportRiskEvent.id } });
  expect(confirmed.errors).toBeUndefined();
  return confirmed.data!.confirmRiskEvent.id;
}

const tokenOf = (obligation: StoredOne) => (obligation.cityId ? officerOf(obligation.cityId, world.id) : coordinator());

type Action =
  | { kind: 'confirm'; origin: number; affected: number[] }
  | { kind: 'fulfil'; pick: number; backdated: boolean }
  | { kind: 'waive'; pick: number }
  | { kind: 'advance'; hours: number }
  | { kind: 'close'; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('confirm' as const),
    origin: fc.nat({ max: CITIES.length - 1 }),
    affected: fc.uniqueArray(fc.nat({ max: CITIES.length - 1 }), { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('fulfil' as const), pick: fc.nat(), backdated: fc.boolean() }),
  fc.record({ kind: fc.constant('waive' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('close' as const), pick: fc.nat() }),
);

const events: string[] = [];

async function apply(step: Action): Promise<void> {
  const open = (await storedObligations()).filter((obligation) => obligation.status === 'OPEN');
  const chosen = (pick: number) => (open.length ? open[pick % open.length] : undefined);
  switch (step.kind) {
    case 'confirm': {
      const origin = idOf(CITIES[step.origin]);
      const affected = step.affected.map((index) => idOf(CITIES[index])).filter((city) => city !== origin);
      events.push(await confirmedAccident(origin, affected));
      return;
    }
    case 'fulfil': {
      const obligation = chosen(step.pick);
      if (!obligation) return;
      // On time or late by the clock; a backdated claim may be refused once the job recorded it late: both are fine.
      await gql(await tokenOf(obligation), FULFIL, {
        input: {
          obligationId: obligation.obligationId,
          expectedVersion: obligation.version,
          evidence: { text: 'Done, see the log' },
          ...(step.backdated ? { fulfilledAt: obligation.triggeredAt } : {}),
        },
      });
      return;
    }
    case 'waive': {
      const obligation = chosen(step.pick);
      if (!obligation) return;
      const waived = await gql(await coordinator(), WAIVE, {
        input: { obligationId: obligation.obligationId, expectedVersion: obligation.version, reason: 'Not needed' },
      });
      expect(waived.errors).toBeUndefined();
      return;
    }
    case 'advance':
      testClock.advance(step.hours * 3_600_000);
      await runUpkeepJob();
      return;
    case 'close': {
      if (!events.length) return;
      const eventId = events.splice(step.pick % events.length, 1)[0];
      const closed = await closeEvent(eventId);
      expect(closed).toBe(true);
      return;
    }
  }
}

const EVENT = `query TallyEventVersion($eventId: ID!) { riskEvent(id: $eventId) { version } }`;

async function closeEvent(eventId: string): Promise<boolean> {
  const read = await gql<{ riskEvent: { version: number } }>(await coordinator(), EVENT, { eventId });
  const closed = await gql(await coordinator(), SET_EVENT_STATUS, {
    input: { eventId, expectedVersion: read.data!.riskEvent.version, status: 'CLOSED' },
  });
  return !closed.errors;
}

test('after any sequence of obligation writes, the summary from the tallies is the summary recomputed from the records', async () => {
  testClock.setTo(hoursFrom(new Date().toISOString(), -24 * 30));
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (steps) => {
      for (const step of steps) await apply(step);
      const records = await storedObligations();
      expect(await summary()).toEqual(recomputed(records));
      for (const eventId of [...new Set(records.flatMap((o) => (o.eventId ? [o.eventId] : [])))].slice(-3))
        expect(await summary(eventId)).toEqual(recomputed(records, eventId));
    }),
    { numRuns: 6 },
  );
}, 240_000);

test('the summary reads the same whatever the closed history: no more calls, no more items with many closed obligations', async () => {
  const counter = countDynamoCalls(dynamoClients);
  const meter = meterReads(dynamoClients);
  /** An accident whose obligations all end closed: the close lapses the response duties, the report is waived. */
  const closedAccident = async () => {
    const eventId = await confirmedAccident(idOf('Tianjin'), [idOf('Langfang')]);
    expect(await closeEvent(eventId)).toBe(true);
    for (const obligation of (await storedObligations()).filter((o) => o.eventId === eventId && o.status === 'OPEN')) {
      const waived = await gql(await coordinator(), WAIVE, {
        input: { obligationId: obligation.obligationId, expectedVersion: obligation.version, reason: 'Not needed' },
      });
      expect(waived.errors).toBeUndefined();
    }
  };
  const cost = async () => {
    await finishTallyBuild(obligationTallyBuild, world.id);
    await summary(); // once, so the per-container marker check is behind us in both measurements
    counter.reset();
    meter.reset();
    const rows = await summary();
    return { calls: { ...counter.byCommand }, items: meter.itemsRead, rows };
  };
  await closedAccident();
  const few = await cost();
  const closedBefore = (await storedObligations()).filter((o) => o.status !== 'OPEN').length;
  for (let n = 0; n < 12; n++) await closedAccident();
  const closedAfter = (await storedObligations()).filter((o) => o.status !== 'OPEN').length;
  const many = await cost();
  expect(closedAfter - closedBefore).toBeGreaterThanOrEqual(12 * 4);
  expect(many.rows.get(idOf('Tianjin'))!.waived).toBeGreaterThan(few.rows.get(idOf('Tianjin'))!.waived);
  expect(many.calls).toEqual(few.calls);
  expect(many.items).toBe(few.items);
}, 120_000);
