/**
 * The bench's inventory: a few thousand items in one cluster, spread over its cities and every type and tier of the
 * catalogue, each at its own storage location, written straight through the entity (batch puts): seeding is set-up,
 * not the thing measured. Needs the app's environment set before it is imported.
 */
import { DEMO_CITIES } from '../demo-data';
import { demoCatalogue } from '../demo-catalogue';
import { inventoryItemId } from '../../src/domain/resources/ids';
import { InventoryItemEntity, type StoredInventoryItem } from '../../src/store/entities';
import { pick, random } from './seed-obligations';

const DAY = 24 * 3_600_000;
const WRITE_CONCURRENCY = 4;
const MAX_WRITE_ROUNDS = 5;

export interface BenchInventory {
  items: number;
  cities: number;
  /** Type and tier pairs of the catalogue. */
  typeTiers: number;
  ready: number;
}

/** Batch-puts (25 items a call, a few calls at once) and re-puts whatever DynamoDB left unprocessed. */
async function putAll(items: StoredInventoryItem[]): Promise<void> {
  let pending = items;
  for (let round = 1; pending.length > 0; round++) {
    if (round > MAX_WRITE_ROUNDS)
      throw new Error(`DynamoDB left ${pending.length} inventory items unwritten after ${MAX_WRITE_ROUNDS} rounds`);
    const { unprocessed } = await InventoryItemEntity.put(pending).go({ concurrent: WRITE_CONCURRENCY });
    const left = new Set(unprocessed.map((key) => key.itemId));
    pending = pending.filter((item) => left.has(item.itemId));
  }
}

/**
 * `count` items of `clusterId`: item i goes to city i mod cities, type-tier (i div cities) mod pairs, depot
 * i div (cities × pairs), so every (city, type, tier, depot) is distinct and so is every derived id. Figures:
 * committed 0 (70%) or a few units, committed ≤ shareable ≤ on hand; 85% READY, 10% DEGRADED, 5% UNAVAILABLE.
 */
export async function seedInventory(clusterId: string, count: number, now = Date.now()): Promise<BenchInventory> {
  const next = random(20260721);
  const cities = DEMO_CITIES.filter((city) => city.clusterId === clusterId);
  const typeTiers = demoCatalogue(clusterId, new Date(now).toISOString()).flatMap((type) =>
    type.tiers.map(({ tier }) => ({ typeId: type.typeId, tier })),
  );
  const items = Array.from({ length: count }, (_, index): StoredInventoryItem => {
    const city = cities[index % cities.length];
    const { typeId, tier } = typeTiers[Math.floor(index / cities.length) % typeTiers.length];
    const depot = Math.floor(index / (cities.length * typeTiers.length)) + 1;
    const storage = {
      name: `${city.name} bench reserve depot ${String(depot).padStart(3, '0')}`,
      latitude: +(city.latitude + (next() - 0.5) * 0.4).toFixed(4),
      longitude: +(city.longitude + (next() - 0.5) * 0.4).toFixed(4),
    };
    const onHand = 1 + Math.floor(next() * 200);
    const shareable = Math.floor(onHand * (0.2 + next() * 0.6));
    const committed = next() < 0.7 ? 0 : Math.min(shareable, 1 + Math.floor(next() * 5));
    const roll = next();
    const verified = new Date(now - Math.floor(next() * 365 * DAY)).toISOString();
    return {
      itemId: inventoryItemId(city.cityId, typeId, tier, storage.name),
      clusterId,
      cityId: city.cityId,
      typeId,
      tier,
      onHand,
      shareable,
      committed,
      readiness: roll < 0.85 ? 'READY' : roll < 0.95 ? 'DEGRADED' : 'UNAVAILABLE',
      storage,
      lastVerifiedAt: verified,
      lastChangedBy: pick(['bench-seed', 'bench-inventory-clerk'], next),
      version: 1,
      updatedAt: verified,
    };
  });
  if (new Set(items.map((item) => item.itemId)).size !== items.length)
    throw new Error('Bench inventory ids collide; check the spread');
  await putAll(items);
  return {
    items: items.length,
    cities: cities.length,
    typeTiers: typeTiers.length,
    ready: items.filter((item) => item.readiness === 'READY').length,
  };
}
