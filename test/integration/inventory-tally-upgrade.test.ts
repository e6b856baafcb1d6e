import { inventoryItemId } from '../../src/domain/resources/ids';
import { InventoryItemEntity, type StoredInventoryItem } from '../../src/store/entities';
import { forgetKeptInventoryTallies, inventoryTallyKeys } from '../../src/store/inventory-tallies';
import { transaction, neverRefused } from '../../src/store/kernel';
import { readTotal } from '../../src/store/totals';
import { demoToken, gql } from '../support/api';
import { officerOf } from '../support/builders';
import { expectTalliesMatchItems } from '../support/inventory-oracle';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';

// The demo inventory is written straight through the entity, as a table from before the tallies were kept.
beforeAll(freshTableWithDemoData);

const SHORTFALLS = graphql(`
  query InventoryTallyUpgradeShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      available
    }
  }
`);
const UPDATE = graphql(`
  mutation InventoryTallyUpgradeUpdate($input: UpdateInventoryItemInput!) {
    updateInventoryItem(input: $input) {
      version
    }
  }
`);

/** An item as an earlier version wrote it: no tally moved. */
function oldItem(clusterId: string, cityId: string, fields: Partial<StoredInventoryItem> & { depot: string }) {
  const { depot, ...figures } = fields;
  const item: StoredInventoryItem = {
    itemId: inventoryItemId(cityId, 'mobile-pump-unit', 'II', depot),
    clusterId,
    cityId,
    typeId: 'mobile-pump-unit',
    tier: 'II',
    onHand: 30,
    shareable: 20,
    committed: 5,
    readiness: 'READY',
    storage: { name: depot, latitude: 39.1, longitude: 117.2 },
    lastVerifiedAt: '2026-06-01T00:00:00.000Z',
    lastChangedBy: 'earlier-version',
    version: 1,
    updatedAt: '2026-06-01T00:00:00.000Z',
    ...figures,
  };
  return item;
}

test('the first reads after the upgrade backfill the tallies once, from the items, and writes keep them', async () => {
  const clusterId = 'cluster-jjj';
  const items = [
    oldItem(clusterId, 'city-tianjin', { depot: 'Old depot A' }),
    oldItem(clusterId, 'city-tianjin', { depot: 'Old depot B', readiness: 'DEGRADED' }),
    // Stored before committed stock was bounded by shareable: counts as nothing, never as less than nothing.
    oldItem(clusterId, 'city-beijing', { depot: 'Old depot C', shareable: 3, committed: 7 }),
  ];
  await InventoryItemEntity.put(items).go();
  expect(await readTotal(inventoryTallyKeys.marker(clusterId))).toBeUndefined();

  // Two officials open the shortfalls at once: both may backfill; the answer is the same and exact.
  const coordinator = await demoToken('demo-coordinator-jjj');
  const [first, second] = await Promise.all([
    gql(coordinator, SHORTFALLS, { clusterId }),
    gql(coordinator, SHORTFALLS, { clusterId }),
  ]);
  expect(first.errors).toBeUndefined();
  expect(second.data).toEqual(first.data);
  expect((await readTotal(inventoryTallyKeys.marker(clusterId)))?.keptSince).toEqual(expect.any(String));
  await expectTalliesMatchItems(clusterId, coordinator);

  // An old item changed through the API moves the backfilled tally from where the backfill left it.
  const tianjin = await officerOf('city-tianjin', clusterId);
  const updated = await gql(tianjin, UPDATE, {
    input: { itemId: items[1].itemId, expectedVersion: 1, readiness: 'READY' },
  });
  expect(updated.data?.updateInventoryItem.version).toBe(2);
  await expectTalliesMatchItems(clusterId, coordinator);

  // Once kept, never recomputed: a change made behind the API's back (no tally moved) stays unseen.
  forgetKeptInventoryTallies();
  const before = (await gql(coordinator, SHORTFALLS, { clusterId })).data;
  await InventoryItemEntity.put(
    oldItem(clusterId, 'city-beijing', { depot: 'Old depot D', shareable: 20, committed: 0 }),
  ).go();
  expect((await gql(coordinator, SHORTFALLS, { clusterId })).data).toEqual(before);
});

test('a backfill cut short (tallies written, no marker) is done again by the first write', async () => {
  const clusterId = 'cluster-yrd';
  const item = oldItem(clusterId, 'city-hangzhou', { depot: 'Hangzhou old depot' });
  await InventoryItemEntity.put(item).go();
  // What an interrupted backfill leaves: a city's tally with a wrong figure and no marker.
  await transaction()
    .putTotal(
      'interrupted tally',
      { ...inventoryTallyKeys.city(clusterId, 'city-hangzhou'), 'a#mobile-pump-unit#II': 999_999n },
      neverRefused,
    )
    .commit();
  const hangzhou = await officerOf('city-hangzhou', clusterId);
  const updated = await gql(hangzhou, UPDATE, { input: { itemId: item.itemId, expectedVersion: 1, shareable: 12 } });
  expect(updated.errors).toBeUndefined();
  expect((await readTotal(inventoryTallyKeys.marker(clusterId)))?.keptSince).toEqual(expect.any(String));
  await expectTalliesMatchItems(clusterId, await demoToken('demo-coordinator-yrd'));
});
