/** Each demo city's emergency stock, scaled to its population, in its municipal depot (illustrative figures). */
import { inventoryItemId } from '../src/domain/resources/ids';
import type { StoredCity, StoredCluster, StoredInventoryItem } from '../src/store/entities';

type Stock = [typeId: string, tier: 'I' | 'II' | 'III', perMillion: number, shareablePercent: number];

const STOCK: Stock[] = [
  ['mobile-pump-unit', 'II', 3, 50],
  ['sandbags', 'III', 6000, 60],
  ['medical-team', 'II', 1.5, 40],
  ['shelter-beds', 'III', 900, 30],
  ['generator', 'II', 2, 50],
  ['hazmat-team', 'II', 0.5, 50],
  ['water-purification-unit', 'II', 0.6, 50],
];

export function demoInventory(clusters: StoredCluster[], cities: StoredCity[]): StoredInventoryItem[] {
  const seededAt = clusters[0].createdAt;
  return cities.flatMap((city) =>
    STOCK.map(([typeId, tier, perMillion, shareablePercent]) => {
      const onHand = Math.max(1, Math.round((city.population / 1_000_000) * perMillion));
      const storage = {
        name: `${city.name} Municipal Emergency Materials Depot`,
        latitude: city.latitude + 0.05,
        longitude: city.longitude + 0.05,
      };
      return {
        itemId: inventoryItemId(city.cityId, typeId, tier, storage.name),
        clusterId: city.clusterId,
        cityId: city.cityId,
        typeId,
        tier,
        onHand,
        shareable: Math.floor((onHand * shareablePercent) / 100),
        committed: 0,
        readiness: 'READY' as const,
        storage,
        lastVerifiedAt: seededAt,
        version: 1,
        updatedAt: seededAt,
      };
    }),
  );
}
