import { transaction, neverRefused } from '../../src/store/kernel';
import { obligationTallyBuild, obligationTallyKeys } from '../../src/store/obligation-tallies';
import { forgetKeptTallies } from '../../src/store/tally-build';
import { exactMinor, readTotal } from '../../src/store/totals';
import { demoToken, gql } from '../support/api';
import { hoursFrom, officerOf } from '../support/builders';
import { testClock } from '../support/clock';
import { obligationsAsBeforeTallies } from '../support/old-records';
import { CONFIRM, FULFIL, OBLIGATIONS, REPORT, SUMMARY, WAIVE } from '../support/operations';
import { freshTableWithDemoData } from '../support/table';
import { finishTallyBuild } from '../support/tally-builds';

// Beijing–Tianjin–Hebei: a level III accident owes the origin a 1-hour report and a 2-hour on-site command, each
// affected city a 2-hour warning, and the office a 6-hour bulletin.
beforeAll(freshTableWithDemoData);
afterAll(() => testClock.reset());

const CLUSTER = 'cluster-jjj';
const coordinator = () => demoToken('demo-coordinator-jjj');

async function summary(eventId?: string) {
  const response = await gql(await coordinator(), SUMMARY, { clusterId: CLUSTER, ...(eventId ? { eventId } : {}) });
  expect(response.errors).toBeUndefined();
  return response.data!.obligationSummary;
}

async function obligationsOf(eventId: string) {
  const response = await gql(await coordinator(), OBLIGATIONS, { clusterId: CLUSTER, filter: { eventId }, first: 100 });
  expect(response.errors).toBeUndefined();
  return response.data!.obligations.nodes;
}

/** A level III accident at Tangshan affecting Tianjin, confirmed by the office: its obligations are owed. */
async function confirmedAccident(): Promise<string> {
  const reported = await gql(await officerOf('city-tangshan', CLUSTER), REPORT, {
    input: {
      clusterId: CLUSTER,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: 'city-tangshan',
      affectedCityIds: ['city-tianjin'],
      location: { description: 'Steel works' },
      description: 'Blast furnace gas leak',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const eventId = reported.data!.reportRiskEvent.id;
  expect((await gql(await coordinator(), CONFIRM, { input: { eventId } })).errors).toBeUndefined();
  return eventId;
}

test('a table whose obligations were closed before tallies were kept gets them built once, and keeps them from then on', async () => {
  testClock.setTo(new Date().toISOString());
  const eventId = await confirmedAccident();
  const obligations = await obligationsOf(eventId);
  const tangshan = await officerOf('city-tangshan', CLUSTER);
  const origin = obligations.filter((o) => o.city?.id === 'city-tangshan');
  expect(origin.length).toBeGreaterThanOrEqual(2);
  // One fulfilled on time, one waived: closed history an earlier release would have left without tallies.
  const fulfilled = await gql(tangshan, FULFIL, {
    input: { obligationId: origin[0].id, expectedVersion: origin[0].version, evidence: { text: 'Sent' } },
  });
  expect(fulfilled.errors).toBeUndefined();
  const waived = await gql(await coordinator(), WAIVE, {
    input: { obligationId: origin[1].id, expectedVersion: origin[1].version, reason: 'Handled by the province' },
  });
  expect(waived.errors).toBeUndefined();
  const before = { cluster: await summary(), event: await summary(eventId) };

  await obligationsAsBeforeTallies(CLUSTER);
  expect(await readTotal(obligationTallyKeys.marker(CLUSTER))).toBeUndefined();
  // Several readers at once on the old table: the tallies are computed from the records, once, never doubled.
  const [first, second, third] = await Promise.all([summary(), summary(), summary(eventId)]);
  expect(first).toEqual(before.cluster);
  expect(second).toEqual(before.cluster);
  expect(third).toEqual(before.event);
  await finishTallyBuild(obligationTallyBuild, CLUSTER);
  expect((await readTotal(obligationTallyKeys.marker(CLUSTER)))?.keptSince).toEqual(expect.any(String));
  const row = (rows: typeof before.cluster) => rows.find((r) => r.city?.id === 'city-tangshan')!;
  expect(row(first)).toMatchObject({
    fulfilledOnTime: row(before.cluster).fulfilledOnTime,
    waived: row(before.cluster).waived,
  });
  expect(row(first).fulfilledOnTime + row(first).waived).toBeGreaterThanOrEqual(2);

  // From then on every write moves them: a later waiver counts once.
  const other = obligations.find((o) => o.city?.id === 'city-tianjin')!;
  const waivedLater = await gql(await coordinator(), WAIVE, {
    input: { obligationId: other.id, expectedVersion: other.version, reason: 'Warning given by phone' },
  });
  expect(waivedLater.errors).toBeUndefined();
  const after = await summary();
  const tianjin = (rows: typeof after) => rows.find((r) => r.city?.id === 'city-tianjin')!;
  expect(tianjin(after).waived).toBe(tianjin(before.cluster).waived + 1);
  expect(tianjin(after).open + tianjin(after).overdue).toBe(
    tianjin(before.cluster).open + tianjin(before.cluster).overdue - 1,
  );
});

test('tallies an earlier release backfilled whole are read and moved where it kept them; what a cut-short backfill left is never counted', async () => {
  const before = await summary();
  const tangshan = (rows: typeof before) => rows.find((r) => r.city?.id === 'city-tangshan')!;
  const counted = tangshan(before);

  // A backfill of the earlier release cut short: whole tallies (absurd here, to be seen if counted) and no marker.
  await obligationsAsBeforeTallies(CLUSTER);
  await transaction()
    .putTotal(
      'left by a cut-short backfill',
      { ...obligationTallyKeys.obligee(CLUSTER, 'city-tangshan', 1), FULFILLED: 900n, WAIVED: 900n },
      neverRefused,
    )
    .commit();
  expect(tangshan(await summary())).toEqual(counted);
  await finishTallyBuild(obligationTallyBuild, CLUSTER);
  expect((await readTotal(obligationTallyKeys.marker(CLUSTER)))?.keptSince).toEqual(expect.any(String));
  expect(await readTotal(obligationTallyKeys.earlierMarker(CLUSTER))).toBeUndefined();

  // A cluster the earlier release kept (or backfilled again after a rollback): its tallies and marker in layout 1.
  await obligationsAsBeforeTallies(CLUSTER);
  await transaction()
    .putTotal(
      'kept by the earlier release',
      {
        ...obligationTallyKeys.obligee(CLUSTER, 'city-tangshan', 1),
        FULFILLED: BigInt(counted.fulfilledOnTime),
        FULFILLED_LATE: BigInt(counted.fulfilledLate),
        WAIVED: BigInt(counted.waived),
      },
      neverRefused,
    )
    .putTotal('its marker', { ...obligationTallyKeys.earlierMarker(CLUSTER), keptSince: testClock.now() }, neverRefused)
    .commit();
  forgetKeptTallies();
  // Only Tangshan's tally was written back: the summary reads layout 1, not the records.
  const kept = await summary();
  expect(tangshan(kept)).toEqual(counted);
  expect(kept.find((r) => r.city?.id === 'city-tianjin')?.waived ?? 0).toBe(0);

  // A waiver moves the layout-1 tally.
  const open = (await obligationsOf(await confirmedAccident())).find((o) => o.city?.id === 'city-tangshan')!;
  const waived = await gql(await coordinator(), WAIVE, {
    input: { obligationId: open.id, expectedVersion: open.version, reason: 'Handled by the province' },
  });
  expect(waived.errors).toBeUndefined();
  expect(tangshan(await summary())).toMatchObject({ waived: counted.waived + 1 });
  const layoutOne = await readTotal(obligationTallyKeys.obligee(CLUSTER, 'city-tangshan', 1));
  expect(exactMinor(layoutOne?.WAIVED)).toBe(BigInt(counted.waived + 1));
});
