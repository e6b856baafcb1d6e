import { print } from 'graphql';
import { AuditEventEntity } from '../../src/store/entities';
import { demoToken, gql, onlyError, tokenFor } from '../support/api';
import { testClock } from '../support/clock';
import { freshTableWithDemoData } from '../support/table';
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

const tianjin = () =>
  tokenFor({
    sub: 'officer-tianjin',
    name: 'Tianjin EMB',
    role: 'CITY',
    clusterId: 'cluster-jjj',
    cityId: 'city-tianjin',
  });
const stamps: string[] = [];

beforeAll(async () => {
  await freshTableWithDemoData();
  const token = await tianjin();
  testClock.setTo(new Date().toISOString());
  for (let version = 1; version <= 5; version++) {
    const response = await gql(token, UPDATE, {
      input: { cityId: 'city-tianjin', expectedVersion: version, shelterCapacity: 1_320_000 + version },
    });
    stamps.push(response.data!.updateCityBaseline.updatedAt);
    testClock.advance(1_000); // distinct instants for the time filters
  }
  await gql(
    await demoToken('demo-coordinator-jjj'),
    'mutation { setClusterMode(input: { clusterId: "cluster-jjj", mode: EMERGENCY, reason: "Drill" }) { mode } }',
  );
  testClock.reset();
});

describe('auditLog', () => {
  test('the coordinator reads every change, newest first, page by page', async () => {
    const token = await demoToken('demo-coordinator-jjj');
    const first = await gql(token, AUDIT, { clusterId: 'cluster-jjj', first: 4 });
    expect(first.data?.auditLog.nodes.map((event: { action: string }) => event.action)).toEqual([
      'CLUSTER_MODE_CHANGED',
      'CITY_BASELINE_UPDATED',
      'CITY_BASELINE_UPDATED',
      'CITY_BASELINE_UPDATED',
    ]);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await gql(token, AUDIT, {
      clusterId: 'cluster-jjj',
      first: 4,
      after: first.data?.auditLog.pageInfo.endCursor,
    });
    expect(second.data?.auditLog.nodes.map((event) => event.versionAfter)).toEqual([3, 2]);
    expect(second.data?.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  test('filters by action, target and time window', async () => {
    const token = await demoToken('demo-superior');
    const byAction = await gql(token, AUDIT, { clusterId: 'cluster-jjj', filter: { action: 'CLUSTER_MODE_CHANGED' } });
    expect(byAction.data?.auditLog.nodes).toHaveLength(1);
    const window = await gql(token, AUDIT, {
      clusterId: 'cluster-jjj',
      filter: { targetId: 'city-tianjin', since: stamps[1], until: stamps[3] },
    });
    expect(window.data?.auditLog.nodes.map((event: { at: string }) => event.at)).toEqual([stamps[2], stamps[1]]);
  });

  test('action is an enum and changes an object, for filters and answers alike', async () => {
    const token = await demoToken('demo-coordinator-jjj');
    const query =
      '{ auditLog(clusterId: "cluster-jjj", filter: { action: CLUSTER_MODE_CHANGED }) { nodes { action changes } } }';
    expect((await gql<{ auditLog: { nodes: unknown[] } }>(token, query)).data?.auditLog.nodes).toEqual([
      { action: 'CLUSTER_MODE_CHANGED', changes: { mode: ['NORMAL', 'EMERGENCY'], reason: 'Drill' } },
    ]);
    const unknown = await gql(token, print(AUDIT), {
      clusterId: 'cluster-jjj',
      filter: { action: 'CLUSTER_MODE_SWITCHED' },
    });
    expect(unknown.status).toBe(400);
    expect(onlyError(unknown)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/"CLUSTER_MODE_SWITCHED".*AuditAction/) as string,
    });
  });

  test('events stored before changes became an object read as objects too', async () => {
    // Written the way every release has stored them: the changes as JSON text in one string attribute.
    const stored = {
      clusterId: 'cluster-jjj',
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
      await demoToken('demo-coordinator-jjj'),
      '{ auditLog(clusterId: "cluster-jjj", filter: { targetId: "city-legacy-test" }) { nodes { id changes } } }',
    );
    expect(read.data?.auditLog.nodes).toEqual([
      { id: 'legacy-2', changes: { text: 'shelter capacity corrected' } },
      { id: 'legacy-1', changes: { shelterCapacity: [1_200_000, 1_320_000] } },
    ]);
  });

  test('an invalid time in the filter is refused with a clear message', async () => {
    const response = await gql(await demoToken('demo-coordinator-jjj'), AUDIT, {
      clusterId: 'cluster-jjj',
      filter: { since: 'last Tuesday' },
    });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/"last Tuesday" is not a valid date and time/) as string,
    });
  });

  test.each([
    ['a city officer', 'demo-city-langfang', 'FORBIDDEN'],
    ['an evaluator', 'demo-evaluator-jjj', 'FORBIDDEN'],
    ['the coordinator of another cluster', 'demo-coordinator-yrd', 'NOT_FOUND'],
  ] as const)('%s cannot read the audit log', async (_who, sub, code) => {
    const response = await gql(await demoToken(sub), AUDIT, { clusterId: 'cluster-jjj' });
    expect(onlyError(response).code).toBe(code);
    expect(response.data).toBeNull();
  });
});
