import { dynamoClients } from '../../src/store/client';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { gql, onlyError, tokenFor, type GraphQLResponse } from '../support/api';
import { aCluster, superiorOver } from '../support/world';
import { graphql } from '../generated';
import type { ClustersCitiesQuery } from '../generated/graphql';

// Each test builds its own clusters: a Beijing–Tianjin–Hebei of 13 cities with a desk per risk category, and a
// Yangtze River Delta beside it where a test needs another cluster.
const beijingTianjinHebei = () =>
  aCluster({
    name: 'Beijing–Tianjin–Hebei',
    formationMode: 'SUPERIOR_LED',
    cities: [
      'Beijing',
      'Tianjin',
      'Shijiazhuang',
      'Tangshan',
      'Qinhuangdao',
      'Handan',
      'Xingtai',
      'Baoding',
      'Zhangjiakou',
      'Chengde',
      'Cangzhou',
      'Langfang',
      'Hengshui',
    ],
    desks: [
      {
        category: 'NATURAL_DISASTER',
        name: 'Haihe Basin Flood, Drought and Geohazard Desk',
        hostCity: 'Tianjin',
        dutyPhone: '+86 22 2300 0110',
      },
      {
        category: 'PUBLIC_HEALTH',
        name: 'Joint Epidemic Prevention and Control Desk',
        hostCity: 'Beijing',
        dutyPhone: '+86 10 6500 0120',
      },
      {
        category: 'ACCIDENT',
        name: 'Work Safety and Hazardous Chemicals Desk',
        hostCity: 'Tangshan',
        dutyPhone: '+86 315 280 0119',
      },
      {
        category: 'SOCIAL_SECURITY',
        name: 'Public Order and Mass Events Desk',
        hostCity: 'Langfang',
        dutyPhone: '+86 316 210 0110',
      },
      {
        category: 'TECHNOLOGY_CYBER',
        name: 'Cyber and Critical Infrastructure Desk',
        hostCity: 'Beijing',
        dutyPhone: '+86 10 6500 0199',
      },
    ],
  }).build();
const yangtzeRiverDelta = () =>
  aCluster({ name: 'Yangtze River Delta', cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou'] }).build();

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
    const [jjj, yrd] = await Promise.all([beijingTianjinHebei(), yangtzeRiverDelta()]);
    const query = '{ me { role cluster { id } city { id name } overseenClusters { id } } }';
    const city = await gql<{ me: unknown }>(jjj.city('Langfang').officer, query);
    const superior = await gql<{ me: unknown }>(await superiorOver([jjj.id, yrd.id]), query);
    const evaluator = await gql<{ me: unknown }>(jjj.evaluator.token, query);
    expect(city.data?.me).toEqual({
      role: 'CITY',
      cluster: { id: jjj.id },
      city: { id: jjj.city('Langfang').id, name: 'Langfang' },
      overseenClusters: [],
    });
    expect(superior.data?.me).toEqual({
      role: 'SUPERIOR',
      cluster: null,
      city: null,
      // In the order of their ids.
      overseenClusters: [jjj.id, yrd.id].sort().map((id) => ({ id })),
    });
    expect(evaluator.data?.me).toEqual({
      role: 'EVALUATOR',
      cluster: { id: jjj.id },
      city: null,
      overseenClusters: [],
    });
  });
});

describe('cluster', () => {
  test('a member reads its cluster with one desk per risk category and the host cities', async () => {
    const jjj = await beijingTianjinHebei();
    const response = await gql(jjj.city('Langfang').officer, CLUSTER, { id: jjj.id });
    const cluster = response.data!.cluster;
    expect(cluster).toMatchObject({
      id: jjj.id,
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
      id: jjj.city('Tangshan').id,
      name: 'Tangshan',
    });
  });

  test("another cluster's data is answered exactly like a cluster that does not exist", async () => {
    const [jjj, yrd] = await Promise.all([beijingTianjinHebei(), yangtzeRiverDelta()]);
    const token = yrd.coordinator;
    const hidden = onlyError(await gql(token, CLUSTER, { id: jjj.id }));
    const missing = onlyError(await gql(token, CLUSTER, { id: 'cluster-nowhere' }));
    expect(hidden).toEqual({
      code: 'NOT_FOUND',
      message: `No cluster with id "${jjj.id}" was found.`,
      extensions: { code: 'NOT_FOUND' },
    });
    expect(missing.message).toBe('No cluster with id "cluster-nowhere" was found.');
  });

  test("a city of another cluster cannot read a partner's city either", async () => {
    const [jjj, yrd] = await Promise.all([beijingTianjinHebei(), yangtzeRiverDelta()]);
    const tianjin = jjj.city('Tianjin').id;
    const error = onlyError(await gql(yrd.city('Jiaxing').officer, `{ city(id: "${tianjin}") { name } }`));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: `No city with id "${tianjin}" was found.` });
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
    const [jjj, yrd] = await Promise.all([beijingTianjinHebei(), yangtzeRiverDelta()]);
    const [firstId, secondId] = [jjj.id, yrd.id].sort(); // pages follow the ids' order
    const token = await superiorOver([jjj.id, yrd.id]);
    const first = await gql(token, CLUSTERS, { first: 1 });
    expect(first.data?.clusters).toMatchObject({ nodes: [{ id: firstId }], pageInfo: { hasNextPage: true } });
    const second = await gql(token, CLUSTERS, { first: 1, after: first.data?.clusters.pageInfo.endCursor });
    expect(second.data?.clusters).toMatchObject({ nodes: [{ id: secondId }], pageInfo: { hasNextPage: false } });
  });

  test('everyone else lists only their own cluster', async () => {
    const [jjj, yrd] = await Promise.all([beijingTianjinHebei(), yangtzeRiverDelta()]);
    for (const token of [yrd.coordinator, jjj.city('Langfang').officer, jjj.evaluator.token]) {
      const response = await gql(token, CLUSTERS, { first: 20 });
      expect(response.data?.clusters.nodes).toHaveLength(1);
    }
  });

  test('a superior whose scope names a cluster that does not exist is refused as a misconfigured account', async () => {
    const yrd = await yangtzeRiverDelta();
    const token = await tokenFor({
      sub: 's-x',
      name: 'Province',
      role: 'SUPERIOR',
      clusterIds: [yrd.id, 'cluster-gone'],
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
    query ClustersCities($id: ID!, $first: Int, $after: String) {
      cluster(id: $id) {
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
    const jjj = await beijingTianjinHebei();
    const token = jjj.coordinator;
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: GraphQLResponse<ClustersCitiesQuery> = await gql(token, CITIES, { id: jjj.id, first: 5, after });
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
    const jjj = await beijingTianjinHebei();
    const counter = countDynamoCalls(dynamoClients);
    counter.reset();
    const response = await gql(jjj.coordinator, CITIES, { id: jjj.id, first: 13 });
    expect(response.data?.cluster.cities.nodes).toHaveLength(13);
    // One read of the cluster, one query for the page of cities; `city.cluster` is served from the loader.
    expect(counter.byCommand).toEqual({ BatchGetItemCommand: 1, QueryCommand: 1 });
  });

  test('a cursor from one cluster is refused on another and a damaged one is refused', async () => {
    const [jjj, yrd] = await Promise.all([beijingTianjinHebei(), yangtzeRiverDelta()]);
    const superior = await superiorOver([jjj.id, yrd.id]);
    const page = await gql(superior, CITIES, { id: jjj.id, first: 2 });
    const cursor = page.data!.cluster.cities.pageInfo.endCursor!;
    const onOtherCluster = await gql(
      superior,
      'query ($id: ID!, $after: String) { cluster(id: $id) { cities(first: 2, after: $after) { nodes { id } } } }',
      { id: yrd.id, after: cursor },
    );
    expect(onOtherCluster.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const damaged = await gql(superior, CITIES, { id: jjj.id, first: 2, after: cursor.slice(0, 12) });
    expect(damaged.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/page link is not valid/) as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // Well wrapped, for this list, but with an inner cursor ElectroDB cannot read.
    const { s: scope } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s: string };
    const inner = Buffer.from(JSON.stringify({ s: scope, c: 'not-a-cursor' })).toString('base64url');
    const damagedInside = await gql(superior, CITIES, { id: jjj.id, first: 2, after: inner });
    expect(damagedInside.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/page link is not valid/) as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test('a forged cursor pointing at another partition is refused, not passed on', async () => {
    const [jjj, yrd] = await Promise.all([beijingTianjinHebei(), yangtzeRiverDelta()]);
    const forgedInner = Buffer.from(
      JSON.stringify({ gsi3pk: `$citypact#clusterid_${yrd.id}`, gsi3sk: 'x', pk: 'y', sk: 'z' }),
    ).toString('base64url');
    const forged = Buffer.from(JSON.stringify({ s: `city-index:${jjj.id}`, c: forgedInner })).toString('base64url');
    const response = await gql(jjj.coordinator, CITIES, { id: jjj.id, first: 2, after: forged });
    expect(onlyError(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  test.each([0, -1, 101])('a page size of %i is refused', async (first) => {
    const jjj = await beijingTianjinHebei();
    const response = await gql(jjj.coordinator, CITIES, { id: jjj.id, first });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `Ask for between 1 and 100 items per page (got ${first}).`,
    });
  });
});
