import { COORDINATION_OFFICE } from '../domain/obligations/ids';
import { cursors, ObligationEntity, type StoredObligation } from './entities';
import { type WriteTransaction } from './kernel';
import { tallyBuildLimits, tallyLayout, whileBuilding, type TallyBuild, type TallyLayout } from './tally-build';
import { exactMinor, queryTotals, readTotal, type TotalKey } from './totals';

/**
 * Obligation tallies: per cluster and obligee (a city, or the office), and per event and obligee, how many obligations
 * were closed as FULFILLED, FULFILLED_LATE and WAIVED. They move in the transaction that closes an obligation (a
 * fulfilment, a waiver, an event close lapsing it), so the summary reads them beside the open obligations (the open
 * partition, which a cluster keeps small) and never the closed history. Open obligations are not tallied: creating one
 * or marking it late moves no tally, and "overdue" stays a matter of the time of reading. Obligations closed before
 * tallies were kept are added by a build (`obligationTallyBuild`).
 */
export const CLOSED_STATUSES = ['FULFILLED', 'FULFILLED_LATE', 'WAIVED'] as const;
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

export type ClosedCounts = Record<ClosedStatus, number>;

const tallyPartition = (clusterId: string) => `$citypact#obligation-tallies#${clusterId}`;
const obligeePrefix = (layout: TallyLayout) => (layout === 1 ? 'obligee#' : 'v2#obligee#');

export const obligationTallyKeys = {
  obligee: (clusterId: string, obligee: string, layout: TallyLayout): TotalKey => ({
    pk: tallyPartition(clusterId),
    sk: `${obligeePrefix(layout)}${obligee}`,
  }),
  event: (clusterId: string, eventId: string, layout: TallyLayout): TotalKey => ({
    pk: tallyPartition(clusterId),
    sk: `${layout === 1 ? '' : 'v2#'}event#${eventId}`,
  }),
  /** The build's state, and once it is done its `keptSince` (layout 2). */
  marker: (clusterId: string): TotalKey => ({ pk: tallyPartition(clusterId), sk: 'v2#kept' }),
  /** What the earlier release wrote once it had backfilled the tallies whole (layout 1). */
  earlierMarker: (clusterId: string): TotalKey => ({ pk: tallyPartition(clusterId), sk: 'kept' }),
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
 * transaction touches an item once). The closing itself sets the obligation's `tallied` flag (`closeSteps`), so a
 * build of the tallies never counts it again.
 */
export async function tallyClosings(
  tx: WriteTransaction,
  closings: readonly { read: Tallied; status: StoredObligation['status'] }[],
): Promise<WriteTransaction> {
  const layouts = new Map<string, TallyLayout>();
  for (const { read } of closings)
    if (!layouts.has(read.clusterId))
      layouts.set(read.clusterId, await tallyLayout(obligationTallyBuild, read.clusterId));
  return tallyClosingsIn(tx, closings, (clusterId) => layouts.get(clusterId)!);
}

function tallyClosingsIn(
  tx: WriteTransaction,
  closings: readonly { read: Tallied; status: StoredObligation['status'] }[],
  layoutOf: (clusterId: string) => TallyLayout,
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
    const [byObligee, byEvent] = tallyKeysOf(read, layoutOf(read.clusterId));
    const obligee = talliedObligee(read);
    bump(byObligee, status);
    if (byEvent) bump(byEvent, eventField(obligee, status));
  }
  for (const { key, add } of adds.values()) {
    // Counts only grow by one per closing; the kernel's bound (the largest total) is the only one that applies.
    tx.adjust(`obligation tally ${key.sk}`, key, { add }, () => new Error(`Obligation tally ${key.sk} out of range.`));
  }
  return tx;
}

const emptyCounts = (): ClosedCounts => ({ FULFILLED: 0, FULFILLED_LATE: 0, WAIVED: 0 });

async function talliedCounts(
  clusterId: string,
  eventId: string | null | undefined,
  layout: TallyLayout,
): Promise<Map<string, ClosedCounts>> {
  const counts = new Map<string, ClosedCounts>();
  if (eventId) {
    const tally = await readTotal(obligationTallyKeys.event(clusterId, eventId, layout));
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
  const prefix = obligeePrefix(layout);
  for (const tally of await queryTotals(tallyPartition(clusterId), prefix)) {
    const row = emptyCounts();
    for (const status of CLOSED_STATUSES) row[status] = Number(exactMinor(tally[status]));
    counts.set(tally.sk.slice(prefix.length), row);
  }
  return counts;
}

/** Tally items one chunk of a build moves at most: with its cursor's move, within DynamoDB's 100 per transaction. */
const ITEMS_PER_CHUNK = 98;
/** The layout builds add to. */
const BUILT: TallyLayout = 2;

/**
 * The build of a cluster's tallies from obligations closed before they were kept (an upgraded table): those closed
 * without the `tallied` flag that every closing since sets. A closed obligation never changes again, so a chunk needs
 * no condition on the records it counts, and the index's projection (eventually consistent) is enough: the only
 * change it can miss, an obligation closing, is flagged and tallied by its own write.
 */
export const obligationTallyBuild: TallyBuild = {
  figures: 'obligation figures',
  marker: (clusterId) => obligationTallyKeys.marker(clusterId),
  earlierMarker: (clusterId) => obligationTallyKeys.earlierMarker(clusterId),
  async addChunk(tx, clusterId, cursor) {
    const page = await ObligationEntity.query.byClusterDue({ clusterId }).go({
      cursor,
      limit: tallyBuildLimits.recordsReadPerChunk,
      pages: 1,
      attributes: ['obligationId', 'clusterId', 'dueAt', 'cityId', 'eventId', 'status', 'tallied'],
    });
    const closings: { read: Tallied; status: StoredObligation['status'] }[] = [];
    const touched = new Set<string>();
    for (const [index, obligation] of page.data.entries()) {
      const counted = obligation.clusterId === clusterId && obligation.status !== 'OPEN' && !obligation.tallied;
      const keys = counted ? tallyKeysOf(obligation, BUILT).map((key) => key.sk) : [];
      if (index > 0 && new Set([...touched, ...keys]).size > ITEMS_PER_CHUNK) {
        tallyClosingsIn(tx, closings, () => BUILT);
        return cursors.obligation.byAccessPattern.byClusterDue.fromComposite.toCursor(page.data[index - 1]);
      }
      keys.forEach((sk) => touched.add(sk));
      if (counted) closings.push({ read: obligation, status: obligation.status });
    }
    tallyClosingsIn(tx, closings, () => BUILT);
    return page.cursor;
  },
};

function tallyKeysOf(obligation: Tallied, layout: TallyLayout): TotalKey[] {
  const obligee = talliedObligee(obligation);
  return [
    obligationTallyKeys.obligee(obligation.clusterId, obligee, layout),
    ...(obligation.eventId ? [obligationTallyKeys.event(obligation.clusterId, obligation.eventId, layout)] : []),
  ];
}

/**
 * Per obligee (city id or COORDINATION_OFFICE), the obligations closed in the cluster, or in one of its events: the
 * kept tallies, or while they are being built, counted from the cluster's obligations (up to a bound).
 */
export async function closedCounts(
  clusterId: string,
  eventId: string | null | undefined,
  now: string,
): Promise<Map<string, ClosedCounts>> {
  return whileBuilding(
    obligationTallyBuild,
    clusterId,
    now,
    (layout) => talliedCounts(clusterId, eventId, layout),
    async (limit) => {
      const { data } = await ObligationEntity.query
        .byClusterDue({ clusterId })
        .go({ pages: 'all', count: limit + 1, attributes: ['clusterId', 'cityId', 'eventId', 'status'] });
      if (data.length > limit) return undefined;
      const counts = new Map<string, ClosedCounts>();
      for (const obligation of data) {
        if (obligation.clusterId !== clusterId || obligation.status === 'OPEN') continue;
        if (eventId && obligation.eventId !== eventId) continue;
        const obligee = talliedObligee(obligation);
        const row = counts.get(obligee) ?? emptyCounts();
        row[obligation.status] += 1;
        counts.set(obligee, row);
      }
      return counts;
    },
  );
}
