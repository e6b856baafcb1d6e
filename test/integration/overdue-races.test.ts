import { recordOverdueObligations } from '../../src/services/obligations';
import { repositories } from '../../src/store';
import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { CONFIRM, OBLIGATIONS, REPORT, WAIVE } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

afterEach(() => testClock.reset());

const RECORDS = graphql(`
  query OverdueRacesRecords($clusterId: ID!, $cityId: ID) {
    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {
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

/**
 * A cluster of the test's own under an accident agreement: the origin city reports within an hour and commands the
 * response within two, the coordination office publishes a bulletin within six.
 */
async function accidentCluster(origin: string): Promise<BuiltCluster> {
  const world = await aCluster({ cities: [origin, 'Beijing', 'Tianjin'] }).build();
  await agreementInForce(
    world.coordinator,
    new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: world.cityIds(), categories: ['ACCIDENT'] })
      .duty('ORIGIN', 'REPORT', 'PT1H', { id: 'report' })
      .duty('ORIGIN', 'JOINT_RESPONSE', 'PT2H', { id: 'command' })
      .duty('COORDINATION_OFFICE', 'SHARE_INFORMATION', 'PT6H', { id: 'bulletin' })
      .build(),
  );
  return world;
}

async function confirmedAccident(
  world: BuiltCluster,
  origin: string,
): Promise<{ id: string; version: number; confirmedAt: string }> {
  const reported = await gql(world.city(origin).officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city(origin).id,
      affectedCityIds: [],
      location: { description: 'Industrial park' },
      description: 'Chemical tank leak',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const event = (await gql(world.coordinator, CONFIRM, { input: { eventId: reported.data!.reportRiskEvent.id } })).data!
    .confirmRiskEvent;
  if (event.confirmedAt === null) throw new Error(`event ${event.id} was confirmed without a confirmation time`);
  return { ...event, confirmedAt: event.confirmedAt };
}
const obligationsOf = async (world: BuiltCluster, eventId: string): Promise<Obligation[]> =>
  (await gql(world.coordinator, OBLIGATIONS, { clusterId: world.id, filter: { eventId }, first: 100 })).data!
    .obligations.nodes;
const lateCounting = async (world: BuiltCluster, cityName: string, ids: string[]) =>
  (
    await gql(world.coordinator, RECORDS, { clusterId: world.id, cityId: world.city(cityName).id })
  ).data?.complianceRecords.nodes.filter(
    (r: { kind: string; counts: boolean; obligation: { id: string } | null }) =>
      r.kind === 'LATE' && r.counts && r.obligation && ids.includes(r.obligation.id),
  ).length;

test('a waiver racing the overdue job never leaves a waived obligation with a LATE record that counts', async () => {
  const world = await accidentCluster('Tangshan');
  testClock.setTo(new Date().toISOString());
  for (let run = 0; run < 8; run++) {
    const event = await confirmedAccident(world, 'Tangshan');
    const report = (await obligationsOf(world, event.id)).find((o) => o.duty.id === 'report')!;
    testClock.setTo(hoursFrom(event.confirmedAt, 1.5));
    const job = recordOverdueObligations(repositories, testClock.now());
    await new Promise((next) => setTimeout(next, run * 2));
    const waived = await gql(world.coordinator, WAIVE, {
      input: { obligationId: report.id, expectedVersion: 1, reason: 'Power cut' },
    });
    await job;
    await runUpkeepJob();
    const after = (await obligationsOf(world, event.id)).find((o) => o.id === report.id)!;
    if (waived.errors) expect(onlyError(waived).code).toBe('CONFLICT');
    else expect(after.status).toBe('WAIVED');
    if (after.status === 'WAIVED') expect(await lateCounting(world, 'Tangshan', [report.id])).toBe(0);
    testClock.advance(3 * 3_600_000);
  }
}, 120_000); // sized to the work under load: 8 runs of the race, 15 s each

test('closing an event racing the overdue job: nothing waived keeps a LATE record that counts, nothing not yet due is marked late', async () => {
  const world = await accidentCluster('Cangzhou');
  testClock.setTo(new Date().toISOString());
  for (let run = 0; run < 6; run++) {
    const event = await confirmedAccident(world, 'Cangzhou');
    testClock.setTo(hoursFrom(event.confirmedAt, 1.5));
    const job = recordOverdueObligations(repositories, testClock.now());
    await new Promise((next) => setTimeout(next, run * 2));
    const closed = await gql(world.coordinator, CLOSE, {
      input: { eventId: event.id, expectedVersion: event.version, status: 'CLOSED' },
    });
    expect(closed.errors).toBeUndefined();
    await job;
    await runUpkeepJob();
    const after = await obligationsOf(world, event.id);
    const waived = after.filter((o) => o.status === 'WAIVED').map((o) => o.id);
    expect(await lateCounting(world, 'Cangzhou', waived)).toBe(0);
    expect(after.filter((o) => o.status === 'OPEN')).toEqual([]);
    testClock.advance(3 * 3_600_000);
  }
}, 90_000); // sized to the work under load: 6 runs of the race, 15 s each
