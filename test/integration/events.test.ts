import { dynamoClient } from '../../src/store/client';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { demoToken, gql, onlyError } from '../support/api';
import { hoursFrom, officerOf } from '../support/builders';
import {
  COMPLIANCE,
  CONFIRM,
  ESCALATE,
  FULFIL,
  OBLIGATIONS,
  REPORT,
  SET_EVENT_STATUS,
  UPDATE_EVENT,
  WAIVE,
} from '../support/operations';
import { runUpkeepJob, testClock } from '../support/clock';
import { freshTableWithDemoData } from '../support/table';
import type { ObligationStatus } from '../generated/graphql';

beforeAll(freshTableWithDemoData);
afterEach(() => testClock.reset());

// Beijing–Tianjin–Hebei: the seeded accident responsibility list (parties Beijing, Tianjin, Tangshan, Langfang,
// Baoding, Cangzhou) is in force.
const coordinator = () => demoToken('demo-coordinator-jjj');
const tangshan = () => officerOf('city-tangshan', 'cluster-jjj');

async function reportAccident(fields: Record<string, unknown> = {}) {
  const response = await gql(await tangshan(), REPORT, {
    input: {
      clusterId: 'cluster-jjj',
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: 'city-tangshan',
      affectedCityIds: ['city-tianjin'],
      location: { latitude: 39.2, longitude: 118.4, description: 'Caofeidian chemical park' },
      description: 'Benzene tank fire; the plume drifts south-west.',
      observedAt: hoursFrom(new Date().toISOString(), -1),
      ...fields,
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.reportRiskEvent as { id: string; version: number };
}

const obligationsOf = async (eventId: string) =>
  (await gql(await coordinator(), OBLIGATIONS, { clusterId: 'cluster-jjj', filter: { eventId }, first: 100 })).data
    ?.obligations.nodes as Array<{
    id: string;
    version: number;
    dueAt: string;
    triggeredAt: string;
    duty: { id: string };
    city: { id: string } | null;
    status: string;
  }>;

describe('risk events', () => {
  test('a city reports only in its own territory; evaluators do not report', async () => {
    const elsewhere = await gql(await tangshan(), REPORT, {
      input: {
        clusterId: 'cluster-jjj',
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: 'city-langfang',
        affectedCityIds: [],
        location: { description: 'x' },
        description: 'x',
        observedAt: new Date().toISOString(),
      },
    });
    expect(onlyError(elsewhere)).toMatchObject({
      code: 'FORBIDDEN',
      message: 'A city reports events in its own territory only: the origin city must be yours.',
    });
    const evaluator = await gql(await demoToken('demo-evaluator-jjj'), REPORT, {
      input: {
        clusterId: 'cluster-jjj',
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: 'city-langfang',
        affectedCityIds: [],
        location: { description: 'x' },
        description: 'x',
        observedAt: new Date().toISOString(),
      },
    });
    expect(onlyError(evaluator).code).toBe('FORBIDDEN');
  });

  test.each([
    [
      'an affected city outside the cluster',
      { affectedCityIds: ['city-shanghai'] },
      /not members of the cluster: city-shanghai/,
    ],
    ['the origin also listed as affected', { affectedCityIds: ['city-tangshan'] }, /list it as origin only/],
    ['a time observed in the future', { observedAt: hoursFrom(new Date().toISOString(), 2) }, /in the future/],
    ['an empty description', { description: '  ' }, /description cannot be empty/],
  ])('a report with %s is refused', async (_name, fields, message) => {
    const response = await gql(await tangshan(), REPORT, {
      input: {
        clusterId: 'cluster-jjj',
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: 'city-tangshan',
        affectedCityIds: [],
        location: { description: 'x' },
        description: 'Spill',
        observedAt: new Date().toISOString(),
        ...fields,
      },
    });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(message) as string,
    });
  });

  test('confirming twice, or by two coordinators at once, never duplicates obligations', async () => {
    const event = await reportAccident();
    const token = await coordinator();
    const confirmations = await Promise.all(
      Array.from({ length: 5 }, () => gql(token, CONFIRM, { input: { eventId: event.id } })),
    );
    expect(confirmations.map((c) => c.errors?.[0]?.message ?? c.data?.confirmRiskEvent.status)).toEqual(
      Array(5).fill('CONFIRMED'),
    );
    const again = await gql(token, CONFIRM, { input: { eventId: event.id } });
    expect(again.data?.confirmRiskEvent.status).toBe('CONFIRMED');
    const obligations = await obligationsOf(event.id);
    // Level III: report + command for Tangshan, warn for Tianjin, the office's bulletin (hazmat/medical start at II).
    expect(obligations.map((o) => `${o.duty.id}:${o.city?.id ?? 'office'}`).sort()).toEqual([
      'bulletin:office',
      'command:city-tangshan',
      'report:city-tangshan',
      'warn:city-tianjin',
    ]);
  });

  test('a city added as affected later owes its duties from when it was added, not from the confirmation', async () => {
    const event = await reportAccident();
    const confirmedAt = testClock.setTo(new Date().toISOString());
    const confirmed = await gql(await coordinator(), CONFIRM, { input: { eventId: event.id } });
    expect(confirmed.data?.confirmRiskEvent.confirmedAt).toBe(confirmedAt);
    // Five hours on, Langfang is added: its 2-hour warning duty runs from now, so it is not born overdue.
    const addedAt = testClock.setTo(hoursFrom(confirmedAt, 5));
    const updated = await gql(await tangshan(), UPDATE_EVENT, {
      input: {
        eventId: event.id,
        expectedVersion: confirmed.data!.confirmRiskEvent.version,
        affectedCityIds: ['city-tianjin', 'city-langfang'],
        warning: 'RED',
      },
    });
    expect(updated.data?.updateRiskEvent.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
      'STATUS',
      'STATUS',
      'WARNING',
      'AFFECTED_CITY_ADDED',
    ]);
    const obligations = await obligationsOf(event.id);
    const warnings = obligations
      .filter((o) => o.duty.id === 'warn')
      .map((o) => [o.city?.id, o.triggeredAt, o.dueAt, o.status])
      .sort();
    expect(warnings).toEqual([
      ['city-langfang', addedAt, hoursFrom(addedAt, 2), 'OPEN'],
      ['city-tianjin', confirmedAt, hoursFrom(confirmedAt, 2), 'OVERDUE'],
    ]);
    // The job an hour later records Tianjin's lateness only; duties owed by everyone else still run from the confirmation.
    testClock.setTo(hoursFrom(addedAt, 1));
    await runUpkeepJob();
    const records = await gql(await coordinator(), COMPLIANCE, { clusterId: 'cluster-jjj', cityId: 'city-langfang' });
    expect(
      records.data?.complianceRecords.nodes.filter((r: { obligation: { id: string } | null }) =>
        obligations.some((o) => o.id === r.obligation?.id),
      ),
    ).toEqual([]);
    expect(obligations.find((o) => o.duty.id === 'report')).toMatchObject({
      triggeredAt: confirmedAt,
      dueAt: hoursFrom(confirmedAt, 1),
    });
  });

  test('raising the level to II adds the duties that start at II, due from the raise; confirming a level II event escalates it to the superior', async () => {
    const raised = await reportAccident();
    const confirmedAt = testClock.setTo(new Date().toISOString());
    const confirmed = await gql(await coordinator(), CONFIRM, { input: { eventId: raised.id } });
    const raisedAt = testClock.setTo(hoursFrom(confirmedAt, 10));
    await gql(await coordinator(), UPDATE_EVENT, {
      input: { eventId: raised.id, expectedVersion: confirmed.data!.confirmRiskEvent.version, level: 'II' },
    });
    const obligations = await obligationsOf(raised.id);
    // Tianjin's 6-hour hazmat teams and Beijing's 8-hour medical teams are owed from the raise, not born overdue.
    expect(
      obligations
        .filter((o) => ['hazmat', 'medical'].includes(o.duty.id))
        .map((o) => [o.duty.id, o.triggeredAt, o.dueAt, o.status])
        .sort(),
    ).toEqual([
      ['hazmat', raisedAt, hoursFrom(raisedAt, 6), 'OPEN'],
      ['medical', raisedAt, hoursFrom(raisedAt, 8), 'OPEN'],
    ]);
    expect(obligations.find((o) => o.duty.id === 'report')).toMatchObject({
      triggeredAt: confirmedAt,
      status: 'OVERDUE',
    });
    testClock.reset();

    const major = await reportAccident({ level: 'II' });
    const escalated = await gql(await coordinator(), CONFIRM, { input: { eventId: major.id } });
    expect(escalated.data?.confirmRiskEvent.escalation).toEqual({
      automatic: true,
      reason: 'Level II events exceed what the cluster handles alone.',
    });
    const seen = await gql<{ escalations: { nodes: unknown[] } }>(
      await demoToken('demo-superior'),
      '{ escalations { nodes { id level escalation { automatic } } } }',
    );
    expect(seen.data?.escalations.nodes).toEqual(
      expect.arrayContaining([{ id: major.id, level: 'II', escalation: { automatic: true } }]),
    );
    expect(onlyError(await gql(await tangshan(), '{ escalations { nodes { id } } }')).code).toBe('FORBIDDEN');
  });

  test('the coordinator escalates by choice once, and closes; illegal status changes are refused', async () => {
    const event = await reportAccident();
    const escalated = await gql(await coordinator(), ESCALATE, {
      input: { eventId: event.id, reason: 'Plume may reach Beijing' },
    });
    expect(escalated.data?.escalateRiskEvent.escalation).toEqual({
      automatic: false,
      reason: 'Plume may reach Beijing',
    });
    expect(
      onlyError(await gql(await coordinator(), ESCALATE, { input: { eventId: event.id, reason: 'again' } })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already escalated/) as string,
      extensions: { currentState: 'REPORTED' },
    });
    const responding = await gql(await coordinator(), SET_EVENT_STATUS, {
      input: { eventId: event.id, expectedVersion: escalated.data!.escalateRiskEvent.version, status: 'RESPONDING' },
    });
    expect(onlyError(responding)).toMatchObject({
      code: 'CONFLICT',
      message: 'The event cannot go from REPORTED to RESPONDING. From REPORTED it can go to CONFIRMED or CLOSED.',
      extensions: { currentState: 'REPORTED', allowed: ['CONFIRMED', 'CLOSED'] },
    });
    const closed = await gql(await coordinator(), SET_EVENT_STATUS, {
      input: { eventId: event.id, expectedVersion: escalated.data!.escalateRiskEvent.version, status: 'CLOSED' },
    });
    expect(closed.data?.setRiskEventStatus.status).toBe('CLOSED');
    expect(onlyError(await gql(await coordinator(), CONFIRM, { input: { eventId: event.id } }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/closed/) as string,
      extensions: { currentState: 'CLOSED' },
    });
    const stale = await gql(await tangshan(), UPDATE_EVENT, {
      input: { eventId: event.id, expectedVersion: 1, level: 'I' },
    });
    expect(onlyError(stale).code).toBe('CONFLICT');
  });

  test("another cluster's events are invisible", async () => {
    const event = await reportAccident();
    const other = await gql(await demoToken('demo-coordinator-yrd'), `{ riskEvent(id: "${event.id}") { id } }`);
    expect(onlyError(other)).toMatchObject({
      code: 'NOT_FOUND',
      message: `No risk event with id "${event.id}" was found.`,
    });
    expect(
      onlyError(await gql(await demoToken('demo-coordinator-yrd'), CONFIRM, { input: { eventId: event.id } })).code,
    ).toBe('NOT_FOUND');
  });
});

describe('obligations: who may see and change them', () => {
  let eventId: string;
  let obligations: Awaited<ReturnType<typeof obligationsOf>>;
  beforeAll(async () => {
    eventId = (await reportAccident({ affectedCityIds: ['city-tianjin', 'city-langfang'] })).id;
    await gql(await coordinator(), CONFIRM, { input: { eventId } });
    obligations = await obligationsOf(eventId);
  });
  const owedBy = (cityId: string | null, dutyId: string) =>
    obligations.find((o) => (o.city?.id ?? null) === cityId && o.duty.id === dutyId)!;

  test("a city cannot fulfil another city's obligation; the coordinator cannot fulfil a city's", async () => {
    const report = owedBy('city-tangshan', 'report');
    const byLangfang = await gql(await officerOf('city-langfang', 'cluster-jjj'), FULFIL, {
      input: { obligationId: report.id, expectedVersion: 1, evidence: { text: 'x' } },
    });
    expect(onlyError(byLangfang)).toMatchObject({
      code: 'FORBIDDEN',
      message: "You can fulfil only your own city's obligations.",
    });
    expect(
      onlyError(
        await gql(await coordinator(), FULFIL, {
          input: { obligationId: report.id, expectedVersion: 1, evidence: { text: 'x' } },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    const byOtherCluster = await gql(await demoToken('demo-city-jiaxing'), FULFIL, {
      input: { obligationId: report.id, expectedVersion: 1, evidence: { text: 'x' } },
    });
    expect(onlyError(byOtherCluster).code).toBe('NOT_FOUND');
  });

  test('the office fulfils its own obligation; a stale version gets CONFLICT', async () => {
    const bulletin = owedBy(null, 'bulletin');
    const stale = await gql(await coordinator(), FULFIL, {
      input: { obligationId: bulletin.id, expectedVersion: 9, evidence: { text: 'Bulletin No. 1 published' } },
    });
    expect(onlyError(stale)).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: 9, currentVersion: 1 } });
    const done = await gql(await coordinator(), FULFIL, {
      input: { obligationId: bulletin.id, expectedVersion: 1, evidence: { text: 'Bulletin No. 1 published' } },
    });
    expect(done.data?.fulfilObligation).toMatchObject({ status: 'FULFILLED', owedByCoordinationOffice: true });
  });

  test('only the coordinator waives, with a reason', async () => {
    const warn = owedBy('city-langfang', 'warn');
    expect(
      onlyError(
        await gql(await demoToken('demo-evaluator-jjj'), WAIVE, {
          input: { obligationId: warn.id, expectedVersion: 1, reason: 'x' },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      onlyError(
        await gql(await officerOf('city-langfang', 'cluster-jjj'), WAIVE, {
          input: { obligationId: warn.id, expectedVersion: 1, reason: 'x' },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    const waived = await gql(await coordinator(), WAIVE, {
      input: { obligationId: warn.id, expectedVersion: 1, reason: 'The plume turned east; Langfang was not exposed' },
    });
    expect(waived.data?.waiveObligation).toMatchObject({
      status: 'WAIVED',
      waivedReason: 'The plume turned east; Langfang was not exposed',
    });
  });

  test("a city reads its own obligations, and its partners' only within events it is party to", async () => {
    const tianjin = await officerOf('city-tianjin', 'cluster-jjj');
    const own = await gql(tianjin, OBLIGATIONS, { clusterId: 'cluster-jjj' });
    expect(own.data!.obligations.nodes.every((o) => o.city?.id === 'city-tianjin')).toBe(true);
    const inEvent = await gql(tianjin, OBLIGATIONS, { clusterId: 'cluster-jjj', filter: { eventId } });
    expect(
      new Set(inEvent.data?.obligations.nodes.map((o: { city: { id: string } | null }) => o.city?.id ?? 'office')),
    ).toEqual(new Set(['city-tangshan', 'city-tianjin', 'city-langfang', 'office']));
    const partner = await gql(tianjin, OBLIGATIONS, { clusterId: 'cluster-jjj', filter: { cityId: 'city-tangshan' } });
    expect(onlyError(partner).code).toBe('FORBIDDEN');
    const notParty = await gql(await officerOf('city-hengshui', 'cluster-jjj'), OBLIGATIONS, {
      clusterId: 'cluster-jjj',
      filter: { eventId },
    });
    expect(notParty.data?.obligations.nodes).toEqual([]);
    const otherCluster = await gql(await demoToken('demo-coordinator-yrd'), OBLIGATIONS, { clusterId: 'cluster-jjj' });
    expect(onlyError(otherCluster).code).toBe('NOT_FOUND');
  });

  test("no filter value reaches another cluster's obligations", async () => {
    const token = await coordinator();
    for (const cityId of ['city-suzhou', 'COORDINATION_OFFICE#cluster-yrd', 'city-nowhere']) {
      for (const status of [['OPEN', 'OVERDUE'] satisfies ObligationStatus[], null]) {
        const response = await gql(token, OBLIGATIONS, {
          clusterId: 'cluster-jjj',
          filter: { cityId, ...(status ? { status } : {}) },
        });
        expect(onlyError(response)).toMatchObject({
          code: 'NOT_FOUND',
          message: `No city with id "${cityId}" was found.`,
        });
      }
    }
  });

  test('an empty due-time window is refused; one emptied by the status is simply empty', async () => {
    const token = await coordinator();
    const reversed = await gql(token, OBLIGATIONS, {
      clusterId: 'cluster-jjj',
      filter: { dueAfter: '2027-01-01T00:00:00Z', dueBefore: '2026-01-01T00:00:00Z' },
    });
    expect(onlyError(reversed)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The due-time window is empty: dueAfter must be before dueBefore.',
    });
    const overdueNextYear = await gql(token, OBLIGATIONS, {
      clusterId: 'cluster-jjj',
      filter: { status: ['OVERDUE'], dueAfter: '2099-01-01T00:00:00Z' },
    });
    expect(overdueNextYear.data?.obligations).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const openLongAgo = await gql(token, OBLIGATIONS, {
      clusterId: 'cluster-jjj',
      filter: { status: ['OPEN'], dueBefore: '2000-01-01T00:00:00Z' },
    });
    expect(openLongAgo.data?.obligations.nodes).toEqual([]);
    const audit = await gql(
      token,
      '{ auditLog(clusterId: "cluster-jjj", filter: { since: "2027-01-01T00:00:00Z", until: "2026-01-01T00:00:00Z" }) { nodes { id } } }',
    );
    expect(onlyError(audit).code).toBe('BAD_USER_INPUT');
  });

  test('listing obligations with their city, duty, event and agreement is batched, not one call per obligation', async () => {
    const counter = countDynamoCalls(dynamoClient);
    counter.reset();
    const response = await gql(await coordinator(), OBLIGATIONS, { clusterId: 'cluster-jjj', first: 100 });
    expect(response.data?.obligations.nodes.length).toBeGreaterThan(10);
    // cluster check, one Query, then one BatchGetItem each for cities, agreement versions, events, agreements.
    expect(counter.byCommand).toEqual({ BatchGetItemCommand: 5, QueryCommand: 1 });
  });
});
