import { gql, onlyError } from '../support/api';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { RecordComplianceInput } from '../generated/graphql';

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

// Tianjin, Beijing and Langfang are all parties to the accidents agreement: partners there. Chengde is a member only.
const accidentCluster = () =>
  aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou', 'Chengde'],
    agreements: ['agr-jjj-accidents'],
  }).build();
const breach = (world: BuiltCluster, fields: Partial<RecordComplianceInput> = {}): RecordComplianceInput => ({
  clusterId: world.id,
  cityId: world.city('Langfang').id,
  agreementId: world.agreement('agr-jjj-accidents'),
  kind: 'REFUSED_JOINT_ACTION',
  severity: 'CRITICAL',
  note: 'Refused to send the agreed rescue team to the warehouse fire.',
  evidence: { text: 'Duty log 2026-11-02' },
  ...fields,
});
const counted = async (world: BuiltCluster) =>
  (await gql(world.coordinator, STANDING, { cityId: world.city('Langfang').id })).data?.trustStanding
    .recordsCounted as number;

test('five identical breaches recorded at once by one partner: exactly one lands and counts', async () => {
  const world = await accidentCluster();
  const tianjin = world.city('Tianjin').officer;
  const before = await counted(world);
  const results = await Promise.all(Array.from({ length: 5 }, () => gql(tianjin, RECORD, { input: breach(world) })));
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
  expect(await counted(world)).toBe(before + 1);

  // One after another is refused the same way.
  expect(
    onlyError(await gql(tianjin, RECORD, { input: breach(world, { severity: 'SERIOUS', note: 'Again.' }) })).code,
  ).toBe('CONFLICT');
});

test('another partner or another kind is another record', async () => {
  const world = await accidentCluster();
  const tianjin = world.city('Tianjin').officer;
  const beijing = world.city('Beijing').officer;
  const before = await counted(world);
  expect((await gql(beijing, RECORD, { input: breach(world) })).errors).toBeUndefined();
  expect((await gql(tianjin, RECORD, { input: breach(world, { kind: 'SLOW_RESPONSE' }) })).errors).toBeUndefined();
  expect(await counted(world)).toBe(before + 2);
});

test('a retry with the same idempotency key is answered with the record, not refused', async () => {
  const world = await accidentCluster();
  const tangshan = world.city('Tangshan').officer;
  const first = await gql(tangshan, RECORD, { input: breach(world, { idempotencyKey: 'ts-refusal' }) });
  const again = await gql(tangshan, RECORD, { input: breach(world, { idempotencyKey: 'ts-refusal' }) });
  expect(again.data?.recordCompliance.id).toBe(first.data?.recordCompliance.id);
});

test('once a dispute overturns the record, the partner may record the breach again', async () => {
  const world = await accidentCluster();
  const baoding = world.city('Baoding').officer;
  const langfang = world.city('Langfang').officer;
  const coordinator = world.coordinator;
  const first = (await gql(baoding, RECORD, { input: breach(world, { kind: 'NON_COOPERATION' }) })).data!
    .recordCompliance;
  expect(onlyError(await gql(baoding, RECORD, { input: breach(world, { kind: 'NON_COOPERATION' }) })).code).toBe(
    'CONFLICT',
  );
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
    input: breach(world, { kind: 'NON_COOPERATION', note: 'Refused again at the next call, on the right number.' }),
  });
  expect(second.errors).toBeUndefined();
  expect(second.data?.recordCompliance).toMatchObject({ status: 'STANDING', counts: true });
});

test('naming the event as well as the agreement does not make the same breach count twice', async () => {
  const world = await accidentCluster();
  const coordinator = world.coordinator;
  const reported = await gql<{ reportRiskEvent: { id: string } }>(
    coordinator,
    'mutation ($input: ReportRiskEventInput!) { reportRiskEvent(input: $input) { id } }',
    {
      input: {
        clusterId: world.id,
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: world.city('Chengde').id,
        affectedCityIds: [world.city('Langfang').id],
        location: { description: 'Chengde chemical park' },
        description: 'Warehouse fire',
        observedAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    },
  );
  expect(reported.errors).toBeUndefined();
  const eventId = reported.data?.reportRiskEvent.id;
  const chengde = world.city('Chengde').officer;
  const before = await counted(world);
  const first = await gql(chengde, RECORD, {
    input: breach(world, { kind: 'SLOW_RESPONSE', agreementId: undefined, eventId }),
  });
  expect(first.errors).toBeUndefined();
  const standingId = first.data?.recordCompliance.id;
  for (const concern of [
    { agreementId: world.agreement('agr-jjj-accidents'), eventId },
    { eventId, agreementId: world.agreement('agr-jjj-accidents'), note: 'Slow again, same fire.' },
  ]) {
    expect(
      onlyError(await gql(chengde, RECORD, { input: breach(world, { kind: 'SLOW_RESPONSE', ...concern }) })),
    ).toMatchObject({
      code: 'CONFLICT',
      extensions: { existingRecordId: standingId },
    });
  }
  expect(await counted(world)).toBe(before + 1);
});
