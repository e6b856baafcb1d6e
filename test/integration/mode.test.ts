import { gql, onlyError } from '../support/api';
import { aCluster, superiorOver, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

const SET_MODE = graphql(`
  mutation ModeSetMode($input: SetClusterModeInput!) {
    setClusterMode(input: $input) {
      id
      mode
      modeSince
      version
    }
  }
`);
const HISTORY = graphql(`
  query ModeHistory($id: ID!) {
    cluster(id: $id) {
      mode
      version
      modeHistory {
        nodes {
          from
          to
          reason
          at
          byName
          byRole
        }
      }
    }
  }
`);
const AUDIT = graphql(`
  query ModeAudit($id: ID!) {
    auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) {
      nodes {
        action
        targetId
        versionBefore
        versionAfter
        changes
        at
      }
    }
  }
`);

describe('setClusterMode', () => {
  test('the coordinator switches to emergency and back; both directions are recorded with time, reason and who', async () => {
    const jjj = await aCluster({
      name: 'Beijing–Tianjin–Hebei',
      formationMode: 'SUPERIOR_LED',
      cities: ['Langfang'],
    }).build();
    const token = jjj.coordinator;
    const up = await gql(token, SET_MODE, {
      input: {
        clusterId: jjj.id,
        mode: 'EMERGENCY',
        reason: 'Haihe flood crest expected at Tianjin within 24 h',
        expectedVersion: 1,
      },
    });
    expect(up.data?.setClusterMode).toMatchObject({ mode: 'EMERGENCY', version: 2 });
    const down = await gql(token, SET_MODE, {
      input: { clusterId: jjj.id, mode: 'NORMAL', reason: 'Water below warning level at all stations' },
    });
    expect(down.data?.setClusterMode).toMatchObject({ mode: 'NORMAL', version: 3 });

    const history = await gql(jjj.city('Langfang').officer, HISTORY, { id: jjj.id });
    expect(history.data?.cluster).toEqual({
      mode: 'NORMAL',
      version: 3,
      modeHistory: {
        nodes: [
          {
            from: 'EMERGENCY',
            to: 'NORMAL',
            reason: 'Water below warning level at all stations',
            at: down.data?.setClusterMode.modeSince,
            byName: 'Beijing–Tianjin–Hebei Coordination Office (duty officer)',
            byRole: 'COORDINATOR',
          },
          {
            from: 'NORMAL',
            to: 'EMERGENCY',
            reason: 'Haihe flood crest expected at Tianjin within 24 h',
            at: up.data?.setClusterMode.modeSince,
            byName: 'Beijing–Tianjin–Hebei Coordination Office (duty officer)',
            byRole: 'COORDINATOR',
          },
        ],
      },
    });
    const audit = await gql(token, AUDIT, { id: jjj.id });
    expect(
      audit.data?.auditLog.nodes.map((event) => [event.versionBefore, event.versionAfter, event.changes?.mode]),
    ).toEqual([
      [2, 3, ['EMERGENCY', 'NORMAL']],
      [1, 2, ['NORMAL', 'EMERGENCY']],
    ]);
  });

  test('the superior may switch a superior-led cluster, but not a parallel voluntary one', async () => {
    const [superiorLed, voluntary] = await Promise.all([
      aCluster({ formationMode: 'SUPERIOR_LED' }).build(),
      aCluster({ formationMode: 'PARALLEL_VOLUNTARY' }).build(),
    ]);
    const superior = await superiorOver([superiorLed.id, voluntary.id]);
    const jjj = await gql(superior, SET_MODE, {
      input: { clusterId: superiorLed.id, mode: 'EMERGENCY', reason: 'Level I chemical accident in Tangshan' },
    });
    expect(jjj.data?.setClusterMode.mode).toBe('EMERGENCY');
    const yrd = await gql(superior, SET_MODE, {
      input: { clusterId: voluntary.id, mode: 'EMERGENCY', reason: 'Typhoon' },
    });
    expect(onlyError(yrd)).toMatchObject({
      code: 'FORBIDDEN',
      message: 'In a parallel voluntary cluster only its coordination office switches the mode.',
    });
  });

  test.each([
    ['a city officer', (cluster: BuiltCluster) => cluster.cities[0].officer, 'FORBIDDEN'],
    [
      'a city officer of another cluster',
      (_cluster: BuiltCluster, another: BuiltCluster) => another.cities[0].officer,
      'NOT_FOUND',
    ],
    [
      'the coordinator of another cluster',
      (_cluster: BuiltCluster, another: BuiltCluster) => another.coordinator,
      'NOT_FOUND',
    ],
  ] as const)('%s cannot switch the mode, and nothing is recorded', async (_who, caller, code) => {
    const [cluster, another] = await Promise.all([aCluster().build(), aCluster().build()]);
    const response = await gql(caller(cluster, another), SET_MODE, {
      input: { clusterId: cluster.id, mode: 'EMERGENCY', reason: 'x' },
    });
    expect(onlyError(response).code).toBe(code);
    const history = await gql(cluster.coordinator, HISTORY, { id: cluster.id });
    expect(history.data?.cluster).toMatchObject({ mode: 'NORMAL', version: 1, modeHistory: { nodes: [] } });
  });

  test('switching to the mode the cluster is in, or without a reason, is refused', async () => {
    const cluster = await aCluster().build();
    const token = cluster.coordinator;
    expect(
      onlyError(await gql(token, SET_MODE, { input: { clusterId: cluster.id, mode: 'NORMAL', reason: 'x' } })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'The cluster is already in NORMAL mode; nothing was changed.',
      extensions: { currentState: 'NORMAL' },
    });
    expect(
      onlyError(await gql(token, SET_MODE, { input: { clusterId: cluster.id, mode: 'EMERGENCY', reason: ' ' } })).code,
    ).toBe('BAD_USER_INPUT');
  });

  test('a stale expected version gets CONFLICT', async () => {
    const cluster = await aCluster().build();
    const response = await gql(cluster.coordinator, SET_MODE, {
      input: { clusterId: cluster.id, mode: 'EMERGENCY', reason: 'Taihu algae bloom', expectedVersion: 7 },
    });
    expect(onlyError(response)).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: 7, currentVersion: 1 } });
  });

  test('two coordinators switching at once: one switch is recorded, the other gets CONFLICT', async () => {
    const cluster = await aCluster().build();
    const token = cluster.coordinator;
    const attempts = await Promise.all(
      ['Pollution plume on the Taipu River', 'Typhoon In-fa landfall'].map((reason) =>
        gql(token, SET_MODE, { input: { clusterId: cluster.id, mode: 'EMERGENCY', reason } }),
      ),
    );
    const codes = attempts.map((attempt) => (attempt.errors ? onlyError(attempt).code : 'OK')).sort();
    // The loser either lost the race in DynamoDB (CONFLICT) or read the cluster after the winner (already EMERGENCY).
    expect(codes[0] === 'BAD_USER_INPUT' || codes[0] === 'CONFLICT').toBe(true);
    expect(codes[1]).toBe('OK');
    const history = await gql(token, HISTORY, { id: cluster.id });
    expect(history.data?.cluster.modeHistory.nodes).toHaveLength(1);
  });
});
