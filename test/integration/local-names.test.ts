import { DEMO_CITIES, DEMO_CLUSTERS } from '../../scripts/demo-data';
import { demoCatalogue } from '../../scripts/demo-catalogue';
import { demoToken, gql, onlyError } from '../support/api';
import { freshTableWithDemoData } from '../support/table';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { DefineResourceTypeInput } from '../generated/graphql';

const CLUSTER_NAMES = graphql(`
  query LocalNamesOfCluster($clusterId: ID!) {
    cluster(id: $clusterId) {
      name
      localName
      cities(first: 50) {
        nodes {
          id
          name
          localName
        }
      }
    }
    resourceCatalogue(clusterId: $clusterId) {
      id
      name
      localName
    }
  }
`);
const CITY = graphql(`
  query LocalNameOfCity($id: ID!) {
    city(id: $id) {
      name
      localName
      version
      baseline {
        population
        asOf
      }
    }
  }
`);
const RENAME = graphql(`
  mutation LocalNameRename($input: UpdateCityBaselineInput!) {
    updateCityBaseline(input: $input) {
      localName
      version
      baseline {
        population
        asOf
      }
    }
  }
`);
const DEFINE = graphql(`
  mutation LocalNameDefineType($input: DefineResourceTypeInput!) {
    defineResourceType(input: $input) {
      id
      name
      localName
      version
    }
  }
`);
const AUDIT = graphql(`
  query LocalNameAudit($clusterId: ID!, $targetId: ID!) {
    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {
      nodes {
        action
        changes
      }
    }
  }
`);

const HAN = /^\p{Script=Han}+$/u;

const sonarIn = (world: BuiltCluster): DefineResourceTypeInput => ({
  clusterId: world.id,
  id: 'sonar-boat',
  name: 'Side-scan sonar boat',
  unit: 'boat',
  description: 'Underwater search after floods',
  categories: ['NATURAL_DISASTER'],
  tiers: [{ tier: 'II', capability: 'Side-scan sonar, 50 m swath', minimum: 50, measure: 'm swath' }],
});

describe('the demo seed carries Chinese names', () => {
  beforeAll(freshTableWithDemoData);

  test.each([
    ['cluster-jjj', 'demo-coordinator-jjj'],
    ['cluster-yrd', 'demo-coordinator-yrd'],
  ] as const)('%s: the cluster, every member city and every resource type', async (clusterId, coordinator) => {
    const response = await gql(await demoToken(coordinator), CLUSTER_NAMES, { clusterId });
    expect(response.errors).toBeUndefined();
    const cluster = response.data!.cluster;
    expect(cluster.localName).toBe(DEMO_CLUSTERS.find((each) => each.clusterId === clusterId)!.localName);
    expect(cluster.localName).toMatch(HAN);

    const seededCities = DEMO_CITIES.filter((city) => city.clusterId === clusterId);
    expect(cluster.cities.nodes).toHaveLength(seededCities.length);
    for (const city of cluster.cities.nodes) {
      expect(city.localName).toBe(seededCities.find((seeded) => seeded.cityId === city.id)!.localName);
      // Chinese city names end in 市 (municipality or prefecture-level city).
      expect(city.localName).toMatch(/^\p{Script=Han}+市$/u);
    }
    // Every city has its own name: none is left out or repeated.
    expect(new Set(cluster.cities.nodes.map((city) => city.localName)).size).toBe(seededCities.length);

    const catalogue = response.data!.resourceCatalogue;
    expect(catalogue.map((type) => type.id).sort()).toEqual(
      demoCatalogue(clusterId, '2026-01-01T00:00:00.000Z')
        .map((type) => type.typeId)
        .sort(),
    );
    for (const type of catalogue) expect(type.localName).toMatch(HAN);
  });

  test('Langfang reads as 廊坊市 and Hangzhou as 杭州市', async () => {
    const langfang = await gql(await demoToken('demo-city-langfang'), CITY, { id: 'city-langfang' });
    expect(langfang.data?.city).toMatchObject({ name: 'Langfang', localName: '廊坊市' });
    const hangzhou = await gql(await demoToken('demo-coordinator-yrd'), CITY, { id: 'city-hangzhou' });
    expect(hangzhou.data?.city).toMatchObject({ name: 'Hangzhou', localName: '杭州市' });
  });
});

describe('records stored without a local name', () => {
  test('read null: cluster, cities and a resource type defined without one', async () => {
    const world = await aCluster({ cities: ['Langfang', 'Tianjin'] }).build();
    const added = await gql(world.coordinator, DEFINE, { input: sonarIn(world) });
    expect(added.data?.defineResourceType).toMatchObject({ id: 'sonar-boat', localName: null });
    const response = await gql(world.coordinator, CLUSTER_NAMES, { clusterId: world.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.cluster.localName).toBeNull();
    expect(response.data!.cluster.cities.nodes.map((city) => city.localName)).toEqual([null, null]);
    expect(response.data!.resourceCatalogue).toEqual([
      { id: 'sonar-boat', name: 'Side-scan sonar boat', localName: null },
    ]);
  });
});

describe('a city officer sets the city local name', () => {
  test('alone: trimmed, stored, audited; the figures and their as-of time stay', async () => {
    const world = await aCluster({ cities: ['Langfang', 'Tianjin'] }).build();
    const langfang = world.city('Langfang');
    const before = (await gql(langfang.officer, CITY, { id: langfang.id })).data!.city;

    const renamed = await gql(langfang.officer, RENAME, {
      input: { cityId: langfang.id, expectedVersion: 1, localName: ' \u3000廊坊市\t' },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateCityBaseline).toEqual({ localName: '廊坊市', version: 2, baseline: before.baseline });

    const reread = await gql(world.city('Tianjin').officer, CITY, { id: langfang.id });
    expect(reread.data?.city).toMatchObject({ name: 'Langfang', localName: '廊坊市', version: 2 });

    const audit = await gql(world.coordinator, AUDIT, { clusterId: world.id, targetId: langfang.id });
    expect(audit.data?.auditLog.nodes).toEqual([
      { action: 'CITY_BASELINE_UPDATED', changes: { localName: [null, '廊坊市'] } },
    ]);
  });

  test('with figures: both change in one version, and letter case is kept as entered', async () => {
    const world = await aCluster({ cities: ['Langfang'] }).build();
    const langfang = world.city('Langfang');
    const renamed = await gql(langfang.officer, RENAME, {
      input: { cityId: langfang.id, expectedVersion: 1, localName: 'LangFang Shì 廊坊', population: 5_500_000 },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateCityBaseline).toMatchObject({
      localName: 'LangFang Shì 廊坊',
      version: 2,
      baseline: { population: 5_500_000 },
    });
    const audit = await gql(world.coordinator, AUDIT, { clusterId: world.id, targetId: langfang.id });
    expect(audit.data?.auditLog.nodes[0].changes).toMatchObject({
      localName: [null, 'LangFang Shì 廊坊'],
      population: [expect.any(Number), 5_500_000],
    });
  });

  test.each([
    ['blank', ' \u3000\u200b ', /The local name cannot be empty/],
    ['121 characters', '廊'.repeat(121), /The local name is 121 characters long; keep it under 120/],
  ])('%s: BAD_USER_INPUT, and the city is unchanged', async (_, localName, message) => {
    const world = await aCluster({ cities: ['Langfang'] }).build();
    const langfang = world.city('Langfang');
    const refused = await gql(langfang.officer, RENAME, {
      input: { cityId: langfang.id, expectedVersion: 1, localName, population: 1 },
    });
    expect(refused.data).toBeNull();
    expect(onlyError(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(message) as string,
    });
    const reread = await gql(langfang.officer, CITY, { id: langfang.id });
    expect(reread.data?.city).toMatchObject({ localName: null, version: 1 });
  });

  test('120 characters are accepted', async () => {
    const world = await aCluster({ cities: ['Langfang'] }).build();
    const langfang = world.city('Langfang');
    const accepted = await gql(langfang.officer, RENAME, {
      input: { cityId: langfang.id, expectedVersion: 1, localName: '廊'.repeat(120) },
    });
    expect(accepted.data?.updateCityBaseline.localName).toBe('廊'.repeat(120));
  });

  test('neither figures nor a name: BAD_USER_INPUT saying what to pass', async () => {
    const world = await aCluster({ cities: ['Langfang'] }).build();
    const langfang = world.city('Langfang');
    const refused = await gql(langfang.officer, RENAME, { input: { cityId: langfang.id, expectedVersion: 1 } });
    expect(onlyError(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Pass at least one baseline figure (or the local name) to change.',
    });
  });

  test("a partner city's officer may not rename it, and another cluster's does not see it", async () => {
    const [world, other] = await Promise.all([
      aCluster({ cities: ['Langfang', 'Tianjin'] }).build(),
      aCluster({ cities: ['Jiaxing'] }).build(),
    ]);
    const input = { cityId: world.city('Langfang').id, expectedVersion: 1, localName: '天津市' };
    expect(onlyError(await gql(world.city('Tianjin').officer, RENAME, { input })).code).toBe('FORBIDDEN');
    expect(onlyError(await gql(other.city('Jiaxing').officer, RENAME, { input })).code).toBe('NOT_FOUND');
    const reread = await gql(world.city('Langfang').officer, CITY, { id: input.cityId });
    expect(reread.data?.city).toMatchObject({ localName: null, version: 1 });
  });

  test('two renames at the same version: one wins, the other gets CONFLICT', async () => {
    const world = await aCluster({ cities: ['Langfang'] }).build();
    const langfang = world.city('Langfang');
    const attempts = await Promise.all(
      ['廊坊市', '廊坊'].map((localName) =>
        gql(langfang.officer, RENAME, { input: { cityId: langfang.id, expectedVersion: 1, localName } }),
      ),
    );
    const winners = attempts.filter((attempt) => !attempt.errors);
    expect(winners).toHaveLength(1);
    expect(onlyError(attempts.find((attempt) => attempt.errors)!).code).toBe('CONFLICT');
    const reread = await gql(langfang.officer, CITY, { id: langfang.id });
    expect(reread.data?.city).toMatchObject({
      localName: winners[0].data!.updateCityBaseline.localName,
      version: 2,
    });
  });
});

describe('the coordination office names resource types locally', () => {
  test('set on adding, kept when a change leaves it out, audited when it changes', async () => {
    const world = await aCluster({ cities: ['Langfang'] }).build();
    const sonar = sonarIn(world);
    const added = await gql(world.coordinator, DEFINE, { input: { ...sonar, localName: '  侧扫声呐船 ' } });
    expect(added.data?.defineResourceType).toEqual({
      id: 'sonar-boat',
      name: 'Side-scan sonar boat',
      localName: '侧扫声呐船',
      version: 1,
    });
    const changed = await gql(world.coordinator, DEFINE, {
      input: { ...sonar, name: 'Sonar search boat', expectedVersion: 1 },
    });
    expect(changed.data?.defineResourceType).toMatchObject({ localName: '侧扫声呐船', version: 2 });
    const renamed = await gql(world.coordinator, DEFINE, {
      input: { ...sonar, name: 'Sonar search boat', localName: '声呐搜救船', expectedVersion: 2 },
    });
    expect(renamed.data?.defineResourceType).toMatchObject({ localName: '声呐搜救船', version: 3 });

    const audit = await gql(world.coordinator, AUDIT, { clusterId: world.id, targetId: 'sonar-boat' });
    expect(audit.data?.auditLog.nodes).toEqual([
      { action: 'RESOURCE_TYPE_CHANGED', changes: { localName: ['侧扫声呐船', '声呐搜救船'] } },
      { action: 'RESOURCE_TYPE_CHANGED', changes: { name: ['Side-scan sonar boat', 'Sonar search boat'] } },
      {
        action: 'RESOURCE_TYPE_ADDED',
        changes: { name: [null, 'Side-scan sonar boat'], localName: [null, '侧扫声呐船'] },
      },
    ]);
  });

  test('bounds like the name: blank and over 120 characters refused, nothing stored', async () => {
    const world = await aCluster({ cities: ['Langfang'] }).build();
    for (const [localName, message] of [
      ['\u3000 ', /The local name cannot be empty/],
      ['声'.repeat(121), /keep it under 120/],
    ] as const) {
      const refused = await gql(world.coordinator, DEFINE, { input: { ...sonarIn(world), localName } });
      expect(refused.data).toBeNull();
      expect(onlyError(refused)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(message) as string,
      });
    }
    const catalogue = await gql(world.coordinator, CLUSTER_NAMES, { clusterId: world.id });
    expect(catalogue.data?.resourceCatalogue).toEqual([]);
  });
});
