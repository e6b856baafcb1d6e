import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../../src/config';
import { documentClient } from '../../src/store/client';
import { trustTallyKeys } from '../../src/store/trust-tallies';
import { readTotal } from '../../src/store/totals';
import { gql } from '../support/api';
import { runUpkeepJob, testClock } from '../support/clock';
import { CONFIRM, FULFIL, OBLIGATIONS, ranking, REPORT } from '../support/operations';
import { trustAsBeforeTallies } from '../support/old-records';
import { aCluster, type BuiltCluster } from '../support/world';
import { hoursFrom } from '../support/builders';
import { graphql } from '../generated';

// A level III accident owes the origin a 1-hour report and a 2-hour on-site command, each affected city a 2-hour
// warning, and the office a 6-hour bulletin.
afterAll(() => testClock.reset());

const DAY_MS = 86_400_000;
const CITIES = ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'];

const RECORD = graphql(`
  mutation TrustTallyUpgradeRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
/** A cluster with a history: breaches over the past year, an accident's duties late, one fulfilled late. */
async function clusterWithHistory(): Promise<BuiltCluster> {
  testClock.setTo('2026-06-15T09:00:00.000Z');
  const world = await aCluster({ cities: CITIES, agreements: ['agr-jjj-accidents'] }).build();
  for (const [i, daysAgo] of [300, 200, 120, 40, 5].entries()) {
    const recorded = await gql(world.coordinator, RECORD, {
      input: {
        clusterId: world.id,
        cityId: world.city(CITIES[i % 3]).id,
        kind: i % 2 ? 'SLOW_RESPONSE' : 'NON_COOPERATION',
        note: 'Recorded by the office.',
        evidence: { text: 'Duty log' },
        at: new Date(Date.parse(testClock.now()) - daysAgo * DAY_MS).toISOString(),
        agreementId: world.agreement('agr-jjj-accidents'),
      },
    });
    expect(recorded.errors).toBeUndefined();
  }
  const reported = await gql(world.city('Tangshan').officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city('Tangshan').id,
      affectedCityIds: [world.city('Tianjin').id],
      location: { description: 'Steel works' },
      description: 'Blast furnace gas leak',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  const eventId = reported.data!.reportRiskEvent.id;
  expect((await gql(world.coordinator, CONFIRM, { input: { eventId } })).errors).toBeUndefined();
  testClock.advance(8 * 3_600_000);
  await runUpkeepJob();
  const late = (
    await gql(world.coordinator, OBLIGATIONS, { clusterId: world.id, filter: { eventId }, first: 50 })
  ).data!.obligations.nodes.find((o) => o.city?.id === world.city('Tangshan').id)!;
  const fulfilled = await gql(world.city('Tangshan').officer, FULFIL, {
    input: { obligationId: late.id, expectedVersion: late.version, evidence: { text: 'Report sent, late' } },
  });
  expect(fulfilled.data?.fulfilObligation.status).toBe('FULFILLED_LATE');
  testClock.advance(20 * DAY_MS);
  return world;
}

test('a table whose records were written before trust tallies were kept gets them built once, by concurrent first readers, and kept from then on', async () => {
  const world = await clusterWithHistory();
  const before = await ranking(world);

  await trustAsBeforeTallies(world.id);
  expect(await readTotal(trustTallyKeys.marker(world.id))).toBeUndefined();
  // Several readers at once on the old table: built from the records once, never doubled.
  const read = await Promise.all([ranking(world), ranking(world), ranking(world)]);
  for (const result of read) expect(result).toEqual(before);
  const marker = await readTotal(trustTallyKeys.marker(world.id));
  expect(Number(marker?.generation)).toBe(1);
  expect(marker?.building).toBeUndefined();

  // From then on every write moves them: one more record counts once.
  const recorded = await gql(world.coordinator, RECORD, {
    input: {
      clusterId: world.id,
      cityId: world.city('Langfang').id,
      kind: 'SLOW_RESPONSE',
      note: 'Slow again.',
      evidence: { text: 'Duty log' },
      agreementId: world.agreement('agr-jjj-accidents'),
    },
  });
  expect(recorded.errors).toBeUndefined();
  const after = await ranking(world);
  const langfang = (result: typeof before) =>
    result.members.find((m) => m.standing.city?.id === world.city('Langfang').id)!.standing;
  expect(langfang(after).recordsCounted).toBe(langfang(before).recordsCounted + 1);
  expect(langfang(after).negativeEvidence).toBeCloseTo(langfang(before).negativeEvidence + 2, 9);
}, 120_000);

test('a build cut short (its marker left behind) is started over by the next reader', async () => {
  const world = await clusterWithHistory();
  const before = await ranking(world);
  await trustAsBeforeTallies(world.id);
  // A build that started long ago and never finished: its generation holds nothing.
  await documentClient.send(
    new PutCommand({
      TableName: config.TABLE_NAME,
      Item: {
        ...trustTallyKeys.marker(world.id),
        generation: 1,
        halfLifeDays: 365,
        referenceAt: '2025-05-01T00:00:00.000Z',
        building: '2020-01-01T00:00:00.000Z',
        keptSince: '2020-01-01T00:00:00.000Z',
      },
    }),
  );
  expect(await ranking(world)).toEqual(before);
  const marker = await readTotal(trustTallyKeys.marker(world.id));
  expect(Number(marker?.generation)).toBe(2);
  expect(marker?.building).toBeUndefined();
}, 120_000);
