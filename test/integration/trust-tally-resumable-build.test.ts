import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../../src/config';
import { isTallyField, tallyOf, totalOf, type TallyFields } from '../../src/domain/trust/tally';
import { subjectKeyOf } from '../../src/domain/compliance/ids';
import { repositories } from '../../src/store';
import { documentClient } from '../../src/store/client';
import { readTotal } from '../../src/store/totals';
import { advanceTrustTallies, trustTallyBuildLimits, trustTallyKeys } from '../../src/store/trust-tallies';
import { gql } from '../support/api';
import { hoursFrom } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { CONFIRM, FULFIL, OBLIGATIONS, RANKING, ranking, REPORT, toTwelveDigits } from '../support/operations';
import { trustAsBeforeTallies } from '../support/old-records';
import { evidenceBySubject } from '../support/trust-evidence';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

// A build of the trust tallies advances in bounded steps (a chunk of records per transaction, its cursor kept in the
// marker), by requests and by the scheduled job. Here chunks hold a few records and a request's budget is spent
// after one chunk, so a small cluster's build takes many steps; every build must end with tallies exactly equal to what the
// records say, computed by the tally's own pure function from the records read back from the table.

const DEFAULT_LIMITS = { ...trustTallyBuildLimits };
afterEach(() => {
  Object.assign(trustTallyBuildLimits, DEFAULT_LIMITS);
  jest.restoreAllMocks();
});
afterAll(() => testClock.reset());

const DAY_MS = 86_400_000;
const CITIES = ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'];

const RECORD = graphql(`
  mutation TrustTallyResumableRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const SETTINGS = graphql(`
  mutation TrustTallyResumableSettings($input: SetTrustSettingsInput!) {
    setTrustSettings(input: $input) {
      version
    }
  }
`);
// Every figure of a standing a tally keeps (or computes from its months), to compare the records' with the tallies'.
graphql(`
  fragment TrustTallyResumableFigures on TrustStanding {
    score
    uncertainty
    lowerBound
    positiveEvidence
    negativeEvidence
    recordsCounted
    trend {
      score
    }
    change
    direction
  }
`);
const STANDING = graphql(`
  query TrustTallyResumableStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      ...TrustTallyResumableFigures
    }
  }
`);
const OFFICE_STANDING = graphql(`
  query TrustTallyResumableOfficeStanding($clusterId: ID!) {
    officeTrustStanding(clusterId: $clusterId) {
      ...TrustTallyResumableFigures
    }
  }
`);

async function marker(world: BuiltCluster) {
  const item = await readTotal(trustTallyKeys.marker(world.id));
  return {
    generation: Number(item?.generation),
    building: item?.building as string | undefined,
    buildStep: item?.buildStep === undefined ? undefined : Number(item.buildStep),
  };
}

const nonZero = (fields: TallyFields) =>
  Object.fromEntries([...fields].filter(([, amount]) => amount !== 0n).map(([field, amount]) => [field, amount]));

/**
 * Every item of the generation in use, exactly as the records say: each subject's total and each month's moves,
 * recomputed from the records with the generation's half-life and reference instant.
 */
async function expectTalliesExactlyAsRecords(world: BuiltCluster): Promise<void> {
  const kept = await readTotal(trustTallyKeys.marker(world.id));
  expect(kept?.building).toBeUndefined();
  const generation = Number(kept!.generation);
  const frame = { halfLifeDays: Number(kept!.halfLifeDays), referenceMs: Date.parse(String(kept!.referenceAt)) };
  const expected: Record<string, Record<string, bigint>> = {};
  for (const [subjectKey, evidence] of await evidenceBySubject(world.id)) {
    const moves = tallyOf(evidence, frame);
    const total = nonZero(totalOf(moves));
    if (Object.keys(total).length) expected[trustTallyKeys.subject(world.id, generation, subjectKey).sk] = total;
    for (const [month, fields] of moves)
      expected[trustTallyKeys.month(world.id, generation, subjectKey, month).sk] = nonZero(fields);
  }
  const { Items = [] } = await documentClient.send(
    new QueryCommand({
      TableName: config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': trustTallyKeys.marker(world.id).pk, ':prefix': `g${generation}#` },
      ConsistentRead: true,
    }),
  );
  const stored: Record<string, Record<string, bigint>> = {};
  for (const item of Items as Array<Record<string, unknown> & { sk: string }>) {
    const fields = new Map(
      Object.entries(item)
        .filter(([field]) => isTallyField(field))
        .map(([field, value]) => [field, BigInt(String(value))]),
    );
    const shown = nonZero(fields);
    if (Object.keys(shown).length) stored[item.sk] = shown;
  }
  expect(Object.keys(expected).length).toBeGreaterThan(10);
  expect(stored).toEqual(expected);
}

/**
 * A cluster with a history of about twenty records: breaches over the past year, an accident's duties recorded late
 * by the job, one of them fulfilled late (its lateness replaced, so the two records weigh together across chunks).
 */
async function clusterWithHistory(): Promise<BuiltCluster> {
  testClock.setTo('2026-06-15T09:00:00.000Z');
  const world = await aCluster({ cities: CITIES, agreements: ['agr-jjj-accidents'] }).build();
  for (let i = 0; i < 12; i++) {
    const recorded = await gql(world.coordinator, RECORD, {
      input: {
        clusterId: world.id,
        cityId: world.city(CITIES[i % 4]).id,
        kind: i % 2 ? 'SLOW_RESPONSE' : 'NON_COOPERATION',
        note: `Recorded by the office (${i}).`,
        evidence: { text: 'Duty log' },
        at: new Date(Date.parse(testClock.now()) - (i * 29 + 3) * DAY_MS).toISOString(),
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
      affectedCityIds: [world.city('Tianjin').id, world.city('Langfang').id],
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
  testClock.advance(40 * DAY_MS);
  const fulfilled = await gql(world.city('Tangshan').officer, FULFIL, {
    input: { obligationId: late.id, expectedVersion: late.version, evidence: { text: 'Report sent, late' } },
  });
  expect(fulfilled.data?.fulfilObligation.status).toBe('FULFILLED_LATE');
  testClock.advance(20 * DAY_MS);
  return world;
}

/**
 * A request commits one chunk and stops. Chunks end after two records read, or (`itemsFull`) after five records read
 * or as soon as a record would move more than three items, so that chunks end inside the page read too.
 */
function tinySteps(ending: 'pageRead' | 'itemsFull' = 'pageRead'): void {
  trustTallyBuildLimits.recordsPerChunk = ending === 'pageRead' ? 2 : 5;
  trustTallyBuildLimits.itemsPerChunk = ending === 'pageRead' ? 98 : 3;
  trustTallyBuildLimits.requestBudgetMs = 0;
}

test('a build forced into many small steps (a half-life changed) ends with tallies exactly as the records say; readers meanwhile answer from the records', async () => {
  const world = await clusterWithHistory();
  tinySteps();
  const changed = await gql(world.coordinator, SETTINGS, {
    input: { clusterId: world.id, expectedVersion: 1, trustHalfLifeDays: 60 },
  });
  expect(changed.errors).toBeUndefined();
  // The change started the build and took one step: the new generation is not in use yet.
  const started = await marker(world);
  expect(started.generation).toBe(2);
  expect(typeof started.building).toBe('string');

  const whileBuilding = await ranking(world);
  const steps: number[] = [];
  for (let read = 0; read < 40 && (await marker(world)).building; read++) {
    steps.push((await marker(world)).buildStep!);
    // Every reader during the build answers from the records, the same figures each time.
    expect(await ranking(world)).toEqual(whileBuilding);
  }
  expect(steps.length).toBeGreaterThan(5);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  expect(await marker(world)).toEqual({ generation: 2, building: undefined, buildStep: undefined });
  await expectTalliesExactlyAsRecords(world);
  // Read from the finished tallies: the same figures the records gave.
  expect(await ranking(world)).toEqual(whileBuilding);
}, 180_000);

test('a step that fails between chunks is resumed where the last chunk ended, and nothing is added twice', async () => {
  const world = await clusterWithHistory();
  const before = await ranking(world);
  await trustAsBeforeTallies(world.id);
  tinySteps('itemsFull');
  // The third chunk's transaction fails once before it reaches the table, the fifth once just after it committed.
  const send = documentClient.send.bind(documentClient);
  let chunks = 0;
  jest.spyOn(documentClient, 'send').mockImplementation((async (command: unknown) => {
    const isChunk =
      command instanceof TransactWriteCommand &&
      (command.input.TransactItems ?? []).some((item) => item.Update?.UpdateExpression?.includes('#step = :next'));
    if (!isChunk) return send(command as never);
    chunks++;
    if (chunks === 3) throw new Error('Lambda stopped before the chunk was written');
    const result = await send(command as never);
    if (chunks === 5) throw new Error('Lambda stopped just after the chunk was written');
    return result;
  }) as never);

  const seen = [];
  for (let read = 0; read < 40 && (read === 0 || (await marker(world)).building); read++)
    seen.push(await ranking(world));
  expect(chunks).toBeGreaterThan(5);
  // The failed steps released their lease: the next reader resumed at once, from the marker's cursor.
  for (const answer of seen) expect(answer).toEqual(before);
  expect(await marker(world)).toEqual({ generation: 1, building: undefined, buildStep: undefined });
  await expectTalliesExactlyAsRecords(world);
  expect(await ranking(world)).toEqual(before);
}, 180_000);

test('a step holding a fresh lease is left alone; once its lease ran out (a Lambda killed mid-step), the next step resumes the build', async () => {
  const world = await clusterWithHistory();
  const before = await ranking(world);
  await trustAsBeforeTallies(world.id);
  tinySteps();
  expect(await ranking(world)).toEqual(before);
  const started = await marker(world);
  expect(started.building).toEqual(expect.any(String));
  const key = trustTallyKeys.marker(world.id);
  const lease = async (untilMs: number) =>
    documentClient.send(
      new UpdateCommand({
        TableName: config.TABLE_NAME,
        Key: key,
        UpdateExpression: 'SET buildLease = :lease, buildLeaseUntil = :until',
        ExpressionAttributeValues: { ':lease': 'another-step', ':until': untilMs },
      }),
    );
  await lease(Date.now() + 60_000);
  expect(await ranking(world)).toEqual(before);
  expect(await advanceTrustTallies(world.id, testClock.now())).toBeUndefined();
  expect(await marker(world)).toEqual(started);

  await lease(Date.now() - 1);
  for (let read = 0; read < 40 && (await marker(world)).building; read++) expect(await ranking(world)).toEqual(before);
  expect((await marker(world)).building).toBeUndefined();
  await expectTalliesExactlyAsRecords(world);
}, 180_000);

test('steps racing on the same build (leases that run out at once) commit each chunk once: one consistent generation', async () => {
  const world = await clusterWithHistory();
  const before = await ranking(world);
  await trustAsBeforeTallies(world.id);
  tinySteps('itemsFull');
  // Every lease has already run out when taken: several steps run chunks at the same time, on the same cursor.
  trustTallyBuildLimits.leaseMarginMs = -60_000;
  const stepper = async () => {
    for (let round = 0; round < 60; round++) {
      if (await advanceTrustTallies(world.id, testClock.now())) return;
    }
    throw new Error('the build did not finish');
  };
  await Promise.all([stepper(), stepper(), stepper(), stepper(), ranking(world), ranking(world)]);
  expect(await marker(world)).toEqual({ generation: 1, building: undefined, buildStep: undefined });
  await expectTalliesExactlyAsRecords(world);
  Object.assign(trustTallyBuildLimits, DEFAULT_LIMITS);
  expect(await ranking(world)).toEqual(before);
}, 180_000);

test('the scheduled job finishes a build the requests left in progress', async () => {
  const world = await clusterWithHistory();
  tinySteps();
  const changed = await gql(world.coordinator, SETTINGS, {
    input: { clusterId: world.id, expectedVersion: 1, trustHalfLifeDays: 500 },
  });
  expect(changed.errors).toBeUndefined();
  expect((await marker(world)).building).toEqual(expect.any(String));
  const run = await runUpkeepJob();
  expect(run).toMatchObject({ trustTallyBuildsFinished: 1, trustTallyBuildsInProgress: 0, failed: 0 });
  expect(await marker(world)).toEqual({ generation: 2, building: undefined, buildStep: undefined });
  await expectTalliesExactlyAsRecords(world);
}, 180_000);

test('while a build is in progress, a cluster with more records than a reader may read from is asked to try again, and is answered once the job has finished the build', async () => {
  const world = await clusterWithHistory();
  tinySteps();
  trustTallyBuildLimits.recordsReadWhileBuilding = 5;
  const changed = await gql(world.coordinator, SETTINGS, {
    input: { clusterId: world.id, expectedVersion: 1, trustHalfLifeDays: 90 },
  });
  expect(changed.errors).toBeUndefined();
  expect((await marker(world)).building).toEqual(expect.any(String));

  const reads = jest.spyOn(repositories.compliance, 'ofClusterUpTo');
  const refused = await gql(world.coordinator, RANKING, { clusterId: world.id });
  expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(refused.errors?.[0].message).toMatch(/being recomputed from its 5\+ compliance records.*try again/);
  expect(refused.data?.clusterTrust ?? null).toBeNull();
  // Asked again (by a member): refused at once, without reading the records again.
  const again = await gql(world.city('Tianjin').officer, RANKING, { clusterId: world.id });
  expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(reads).toHaveBeenCalledTimes(1);

  expect(await runUpkeepJob()).toMatchObject({ trustTallyBuildsFinished: 1, trustTallyBuildsInProgress: 0 });
  await expectTalliesExactlyAsRecords(world);
  const answered = await gql(world.coordinator, RANKING, { clusterId: world.id });
  expect(answered.errors).toBeUndefined();
  expect(answered.data?.clusterTrust.members.length).toBe(CITIES.length);
}, 180_000);

test("while a build is in progress, one city's standing is computed from that city's records alone: answered (as the tallies answer once built) though the cluster has too many to rank, and refused for a city with too many of its own", async () => {
  const world = await clusterWithHistory();
  // Beijing gets more records of its own than Tangshan, whose records include a lateness its late fulfilment replaces.
  for (let i = 0; i < 4; i++) {
    const recorded = await gql(world.coordinator, RECORD, {
      input: {
        clusterId: world.id,
        cityId: world.city('Beijing').id,
        kind: 'SLOW_RESPONSE',
        note: `Slow again (${i}).`,
        evidence: { text: 'Duty log' },
        at: new Date(Date.parse(testClock.now()) - (i * 17 + 2) * DAY_MS).toISOString(),
        agreementId: world.agreement('agr-jjj-accidents'),
      },
    });
    expect(recorded.errors).toBeUndefined();
  }
  const evidence = await evidenceBySubject(world.id);
  const tangshan = evidence.get(world.city('Tangshan').id)!;
  expect(tangshan.map((record) => record.kind)).toEqual(expect.arrayContaining(['LATE', 'FULFILLED_LATE']));
  const beijing = evidence.get(world.city('Beijing').id)!;
  const office = evidence.get(subjectKeyOf(world.id, null))!;
  const inCluster = [...evidence.values()].reduce((sum, records) => sum + records.length, 0);
  // A reader may read as many records as Tangshan has: the cluster has more, and so has Beijing.
  expect(office.length).toBeLessThanOrEqual(tangshan.length);
  expect(beijing.length).toBeGreaterThan(tangshan.length);
  expect(inCluster).toBeGreaterThan(tangshan.length);
  tinySteps();
  trustTallyBuildLimits.recordsReadWhileBuilding = tangshan.length;
  const changed = await gql(world.coordinator, SETTINGS, {
    input: { clusterId: world.id, expectedVersion: 1, trustHalfLifeDays: 120 },
  });
  expect(changed.errors).toBeUndefined();

  const clusterReads = jest.spyOn(repositories.compliance, 'ofClusterUpTo');
  const subjectReads = jest.spyOn(repositories.compliance, 'aboutSubjectUpTo');
  const refused = await gql(world.coordinator, RANKING, { clusterId: world.id });
  expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
  const standing = async (cityName: string) => {
    const response = await gql(world.city(cityName).officer, STANDING, { cityId: world.city(cityName).id });
    expect(response.errors).toBeUndefined();
    return toTwelveDigits(response.data!.trustStanding);
  };
  const officeStanding = async () => {
    const response = await gql(world.coordinator, OFFICE_STANDING, { clusterId: world.id });
    expect(response.errors).toBeUndefined();
    return toTwelveDigits(response.data!.officeTrustStanding);
  };
  const tangshanWhileBuilding = await standing('Tangshan');
  expect(tangshanWhileBuilding.recordsCounted).toBeGreaterThan(0);
  const officeWhileBuilding = await officeStanding();
  for (let asked = 0; asked < 2; asked++) {
    const tooMany = await gql(world.city('Beijing').officer, STANDING, { cityId: world.city('Beijing').id });
    expect(tooMany.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(tooMany.errors?.[0].message).toMatch(
      new RegExp(
        `standing of this city is being recomputed from its ${tangshan.length}\\+ compliance records.*try again`,
      ),
    );
  }
  // Each standing read its subject's records only (Beijing's once: asked again, it was refused without reading them).
  expect(clusterReads).toHaveBeenCalledTimes(1);
  expect(subjectReads.mock.calls.map(([, subjectKey]) => subjectKey)).toEqual([
    world.city('Tangshan').id,
    subjectKeyOf(world.id, null),
    world.city('Beijing').id,
  ]);
  expect((await marker(world)).building).toEqual(expect.any(String));

  expect(await runUpkeepJob()).toMatchObject({ trustTallyBuildsFinished: 1, trustTallyBuildsInProgress: 0 });
  await expectTalliesExactlyAsRecords(world);
  // From the finished tallies: the figures the records gave.
  expect(await standing('Tangshan')).toEqual(tangshanWhileBuilding);
  expect(await officeStanding()).toEqual(officeWhileBuilding);
  expect((await standing('Beijing')).recordsCounted).toBe(beijing.length);
  expect(subjectReads).toHaveBeenCalledTimes(3);
}, 180_000);
