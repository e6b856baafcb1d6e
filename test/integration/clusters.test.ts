import { dynamoClients } from '../../src/store/client';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { demoToken, gql, onlyError, tokenFor, type GraphQLResponse } from '../support/api';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';
import type { ClustersCitiesQuery } from '../generated/graphql';

beforeAll(freshTableWithDemoData);

const CLUSTER = graphql(`
  query ClustersCluster($id: ID!) {
    cluster(id: $id) {
      id
      name
      formationMode
      mode
      modeSince
      version
      desks {
        category
        name
        dutyPhone
        hostCity {
          id
          name
        }
      }
    }
  }
`);

describe('me', () => {
  test('each role sees what it acts for', async () => {
    const query = '{ me { role cluster { id } city { id name } overseenClusters { id } } }';
    const city = await gql<{ me: unknown }>(await demoToken('demo-city-langfang'), query);
    const superior = await gql<{ me: unknown }>(await demoToken('demo-superior'), query);
    const evaluator = await gql<{ me: unknown }>(await demoToken('demo-evaluator-jjj'), query);
    expect(city.data?.me).toEqual({
      role: 'CITY',
      cluster: { id: 'cluster-jjj' },
      city: { id: 'city-langfang', name: 'Langfang' },
      overseenClusters: [],
    });
    expect(superior.data?.me).toEqual({
      role: 'SUPERIOR',
      cluster: null,
      city: null,
      overseenClusters: [{ id: 'cluster-jjj' }, { id: 'cluster-yrd' }],
    });
    expect(evaluator.data?.me).toEqual({
      role: 'EVALUATOR',
      cluster: { id: 'cluster-jjj' },
      city: null,
      overseenClusters: [],
    });
  });
});

describe('cluster', () => {
  test('a member reads its cluster with one desk per risk category and the host cities', async () => {
    const response = await gql(await demoToken('demo-city-langfang'), CLUSTER, { id: 'cluster-jjj' });
    const cluster = response.data!.cluster;
    expect(cluster).toMatchObject({
      id: 'cluster-jjj',
      name: 'Beijing–Tianjin–Hebei',
      formationMode: 'SUPERIOR_LED',
      mode: 'NORMAL',
      version: 1,
    });
    expect(cluster.desks.map((desk) => desk.category).sort()).toEqual([
      'ACCIDENT',
      'NATURAL_DISASTER',
      'PUBLIC_HEALTH',
      'SOCIAL_SECURITY',
      'TECHNOLOGY_CYBER',
    ]);
    expect(cluster.desks.find((desk) => desk.category === 'ACCIDENT')?.hostCity).toEqual({
      id: 'city-tangshan',
      name: 'Tangshan',
    });
  });

  test("another cluster's data is answered exactly like a cluster that does not exist", async () => {
    const token = await demoToken('demo-coordinator-yrd');
    const hidden = onlyError(await gql(token, CLUSTER, { id: 'cluster-jjj' }));
    const missing = onlyError(await gql(token, CLUSTER, { id: 'cluster-nowhere' }));
    expect(hidden).toEqual({
      code: 'NOT_FOUND',
      message: 'No cluster with id "cluster-jjj" was found.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(missing.message).toBe('No cluster with id "cluster-nowhere" was found.');
  });

  test("a city of another cluster cannot read a partner's city either", async () => {
    const error = onlyError(await gql(await demoToken('demo-city-jiaxing'), '{ city(id: "city-tianjin") { name } }'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'No city with id "city-tianjin" was found.' });
  });
});

describe('clusters', () => {
  const CLUSTERS = graphql(`
    query ClustersClusters($after: String, $first: Int) {
      clusters(first: $first, after: $after) {
        nodes {
          id
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `);

  test('a superior lists the clusters it oversees, page by page', async () => {
    const token = await demoToken('demo-superior');
    const first = await gql(token, CLUSTERS, { first: 1 });
    expect(first.data?.clusters).toMatchObject({ nodes: [{ id: 'cluster-jjj' }], pageInfo: { hasNextPage: true } });
    const second = await gql(token, CLUSTERS, { first: 1, after: first.data?.clusters.pageInfo.endCursor });
    expect(second.data?.clusters).toMatchObject({ nodes: [{ id: 'cluster-yrd' }], pageInfo: { hasNextPage: false } });
  });

  test('everyone else lists only their own cluster', async () => {
    for (const sub of ['demo-coordinator-yrd', 'demo-city-langfang', 'demo-evaluator-jjj'] as const) {
      const response = await gql(await demoToken(sub), CLUSTERS, { first: 20 });
      expect(response.data?.clusters.nodes).toHaveLength(1);
    }
  });

  test('a superior whose scope names a cluster that does not exist is refused as a misconfigured account', async () => {
    const token = await tokenFor({
      sub: 's-x',
      name: 'Province',
      role: 'SUPERIOR',
      clusterIds: ['cluster-yrd', 'cluster-gone'],
    });
    const response = await gql(token, CLUSTERS, { first: 20 });
    expect(response.status).toBe(403);
    expect(onlyError(response)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/a cluster that CityPact does not know \("cluster-gone"\)/) as string,
    });
  });
});

describe('member cities', () => {
  const CITIES = graphql(`
    query ClustersCities($first: Int, $after: String) {
      cluster(id: "cluster-jjj") {
        cities(first: $first, after: $after) {
          nodes {
            id
            name
            province
            cluster {
              id
            }
            location {
              latitude
              longitude
            }
            baseline {
              population
              vulnerablePopulation
              emergencyTeams
              emergencyPersonnel
              shelterCapacity
              asOf
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

  test('pages through all 13 cities of the cluster in name order, with an exact last page', async () => {
    const token = await demoToken('demo-coordinator-jjj');
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: GraphQLResponse<ClustersCitiesQuery> = await gql(token, CITIES, { first: 5, after });
      const { nodes, pageInfo } = response.data!.cluster.cities;
      names.push(...nodes.map((city: { name: string }) => city.name));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(names).toHaveLength(13);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('Langfang');
  });

  test('listing cities with their cluster costs two DynamoDB calls, not one per city', async () => {
    const counter = countDynamoCalls(dynamoClients);
    counter.reset();
    const response = await gql(await demoToken('demo-coordinator-jjj'), CITIES, { first: 13 });
    expect(response.data?.cluster.cities.nodes).toHaveLength(13);
    // One read of the cluster, one query for the page of cities; `city.cluster` is served from the loader.
    expect(counter.byCommand).toEqual({ BatchGetItemCommand: 1, QueryCommand: 1 });
  });

  test('a cursor from one cluster is refused on another and a damaged one is refused', async () => {
    const superior = await demoToken('demo-superior');
    const page = await gql(superior, CITIES, { first: 2 });
    const cursor = page.data!.cluster.cities.pageInfo.endCursor!;
    const onOtherCluster = await gql(
      superior,
      'query ($after: String) { cluster(id: "cluster-yrd") { cities(first: 2, after: $after) { nodes { id } } } }',
      { after: cursor },
    );
    expect(onOtherCluster.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const damaged = await gql(superior, CITIES, { first: 2, after: cursor.slice(0, 12) });
    expect(damaged.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/page link is not valid/) as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test('a forged cursor pointing at another partition is refused, not passed on', async () => {
    const forgedInner = Buffer.from(
      JSON.stringify({ gsi1pk: '$citypact#clusterid_cluster-yrd', gsi1sk: 'x', pk: 'y', sk: 'z' }),
    ).toString('base64url');
    const forged = Buffer.from(JSON.stringify({ s: 'cities:cluster-jjj', c: forgedInner })).toString('base64url');
    const response = await gql(await demoToken('demo-coordinator-jjj'), CITIES, { first: 2, after: forged });
    expect(onlyError(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  test.each([0, -1, 101])('a page size of %i is refused', async (first) => {
    const response = await gql(await demoToken('demo-coordinator-jjj'), CITIES, { first });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `Ask for between 1 and 100 items per page (got ${first}).`,
    });
  });
});
