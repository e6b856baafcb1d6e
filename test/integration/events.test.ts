import { dynamoClients } from '../../src/store/client';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { gql, onlyError } from '../support/api';
import { hoursFrom } from '../support/builders';
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
import { aCluster, type BuiltCluster } from '../support/world';
import type { ObligationStatus } from '../generated/graphql';

afterEach(() => testClock.reset());

/**
 * A cluster of the test's own in which the demo's accident responsibility list (parties Beijing, Tianjin, Tangshan,
 * Langfang, Baoding, Cangzhou) is in force; Hengshui is a member but no party.
 */
const accidentCluster = () =>
  aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou', 'Hengshui'],
    agreements: ['agr-jjj-accidents'],
  }).build();
const tangshanOf = (world: BuiltCluster) => world.city('Tangshan').officer;

async function reportAccident(world: BuiltCluster, fields: Record<string, unknown> = {}) {
  const response = await gql(tangshanOf(world), REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city('Tangshan').id,
      affectedCityIds: [world.city('Tianjin').id],
      location: { latitude: 39.2, longitude: 118.4, description: 'Caofeidian chemical park' },
      description: 'Benzene tank fire; the plume drifts south-west.',
      observedAt: hoursFrom(new Date().toISOString(), -1),
      ...fields,
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.reportRiskEvent as { id: string; version: number };
}

const obligationsOf = async (world: BuiltCluster, eventId: string) =>
  (await gql(world.coordinator, OBLIGATIONS, { clusterId: world.id, filter: { eventId }, first: 100 })).data
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
    const world = await accidentCluster();
    const elsewhere = await gql(tangshanOf(world), REPORT, {
      input: {
        clusterId: world.id,
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: world.city('Langfang').id,
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
    const evaluator = await gql(world.evaluator.token, REPORT, {
      input: {
        clusterId: world.id,
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: world.city('Langfang').id,
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
      (_world: BuiltCluster, another: BuiltCluster) => ({
        fields: { affectedCityIds: [another.cities[0].id] },
        message: new RegExp(`not members of the cluster: ${another.cities[0].id}`),
      }),
    ],
    [
      'the origin also listed as affected',
      (world: BuiltCluster) => ({
        fields: { affectedCityIds: [world.city('Tangshan').id] },
        message: /list it as origin only/,
      }),
    ],
    [
      'a time observed in the future',
      () => ({ fields: { observedAt: hoursFrom(new Date().toISOString(), 2) }, message: /in the future/ }),
    ],
    ['an empty description', () => ({ fields: { description: '  ' }, message: /description cannot be empty/ })],
  ])('a report with %s is refused', async (_name, refused) => {
    const [world, another] = await Promise.all([accidentCluster(), aCluster({ cities: 1 }).build()]);
    const { fields, message } = refused(world, another);
    const response = await gql(tangshanOf(world), REPORT, {
      input: {
        clusterId: world.id,
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: world.city('Tangshan').id,
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
    const world = await accidentCluster();
    const event = await reportAccident(world);
    const token = world.coordinator;
    const confirmations = await Promise.all(
      Array.from({ length: 5 }, () => gql(token, CONFIRM, { input: { eventId: event.id } })),
    );
    expect(confirmations.map((c) => c.errors?.[0]?.message ?? c.data?.confirmRiskEvent.status)).toEqual(
      Array(5).fill('CONFIRMED'),
    );
    const again = await gql(token, CONFIRM, { input: { eventId: event.id } });
    expect(again.data?.confirmRiskEvent.status).toBe('CONFIRMED');
    const obligations = await obligationsOf(world, event.id);
    // Level III: report + command for Tangshan, warn for Tianjin, the office's bulletin (hazmat/medical start at II).
    expect(obligations.map((o) => `${o.duty.id}:${o.city?.id ?? 'office'}`).sort()).toEqual([
      'bulletin:office',
      `command:${world.city('Tangshan').id}`,
      `report:${world.city('Tangshan').id}`,
      `warn:${world.city('Tianjin').id}`,
    ]);
  });

  test('a city added as affected later owes its duties from when it was added, not from the confirmation', async () => {
    const world = await accidentCluster();
    const event = await reportAccident(world);
    const confirmedAt = testClock.setTo(new Date().toISOString());
    const confirmed = await gql(world.coordinator, CONFIRM, { input: { eventId: event.id } });
    expect(confirmed.data?.confirmRiskEvent.confirmedAt).toBe(confirmedAt);
    // Five hours on, Langfang is added: its 2-hour warning duty runs from now, so it is not born overdue.
    const addedAt = testClock.setTo(hoursFrom(confirmedAt, 5));
    const updated = await gql(tangshanOf(world), UPDATE_EVENT, {
      input: {
        eventId: event.id,
        expectedVersion: confirmed.data!.confirmRiskEvent.version,
        affectedCityIds: [world.city('Tianjin').id, world.city('Langfang').id],
        warning: 'RED',
      },
    });
    expect(updated.data?.updateRiskEvent.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
      'STATUS',
      'STATUS',
      'WARNING',
      'AFFECTED_CITY_ADDED',
    ]);
    const obligations = await obligationsOf(world, event.id);
    const warnings = obligations
      .filter((o) => o.duty.id === 'warn')
      .map((o) => [o.city?.id, o.triggeredAt, o.dueAt, o.status])
      .sort();
    expect(warnings).toEqual([
      [world.city('Langfang').id, addedAt, hoursFrom(addedAt, 2), 'OPEN'],
      [world.city('Tianjin').id, confirmedAt, hoursFrom(confirmedAt, 2), 'OVERDUE'],
    ]);
    // The job an hour later records Tianjin's lateness only; duties owed by everyone else still run from the confirmation.
    testClock.setTo(hoursFrom(addedAt, 1));
    await runUpkeepJob();
    const records = await gql(world.coordinator, COMPLIANCE, {
      clusterId: world.id,
      cityId: world.city('Langfang').id,
    });
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
    const world = await accidentCluster();
    const raised = await reportAccident(world);
    const confirmedAt = testClock.setTo(new Date().toISOString());
    const confirmed = await gql(world.coordinator, CONFIRM, { input: { eventId: raised.id } });
    const raisedAt = testClock.setTo(hoursFrom(confirmedAt, 10));
    await gql(world.coordinator, UPDATE_EVENT, {
      input: { eventId: raised.id, expectedVersion: confirmed.data!.confirmRiskEvent.version, level: 'II' },
    });
    const obligations = await obligationsOf(world, raised.id);
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

    const major = await reportAccident(world, { level: 'II' });
    const escalated = await gql(world.coordinator, CONFIRM, { input: { eventId: major.id } });
    expect(escalated.data?.confirmRiskEvent.escalation).toEqual({
      automatic: true,
      reason: 'Level II events exceed what the cluster handles alone.',
    });
    const seen = await gql<{ escalations: { nodes: unknown[] } }>(
      world.superior,
      '{ escalations { nodes { id level escalation { automatic } } } }',
    );
    expect(seen.data?.escalations.nodes).toEqual(
      expect.arrayContaining([{ id: major.id, level: 'II', escalation: { automatic: true } }]),
    );
    expect(onlyError(await gql(tangshanOf(world), '{ escalations { nodes { id } } }')).code).toBe('FORBIDDEN');
  });

  test('the coordinator escalates by choice once, and closes; illegal status changes are refused', async () => {
    const world = await accidentCluster();
    const event = await reportAccident(world);
    const escalated = await gql(world.coordinator, ESCALATE, {
      input: { eventId: event.id, reason: 'Plume may reach Beijing' },
    });
    expect(escalated.data?.escalateRiskEvent.escalation).toEqual({
      automatic: false,
      reason: 'Plume may reach Beijing',
    });
    expect(
      onlyError(await gql(world.coordinator, ESCALATE, { input: { eventId: event.id, reason: 'again' } })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already escalated/) as string,
      extensions: { currentState: 'REPORTED' },
    });
    const responding = await gql(world.coordinator, SET_EVENT_STATUS, {
      input: { eventId: event.id, expectedVersion: escalated.data!.escalateRiskEvent.version, status: 'RESPONDING' },
    });
    expect(onlyError(responding)).toMatchObject({
      code: 'CONFLICT',
      message: 'The event cannot go from REPORTED to RESPONDING. From REPORTED it can go to CONFIRMED or CLOSED.',
      extensions: { currentState: 'REPORTED', allowed: ['CONFIRMED', 'CLOSED'] },
    });
    const closed = await gql(world.coordinator, SET_EVENT_STATUS, {
      input: { eventId: event.id, expectedVersion: escalated.data!.escalateRiskEvent.version, status: 'CLOSED' },
    });
    expect(closed.data?.setRiskEventStatus.status).toBe('CLOSED');
    expect(onlyError(await gql(world.coordinator, CONFIRM, { input: { eventId: event.id } }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/closed/) as string,
      extensions: { currentState: 'CLOSED' },
    });
    const stale = await gql(tangshanOf(world), UPDATE_EVENT, {
      input: { eventId: event.id, expectedVersion: 1, level: 'I' },
    });
    expect(onlyError(stale).code).toBe('CONFLICT');
  });

  test("another cluster's events are invisible", async () => {
    const [world, another] = await Promise.all([accidentCluster(), aCluster({ cities: 1 }).build()]);
    const event = await reportAccident(world);
    const other = await gql(another.coordinator, `{ riskEvent(id: "${event.id}") { id } }`);
    expect(onlyError(other)).toMatchObject({
      code: 'NOT_FOUND',
      message: `No risk event with id "${event.id}" was found.`,
    });
    expect(onlyError(await gql(another.coordinator, CONFIRM, { input: { eventId: event.id } })).code).toBe('NOT_FOUND');
  });
});

describe('obligations: who may see and change them', () => {
  /** An accident at Tangshan, affecting Tianjin and Langfang, confirmed: its obligations, by city and duty. */
  async function confirmedAccident(world: BuiltCluster) {
    const eventId = (
      await reportAccident(world, { affectedCityIds: [world.city('Tianjin').id, world.city('Langfang').id] })
    ).id;
    await gql(world.coordinator, CONFIRM, { input: { eventId } });
    const obligations = await obligationsOf(world, eventId);
    const owedBy = (cityId: string | null, dutyId: string) =>
      obligations.find((o) => (o.city?.id ?? null) === cityId && o.duty.id === dutyId)!;
    return { eventId, owedBy };
  }

  test("a city cannot fulfil another city's obligation; the coordinator cannot fulfil a city's", async () => {
    const [world, another] = await Promise.all([accidentCluster(), aCluster({ cities: 1 }).build()]);
    const { owedBy } = await confirmedAccident(world);
    const report = owedBy(world.city('Tangshan').id, 'report');
    const byLangfang = await gql(world.city('Langfang').officer, FULFIL, {
      input: { obligationId: report.id, expectedVersion: 1, evidence: { text: 'x' } },
    });
    expect(onlyError(byLangfang)).toMatchObject({
      code: 'FORBIDDEN',
      message: "You can fulfil only your own city's obligations.",
    });
    expect(
      onlyError(
        await gql(world.coordinator, FULFIL, {
          input: { obligationId: report.id, expectedVersion: 1, evidence: { text: 'x' } },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    const byOtherCluster = await gql(another.cities[0].officer, FULFIL, {
      input: { obligationId: report.id, expectedVersion: 1, evidence: { text: 'x' } },
    });
    expect(onlyError(byOtherCluster).code).toBe('NOT_FOUND');
  });

  test('the office fulfils its own obligation; a stale version gets CONFLICT', async () => {
    const world = await accidentCluster();
    const { owedBy } = await confirmedAccident(world);
    const bulletin = owedBy(null, 'bulletin');
    const stale = await gql(world.coordinator, FULFIL, {
      input: { obligationId: bulletin.id, expectedVersion: 9, evidence: { text: 'Bulletin No. 1 published' } },
    });
    expect(onlyError(stale)).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: 9, currentVersion: 1 } });
    const done = await gql(world.coordinator, FULFIL, {
      input: { obligationId: bulletin.id, expectedVersion: 1, evidence: { text: 'Bulletin No. 1 published' } },
    });
    expect(done.data?.fulfilObligation).toMatchObject({ status: 'FULFILLED', owedByCoordinationOffice: true });
  });

  test('only the coordinator waives, with a reason', async () => {
    const world = await accidentCluster();
    const { owedBy } = await confirmedAccident(world);
    const warn = owedBy(world.city('Langfang').id, 'warn');
    expect(
      onlyError(
        await gql(world.evaluator.token, WAIVE, {
          input: { obligationId: warn.id, expectedVersion: 1, reason: 'x' },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      onlyError(
        await gql(world.city('Langfang').officer, WAIVE, {
          input: { obligationId: warn.id, expectedVersion: 1, reason: 'x' },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    const waived = await gql(world.coordinator, WAIVE, {
      input: { obligationId: warn.id, expectedVersion: 1, reason: 'The plume turned east; Langfang was not exposed' },
    });
    expect(waived.data?.waiveObligation).toMatchObject({
      status: 'WAIVED',
      waivedReason: 'The plume turned east; Langfang was not exposed',
    });
  });

  test("a city reads its own obligations, and its partners' only within events it is party to", async () => {
    const [world, another] = await Promise.all([accidentCluster(), aCluster({ cities: 1 }).build()]);
    const { eventId } = await confirmedAccident(world);
    const tianjin = world.city('Tianjin').officer;
    const own = await gql(tianjin, OBLIGATIONS, { clusterId: world.id });
    expect(own.data!.obligations.nodes.every((o) => o.city?.id === world.city('Tianjin').id)).toBe(true);
    const inEvent = await gql(tianjin, OBLIGATIONS, { clusterId: world.id, filter: { eventId } });
    expect(
      new Set(inEvent.data?.obligations.nodes.map((o: { city: { id: string } | null }) => o.city?.id ?? 'office')),
    ).toEqual(new Set([world.city('Tangshan').id, world.city('Tianjin').id, world.city('Langfang').id, 'office']));
    const partner = await gql(tianjin, OBLIGATIONS, {
      clusterId: world.id,
      filter: { cityId: world.city('Tangshan').id },
    });
    expect(onlyError(partner).code).toBe('FORBIDDEN');
    const notParty = await gql(world.city('Hengshui').officer, OBLIGATIONS, {
      clusterId: world.id,
      filter: { eventId },
    });
    expect(notParty.data?.obligations.nodes).toEqual([]);
    const otherCluster = await gql(another.coordinator, OBLIGATIONS, { clusterId: world.id });
    expect(onlyError(otherCluster).code).toBe('NOT_FOUND');
  });

  test("no filter value reaches another cluster's obligations", async () => {
    const [world, another] = await Promise.all([accidentCluster(), aCluster({ cities: 1 }).build()]);
    await confirmedAccident(world);
    const token = world.coordinator;
    for (const cityId of [another.cities[0].id, `COORDINATION_OFFICE#${another.id}`, 'city-nowhere']) {
      for (const status of [['OPEN', 'OVERDUE'] satisfies ObligationStatus[], null]) {
        const response = await gql(token, OBLIGATIONS, {
          clusterId: world.id,
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
    const world = await accidentCluster();
    await confirmedAccident(world);
    const token = world.coordinator;
    const reversed = await gql(token, OBLIGATIONS, {
      clusterId: world.id,
      filter: { dueAfter: '2027-01-01T00:00:00Z', dueBefore: '2026-01-01T00:00:00Z' },
    });
    expect(onlyError(reversed)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The due-time window is empty: dueAfter must be before dueBefore.',
    });
    const overdueNextYear = await gql(token, OBLIGATIONS, {
      clusterId: world.id,
      filter: { status: ['OVERDUE'], dueAfter: '2099-01-01T00:00:00Z' },
    });
    expect(overdueNextYear.data?.obligations).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const openLongAgo = await gql(token, OBLIGATIONS, {
      clusterId: world.id,
      filter: { status: ['OPEN'], dueBefore: '2000-01-01T00:00:00Z' },
    });
    expect(openLongAgo.data?.obligations.nodes).toEqual([]);
    const audit = await gql(
      token,
      'query ($clusterId: ID!) { auditLog(clusterId: $clusterId, filter: { since: "2027-01-01T00:00:00Z", until: "2026-01-01T00:00:00Z" }) { nodes { id } } }',
      { clusterId: world.id },
    );
    expect(onlyError(audit).code).toBe('BAD_USER_INPUT');
  });

  test('listing obligations with their city, duty, event and agreement is batched, not one call per obligation', async () => {
    // Three confirmed accidents of five obligations each: enough that one call per obligation would show.
    const world = await accidentCluster();
    for (let event = 0; event < 3; event++) await confirmedAccident(world);
    const counter = countDynamoCalls(dynamoClients);
    counter.reset();
    const response = await gql(world.coordinator, OBLIGATIONS, { clusterId: world.id, first: 100 });
    expect(response.data?.obligations.nodes.length).toBeGreaterThan(10);
    // One Query, then one BatchGetItem each for agreement versions (the duty's deadline) and agreements; the city's id
    // and the event's id come from the obligation.
    expect(counter.byCommand).toEqual({ BatchGetItemCommand: 2, QueryCommand: 1 });
  });
});
