import { recordOverdueObligations } from '../../src/services/obligations';
import { repositories } from '../../src/store';
import { demoToken, gql, onlyError } from '../support/api';
import { hoursFrom, officerOf } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { CONFIRM, OBLIGATIONS, REPORT, WAIVE } from '../support/operations';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';

beforeAll(freshTableWithDemoData);
afterEach(() => testClock.reset());

const coordinator = () => demoToken('demo-coordinator-jjj');
const RECORDS = graphql(`
  query OverdueRacesRecords($cityId: ID) {
    complianceRecords(clusterId: "cluster-jjj", cityId: $cityId, first: 100) {
      nodes {
        kind
        counts
        obligation {
          id
        }
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation OverdueRacesClose($input: SetRiskEventStatusInput!) {
    setRiskEventStatus(input: $input) {
      status
    }
  }
`);
type Obligation = { id: string; status: string; version: number; duty: { id: string }; city: { id: string } | null };

async function confirmedAccident(origin: string): Promise<{ id: string; version: number; confirmedAt: string }> {
  const reported = await gql(await officerOf(origin, 'cluster-jjj'), REPORT, {
    input: {
      clusterId: 'cluster-jjj',
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: origin,
      affectedCityIds: [],
      location: { description: 'Industrial park' },
      description: 'Chemical tank leak',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const event = (await gql(await coordinator(), CONFIRM, { input: { eventId: reported.data!.reportRiskEvent.id } }))
    .data!.confirmRiskEvent;
  if (event.confirmedAt === null) throw new Error(`event ${event.id} was confirmed without a confirmation time`);
  return { ...event, confirmedAt: event.confirmedAt };
}
const obligationsOf = async (eventId: string): Promise<Obligation[]> =>
  (await gql(await coordinator(), OBLIGATIONS, { clusterId: 'cluster-jjj', filter: { eventId }, first: 100 })).data!
    .obligations.nodes;
const lateCounting = async (cityId: string, ids: string[]) =>
  (await gql(await coordinator(), RECORDS, { cityId })).data?.complianceRecords.nodes.filter(
    (r: { kind: string; counts: boolean; obligation: { id: string } | null }) =>
      r.kind === 'LATE' && r.counts && r.obligation && ids.includes(r.obligation.id),
  ).length;

test('a waiver racing the overdue job never leaves a waived obligation with a LATE record that counts', async () => {
  testClock.setTo(new Date().toISOString());
  for (let run = 0; run < 8; run++) {
    const event = await confirmedAccident('city-tangshan');
    const report = (await obligationsOf(event.id)).find((o) => o.duty.id === 'report')!;
    testClock.setTo(hoursFrom(event.confirmedAt, 1.5));
    const job = recordOverdueObligations(repositories, testClock.now());
    await new Promise((next) => setTimeout(next, run * 2));
    const waived = await gql(await coordinator(), WAIVE, {
      input: { obligationId: report.id, expectedVersion: 1, reason: 'Power cut' },
    });
    await job;
    await runUpkeepJob();
    const after = (await obligationsOf(event.id)).find((o) => o.id === report.id)!;
    if (waived.errors) expect(onlyError(waived).code).toBe('CONFLICT');
    else expect(after.status).toBe('WAIVED');
    if (after.status === 'WAIVED') expect(await lateCounting('city-tangshan', [report.id])).toBe(0);
    testClock.advance(3 * 3_600_000);
  }
});

test('closing an event racing the overdue job: nothing waived keeps a LATE record that counts, nothing not yet due is marked late', async () => {
  testClock.setTo(new Date().toISOString());
  for (let run = 0; run < 6; run++) {
    const event = await confirmedAccident('city-cangzhou');
    testClock.setTo(hoursFrom(event.confirmedAt, 1.5));
    const job = recordOverdueObligations(repositories, testClock.now());
    await new Promise((next) => setTimeout(next, run * 2));
    const closed = await gql(await coordinator(), CLOSE, {
      input: { eventId: event.id, expectedVersion: event.version, status: 'CLOSED' },
    });
    expect(closed.errors).toBeUndefined();
    await job;
    await runUpkeepJob();
    const after = await obligationsOf(event.id);
    const waived = after.filter((o) => o.status === 'WAIVED').map((o) => o.id);
    expect(await lateCounting('city-cangzhou', waived)).toBe(0);
    expect(after.filter((o) => o.status === 'OPEN')).toEqual([]);
    testClock.advance(3 * 3_600_000);
  }
});
