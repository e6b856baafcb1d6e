import type { ResourceTier } from '../domain/resources/catalogue';
import type { Holding } from '../domain/resources/shortfalls';
import { ConflictError } from '../domain/errors';
import { batchGetByIds } from './batch';
import { cursors, InventoryItemEntity, type StoredInventoryItem } from './entities';
import { versionOf, type Refusal, type WriteTransaction } from './kernel';
import { tallyBuildLimits, tallyLayout, whileBuilding, type TallyBuild, type TallyLayout } from './tally-build';
import { exactMinor, queryTotals, type TotalKey } from './totals';

/**
 * What each city of a cluster has available for mutual aid, per resource type and tier: the sum over its READY items
 * of shareable − committed (never below zero per item, as the shortfalls count it). Kept on write: every transaction
 * that writes an inventory item moves its city's tally by the item's change, so `clusterShortfalls` reads one small
 * partition (one item per city) instead of the cluster's inventory. Stock stored before tallies were kept is added by
 * a build (`inventoryTallyBuild`).
 */

type Stock = Pick<
  StoredInventoryItem,
  'clusterId' | 'cityId' | 'typeId' | 'tier' | 'readiness' | 'shareable' | 'committed' | 'tallied'
>;

const PARTITION = (clusterId: string) => `inventory-tallies#${clusterId}`;
const PREFIX = 'available#';
const cityPrefix = (layout: TallyLayout) => (layout === 1 ? `${PREFIX}city#` : `${PREFIX}v2#city#`);
const FIELD = 'a#';

export const inventoryTallyKeys = {
  /** One item per city, one exact field per resource type and tier (`a#<typeId>#<tier>`). */
  city: (clusterId: string, cityId: string, layout: TallyLayout): TotalKey => ({
    pk: PARTITION(clusterId),
    sk: `${cityPrefix(layout)}${cityId}`,
  }),
  /** The build's state, and once it is done its `keptSince` (layout 2). */
  marker: (clusterId: string): TotalKey => ({ pk: PARTITION(clusterId), sk: `${PREFIX}v2#kept` }),
  /** What the earlier release wrote once it had backfilled the tallies whole (layout 1). */
  earlierMarker: (clusterId: string): TotalKey => ({ pk: PARTITION(clusterId), sk: `${PREFIX}kept` }),
};

const fieldOf = (typeId: string, tier: ResourceTier) => `${FIELD}${typeId}#${tier}`;

/** What one item adds to its city's tally (what a partner could be sent from it now). */
export function availableOf(item: Pick<Stock, 'readiness' | 'shareable' | 'committed'>): bigint {
  if (item.readiness !== 'READY') return 0n;
  const available = BigInt(item.shareable) - BigInt(item.committed);
  return available > 0n ? available : 0n;
}

/** Only a total beyond ±(10^16 − 1) can refuse, far above any stock CityPact accepts. */
const tallyOutOfRange: Refusal = () =>
  new Error('An inventory tally would leave the range CityPact keeps; nothing was changed.');

/**
 * Adds to `writes` the move of each city's tally by the items' changes (`before` absent for a new item): one step per
 * city whose figures move, summed over the items (a transaction may touch a record once). Every write of an item sets
 * its `tallied` flag. In layout 2, an item read without it was never in the tallies, so its figures before do not
 * count, and the write must be conditioned on the flag still being absent (`flaggedOr`), since a build may add it
 * meanwhile. In layout 1 every item was counted by the backfill, flag or not.
 */
export async function moveInventoryTallies(
  writes: WriteTransaction,
  changes: ReadonlyArray<{ before?: Stock; after: Stock }>,
): Promise<WriteTransaction> {
  const layouts = new Map<string, TallyLayout>();
  for (const { after } of changes)
    if (!layouts.has(after.clusterId))
      layouts.set(after.clusterId, await tallyLayout(inventoryTallyBuild, after.clusterId));
  return moveTalliesIn(writes, changes, (clusterId) => layouts.get(clusterId)!);
}

function moveTalliesIn(
  writes: WriteTransaction,
  changes: ReadonlyArray<{ before?: Stock; after: Stock }>,
  layoutOf: (clusterId: string) => TallyLayout,
): WriteTransaction {
  const byCity = new Map<string, { clusterId: string; cityId: string; add: Record<string, bigint> }>();
  const shift = (item: Stock, sign: bigint) => {
    const available = availableOf(item);
    if (available === 0n) return;
    const key = `${item.clusterId}\u0000${item.cityId}`;
    const city = byCity.get(key) ?? { clusterId: item.clusterId, cityId: item.cityId, add: {} };
    byCity.set(key, city);
    const field = fieldOf(item.typeId, item.tier);
    city.add[field] = (city.add[field] ?? 0n) + sign * available;
  };
  for (const { before, after } of changes) {
    if (before && (before.tallied || layoutOf(before.clusterId) === 1)) shift(before, -1n);
    shift(after, 1n);
  }
  for (const { clusterId, cityId, add } of byCity.values()) {
    const moved = Object.fromEntries(Object.entries(add).filter(([, delta]) => delta !== 0n));
    if (Object.keys(moved).length === 0) continue;
    writes.adjust(
      `available stock of ${cityId}`,
      inventoryTallyKeys.city(clusterId, cityId, layoutOf(clusterId)),
      { add: moved },
      tallyOutOfRange,
    );
  }
  return writes;
}

/**
 * The cluster's tallies as holdings (one per city, type and tier, all READY and uncommitted), which the shortfall
 * computation sums exactly as it summed the items: one Query of the tallies' partition. While the tallies are being
 * built (an upgraded table), the cluster's items themselves, up to a bound.
 */
export async function availableHoldings(clusterId: string, at: string): Promise<Holding[]> {
  return whileBuilding(
    inventoryTallyBuild,
    clusterId,
    at,
    (layout) => talliedHoldings(clusterId, layout),
    async (limit) => {
      const { data } = await InventoryItemEntity.query
        .byClusterType({ clusterId })
        .go({ pages: 'all', count: limit + 1 });
      return data.length > limit ? undefined : data.filter((item) => item.clusterId === clusterId);
    },
  );
}

async function talliedHoldings(clusterId: string, layout: TallyLayout): Promise<Holding[]> {
  const holdings: Holding[] = [];
  const prefix = cityPrefix(layout);
  for (const tally of await queryTotals(PARTITION(clusterId), prefix)) {
    const cityId = tally.sk.slice(prefix.length);
    for (const [field, value] of Object.entries(tally)) {
      if (!field.startsWith(FIELD)) continue;
      const separator = field.lastIndexOf('#');
      const available = exactMinor(value);
      if (available <= 0n) continue;
      holdings.push({
        cityId,
        typeId: field.slice(FIELD.length, separator),
        tier: field.slice(separator + 1) as ResourceTier,
        readiness: 'READY',
        shareable: Number(available),
        committed: 0,
      });
    }
  }
  return holdings;
}

/** Items plus city tallies one chunk of a build writes at most: with its cursor's move, within DynamoDB's 100. */
const ITEMS_PER_CHUNK = 98;

/**
 * The build of a cluster's tallies from items no write has tallied yet (stock stored before tallies were kept): each
 * is read consistently, added to its city's tally and flagged, on condition that it is still as read, so a write that
 * lands in between makes the chunk be read again.
 */
export const inventoryTallyBuild: TallyBuild = {
  figures: 'stock figures',
  marker: (clusterId) => inventoryTallyKeys.marker(clusterId),
  earlierMarker: (clusterId) => inventoryTallyKeys.earlierMarker(clusterId),
  async addChunk(tx, clusterId, cursor, stale) {
    const page = await InventoryItemEntity.query.byClusterType({ clusterId }).go({
      cursor,
      limit: tallyBuildLimits.recordsPerChunk,
      pages: 1,
      attributes: ['itemId', 'clusterId', 'typeId', 'cityId'],
    });
    // The index lags a moment: the figures and flags themselves are read consistently from the items.
    const items = await batchGetByIds(
      page.data.map((entry) => entry.itemId),
      'itemId',
      (ids) => InventoryItemEntity.get(ids.map((itemId) => ({ itemId }))).go({ consistent: true }),
    );
    const counted: StoredInventoryItem[] = [];
    const cities = new Set<string>();
    for (const [index, item] of items.entries()) {
      const untallied = !!item && item.clusterId === clusterId && !item.tallied;
      const steps = counted.length + cities.size + (untallied ? 1 + (cities.has(item.cityId) ? 0 : 1) : 0);
      if (index > 0 && steps > ITEMS_PER_CHUNK) {
        addCounted(tx, counted, stale);
        return cursors.inventoryItem.byAccessPattern.byClusterType.fromComposite.toCursor(page.data[index - 1]);
      }
      if (!untallied) continue;
      counted.push(item);
      cities.add(item.cityId);
    }
    addCounted(tx, counted, stale);
    return page.cursor;
  },
};

function addCounted(tx: WriteTransaction, items: readonly StoredInventoryItem[], stale: Refusal): void {
  for (const item of items)
    tx.update(
      `item ${item.itemId} tallied`,
      InventoryItemEntity.patch({ itemId: item.itemId })
        .set({ tallied: true })
        .where(({ version, tallied }, { eq, notExists }) => `${eq(version, item.version)} AND ${notExists(tallied)}`),
      stale,
    );
  // A build runs only where no tallies were kept: in layout 2.
  moveTalliesIn(
    tx,
    items.map((item) => ({ after: item })),
    () => 2,
  );
}

/** A write of an item read before a build flagged it: the build counted the item as it was read, so read it again. */
export class FlaggedMeanwhile extends ConflictError {
  constructor(readonly itemId: string) {
    super(
      "The stock was being counted into the cluster's figures at that very moment. Nothing was changed; try again.",
    );
  }
}

/**
 * A write's refusal for an item: FlaggedMeanwhile when the item is still at the version read and only a build
 * flagged it, otherwise `otherwise`.
 */
export function flaggedOr(
  read: Pick<StoredInventoryItem, 'itemId' | 'version' | 'tallied'>,
  otherwise: Refusal,
): Refusal {
  return (current) =>
    current && !read.tallied && current.tallied === true && versionOf(current) === read.version
      ? new FlaggedMeanwhile(read.itemId)
      : otherwise(current);
}

/**
 * Runs a write of items again, with the items a build flagged meanwhile taken as flagged, so an official's change is
 * not refused for the build's sake; `asRead` gives an item as the write should take it.
 */
export async function withTallyFlags<T>(
  write: (asRead: <I extends Pick<StoredInventoryItem, 'itemId' | 'tallied'>>(item: I) => I) => Promise<T>,
): Promise<T> {
  const flagged = new Set<string>();
  for (;;) {
    try {
      return await write((item) => (flagged.has(item.itemId) ? { ...item, tallied: true } : item));
    } catch (error) {
      if (!(error instanceof FlaggedMeanwhile) || flagged.has(error.itemId)) throw error;
      flagged.add(error.itemId);
    }
  }
}
