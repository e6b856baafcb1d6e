import { gql, onlyError } from '../support/api';
import { aCluster, factsOf } from '../support/world';
import { graphql } from '../generated';

const SHORTFALLS = graphql(`
  query ShortfallsShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      resourceType {
        id
      }
      minimumTier
      basis
      required
      available
      shortfall
      coverage
      contributions {
        city {
          id
        }
        available
        share
      }
    }
  }
`);
const SET = graphql(`
  mutation ShortfallsSet($input: SetReserveRequirementInput!) {
    setReserveRequirement(input: $input) {
      resourceType {
        id
      }
      basis
      quantity
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) {
    updateInventoryItem(input: $input) {
      version
      shareable
    }
  }
`);
type Row = {
  resourceType: { id: string };
  required: number;
  available: number;
  shortfall: number;
  coverage: number;
  contributions: Array<{ city: { id: string }; available: number }>;
};

/** A cluster of the test's own with stocked depots and the standard reserve requirements. */
const stockedCluster = () =>
  aCluster({ cities: ['Langfang', 'Tianjin', 'Beijing'].map(factsOf), inventory: true, requirements: true }).build();

describe('regional reserve shortfalls', () => {
  test('the coordinator sees each requirement against what cities can share, worst coverage first', async () => {
    const world = await stockedCluster();
    const response = await gql(world.coordinator, SHORTFALLS, { clusterId: world.id });
    const rows: Row[] = response.data!.clusterShortfalls;
    expect(rows.map((row) => row.coverage)).toEqual([...rows.map((row) => row.coverage)].sort((a, b) => a - b));
    const medical = rows.find((row) => row.resourceType.id === 'medical-team')!;
    expect(medical.required).toBe(40);
    expect(medical.available).toBe(medical.contributions.reduce((sum, c) => sum + c.available, 0));
    expect(medical.shortfall).toBe(Math.max(0, 40 - medical.available));
  });

  test('a city sees its own share only; lowering its shareable stock changes the shortfall', async () => {
    const world = await stockedCluster();
    const langfang = world.city('Langfang').officer;
    const before: Row[] = (await gql(langfang, SHORTFALLS, { clusterId: world.id })).data!.clusterShortfalls;
    const beds = before.find((row) => row.resourceType.id === 'shelter-beds')!;
    expect(beds.contributions.map((c) => c.city.id)).toEqual([world.city('Langfang').id]);
    const own = beds.contributions[0].available;

    const itemId = world.depotItem('Langfang', 'shelter-beds', 'III');
    expect(
      (await gql(langfang, UPDATE, { input: { itemId, expectedVersion: 1, shareable: own - 100 } })).data
        ?.updateInventoryItem.shareable,
    ).toBe(own - 100);
    const after: Row[] = (await gql(langfang, SHORTFALLS, { clusterId: world.id })).data!.clusterShortfalls;
    const bedsAfter = after.find((row) => row.resourceType.id === 'shelter-beds')!;
    expect(bedsAfter.available).toBe(beds.available - 100);
    expect(bedsAfter.contributions[0].available).toBe(own - 100);
  });

  test('the coordinator sets requirements at the version read; nobody else may', async () => {
    const world = await stockedCluster();
    const token = world.coordinator;
    const set = await gql(token, SET, {
      input: { clusterId: world.id, resourceTypeId: 'drone', minimumTier: 'II', basis: 'ABSOLUTE', quantity: 30 },
    });
    expect(set.data?.setReserveRequirement).toEqual({
      resourceType: { id: 'drone' },
      basis: 'ABSOLUTE',
      quantity: 30,
      version: 1,
    });
    const rows: Row[] = (await gql(token, SHORTFALLS, { clusterId: world.id })).data!.clusterShortfalls;
    expect(rows[0]).toMatchObject({
      resourceType: { id: 'drone' },
      required: 30,
      available: 0,
      shortfall: 30,
      coverage: 0,
    });
    expect(
      onlyError(
        await gql(token, SET, {
          input: {
            clusterId: world.id,
            resourceTypeId: 'drone',
            minimumTier: 'II',
            basis: 'ABSOLUTE',
            quantity: 20,
          },
        }),
      ).code,
    ).toBe('CONFLICT');
    expect(
      (
        await gql(token, SET, {
          input: {
            clusterId: world.id,
            resourceTypeId: 'drone',
            minimumTier: 'II',
            basis: 'ABSOLUTE',
            quantity: 20,
            expectedVersion: 1,
          },
        })
      ).data?.setReserveRequirement.version,
    ).toBe(2);
    expect(
      onlyError(
        await gql(token, SET, {
          input: {
            clusterId: world.id,
            resourceTypeId: 'drone',
            minimumTier: 'II',
            basis: 'ABSOLUTE',
            quantity: 2.5,
            expectedVersion: 2,
          },
        }),
      ).code,
    ).toBe('BAD_USER_INPUT');
    for (const other of [world.city('Langfang').officer, world.superior, world.evaluator.token]) {
      expect(
        onlyError(
          await gql(other, SET, {
            input: {
              clusterId: world.id,
              resourceTypeId: 'drone',
              minimumTier: 'II',
              basis: 'ABSOLUTE',
              quantity: 1,
              expectedVersion: 2,
            },
          }),
        ).code,
      ).toBe('FORBIDDEN');
    }
    expect(onlyError(await gql((await aCluster().build()).coordinator, SHORTFALLS, { clusterId: world.id })).code).toBe(
      'NOT_FOUND',
    );
  });
});
