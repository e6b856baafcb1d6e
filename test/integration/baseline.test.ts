import { demoToken, gql, onlyError, tokenFor } from '../support/api';
import { freshTableWithDemoData } from '../support/table';
import { print } from 'graphql';
import { graphql } from '../generated';

beforeAll(freshTableWithDemoData);

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
  query BaselineAudit($targetId: ID!) {
    auditLog(clusterId: "cluster-jjj", filter: { targetId: $targetId }) {
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

const officerOf = (cityId: string) =>
  tokenFor({ sub: `officer-${cityId}`, name: `Officer of ${cityId}`, role: 'CITY', clusterId: 'cluster-jjj', cityId });

describe('updateCityBaseline', () => {
  test('a city officer updates its own baseline; the change and its audit event are written together', async () => {
    const token = await officerOf('city-baoding');
    const response = await gql(token, UPDATE, {
      input: {
        cityId: 'city-baoding',
        expectedVersion: 1,
        shelterCapacity: 850_000,
        emergencyTeams: 160,
        emergencyPersonnel: 10_200,
      },
    });
    expect(response.errors).toBeUndefined();
    const city = response.data!.updateCityBaseline;
    expect(city).toMatchObject({
      id: 'city-baoding',
      version: 2,
      baseline: { shelterCapacity: 850_000, emergencyTeams: 160, emergencyPersonnel: 10_200, population: 11_544_036 },
    });
    expect(city.baseline.asOf).toBe(city.updatedAt);

    const reread = await gql(await demoToken('demo-city-langfang'), READ, { id: 'city-baoding' });
    expect(reread.data?.city).toMatchObject({
      version: 2,
      baseline: { shelterCapacity: 850_000, emergencyTeams: 160 },
    });

    const audit = await gql(await demoToken('demo-coordinator-jjj'), AUDIT, { targetId: 'city-baoding' });
    expect(audit.data?.auditLog.nodes).toEqual([
      {
        action: 'CITY_BASELINE_UPDATED',
        actorId: 'officer-city-baoding',
        actorName: 'Officer of city-baoding',
        actorRole: 'CITY',
        targetType: 'City',
        targetId: 'city-baoding',
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
    const token = await officerOf('city-handan');
    await gql(token, UPDATE, { input: { cityId: 'city-handan', expectedVersion: 1, shelterCapacity: 710_000 } });
    const stale = await gql(token, UPDATE, {
      input: { cityId: 'city-handan', expectedVersion: 1, shelterCapacity: 1 },
    });
    expect(onlyError(stale)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /Handan was changed by someone else after you read it \(you had version 1, it is now version 2\)/,
      ) as string,
      extensions: { yourVersion: 1, currentVersion: 2 },
    });
    const reread = await gql(token, READ, { id: 'city-handan' });
    expect(reread.data?.city).toMatchObject({ version: 2, baseline: { shelterCapacity: 710_000 } });
    const audit = await gql(await demoToken('demo-coordinator-jjj'), AUDIT, { targetId: 'city-handan' });
    expect(audit.data?.auditLog.nodes).toHaveLength(1);
  });

  test('concurrent writers with the same version: exactly one wins, the others get CONFLICT, no update is lost', async () => {
    const token = await officerOf('city-xingtai');
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql(token, UPDATE, { input: { cityId: 'city-xingtai', expectedVersion: 1, shelterCapacity: 600_000 + i } }),
      ),
    );
    const winners = attempts.filter((attempt) => !attempt.errors);
    const losers = attempts.filter((attempt) => attempt.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((attempt) => onlyError(attempt).code)).toEqual(Array(9).fill('CONFLICT'));
    const reread = await gql(token, READ, { id: 'city-xingtai' });
    expect(reread.data?.city).toMatchObject({
      version: 2,
      baseline: { shelterCapacity: winners[0].data?.updateCityBaseline.baseline.shelterCapacity },
    });
    const audit = await gql(await demoToken('demo-coordinator-jjj'), AUDIT, { targetId: 'city-xingtai' });
    expect(audit.data?.auditLog.nodes).toHaveLength(1);
  });

  test('figures that cannot be true are refused with BAD_USER_INPUT naming the field', async () => {
    const token = await officerOf('city-hengshui');
    const response = await gql(token, UPDATE, {
      input: { cityId: 'city-hengshui', expectedVersion: 1, vulnerablePopulation: 5_000_000 },
    });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The vulnerable population (5000000) cannot exceed the population (4212933).',
      extensions: { field: 'vulnerablePopulation' },
    });
    const reread = await gql(token, READ, { id: 'city-hengshui' });
    expect(reread.data?.city.version).toBe(1);
  });

  test('a value of the wrong type is refused before anything runs', async () => {
    const response = await gql(await officerOf('city-hengshui'), print(UPDATE), {
      input: { cityId: 'city-hengshui', expectedVersion: 1, population: 'many' },
    });
    expect(response.status).toBe(400);
    expect(onlyError(response).code).toBe('BAD_USER_INPUT');
  });

  test.each([
    [
      'a partner city officer',
      () => demoToken('demo-city-langfang'),
      'FORBIDDEN',
      "You can update only your own city's baseline facts.",
    ],
    [
      'the coordination office',
      () => demoToken('demo-coordinator-jjj'),
      'FORBIDDEN',
      "A city's baseline facts are kept by that city's own officers.",
    ],
    [
      'an evaluator',
      () => demoToken('demo-evaluator-jjj'),
      'FORBIDDEN',
      "A city's baseline facts are kept by that city's own officers.",
    ],
    [
      'the superior level',
      () => demoToken('demo-superior'),
      'FORBIDDEN',
      "A city's baseline facts are kept by that city's own officers.",
    ],
    [
      'a city of another cluster',
      () => demoToken('demo-city-jiaxing'),
      'NOT_FOUND',
      'No city with id "city-chengde" was found.',
    ],
  ])('%s cannot update a city baseline', async (_who, token, code, message) => {
    const response = await gql(await token(), UPDATE, {
      input: { cityId: 'city-chengde', expectedVersion: 1, population: 1 },
    });
    expect(onlyError(response)).toMatchObject({ code, message });
    const reread = await gql(await demoToken('demo-coordinator-jjj'), READ, { id: 'city-chengde' });
    expect(reread.data?.city).toMatchObject({ version: 1, baseline: { population: 3_354_444 } });
  });
});
