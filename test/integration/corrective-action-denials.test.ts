import { gql, onlyError, tokenFor } from '../support/api';
import { testClock } from '../support/clock';
import {
  ACTION,
  COMPLETE_ACTION,
  CREATE_ACTION,
  REPORT_PROGRESS,
  VERIFY_ACTION,
  anEvaluation,
  daysFromNow,
  ok,
} from '../support/corrective';
import { aCluster, type BuiltCluster } from '../support/world';

beforeAll(() => testClock.setTo('2026-09-01T08:00:00Z'));

let cluster: BuiltCluster;
let other: BuiltCluster;
let evaluationId: string;
let actionId: string;

/** The action as Langfang's officer reads it: what every refusal below must leave unchanged. */
const readAction = async () =>
  ok('reading', await gql(cluster.city('Langfang').officer, ACTION, { id: actionId, first: 20 })).correctiveAction;

beforeAll(async () => {
  cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  other = await aCluster({ cities: ['Suzhou', 'Jiaxing'], rubrics: true }).build();
  evaluationId = await anEvaluation(cluster);
  actionId = ok(
    'creating',
    await gql(cluster.coordinator, CREATE_ACTION, {
      input: {
        evaluationId,
        ownerCityId: cluster.city('Langfang').id,
        action: 'Repair the Gu’an levee breach',
        dueAt: daysFromNow(30),
        idempotencyKey: 'levee',
      },
    }),
  ).createCorrectiveAction.id;
});

test('nothing is set from an evaluation that is not finalized yet (CONFLICT naming its state)', async () => {
  const open = await anEvaluation(cluster, { finalize: false, title: 'Still open' });
  const refused = onlyError(
    await gql(cluster.coordinator, CREATE_ACTION, {
      input: {
        evaluationId: open,
        ownerCityId: cluster.city('Tianjin').id,
        action: 'Anything',
        dueAt: daysFromNow(5),
        idempotencyKey: 'early',
      },
    }),
  );
  expect(refused.code).toBe('CONFLICT');
  expect(refused.extensions.currentState).toBe('OPEN');
  expect(refused.message).toContain('"Still open" is not finalized yet');
});

test('bad input is BAD_USER_INPUT: a due time passed or years away, no owner or two, an empty action, a percentage over 100', async () => {
  const base = {
    evaluationId,
    ownerCityId: cluster.city('Tianjin').id,
    action: 'Drill the evacuation of the riverside school',
    dueAt: daysFromNow(10),
    idempotencyKey: 'bad',
  };
  const cases = [
    { dueAt: daysFromNow(-1) },
    { dueAt: daysFromNow(6 * 366) },
    { ownerCityId: null },
    { aboutCoordinationOffice: true },
    { action: '   ' },
    { idempotencyKey: '' },
  ];
  for (const change of cases) {
    const refused = onlyError(await gql(cluster.coordinator, CREATE_ACTION, { input: { ...base, ...change } }));
    expect([JSON.stringify(change), refused.code]).toEqual([JSON.stringify(change), 'BAD_USER_INPUT']);
  }
  const percent = onlyError(
    await gql(cluster.city('Langfang').officer, REPORT_PROGRESS, {
      input: { correctiveActionId: actionId, expectedVersion: 1, note: 'Half way', percent: 101 },
    }),
  );
  expect(percent.code).toBe('BAD_USER_INPUT');
  expect((await readAction()).version).toBe(1);
});

test('only the office sets a city its corrective actions', async () => {
  const input = {
    evaluationId,
    ownerCityId: cluster.city('Langfang').id,
    action: 'Anything',
    dueAt: daysFromNow(5),
    idempotencyKey: 'not-mine',
  };
  for (const token of [cluster.city('Langfang').officer, cluster.evaluator.token, cluster.superior]) {
    expect(onlyError(await gql(token, CREATE_ACTION, { input })).code).toBe('FORBIDDEN');
  }
});

test("another cluster's ids are NOT_FOUND, as are letter-case variants", async () => {
  const input = { action: 'Anything', dueAt: daysFromNow(5), idempotencyKey: 'foreign' };
  const foreignEvaluation = await anEvaluation(other);
  const cases = [
    // The other cluster's evaluation, asked for by this office.
    gql(cluster.coordinator, CREATE_ACTION, {
      input: { ...input, evaluationId: foreignEvaluation, ownerCityId: cluster.city('Langfang').id },
    }),
    // The other cluster's city as owner.
    gql(cluster.coordinator, CREATE_ACTION, {
      input: { ...input, evaluationId, ownerCityId: other.city('Suzhou').id },
    }),
    // This cluster's action, from the other cluster's office and cities.
    gql(other.coordinator, ACTION, { id: actionId }),
    gql(other.city('Suzhou').officer, REPORT_PROGRESS, {
      input: { correctiveActionId: actionId, expectedVersion: 1, note: 'Not ours' },
    }),
    gql(other.coordinator, VERIFY_ACTION, {
      input: { correctiveActionId: actionId, expectedVersion: 1, accepted: true, reason: 'Not ours' },
    }),
    // Letter case: ids are exact.
    gql(cluster.coordinator, ACTION, { id: actionId.toUpperCase() }),
    gql(cluster.coordinator, CREATE_ACTION, {
      input: { ...input, evaluationId: evaluationId.toUpperCase(), ownerCityId: cluster.city('Langfang').id },
    }),
  ];
  for (const response of await Promise.all(cases)) expect(onlyError(response).code).toBe('NOT_FOUND');
  expect((await readAction()).version).toBe(1);
});

test('only the owner works on its action; a partner city does not even see it', async () => {
  const tianjin = cluster.city('Tianjin').officer;
  expect(onlyError(await gql(tianjin, ACTION, { id: actionId })).code).toBe('NOT_FOUND');
  expect(
    onlyError(
      await gql(tianjin, REPORT_PROGRESS, {
        input: { correctiveActionId: actionId, expectedVersion: 1, note: 'Ours?' },
      }),
    ).code,
  ).toBe('NOT_FOUND');
  for (const token of [cluster.coordinator, cluster.evaluator.token]) {
    const refused = onlyError(
      await gql(token, COMPLETE_ACTION, {
        input: { correctiveActionId: actionId, expectedVersion: 1, evidence: { text: 'Done for them' } },
      }),
    );
    expect(refused.code).toBe('FORBIDDEN');
  }
  expect((await readAction()).status).toBe('OPEN');
});

test('a stale version is CONFLICT with both versions; a step out of order is CONFLICT with the state', async () => {
  const langfang = cluster.city('Langfang').officer;
  const stale = onlyError(
    await gql(langfang, REPORT_PROGRESS, { input: { correctiveActionId: actionId, expectedVersion: 7, note: 'Old' } }),
  );
  expect(stale.code).toBe('CONFLICT');
  expect(stale.extensions).toMatchObject({ yourVersion: 7, currentVersion: 1 });

  const early = onlyError(
    await gql(cluster.coordinator, VERIFY_ACTION, {
      input: { correctiveActionId: actionId, expectedVersion: 1, accepted: true, reason: 'Looks fine' },
    }),
  );
  expect(early.code).toBe('CONFLICT');
  expect(early.extensions).toMatchObject({
    currentState: 'OPEN',
    allowed: ['reportCorrectiveActionProgress', 'completeCorrectiveAction'],
  });
  expect(early.extensions.currentVersion).toBeUndefined();
  expect((await readAction()).version).toBe(1);
});

test('a fix is never verified by its owner, by an evaluator off the panel, or by one on the owner side', async () => {
  const langfang = cluster.city('Langfang');
  const created = ok(
    'creating',
    await gql(cluster.coordinator, CREATE_ACTION, {
      input: {
        evaluationId,
        ownerCityId: langfang.id,
        action: 'Share the gauge readings with downstream partners',
        dueAt: daysFromNow(20),
        idempotencyKey: 'share',
      },
    }),
  ).createCorrectiveAction;
  ok(
    'completing',
    await gql(langfang.officer, COMPLETE_ACTION, {
      input: { correctiveActionId: created.id, expectedVersion: 1, evidence: { text: 'Feed published' } },
    }),
  );
  const verify = (token: string) =>
    gql(token, VERIFY_ACTION, {
      input: { correctiveActionId: created.id, expectedVersion: 2, accepted: true, reason: 'Fine' },
    });

  const own = onlyError(await verify(langfang.officer));
  expect(own.code).toBe('FORBIDDEN');
  expect(own.message).toContain('does not verify its own fix');
  // A partner city may not even read it.
  expect(onlyError(await verify(cluster.city('Tianjin').officer)).code).toBe('NOT_FOUND');
  expect(onlyError(await verify(cluster.superior)).code).toBe('FORBIDDEN');

  // An evaluator accredited to the cluster but not on this evaluation's panel.
  const accredit = await gql(
    cluster.coordinator,
    `mutation($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }`,
    {
      input: {
        clusterId: cluster.id,
        evaluatorId: `off-panel-${cluster.id}`,
        name: 'Another Institute',
        organisation: 'Another Institute',
        kind: 'THIRD_PARTY',
      },
    },
  );
  expect(accredit.errors).toBeUndefined();
  const offPanel = await tokenFor({
    sub: `off-panel-${cluster.id}`,
    name: 'Another Institute',
    role: 'EVALUATOR',
    clusterId: cluster.id,
  });
  const notOnPanel = onlyError(await verify(offPanel));
  expect(notOnPanel.code).toBe('FORBIDDEN');
  expect(notOnPanel.message).toContain('not on the panel');

  // The panel's evaluator, once found affiliated with Langfang, is on the owner's side.
  const affiliate = await gql(
    cluster.coordinator,
    `mutation($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }`,
    {
      input: {
        clusterId: cluster.id,
        evaluatorId: cluster.evaluator.id,
        name: 'Independent Evaluation Institute',
        organisation: 'Independent Evaluation Institute',
        kind: 'THIRD_PARTY',
        affiliatedCityId: langfang.id,
      },
    },
  );
  expect(affiliate.errors).toBeUndefined();
  const sameSide = onlyError(await verify(cluster.evaluator.token));
  expect(sameSide.code).toBe('FORBIDDEN');
  expect(sameSide.message).toContain('affiliated with the owner');

  const unchanged = ok('reading', await gql(langfang.officer, ACTION, { id: created.id })).correctiveAction;
  expect(unchanged).toMatchObject({ status: 'DONE', version: 2, verifiedAt: null });
});
