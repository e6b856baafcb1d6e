import { gql, onlyError } from '../support/api';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';
import { print } from 'graphql';
import { graphql } from '../generated';

const UPDATE = graphql(`
  mutation BaselineUpdate($input: UpdateCityBaselineInput!) {
    updateCityBaseline(input: $input) {
      id
      version
      updatedAt
      baseline {
        population
        vulnerablePopulation
        emergencyTeams
        emergencyPersonnel
        shelterCapacity
        asOf
      }
    }
  }
`);
const READ = graphql(`
  query BaselineRead($id: ID!) {
    city(id: $id) {
      version
      baseline {
        population
        shelterCapacity
        emergencyTeams
        asOf
      }
    }
  }
`);
const AUDIT = graphql(`
  query BaselineAudit($clusterId: ID!, $targetId: ID!) {
    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {
      nodes {
        action
        actorId
        actorName
        actorRole
        targetType
        targetId
        versionBefore
        versionAfter
        changes
        at
      }
    }
  }
`);

/** A cluster of the test's own holding Langfang and the city the test updates, with their real baselines. */
const clusterWith = (name: string) => aCluster({ cities: [factsOf('Langfang'), factsOf(name)] }).build();

describe('updateCityBaseline', () => {
  test('a city officer updates its own baseline; the change and its audit event are written together', async () => {
    const world = await clusterWith('Baoding');
    const baoding = world.city('Baoding');
    const token = baoding.officer;
    const response = await gql(token, UPDATE, {
      input: {
        cityId: baoding.id,
        expectedVersion: 1,
        shelterCapacity: 850_000,
        emergencyTeams: 160,
        emergencyPersonnel: 10_200,
      },
    });
    expect(response.errors).toBeUndefined();
    const city = response.data!.updateCityBaseline;
    expect(city).toMatchObject({
      id: baoding.id,
      version: 2,
      baseline: { shelterCapacity: 850_000, emergencyTeams: 160, emergencyPersonnel: 10_200, population: 11_544_036 },
    });
    expect(city.baseline.asOf).toBe(city.updatedAt);

    const reread = await gql(world.city('Langfang').officer, READ, { id: baoding.id });
    expect(reread.data?.city).toMatchObject({
      version: 2,
      baseline: { shelterCapacity: 850_000, emergencyTeams: 160 },
    });

    const audit = await gql(world.coordinator, AUDIT, { clusterId: world.id, targetId: baoding.id });
    expect(audit.data?.auditLog.nodes).toEqual([
      {
        action: 'CITY_BASELINE_UPDATED',
        actorId: `officer-${baoding.id}`,
        actorName: 'Baoding Emergency Management Bureau',
        actorRole: 'CITY',
        targetType: 'City',
        targetId: baoding.id,
        versionBefore: 1,
        versionAfter: 2,
        at: city.updatedAt,
        changes: {
          emergencyTeams: [151, 160],
          emergencyPersonnel: [9_700, 10_200],
          shelterCapacity: [830_000, 850_000],
        },
      },
    ]);
  });

  test('a stale version gets CONFLICT naming both versions, and nothing changes', async () => {
    const world = await clusterWith('Handan');
    const handan = world.city('Handan');
    const token = handan.officer;
    await gql(token, UPDATE, { input: { cityId: handan.id, expectedVersion: 1, shelterCapacity: 710_000 } });
    const stale = await gql(token, UPDATE, {
      input: { cityId: handan.id, expectedVersion: 1, shelterCapacity: 1 },
    });
    expect(onlyError(stale)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /Handan was changed by someone else after you read it \(you had version 1, it is now version 2\)/,
      ) as string,
      extensions: { yourVersion: 1, currentVersion: 2 },
    });
    const reread = await gql(token, READ, { id: handan.id });
    expect(reread.data?.city).toMatchObject({ version: 2, baseline: { shelterCapacity: 710_000 } });
    const audit = await gql(world.coordinator, AUDIT, { clusterId: world.id, targetId: handan.id });
    expect(audit.data?.auditLog.nodes).toHaveLength(1);
  });

  test('concurrent writers with the same version: exactly one wins, the others get CONFLICT, no update is lost', async () => {
    const world = await clusterWith('Xingtai');
    const xingtai = world.city('Xingtai');
    const token = xingtai.officer;
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql(token, UPDATE, { input: { cityId: xingtai.id, expectedVersion: 1, shelterCapacity: 600_000 + i } }),
      ),
    );
    const winners = attempts.filter((attempt) => !attempt.errors);
    const losers = attempts.filter((attempt) => attempt.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((attempt) => onlyError(attempt).code)).toEqual(Array(9).fill('CONFLICT'));
    const reread = await gql(token, READ, { id: xingtai.id });
    expect(reread.data?.city).toMatchObject({
      version: 2,
      baseline: { shelterCapacity: winners[0].data?.updateCityBaseline.baseline.shelterCapacity },
    });
    const audit = await gql(world.coordinator, AUDIT, { clusterId: world.id, targetId: xingtai.id });
    expect(audit.data?.auditLog.nodes).toHaveLength(1);
  });

  test('figures that cannot be true are refused with BAD_USER_INPUT naming the field', async () => {
    const hengshui = (await clusterWith('Hengshui')).city('Hengshui');
    const token = hengshui.officer;
    const response = await gql(token, UPDATE, {
      input: { cityId: hengshui.id, expectedVersion: 1, vulnerablePopulation: 5_000_000 },
    });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The vulnerable population (5000000) cannot exceed the population (4212933).',
      extensions: { field: 'vulnerablePopulation' },
    });
    const reread = await gql(token, READ, { id: hengshui.id });
    expect(reread.data?.city.version).toBe(1);
  });

  test('a value of the wrong type is refused before anything runs', async () => {
    const hengshui = (await clusterWith('Hengshui')).city('Hengshui');
    const response = await gql(hengshui.officer, print(UPDATE), {
      input: { cityId: hengshui.id, expectedVersion: 1, population: 'many' },
    });
    expect(response.status).toBe(400);
    expect(onlyError(response).code).toBe('BAD_USER_INPUT');
  });

  test.each([
    [
      'a partner city officer',
      (world: BuiltCluster) => world.city('Langfang').officer,
      'FORBIDDEN',
      "You can update only your own city's baseline facts.",
    ],
    [
      'the coordination office',
      (world: BuiltCluster) => world.coordinator,
      'FORBIDDEN',
      "A city's baseline facts are kept by that city's own officers.",
    ],
    [
      'an evaluator',
      (world: BuiltCluster) => world.evaluator.token,
      'FORBIDDEN',
      "A city's baseline facts are kept by that city's own officers.",
    ],
    [
      'the superior level',
      (world: BuiltCluster) => world.superior,
      'FORBIDDEN',
      "A city's baseline facts are kept by that city's own officers.",
    ],
    [
      'a city of another cluster',
      (_world: BuiltCluster, another: BuiltCluster) => another.cities[0].officer,
      'NOT_FOUND',
      (chengdeId: string) => `No city with id "${chengdeId}" was found.`,
    ],
  ])('%s cannot update a city baseline', async (_who, token, code, message) => {
    const [world, another] = await Promise.all([clusterWith('Chengde'), aCluster({ cities: 1 }).build()]);
    const chengde = world.city('Chengde');
    const response = await gql(token(world, another), UPDATE, {
      input: { cityId: chengde.id, expectedVersion: 1, population: 1 },
    });
    expect(onlyError(response)).toMatchObject({
      code,
      message: typeof message === 'string' ? message : message(chengde.id),
    });
    const reread = await gql(world.coordinator, READ, { id: chengde.id });
    expect(reread.data?.city).toMatchObject({ version: 1, baseline: { population: 3_354_444 } });
  });
});
