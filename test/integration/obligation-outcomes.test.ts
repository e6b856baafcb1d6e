import { activateAgreements } from '../../src/services/events';
import { recordOverdueObligations } from '../../src/services/obligations';
import { repositories } from '../../src/store';
import { gql, onlyError } from '../support/api';
import { hoursFrom } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { CONFIRM, FULFIL, OBLIGATIONS, REPORT, WAIVE } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { RequestAidInput } from '../generated/graphql';

// Each test's own cluster has the demo's accident responsibility list in force. A level III accident gives the origin a
// 1-hour report (REPORT) and a 2-hour on-site command (JOINT_RESPONSE), each affected city a 2-hour warning
// (WARN_DOWNSTREAM), and the office a 6-hour bulletin (SHARE_INFORMATION).
afterEach(() => testClock.reset());

const accidentCluster = () =>
  aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'],
    catalogue: true,
    agreements: ['agr-jjj-accidents'],
  }).build();
const RECORDS = graphql(`
  query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) {
    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {
      nodes {
        id
        kind
        counts
        obligation {
          id
        }
        withdrawal {
          reason
          byName
        }
      }
    }
  }
`);
const STANDING = graphql(`
  query ObligationOutcomesStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      negativeEvidence
      recordsCounted
    }
  }
`);
const CLOSE = graphql(`
  mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) {
    setRiskEventStatus(input: $input) {
      status
      closedAt
      version
      closure {
        waivedObligations
        stillOwedObligations
        summary
      }
    }
  }
`);
const REQUEST_AID = graphql(`
  mutation ObligationOutcomesRequestAid($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
    }
  }
`);

type Obligation = {
  id: string;
  status: string;
  version: number;
  dueAt: string;
  triggeredAt: string;
  duty: { id: string };
  city: { id: string } | null;
  waivedReason: string | null;
};

/** A level III accident in `origin`, confirmed at the test clock's instant. */
async function confirmedAccident(
  world: BuiltCluster,
  origin: string,
  affected: string[],
): Promise<{ id: string; version: number; confirmedAt: string }> {
  const at = testClock.now();
  const reported = await gql(world.city(origin).officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city(origin).id,
      affectedCityIds: affected.map((name) => world.city(name).id),
      location: { description: 'Industrial park' },
      description: 'Chemical tank leak',
      observedAt: hoursFrom(at, -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const confirmed = await gql(world.coordinator, CONFIRM, { input: { eventId: reported.data!.reportRiskEvent.id } });
  expect(confirmed.errors).toBeUndefined();
  const event = confirmed.data!.confirmRiskEvent;
  if (event.confirmedAt === null) throw new Error(`event ${event.id} was confirmed without a confirmation time`);
  return { ...event, confirmedAt: event.confirmedAt };
}

const obligationsOf = async (world: BuiltCluster, eventId: string): Promise<Obligation[]> =>
  (await gql(world.coordinator, OBLIGATIONS, { clusterId: world.id, filter: { eventId }, first: 100 })).data!
    .obligations.nodes;

async function recordsAbout(world: BuiltCluster, city: string, obligationId: string) {
  const response = await gql(world.coordinator, RECORDS, { clusterId: world.id, cityId: world.city(city).id });
  return response.data!.complianceRecords.nodes.filter((record) => record.obligation?.id === obligationId);
}

describe('a backdated on-time fulfilment racing the overdue job', () => {
  test('ends either FULFILLED with no LATE record, or refused with the LATE record standing; never both', async () => {
    const world = await accidentCluster();
    const tangshan = world.city('Tangshan').officer;
    const outcomes: string[] = [];
    testClock.setTo(new Date().toISOString());
    for (let run = 0; run < 12; run++) {
      const event = await confirmedAccident(world, 'Tangshan', []);
      const report = (await obligationsOf(world, event.id)).find((o) => o.duty.id === 'report')!;
      // Ninety minutes on, the 1-hour report is overdue; Tangshan claims it was sent after 30 minutes while the job runs.
      testClock.setTo(hoursFrom(event.confirmedAt, 1.5));
      // The job's overdue step starts first and the fulfilment a little later each run, so they interleave at different points.
      const job = recordOverdueObligations(repositories, testClock.now());
      await new Promise((next) => setTimeout(next, run * 3));
      const fulfilment = await gql(tangshan, FULFIL, {
        input: {
          obligationId: report.id,
          expectedVersion: 1,
          fulfilledAt: hoursFrom(event.confirmedAt, 0.5),
          evidence: { text: 'Report No. 7 faxed to the office' },
        },
      });
      await job;
      await runUpkeepJob(); // whatever the race left open is recorded now
      const after = (await obligationsOf(world, event.id)).find((o) => o.id === report.id)!;
      const kinds = (await recordsAbout(world, 'Tangshan', report.id)).map((record) => record.kind).sort();
      if (fulfilment.errors) {
        expect(onlyError(fulfilment)).toMatchObject({
          code: 'CONFLICT',
          extensions: { currentState: 'OVERDUE' },
          message: expect.stringMatching(/was recorded as late on .* cannot be accepted now/) as string,
        });
        expect([after.status, kinds]).toEqual(['OVERDUE', ['LATE']]);
        outcomes.push('refused');
      } else {
        expect(fulfilment.data?.fulfilObligation).toMatchObject({ status: 'FULFILLED', version: 2 });
        expect([after.status, kinds]).toEqual(['FULFILLED', ['FULFILLED']]);
        outcomes.push('fulfilled');
      }
      testClock.advance(3 * 3_600_000);
    }
    expect(outcomes).toHaveLength(12);
  }, 180_000); // sized to the work under load: 12 runs of the race, 15 s each

  test('a fulfilment read before the late mark is decided again on the marked obligation, not refused as a conflict', async () => {
    const world = await accidentCluster();
    const tangshan = world.city('Tangshan').officer;
    const event = await confirmedAccident(world, 'Tangshan', []);
    const obligations = await obligationsOf(world, event.id);
    const find = (duty: string) => obligations.find((o) => o.duty.id === duty)!;
    testClock.setTo(hoursFrom(event.confirmedAt, 3));
    expect((await runUpkeepJob()).recorded).toBeGreaterThanOrEqual(2);
    // Both were read at version 1; the job's mark made them version 2.
    const backdated = await gql(tangshan, FULFIL, {
      input: {
        obligationId: find('report').id,
        expectedVersion: 1,
        fulfilledAt: hoursFrom(event.confirmedAt, 0.5),
        evidence: { text: 'Sent at once' },
      },
    });
    // Refused for the obligation's state (late on record), not for the version read.
    expect(onlyError(backdated)).toMatchObject({
      code: 'CONFLICT',
      extensions: { currentState: 'OVERDUE' },
      message: expect.stringMatching(/recorded as late/) as string,
    });
    expect(onlyError(backdated).extensions).not.toHaveProperty('currentVersion');
    const honest = await gql(tangshan, FULFIL, {
      input: {
        obligationId: find('command').id,
        expectedVersion: 1,
        evidence: { text: 'On-site command set up at the park gate' },
      },
    });
    expect(honest.data?.fulfilObligation).toMatchObject({ status: 'FULFILLED_LATE', version: 3 });
    // A version older than that is still someone else's change.
    const stale = await gql(tangshan, FULFIL, {
      input: { obligationId: find('report').id, expectedVersion: 0, evidence: { text: 'x' } },
    });
    expect(onlyError(stale)).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: 0, currentVersion: 2 } });
  });

  test('a close decided on the unmarked obligation cannot commit once the job has marked it', async () => {
    const world = await accidentCluster();
    const event = await confirmedAccident(world, 'Tangshan', []);
    const read = (await repositories.obligations.openOfEvent(world.id, event.id)).find((o) => o.dutyId === 'report')!;
    testClock.setTo(hoursFrom(event.confirmedAt, 2));
    await runUpkeepJob();
    const closing = {
      status: 'FULFILLED' as const,
      fulfilledAt: event.confirmedAt,
      evidenceText: 'x',
      evidenceLinks: [],
      waivedReason: undefined,
    };
    await expect(
      repositories.obligations.close(read, closing, { id: 'x', name: 'x', role: 'CITY' }, testClock.now()),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('waiving an obligation already recorded as late', () => {
  test('withdraws the LATE record in the same change: it stays on file and no longer counts', async () => {
    const world = await accidentCluster();
    const event = await confirmedAccident(world, 'Baoding', ['Cangzhou']);
    const report = (await obligationsOf(world, event.id)).find((o) => o.duty.id === 'report')!;
    testClock.setTo(hoursFrom(event.confirmedAt, 0.5));
    await runUpkeepJob(); // nothing of this event is due yet; anything else overdue in the table is recorded now
    testClock.setTo(hoursFrom(event.confirmedAt, 1.5));
    const before = (await gql(world.coordinator, STANDING, { cityId: world.city('Baoding').id })).data!.trustStanding;
    await runUpkeepJob();
    const late = (await gql(world.coordinator, STANDING, { cityId: world.city('Baoding').id })).data!.trustStanding;
    expect(late.negativeEvidence).toBeGreaterThan(before.negativeEvidence);
    expect(late.recordsCounted).toBe(before.recordsCounted + 1);

    const reason = 'The Baoding command centre lost power; the office took the report by phone.';
    const waived = await gql(world.coordinator, WAIVE, {
      input: { obligationId: report.id, expectedVersion: 1, reason },
    });
    expect(waived.data?.waiveObligation).toMatchObject({ status: 'WAIVED', waivedReason: reason, version: 3 });
    expect(await recordsAbout(world, 'Baoding', report.id)).toEqual([
      {
        id: expect.any(String) as string,
        kind: 'LATE',
        counts: false,
        obligation: { id: report.id },
        withdrawal: { reason, byName: expect.any(String) as string },
      },
    ]);
    // At the same instant, the standing is exactly what it was before the lateness.
    expect((await gql(world.coordinator, STANDING, { cityId: world.city('Baoding').id })).data?.trustStanding).toEqual(
      before,
    );
    expect(
      onlyError(await gql(world.coordinator, WAIVE, { input: { obligationId: report.id, expectedVersion: 3, reason } }))
        .message,
    ).toMatch(/already WAIVED/);
  });

  test('a waiver before the job runs leaves nothing for the job to record', async () => {
    const world = await accidentCluster();
    const event = await confirmedAccident(world, 'Cangzhou', []);
    const command = (await obligationsOf(world, event.id)).find((o) => o.duty.id === 'command')!;
    testClock.setTo(hoursFrom(event.confirmedAt, 3));
    const waived = await gql(world.coordinator, WAIVE, {
      input: {
        obligationId: command.id,
        expectedVersion: 1,
        reason: 'Command was taken over by the provincial level.',
      },
    });
    expect(waived.data?.waiveObligation.status).toBe('WAIVED');
    await runUpkeepJob();
    expect(await recordsAbout(world, 'Cangzhou', command.id)).toEqual([]);
  });
});

describe('closing an event', () => {
  test('waives the response obligations not yet due, keeps reports and overdue ones owed, and says so', async () => {
    const world = await accidentCluster();
    const event = await confirmedAccident(world, 'Langfang', ['Tianjin']);
    testClock.setTo(hoursFrom(event.confirmedAt, 1.5));
    const closed = await gql(world.coordinator, CLOSE, {
      input: { eventId: event.id, expectedVersion: event.version, status: 'CLOSED' },
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.setRiskEventStatus).toMatchObject({
      status: 'CLOSED',
      closedAt: testClock.now(),
      closure: {
        waivedObligations: 3,
        stillOwedObligations: 1,
        summary:
          '3 obligations of the response not yet due were waived as lapsed; 1 obligation is still owed with its deadline (reports, fund contributions, or already overdue).',
      },
    });
    const statuses = (await obligationsOf(world, event.id))
      .map((o) => [o.duty.id, o.city?.id ?? 'office', o.status, o.waivedReason])
      .sort();
    const lapsed = `The event was closed on ${testClock.now()} before this was due; the response it served is over.`;
    expect(statuses).toEqual([
      ['bulletin', 'office', 'WAIVED', lapsed],
      ['command', world.city('Langfang').id, 'WAIVED', lapsed],
      ['report', world.city('Langfang').id, 'OVERDUE', null],
      ['warn', world.city('Tianjin').id, 'WAIVED', lapsed],
    ]);

    // Hours later the job records the overdue report late, and nothing for the lapsed duties.
    testClock.setTo(hoursFrom(event.confirmedAt, 10));
    await runUpkeepJob();
    const langfangKinds = (
      await gql(world.coordinator, RECORDS, { clusterId: world.id, cityId: world.city('Langfang').id })
    ).data!.complianceRecords.nodes.map((r: { kind: string }) => r.kind);
    const tianjinRecords = (
      await gql(world.coordinator, RECORDS, { clusterId: world.id, cityId: world.city('Tianjin').id })
    ).data!.complianceRecords.nodes;
    expect(langfangKinds).toEqual(['LATE']);
    expect(tianjinRecords).toEqual([]);
    // The report is still owed: Langfang files it after the close.
    const report = (await obligationsOf(world, event.id)).find((o) => o.duty.id === 'report')!;
    const filed = await gql(world.city('Langfang').officer, FULFIL, {
      input: {
        obligationId: report.id,
        expectedVersion: report.version,
        evidence: { text: 'After-action report No. 12' },
      },
    });
    expect(filed.data?.fulfilObligation.status).toBe('FULFILLED_LATE');
  });

  test('an obligation an activation wrote after the close lapses when it falls due instead of going late', async () => {
    const world = await accidentCluster();
    const event = await confirmedAccident(world, 'Tangshan', []);
    testClock.setTo(hoursFrom(event.confirmedAt, 0.5));
    const closed = await gql(world.coordinator, CLOSE, {
      input: { eventId: event.id, expectedVersion: event.version, status: 'CLOSED' },
    });
    expect(closed.data?.setRiskEventStatus.closure).toMatchObject({ waivedObligations: 2, stillOwedObligations: 1 });
    // An update adding Beijing that read the event before the close activates after it.
    const stored = (await repositories.events.get(event.id))!;
    expect(
      await activateAgreements(
        repositories,
        { ...stored, affectedCityIds: [world.city('Beijing').id] },
        { id: 'x', name: 'Racing update', role: 'COORDINATOR' },
        testClock.now(),
      ),
    ).toBe(1);
    testClock.setTo(hoursFrom(event.confirmedAt, 3));
    const run = await runUpkeepJob();
    expect(run.lapsed).toBe(1);
    const beijing = (await obligationsOf(world, event.id)).find((o) => o.city?.id === world.city('Beijing').id)!;
    expect(beijing).toMatchObject({
      status: 'WAIVED',
      waivedReason: expect.stringMatching(/^The event was closed on/) as string,
    });
    expect(await recordsAbout(world, 'Beijing', beijing.id)).toEqual([]);
  });

  test('aid can no longer be requested for a closed event', async () => {
    const world = await accidentCluster();
    const event = await confirmedAccident(world, 'Langfang', []);
    const closed = await gql(world.coordinator, CLOSE, {
      input: { eventId: event.id, expectedVersion: event.version, status: 'CLOSED' },
    });
    const request: RequestAidInput = {
      clusterId: world.id,
      requesterCityId: world.city('Langfang').id,
      resourceTypeId: 'mobile-pump-unit',
      minimumTier: 'II',
      quantity: 4,
      neededBy: hoursFrom(testClock.now(), 6),
      destination: { name: 'Gu\u2019an', latitude: 39.44, longitude: 116.3 },
    };
    const refused = await gql(world.city('Langfang').officer, REQUEST_AID, {
      input: { ...request, eventId: event.id },
    });
    expect(onlyError(refused)).toMatchObject({
      code: 'CONFLICT',
      extensions: { currentState: 'CLOSED' },
      message: `The event was closed on ${closed.data?.setRiskEventStatus.closedAt}; aid can no longer be requested for it. Request it without naming the event, or name the event now under way.`,
    });
    expect((await gql(world.city('Langfang').officer, REQUEST_AID, { input: request })).errors).toBeUndefined();
  });
});
