import { gql, onlyError } from '../support/api';
import { AgreementBuilder, hoursFrom } from '../support/builders';
import {
  COMPLIANCE,
  CONFIRM,
  DRAFT,
  FULFIL,
  OBLIGATIONS,
  PROPOSE,
  RATIFY,
  REPORT,
  SUMMARY,
} from '../support/operations';
import { runUpkeepJob as overdueJob } from '../support/clock';
import { aCluster } from '../support/world';

type Obligation = {
  id: string;
  status: string;
  version: number;
  dueAt: string;
  city: { id: string } | null;
  duty: { id: string };
  agreementVersion: number;
};

/**
 * The story: a Yangtze River Delta agreement is drafted, proposed and ratified by every party; a pollution
 * event is reported upstream (Suzhou) and confirmed; obligations appear for the origin and the downstream cities
 * with the right due times; one is fulfilled on time, one late, one goes overdue and the job records it once.
 */
test('from agreement to obligations: who owes what, by when, and who is late', async () => {
  // The cluster's own Yangtze River Delta, with the Taipu River agreement in force among its four cities since January.
  const world = await aCluster({
    name: 'Yangtze River Delta',
    cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou'],
    agreements: ['agr-yrd-water'],
  }).build();
  const idOf = (cityName: string) => world.city(cityName).id;
  const coordinator = world.coordinator;
  const [suzhou, jiaxing, shanghai] = ['Suzhou', 'Jiaxing', 'Shanghai'].map((name) => world.city(name).officer);

  // Drafted by the coordination office.
  const draft = await gql(coordinator, DRAFT, {
    input: new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: [idOf('Suzhou'), idOf('Jiaxing'), idOf('Shanghai')] })
      .duty('ORIGIN', 'WARN_DOWNSTREAM', 'PT1H')
      .duty('ORIGIN', 'REPORT', 'PT2H')
      .duty('AFFECTED', 'SHARE_INFORMATION', 'PT6H')
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .duty('COORDINATION_OFFICE', 'JOINT_RESPONSE', 'PT4H')
      .duty('AFFECTED', 'JOIN_DRILL', 'P30D', { recurrence: 'P1Y' })
      .build(),
  });
  expect(draft.errors).toBeUndefined();
  const agreement = draft.data!.draftAgreement;
  expect(agreement).toMatchObject({
    status: 'DRAFT',
    version: 1,
    inForce: null,
    pending: { number: 1, status: 'DRAFT' },
  });

  // Proposed, then ratified by each party for itself; the last ratification puts version 1 in force.
  const proposed = await gql(coordinator, PROPOSE, { input: { agreementId: agreement.id, expectedVersion: 1 } });
  expect(proposed.data?.proposeAgreement).toMatchObject({ status: 'PROPOSED', pending: { status: 'PROPOSED' } });
  expect(proposed.data!.proposeAgreement.pending!.awaiting.map((city) => city.id).sort()).toEqual(
    [idOf('Jiaxing'), idOf('Shanghai'), idOf('Suzhou')].sort(),
  );
  await gql(suzhou, RATIFY, { input: { agreementId: agreement.id, versionNumber: 1 } });
  const second = await gql(jiaxing, RATIFY, { input: { agreementId: agreement.id, versionNumber: 1 } });
  expect(second.data?.ratifyAgreement).toMatchObject({
    status: 'PROPOSED',
    pending: { awaiting: [{ id: idOf('Shanghai') }] },
  });
  const last = await gql(shanghai, RATIFY, { input: { agreementId: agreement.id, versionNumber: 1 } });
  expect(last.data?.ratifyAgreement).toMatchObject({
    status: 'ACTIVE',
    inForce: { number: 1, status: 'IN_FORCE' },
    pending: null,
  });

  // Suzhou reports a spill upstream; the coordinator enters the confirmation made three hours ago.
  const now = new Date().toISOString();
  const triggeredAt = hoursFrom(now, -3);
  const reported = await gql(suzhou, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: idOf('Suzhou'),
      affectedCityIds: [idOf('Jiaxing'), idOf('Shanghai')],
      location: {
        latitude: 31.02,
        longitude: 120.9,
        description: 'Taipu River at the Jiangsu–Zhejiang–Shanghai border section',
      },
      description: 'Aniline leak from a chemical plant outfall into the Taipu River.',
      observedAt: hoursFrom(now, -4),
    },
  });
  expect(reported.data?.reportRiskEvent).toMatchObject({ status: 'REPORTED', originCity: { id: idOf('Suzhou') } });
  const eventId = reported.data!.reportRiskEvent.id;
  const confirmed = await gql(coordinator, CONFIRM, { input: { eventId, confirmedAt: triggeredAt } });
  expect(confirmed.data?.confirmRiskEvent).toMatchObject({
    status: 'CONFIRMED',
    confirmedAt: triggeredAt,
    escalation: null,
  });

  // One obligation per matching duty and concrete city, due at trigger + deadline; the recurring drill is not triggered.
  const listed = await gql(coordinator, OBLIGATIONS, {
    clusterId: world.id,
    filter: { agreementId: agreement.id },
    first: 50,
  });
  const obligations: Obligation[] = listed.data!.obligations.nodes;
  const dueTimes = obligations.map((o) => o.dueAt);
  expect(dueTimes).toEqual([...dueTimes].sort());
  const table = obligations
    .map((o) => [o.duty.id, o.city?.id ?? 'OFFICE', o.dueAt, o.status])
    .sort((a, b) => a.join().localeCompare(b.join()));
  expect(table).toEqual(
    [
      ['d1', idOf('Suzhou'), hoursFrom(triggeredAt, 1), 'OVERDUE'],
      ['d2', idOf('Suzhou'), hoursFrom(triggeredAt, 2), 'OVERDUE'],
      ['d5', 'OFFICE', hoursFrom(triggeredAt, 4), 'OPEN'],
      ...[idOf('Jiaxing'), idOf('Shanghai')].map((city) => ['d3', city, hoursFrom(triggeredAt, 6), 'OPEN']),
      ...[idOf('Jiaxing'), idOf('Shanghai')].map((city) => ['d4', city, hoursFrom(triggeredAt, 12), 'OPEN']),
    ].sort((a, b) => a.join().localeCompare(b.join())),
  );
  expect(obligations.every((o) => o.agreementVersion === 1)).toBe(true);
  const find = (dutyId: string, cityId: string) =>
    obligations.find((o) => o.duty.id === dutyId && o.city?.id === cityId)!;

  // Jiaxing shares its monitoring data on time; Suzhou's report comes in late.
  const onTime = await gql(jiaxing, FULFIL, {
    input: {
      obligationId: find('d3', idOf('Jiaxing')).id,
      expectedVersion: 1,
      evidence: { text: 'Readings at the Jiashan intake every 4 h', links: ['https://example.org/jiashan-readings'] },
    },
  });
  expect(onTime.data?.fulfilObligation).toMatchObject({
    status: 'FULFILLED',
    evidence: { links: ['https://example.org/jiashan-readings'] },
  });
  const late = await gql(suzhou, FULFIL, {
    input: {
      obligationId: find('d2', idOf('Suzhou')).id,
      expectedVersion: 1,
      evidence: { text: 'Incident report No. 2026-117 sent to all parties' },
    },
  });
  expect(late.data?.fulfilObligation.status).toBe('FULFILLED_LATE');

  // The overdue job records the warning duty Suzhou left open, once, however often it runs.
  const firstRun = await overdueJob();
  const secondRun = await overdueJob();
  expect(secondRun.recorded).toBe(0);
  const records = await gql(coordinator, COMPLIANCE, { clusterId: world.id, cityId: idOf('Suzhou') });
  const about = (obligationId: string) =>
    records.data!.complianceRecords.nodes.filter((r) => r.obligation?.id === obligationId).map((r) => r.kind);
  expect(about(find('d1', idOf('Suzhou')).id)).toEqual(['LATE']);
  expect(about(find('d2', idOf('Suzhou')).id)).toEqual(['FULFILLED_LATE']);
  expect(firstRun.recorded).toBeGreaterThanOrEqual(1);
  // An obligation honoured on time is evidence too: Jiaxing's counts for its trust standing.
  const jiaxingRecords = await gql(jiaxing, COMPLIANCE, { clusterId: world.id });
  expect(jiaxingRecords.data?.complianceRecords.nodes).toContainEqual(
    expect.objectContaining({
      kind: 'FULFILLED',
      city: { id: idOf('Jiaxing') },
      obligation: { id: find('d3', idOf('Jiaxing')).id },
      supervision: 'VERTICAL',
    }),
  );
  expect(jiaxingRecords.data!.complianceRecords.nodes.every((r) => r.city?.id === idOf('Jiaxing'))).toBe(true);

  // The coordinator's summary for the event puts the late city first. The Taipu agreement adds its own duties.
  const summary = await gql(coordinator, SUMMARY, { clusterId: world.id, eventId });
  expect(summary.data?.obligationSummary).toEqual([
    { city: { id: idOf('Suzhou') }, open: 0, overdue: 3, fulfilledOnTime: 0, fulfilledLate: 1, waived: 0 },
    { city: null, open: 2, overdue: 0, fulfilledOnTime: 0, fulfilledLate: 0, waived: 0 },
    { city: { id: idOf('Jiaxing') }, open: 3, overdue: 0, fulfilledOnTime: 1, fulfilledLate: 0, waived: 0 },
    { city: { id: idOf('Shanghai') }, open: 5, overdue: 0, fulfilledOnTime: 0, fulfilledLate: 0, waived: 0 },
  ]);

  // "Overdue in my cluster" and "my open obligations" are each a single query.
  const overdue = await gql(coordinator, OBLIGATIONS, {
    clusterId: world.id,
    filter: { status: ['OVERDUE'], eventId },
  });
  expect(overdue.data?.obligations.nodes.map((o: Obligation) => o.city?.id)).toEqual([
    idOf('Suzhou'),
    idOf('Suzhou'),
    idOf('Suzhou'),
  ]);
  const mine = await gql(shanghai, OBLIGATIONS, {
    clusterId: world.id,
    filter: { status: ['OPEN', 'OVERDUE'], dueAfter: triggeredAt },
  });
  expect(mine.data?.obligations.nodes).toHaveLength(5);

  // The job also opened this year's joint drill (a recurring normal-mode duty) under the cluster's Taipu agreement, in
  // force since January, for every party, once. The new agreement, ratified today, owes no drill before next year.
  expect(firstRun.opened).toBe(4);
  expect(secondRun.opened).toBe(0);
  const drillsOf = async (agreementId: string) =>
    (await gql(coordinator, OBLIGATIONS, { clusterId: world.id, filter: { agreementId, kind: 'JOIN_DRILL' } }))
      .data!.obligations.nodes.map((o) => [o.city?.id, o.triggeredAt, o.dueAt, o.status, o.event])
      .sort();
  expect(await drillsOf(agreement.id)).toEqual([]);
  expect(await drillsOf(world.agreement('agr-yrd-water'))).toEqual(
    [idOf('Huzhou'), idOf('Jiaxing'), idOf('Shanghai'), idOf('Suzhou')].map((city) => [
      city,
      '2026-01-15T00:00:00.000Z',
      '2026-02-14T00:00:00.000Z',
      'OVERDUE',
      null,
    ]),
  );

  // Once recorded as late, an obligation cannot be claimed as done on time by backdating the fulfilment.
  const backdated = await gql(suzhou, FULFIL, {
    input: {
      obligationId: find('d1', idOf('Suzhou')).id,
      expectedVersion: 1,
      fulfilledAt: triggeredAt,
      evidence: { text: 'Warned at once' },
    },
  });
  expect(onlyError(backdated)).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(/was recorded as late on .* cannot be accepted now/) as string,
    extensions: { currentState: 'OVERDUE', lateRecordedAt: expect.any(String) as string },
  });
  const honest = await gql(suzhou, FULFIL, {
    input: {
      obligationId: find('d1', idOf('Suzhou')).id,
      expectedVersion: 1,
      evidence: { text: 'Warning issued to Jiashan and Qingpu intakes' },
    },
  });
  expect(honest.data?.fulfilObligation).toMatchObject({
    status: 'FULFILLED_LATE',
    recordedAt: expect.any(String) as string,
  });
  expect(mine.data?.obligations.nodes.every((o: Obligation) => o.city?.id === idOf('Shanghai'))).toBe(true);

  // A fulfilled obligation cannot be fulfilled again.
  const again = await gql(jiaxing, FULFIL, {
    input: { obligationId: find('d3', idOf('Jiaxing')).id, expectedVersion: 2, evidence: { text: 'again' } },
  });
  expect(onlyError(again)).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(/already FULFILLED/) as string,
    extensions: { currentState: 'FULFILLED' },
  });
});
