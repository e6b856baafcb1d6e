import { handler as overdueJob } from '../../src/jobs/overdue';
import { AgreementEntity, AgreementVersionEntity, ReserveRequirementEntity } from '../../src/store/entities';
import { gql, onlyError } from '../support/api';
import { AgreementBuilder, hoursFrom } from '../support/builders';
import { CONFIRM, DRAFT, OBLIGATIONS, REPORT } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { SetReserveRequirementInput } from '../generated/graphql';

const AGREEMENTS = graphql(`
  query BoundsAgreements($clusterId: ID!) {
    agreements(clusterId: $clusterId, first: 100) {
      nodes {
        id
      }
    }
  }
`);
const SETTINGS = graphql(`
  mutation BoundsSettings($input: SetTrustSettingsInput!) {
    setTrustSettings(input: $input) {
      version
    }
  }
`);
const SET_RESERVE = graphql(`
  mutation BoundsSetReserve($input: SetReserveRequirementInput!) {
    setReserveRequirement(input: $input) {
      quantity
      version
    }
  }
`);
const SHORTFALLS = graphql(`
  query BoundsShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      resourceType {
        id
      }
      required
      available
      shortfall
      coverage
    }
  }
`);
const REQUEST = graphql(`
  mutation BoundsRequest($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
      quantity
    }
  }
`);
const REQUESTS = graphql(`
  query BoundsRequests($clusterId: ID!) {
    aidRequests(clusterId: $clusterId, first: 100) {
      nodes {
        id
      }
    }
  }
`);

/** A cluster of the test's own with the Taipu agreement in force between its four parties. */
const taipuCluster = () =>
  aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou'], agreements: ['agr-yrd-water'] }).build();
/** A cluster of the test's own with the resource catalogue, where Langfang asks for aid. */
const catalogued = () => aCluster({ cities: ['Langfang', 'Tianjin'], catalogue: true }).build();
const draftIn = (world: BuiltCluster) =>
  new AgreementBuilder().with({
    clusterId: world.id,
    partyCityIds: ['Suzhou', 'Jiaxing', 'Shanghai'].map((n) => world.city(n).id),
  });

describe('durations are bounded where they are entered', () => {
  test.each<[string, { deadline: string; recurrence?: string }, string]>([
    [
      'a duty deadline of a million years',
      { deadline: 'P999999Y' },
      'The deadline of duty 1 P999999Y is not allowed: give between PT1M and P1Y',
    ],
    [
      'a duty deadline of billions of hours',
      { deadline: 'PT99999999999H' },
      'The deadline of duty 1 PT99999999999H is not allowed: give between PT1M and P1Y',
    ],
    [
      'a recurrence of a million years',
      { deadline: 'P30D', recurrence: 'P999999Y' },
      'The recurrence of duty 1 P999999Y is not allowed: give between P1D and P5Y',
    ],
    [
      'a duty due the instant it arises',
      { deadline: 'PT0S' },
      'The deadline of duty 1 PT0S is not allowed: give between PT1M and P1Y',
    ],
    [
      'a duty due in zero days',
      { deadline: 'P0D' },
      'The deadline of duty 1 P0D is not allowed: give between PT1M and P1Y',
    ],
    [
      'a duty deadline just past a year',
      { deadline: 'P366D' },
      'The deadline of duty 1 P366D is not allowed: give between PT1M and P1Y',
    ],
  ])('%s is refused and nothing is drafted', async (_name, duty, message) => {
    const world = await taipuCluster();
    const token = world.coordinator;
    const before = (await gql(token, AGREEMENTS, { clusterId: world.id })).data!.agreements.nodes.length;
    const input = draftIn(world)
      .duty('AFFECTED', 'JOIN_DRILL', duty.deadline, duty.recurrence ? { recurrence: duty.recurrence } : {})
      .build();
    const refused = onlyError(await gql(token, DRAFT, { input }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain(message);
    expect((await gql(token, AGREEMENTS, { clusterId: world.id })).data?.agreements.nodes.length).toBe(before);
  });

  test('a filing window of a thousand years and a dispute window of ten years are refused, naming the bound', async () => {
    const world = await taipuCluster();
    const input = draftIn(world)
      .duty('ORIGIN', 'REPORT', 'PT2H')
      .with({
        compensation: {
          coveredKinds: [{ kind: 'TRANSPORT' }],
          filingWindow: 'P1000Y',
          sharingRule: { kind: 'EQUAL_SHARE' },
        },
      })
      .build();
    expect(onlyError(await gql(world.coordinator, DRAFT, { input }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('The filing window P1000Y is not allowed: give between P1D and P2Y') as string,
    });
    const cluster = await gql<{ cluster: { version: number } }>(
      world.coordinator,
      'query ($id: ID!) { cluster(id: $id) { version } }',
      { id: world.id },
    );
    const settings = await gql(world.coordinator, SETTINGS, {
      input: { clusterId: world.id, expectedVersion: cluster.data!.cluster.version, disputeWindow: 'P10Y' },
    });
    expect(onlyError(settings)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('The dispute window P10Y is not allowed: give between P1D and P1Y') as string,
    });
  });
});

/**
 * An agreement an older release accepted, with a deadline and a recurrence past the calendar's end, written straight to
 * the table. It sorts before the seeded Taipu agreement (created earlier), so it is met first.
 */
async function storeUnusableAgreement(world: BuiltCluster): Promise<string> {
  const agreementId = world.agreement('agr-yrd-water').replace('agr-yrd-water', 'agr-yrd-unbounded');
  const at = '2025-06-01T00:00:00.000Z';
  const parties = [world.city('Suzhou').id, world.city('Jiaxing').id];
  await AgreementEntity.put({
    agreementId,
    clusterId: world.id,
    status: 'ACTIVE',
    inForceVersionNo: 1,
    latestVersionNo: 1,
    version: 1,
    createdAt: at,
    updatedAt: at,
  }).go();
  await AgreementVersionEntity.put({
    agreementId,
    versionNo: 1,
    clusterId: world.id,
    status: 'IN_FORCE',
    title: 'Unbounded (older release)',
    partyCityIds: parties,
    categories: ['ACCIDENT'],
    effectiveFrom: '2025-06-01T00:00:00.000Z',
    duties: [
      {
        dutyId: 'forever',
        party: 'ORIGIN',
        role: 'LEAD',
        kind: 'REPORT',
        categories: [],
        action: 'Report eventually',
        deadline: 'P999999Y',
      },
      {
        dutyId: 'drill',
        party: 'AFFECTED',
        role: 'ASSIST',
        kind: 'JOIN_DRILL',
        categories: [],
        action: 'Drill',
        deadline: 'P30D',
        recurrence: 'P999999Y',
      },
    ],
    ratifications: parties.map((cityId) => ({ cityId, at, actorId: `old-${cityId}`, actorName: 'Older release' })),
    proposedAt: at,
    inForceSince: at,
  }).go();
  return agreementId;
}

describe('one unusable agreement stops no other', () => {
  /** A Taipu cluster of the test's own, where an older release also stored an agreement it can no longer use. */
  async function withUnusableAgreement() {
    const world = await taipuCluster();
    return { world, unusable: await storeUnusableAgreement(world) };
  }

  test('confirming an event still activates every other agreement of the cluster', async () => {
    const { world, unusable } = await withUnusableAgreement();
    const suzhou = world.city('Suzhou').officer;
    const reported = await gql(suzhou, REPORT, {
      input: {
        clusterId: world.id,
        category: 'ACCIDENT',
        level: 'III',
        warning: 'ORANGE',
        originCityId: world.city('Suzhou').id,
        affectedCityIds: [world.city('Jiaxing').id],
        location: { description: 'Taipu River border section' },
        description: 'Aniline leak',
        observedAt: hoursFrom(new Date().toISOString(), -1),
      },
    });
    const eventId = reported.data!.reportRiskEvent.id;
    const confirmed = await gql(world.coordinator, CONFIRM, { input: { eventId } });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmRiskEvent.status).toBe('CONFIRMED');

    const obligations = (
      await gql(world.coordinator, OBLIGATIONS, { clusterId: world.id, filter: { eventId }, first: 100 })
    ).data!.obligations.nodes as Array<{
      agreement: { id: string };
      duty: { id: string };
      city: { id: string } | null;
    }>;
    expect(obligations.filter((o) => o.agreement.id === unusable)).toEqual([]);
    expect(
      obligations
        .filter((o) => o.agreement.id === world.agreement('agr-yrd-water'))
        .map((o) => `${o.duty.id}:${o.city?.id ?? 'office'}`),
    ).toEqual(
      expect.arrayContaining([
        `report:${world.city('Suzhou').id}`,
        `warn:${world.city('Suzhou').id}`,
        `monitor:${world.city('Jiaxing').id}`,
        `boats:${world.city('Shanghai').id}`,
      ]),
    );
  });

  test('the scheduled job still opens the other agreements\u2019 recurring duties, and counts the failure', async () => {
    const { world } = await withUnusableAgreement();
    const result = await overdueJob();
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const drills = (
      await gql(world.coordinator, OBLIGATIONS, {
        clusterId: world.id,
        filter: { agreementId: world.agreement('agr-yrd-water'), kind: 'JOIN_DRILL' },
      })
    ).data!.obligations.nodes as Array<{ city: { id: string } }>;
    expect(drills.map((o) => o.city.id).sort()).toEqual([
      world.city('Huzhou').id,
      world.city('Jiaxing').id,
      world.city('Shanghai').id,
      world.city('Suzhou').id,
    ]);
  });
});

describe('quantities are bounded where they are entered', () => {
  test.each<[string, Pick<SetReserveRequirementInput, 'basis' | 'quantity'>, string]>([
    [
      'an absolute reserve of 10^12 units',
      { basis: 'ABSOLUTE', quantity: 1e12 },
      'is implausibly large: at most 10,000,000',
    ],
    [
      'a per-10,000 rate of a billion',
      { basis: 'PER_10K_RESIDENTS', quantity: 1e9 },
      'per 10,000 residents is implausibly large: at most 100,000',
    ],
  ])('%s is refused', async (_name, fields, message) => {
    const world = await catalogued();
    const response = await gql(world.coordinator, SET_RESERVE, {
      input: { clusterId: world.id, resourceTypeId: 'drone', minimumTier: 'II', ...fields },
    });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining(message) as string,
    });
  });

  test('a request for 2,147,483,647 units is refused and nothing is requested', async () => {
    const world = await catalogued();
    const langfang = world.city('Langfang').officer;
    const before = (await gql(langfang, REQUESTS, { clusterId: world.id })).data!.aidRequests.nodes.length;
    const response = await gql(langfang, REQUEST, {
      input: {
        clusterId: world.id,
        requesterCityId: world.city('Langfang').id,
        resourceTypeId: 'mobile-pump-unit',
        minimumTier: 'II',
        quantity: 2_147_483_647,
        neededBy: hoursFrom(new Date().toISOString(), 12),
        destination: { name: 'Gu\u2019an', latitude: 39.44, longitude: 116.3 },
      },
    });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining(
        'The quantity of 2147483647 units is implausibly large: at most 10,000,000 units',
      ) as string,
    });
    expect((await gql(langfang, REQUESTS, { clusterId: world.id })).data?.aidRequests.nodes.length).toBe(before);
  });

  test('a huge requirement stored by an older release is reported at the ceiling instead of failing the shortfalls', async () => {
    const world = await catalogued();
    await ReserveRequirementEntity.put({
      clusterId: world.id,
      typeId: 'mobile-pump-unit',
      minimumTier: 'III',
      basis: 'ABSOLUTE',
      quantity: 1e12,
      version: 9,
      updatedAt: '2025-06-01T00:00:00.000Z',
    }).go();
    await ReserveRequirementEntity.put({
      clusterId: world.id,
      typeId: 'drone',
      minimumTier: 'III',
      basis: 'PER_10K_RESIDENTS',
      quantity: 1e9,
      version: 9,
      updatedAt: '2025-06-01T00:00:00.000Z',
    }).go();
    const response = await gql(world.city('Langfang').officer, SHORTFALLS, { clusterId: world.id });
    expect(response.errors).toBeUndefined();
    const pumps = response.data!.clusterShortfalls.find((row) => row.resourceType.id === 'mobile-pump-unit');
    expect(pumps).toMatchObject({ required: 2_147_483_647, shortfall: 2_147_483_647 });
    expect(pumps?.coverage).toBeLessThan(0.001);
    const drones = response.data!.clusterShortfalls.find(
      (row: { resourceType: { id: string } }) => row.resourceType.id === 'drone',
    );
    expect(drones).toMatchObject({ required: 2_147_483_647 });
  });
});
