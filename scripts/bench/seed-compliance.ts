/**
 * The bench's compliance history: thousands of records about the cities of one cluster over the last three years,
 * written straight through the entity (batch puts), not through the API: seeding is set-up, not the thing measured.
 * Needs the app's environment set before it is imported (the entities read their table name at load).
 */
import { DEMO_CITIES } from '../demo-data';
import type { Actor } from '../../src/domain/roles';
import { DEFAULT_SEVERITY, type ComplianceKind } from '../../src/domain/trust/standing';
import { ComplianceRecordEntity, type StoredComplianceRecord } from '../../src/store/entities';
import { random } from './seed-obligations';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HISTORY_DAYS = 3 * 365;
/** The cluster's default dispute window (P14D); the bench's clusters keep the defaults. */
const DISPUTE_WINDOW_MS = 14 * DAY;
const WRITE_CONCURRENCY = 4;
const MAX_WRITE_ROUNDS = 5;
const RECORDED_BY: Actor = { id: 'system:bench', name: 'Bench', role: 'SYSTEM' };

/** Mostly honoured commitments, some late, a few breaches (weights out of 100), each with the note a record carries. */
const KINDS: ReadonlyArray<{ kind: ComplianceKind; weight: number; note: string }> = [
  { kind: 'FULFILLED', weight: 70, note: 'Done within the agreed time; see the joint situation log.' },
  { kind: 'FULFILLED_LATE', weight: 10, note: 'Done, but after the agreed deadline.' },
  { kind: 'LATE', weight: 10, note: 'Not done by the agreed deadline.' },
  { kind: 'SLOW_RESPONSE', weight: 6, note: 'Acknowledged the request hours after the agreed response time.' },
  { kind: 'NON_COOPERATION', weight: 4, note: 'Did not send the agreed liaison officer to the joint command post.' },
];

function weightedKind(next: () => number): (typeof KINDS)[number] {
  const total = KINDS.reduce((sum, { weight }) => sum + weight, 0);
  let roll = next() * total;
  for (const entry of KINDS) {
    roll -= entry.weight;
    if (roll < 0) return entry;
  }
  return KINDS[KINDS.length - 1];
}

/** Batch-puts (25 items a call, a few calls at once) and re-puts whatever DynamoDB left unprocessed. */
async function putAll(items: StoredComplianceRecord[]): Promise<void> {
  let pending = items;
  for (let round = 1; pending.length > 0; round++) {
    if (round > MAX_WRITE_ROUNDS)
      throw new Error(`DynamoDB left ${pending.length} compliance records unwritten after ${MAX_WRITE_ROUNDS} rounds`);
    const { unprocessed } = await ComplianceRecordEntity.put(pending).go({ concurrent: WRITE_CONCURRENCY });
    const left = new Set(unprocessed.map((key) => key.recordId));
    pending = pending.filter((item) => left.has(item.recordId));
  }
}

export interface BenchCompliance {
  records: number;
  cities: number;
  /** Records per city id (every one STANDING and dated before now, so each counts towards its city's standing). */
  byCity: Map<string, number>;
  /** Records per kind, for the seeding line. */
  byKind: Map<ComplianceKind, number>;
}

/**
 * `total` STANDING records about the cities of `clusterId`, dated over the last three years (at least an hour ago):
 * `focus.count` of them about `focus.cityId`, the rest dealt round the other cities in turn.
 */
export async function seedCompliance(
  clusterId: string,
  total: number,
  focus: { cityId: string; count: number },
  now = Date.now(),
): Promise<BenchCompliance> {
  const next = random(20260314);
  const cityIds = DEMO_CITIES.filter((city) => city.clusterId === clusterId).map((city) => city.cityId);
  const others = cityIds.filter((cityId) => cityId !== focus.cityId);
  if (others.length === cityIds.length) throw new Error(`${focus.cityId} is not a city of ${clusterId}`);
  if (focus.count > total) throw new Error(`Cannot put ${focus.count} of ${total} records on ${focus.cityId}`);

  const items = Array.from({ length: total }, (_, index): StoredComplianceRecord => {
    const cityId = index < focus.count ? focus.cityId : others[(index - focus.count) % others.length];
    const { kind, note } = weightedKind(next);
    const at = new Date(now - HOUR - Math.floor(next() * HISTORY_DAYS * DAY)).toISOString();
    return {
      recordId: `cr_bench_${String(index).padStart(5, '0')}`,
      clusterId,
      kind,
      subjectKey: cityId,
      cityId,
      supervision: 'VERTICAL',
      severity: DEFAULT_SEVERITY[kind],
      note,
      at,
      recordedAt: at,
      recordedBy: RECORDED_BY,
      automatic: true,
      disputeWindowEndsAt: new Date(Date.parse(at) + DISPUTE_WINDOW_MS).toISOString(),
      status: 'STANDING',
      version: 1,
    };
  });
  await putAll(items);

  const byCity = new Map<string, number>();
  const byKind = new Map<ComplianceKind, number>();
  for (const item of items) {
    byCity.set(item.subjectKey, (byCity.get(item.subjectKey) ?? 0) + 1);
    byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + 1);
  }
  return { records: items.length, cities: byCity.size, byCity, byKind };
}
