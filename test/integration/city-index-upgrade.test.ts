import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { config } from '../../src/config';
import { cityIndexKeys, cityIndexLimits, forgetIndexedClusters } from '../../src/store/city-index';
import { documentClient, dynamoClients } from '../../src/store/client';
import {
  CityEntity,
  cityIndexKeysOf,
  cityKeyOf,
  citypact,
  CorrectiveActionEntity,
  cursors,
  ObligationEntity,
} from '../../src/store/entities';
import { WriteTransaction } from '../../src/store/kernel';
import { encodeCursor } from '../../src/store/pagination';
import { readTotal } from '../../src/store/totals';
import { gql, onlyError, type GraphQLResponse } from '../support/api';
import { testClock } from '../support/clock';
import { ranking } from '../support/operations';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { CityIndexUpgradeCitiesQuery } from '../generated/graphql';

// Cities an earlier release stored carry no city index keys (gsi3) and their cluster no marker: the first list of
// such a cluster writes them, once, and every list reads the city index from then on.

const CITIES = graphql(`
  query CityIndexUpgradeCities($id: ID!, $first: Int, $after: String) {
    cluster(id: $id) {
      cities(first: $first, after: $after) {
        nodes {
          id
          name
          localName
          baseline {
            population
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
const SHORTFALLS = graphql(`
  query CityIndexUpgradeShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      resourceType {
        id
      }
      minimumTier
      required
      available
      shortfall
      contributions {
        city {
          id
        }
        available
      }
    }
  }
`);
const RECORD = graphql(`
  mutation CityIndexUpgradeRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const UPDATE_BASELINE = graphql(`
  mutation CityIndexUpgradeBaseline($input: UpdateCityBaselineInput!) {
    updateCityBaseline(input: $input) {
      version
      localName
    }
  }
`);

const NAMES = ['Langfang', 'Tianjin', 'Beijing', 'Baoding', 'Cangzhou', 'Tangshan'];
const counter = countDynamoCalls(dynamoClients);

/** A cluster with stocked depots, reserve requirements and a few compliance records (a ranking to compare). */
async function clusterWithHistory(cities: readonly string[] = NAMES): Promise<BuiltCluster> {
  const history = cities === NAMES;
  const world = await aCluster({
    cities: cities.map(factsOf),
    inventory: true,
    requirements: true,
    agreements: history ? ['agr-jjj-accidents'] : [],
  }).build();
  for (const [i, name] of (history ? cities.slice(0, 3) : []).entries()) {
    const recorded = await gql(world.coordinator, RECORD, {
      input: {
        clusterId: world.id,
        cityId: world.city(name).id,
        kind: i % 2 ? 'SLOW_RESPONSE' : 'NON_COOPERATION',
        note: 'Recorded by the office.',
        evidence: { text: 'Duty log' },
        at: new Date(Date.parse(testClock.now()) - (i + 1) * 86_400_000).toISOString(),
        agreementId: world.agreement('agr-jjj-accidents'),
      },
    });
    expect(recorded.errors).toBeUndefined();
  }
  return world;
}

/** What an earlier release left: the cities without their city index keys, the cluster without its marker. */
async function asAnEarlierReleaseLeftIt(world: BuiltCluster): Promise<void> {
  for (const cityId of world.cityIds())
    await documentClient.send(
      new UpdateCommand({
        TableName: config.TABLE_NAME,
        Key: cityKeyOf(cityId),
        UpdateExpression: 'REMOVE gsi3pk, gsi3sk',
      }),
    );
  await documentClient.send(new DeleteCommand({ TableName: config.TABLE_NAME, Key: cityIndexKeys.marker(world.id) }));
  forgetIndexedClusters();
  expect(await cityIndexEntries(world.id)).toEqual([]);
}

/** The items of the cluster's city index partition, as DynamoDB holds them. */
async function cityIndexEntries(clusterId: string): Promise<Array<{ cityId: string; name: string; gsi3sk: string }>> {
  const { ExpressionAttributeValues } = CityEntity.query
    .byCluster({ clusterId })
    .params<{ ExpressionAttributeValues: Record<string, string> }>();
  const { Items = [] } = await documentClient.send(
    new QueryCommand({
      TableName: config.TABLE_NAME,
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': ExpressionAttributeValues[':pk'] },
      ConsistentRead: false,
    }),
  );
  return Items as Array<{ cityId: string; name: string; gsi3sk: string }>;
}

async function citiesOf(world: BuiltCluster, first = 100) {
  const response = await gql(world.coordinator, CITIES, { id: world.id, first });
  expect(response.errors).toBeUndefined();
  return response.data!.cluster.cities;
}

async function shortfallsOf(world: BuiltCluster) {
  const response = await gql(world.coordinator, SHORTFALLS, { clusterId: world.id });
  expect(response.errors).toBeUndefined();
  return response.data!.clusterShortfalls;
}

async function callsOf<T>(read: () => Promise<T>): Promise<{ answer: T; calls: Record<string, number> }> {
  counter.reset();
  const answer = await read();
  return { answer, calls: { ...counter.byCommand } };
}

// Standings age with the clock: every read of a test answers at the same instant.
beforeEach(() => testClock.setTo('2026-06-15T09:00:00.000Z'));
afterEach(() => jest.restoreAllMocks());
afterAll(() => testClock.reset());

test('the first read indexes the cities once; the answers are the same before and after; later reads cost nothing more', async () => {
  const world = await clusterWithHistory();
  // The first reads of a new cluster build its kept tallies: compared from the second on.
  await Promise.all([ranking(world), shortfallsOf(world), citiesOf(world)]);
  const before = {
    ranking: await callsOf(() => ranking(world)),
    shortfalls: await callsOf(() => shortfallsOf(world)),
    cities: await callsOf(() => citiesOf(world)),
  };
  expect(before.cities.answer.nodes.map((city) => city.name)).toEqual([...NAMES].sort());

  await asAnEarlierReleaseLeftIt(world);
  // The ranking is the first to list them: it reads the marker, finds none, and writes every city's keys with it.
  const upgraded = await callsOf(() => ranking(world));
  expect(upgraded.answer).toEqual(before.ranking.answer);
  expect(upgraded.calls.TransactWriteItemsCommand).toBe(1);
  expect((await readTotal(cityIndexKeys.marker(world.id)))?.indexedAt).toEqual(expect.any(String));
  const entries = await cityIndexEntries(world.id);
  expect(entries.map((entry) => entry.cityId).sort()).toEqual(world.cityIds().sort());

  // Then every read costs what it did before the upgrade, and answers the same.
  const again = {
    ranking: await callsOf(() => ranking(world)),
    shortfalls: await callsOf(() => shortfallsOf(world)),
    cities: await callsOf(() => citiesOf(world)),
  };
  expect(again).toEqual(before);

  // A container that never saw the cluster reads its marker once, and never writes.
  forgetIndexedClusters();
  const fresh = await callsOf(() => citiesOf(world));
  expect(fresh.answer).toEqual(before.cities.answer);
  expect(fresh.calls).toEqual({
    ...before.cities.calls,
    BatchGetItemCommand: before.cities.calls.BatchGetItemCommand + 1,
  });
  expect(await callsOf(() => citiesOf(world))).toEqual(before.cities);
});

test('shortfalls as the first read index the cities too, and a cluster of more cities than a transaction takes is indexed whole', async () => {
  const many = Array.from({ length: 95 }, (_, i) => `City ${String(i + 1).padStart(3, '0')}`);
  const world = await aCluster({ cities: many, requirements: true }).build();
  const before = await shortfallsOf(world);
  const listed = (await citiesOf(world)).nodes.map((city) => city.name);
  await asAnEarlierReleaseLeftIt(world);

  const upgraded = await callsOf(() => shortfallsOf(world));
  expect(upgraded.answer).toEqual(before);
  // 90 cities in the first transaction, the other 5 with the marker in the second.
  expect(upgraded.calls.TransactWriteItemsCommand).toBe(2);
  expect((await cityIndexEntries(world.id)).length).toBe(95);
  expect((await citiesOf(world)).nodes.map((city) => city.name)).toEqual(listed);
});

/** Renames a city as the earlier release's writer would: the former index's sort key moves, the city index's not. */
async function renameAsTheEarlierRelease(cityId: string, name: string): Promise<void> {
  const city = (await CityEntity.get({ cityId }).go({ consistent: true })).data!;
  // The former index's sort key has the city index's format (same composites): its value for the new name.
  const { gsi3sk: formerSortKey } = cityIndexKeysOf({ ...city, name });
  await documentClient.send(
    new UpdateCommand({
      TableName: config.TABLE_NAME,
      Key: cityKeyOf(cityId),
      UpdateExpression: 'SET #name = :name, gsi1sk = :sk, #version = :next',
      ConditionExpression: '#version = :version',
      ExpressionAttributeNames: { '#name': 'name', '#version': 'version' },
      ExpressionAttributeValues: {
        ':name': name,
        ':sk': formerSortKey,
        ':version': city.version,
        ':next': city.version + 1,
      },
    }),
  );
}

/** Runs `write` once, just before the upgrade's first transaction is sent (after it read the cities). */
function beforeTheFirstCommit(write: () => Promise<void>): void {
  const commit = Object.getOwnPropertyDescriptor(WriteTransaction.prototype, 'commit')!.value as (
    this: WriteTransaction,
  ) => Promise<void>;
  let done = false;
  jest.spyOn(WriteTransaction.prototype, 'commit').mockImplementation(async function (this: WriteTransaction) {
    if (!done) {
      done = true;
      await write();
    }
    return commit.call(this);
  });
}

test('a rename racing the upgrade leaves exactly one entry per city, under its new name', async () => {
  const world = await clusterWithHistory();
  await asAnEarlierReleaseLeftIt(world);
  const tianjin = world.city('Tianjin').id;
  beforeTheFirstCommit(() => renameAsTheEarlierRelease(tianjin, 'Zhuozhou'));

  const { answer: cities, calls } = await callsOf(() => citiesOf(world));
  // The first transaction was refused (Tianjin changed after it was read); the cities were read again and indexed.
  expect(calls.TransactWriteItemsCommand).toBe(2);
  expect(cities.nodes.map((city) => city.name)).toEqual([...NAMES.filter((n) => n !== 'Tianjin'), 'Zhuozhou'].sort());
  const entries = await cityIndexEntries(world.id);
  expect(entries.map((entry) => entry.cityId).sort()).toEqual(world.cityIds().sort());
  const renamed = (await CityEntity.get({ cityId: tianjin }).go({ consistent: true })).data!;
  expect(entries.find((entry) => entry.cityId === tianjin)?.gsi3sk).toBe(cityIndexKeysOf(renamed).gsi3sk);
  // Read again from the city index (not just written): the new name, once, in its place.
  expect((await citiesOf(world)).nodes).toEqual(cities.nodes);
});

test('a baseline update racing the upgrade is kept, and the city is listed once with it', async () => {
  const world = await clusterWithHistory();
  await asAnEarlierReleaseLeftIt(world);
  const langfang = world.city('Langfang');
  beforeTheFirstCommit(async () => {
    jest.restoreAllMocks(); // the update's own transaction goes through as it is
    const updated = await gql(langfang.officer, UPDATE_BASELINE, {
      input: { cityId: langfang.id, expectedVersion: 1, localName: '廊坊市', population: 5_500_000 },
    });
    expect(updated.data?.updateCityBaseline).toEqual({ version: 2, localName: '廊坊市' });
  });

  const cities = (await citiesOf(world)).nodes;
  expect(cities.filter((city) => city.id === langfang.id)).toEqual([
    { id: langfang.id, name: 'Langfang', localName: '廊坊市', baseline: { population: 5_500_000 } },
  ]);
  expect(cities).toHaveLength(NAMES.length);
  expect((await cityIndexEntries(world.id)).length).toBe(NAMES.length);
});

test('right after the upgrade every container lists from the former index until the city index has settled', async () => {
  // DynamoDB updates a GSI shortly after the write (DynamoDB Local at once): a list in that moment, in another
  // container too, must not miss a city the city index does not hold yet.
  const world = await clusterWithHistory();
  await asAnEarlierReleaseLeftIt(world);
  const settleMs = cityIndexLimits.settleMs;
  try {
    cityIndexLimits.settleMs = 60_000;
    await citiesOf(world);
    // One city's entry not in the city index yet, as a lagging GSI would have it.
    const lagging = world.city('Tianjin').id;
    await documentClient.send(
      new UpdateCommand({
        TableName: config.TABLE_NAME,
        Key: cityKeyOf(lagging),
        UpdateExpression: 'REMOVE gsi3pk, gsi3sk',
      }),
    );
    forgetIndexedClusters(); // another container: it reads the marker, written just now
    expect((await citiesOf(world)).nodes.map((city) => city.name)).toEqual([...NAMES].sort());
    expect((await ranking(world)).members).toHaveLength(NAMES.length);
    // Once settled, lists read the city index (here still without the lagging city: what the wait protected from).
    cityIndexLimits.settleMs = 0;
    expect((await citiesOf(world)).nodes.map((city) => city.id)).not.toContain(lagging);
  } finally {
    cityIndexLimits.settleMs = settleMs;
  }
});

test('an upgrade that keeps losing to writes of the same cities does not fail the list: it answers from the former index', async () => {
  const world = await clusterWithHistory();
  await asAnEarlierReleaseLeftIt(world);
  const langfang = world.city('Langfang').id;
  const commit = Object.getOwnPropertyDescriptor(WriteTransaction.prototype, 'commit')!.value as (
    this: WriteTransaction,
  ) => Promise<void>;
  let renames = 0;
  // Every attempt of the upgrade finds Langfang changed since it read it.
  jest.spyOn(WriteTransaction.prototype, 'commit').mockImplementation(async function (this: WriteTransaction) {
    renames += 1;
    await renameAsTheEarlierRelease(langfang, `Langfang ${renames}`);
    return commit.call(this);
  });
  const response = await gql(world.coordinator, CITIES, { id: world.id, first: 100 });
  jest.restoreAllMocks();
  expect(response.errors).toBeUndefined();
  expect(response.data!.cluster.cities.nodes.map((city) => city.id).sort()).toEqual(world.cityIds().sort());
  expect(renames).toBeGreaterThan(1);
  expect(await readTotal(cityIndexKeys.marker(world.id))).toBeUndefined();
  // The next list, with nobody racing it, indexes the cities.
  expect((await citiesOf(world)).nodes).toHaveLength(NAMES.length);
  expect((await readTotal(cityIndexKeys.marker(world.id)))?.indexedAt).toEqual(expect.any(String));
}, 90_000); // six attempts with backoff

test('a city renamed after the upgrade moves in the city index (ElectroDB rewrites its sort key with the name)', async () => {
  const world = await clusterWithHistory();
  const beijing = world.city('Beijing').id;
  await CityEntity.patch({ cityId: beijing }).set({ name: 'Zhangjiakou' }).go();
  const names = (await citiesOf(world)).nodes.map((city) => city.name);
  expect(names).toEqual([...NAMES.filter((n) => n !== 'Beijing'), 'Zhangjiakou'].sort());
  const entries = await cityIndexEntries(world.id);
  expect(entries.filter((entry) => entry.cityId === beijing)).toHaveLength(1);
});

test('a baseline update writes the city index keys, so a rename the earlier release left behind is put right', async () => {
  const world = await clusterWithHistory();
  const baoding = world.city('Baoding');
  // After the upgrade, the earlier release (still serving in a deploy window) renames: its city index entry is stale.
  await renameAsTheEarlierRelease(baoding.id, 'Xiongan');
  expect((await citiesOf(world)).nodes.map((city) => city.name)).toContain('Xiongan');
  const updated = await gql(baoding.officer, UPDATE_BASELINE, {
    input: { cityId: baoding.id, expectedVersion: 2, shelterCapacity: 12_000 },
  });
  expect(updated.errors).toBeUndefined();
  const names = (await citiesOf(world)).nodes.map((city) => city.name);
  expect(names).toEqual([...NAMES.filter((n) => n !== 'Baoding'), 'Xiongan'].sort());
});

test("another cluster's cities never appear, and each cluster is indexed on its own", async () => {
  const [first, second] = await Promise.all([clusterWithHistory(), clusterWithHistory(['Suzhou', 'Jiaxing'])]);
  await asAnEarlierReleaseLeftIt(first);
  await asAnEarlierReleaseLeftIt(second);

  const cities = await citiesOf(first);
  expect(cities.nodes.map((city) => city.id).sort()).toEqual(first.cityIds().sort());
  expect(await readTotal(cityIndexKeys.marker(second.id))).toBeUndefined();
  expect(await cityIndexEntries(second.id)).toEqual([]);
  expect((await citiesOf(second)).nodes.map((city) => city.id).sort()).toEqual(second.cityIds().sort());
});

test('letter-case variants of a cluster id are refused as before, and index nothing', async () => {
  const world = await clusterWithHistory();
  await asAnEarlierReleaseLeftIt(world);
  const upper = world.id.toUpperCase();
  counter.reset();
  const listed = await gql(world.coordinator, CITIES, { id: upper, first: 10 });
  const ranked = await gql(world.coordinator, 'query ($id: ID!) { clusterTrust(clusterId: $id) { asOf } }', {
    id: upper,
  });
  const short = await gql(world.coordinator, SHORTFALLS, { clusterId: upper });
  for (const response of [listed, ranked, short])
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(onlyError(response).code);
  expect(counter.byCommand.TransactWriteItemsCommand).toBeUndefined();
  expect(await readTotal(cityIndexKeys.marker(upper))).toBeUndefined();
  expect(await readTotal(cityIndexKeys.marker(world.id))).toBeUndefined();
});

test('paging one city at a time goes on across the upgrade; an earlier release cursor or a forged one is BAD_USER_INPUT', async () => {
  const [world, other] = await Promise.all([clusterWithHistory(), clusterWithHistory(['Suzhou', 'Jiaxing'])]);
  const oldCursor = encodeCursor(
    `cities:${world.id}`,
    cursors.city.byAccessPattern.formerByCluster.fromComposite.toCursor({
      clusterId: world.id,
      name: 'Baoding',
      cityId: world.city('Baoding').id,
    }),
  );
  await asAnEarlierReleaseLeftIt(world);

  const names: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages++) {
    const response: GraphQLResponse<CityIndexUpgradeCitiesQuery> = await gql(world.coordinator, CITIES, {
      id: world.id,
      first: 1,
      after,
    });
    expect(response.errors).toBeUndefined();
    const { nodes, pageInfo } = response.data!.cluster.cities;
    names.push(...nodes.map((city) => city.name));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(names).toEqual([...NAMES].sort());

  const refused = async (cursor: string) =>
    onlyError(await gql(world.coordinator, CITIES, { id: world.id, first: 1, after: cursor }));
  // A cursor of the former index, as the earlier release gave it.
  expect(await refused(oldCursor)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringMatching(/page link/) as string,
  });
  // Well wrapped, but pointing into another cluster's partition of the city index.
  const foreign = cursors.city.byAccessPattern.byCluster.fromComposite.toCursor({
    clusterId: other.id,
    name: 'Suzhou',
    cityId: other.city('Suzhou').id,
  });
  expect(await refused(encodeCursor(`city-index:${world.id}`, foreign))).toMatchObject({ code: 'BAD_USER_INPUT' });
  // Well wrapped, damaged inside.
  expect(await refused(encodeCursor(`city-index:${world.id}`, 'not-a-cursor'))).toMatchObject({
    code: 'BAD_USER_INPUT',
  });
});

test("the city index partition is the cluster's alone: no other entity's gsi3 partition key is the cluster id by itself", () => {
  type IndexModel = { index?: string; pk: { field: string; facets: string[] } };
  const entities = citypact.entities as unknown as Record<string, { model: { indexes: Record<string, IndexModel> } }>;
  const onGsi3 = Object.entries(entities).flatMap(([entity, { model }]) =>
    Object.values(model.indexes)
      .filter((index) => index.index === 'gsi3')
      .map((index) => `${entity}: ${index.pk.facets.join(', ')}`),
  );
  expect(onGsi3.sort()).toEqual([
    'city: clusterId',
    'correctiveAction: clusterId, openState',
    'obligation: clusterId, openState',
  ]);
  // ElectroDB's key strings: the cluster's city partition is not an open-state partition of the same cluster.
  const pk = (params: { ExpressionAttributeValues?: Record<string, unknown> }) =>
    params.ExpressionAttributeValues?.[':pk'];
  const city = pk(CityEntity.query.byCluster({ clusterId: 'cluster-a' }).params());
  expect(city).toBe('$citypact#clusterid_cluster-a');
  for (const openState of ['OPEN', 'CLOSED'] as const) {
    expect(pk(ObligationEntity.query.byClusterState({ clusterId: 'cluster-a', openState }).params())).not.toBe(city);
    expect(pk(CorrectiveActionEntity.query.byClusterState({ clusterId: 'cluster-a', openState }).params())).not.toBe(
      city,
    );
  }
});
