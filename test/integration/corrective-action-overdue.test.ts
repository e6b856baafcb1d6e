import { graphql } from '../generated';
import { gql, onlyError } from '../support/api';
import { runUpkeepJob, testClock } from '../support/clock';
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
import { aCluster, type BuiltCluster } from '../support/world';

const RECORDS = graphql(`
  query CorrectiveOverdueRecords($clusterId: ID!, $cityId: ID!) {
    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {
      nodes {
        id
        kind
        kindLabel
        automatic
        counts
        city {
          name
        }
        evaluation {
          id
        }
        correctiveAction {
          id
          status
        }
      }
    }
    trustStanding(cityId: $cityId) {
      recordsCounted
      score
    }
  }
`);

const DAY = 86_400_000;

beforeEach(() => testClock.setTo('2026-09-01T08:00:00Z'));

async function anAction(cluster: BuiltCluster, city: string, days: number, key: string) {
  const evaluationId = await anEvaluation(cluster);
  return ok(
    'creating',
    await gql(cluster.coordinator, CREATE_ACTION, {
      input: {
        evaluationId,
        ownerCityId: cluster.city(city).id,
        action: `Rebuild the ${key} pumping station`,
        dueAt: daysFromNow(days),
        idempotencyKey: key,
      },
    }),
  ).createCorrectiveAction;
}

test('two progress reports at the same version: one is recorded, the other is CONFLICT with both versions', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const action = await anAction(cluster, 'Langfang', 30, 'north');
  const langfang = cluster.city('Langfang').officer;
  const report = (note: string, percent: number) =>
    gql(langfang, REPORT_PROGRESS, { input: { correctiveActionId: action.id, expectedVersion: 1, note, percent } });
  const answers = await Promise.all([report('Pumps ordered', 20), report('Site cleared', 30)]);
  const won = answers.filter((answer) => !answer.errors);
  const lost = answers.filter((answer) => answer.errors);
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  const refusal = onlyError(lost[0]);
  expect(refusal.code).toBe('CONFLICT');
  expect(refusal.extensions).toMatchObject({ yourVersion: 1, currentVersion: 2 });

  const stored = ok('reading', await gql(langfang, ACTION, { id: action.id, first: 10 })).correctiveAction;
  expect(stored.version).toBe(2);
  expect(stored.percent).toBe(won[0].data!.reportCorrectiveActionProgress.percent);
  expect(stored.history.nodes.map((step) => step.kind)).toEqual(['PROGRESS', 'CREATED']);
});

test('overdue is decided when read; two job runs at once record it once, and the record counts against the owner', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const late = await anAction(cluster, 'Langfang', 2, 'south');
  const onTime = await anAction(cluster, 'Langfang', 20, 'east');
  const langfang = cluster.city('Langfang');
  const before = ok(
    'standing',
    await gql(cluster.coordinator, RECORDS, { clusterId: cluster.id, cityId: langfang.id }),
  ).trustStanding;

  testClock.advance(3 * DAY);
  const overdueOnly = ok(
    'listing overdue',
    await gql(cluster.coordinator, ACTIONS, { clusterId: cluster.id, filter: { overdue: true } }),
  ).correctiveActions.nodes;
  expect(overdueOnly.map((node) => node.id)).toEqual([late.id]);
  const notOverdue = ok(
    'listing the others',
    await gql(langfang.officer, ACTIONS, { clusterId: cluster.id, filter: { overdue: false } }),
  ).correctiveActions.nodes;
  expect(notOverdue.map((node) => node.id)).toEqual([onTime.id]);

  const runs = await Promise.all([runUpkeepJob(), runUpkeepJob()]);
  expect(runs.reduce((sum, run) => sum + run.correctiveActionsRecorded, 0)).toBe(1);
  expect((await runUpkeepJob()).correctiveActionsRecorded).toBe(0);

  const { complianceRecords, trustStanding } = ok(
    'records',
    await gql(cluster.coordinator, RECORDS, { clusterId: cluster.id, cityId: langfang.id }),
  );
  const overdueRecords = complianceRecords.nodes.filter((record) => record.kind === 'CORRECTIVE_ACTION_OVERDUE');
  expect(overdueRecords).toHaveLength(1);
  expect(overdueRecords[0]).toMatchObject({
    automatic: true,
    counts: true,
    kindLabel: 'Corrective action not done by its due time',
    city: { name: 'Langfang' },
    correctiveAction: { id: late.id, status: 'OPEN' },
  });
  expect(trustStanding.recordsCounted).toBe(before.recordsCounted + 1);
  expect(trustStanding.score).toBeLessThan(before.score);

  const read = ok('reading', await gql(langfang.officer, ACTION, { id: late.id })).correctiveAction;
  // The job's mark changes nothing the owner set: the version the owner read still holds.
  expect(read).toMatchObject({ overdue: true, version: 1, overdueRecord: { id: overdueRecords[0].id } });
  const done = ok(
    'completing late',
    await gql(langfang.officer, COMPLETE_ACTION, {
      input: { correctiveActionId: late.id, expectedVersion: 1, evidence: { text: 'Station rebuilt' } },
    }),
  ).completeCorrectiveAction;
  expect(done).toMatchObject({ status: 'DONE', overdue: false, overdueRecord: { id: overdueRecords[0].id } });

  // A partner city sees neither the record nor the action behind it.
  const partner = await gql(cluster.city('Tianjin').officer, ACTION, { id: late.id });
  expect(onlyError(partner).code).toBe('NOT_FOUND');
});

test('done after its due time before the job ran: the completion records it, and the job does not record it again', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const action = await anAction(cluster, 'Tianjin', 1, 'west');
  const tianjin = cluster.city('Tianjin').officer;
  testClock.advance(DAY + 60_000);
  const done = ok(
    'completing a minute late',
    await gql(tianjin, COMPLETE_ACTION, {
      input: { correctiveActionId: action.id, expectedVersion: 1, evidence: { text: 'Station rebuilt' } },
    }),
  ).completeCorrectiveAction;
  expect(done.overdueRecord?.kind).toBe('CORRECTIVE_ACTION_OVERDUE');
  expect((await runUpkeepJob()).correctiveActionsRecorded).toBe(0);

  // Sent back after its due time, it is overdue again; the record already written stays the only one.
  const refused = ok(
    'refusing',
    await gql(cluster.coordinator, VERIFY_ACTION, {
      input: { correctiveActionId: action.id, expectedVersion: 2, accepted: false, reason: 'Pumps not yet tested' },
    }),
  ).verifyCorrectiveAction;
  expect(refused).toMatchObject({ status: 'IN_PROGRESS', overdue: true });
  expect((await runUpkeepJob()).correctiveActionsRecorded).toBe(0);
  const records = ok(
    'records',
    await gql(cluster.coordinator, RECORDS, { clusterId: cluster.id, cityId: cluster.city('Tianjin').id }),
  ).complianceRecords.nodes.filter((record) => record.kind === 'CORRECTIVE_ACTION_OVERDUE');
  expect(records).toHaveLength(1);
});

test('a completion racing the job: the action is on record as overdue exactly once', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const actions = await Promise.all(
    ['a', 'b', 'c', 'd'].map(async (key) => (await anAction(cluster, 'Langfang', 1, key)).id),
  );
  const langfang = cluster.city('Langfang').officer;
  testClock.advance(DAY + 1);
  await Promise.all([
    runUpkeepJob(),
    ...actions.map((id) =>
      gql(langfang, COMPLETE_ACTION, {
        input: { correctiveActionId: id, expectedVersion: 1, evidence: { text: 'Done' } },
      }),
    ),
    runUpkeepJob(),
  ]);
  for (const id of actions) {
    const action = ok('reading', await gql(langfang, ACTION, { id })).correctiveAction;
    expect(action).toMatchObject({ status: 'DONE', overdueRecord: { kind: 'CORRECTIVE_ACTION_OVERDUE' } });
  }
  const records = ok(
    'records',
    await gql(cluster.coordinator, RECORDS, { clusterId: cluster.id, cityId: cluster.city('Langfang').id }),
  ).complianceRecords.nodes.filter((record) => record.kind === 'CORRECTIVE_ACTION_OVERDUE');
  expect(records.map((record) => record.correctiveAction?.id).sort()).toEqual([...actions].sort());
});
