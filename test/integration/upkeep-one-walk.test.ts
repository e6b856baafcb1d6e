import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { runObligationUpkeep } from '../../src/jobs/overdue';
import { repositories } from '../../src/store';
import { dynamoClients } from '../../src/store/client';
import { gql } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { CONFIRM, OBLIGATIONS, REPORT } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';

/**
 * The scheduled upkeep walks the clusters once per run and does each cluster's steps together (recurring obligations,
 * late marks, reminders, overdue corrective actions); a failing step of one cluster stops neither that cluster's other
 * steps nor the other clusters; a run whose time runs short leaves the rest to the next run, which goes on from there.
 */
const counter = countDynamoCalls(dynamoClients);

afterEach(() => {
  jest.restoreAllMocks();
  testClock.reset();
});

/** A cluster of the test's own under an accident agreement whose origin city must report within an hour. */
async function accidentCluster(origin: string): Promise<BuiltCluster> {
  const world = await aCluster({ cities: [origin, 'Beijing'] }).build();
  await agreementInForce(
    world.coordinator,
    new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: world.cityIds(), categories: ['ACCIDENT'] })
      .duty('ORIGIN', 'REPORT', 'PT1H', { id: 'report' })
      .build(),
  );
  return world;
}

/** A confirmed accident in `origin`, so its report falls due an hour after the confirmation; returns that instant. */
async function confirmedAccident(
  world: BuiltCluster,
  origin: string,
): Promise<{ eventId: string; confirmedAt: string }> {
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
  const eventId = reported.data!.reportRiskEvent.id;
  const confirmed = (await gql(world.coordinator, CONFIRM, { input: { eventId } })).data!.confirmRiskEvent;
  return { eventId, confirmedAt: confirmed.confirmedAt! };
}

const reportStatus = async (world: BuiltCluster, eventId: string) =>
  (await gql(world.coordinator, OBLIGATIONS, { clusterId: world.id, filter: { eventId }, first: 10 })).data!.obligations
    .nodes[0].status;

/** Counts the runs' listings of the clusters and the DynamoDB calls they cost. */
function watchListing() {
  const list = repositories.clusters.listAllIds.bind(repositories.clusters);
  const listing = { runs: 0, calls: {} as Record<string, number> };
  jest.spyOn(repositories.clusters, 'listAllIds').mockImplementation(async () => {
    counter.reset();
    const ids = await list();
    listing.runs += 1;
    for (const [command, calls] of Object.entries(counter.byCommand))
      listing.calls[command] = (listing.calls[command] ?? 0) + calls;
    return ids;
  });
  return listing;
}

test('a run lists the clusters once (one Query), not once per step', async () => {
  await Promise.all([
    aCluster({ cities: 2 }).build(),
    aCluster({ cities: 2 }).build(),
    aCluster({ cities: 2 }).build(),
  ]);
  const listing = watchListing();
  const run = await runUpkeepJob();
  expect(listing).toEqual({ runs: 1, calls: { QueryCommand: 1 } });
  expect(run.clusters).toBeGreaterThanOrEqual(3);
  expect(run.clustersLeft).toBe(0);
});

test('a step failing for one cluster stops neither its other steps nor the other clusters; the next run does it', async () => {
  testClock.setTo(new Date().toISOString());
  const [failing, healthy] = await Promise.all([accidentCluster('Tangshan'), accidentCluster('Cangzhou')]);
  const [inFailing, inHealthy] = await Promise.all([
    confirmedAccident(failing, 'Tangshan'),
    confirmedAccident(healthy, 'Cangzhou'),
  ]);
  testClock.setTo(
    hoursFrom(inFailing.confirmedAt > inHealthy.confirmedAt ? inFailing.confirmedAt : inHealthy.confirmedAt, 2),
  );
  // The first step (recurring obligations) of the failing cluster cannot read its agreements.
  const activeInCluster = repositories.agreements.activeInCluster.bind(repositories.agreements);
  jest.spyOn(repositories.agreements, 'activeInCluster').mockImplementation(async (clusterId) => {
    if (clusterId === failing.id) throw new Error('ProvisionedThroughputExceededException');
    return activeInCluster(clusterId);
  });

  const run = await runUpkeepJob();
  expect(run.failed).toBe(1);
  expect(run.recorded).toBeGreaterThanOrEqual(2);
  // The failing cluster's later step (the late mark) was still done, and so was the other cluster.
  expect(await reportStatus(failing, inFailing.eventId)).toBe('OVERDUE');
  expect(await repositories.obligations.overdueNotRecorded(failing.id, testClock.now())).toEqual([]);
  expect(await repositories.obligations.overdueNotRecorded(healthy.id, testClock.now())).toEqual([]);

  jest.restoreAllMocks();
  expect((await runUpkeepJob()).failed).toBe(0);
});

test('a run whose time runs short leaves the other clusters to the next runs, which go on where it stopped', async () => {
  await Promise.all([
    aCluster({ cities: 2 }).build(),
    aCluster({ cities: 2 }).build(),
    aCluster({ cities: 2 }).build(),
  ]);
  const all = await repositories.clusters.listAllIds();
  const get = repositories.clusters.get.bind(repositories.clusters);
  const walked: string[] = [];
  jest.spyOn(repositories.clusters, 'get').mockImplementation(async (clusterId) => {
    walked.push(clusterId);
    return get(clusterId);
  });
  // Time for one cluster per run: plenty at the start, nothing left once it is done.
  const runs = [];
  for (let run = 0; run < all.length; run++) {
    let asked = 0;
    runs.push(await runObligationUpkeep(testClock.now, () => (asked++ === 0 ? 60_000 : 1_000)));
  }
  expect(runs.map((run) => [run.clusters, run.clustersLeft])).toEqual(all.map(() => [1, all.length - 1]));
  // Every cluster was walked once across the runs, each run starting after the one before stopped.
  expect(walked).toEqual([...all].sort());
  // Unbounded (npm start, tests), a run walks them all.
  expect((await runUpkeepJob()).clustersLeft).toBe(0);
});
