import { print } from 'graphql';
import { AuditEventEntity } from '../../src/store/entities';
import { gql, onlyError, tokenFor } from '../support/api';
import { testClock } from '../support/clock';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

const UPDATE = graphql(`
  mutation AuditUpdate($input: UpdateCityBaselineInput!) {
    updateCityBaseline(input: $input) {
      version
      updatedAt
    }
  }
`);
const AUDIT = graphql(`
  query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {
      nodes {
        id
        action
        targetId
        versionAfter
        at
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * A cluster of the test's own with a history: Tianjin's officer updates its baseline five times, a second apart
 * (`stamps` holds when), then the coordinator switches the cluster to emergency for a drill.
 */
async function clusterWithHistory(): Promise<{ world: BuiltCluster; stamps: string[] }> {
  const world = await aCluster({ cities: ['Tianjin', 'Langfang'] }).build();
  const tianjin = world.city('Tianjin');
  const token = await tokenFor({
    sub: 'officer-tianjin',
    name: 'Tianjin EMB',
    role: 'CITY',
    clusterId: world.id,
    cityId: tianjin.id,
  });
  const stamps: string[] = [];
  testClock.setTo(new Date().toISOString());
  try {
    for (let version = 1; version <= 5; version++) {
      const response = await gql(token, UPDATE, {
        input: { cityId: tianjin.id, expectedVersion: version, shelterCapacity: 1_320_000 + version },
      });
      stamps.push(response.data!.updateCityBaseline.updatedAt);
      testClock.advance(1_000); // distinct instants for the time filters
    }
    await gql(
      world.coordinator,
      'mutation ($clusterId: ID!) { setClusterMode(input: { clusterId: $clusterId, mode: EMERGENCY, reason: "Drill" }) { mode } }',
      { clusterId: world.id },
    );
  } finally {
    testClock.reset();
  }
  return { world, stamps };
}

describe('auditLog', () => {
  test('the coordinator reads every change, newest first, page by page', async () => {
    const { world } = await clusterWithHistory();
    const token = world.coordinator;
    const first = await gql(token, AUDIT, { clusterId: world.id, first: 4 });
    expect(first.data?.auditLog.nodes.map((event: { action: string }) => event.action)).toEqual([
      'CLUSTER_MODE_CHANGED',
      'CITY_BASELINE_UPDATED',
      'CITY_BASELINE_UPDATED',
      'CITY_BASELINE_UPDATED',
    ]);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await gql(token, AUDIT, {
      clusterId: world.id,
      first: 4,
      after: first.data?.auditLog.pageInfo.endCursor,
    });
    expect(second.data?.auditLog.nodes.map((event) => event.versionAfter)).toEqual([3, 2]);
    expect(second.data?.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  test('filters by action, target and time window', async () => {
    const { world, stamps } = await clusterWithHistory();
    const token = world.superior;
    const byAction = await gql(token, AUDIT, { clusterId: world.id, filter: { action: 'CLUSTER_MODE_CHANGED' } });
    expect(byAction.data?.auditLog.nodes).toHaveLength(1);
    const window = await gql(token, AUDIT, {
      clusterId: world.id,
      filter: { targetId: world.city('Tianjin').id, since: stamps[1], until: stamps[3] },
    });
    expect(window.data?.auditLog.nodes.map((event: { at: string }) => event.at)).toEqual([stamps[2], stamps[1]]);
  });

  test('action is an enum and changes an object, for filters and answers alike', async () => {
    const { world } = await clusterWithHistory();
    const token = world.coordinator;
    const query =
      'query ($clusterId: ID!) { auditLog(clusterId: $clusterId, filter: { action: CLUSTER_MODE_CHANGED }) { nodes { action changes } } }';
    expect(
      (await gql<{ auditLog: { nodes: unknown[] } }>(token, query, { clusterId: world.id })).data?.auditLog.nodes,
    ).toEqual([{ action: 'CLUSTER_MODE_CHANGED', changes: { mode: ['NORMAL', 'EMERGENCY'], reason: 'Drill' } }]);
    const unknown = await gql(token, print(AUDIT), {
      clusterId: world.id,
      filter: { action: 'CLUSTER_MODE_SWITCHED' },
    });
    expect(unknown.status).toBe(400);
    expect(onlyError(unknown)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/"CLUSTER_MODE_SWITCHED".*AuditAction/) as string,
    });
  });

  test('events stored before changes became an object read as objects too', async () => {
    const world = await aCluster().build();
    // Written the way every release has stored them: the changes as JSON text in one string attribute.
    const stored = {
      clusterId: world.id,
      at: '2026-01-05T08:00:00.000Z',
      actorId: 'officer-tianjin',
      actorName: 'Tianjin EMB',
      actorRole: 'CITY',
      action: 'CITY_BASELINE_UPDATED',
      targetType: 'City',
      targetId: 'city-legacy-test',
    } as const;
    await AuditEventEntity.put({
      ...stored,
      eventId: 'legacy-1',
      versionBefore: 1,
      versionAfter: 2,
      changes: '{"shelterCapacity":[1200000,1320000]}',
    }).go();
    await AuditEventEntity.put({
      ...stored,
      at: '2026-01-05T09:00:00.000Z',
      eventId: 'legacy-2',
      changes: 'shelter capacity corrected',
    }).go();
    const read = await gql<{ auditLog: { nodes: Array<{ id: string; changes: unknown }> } }>(
      world.coordinator,
      'query ($clusterId: ID!) { auditLog(clusterId: $clusterId, filter: { targetId: "city-legacy-test" }) { nodes { id changes } } }',
      { clusterId: world.id },
    );
    expect(read.data?.auditLog.nodes).toEqual([
      { id: 'legacy-2', changes: { text: 'shelter capacity corrected' } },
      { id: 'legacy-1', changes: { shelterCapacity: [1_200_000, 1_320_000] } },
    ]);
  });

  test('an invalid time in the filter is refused with a clear message', async () => {
    const world = await aCluster().build();
    const response = await gql(world.coordinator, AUDIT, {
      clusterId: world.id,
      filter: { since: 'last Tuesday' },
    });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/"last Tuesday" is not a valid date and time/) as string,
    });
  });

  test.each([
    ['a city officer', (world: BuiltCluster) => world.cities[0].officer, 'FORBIDDEN'],
    ['an evaluator', (world: BuiltCluster) => world.evaluator.token, 'FORBIDDEN'],
    [
      'the coordinator of another cluster',
      (_world: BuiltCluster, another: BuiltCluster) => another.coordinator,
      'NOT_FOUND',
    ],
  ] as const)('%s cannot read the audit log', async (_who, caller, code) => {
    const { world } = await clusterWithHistory();
    const another = await aCluster().build();
    const response = await gql(caller(world, another), AUDIT, { clusterId: world.id });
    expect(onlyError(response).code).toBe(code);
    expect(response.data).toBeNull();
  });
});
