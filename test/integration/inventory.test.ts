import { inventoryItemId } from '../../src/domain/resources/ids';
import { gql, onlyError } from '../support/api';
import { aCluster, superiorOver, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { CreateInventoryItemInput } from '../generated/graphql';

graphql(`
  fragment InventoryItemFields on InventoryItem {
    id
    version
    onHand
    shareable
    committed
    available
    readiness
    lastVerifiedAt
    storage {
      name
      latitude
      longitude
    }
    city {
      id
    }
    resourceType {
      id
      unit
    }
    tier
  }
`);
const CREATE = graphql(`
  mutation InventoryCreate($input: CreateInventoryItemInput!) {
    createInventoryItem(input: $input) {
      ...InventoryItemFields
    }
  }
`);
const UPDATE = graphql(`
  mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) {
    updateInventoryItem(input: $input, idempotencyKey: $key) {
      ...InventoryItemFields
    }
  }
`);
const UPDATE_MANY = graphql(`
  mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) {
    updateInventoryItems(items: $items, idempotencyKey: $key) {
      ...InventoryItemFields
    }
  }
`);
const READ = graphql(`
  query InventoryRead($id: ID!) {
    inventoryItem(id: $id) {
      ...InventoryItemFields
    }
  }
`);
const HISTORY = graphql(`
  query InventoryHistory($id: ID!) {
    inventoryHistory(itemId: $id, first: 100) {
      nodes {
        action
        actorName
        versionBefore
        versionAfter
        changes
      }
    }
  }
`);
const LIST = graphql(`
  query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) {
    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) {
      nodes {
        id
        city {
          id
        }
        resourceType {
          id
        }
      }
    }
  }
`);

/** A cluster of the test's own: Langfang keeps the stock, Tianjin is its partner; the catalogue, no stock yet. */
const langfangCluster = () => aCluster({ cities: ['Langfang', 'Tianjin'], catalogue: true }).build();
const langfang = (world: BuiltCluster) => world.city('Langfang').officer;
const depot = { name: 'Langfang Anci District Depot', latitude: 39.5, longitude: 116.7 };
const pumpsAt = (world: BuiltCluster, name: string) =>
  inventoryItemId(world.city('Langfang').id, 'mobile-pump-unit', 'I', name);

async function created(world: BuiltCluster, name: string, onHand = 20, shareable = 12) {
  const response = await gql(langfang(world), CREATE, {
    input: {
      cityId: world.city('Langfang').id,
      resourceTypeId: 'mobile-pump-unit',
      tier: 'I',
      onHand,
      shareable,
      readiness: 'READY',
      storage: { ...depot, name },
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.createInventoryItem as { id: string; version: number };
}

describe('city inventories', () => {
  test('a city officer records and updates its own stock; history keeps who, when, before and after', async () => {
    const world = await langfangCluster();
    const item = await created(world, 'Depot A');
    expect(item).toMatchObject({ id: pumpsAt(world, 'Depot A'), version: 1 });
    const updated = await gql(langfang(world), UPDATE, {
      input: { itemId: item.id, expectedVersion: 1, onHand: 24, readiness: 'DEGRADED' },
    });
    expect(updated.data?.updateInventoryItem).toMatchObject({
      version: 2,
      onHand: 24,
      shareable: 12,
      committed: 0,
      available: 12,
      readiness: 'DEGRADED',
      resourceType: { unit: 'unit' },
    });
    const history = await gql(world.coordinator, HISTORY, { id: item.id });
    expect(history.data?.inventoryHistory.nodes.map((n) => [n.action, n.versionAfter, n.changes])).toEqual([
      ['INVENTORY_ITEM_UPDATED', 2, { onHand: [20, 24], readiness: ['READY', 'DEGRADED'] }],
      ['INVENTORY_ITEM_CREATED', 1, { onHand: [null, 20], shareable: [null, 12], readiness: [null, 'READY'] }],
    ]);
  });

  test.each([
    [
      'more shareable than on hand',
      { shareable: 30 },
      /shareable quantity \(30 units\) cannot exceed what is on hand \(20\)/,
    ],
    ['a negative quantity', { onHand: -1 }, /quantity on hand must be a whole number of units, zero or more/],
    ['a verification in the future', { lastVerifiedAt: '2099-01-01T00:00:00Z' }, /cannot be in the future/],
  ])('%s is refused and nothing changes', async (_name, change, message) => {
    const world = await langfangCluster();
    const item = await created(world, `Depot ${_name}`);
    expect(
      onlyError(await gql(langfang(world), UPDATE, { input: { itemId: item.id, expectedVersion: 1, ...change } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) as string });
    expect((await gql(langfang(world), READ, { id: item.id })).data?.inventoryItem.version).toBe(1);
  });

  test('a storage location can be corrected but not renamed: stock elsewhere is another item', async () => {
    const world = await langfangCluster();
    const item = await created(world, 'Depot rename');
    const moved = await gql(langfang(world), UPDATE, {
      input: { itemId: item.id, expectedVersion: 1, storage: { ...depot, name: 'Depot elsewhere' } },
    });
    expect(onlyError(moved).message).toMatch(/stock at another location is a new item/);
    const corrected = await gql(langfang(world), UPDATE, {
      input: {
        itemId: item.id,
        expectedVersion: 1,
        storage: { name: 'Depot rename', latitude: 39.51, longitude: 116.71 },
      },
    });
    expect(corrected.data?.updateInventoryItem.storage).toEqual({
      name: 'Depot rename',
      latitude: 39.51,
      longitude: 116.71,
    });
  });

  test('a tier the catalogue does not define, an unknown type and a duplicate item are refused', async () => {
    const world = await langfangCluster();
    const base = {
      cityId: world.city('Langfang').id,
      onHand: 1,
      shareable: 0,
      readiness: 'READY',
      storage: depot,
    } as const;
    expect(
      onlyError(await gql(langfang(world), CREATE, { input: { ...base, resourceTypeId: 'sandbags', tier: 'I' } }))
        .message,
    ).toMatch(/Flood sandbags as Type III only/);
    expect(
      onlyError(await gql(langfang(world), CREATE, { input: { ...base, resourceTypeId: 'unicorns', tier: 'I' } })).code,
    ).toBe('NOT_FOUND');
    await created(world, 'Depot dup');
    const dup = await gql(langfang(world), CREATE, {
      input: { ...base, resourceTypeId: 'mobile-pump-unit', tier: 'I', storage: { ...depot, name: 'depot DUP' } },
    });
    expect(onlyError(dup)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already records Mobile drainage pump unit Type I at "depot DUP"/) as string,
    });
  });

  test('a batch of items is all or nothing', async () => {
    const world = await langfangCluster();
    const a = await created(world, 'Batch A');
    const b = await created(world, 'Batch B');
    const invalid = await gql(langfang(world), UPDATE_MANY, {
      items: [
        { itemId: a.id, expectedVersion: 1, onHand: 30 },
        { itemId: b.id, expectedVersion: 1, shareable: 99 },
      ],
    });
    expect(onlyError(invalid).code).toBe('BAD_USER_INPUT');
    const stale = await gql(langfang(world), UPDATE_MANY, {
      items: [
        { itemId: a.id, expectedVersion: 1, onHand: 30 },
        { itemId: b.id, expectedVersion: 5, onHand: 30 },
      ],
    });
    expect(onlyError(stale)).toMatchObject({
      code: 'CONFLICT',
      extensions: { items: [{ itemId: b.id, yourVersion: 5, currentVersion: 1 }] },
    });
    for (const id of [a.id, b.id])
      expect((await gql(langfang(world), READ, { id })).data?.inventoryItem).toMatchObject({ version: 1, onHand: 20 });
    const ok = await gql(langfang(world), UPDATE_MANY, {
      items: [
        { itemId: a.id, expectedVersion: 1, onHand: 30 },
        { itemId: b.id, expectedVersion: 1, onHand: 31 },
      ],
    });
    expect(
      ok.data?.updateInventoryItems.map((item: { onHand: number; version: number }) => [item.onHand, item.version]),
    ).toEqual([
      [30, 2],
      [31, 2],
    ]);
    const tooMany = await gql(langfang(world), UPDATE_MANY, {
      items: Array.from({ length: 51 }, (_, i) => ({ itemId: `inv_${i}`, expectedVersion: 1 })),
    });
    expect(onlyError(tooMany).message).toBe('Update at most 49 items at once (got 51).');
  });

  test('50 parallel versioned updates of one item: the one success is reflected, every loser gets CONFLICT', async () => {
    const world = await langfangCluster();
    const item = await created(world, 'Contended depot', 100, 0);
    const token = langfang(world);
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(token, UPDATE, { input: { itemId: item.id, expectedVersion: 1, onHand: 200 + i } }),
      ),
    );
    const winners = attempts.filter((attempt) => !attempt.errors);
    expect(winners).toHaveLength(1);
    expect(attempts.filter((attempt) => attempt.errors).map((attempt) => onlyError(attempt).code)).toEqual(
      Array(49).fill('CONFLICT'),
    );
    const final = (await gql(token, READ, { id: item.id })).data!.inventoryItem;
    expect(final).toMatchObject({ version: 2, onHand: winners[0].data?.updateInventoryItem.onHand });
    expect((await gql(token, HISTORY, { id: item.id })).data?.inventoryHistory.nodes).toHaveLength(2);
  });

  test('clients that re-read and retry after a CONFLICT lose no update', async () => {
    const world = await langfangCluster();
    const item = await created(world, 'Retried depot', 100, 0);
    const token = langfang(world);
    const client = async () => {
      for (;;) {
        const read = (await gql(token, READ, { id: item.id })).data!.inventoryItem;
        const write = await gql(token, UPDATE, {
          input: { itemId: item.id, expectedVersion: read.version, onHand: read.onHand + 1 },
        });
        if (!write.errors) return;
        expect(onlyError(write).code).toBe('CONFLICT');
      }
    };
    await Promise.all(Array.from({ length: 12 }, client));
    expect((await gql(token, READ, { id: item.id })).data?.inventoryItem).toMatchObject({ onHand: 112, version: 13 });
  }, 60_000);

  test('the same idempotency key sent 20 times in parallel makes one change', async () => {
    const world = await langfangCluster();
    const item = await created(world, 'Idempotent depot');
    const token = langfang(world);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        gql(token, UPDATE, { input: { itemId: item.id, expectedVersion: 1, onHand: 25 }, key: 'stocktake-2026-11-23' }),
      ),
    );
    expect(
      results.map(
        (result) =>
          (result.errors?.[0]?.extensions?.code as string | undefined) ?? result.data?.updateInventoryItem.version,
      ),
    ).toEqual(Array(20).fill(2));
    expect((await gql(token, HISTORY, { id: item.id })).data?.inventoryHistory.nodes).toHaveLength(2);
    const createRetry = await Promise.all(
      Array.from({ length: 5 }, () =>
        gql(token, CREATE, {
          input: {
            cityId: world.city('Langfang').id,
            resourceTypeId: 'generator',
            tier: 'I',
            onHand: 2,
            shareable: 1,
            readiness: 'READY',
            storage: depot,
            idempotencyKey: 'new-generators',
          },
        }),
      ),
    );
    expect(new Set(createRetry.map((result) => result.data?.createInventoryItem.id)).size).toBe(1);
  });

  test('a create key used again for other stock is refused, and a retry still answers after the item changed', async () => {
    const world = await langfangCluster();
    const token = langfang(world);
    const input = (name: string): CreateInventoryItemInput => ({
      cityId: world.city('Langfang').id,
      resourceTypeId: 'generator',
      tier: 'I',
      onHand: 3,
      shareable: 1,
      readiness: 'READY',
      storage: { ...depot, name },
      idempotencyKey: 'gen-intake-1',
    });
    const first = await gql(token, CREATE, { input: input('Gu\u2019an Depot') });
    expect(first.errors).toBeUndefined();
    expect(onlyError(await gql(token, CREATE, { input: input('Bazhou Depot') }))).toMatchObject({
      code: 'CONFLICT',
      extensions: { idempotencyKey: 'gen-intake-1' },
    });
    expect(
      onlyError(
        await gql(token, READ, { id: inventoryItemId(world.city('Langfang').id, 'generator', 'I', 'Bazhou Depot') }),
      ).code,
    ).toBe('NOT_FOUND');
    const item = first.data!.createInventoryItem;
    expect(
      (await gql(token, UPDATE, { input: { itemId: item.id, expectedVersion: 1, onHand: 4 } })).errors,
    ).toBeUndefined();
    expect((await gql(token, CREATE, { input: input('Gu\u2019an Depot') })).data?.createInventoryItem).toMatchObject({
      id: item.id,
      version: 2,
      onHand: 4,
    });
  });
});

describe('who sees and changes inventories', () => {
  test("a city cannot change or read another city's inventory; coordinators, evaluators and superiors cannot change any", async () => {
    const [world, other] = await Promise.all([langfangCluster(), aCluster({ cities: 1 }).build()]);
    const item = await created(world, 'Guarded depot');
    for (const [token, code] of [
      [world.city('Tianjin').officer, 'FORBIDDEN'],
      [world.coordinator, 'FORBIDDEN'],
      [world.evaluator.token, 'FORBIDDEN'],
      [world.superior, 'FORBIDDEN'],
      [other.cities[0].officer, 'NOT_FOUND'],
    ] as const) {
      expect(
        onlyError(await gql(token, UPDATE, { input: { itemId: item.id, expectedVersion: 1, onHand: 0 } })).code,
      ).toBe(code);
    }
    expect(onlyError(await gql(world.city('Tianjin').officer, READ, { id: item.id })).code).toBe('FORBIDDEN');
    expect(
      onlyError(
        await gql(world.city('Tianjin').officer, CREATE, {
          input: {
            cityId: world.city('Langfang').id,
            resourceTypeId: 'generator',
            tier: 'II',
            onHand: 1,
            shareable: 0,
            readiness: 'READY',
            storage: depot,
          },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect((await gql(langfang(world), READ, { id: item.id })).data?.inventoryItem.version).toBe(1);
  });

  test('coordinators read the whole cluster, superiors across, a city only its own', async () => {
    // Two stocked clusters of the test's own, of thirteen and twelve cities, with Tianjin and Langfang in the first.
    const [world, another] = await Promise.all([
      aCluster({
        cities: ['Tianjin', 'Langfang', ...Array.from({ length: 11 }, (_, i) => `City ${i + 3}`)],
        inventory: true,
      }).build(),
      aCluster({ cities: 12, inventory: true }).build(),
    ]);
    const superiorOfBoth = await superiorOver([world.id, another.id]);
    const cluster = await gql(world.coordinator, LIST, {
      clusterId: world.id,
      type: 'medical-team',
    });
    expect(cluster.data?.inventory.nodes).toHaveLength(13);
    const superior = await gql(superiorOfBoth, LIST, {
      clusterId: another.id,
      type: 'medical-team',
    });
    expect(superior.data?.inventory.nodes).toHaveLength(12);
    const own = await gql(world.city('Tianjin').officer, LIST, { clusterId: world.id });
    expect(new Set(own.data?.inventory.nodes.map((n: { city: { id: string } }) => n.city.id))).toEqual(
      new Set([world.city('Tianjin').id]),
    );
    expect(
      onlyError(
        await gql(world.city('Tianjin').officer, LIST, {
          clusterId: world.id,
          cityId: world.city('Langfang').id,
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(onlyError(await gql(another.coordinator, LIST, { clusterId: world.id })).code).toBe('NOT_FOUND');
    expect(
      onlyError(await gql(world.coordinator, LIST, { clusterId: world.id, cityId: another.cities[0].id })).code,
    ).toBe('NOT_FOUND');
  });
});
