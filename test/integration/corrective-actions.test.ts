import { graphql } from '../generated';
import { gql, onlyError } from '../support/api';
import { testClock } from '../support/clock';
import {
  ACTION,
  ACTIONS,
  COMPLETE_ACTION,
  CREATE_ACTION,
  REPORT_PROGRESS,
  VERIFY_ACTION,
  anEvaluation,
  daysFromNow,
  ok,
} from '../support/corrective';
import { aCluster } from '../support/world';

const AUDIT = graphql(`
  query CorrectiveAudit($clusterId: ID!, $targetId: ID!) {
    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }, first: 20) {
      nodes {
        action
        actorName
        versionBefore
        versionAfter
        changes
      }
    }
  }
`);

beforeAll(() => testClock.setTo('2026-09-01T08:00:00Z'));

test('a city fixes what an evaluation found: set, in progress, done, refused, done again, verified by the panel', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const langfang = cluster.city('Langfang');
  const evaluationId = await anEvaluation(cluster);
  const dueAt = daysFromNow(30);

  const created = ok(
    'creating',
    await gql(cluster.coordinator, CREATE_ACTION, {
      input: {
        evaluationId,
        ownerCityId: langfang.id,
        action: 'Install a second water-level gauge upstream of the Yongding sluice',
        recommendation: 'Install a second water-level gauge upstream.',
        dueAt,
        idempotencyKey: 'gauge-1',
      },
    }),
  ).createCorrectiveAction;
  expect(created).toMatchObject({
    status: 'OPEN',
    version: 1,
    dueAt: new Date(dueAt).toISOString(),
    overdue: false,
    ownerCity: { id: langfang.id, name: 'Langfang' },
    aboutCoordinationOffice: false,
    evaluation: { id: evaluationId },
  });

  const progressed = ok(
    'reporting progress',
    await gql(langfang.officer, REPORT_PROGRESS, {
      input: { correctiveActionId: created.id, expectedVersion: 1, note: 'Gauge ordered', percent: 40 },
    }),
  ).reportCorrectiveActionProgress;
  expect(progressed).toMatchObject({ status: 'IN_PROGRESS', version: 2, percent: 40 });

  testClock.advance(86_400_000);
  const done = ok(
    'completing',
    await gql(langfang.officer, COMPLETE_ACTION, {
      input: {
        correctiveActionId: created.id,
        expectedVersion: 2,
        evidence: { text: 'Gauge installed and calibrated', links: ['https://example.org/gauge.pdf'] },
      },
    }),
  ).completeCorrectiveAction;
  expect(done).toMatchObject({
    status: 'DONE',
    version: 3,
    evidence: { text: 'Gauge installed and calibrated', links: ['https://example.org/gauge.pdf'] },
    completedAt: testClock.now(),
    overdueRecord: null,
  });

  const refused = ok(
    'refusing the verification',
    await gql(cluster.coordinator, VERIFY_ACTION, {
      input: {
        correctiveActionId: created.id,
        expectedVersion: 3,
        accepted: false,
        reason: 'The gauge does not report to the duty office yet.',
      },
    }),
  ).verifyCorrectiveAction;
  expect(refused).toMatchObject({
    status: 'IN_PROGRESS',
    version: 4,
    lastRejection: { reason: 'The gauge does not report to the duty office yet.' },
  });

  ok(
    'completing again',
    await gql(langfang.officer, COMPLETE_ACTION, {
      input: {
        correctiveActionId: created.id,
        expectedVersion: 4,
        evidence: { text: 'Gauge now reports every 5 min' },
      },
    }),
  );
  const verified = ok(
    'verifying by the panel',
    await gql(cluster.evaluator.token, VERIFY_ACTION, {
      input: {
        correctiveActionId: created.id,
        expectedVersion: 5,
        accepted: true,
        reason: 'Readings checked on site.',
      },
    }),
  ).verifyCorrectiveAction;
  expect(verified).toMatchObject({
    status: 'VERIFIED',
    version: 6,
    verifiedAt: testClock.now(),
    verifiedByName: 'Independent Evaluation Institute',
    overdue: false,
  });

  // The history keeps every step, newest first, each with the version it produced.
  const history = ok('reading', await gql(langfang.officer, ACTION, { id: created.id, first: 10 })).correctiveAction
    .history.nodes;
  expect(history.map((step) => [step.kind, step.status, step.version])).toEqual([
    ['VERIFIED', 'VERIFIED', 6],
    ['COMPLETED', 'DONE', 5],
    ['VERIFICATION_FAILED', 'IN_PROGRESS', 4],
    ['COMPLETED', 'DONE', 3],
    ['PROGRESS', 'IN_PROGRESS', 2],
    ['CREATED', 'OPEN', 1],
  ]);
  expect(history[2]).toMatchObject({
    note: 'The gauge does not report to the duty office yet.',
    byRole: 'COORDINATOR',
  });
  expect(history[4]).toMatchObject({ note: 'Gauge ordered', percent: 40, byRole: 'CITY' });
  expect(history[3].evidence).toEqual({ text: 'Gauge installed and calibrated' });

  // Paged: the two newest, then the rest from the cursor.
  const firstPage = ok('paging', await gql(langfang.officer, ACTION, { id: created.id, first: 2 })).correctiveAction
    .history;
  expect(firstPage.nodes.map((step) => step.version)).toEqual([6, 5]);
  expect(firstPage.pageInfo.hasNextPage).toBe(true);

  // Every step is audited, with the versions it moved between (steps at one instant are ordered by version here).
  const audit = ok('auditing', await gql(cluster.coordinator, AUDIT, { clusterId: cluster.id, targetId: created.id }))
    .auditLog.nodes;
  expect(
    audit
      .map((event) => [event.action, event.versionBefore ?? null, event.versionAfter])
      .sort((a, b) => Number(a[2]) - Number(b[2])),
  ).toEqual([
    ['CORRECTIVE_ACTION_CREATED', null, 1],
    ['CORRECTIVE_ACTION_PROGRESS_REPORTED', 1, 2],
    ['CORRECTIVE_ACTION_COMPLETED', 2, 3],
    ['CORRECTIVE_ACTION_VERIFICATION_FAILED', 3, 4],
    ['CORRECTIVE_ACTION_COMPLETED', 4, 5],
    ['CORRECTIVE_ACTION_VERIFIED', 5, 6],
  ]);
});

test('creating with the same idempotency key returns the first action; the same key for another action is CONFLICT', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const evaluationId = await anEvaluation(cluster);
  const input = {
    evaluationId,
    ownerCityId: cluster.city('Tianjin').id,
    action: 'Train the duty officers on the new warning chain',
    dueAt: daysFromNow(60),
    idempotencyKey: 'training-2026',
  };
  const [first, second, third] = await Promise.all([
    gql(cluster.coordinator, CREATE_ACTION, { input }),
    gql(cluster.coordinator, CREATE_ACTION, { input }),
    gql(cluster.coordinator, CREATE_ACTION, { input }),
  ]);
  const id = ok('first', first).createCorrectiveAction.id;
  expect(ok('second', second).createCorrectiveAction.id).toBe(id);
  expect(ok('third', third).createCorrectiveAction.id).toBe(id);
  const later = ok('retry', await gql(cluster.coordinator, CREATE_ACTION, { input })).createCorrectiveAction;
  expect(later.id).toBe(id);

  const reused = onlyError(
    await gql(cluster.coordinator, CREATE_ACTION, { input: { ...input, action: 'Something else entirely' } }),
  );
  expect(reused.code).toBe('CONFLICT');
  expect(reused.extensions.idempotencyKey).toBe('training-2026');

  // One action exists, whatever was retried.
  const listed = ok('listing', await gql(cluster.coordinator, ACTIONS, { clusterId: cluster.id })).correctiveActions;
  expect(listed.nodes.map((node) => node.id)).toEqual([id]);
});

test("the office's own action is set and verified by the superior level, and carried out by the office", async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const evaluationId = await anEvaluation(cluster);
  const input = {
    evaluationId,
    aboutCoordinationOffice: true,
    action: 'Publish the duty roster of the coordination desk every week',
    dueAt: daysFromNow(14),
    idempotencyKey: 'roster',
  };
  const denied = onlyError(await gql(cluster.coordinator, CREATE_ACTION, { input }));
  expect(denied.code).toBe('FORBIDDEN');
  expect(denied.message).toContain('superior level');

  const created = ok('creating', await gql(cluster.superior, CREATE_ACTION, { input })).createCorrectiveAction;
  expect(created).toMatchObject({ aboutCoordinationOffice: true, ownerCity: null, status: 'OPEN' });

  ok(
    'completing',
    await gql(cluster.coordinator, COMPLETE_ACTION, {
      input: {
        correctiveActionId: created.id,
        expectedVersion: 1,
        evidence: { text: 'Roster published on the portal' },
      },
    }),
  );
  const ownVerification = onlyError(
    await gql(cluster.coordinator, VERIFY_ACTION, {
      input: { correctiveActionId: created.id, expectedVersion: 2, accepted: true, reason: 'Done' },
    }),
  );
  expect(ownVerification.code).toBe('FORBIDDEN');
  expect(ownVerification.message).toContain('does not verify its own');

  const verified = ok(
    'verifying',
    await gql(cluster.superior, VERIFY_ACTION, {
      input: { correctiveActionId: created.id, expectedVersion: 2, accepted: true, reason: 'Roster checked' },
    }),
  ).verifyCorrectiveAction;
  expect(verified).toMatchObject({ status: 'VERIFIED', version: 3 });

  // A city does not see the office's own actions.
  const hidden = onlyError(await gql(cluster.city('Langfang').officer, ACTION, { id: created.id }));
  expect(hidden.code).toBe('NOT_FOUND');
});

test('a city lists its own actions; the office, the superior and the evaluators list all; paging goes on by cursor', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const evaluationId = await anEvaluation(cluster);
  const create = (city: string, days: number, key: string) =>
    gql(cluster.coordinator, CREATE_ACTION, {
      input: {
        evaluationId,
        ownerCityId: cluster.city(city).id,
        action: `Fix for ${city} (${key})`,
        dueAt: daysFromNow(days),
        idempotencyKey: key,
      },
    });
  ok('a', await create('Langfang', 10, 'a'));
  ok('b', await create('Tianjin', 20, 'b'));
  ok('c', await create('Langfang', 30, 'c'));

  const names = async (token: string, filter?: { ownerCityId?: string }) =>
    ok('listing', await gql(token, ACTIONS, { clusterId: cluster.id, filter })).correctiveActions.nodes.map(
      (node) => node.ownerCity?.name,
    );
  expect(await names(cluster.coordinator)).toEqual(['Langfang', 'Tianjin', 'Langfang']);
  expect(await names(cluster.superior)).toEqual(['Langfang', 'Tianjin', 'Langfang']);
  expect(await names(cluster.evaluator.token)).toEqual(['Langfang', 'Tianjin', 'Langfang']);
  expect(await names(cluster.city('Langfang').officer)).toEqual(['Langfang', 'Langfang']);
  expect(await names(cluster.coordinator, { ownerCityId: cluster.city('Tianjin').id })).toEqual(['Tianjin']);

  const partner = onlyError(
    await gql(cluster.city('Langfang').officer, ACTIONS, {
      clusterId: cluster.id,
      filter: { ownerCityId: cluster.city('Tianjin').id },
    }),
  );
  expect(partner.code).toBe('FORBIDDEN');

  const pageOne = ok(
    'page one',
    await gql(cluster.coordinator, ACTIONS, { clusterId: cluster.id, first: 2 }),
  ).correctiveActions;
  expect(pageOne.nodes).toHaveLength(2);
  expect(pageOne.pageInfo.hasNextPage).toBe(true);
  const pageTwo = ok(
    'page two',
    await gql(cluster.coordinator, ACTIONS, { clusterId: cluster.id, first: 2, after: pageOne.pageInfo.endCursor }),
  ).correctiveActions;
  expect(pageTwo.nodes).toHaveLength(1);
  expect(pageTwo.pageInfo.hasNextPage).toBe(false);
  expect(new Set([...pageOne.nodes, ...pageTwo.nodes].map((node) => node.id)).size).toBe(3);
});
