import { gql, onlyError } from '../support/api';
import { aCluster, superiorOver } from '../support/world';
import { graphql } from '../generated';

const ME = graphql(`
  query ClusterBuilderMe {
    me {
      role
      cluster {
        id
      }
      city {
        id
        name
      }
      overseenClusters {
        id
      }
    }
  }
`);
const CLUSTER = graphql(`
  query ClusterBuilderCluster($id: ID!) {
    cluster(id: $id) {
      id
      name
      cities {
        nodes {
          id
          name
          baseline {
            population
          }
        }
      }
    }
  }
`);
const ITEM = graphql(`
  query ClusterBuilderItem($id: ID!) {
    inventoryItem(id: $id) {
      city {
        id
      }
      resourceType {
        id
      }
      onHand
    }
  }
`);
const ACCREDITATIONS = graphql(`
  query ClusterBuilderAccreditations($clusterId: ID!) {
    evaluatorAccreditations(clusterId: $clusterId) {
      evaluatorId
      kind
      active
    }
  }
`);

test('a built cluster is read back through the API as written, with a working token for every role', async () => {
  const world = await aCluster({ cities: ['Langfang', { name: 'Tianjin', population: 13_866_009 }] }).build();
  const cluster = (await gql(world.coordinator, CLUSTER, { id: world.id })).data?.cluster;
  expect(cluster).toEqual({
    id: world.id,
    name: world.name,
    cities: {
      nodes: [
        {
          id: world.city('Langfang').id,
          name: 'Langfang',
          baseline: { population: world.city('Langfang').population },
        },
        { id: world.city('Tianjin').id, name: 'Tianjin', baseline: { population: 13_866_009 } },
      ],
    },
  });

  const me = async (token: string) => (await gql(token, ME)).data?.me;
  expect(await me(world.coordinator)).toMatchObject({ role: 'COORDINATOR', cluster: { id: world.id } });
  expect(await me(world.city('Tianjin').officer)).toMatchObject({
    role: 'CITY',
    city: { id: world.city('Tianjin').id, name: 'Tianjin' },
  });
  expect(await me(world.evaluator.token)).toMatchObject({ role: 'EVALUATOR', cluster: { id: world.id } });
  expect(await me(world.superior)).toMatchObject({ role: 'SUPERIOR', overseenClusters: [{ id: world.id }] });
  expect((await gql(world.coordinator, ACCREDITATIONS, { clusterId: world.id })).data).toEqual({
    evaluatorAccreditations: [{ evaluatorId: world.evaluator.id, kind: 'THIRD_PARTY', active: true }],
  });
});

test('two builds never share a cluster or a city, and one cluster cannot see into the other', async () => {
  const [first, second] = await Promise.all([aCluster({ cities: 2 }).build(), aCluster({ cities: 2 }).build()]);
  expect(first.id).not.toBe(second.id);
  expect(first.cityIds().filter((id) => second.cityIds().includes(id))).toEqual([]);
  expect(first.cities.map((city) => city.name)).toEqual(second.cities.map((city) => city.name));
  expect(onlyError(await gql(first.coordinator, CLUSTER, { id: second.id })).code).toBe('NOT_FOUND');
  const both = await superiorOver([first.id, second.id]);
  expect((await gql(both, ME)).data?.me.overseenClusters.map((cluster) => cluster.id).sort()).toEqual(
    [first.id, second.id].sort(),
  );
});

test('inventory, when asked for, is each city’s depot stock of the catalogue’s types', async () => {
  const world = await aCluster({ cities: ['Beijing'], inventory: true }).build();
  const pumps = world.depotItem('Beijing', 'mobile-pump-unit', 'II');
  expect((await gql(world.city('Beijing').officer, ITEM, { id: pumps })).data?.inventoryItem).toMatchObject({
    city: { id: world.city('Beijing').id },
    resourceType: { id: 'mobile-pump-unit' },
    onHand: expect.any(Number) as number,
  });
  const bare = await aCluster({ cities: ['Beijing'] }).build();
  expect(
    onlyError(
      await gql(bare.city('Beijing').officer, ITEM, { id: bare.depotItem('Beijing', 'mobile-pump-unit', 'II') }),
    ).code,
  ).toBe('NOT_FOUND');
});

const AGREEMENT = graphql(`
  query ClusterBuilderAgreement($id: ID!) {
    agreement(id: $id) {
      id
      status
      inForce {
        parties {
          name
        }
        duties {
          id
          city {
            name
          }
        }
      }
    }
  }
`);

test('a demo agreement asked for is in force between the cluster’s own cities of the same names', async () => {
  const world = await aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'],
    agreements: ['agr-jjj-accidents'],
  }).build();
  const agreement = (await gql(world.city('Tianjin').officer, AGREEMENT, { id: world.agreement('agr-jjj-accidents') }))
    .data?.agreement;
  expect(agreement).toMatchObject({ id: world.agreement('agr-jjj-accidents'), status: 'ACTIVE' });
  expect(agreement?.inForce?.parties.map((city) => city.name).sort()).toEqual([
    'Baoding',
    'Beijing',
    'Cangzhou',
    'Langfang',
    'Tangshan',
    'Tianjin',
  ]);
  expect(agreement?.inForce?.duties.find((duty) => duty.id === 'hazmat')?.city).toEqual({ name: 'Tianjin' });
  await expect(aCluster({ cities: ['Beijing'], agreements: ['agr-jjj-accidents'] }).build()).rejects.toThrow(
    /needs a city named Tianjin/,
  );
});
