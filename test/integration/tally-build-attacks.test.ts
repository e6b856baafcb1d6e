import { randomUUID } from 'node:crypto';
import { COORDINATION_OFFICE } from '../../src/domain/obligations/ids';
import { repositories } from '../../src/store';
import { InventoryItemEntity, ObligationEntity, type StoredInventoryItem } from '../../src/store/entities';
import { availableHoldings, inventoryTallyBuild, inventoryTallyKeys } from '../../src/store/inventory-tallies';
import { WriteTransaction } from '../../src/store/kernel';
import {
  CLOSED_STATUSES,
  closedCounts,
  obligationTallyBuild,
  obligationTallyKeys,
  type ClosedCounts,
  type ClosedStatus,
} from '../../src/store/obligation-tallies';
import { advanceTallyBuild, forgetKeptTallies, tallyBuildLimits, type TallyBuild } from '../../src/store/tally-build';
import { exactMinor, queryTotals, readTotal } from '../../src/store/totals';
import { gql } from '../support/api';
import { runUpkeepJob } from '../support/clock';
import { availableByCityTypeTier } from '../support/inventory-oracle';
import { oldItem, oldObligation, putOldItems, putOldObligations, stockAsBeforeTallies } from '../support/old-records';
import { ACCEPT_AID_OFFER, CANCEL_AID, CANCEL_AID_REQUEST, OFFER_AID, SUMMARY } from '../support/operations';
import { pumpsAt, requestPumps } from '../support/aid';
import { finishTallyBuild } from '../support/tally-builds';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';

// Attacks on the chunked, leased builds of obligation and stock tallies (commit 48487a6): every test ends by comparing
// the kept tallies with what the records say, read from the table itself.

const DEFAULT_LIMITS = { ...tallyBuildLimits };
afterEach(() => {
  Object.assign(tallyBuildLimits, DEFAULT_LIMITS);
  jest.restoreAllMocks();
});

const SHORTFALLS = `query TallyAttackShortfalls($clusterId: ID!) {
  clusterShortfalls(clusterId: $clusterId) { resourceType { id } available contributions { city { id } available } }
}`;
const UPDATE_ITEM = `mutation TallyAttackUpdate($input: UpdateInventoryItemInput!) {
  updateInventoryItem(input: $input) { version shareable committed }
}`;
/** A waiver answering only what a directly stored obligation (no agreement behind it) can show. */
const WAIVE_ONLY = `mutation TallyAttackWaive($input: WaiveObligationInput!) {
  waiveObligation(input: $input) { id version status }
}`;
const CREATE_ITEM = `mutation TallyAttackCreate($input: CreateInventoryItemInput!) {
  createInventoryItem(input: $input) { id version }
}`;
const UPDATE_ITEMS = `mutation TallyAttackUpdateMany($items: [UpdateInventoryItemInput!]!) {
  updateInventoryItems(items: $items) { id version }
}`;

const now = () => new Date().toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The kernel's own commit, which a test wraps to act between a transaction's reads and its write. */
const realCommit = (Object.getOwnPropertyDescriptor(WriteTransaction.prototype, 'commit') as PropertyDescriptor)
  .value as (this: WriteTransaction) => Promise<void>;

/** The steps of a transaction about to commit (the kernel keeps them private). */
const stepsOf = (tx: WriteTransaction) =>
  (tx as unknown as { steps: Array<{ name: string }> }).steps.map((s) => s.name);

// ---------------------------------------------------------------- obligations

const zero = (): ClosedCounts => ({ FULFILLED: 0, FULFILLED_LATE: 0, WAIVED: 0 });
const nonZeroRows = (rows: Map<string, ClosedCounts> | Record<string, ClosedCounts>) =>
  Object.fromEntries(
    (rows instanceof Map ? [...rows] : Object.entries(rows)).filter(
      ([, c]) => c.FULFILLED + c.FULFILLED_LATE + c.WAIVED,
    ),
  );

/** Per obligee, the closed obligations of the cluster (or one event) as stored, spelled exactly as the cluster. */
async function closedFromTable(clusterId: string, eventId?: string): Promise<Record<string, ClosedCounts>> {
  const { data } = await ObligationEntity.query.byClusterDue({ clusterId }).go({ pages: 'all' });
  const rows: Record<string, ClosedCounts> = {};
  for (const obligation of data) {
    if (obligation.clusterId !== clusterId || obligation.status === 'OPEN') continue;
    if (eventId && obligation.eventId !== eventId) continue;
    const obligee = obligation.cityId ?? COORDINATION_OFFICE;
    rows[obligee] ??= zero();
    rows[obligee][obligation.status] += 1;
  }
  return nonZeroRows(rows);
}

/** A build run to its end in steps that may each take all the chunks they can. */
const TO_THE_END = { budgetMs: 60_000, maxSteps: 500 };
/** A build run to its end one chunk a step. */
const CHUNK_BY_CHUNK = { budgetMs: 0, maxSteps: 500 };

async function kept(build: TallyBuild, clusterId: string) {
  return readTotal(build.marker(clusterId));
}

/** The cursor each chunk of the build ends at, in order, from now on (null: the last chunk). */
function chunkCursors(build: TallyBuild): Array<string | null> {
  const cursors: Array<string | null> = [];
  const addChunk = build.addChunk.bind(build);
  jest.spyOn(build, 'addChunk').mockImplementation(async (...args) => {
    const cursor = await addChunk(...args);
    cursors.push(cursor);
    return cursor;
  });
  return cursors;
}

/** The kept obligation tallies (layout 2) equal the records, for the cluster and for every event in it. */
async function expectObligationTalliesAsRecords(clusterId: string, eventIds: readonly string[] = []): Promise<void> {
  expect((await kept(obligationTallyBuild, clusterId))?.keptSince).toEqual(expect.any(String));
  forgetKeptTallies();
  expect(nonZeroRows(await closedCounts(clusterId, undefined, now()))).toEqual(await closedFromTable(clusterId));
  for (const eventId of eventIds)
    expect(nonZeroRows(await closedCounts(clusterId, eventId, now()))).toEqual(
      await closedFromTable(clusterId, eventId),
    );
  // Nothing kept beside what the records say: the sum of the events' tallies is the number of closed event obligations.
  const totals = await queryTotals(obligationTallyKeys.marker(clusterId).pk, 'v2#event#');
  let sum = 0n;
  for (const total of totals)
    for (const [field, value] of Object.entries(total))
      if (CLOSED_STATUSES.some((status) => field.endsWith(`#${status}`))) sum += exactMinor(value);
  const { data } = await ObligationEntity.query.byClusterDue({ clusterId }).go({ pages: 'all' });
  expect(Number(sum)).toBe(
    data.filter((o) => o.clusterId === clusterId && o.status !== 'OPEN' && o.eventId !== undefined).length,
  );
}

// ---------------------------------------------------------------- inventory

/** Per city, type and tier, what the cluster's stored items make available (spelled exactly as the cluster). */
async function availableFromTable(clusterId: string): Promise<Record<string, number>> {
  const { data } = await InventoryItemEntity.query.byClusterType({ clusterId }).go({ pages: 'all' });
  return availableByCityTypeTier(data.filter((item) => item.clusterId === clusterId));
}

/** The kept stock tallies (whatever layout) equal the stored items. */
async function expectStockTalliesAsRecords(clusterId: string): Promise<void> {
  expect((await kept(inventoryTallyBuild, clusterId))?.keptSince).toEqual(expect.any(String));
  forgetKeptTallies();
  expect(availableByCityTypeTier(await availableHoldings(clusterId, now()))).toEqual(
    await availableFromTable(clusterId),
  );
  const { data } = await InventoryItemEntity.query.byClusterType({ clusterId }).go({ pages: 'all' });
  // Every item the build could reach was flagged: none is left for a later write to count twice or miss.
  expect(data.filter((item) => item.clusterId === clusterId && !item.tallied).map((item) => item.itemId)).toEqual([]);
}

/** The race is real: the cluster's stock is not kept yet and every item the write names is still unflagged. */
async function expectUnflaggedAndNotKept(clusterId: string, names: readonly string[]): Promise<void> {
  expect((await kept(inventoryTallyBuild, clusterId))?.keptSince).toBeUndefined();
  const ids = names.flatMap((name) => /^(?:item|stock) (\S+) at version read$/.exec(name)?.[1] ?? []);
  expect(ids.length).toBeGreaterThan(0);
  for (const itemId of ids) expect((await InventoryItemEntity.get({ itemId }).go()).data?.tallied).toBeUndefined();
}

async function shortfallsAvailable(world: BuiltCluster): Promise<Record<string, number>> {
  const response = await gql<{
    clusterShortfalls: Array<{ resourceType: { id: string }; available: number }>;
  }>(world.coordinator, SHORTFALLS, { clusterId: world.id });
  expect(response.errors).toBeUndefined();
  return Object.fromEntries(response.data!.clusterShortfalls.map((row) => [row.resourceType.id, row.available]));
}

// ================================================================= the scheduled job

test('the scheduled job builds an upgraded cluster in many tiny chunks, and its figures say so', async () => {
  const world = await aCluster({ cities: ['Langfang', 'Tianjin'].map(factsOf), inventory: true }).build();
  const [a, b] = world.cityIds();
  const later = { dueAt: '2099-01-01T00:00:00.000Z' };
  await putOldObligations([
    ...Array.from({ length: 9 }, (_, i) =>
      oldObligation(world.id, [a, b, COORDINATION_OFFICE][i % 3], (['WAIVED', 'FULFILLED_LATE'] as const)[i % 2], {
        eventId: `evt-job-${i % 2}`,
      }),
    ),
    oldObligation(world.id, a, 'OPEN', later),
  ]);
  await putOldItems(Array.from({ length: 7 }, (_, i) => oldItem(world.id, [a, b][i % 2], { shareable: 4 + i })));
  Object.assign(tallyBuildLimits, { recordsPerChunk: 2, recordsReadPerChunk: 2 });
  const result = await runUpkeepJob();
  expect(result).toMatchObject({ tallyBuildsFinished: 2, tallyBuildsInProgress: 0, failed: 0 });
  await expectObligationTalliesAsRecords(world.id, ['evt-job-0', 'evt-job-1']);
  await expectStockTalliesAsRecords(world.id);
  // Kept from then on: the next run builds nothing again.
  expect(await runUpkeepJob()).toMatchObject({ tallyBuildsFinished: 0, tallyBuildsInProgress: 0 });
});

// ================================================================= chunk boundaries and cursors

test('an obligation chunk cut at 98 tally items resumes right after the last obligation it counted', async () => {
  const world = await aCluster({ cities: 2 }).build();
  const [a, b] = world.cityIds();
  // 150 closed obligations, each of its own event: 150 event tallies and 3 obligee tallies, more than one
  // transaction may touch, so the chunk (one page of 200) is cut and resumes from a cursor made from an obligation.
  const obligees = [a, b, COORDINATION_OFFICE];
  const statuses: ClosedStatus[] = ['FULFILLED', 'FULFILLED_LATE', 'WAIVED'];
  const eventIds = Array.from({ length: 150 }, (_, i) => `evt-attack-${i}-${randomUUID().slice(0, 6)}`);
  await putOldObligations(
    eventIds.map((eventId, i) => oldObligation(world.id, obligees[i % 3], statuses[(i >> 1) % 3], { eventId })),
  );
  Object.assign(tallyBuildLimits, { recordsPerChunk: 200, recordsReadPerChunk: 200 });
  const chunks = chunkCursors(obligationTallyBuild);

  await finishTallyBuild(obligationTallyBuild, world.id, TO_THE_END);
  // The page held all 150; the first chunk was cut inside it, its cursor made from the last obligation it counted.
  expect(chunks.length).toBe(2);
  expect(chunks[0]).toEqual(expect.any(String));
  await expectObligationTalliesAsRecords(world.id, eventIds);
}, 90_000); // sized to the work under load: 150 records written and two 98-item transactions (over 30 s once at load 6)

test('a stock chunk cut at 98 writes (items plus city tallies) resumes right after the last item it counted', async () => {
  const world = await aCluster({ cities: 1 }).build();
  // 70 cities with two items each: each counted item costs its flag and, first in its city, the city's tally.
  const cities = Array.from({ length: 70 }, (_, i) => `city-attack-${i}-${world.id}`);
  const items = cities.flatMap((cityId, i) => [
    oldItem(world.id, cityId, { shareable: 10 + i, committed: 1 }),
    oldItem(world.id, cityId, { shareable: 3, committed: i % 5, readiness: i % 7 ? 'READY' : 'DEGRADED' }),
  ]);
  await putOldItems(items);
  Object.assign(tallyBuildLimits, { recordsPerChunk: 200, recordsReadPerChunk: 200 });
  const chunks = chunkCursors(inventoryTallyBuild);
  await finishTallyBuild(inventoryTallyBuild, world.id, TO_THE_END);
  // 140 items in one page: cut inside it (49 items and their 49 cities a chunk), three chunks.
  expect(chunks.length).toBe(3);
  expect(chunks.slice(0, 2)).toEqual([expect.any(String), expect.any(String)]);
  await expectStockTalliesAsRecords(world.id);
});

test("one city's items spread over many tiny chunks, each step one chunk: every reader meanwhile answers what the items say", async () => {
  const world = await aCluster({
    cities: ['Langfang', 'Tianjin'].map(factsOf),
    inventory: true,
    requirements: true,
  }).build();
  const langfang = world.city('Langfang').id;
  await putOldItems(
    Array.from({ length: 11 }, (_, i) => oldItem(world.id, langfang, { shareable: 7 + i, committed: i % 3 })),
  );
  const expected = await availableFromTable(world.id);
  Object.assign(tallyBuildLimits, { recordsPerChunk: 2, recordsReadPerChunk: 2 });
  tallyBuildLimits.requestBudgetMs = 0;
  const answer = await shortfallsAvailable(world);
  let reads = 0;
  while (!(await kept(inventoryTallyBuild, world.id))?.keptSince) {
    expect(await shortfallsAvailable(world)).toEqual(answer);
    if (++reads > 40) throw new Error('the build never finished');
  }
  expect(reads).toBeGreaterThan(3);
  expect(await shortfallsAvailable(world)).toEqual(answer);
  expect(await availableFromTable(world.id)).toEqual(expected);
  await expectStockTalliesAsRecords(world.id);
});

// ================================================================= builders racing each other

test('several builders at once, leases always expired: each chunk still counts once', async () => {
  const world = await aCluster({ cities: ['Langfang', 'Tianjin', 'Beijing'].map(factsOf), inventory: true }).build();
  const [a, b] = world.cityIds();
  await putOldObligations(
    Array.from({ length: 40 }, (_, i) =>
      oldObligation(world.id, [a, b, COORDINATION_OFFICE][i % 3], (['WAIVED', 'FULFILLED', 'OPEN'] as const)[i % 3], {
        eventId: `evt-race-${i % 4}`,
      }),
    ),
  );
  await putOldItems(Array.from({ length: 25 }, (_, i) => oldItem(world.id, [a, b][i % 2], { shareable: 5 + i })));
  Object.assign(tallyBuildLimits, { recordsPerChunk: 3, recordsReadPerChunk: 3 });
  // A lease that has always run out: every step takes the build, as after a step the lease thinks was killed.
  tallyBuildLimits.leaseMarginMs = -3_600_000;
  const builder = async (build: TallyBuild) => {
    for (let i = 0; i < 200; i++) if (await advanceTallyBuild(build, world.id, now(), 5)) return;
  };
  await Promise.all([
    builder(obligationTallyBuild),
    builder(obligationTallyBuild),
    builder(obligationTallyBuild),
    builder(inventoryTallyBuild),
    builder(inventoryTallyBuild),
    builder(inventoryTallyBuild),
  ]);
  await expectObligationTalliesAsRecords(
    world.id,
    [0, 1, 2, 3].map((i) => `evt-race-${i}`),
  );
  await expectStockTalliesAsRecords(world.id);
});

// ================================================================= a step killed between chunks

test('a step killed between chunks (its lease never released) is taken over once the lease runs out, from its cursor', async () => {
  const world = await aCluster({
    cities: ['Langfang', 'Tianjin'].map(factsOf),
    inventory: true,
    requirements: true,
  }).build();
  const [a, b] = world.cityIds();
  await putOldItems(Array.from({ length: 12 }, (_, i) => oldItem(world.id, [a, b][i % 2], { shareable: 9 + i })));
  Object.assign(tallyBuildLimits, { recordsPerChunk: 3, recordsReadPerChunk: 3 });
  tallyBuildLimits.requestBudgetMs = 0;
  tallyBuildLimits.leaseMarginMs = 400;
  // The first step dies after its first chunk: its lease is never released.
  let killed = 0;
  jest.spyOn(WriteTransaction.prototype, 'commit').mockImplementation(async function (this: WriteTransaction) {
    if (killed === 0 && stepsOf(this)[0] === 'lease released') {
      killed += 1;
      return;
    }
    return realCommit.call(this);
  });
  const answer = await shortfallsAvailable(world);
  expect(killed).toBe(1);
  const held = await kept(inventoryTallyBuild, world.id);
  expect(held?.buildLease).toEqual(expect.any(String));
  const step = Number(exactMinor(held?.buildStep));
  expect(step).toBe(1);
  // While the lease holds, readers answer from the items and the build stays where the dead step left it.
  expect(await shortfallsAvailable(world)).toEqual(answer);
  expect(Number(exactMinor((await kept(inventoryTallyBuild, world.id))?.buildStep))).toBe(step);
  await sleep(500);
  // Once it ran out, the next steps resume from the cursor it left.
  for (let i = 0; i < 30 && !(await kept(inventoryTallyBuild, world.id))?.keptSince; i++)
    expect(await shortfallsAvailable(world)).toEqual(answer);
  await expectStockTalliesAsRecords(world.id);
  expect(await shortfallsAvailable(world)).toEqual(answer);
  expect(Object.keys(answer)).toContain('mobile-pump-unit');
});

// ================================================================= writers racing a chunk

test('an obligation waived between the read of its chunk and the chunk’s commit is counted once (by its waiver)', async () => {
  const world = await aCluster({ cities: 2 }).build();
  const [a] = world.cityIds();
  const open = Array.from({ length: 6 }, () => oldObligation(world.id, a, 'OPEN'));
  const closed = Array.from({ length: 6 }, () => oldObligation(world.id, a, 'FULFILLED'));
  await putOldObligations([...open, ...closed]);
  Object.assign(tallyBuildLimits, { recordsPerChunk: 4, recordsReadPerChunk: 4 });
  const addChunk = obligationTallyBuild.addChunk.bind(obligationTallyBuild);
  let waived = 0;
  jest.spyOn(obligationTallyBuild, 'addChunk').mockImplementation(async (...args) => {
    const cursor = await addChunk(...args);
    // The chunk was read with these open: they close now, before it commits (the summary is a reader, not a writer).
    for (const obligation of open.splice(0, 2)) {
      const response = await gql(world.coordinator, WAIVE_ONLY, {
        input: { obligationId: obligation.obligationId, expectedVersion: 1, reason: 'Raced a chunk' },
      });
      expect(response.errors).toBeUndefined();
      waived += 1;
    }
    return cursor;
  });
  await finishTallyBuild(obligationTallyBuild, world.id, TO_THE_END);
  expect(waived).toBeGreaterThan(0);
  await expectObligationTalliesAsRecords(world.id);
  const summary = await gql(world.coordinator, SUMMARY, { clusterId: world.id });
  expect(summary.errors).toBeUndefined();
  expect(summary.data!.obligationSummary.find((row) => row.city?.id === a)).toMatchObject({
    fulfilledOnTime: 6,
    waived,
  });
});

test('an item updated between the read of its chunk and the chunk’s commit: the chunk is read again, the write kept', async () => {
  const world = await aCluster({ cities: ['Langfang', 'Tianjin'].map(factsOf), inventory: true }).build();
  const tianjin = world.city('Tianjin');
  const items = Array.from({ length: 5 }, (_, i) => oldItem(world.id, tianjin.id, { shareable: 10 + i }));
  await putOldItems(items);
  Object.assign(tallyBuildLimits, { recordsPerChunk: 50, recordsReadPerChunk: 50 });
  let raced = 0;
  jest.spyOn(WriteTransaction.prototype, 'commit').mockImplementation(async function (this: WriteTransaction) {
    const names = stepsOf(this);
    if (raced === 0 && names.includes('build cursor')) {
      raced += 1;
      for (const item of items.slice(0, 2)) {
        expect(names).toContain(`item ${item.itemId} tallied`);
        const updated = await gql<{ updateInventoryItem: { version: number } }>(tianjin.officer, UPDATE_ITEM, {
          input: { itemId: item.itemId, expectedVersion: 1, shareable: 6 },
        });
        expect(updated.errors).toBeUndefined();
        expect(updated.data!.updateInventoryItem.version).toBe(2);
      }
    }
    return realCommit.call(this);
  });
  await finishTallyBuild(inventoryTallyBuild, world.id, TO_THE_END);
  expect(raced).toBe(1);
  await expectStockTalliesAsRecords(world.id);
});

test('an item read unflagged, flagged by the build before the write commits: the official’s update is not refused and counts once', async () => {
  const world = await aCluster({ cities: ['Langfang', 'Tianjin'].map(factsOf), inventory: true }).build();
  const tianjin = world.city('Tianjin');
  const [first, second] = [
    oldItem(world.id, tianjin.id, { committed: 0 }),
    oldItem(world.id, tianjin.id, { shareable: 40, committed: 0 }),
  ];
  await putOldItems([first, second]);
  let built = 0;
  jest.spyOn(WriteTransaction.prototype, 'commit').mockImplementation(async function (this: WriteTransaction) {
    if (built === 0 && stepsOf(this).some((name) => / at version read$/.test(name) && name.startsWith('item '))) {
      built += 1;
      await expectUnflaggedAndNotKept(world.id, stepsOf(this));
      // The whole build runs between the write's read and its commit.
      await finishTallyBuild(inventoryTallyBuild, world.id, TO_THE_END);
    }
    return realCommit.call(this);
  });
  const updated = await gql<{ updateInventoryItems: Array<{ id: string; version: number }> }>(
    tianjin.officer,
    UPDATE_ITEMS,
    {
      items: [
        { itemId: first.itemId, expectedVersion: 1, shareable: 25, readiness: 'READY' },
        { itemId: second.itemId, expectedVersion: 1, shareable: 1 },
      ],
    },
  );
  expect(built).toBe(1);
  expect(updated.errors).toBeUndefined();
  expect(updated.data!.updateInventoryItems.map((item) => item.version)).toEqual([2, 2]);
  await expectStockTalliesAsRecords(world.id);
});

test('stock committed and released by mutual aid while the build flags the item: no refusal, tallies as the items', async () => {
  const world = await aCluster({
    cities: ['Langfang', 'Tianjin', 'Beijing'].map(factsOf),
    inventory: true,
  }).build();
  const tianjin = world.city('Tianjin').officer;
  // Armed, the build runs to its end between the next stock write's read and its commit.
  let armed = false;
  let builds = 0;
  jest.spyOn(WriteTransaction.prototype, 'commit').mockImplementation(async function (this: WriteTransaction) {
    if (armed && stepsOf(this).some((name) => /^stock .* at version read$/.test(name))) {
      armed = false;
      builds += 1;
      await expectUnflaggedAndNotKept(world.id, stepsOf(this));
      await finishTallyBuild(inventoryTallyBuild, world.id, TO_THE_END);
    }
    return realCommit.call(this);
  });
  const aid = await requestPumps(world, 30);
  const offered = await gql(tianjin, OFFER_AID, {
    input: { requestId: aid.id, itemId: pumpsAt(world, 'Tianjin'), quantity: 10 },
  });
  expect(offered.errors).toBeUndefined();
  const offerId = offered.data!.offerAid.id;

  // Acceptance commits Tianjin's stock.
  await stockAsBeforeTallies(world.id);
  armed = true;
  const accepted = await gql(world.city('Langfang').officer, ACCEPT_AID_OFFER, { offerId });
  expect(builds).toBe(1);
  expect(accepted.errors).toBeUndefined();
  await expectStockTalliesAsRecords(world.id);

  // Cancelling the accepted offer releases it.
  await stockAsBeforeTallies(world.id);
  armed = true;
  const cancelled = await gql(tianjin, CANCEL_AID, { offerId, reason: 'Truck broke down' });
  expect(builds).toBe(2);
  expect(cancelled.errors).toBeUndefined();
  await expectStockTalliesAsRecords(world.id);
});

test('a request cancelled with accepted offers of two unflagged items, the build flagging both meanwhile: the settlement goes through', async () => {
  const world = await aCluster({
    cities: ['Langfang', 'Tianjin', 'Beijing'].map(factsOf),
    inventory: true,
  }).build();
  const aid = await requestPumps(world, 30);
  const offer = async (name: string, quantity: number) => {
    const response = await gql(world.city(name).officer, OFFER_AID, {
      input: { requestId: aid.id, itemId: pumpsAt(world, name), quantity },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.offerAid.id;
  };
  const offers = [await offer('Tianjin', 10), await offer('Beijing', 12)];
  for (const offerId of offers) {
    const accepted = await gql(world.city('Langfang').officer, ACCEPT_AID_OFFER, { offerId });
    expect(accepted.errors).toBeUndefined();
  }
  await stockAsBeforeTallies(world.id);

  let builds = 0;
  jest.spyOn(WriteTransaction.prototype, 'commit').mockImplementation(async function (this: WriteTransaction) {
    if (builds === 0 && stepsOf(this).filter((name) => /^stock .* at version read$/.test(name)).length === 2) {
      builds += 1;
      await expectUnflaggedAndNotKept(world.id, stepsOf(this));
      await finishTallyBuild(inventoryTallyBuild, world.id, TO_THE_END);
    }
    return realCommit.call(this);
  });
  const cancelled = await gql(world.city('Langfang').officer, CANCEL_AID_REQUEST, {
    input: {
      requestId: aid.id,
      expectedVersion: (await repositories.aid.getRequest(aid.id))!.version,
      reason: 'Water receded',
    },
  });
  expect(builds).toBe(1);
  expect(cancelled.errors).toBeUndefined();
  await expectStockTalliesAsRecords(world.id);
});

// ================================================================= before the build, empty clusters, events

test('writes to a cluster before its build starts are counted once, by the writes', async () => {
  const world = await aCluster({ cities: ['Langfang', 'Tianjin'].map(factsOf), inventory: true }).build();
  const [a] = world.cityIds();
  const open = [oldObligation(world.id, a, 'OPEN'), oldObligation(world.id, COORDINATION_OFFICE, 'OPEN')];
  await putOldObligations([
    ...open,
    oldObligation(world.id, a, 'WAIVED'),
    oldObligation(world.id, a, 'FULFILLED_LATE'),
  ]);
  expect(await kept(obligationTallyBuild, world.id)).toBeUndefined();
  for (const obligation of open) {
    const response = await gql(world.coordinator, WAIVE_ONLY, {
      input: { obligationId: obligation.obligationId, expectedVersion: 1, reason: 'Before the build' },
    });
    expect(response.errors).toBeUndefined();
  }
  const tianjin = world.city('Tianjin');
  const updated = await gql(tianjin.officer, UPDATE_ITEM, {
    input: { itemId: world.depotItem('Tianjin', 'mobile-pump-unit', 'II'), expectedVersion: 1, shareable: 3 },
  });
  expect(updated.errors).toBeUndefined();
  expect(await kept(inventoryTallyBuild, world.id)).toBeUndefined();
  await finishTallyBuild(obligationTallyBuild, world.id, CHUNK_BY_CHUNK);
  await finishTallyBuild(inventoryTallyBuild, world.id, CHUNK_BY_CHUNK);
  await expectObligationTalliesAsRecords(world.id);
  await expectStockTalliesAsRecords(world.id);
});

test('a cluster with no records at all: its builds finish at once, and what is written afterwards is counted', async () => {
  const world = await aCluster({ cities: ['Langfang', 'Tianjin'].map(factsOf), requirements: true }).build();
  const summary = await gql(world.coordinator, SUMMARY, { clusterId: world.id });
  expect(summary.errors).toBeUndefined();
  expect(summary.data!.obligationSummary).toEqual([]);
  expect(await shortfallsAvailable(world)).toEqual(expect.any(Object));
  expect((await kept(obligationTallyBuild, world.id))?.keptSince).toEqual(expect.any(String));
  expect((await kept(inventoryTallyBuild, world.id))?.keptSince).toEqual(expect.any(String));
  expect((await kept(inventoryTallyBuild, world.id))?.keptSince).toEqual(expect.any(String));
  expect(await readTotal(inventoryTallyKeys.earlierMarker(world.id))).toBeUndefined();
  const open = oldObligation(world.id, world.cityIds()[0], 'OPEN');
  await putOldObligations([open]);
  const waived = await gql(world.coordinator, WAIVE_ONLY, {
    input: { obligationId: open.obligationId, expectedVersion: 1, reason: 'After the build' },
  });
  expect(waived.errors).toBeUndefined();
  const langfang = world.city('Langfang');
  const before = (await shortfallsAvailable(world))['mobile-pump-unit'] ?? 0;
  const created = await gql(langfang.officer, CREATE_ITEM, {
    input: {
      cityId: langfang.id,
      resourceTypeId: 'mobile-pump-unit',
      tier: 'II',
      onHand: 20,
      shareable: 12,
      readiness: 'READY',
      storage: { name: 'After the build depot', latitude: 39.5, longitude: 116.7 },
    },
  });
  expect(created.errors).toBeUndefined();
  expect((await shortfallsAvailable(world))['mobile-pump-unit']).toBe(before + 12);
  await expectObligationTalliesAsRecords(world.id);
  await expectStockTalliesAsRecords(world.id);
});

test('the event-scoped summary while the build is under way and once it is kept answers what the records say', async () => {
  const world = await aCluster({ cities: 3 }).build();
  const [a, b] = world.cityIds();
  const events = ['evt-scope-1', 'evt-scope-2'];
  await putOldObligations(
    Array.from({ length: 30 }, (_, i) =>
      oldObligation(
        world.id,
        [a, b, COORDINATION_OFFICE][i % 3],
        (['WAIVED', 'FULFILLED', 'FULFILLED_LATE', 'OPEN'] as const)[i % 4],
        {
          ...(i % 5 === 4 ? {} : { eventId: events[i % 2] }),
        },
      ),
    ),
  );
  Object.assign(tallyBuildLimits, { recordsPerChunk: 4, recordsReadPerChunk: 4 });
  tallyBuildLimits.requestBudgetMs = 0;
  let reads = 0;
  for (; reads < 40 && !(await kept(obligationTallyBuild, world.id))?.keptSince; reads++)
    for (const eventId of [undefined, ...events])
      expect(nonZeroRows(await closedCounts(world.id, eventId, now()))).toEqual(
        await closedFromTable(world.id, eventId),
      );
  expect(reads).toBeGreaterThan(1);
  await expectObligationTalliesAsRecords(world.id, events);
});

// ================================================================= letter case

test('records whose cluster id differs only in letter case share the index partition but are never counted', async () => {
  const world = await aCluster({
    cities: ['Langfang', 'Tianjin'].map(factsOf),
    inventory: true,
    requirements: true,
  }).build();
  const [a] = world.cityIds();
  const shouted = world.id.toUpperCase();
  await putOldObligations([
    oldObligation(world.id, a, 'FULFILLED'),
    ...Array.from({ length: 5 }, () => oldObligation(shouted, a, 'WAIVED')),
  ]);
  await putOldItems(Array.from({ length: 5 }, () => oldItem(shouted, a, { shareable: 500 })));
  // The query by the real id does reach them (ElectroDB lower-cases key values)...
  const reached = await ObligationEntity.query.byClusterDue({ clusterId: world.id }).go({ pages: 'all' });
  expect(reached.data.some((o) => o.clusterId === shouted)).toBe(true);
  Object.assign(tallyBuildLimits, { recordsPerChunk: 2, recordsReadPerChunk: 2 });
  tallyBuildLimits.requestBudgetMs = 0;
  const stock = await availableFromTable(world.id);
  // ...but neither the readers meanwhile nor the builds count them.
  let reads = 0;
  for (; reads < 60 && !(await kept(obligationTallyBuild, world.id))?.keptSince; reads++)
    expect(nonZeroRows(await closedCounts(world.id, undefined, now()))).toEqual({
      [a]: { FULFILLED: 1, FULFILLED_LATE: 0, WAIVED: 0 },
    });
  for (; reads < 120 && !(await kept(inventoryTallyBuild, world.id))?.keptSince; reads++)
    expect(availableByCityTypeTier(await availableHoldings(world.id, now()))).toEqual(stock);
  expect(reads).toBeGreaterThan(4);
  await expectObligationTalliesAsRecords(world.id);
  await expectStockTalliesAsRecords(world.id);
  expect(availableByCityTypeTier(await availableHoldings(world.id, now()))).toEqual(stock);
  // The summary's open obligations are read from the open partition, shared the same way: only the cluster's count.
  await putOldObligations(Array.from({ length: 3 }, () => oldObligation(shouted, a, 'OPEN')));
  const summary = await gql(world.coordinator, SUMMARY, { clusterId: world.id });
  expect(summary.errors).toBeUndefined();
  expect(summary.data!.obligationSummary.reduce((sum, row) => sum + row.open + row.overdue, 0)).toBe(0);
  // Asking with the shouted id is NOT_FOUND, and starts no build of a cluster that does not exist.
  const shoutedSummary = await gql(world.coordinator, SUMMARY, { clusterId: shouted });
  expect(shoutedSummary.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(await kept(obligationTallyBuild, shouted)).toBeUndefined();
});

// ================================================================= writers that never let a chunk commit, and a storm

test('a chunk whose items keep changing under it: the step gives up, readers still answer, the build ends exact later', async () => {
  const world = await aCluster({
    cities: ['Langfang', 'Tianjin'].map(factsOf),
    inventory: true,
    requirements: true,
  }).build();
  const tianjin = world.city('Tianjin');
  const items = Array.from({ length: 8 }, (_, i) => oldItem(world.id, tianjin.id, { shareable: 10 + i, committed: 0 }));
  await putOldItems(items);
  Object.assign(tallyBuildLimits, { recordsPerChunk: 500, recordsReadPerChunk: 500 });
  let attempts = 0;
  let interfering = true;
  jest.spyOn(WriteTransaction.prototype, 'commit').mockImplementation(async function (this: WriteTransaction) {
    const names = stepsOf(this);
    if (interfering && names.includes('build cursor')) {
      // An official changes one of the chunk's items (one the chunk is about to flag) just before it commits.
      const item = items.find((candidate) => names.includes(`item ${candidate.itemId} tallied`));
      if (item) {
        attempts += 1;
        const updated = await gql(tianjin.officer, UPDATE_ITEM, {
          input: { itemId: item.itemId, expectedVersion: 1, shareable: 3 },
        });
        expect(updated.errors).toBeUndefined();
      }
    }
    return realCommit.call(this);
  });
  // Every attempt of the chunk loses to a write: the reader's step gives up, and the reader answers from the items.
  const during = await shortfallsAvailable(world);
  expect(attempts).toBe(5);
  expect((await kept(inventoryTallyBuild, world.id))?.keptSince).toBeUndefined();
  interfering = false;
  const after = await shortfallsAvailable(world);
  expect(after).toEqual(during);
  await expectStockTalliesAsRecords(world.id);
});

test('a storm: builders with expired leases, officials updating stock and waiving obligations, readers, all at once', async () => {
  const world = await aCluster({
    cities: ['Langfang', 'Tianjin', 'Beijing'].map(factsOf),
    inventory: true,
    requirements: true,
  }).build();
  const cities = [world.city('Tianjin'), world.city('Beijing')];
  const items = Array.from({ length: 16 }, (_, i) =>
    oldItem(world.id, cities[i % 2].id, { shareable: 10 + i, committed: 0, onHand: 100 }),
  );
  await putOldItems(items);
  const open = Array.from({ length: 12 }, (_, i) =>
    oldObligation(world.id, i % 2 ? cities[i % 2].id : COORDINATION_OFFICE, 'OPEN', { eventId: `evt-storm-${i % 3}` }),
  );
  const closed = Array.from({ length: 20 }, (_, i) =>
    oldObligation(world.id, cities[i % 2].id, (['FULFILLED', 'WAIVED', 'FULFILLED_LATE'] as const)[i % 3], {
      eventId: `evt-storm-${i % 3}`,
    }),
  );
  await putOldObligations([...open, ...closed]);
  Object.assign(tallyBuildLimits, { recordsPerChunk: 2, recordsReadPerChunk: 2 });
  tallyBuildLimits.requestBudgetMs = 30;
  tallyBuildLimits.leaseMarginMs = -3_600_000;

  const refusals: string[] = [];
  const stockWriter = async (token: string, mine: StoredInventoryItem[], seed: number) => {
    for (let round = 0; round < 12; round++) {
      const item = mine[(round * 7 + seed) % mine.length];
      const read = await gql<{ inventoryItem: { version: number } }>(
        token,
        `query ($id: ID!) { inventoryItem(id: $id) { version } }`,
        { id: item.itemId },
      );
      const updated = await gql(token, UPDATE_ITEM, {
        input: {
          itemId: item.itemId,
          expectedVersion: read.data!.inventoryItem.version,
          shareable: (round * 13 + seed) % 60,
          readiness: round % 4 === 3 ? 'DEGRADED' : 'READY',
        },
      });
      // Only another official's change to the same item may refuse it; never the build.
      for (const error of updated.errors ?? [])
        if (!/changed by someone else|changed since/i.test(error.message)) refusals.push(error.message);
    }
  };
  const waiver = async () => {
    for (const obligation of open) {
      const waived = await gql(world.coordinator, WAIVE_ONLY, {
        input: { obligationId: obligation.obligationId, expectedVersion: 1, reason: 'Storm' },
      });
      for (const error of waived.errors ?? []) refusals.push(error.message);
    }
  };
  const builder = async (build: TallyBuild) => {
    for (let i = 0; i < 300; i++) if (await advanceTallyBuild(build, world.id, now(), 5)) return;
  };
  const reader = async () => {
    for (let i = 0; i < 8; i++) {
      const response = await gql(world.coordinator, SHORTFALLS, { clusterId: world.id });
      for (const error of response.errors ?? []) refusals.push(error.message);
      const summary = await gql(world.coordinator, SUMMARY, { clusterId: world.id });
      for (const error of summary.errors ?? []) refusals.push(error.message);
    }
  };
  await Promise.all([
    stockWriter(
      cities[0].officer,
      items.filter((_, i) => i % 2 === 0),
      1,
    ),
    stockWriter(
      cities[1].officer,
      items.filter((_, i) => i % 2 === 1),
      2,
    ),
    waiver(),
    builder(inventoryTallyBuild),
    builder(inventoryTallyBuild),
    builder(obligationTallyBuild),
    builder(obligationTallyBuild),
    reader(),
  ]);
  expect(refusals).toEqual([]);
  await finishTallyBuild(inventoryTallyBuild, world.id, TO_THE_END);
  await finishTallyBuild(obligationTallyBuild, world.id, TO_THE_END);
  await expectStockTalliesAsRecords(world.id);
  await expectObligationTalliesAsRecords(
    world.id,
    [0, 1, 2].map((i) => `evt-storm-${i}`),
  );
});
