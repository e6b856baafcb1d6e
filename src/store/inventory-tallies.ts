import type { ResourceTier } from '../domain/resources/catalogue';
import type { Holding } from '../domain/resources/shortfalls';
import { batchGetByIds } from './batch';
import { InventoryItemEntity, type StoredInventoryItem } from './entities';
import { transaction, type Refusal, type WriteTransaction } from './kernel';
import { exactMinor, queryTotals, readTotal, type TotalKey } from './totals';

/**
 * What each city of a cluster has available for mutual aid, per resource type and tier: the sum over its READY items
 * of shareable − committed (never below zero per item, as the shortfalls count it). Kept on write: every transaction
 * that writes an inventory item moves its city's tally by the item's change, so `clusterShortfalls` reads one small
 * partition (one item per city) instead of the cluster's inventory.
 */

type Stock = Pick<
  StoredInventoryItem,
  'clusterId' | 'cityId' | 'typeId' | 'tier' | 'readiness' | 'shareable' | 'committed'
>;

const PARTITION = (clusterId: string) => `inventory-tallies#${clusterId}`;
/** Every item of the partition starts with it: the cities' tallies and the marker, read by one Query. */
const PREFIX = 'available#';
const CITY = `${PREFIX}city#`;
const FIELD = 'a#';

export const inventoryTallyKeys = {
  /** One item per city, one exact field per resource type and tier (`a#<typeId>#<tier>`). */
  city: (clusterId: string, cityId: string): TotalKey => ({ pk: PARTITION(clusterId), sk: `${CITY}${cityId}` }),
  /** Written last by the backfill: from then on the tallies are kept. */
  marker: (clusterId: string): TotalKey => ({ pk: PARTITION(clusterId), sk: `${PREFIX}kept` }),
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
 * city whose figures move, summed over the items (a transaction may touch a record once).
 */
export function moveInventoryTallies(
  writes: WriteTransaction,
  changes: ReadonlyArray<{ before?: Stock; after: Stock }>,
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
    if (before) shift(before, -1n);
    shift(after, 1n);
  }
  for (const { clusterId, cityId, add } of byCity.values()) {
    const moved = Object.fromEntries(Object.entries(add).filter(([, delta]) => delta !== 0n));
    if (Object.keys(moved).length === 0) continue;
    writes.adjust(
      `available stock of ${cityId}`,
      inventoryTallyKeys.city(clusterId, cityId),
      { add: moved },
      tallyOutOfRange,
    );
  }
  return writes;
}

/**
 * The cluster's tallies as holdings (one per city, type and tier, all READY and uncommitted), which the shortfall
 * computation sums exactly as it summed the items. One Query of the tallies' partition; backfilled first if needed.
 */
export async function availableHoldings(clusterId: string, at: string): Promise<Holding[]> {
  let tallies = await queryTotals(PARTITION(clusterId), PREFIX);
  if (!tallies.some((total) => total.sk === inventoryTallyKeys.marker(clusterId).sk)) {
    await backfill(clusterId, at);
    kept.add(clusterId);
    tallies = await queryTotals(PARTITION(clusterId), PREFIX);
  }
  const holdings: Holding[] = [];
  for (const tally of tallies) {
    if (!tally.sk.startsWith(CITY)) continue;
    const cityId = tally.sk.slice(CITY.length);
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

/**
 * Tallies for an inventory written before they were kept: computed once from the items and written, every chunk under
 * the condition that no backfill finished first; the marker is written last, so a backfill cut short is done again.
 * Writers wait for the marker (`ensureInventoryTallies`), so none can interleave.
 */
async function backfill(clusterId: string, at: string): Promise<void> {
  const { data } = await InventoryItemEntity.query
    .byClusterType({ clusterId })
    .go({ pages: 'all', attributes: ['itemId'] });
  // The index lags a moment: the figures themselves are read consistently from the items.
  const items = await batchGetByIds(
    data.map((item) => item.itemId),
    'itemId',
    (ids) => InventoryItemEntity.get(ids.map((itemId) => ({ itemId }))).go({ consistent: true }),
  );
  const byCity = new Map<string, Record<string, bigint>>();
  for (const item of items) {
    if (!item || item.clusterId !== clusterId) continue;
    const fields = byCity.get(item.cityId) ?? {};
    byCity.set(item.cityId, fields);
    const field = fieldOf(item.typeId, item.tier);
    fields[field] = (fields[field] ?? 0n) + availableOf(item);
  }
  const tallies = [...byCity].map(([cityId, fields]) => ({ ...inventoryTallyKeys.city(clusterId, cityId), ...fields }));
  const marker = inventoryTallyKeys.marker(clusterId);
  try {
    for (let start = 0; start < tallies.length; start += 50) {
      const tx = transaction().checkTotal('no backfill finished first', marker, { keptSince: null }, backfillDone);
      for (const tally of tallies.slice(start, start + 50)) tx.putTotal(`tally ${tally.sk}`, tally, backfillDone);
      await tx.commit();
    }
    await transaction()
      .putTotal('marker', { ...marker, keptSince: at }, backfillDone, { absent: 'keptSince' })
      .commit();
  } catch (error) {
    if (!(error instanceof BackfillDone)) throw error;
  }
}

class BackfillDone extends Error {}
const backfillDone = () => new BackfillDone();

/** Clusters whose tallies are known to be kept (the marker never goes away, so it is remembered per container). */
const kept = new Set<string>();

/** Makes sure a cluster's inventory tallies are kept before a write moves them (backfilling them once). */
export async function ensureInventoryTallies(clusterId: string, at: string): Promise<void> {
  if (kept.has(clusterId)) return;
  const marker = await readTotal(inventoryTallyKeys.marker(clusterId));
  if (!marker?.keptSince) await backfill(clusterId, at);
  kept.add(clusterId);
}

/** Forgets which clusters were seen with kept tallies (a table that was emptied and reused, as tests do). */
export function forgetKeptInventoryTallies(): void {
  kept.clear();
}
