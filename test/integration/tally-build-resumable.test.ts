import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { config } from '../../src/config';
import { documentClient, dynamoClients } from '../../src/store/client';
import { InventoryItemEntity, ObligationEntity } from '../../src/store/entities';
import { repositories } from '../../src/store';
import { inventoryTallyBuild, inventoryTallyKeys } from '../../src/store/inventory-tallies';
import { obligationTallyBuild, talliedObligee } from '../../src/store/obligation-tallies';
import { advanceTallyBuild, keptLayout, tallyBuildLimits } from '../../src/store/tally-build';
import { exactMinor, readTotal } from '../../src/store/totals';
import { gql } from '../support/api';
import { hoursFrom } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { expectTalliesMatchItems } from '../support/inventory-oracle';
import {
  obligationsAsBeforeTallies,
  oldObligation,
  putOldObligations,
  stockAsBeforeTallies,
} from '../support/old-records';
import { CONFIRM, FULFIL, OBLIGATIONS, REPORT, SUMMARY, WAIVE } from '../support/operations';
import { finishTallyBuild } from '../support/tally-builds';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

// An upgraded table's obligation and stock tallies are built in chunks of a few records, one chunk per step here,
// with officials' writes landing between the steps and inside them. Every build must end with tallies exactly equal to
// what the records say, and no official's write may be refused for the build's sake.

const DEFAULT_LIMITS = { ...tallyBuildLimits };
beforeEach(() => Object.assign(tallyBuildLimits, { recordsPerChunk: 3, recordsReadPerChunk: 3, requestBudgetMs: 0 }));
afterEach(() => {
  Object.assign(tallyBuildLimits, DEFAULT_LIMITS);
  jest.restoreAllMocks();
});
afterAll(() => testClock.reset());

const UPDATE_ITEM = graphql(`
  mutation TallyBuildUpdateItem($input: UpdateInventoryItemInput!) {
    updateInventoryItem(input: $input) {
      version
    }
  }
`);
const ITEM_VERSION = graphql(`
  query TallyBuildItemVersion($id: ID!) {
    inventoryItem(id: $id) {
      version
      shareable
    }
  }
`);
const SHORTFALLS = graphql(`
  query TallyBuildShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      available
    }
  }
`);

/** What an earlier release left: records without the flag of a tallied write, and no tallies beside them. */
async function asBeforeTallies(world: BuiltCluster): Promise<void> {
  await obligationsAsBeforeTallies(world.id);
  await stockAsBeforeTallies(world.id);
}

async function accident(world: BuiltCluster, origin: string, affected: string): Promise<string> {
  const reported = await gql(world.city(origin).officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city(origin).id,
      affectedCityIds: [world.city(affected).id],
      location: { description: 'Chemical park' },
      description: 'Tank leak',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const eventId = reported.data!.reportRiskEvent.id;
  expect((await gql(world.coordinator, CONFIRM, { input: { eventId } })).errors).toBeUndefined();
  return eventId;
}

async function openObligations(world: BuiltCluster) {
  const response = await gql(world.coordinator, OBLIGATIONS, {
    clusterId: world.id,
    filter: { status: ['OPEN'] },
    first: 100,
  });
  expect(response.errors).toBeUndefined();
  return response.data!.obligations.nodes;
}

/** Closes one open obligation as officials do: its city fulfils it, or the office waives it. */
async function closeOne(world: BuiltCluster, waive: boolean): Promise<void> {
  const [open] = await openObligations(world);
  if (!open) return;
  const officer = world.cities.find((city) => city.id === open.city?.id)?.officer;
  const response =
    waive || !officer
      ? await gql(world.coordinator, WAIVE, {
          input: { obligationId: open.id, expectedVersion: open.version, reason: 'Handled by the province' },
        })
      : await gql(officer, FULFIL, {
          input: { obligationId: open.id, expectedVersion: open.version, evidence: { text: 'Done' } },
        });
  expect(response.errors).toBeUndefined();
}

/** Per obligee and status (and per event), the closed obligations the records hold. */
async function countedFromRecords(clusterId: string, eventId?: string): Promise<Record<string, number>> {
  const { data } = await ObligationEntity.query.byClusterDue({ clusterId }).go({ pages: 'all' });
  const counts: Record<string, number> = {};
  for (const obligation of data) {
    if (obligation.status === 'OPEN' || (eventId && obligation.eventId !== eventId)) continue;
    const key = `${talliedObligee(obligation)} ${obligation.status}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function countedFromTallies(clusterId: string, eventId?: string): Promise<Record<string, number>> {
  expect(await keptLayout(obligationTallyBuild, clusterId)).toBe(2);
  const counts: Record<string, number> = {};
  for (const [obligee, row] of await repositories.obligations.closedCounts(clusterId, eventId, testClock.now()))
    for (const [status, count] of Object.entries(row)) if (count) counts[`${obligee} ${status}`] = count;
  return counts;
}

/** One chunk a step, on the test's clock. */
const CHUNK_BY_CHUNK = { now: testClock.now, budgetMs: 0, maxSteps: 200 };

test('closings between the steps of an obligation tally build are counted once: by their write, not by the build', async () => {
  testClock.setTo(new Date().toISOString());
  const world = await aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'],
    agreements: ['agr-jjj-accidents'],
  }).build();
  const events = [
    await accident(world, 'Tangshan', 'Tianjin'),
    await accident(world, 'Beijing', 'Langfang'),
    await accident(world, 'Tianjin', 'Cangzhou'),
  ];
  for (let i = 0; i < 6; i++) await closeOne(world, i % 3 === 2);
  await asBeforeTallies(world);

  let writes = 0;
  const steps = await finishTallyBuild(obligationTallyBuild, world.id, {
    ...CHUNK_BY_CHUNK,
    between: async () => {
      if (writes < 6) await closeOne(world, writes++ % 2 === 1);
    },
  });
  expect(steps).toBeGreaterThan(3);
  expect(writes).toBeGreaterThan(3);
  expect(await countedFromTallies(world.id)).toEqual(await countedFromRecords(world.id));
  for (const eventId of events)
    expect(await countedFromTallies(world.id, eventId)).toEqual(await countedFromRecords(world.id, eventId));

  // Kept from then on: more closings move the tallies, and the API's summary agrees.
  await closeOne(world, false);
  expect(await countedFromTallies(world.id)).toEqual(await countedFromRecords(world.id));
  const summary = await gql(world.coordinator, SUMMARY, { clusterId: world.id });
  expect(summary.errors).toBeUndefined();
  const closed = summary.data!.obligationSummary.reduce(
    (sum, row) => sum + row.fulfilledOnTime + row.fulfilledLate + row.waived,
    0,
  );
  expect(closed).toBe(Object.values(await countedFromRecords(world.id)).reduce((sum, count) => sum + count, 0));
});

test('stock written between and during the steps of a build ends exactly in the tallies', async () => {
  const world = await aCluster({ cities: 4, inventory: true }).build();
  await asBeforeTallies(world);
  const { data: items } = await InventoryItemEntity.query.byClusterType({ clusterId: world.id }).go({ pages: 'all' });
  expect(items.length).toBeGreaterThan(12);

  const change = async (index: number) => {
    const item = items[index % items.length];
    const officer = world.cities.find((city) => city.id === item.cityId)!.officer;
    const current = (await gql(officer, ITEM_VERSION, { id: item.itemId })).data!.inventoryItem;
    const updated = await gql(officer, UPDATE_ITEM, {
      input: { itemId: item.itemId, expectedVersion: current.version, shareable: Math.max(0, current.shareable - 1) },
    });
    expect(updated.errors).toBeUndefined();
  };
  // A write inside a chunk: after the build read its items, before it commits. The chunk is read again.
  const addChunk = inventoryTallyBuild.addChunk.bind(inventoryTallyBuild);
  const inside = jest.spyOn(inventoryTallyBuild, 'addChunk');
  inside.mockImplementationOnce(async (tx, clusterId, cursor, stale) => {
    const next = await addChunk(tx, clusterId, cursor, stale);
    await change(0);
    return next;
  });
  let writes = 0;
  await finishTallyBuild(inventoryTallyBuild, world.id, { ...CHUNK_BY_CHUNK, between: () => change(writes++ * 5) });
  expect(inside.mock.calls.length).toBeGreaterThan(items.length / 3);
  expect(writes).toBeGreaterThan(3);
  await expectTalliesMatchItems(world.id, world.coordinator);
  expect((await readTotal(inventoryTallyKeys.marker(world.id)))?.keptSince).toEqual(expect.any(String));
});

test('a write of an item read before the build flagged it is made, moved by its change alone', async () => {
  const world = await aCluster({ cities: 2, inventory: true }).build();
  await asBeforeTallies(world);
  const { data: items } = await InventoryItemEntity.query.byClusterType({ clusterId: world.id }).go({ pages: 'all' });
  const read = (await repositories.inventory.get(items[0].itemId))!;
  expect(read.tallied).toBeUndefined();
  Object.assign(tallyBuildLimits, { recordsPerChunk: 100, requestBudgetMs: 2_000 });
  expect(await advanceTallyBuild(inventoryTallyBuild, world.id, testClock.now())).toBe(true);
  expect((await repositories.inventory.get(read.itemId))!.tallied).toBe(true);

  // The write decided on the unflagged item: refused once by its condition, then made with the item taken as flagged.
  const officer = world.cities.find((city) => city.id === read.cityId)!;
  const result = await repositories.inventory.update(
    [{ read, next: { ...read, shareable: read.shareable + 7 } }],
    { id: 'officer', name: officer.name, role: 'CITY' },
    testClock.now(),
    undefined,
  );
  expect(result).toMatchObject({ items: [{ version: read.version + 1, shareable: read.shareable + 7 }] });
  await expectTalliesMatchItems(world.id, world.coordinator);
});

test('a step that died holding the lease leaves the build to the next step once the lease runs out', async () => {
  const world = await aCluster({ cities: 3, inventory: true }).build();
  await asBeforeTallies(world);
  expect(await advanceTallyBuild(inventoryTallyBuild, world.id, testClock.now(), 0)).toBe(false);
  const marker = inventoryTallyKeys.marker(world.id);
  const before = await readTotal(marker);
  expect(exactMinor(before?.buildStep)).toBe(1n);
  // A step killed mid-way: its lease stays on the marker until it runs out.
  await documentClient.send(
    new UpdateCommand({
      TableName: config.TABLE_NAME,
      Key: marker,
      UpdateExpression: 'SET buildLease = :lease, buildLeaseUntil = :until',
      ExpressionAttributeValues: { ':lease': 'a-step-that-died', ':until': Date.now() + 1_500 },
    }),
  );
  expect(await advanceTallyBuild(inventoryTallyBuild, world.id, testClock.now(), 0)).toBe(false);
  expect(exactMinor((await readTotal(marker))?.buildStep)).toBe(1n);
  await new Promise((resolve) => setTimeout(resolve, 1_600));
  await finishTallyBuild(inventoryTallyBuild, world.id, CHUNK_BY_CHUNK);
  await expectTalliesMatchItems(world.id, world.coordinator);
});

test('two builders at once add each chunk once', async () => {
  const world = await aCluster({ cities: 4, inventory: true }).build();
  await asBeforeTallies(world);
  // Leases that run out at once, so the builders' steps overlap and race for the same chunks.
  Object.assign(tallyBuildLimits, { recordsPerChunk: 2, requestBudgetMs: 0, leaseMarginMs: 0 });
  await Promise.all([
    finishTallyBuild(inventoryTallyBuild, world.id, CHUNK_BY_CHUNK),
    finishTallyBuild(inventoryTallyBuild, world.id, CHUNK_BY_CHUNK),
    finishTallyBuild(inventoryTallyBuild, world.id, CHUNK_BY_CHUNK),
  ]);
  await expectTalliesMatchItems(world.id, world.coordinator);
});

test('while a large cluster is built, a reader is asked to try again; a small one is answered from the records', async () => {
  const world = await aCluster({ cities: 3, inventory: true }).build();
  await asBeforeTallies(world);
  const { data: items } = await InventoryItemEntity.query.byClusterType({ clusterId: world.id }).go({ pages: 'all' });
  tallyBuildLimits.recordsReadWhileBuilding = items.length - 1;
  const counter = countDynamoCalls(dynamoClients);
  const refused = await gql(world.coordinator, SHORTFALLS, { clusterId: world.id });
  const firstQueries = counter.byCommand.QueryCommand ?? 0;
  expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(refused.errors?.[0].message).toMatch(/stock figures are being prepared .* Try again shortly/);
  // Asked again: refused without reading the items again (the build's step still reads its chunk).
  expect(exactMinor((await readTotal(inventoryTallyKeys.marker(world.id)))?.recordsOver)).toBe(
    BigInt(items.length - 1),
  );
  counter.reset();
  const again = await gql(world.coordinator, SHORTFALLS, { clusterId: world.id });
  expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(counter.byCommand.QueryCommand ?? 0).toBe(firstQueries - 1);

  tallyBuildLimits.recordsReadWhileBuilding = items.length;
  const fromRecords = await gql(world.coordinator, SHORTFALLS, { clusterId: world.id });
  expect(fromRecords.errors).toBeUndefined();
  expect(await keptLayout(inventoryTallyBuild, world.id)).toBeUndefined();

  // The scheduled job finishes the build; the figures read from the tallies then are the same.
  Object.assign(tallyBuildLimits, DEFAULT_LIMITS);
  const run = await runUpkeepJob();
  expect(run.tallyBuildsFinished).toBeGreaterThanOrEqual(1);
  expect(await keptLayout(inventoryTallyBuild, world.id)).toBe(2);
  expect((await gql(world.coordinator, SHORTFALLS, { clusterId: world.id })).data).toEqual(fromRecords.data);
});

test('a chunk whose closings would move more tallies than one transaction holds ends early and the next goes on', async () => {
  const world = await aCluster({ cities: 2 }).build();
  const [first, second] = world.cities;
  // 130 obligations an earlier release closed, each of its own event: 130 event tallies and 2 obligee tallies.
  const closed = Array.from({ length: 130 }, (_, i) =>
    oldObligation(world.id, (i % 2 ? first : second).id, (['FULFILLED', 'FULFILLED_LATE', 'WAIVED'] as const)[i % 3], {
      eventId: `evt-old-${world.id}-${i}`,
      triggeredAt: '2025-03-01T00:00:00.000Z',
      // Many due at the same hour: a chunk's cut may fall between obligations that share a due time.
      dueAt: `2025-03-01T${String(i % 24).padStart(2, '0')}:00:00.000Z`,
    }),
  );
  await putOldObligations(closed);
  Object.assign(tallyBuildLimits, { recordsReadPerChunk: 1_000 });
  const steps = await finishTallyBuild(obligationTallyBuild, world.id, CHUNK_BY_CHUNK);
  expect(steps).toBeGreaterThanOrEqual(2);
  expect(await countedFromTallies(world.id)).toEqual(await countedFromRecords(world.id));
  for (const { eventId } of [closed[0], closed[64], closed[129]])
    expect(await countedFromTallies(world.id, eventId)).toEqual(await countedFromRecords(world.id, eventId));
});
