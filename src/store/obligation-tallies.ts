import { COORDINATION_OFFICE } from '../domain/obligations/ids';
import { ObligationEntity, type StoredObligation } from './entities';
import { transaction, type WriteTransaction } from './kernel';
import { exactMinor, queryTotals, readTotal, type Total, type TotalKey } from './totals';

/**
 * Obligation tallies: per cluster and obligee (a city, or the office), and per event and obligee, how many obligations
 * were closed as FULFILLED, FULFILLED_LATE and WAIVED. They move in the transaction that closes an obligation (a
 * fulfilment, a waiver, an event close lapsing it), so the summary reads them beside the open obligations (the open
 * partition, which a cluster keeps small) and never the closed history. Open obligations are not tallied: creating one
 * or marking it late moves no tally, and "overdue" stays a matter of the time of reading.
 */
export const CLOSED_STATUSES = ['FULFILLED', 'FULFILLED_LATE', 'WAIVED'] as const;
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

export type ClosedCounts = Record<ClosedStatus, number>;

const tallyPartition = (clusterId: string) => `$citypact#obligation-tallies#${clusterId}`;
const OBLIGEE_PREFIX = 'obligee#';

export const obligationTallyKeys = {
  obligee: (clusterId: string, obligee: string): TotalKey => ({
    pk: tallyPartition(clusterId),
    sk: `${OBLIGEE_PREFIX}${obligee}`,
  }),
  event: (clusterId: string, eventId: string): TotalKey => ({ pk: tallyPartition(clusterId), sk: `event#${eventId}` }),
  /** Its `keptSince` says the tallies are kept (written last by the backfill). */
  marker: (clusterId: string): TotalKey => ({ pk: tallyPartition(clusterId), sk: 'kept' }),
};

/** The field of an event's tally counting one obligee's obligations closed with one status. */
const eventField = (obligee: string, status: ClosedStatus) => `${obligee}#${status}`;

type Tallied = Pick<StoredObligation, 'clusterId' | 'cityId' | 'eventId'>;

/** The obligee as tallies name it: the city, or COORDINATION_OFFICE. */
export function talliedObligee(obligation: Pick<StoredObligation, 'cityId'>): string {
  return obligation.cityId ?? COORDINATION_OFFICE;
}

/**
 * Adds to a transaction the tally adjustments of obligations it closes (one adjustment per tally item, as a
 * transaction touches an item once). Call `ensureObligationTallies` before building the transaction.
 */
export function tallyClosings(
  tx: WriteTransaction,
  closings: readonly { read: Tallied; status: StoredObligation['status'] }[],
): WriteTransaction {
  const adds = new Map<string, { key: TotalKey; add: Record<string, bigint> }>();
  const bump = (key: TotalKey, field: string) => {
    const id = `${key.pk}\u0000${key.sk}`;
    const entry = adds.get(id) ?? { key, add: {} };
    entry.add[field] = (entry.add[field] ?? 0n) + 1n;
    adds.set(id, entry);
  };
  for (const { read, status } of closings) {
    if (status === 'OPEN') continue;
    const obligee = talliedObligee(read);
    bump(obligationTallyKeys.obligee(read.clusterId, obligee), status);
    if (read.eventId) bump(obligationTallyKeys.event(read.clusterId, read.eventId), eventField(obligee, status));
  }
  for (const { key, add } of adds.values()) {
    // Counts only grow by one per closing; the kernel's bound (the largest total) is the only one that applies.
    tx.adjust(`obligation tally ${key.sk}`, key, { add }, () => new Error(`Obligation tally ${key.sk} out of range.`));
  }
  return tx;
}

const emptyCounts = (): ClosedCounts => ({ FULFILLED: 0, FULFILLED_LATE: 0, WAIVED: 0 });

/** Per obligee (city id or COORDINATION_OFFICE), the obligations closed in the cluster, or in one of its events. */
export async function closedCounts(clusterId: string, eventId?: string | null): Promise<Map<string, ClosedCounts>> {
  const counts = new Map<string, ClosedCounts>();
  if (eventId) {
    const tally = await readTotal(obligationTallyKeys.event(clusterId, eventId));
    for (const [field, value] of Object.entries(tally ?? {})) {
      const cut = field.lastIndexOf('#');
      const status = field.slice(cut + 1) as ClosedStatus;
      if (cut < 0 || !CLOSED_STATUSES.includes(status)) continue;
      const obligee = field.slice(0, cut);
      const row = counts.get(obligee) ?? emptyCounts();
      row[status] = Number(exactMinor(value));
      counts.set(obligee, row);
    }
    return counts;
  }
  for (const tally of await queryTotals(tallyPartition(clusterId), OBLIGEE_PREFIX)) {
    const row = emptyCounts();
    for (const status of CLOSED_STATUSES) row[status] = Number(exactMinor(tally[status]));
    counts.set(tally.sk.slice(OBLIGEE_PREFIX.length), row);
  }
  return counts;
}

/**
 * Tallies for obligations written before they were kept: computed once from the records, written under the condition
 * that no backfill finished first, the marker last, so a backfill cut short is simply done again. Writers and the
 * summary wait for the marker (`ensureObligationTallies`), so none can interleave.
 */
async function backfill(clusterId: string, at: string): Promise<void> {
  const { data } = await ObligationEntity.query
    .byClusterDue({ clusterId })
    .go({ pages: 'all', attributes: ['clusterId', 'cityId', 'eventId', 'status'] });
  const items = new Map<string, TotalKey & Record<string, unknown>>();
  const bump = (key: TotalKey, field: string) => {
    const id = `${key.pk}\u0000${key.sk}`;
    const item = items.get(id) ?? { ...key };
    item[field] = ((item[field] as bigint | undefined) ?? 0n) + 1n;
    items.set(id, item);
  };
  for (const obligation of data) {
    if (obligation.status === 'OPEN') continue;
    const obligee = talliedObligee(obligation);
    bump(obligationTallyKeys.obligee(clusterId, obligee), obligation.status);
    if (obligation.eventId)
      bump(obligationTallyKeys.event(clusterId, obligation.eventId), eventField(obligee, obligation.status));
  }
  const marker = obligationTallyKeys.marker(clusterId);
  const done = () => new BackfillDone();
  try {
    const all = [...items.values()];
    for (let start = 0; start < all.length; start += 50) {
      const tx = transaction().checkTotal('no backfill finished first', marker, { keptSince: null }, done);
      for (const item of all.slice(start, start + 50)) tx.putTotal(`tally ${item.sk}`, item, done);
      await tx.commit();
    }
    await transaction()
      .putTotal('marker', { ...marker, keptSince: at }, done, { absent: 'keptSince' })
      .commit();
  } catch (error) {
    if (!(error instanceof BackfillDone)) throw error;
  }
}

class BackfillDone extends Error {}

/** Clusters whose tallies are known to be kept (the marker never goes away, so it is remembered per container). */
const kept = new Set<string>();

/** Makes sure a cluster's obligation tallies are kept before anything reads or moves them (backfilling them once). */
export async function ensureObligationTallies(clusterId: string, at: string): Promise<void> {
  if (kept.has(clusterId)) return;
  const marker: Total | undefined = await readTotal(obligationTallyKeys.marker(clusterId));
  if (!marker?.keptSince) await backfill(clusterId, at);
  kept.add(clusterId);
}

/** Forgets which clusters were seen with kept tallies (a table that was emptied and reused, as tests do). */
export function forgetKeptObligationTallies(): void {
  kept.clear();
}
