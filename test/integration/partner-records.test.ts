import { demoToken, gql, onlyError } from '../support/api';
import { officerOf } from '../support/builders';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';
import type { RecordComplianceInput } from '../generated/graphql';

beforeAll(freshTableWithDemoData);

const RECORD = graphql(`
  mutation PartnerRecordsRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
      status
      counts
      version
    }
  }
`);
const DISPUTE = graphql(`
  mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) {
    disputeComplianceRecord(input: $input) {
      status
      version
    }
  }
`);
const RESOLVE = graphql(`
  mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) {
    resolveComplianceDispute(input: $input) {
      status
      counts
    }
  }
`);
const STANDING = graphql(`
  query PartnerRecordsStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      recordsCounted
    }
  }
`);

// Tianjin, Beijing and Langfang are all parties to the seeded accidents agreement: partners there.
const breach = (fields: Partial<RecordComplianceInput> = {}): RecordComplianceInput => ({
  clusterId: 'cluster-jjj',
  cityId: 'city-langfang',
  agreementId: 'agr-jjj-accidents',
  kind: 'REFUSED_JOINT_ACTION',
  severity: 'CRITICAL',
  note: 'Refused to send the agreed rescue team to the warehouse fire.',
  evidence: { text: 'Duty log 2026-11-02' },
  ...fields,
});
const counted = async () =>
  (await gql(await demoToken('demo-coordinator-jjj'), STANDING, { cityId: 'city-langfang' })).data?.trustStanding
    .recordsCounted as number;

test('five identical breaches recorded at once by one partner: exactly one lands and counts', async () => {
  const tianjin = await demoToken('demo-city-tianjin');
  const before = await counted();
  const results = await Promise.all(Array.from({ length: 5 }, () => gql(tianjin, RECORD, { input: breach() })));
  const landed = results.filter((result) => !result.errors);
  expect(landed).toHaveLength(1);
  const standingId = landed[0].data?.recordCompliance.id;
  for (const refused of results.filter((result) => result.errors)) {
    expect(onlyError(refused)).toMatchObject({
      code: 'CONFLICT',
      message: `Tianjin already recorded "Refused to take part in joint action" about Langfang for the same agreement (record ${standingId}). The same breach counts once; it can be recorded again only if a dispute overturns that record.`,
      extensions: { existingRecordId: standingId },
    });
  }
  expect(await counted()).toBe(before + 1);

  // One after another is refused the same way.
  expect(onlyError(await gql(tianjin, RECORD, { input: breach({ severity: 'SERIOUS', note: 'Again.' }) })).code).toBe(
    'CONFLICT',
  );
});

test('another partner or another kind is another record', async () => {
  const tianjin = await demoToken('demo-city-tianjin');
  const beijing = await officerOf('city-beijing', 'cluster-jjj');
  const before = await counted();
  expect((await gql(beijing, RECORD, { input: breach() })).errors).toBeUndefined();
  expect((await gql(tianjin, RECORD, { input: breach({ kind: 'SLOW_RESPONSE' }) })).errors).toBeUndefined();
  expect(await counted()).toBe(before + 2);
});

test('a retry with the same idempotency key is answered with the record, not refused', async () => {
  const tangshan = await officerOf('city-tangshan', 'cluster-jjj');
  const first = await gql(tangshan, RECORD, { input: breach({ idempotencyKey: 'ts-refusal' }) });
  const again = await gql(tangshan, RECORD, { input: breach({ idempotencyKey: 'ts-refusal' }) });
  expect(again.data?.recordCompliance.id).toBe(first.data?.recordCompliance.id);
});

test('once a dispute overturns the record, the partner may record the breach again', async () => {
  const baoding = await officerOf('city-baoding', 'cluster-jjj');
  const langfang = await demoToken('demo-city-langfang');
  const coordinator = await demoToken('demo-coordinator-jjj');
  const first = (await gql(baoding, RECORD, { input: breach({ kind: 'NON_COOPERATION' }) })).data!.recordCompliance;
  expect(onlyError(await gql(baoding, RECORD, { input: breach({ kind: 'NON_COOPERATION' }) })).code).toBe('CONFLICT');
  await gql(langfang, DISPUTE, {
    input: {
      recordId: first.id,
      expectedVersion: 1,
      statement: 'The team was sent; the request went to a wrong number.',
    },
  });
  expect(
    (
      await gql(coordinator, RESOLVE, {
        input: { recordId: first.id, expectedVersion: 2, resolution: 'OVERTURNED', reasons: 'Wrong duty number.' },
      })
    ).data?.resolveComplianceDispute,
  ).toMatchObject({ status: 'OVERTURNED', counts: false });
  const second = await gql(baoding, RECORD, {
    input: breach({ kind: 'NON_COOPERATION', note: 'Refused again at the next call, on the right number.' }),
  });
  expect(second.errors).toBeUndefined();
  expect(second.data?.recordCompliance).toMatchObject({ status: 'STANDING', counts: true });
});

test('naming the event as well as the agreement does not make the same breach count twice', async () => {
  const coordinator = await demoToken('demo-coordinator-jjj');
  const reported = await gql<{ reportRiskEvent: { id: string } }>(
    coordinator,
    'mutation ($input: ReportRiskEventInput!) { reportRiskEvent(input: $input) { id } }',
    {
      input: {
        clusterId: 'cluster-jjj',
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: 'city-chengde',
        affectedCityIds: ['city-langfang'],
        location: { description: 'Chengde chemical park' },
        description: 'Warehouse fire',
        observedAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    },
  );
  expect(reported.errors).toBeUndefined();
  const eventId = reported.data?.reportRiskEvent.id;
  const chengde = await officerOf('city-chengde', 'cluster-jjj');
  const before = await counted();
  const first = await gql(chengde, RECORD, {
    input: breach({ kind: 'SLOW_RESPONSE', agreementId: undefined, eventId }),
  });
  expect(first.errors).toBeUndefined();
  const standingId = first.data?.recordCompliance.id;
  for (const concern of [
    { agreementId: 'agr-jjj-accidents', eventId },
    { eventId, agreementId: 'agr-jjj-accidents', note: 'Slow again, same fire.' },
  ]) {
    expect(
      onlyError(await gql(chengde, RECORD, { input: breach({ kind: 'SLOW_RESPONSE', ...concern }) })),
    ).toMatchObject({
      code: 'CONFLICT',
      extensions: { existingRecordId: standingId },
    });
  }
  expect(await counted()).toBe(before + 1);
});
