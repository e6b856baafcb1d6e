import { explainStanding, type TrustEvidence } from '../../src/domain/trust/standing';
import { ComplianceRecordEntity } from '../../src/store/entities';
import { graphql } from '../generated';
import { gql } from '../support/api';
import { runUpkeepJob, testClock } from '../support/clock';
import { COMPLETE_ACTION, CREATE_ACTION, anEvaluation, daysFromNow, ok } from '../support/corrective';
import { evidenceBySubject } from '../support/trust-evidence';
import { aCluster, type BuiltCluster } from '../support/world';

// The owner's standing is read from its kept trust tally. Each write of or change to a CORRECTIVE_ACTION_OVERDUE record
// (the overdue job's mark, a late completion, a dispute upheld or overturned) must leave the standing equal to what the
// records stored in the table say, computed by the standing's own pure function.
afterAll(() => testClock.reset());

const DAY = 86_400_000;
const RELATIVE = 1e-9;

const STANDING = graphql(`
  query CorrectiveOverdueTallyStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      uncertainty
      positiveEvidence
      negativeEvidence
      recordsCounted
      trend {
        month
        score
      }
    }
  }
`);
const HALF_LIFE = graphql(`
  query CorrectiveOverdueTallyHalfLife($id: ID!) {
    cluster(id: $id) {
      trustSettings {
        trustHalfLifeDays
      }
    }
  }
`);
const DISPUTE = graphql(`
  mutation CorrectiveOverdueTallyDispute($input: DisputeComplianceRecordInput!) {
    disputeComplianceRecord(input: $input) {
      version
    }
  }
`);
const RESOLVE = graphql(`
  mutation CorrectiveOverdueTallyResolve($input: ResolveComplianceDisputeInput!) {
    resolveComplianceDispute(input: $input) {
      counts
    }
  }
`);

/** The owner's records as stored, as evidence: read from the table, not through any tally. */
async function evidenceOf(cluster: BuiltCluster, subjectKey: string): Promise<TrustEvidence[]> {
  return (await evidenceBySubject(cluster.id)).get(subjectKey) ?? [];
}

async function overdueRecords(cluster: BuiltCluster, cityId: string) {
  const { data } = await ComplianceRecordEntity.query.byCluster({ clusterId: cluster.id }).go({ pages: 'all' });
  return data
    .filter((record) => record.subjectKey === cityId && record.kind === 'CORRECTIVE_ACTION_OVERDUE')
    .sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
}

function near(actual: number, expected: number, what: string): void {
  if (Math.abs(actual - expected) > RELATIVE * Math.max(1, Math.abs(expected)))
    throw new Error(`${what}: the tally gives ${actual}, the records ${expected}`);
}

async function expectStandingEqualsRecords(cluster: BuiltCluster, cityId: string) {
  const shown = ok('standing', await gql(cluster.coordinator, STANDING, { cityId })).trustStanding;
  const { trustHalfLifeDays } = ok('settings', await gql(cluster.coordinator, HALF_LIFE, { id: cluster.id })).cluster
    .trustSettings;
  const expected = explainStanding(await evidenceOf(cluster, cityId), testClock.now(), {
    halfLifeDays: trustHalfLifeDays,
  });
  near(shown.score, expected.standing.score, 'score');
  near(shown.uncertainty, expected.standing.uncertainty, 'uncertainty');
  near(shown.positiveEvidence, expected.standing.positive, 'positive evidence');
  near(shown.negativeEvidence, expected.standing.negative, 'negative evidence');
  expect(shown.recordsCounted).toBe(expected.standing.recordsCounted);
  expect(shown.trend.map((point) => point.month)).toEqual(expected.trend.map((point) => point.month));
  shown.trend.forEach((point, i) => near(point.score, expected.trend[i].score, `trend ${point.month}`));
  return shown;
}

test('an overdue corrective action moves its owner’s kept standing exactly as its record counts, through job, late completion, dispute and overturn', async () => {
  testClock.setTo('2026-09-01T08:00:00Z');
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const langfang = cluster.city('Langfang');
  const evaluationId = await anEvaluation(cluster);
  const create = async (key: string) =>
    ok(
      'creating',
      await gql(cluster.coordinator, CREATE_ACTION, {
        input: {
          evaluationId,
          ownerCityId: langfang.id,
          action: `Rebuild the ${key} pumping station`,
          dueAt: daysFromNow(2),
          idempotencyKey: key,
        },
      }),
    ).createCorrectiveAction.id;
  await create('north');
  const completedLate = await create('south');

  // Read once first, so the cluster's tallies exist and every later record must move them on write.
  const before = await expectStandingEqualsRecords(cluster, langfang.id);

  testClock.advance(3 * DAY);
  ok(
    'completing late',
    await gql(langfang.officer, COMPLETE_ACTION, {
      input: { correctiveActionId: completedLate, expectedVersion: 1, evidence: { text: 'Station rebuilt' } },
    }),
  );
  expect((await overdueRecords(cluster, langfang.id)).length).toBe(1);
  const afterCompletion = await expectStandingEqualsRecords(cluster, langfang.id);
  expect(afterCompletion.recordsCounted).toBe(before.recordsCounted + 1);
  expect(afterCompletion.negativeEvidence).toBeGreaterThan(before.negativeEvidence);

  expect((await runUpkeepJob()).correctiveActionsRecorded).toBe(1);
  const records = await overdueRecords(cluster, langfang.id);
  expect(records).toHaveLength(2);
  const afterJob = await expectStandingEqualsRecords(cluster, langfang.id);
  expect(afterJob.recordsCounted).toBe(before.recordsCounted + 2);
  expect(afterJob.score).toBeLessThan(before.score);

  // Disputed and overturned: it stops counting, in the tally as in the records. The other one is upheld.
  for (const [record, resolution] of [
    [records[0], 'OVERTURNED'],
    [records[1], 'UPHELD'],
  ] as const) {
    const disputed = ok(
      'disputing',
      await gql(langfang.officer, DISPUTE, {
        input: { recordId: record.recordId, expectedVersion: record.version ?? 1, statement: 'The pumps came late.' },
      }),
    ).disputeComplianceRecord;
    const resolved = ok(
      'resolving',
      await gql(cluster.coordinator, RESOLVE, {
        input: {
          recordId: record.recordId,
          expectedVersion: disputed.version,
          resolution,
          reasons: 'Reviewed by the office.',
        },
      }),
    ).resolveComplianceDispute;
    expect(resolved.counts).toBe(resolution === 'UPHELD');
    await expectStandingEqualsRecords(cluster, langfang.id);
  }
  const settled = await expectStandingEqualsRecords(cluster, langfang.id);
  expect(settled.recordsCounted).toBe(before.recordsCounted + 1);

  // A month on, the decayed standing and its trend still agree with the records.
  testClock.advance(35 * DAY);
  await expectStandingEqualsRecords(cluster, langfang.id);
});
