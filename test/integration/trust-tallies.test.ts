import fc from 'fast-check';
import { explainStanding, rankStandings } from '../../src/domain/trust/standing';
import { ComplianceRecordEntity } from '../../src/store/entities';
import { gql } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { CONFIRM, FULFIL, OBLIGATIONS, REPORT, WAIVE } from '../support/operations';
import { evidenceBySubject } from '../support/trust-evidence';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

// Each run has its own cluster with the demo's accident responsibility list in force: a level III accident gives the
// origin a 1-hour report and a 2-hour on-site command, each affected city a 2-hour warning, the office a 6-hour
// bulletin. Random writes go through the handler; after each, every standing, trend and the ranking must equal what
// the records say (computed by the standing's own pure function from the records read back from the table).
afterAll(() => testClock.reset());

const CITIES = ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'];
const DAY_MS = 86_400_000;
const RELATIVE = 1e-9;

const RECORD = graphql(`
  mutation TrustTalliesRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const DISPUTE = graphql(`
  mutation TrustTalliesDispute($input: DisputeComplianceRecordInput!) {
    disputeComplianceRecord(input: $input) {
      version
    }
  }
`);
const RESOLVE = graphql(`
  mutation TrustTalliesResolve($input: ResolveComplianceDisputeInput!) {
    resolveComplianceDispute(input: $input) {
      counts
    }
  }
`);
const SETTINGS = graphql(`
  mutation TrustTalliesSettings($input: SetTrustSettingsInput!) {
    setTrustSettings(input: $input) {
      version
    }
  }
`);
const CLUSTER = graphql(`
  query TrustTalliesCluster($id: ID!) {
    cluster(id: $id) {
      version
      trustSettings {
        trustHalfLifeDays
        minimumEvidenceToRank
      }
    }
  }
`);
const STANDING = graphql(`
  query TrustTalliesStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      uncertainty
      lowerBound
      positiveEvidence
      negativeEvidence
      recordsCounted
      trend {
        month
        score
        uncertainty
      }
      change
      direction
    }
  }
`);
const OFFICE = graphql(`
  query TrustTalliesOffice($clusterId: ID!) {
    officeTrustStanding(clusterId: $clusterId) {
      score
      uncertainty
      lowerBound
      positiveEvidence
      negativeEvidence
      recordsCounted
      trend {
        month
        score
        uncertainty
      }
      change
      direction
    }
  }
`);
const RANKING = graphql(`
  query TrustTalliesRanking($clusterId: ID!) {
    clusterTrust(clusterId: $clusterId) {
      members {
        rank
        ranked
        standing {
          city {
            id
          }
          score
          lowerBound
          recordsCounted
        }
      }
      coordinationOffice {
        score
      }
    }
  }
`);

type Action =
  | { kind: 'confirm'; origin: number; affected: number[] }
  | { kind: 'advance'; hours: number }
  | { kind: 'job' }
  | { kind: 'fulfil'; pick: number; overdue: boolean }
  | { kind: 'waive'; pick: number }
  | { kind: 'record'; city: number; breach: number; severity: number; daysAgo: number }
  | { kind: 'dispute'; pick: number; overturn: boolean }
  | { kind: 'halfLife'; days: number };

const BREACHES = ['SLOW_RESPONSE', 'NON_COOPERATION', 'INCOMPLETE_REPORT', 'REFUSED_JOINT_ACTION'] as const;
const SEVERITIES = ['MINOR', 'MODERATE', 'SERIOUS', 'CRITICAL'] as const;

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('confirm' as const),
    origin: fc.nat(4),
    affected: fc.uniqueArray(fc.nat(4), { maxLength: 3 }),
  }),
  // Hours (a duty falling due) up to two months (decay, the trend's months).
  fc.record({
    kind: fc.constant('advance' as const),
    hours: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 24, max: 1500 })),
  }),
  fc.constant({ kind: 'job' as const }),
  // Often one the overdue job recorded as late: its late fulfilment replaces that record.
  fc.record({ kind: fc.constant('fulfil' as const), pick: fc.nat(), overdue: fc.boolean() }),
  fc.record({ kind: fc.constant('waive' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('record' as const),
    city: fc.nat(4),
    breach: fc.nat(BREACHES.length - 1),
    severity: fc.nat(3),
    daysAgo: fc.nat(400),
  }),
  fc.record({ kind: fc.constant('dispute' as const), pick: fc.nat(), overturn: fc.boolean() }),
  fc.record({ kind: fc.constant('halfLife' as const), days: fc.integer({ min: 30, max: 3650 }) }),
);

function near(actual: number, expected: number, what: string): void {
  if (Math.abs(actual - expected) > RELATIVE * Math.max(1, Math.abs(expected)))
    throw new Error(`${what}: the tally gives ${actual}, the records ${expected}`);
}

type ShownStanding = NonNullable<Awaited<ReturnType<typeof readStanding>>>;
async function readStanding(world: BuiltCluster, cityId: string | null) {
  if (cityId) {
    const response = await gql(world.coordinator, STANDING, { cityId });
    expect(response.errors).toBeUndefined();
    return response.data!.trustStanding;
  }
  const response = await gql(world.coordinator, OFFICE, { clusterId: world.id });
  expect(response.errors).toBeUndefined();
  return response.data!.officeTrustStanding;
}

/** Every standing, trend and the ranking, as the API answers them, against the records. */
async function expectTalliesEqualRecords(world: BuiltCluster): Promise<void> {
  const settings = (await gql(world.coordinator, CLUSTER, { id: world.id })).data!.cluster.trustSettings;
  const evidence = await evidenceBySubject(world.id);
  const now = testClock.now();
  const officeKey = `COORDINATION_OFFICE#${world.id}`;
  const subjects = [...world.cityIds().map((cityId) => ({ cityId, key: cityId })), { cityId: null, key: officeKey }];
  const expected = new Map<string, ReturnType<typeof explainStanding>>();
  for (const { cityId, key } of subjects) {
    const explained = explainStanding(evidence.get(key) ?? [], now, { halfLifeDays: settings.trustHalfLifeDays });
    expected.set(key, explained);
    const shown: ShownStanding = await readStanding(world, cityId);
    const who = cityId ?? 'the office';
    near(shown.score, explained.standing.score, `${who} score`);
    near(shown.uncertainty, explained.standing.uncertainty, `${who} uncertainty`);
    near(shown.lowerBound, explained.standing.lowerBound, `${who} lower bound`);
    near(shown.positiveEvidence, explained.standing.positive, `${who} positive evidence`);
    near(shown.negativeEvidence, explained.standing.negative, `${who} negative evidence`);
    expect(shown.recordsCounted).toBe(explained.standing.recordsCounted);
    expect(shown.trend.map((point) => point.month)).toEqual(explained.trend.map((point) => point.month));
    shown.trend.forEach((point, i) => {
      near(point.score, explained.trend[i].score, `${who} trend ${point.month} score`);
      near(point.uncertainty, explained.trend[i].uncertainty, `${who} trend ${point.month} uncertainty`);
    });
    near(shown.change, explained.change, `${who} change`);
    if (Math.abs(Math.abs(explained.change) - 0.02) > 1e-9) expect(shown.direction).toBe(explained.direction);
  }
  const ranking = (await gql(world.coordinator, RANKING, { clusterId: world.id })).data!.clusterTrust;
  const ranked = rankStandings(
    world.cities.map((city) => ({
      subject: city.id,
      id: city.id,
      name: city.name,
      standing: expected.get(city.id)!.standing,
    })),
    settings.minimumEvidenceToRank,
  );
  expect(ranking.members.map((member) => [member.standing.city?.id, member.rank, member.ranked])).toEqual(
    ranked.map((row) => [row.subject, row.rank, row.ranked]),
  );
  ranking.members.forEach((member, i) =>
    near(member.standing.lowerBound, ranked[i].standing.lowerBound, `${ranked[i].subject} ranked lower bound`),
  );
  near(ranking.coordinationOffice.score, expected.get(officeKey)!.standing.score, 'the office in the ranking');
}

type ObligationRow = { id: string; status: string; version: number; city: { id: string } | null };

async function openObligations(world: BuiltCluster): Promise<ObligationRow[]> {
  const response = await gql(world.coordinator, OBLIGATIONS, { clusterId: world.id, first: 100 });
  return response.data!.obligations.nodes.filter((row) => row.status === 'OPEN' || row.status === 'OVERDUE');
}

async function recordIds(world: BuiltCluster): Promise<Array<{ recordId: string; cityId?: string; version: number }>> {
  const { data } = await ComplianceRecordEntity.query.byCluster({ clusterId: world.id }).go({ pages: 'all' });
  return data
    .filter((record) => record.status === 'STANDING' || record.status === undefined)
    .map((record) => ({ recordId: record.recordId, cityId: record.cityId, version: record.version ?? 1 }))
    .sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
}

async function apply(world: BuiltCluster, step: Action): Promise<void> {
  const now = testClock.now();
  const officer = (cityId: string | undefined) =>
    cityId ? world.cities.find((city) => city.id === cityId)!.officer : world.coordinator;
  switch (step.kind) {
    case 'confirm': {
      const origin = world.city(CITIES[step.origin]);
      const reported = await gql(origin.officer, REPORT, {
        input: {
          clusterId: world.id,
          category: 'ACCIDENT',
          level: 'III',
          warning: 'ORANGE',
          originCityId: origin.id,
          affectedCityIds: step.affected.filter((i) => i !== step.origin).map((i) => world.city(CITIES[i]).id),
          location: { description: 'Industrial park' },
          description: 'Chemical tank leak',
          observedAt: hoursFrom(now, -1),
        },
      });
      expect(reported.errors).toBeUndefined();
      await gql(world.coordinator, CONFIRM, { input: { eventId: reported.data!.reportRiskEvent.id } });
      return;
    }
    case 'advance':
      testClock.advance(step.hours * 3_600_000);
      return;
    case 'job':
      await runUpkeepJob();
      return;
    case 'fulfil':
    case 'waive': {
      const all = await openObligations(world);
      const overdue = all.filter((row) => row.status === 'OVERDUE');
      const open = step.kind === 'fulfil' && step.overdue && overdue.length > 0 ? overdue : all;
      if (open.length === 0) return;
      const obligation = open[step.pick % open.length];
      if (step.kind === 'fulfil')
        await gql(officer(obligation.city?.id), FULFIL, {
          input: { obligationId: obligation.id, expectedVersion: obligation.version, evidence: { text: 'Done.' } },
        });
      else
        await gql(world.coordinator, WAIVE, {
          input: {
            obligationId: obligation.id,
            expectedVersion: obligation.version,
            reason: 'Released by the office.',
          },
        });
      return;
    }
    case 'record': {
      const response = await gql(world.coordinator, RECORD, {
        input: {
          clusterId: world.id,
          cityId: world.city(CITIES[step.city]).id,
          kind: BREACHES[step.breach],
          severity: SEVERITIES[step.severity],
          note: 'Recorded by the office.',
          evidence: { text: 'Minutes of the meeting.' },
          at: new Date(Date.parse(now) - step.daysAgo * DAY_MS).toISOString(),
          agreementId: world.agreement('agr-jjj-accidents'),
        },
      });
      expect(response.errors).toBeUndefined();
      return;
    }
    case 'dispute': {
      const records = (await recordIds(world)).filter((record) => record.cityId);
      if (records.length === 0) return;
      const record = records[step.pick % records.length];
      const disputed = await gql(officer(record.cityId), DISPUTE, {
        input: { recordId: record.recordId, expectedVersion: record.version, statement: 'We did what was asked.' },
      });
      // Outside its dispute window: nothing changes, which the check after the step confirms as well.
      if (disputed.errors) return;
      const resolved = await gql(world.coordinator, RESOLVE, {
        input: {
          recordId: record.recordId,
          expectedVersion: disputed.data!.disputeComplianceRecord.version,
          resolution: step.overturn ? 'OVERTURNED' : 'UPHELD',
          reasons: 'Reviewed by the office.',
        },
      });
      expect(resolved.errors).toBeUndefined();
      return;
    }
    case 'halfLife': {
      const version = (await gql(world.coordinator, CLUSTER, { id: world.id })).data!.cluster.version;
      const changed = await gql(world.coordinator, SETTINGS, {
        input: { clusterId: world.id, expectedVersion: version, trustHalfLifeDays: step.days },
      });
      expect(changed.errors).toBeUndefined();
      return;
    }
  }
}

describe('trust tallies kept on write', () => {
  it('equal the standings, trends and ranking recomputed from the records after random writes, disputes, months and half-life changes', async () => {
    const runs = Number(process.env.TRUST_TALLY_RUNS ?? 8);
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 8, maxLength: 18 }), async (steps) => {
        testClock.setTo('2026-02-10T08:00:00.000Z');
        const world = await aCluster({ cities: CITIES, agreements: ['agr-jjj-accidents'] }).build();
        // Four more duties for every affected city, so one accident's outcomes can pass the event cap.
        const drills = new AgreementBuilder().with({
          clusterId: world.id,
          title: 'Accident mutual aid (test)',
          partyCityIds: world.cityIds(),
          categories: ['ACCIDENT'],
        });
        for (let hour = 1; hour <= 4; hour += 1)
          drills.duty('AFFECTED', hour % 2 ? 'SHARE_INFORMATION' : 'JOINT_RESPONSE', `PT${hour}H`);
        await agreementInForce(world.coordinator, drills.build());
        // Obligations to work with from the start: an accident with every city affected.
        await apply(world, { kind: 'confirm', origin: 0, affected: [1, 2, 3] });
        for (const step of steps) {
          await apply(world, step);
          try {
            await expectTalliesEqualRecords(world);
          } catch (error) {
            throw new Error(`after ${JSON.stringify(step)}: ${(error as Error).message}`);
          }
        }
      }),
      {
        numRuns: runs,
        endOnFailure: true,
        ...(process.env.TRUST_TALLY_SEED ? { seed: Number(process.env.TRUST_TALLY_SEED) } : {}),
      },
    );
  }, 600_000);
});
