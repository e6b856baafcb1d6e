import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../../src/config';
import { documentClient } from '../../src/store/client';
import { inventoryTallyBuild, inventoryTallyKeys } from '../../src/store/inventory-tallies';
import { forgetKeptTallies } from '../../src/store/tally-build';
import { transaction, neverRefused } from '../../src/store/kernel';
import { exactMinor, readTotal } from '../../src/store/totals';
import { demoToken, gql } from '../support/api';
import { officerOf } from '../support/builders';
import { expectTalliesMatchItems } from '../support/inventory-oracle';
import { oldItem, putOldItems } from '../support/old-records';
import { freshTableWithDemoData } from '../support/table';
import { finishTallyBuild } from '../support/tally-builds';
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

test('the first reads after the upgrade build the tallies once, from the items, and writes keep them', async () => {
  const clusterId = 'cluster-jjj';
  const items = [
    oldItem(clusterId, 'city-tianjin', { depot: 'Old depot A' }),
    oldItem(clusterId, 'city-tianjin', { depot: 'Old depot B', readiness: 'DEGRADED' }),
    // Stored before committed stock was bounded by shareable: counts as nothing, never as less than nothing.
    oldItem(clusterId, 'city-beijing', { depot: 'Old depot C', shareable: 3, committed: 7 }),
  ];
  await putOldItems(items);
  expect(await readTotal(inventoryTallyKeys.marker(clusterId))).toBeUndefined();

  // Two officials open the shortfalls at once: one builds, the other may answer from the items; the same, exactly.
  const coordinator = await demoToken('demo-coordinator-jjj');
  const [first, second] = await Promise.all([
    gql(coordinator, SHORTFALLS, { clusterId }),
    gql(coordinator, SHORTFALLS, { clusterId }),
  ]);
  expect(first.errors).toBeUndefined();
  expect(second.data).toEqual(first.data);
  await finishTallyBuild(inventoryTallyBuild, clusterId);
  expect((await readTotal(inventoryTallyKeys.marker(clusterId)))?.keptSince).toEqual(expect.any(String));
  await expectTalliesMatchItems(clusterId, coordinator);

  // An old item changed through the API moves the built tally from where the build left it.
  const tianjin = await officerOf('city-tianjin', clusterId);
  const updated = await gql(tianjin, UPDATE, {
    input: { itemId: items[1].itemId, expectedVersion: 1, readiness: 'READY' },
  });
  expect(updated.data?.updateInventoryItem.version).toBe(2);
  await expectTalliesMatchItems(clusterId, coordinator);

  // Once kept, never recomputed: a change made behind the API's back (no tally moved) stays unseen.
  forgetKeptTallies();
  const before = (await gql(coordinator, SHORTFALLS, { clusterId })).data;
  await putOldItems([oldItem(clusterId, 'city-beijing', { depot: 'Old depot D', shareable: 20, committed: 0 })]);
  expect((await gql(coordinator, SHORTFALLS, { clusterId })).data).toEqual(before);
});

test('what a backfill of an earlier release left when cut short (whole tallies, no marker) is never counted', async () => {
  const clusterId = 'cluster-yrd';
  const item = oldItem(clusterId, 'city-hangzhou', { depot: 'Hangzhou old depot' });
  await putOldItems([item]);
  // What an interrupted backfill of that release leaves: a city's tally with a wrong figure and no marker.
  await transaction()
    .putTotal(
      'interrupted tally',
      { ...inventoryTallyKeys.city(clusterId, 'city-hangzhou', 1), 'a#mobile-pump-unit#II': 999_999n },
      neverRefused,
    )
    .commit();
  // A write before the build moves the new layout's tally, and flags the item so the build does not count it again.
  const hangzhou = await officerOf('city-hangzhou', clusterId);
  const updated = await gql(hangzhou, UPDATE, { input: { itemId: item.itemId, expectedVersion: 1, shareable: 12 } });
  expect(updated.errors).toBeUndefined();
  const coordinator = await demoToken('demo-coordinator-yrd');
  expect((await gql(coordinator, SHORTFALLS, { clusterId })).errors).toBeUndefined();
  await finishTallyBuild(inventoryTallyBuild, clusterId);
  expect((await readTotal(inventoryTallyKeys.marker(clusterId)))?.keptSince).toEqual(expect.any(String));
  expect(await readTotal(inventoryTallyKeys.earlierMarker(clusterId))).toBeUndefined();
  await expectTalliesMatchItems(clusterId, coordinator);
});

test('tallies an earlier release kept (layout 1) are read and moved where it kept them, flag or not', async () => {
  const clusterId = 'cluster-yrd';
  const item = oldItem(clusterId, 'city-suzhou', { depot: 'Suzhou river depot', shareable: 9, committed: 0 });
  await putOldItems([item]);
  // The earlier release: every item counted whole into layout 1, under its own marker.
  await transaction()
    .putTotal(
      'kept by the earlier release',
      { ...inventoryTallyKeys.city(clusterId, 'city-suzhou', 1), 'a#mobile-pump-unit#II': 9n },
      neverRefused,
    )
    .commit();
  const marker = inventoryTallyKeys.earlierMarker(clusterId);
  await documentClient.send(new DeleteCommand({ TableName: config.TABLE_NAME, Key: marker }));
  await transaction()
    .putTotal('its marker', { ...marker, keptSince: '2026-06-01T00:00:00.000Z' }, neverRefused)
    .commit();
  forgetKeptTallies();
  // The unflagged item counted by that release moves by its change (9 → 4), not by its whole figures.
  const suzhou = await officerOf('city-suzhou', clusterId);
  const updated = await gql(suzhou, UPDATE, { input: { itemId: item.itemId, expectedVersion: 1, shareable: 4 } });
  expect(updated.errors).toBeUndefined();
  const tally = await readTotal(inventoryTallyKeys.city(clusterId, 'city-suzhou', 1));
  expect(exactMinor(tally?.['a#mobile-pump-unit#II'])).toBe(4n);
});
