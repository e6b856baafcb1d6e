/**
 * The daily reads at growing history (`BENCH_ONLY=daily npm run bench`; sizes from `BENCH_SIZES`, default
 * 1000,10000,100000): for each size N, the cluster holds N compliance records, N obligations and N inventory items
 * (batch-written straight to the table: set-up, not what is measured), its kept tallies are dropped and built again
 * from them on the first read (the upgrade path), then each read an official opens every day is timed. The table
 * gives each read's median per size and the ratio of the largest size to the smallest (goal ≤ 1.5), and the overdue
 * page beside its one-Query floor (goal ≤ 1.25). Needs the app's environment set before it is imported.
 */
import { DeleteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { performance } from 'node:perf_hooks';
import { invokeGraphql, graphqlEvent, lambdaContext, type LambdaHandler } from './lambda';
import { measure, type Measurement, type Plan } from './measure';
import type { CallCounter } from '../lib/call-counter';
import type { ReadMeter } from './read-meter';
import { ms } from './report';

export const DAILY_SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);

const PLAN: Plan = { warmup: 3, requests: 60, budgetMs: 6_000, minRequests: 15 };
const PAGE_SIZE = 100;

const RANKING = `query ($clusterId: ID!) {
  clusterTrust(clusterId: $clusterId) { members { rank ranked standing { city { id } score uncertainty lowerBound recordsCounted } } } }`;
const STANDING = `query ($cityId: ID!) {
  trustStanding(cityId: $cityId) { score uncertainty lowerBound recordsCounted trend { month score } change direction summary } }`;
const SUMMARY = `query ($clusterId: ID!) {
  obligationSummary(clusterId: $clusterId) { city { name } open overdue fulfilledOnTime fulfilledLate } }`;
const SHORTFALLS = `query ($clusterId: ID!) {
  clusterShortfalls(clusterId: $clusterId) { resourceType { id } required available shortfall contributions { city { name } available } } }`;
const OVERDUE = `query ($clusterId: ID!, $filter: ObligationFilter, $first: Int) {
  obligations(clusterId: $clusterId, filter: $filter, first: $first) {
    nodes { id status dueAt city { name } duty { action } } pageInfo { hasNextPage } } }`;

export interface DailyProbe {
  counter: CallCounter;
  meter: ReadMeter;
}

export interface DailySetup {
  handler: LambdaHandler;
  clusterId: string;
  /** The city whose standing a partner opens. */
  cityId: string;
  coordinator: string;
  /** An officer of another city of the cluster (the public standing every member reads). */
  partner: string;
  overdueFloor: LambdaHandler;
  tableName: string;
  docs: DynamoDBDocumentClient;
  app: DailyProbe;
  bare: DailyProbe;
}

const READS = ['ranking', 'standing', 'obligation summary', 'shortfalls', 'overdue page'] as const;
type Read = (typeof READS)[number];

/** Drops every kept tally of the cluster (and what the app remembers of them), so the next read builds them again. */
async function dropTallies(setup: DailySetup): Promise<void> {
  const { forgetKeptObligationTallies } = await import('../../src/store/obligation-tallies');
  const { forgetKeptInventoryTallies } = await import('../../src/store/inventory-tallies');
  const { forgetTrustTallyMarkers } = await import('../../src/store/trust-tallies');
  for (const pk of [
    `$citypact#obligation-tallies#${setup.clusterId}`,
    `inventory-tallies#${setup.clusterId}`,
    `$citypact#trust-tallies#${setup.clusterId}`,
  ]) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await setup.docs.send(
        new QueryCommand({
          TableName: setup.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ProjectionExpression: 'pk, sk',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of (page.Items ?? []) as Array<{ pk: string; sk: string }>)
        await setup.docs.send(new DeleteCommand({ TableName: setup.tableName, Key: { pk: item.pk, sk: item.sk } }));
      start = page.LastEvaluatedKey;
    } while (start);
  }
  forgetKeptObligationTallies();
  forgetKeptInventoryTallies();
  forgetTrustTallyMarkers();
}

async function seedSize(clusterId: string, cityId: string, size: number): Promise<string> {
  const started = performance.now();
  const { seedObligations } = await import('./seed-obligations');
  const { seedInventory } = await import('./seed-inventory');
  const { seedCompliance } = await import('./seed-compliance');
  // Item ids are derived from their index: each size overwrites the smaller one's items and adds the rest.
  const obligations = await seedObligations(size);
  const stock = await seedInventory(clusterId, size);
  const history = await seedCompliance(clusterId, size, { cityId, count: Math.floor(size / 10) });
  return (
    `${size.toLocaleString('en')} items of history: ${obligations.obligations} obligations (${obligations.open} open), ` +
    `${stock.items} inventory items, ${history.records} compliance records; seeded in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`
  );
}

function requests(setup: DailySetup): Record<Read, () => Promise<number>> {
  const { handler, clusterId, cityId, coordinator, partner } = setup;
  return {
    ranking: async () =>
      (await invokeGraphql<{ clusterTrust: { members: unknown[] } }>(handler, coordinator, RANKING, { clusterId }))
        .clusterTrust.members.length,
    standing: async () =>
      (await invokeGraphql<{ trustStanding: { trend: unknown[] } }>(handler, partner, STANDING, { cityId }))
        .trustStanding.trend.length,
    'obligation summary': async () =>
      (await invokeGraphql<{ obligationSummary: unknown[] }>(handler, coordinator, SUMMARY, { clusterId }))
        .obligationSummary.length,
    shortfalls: async () =>
      (await invokeGraphql<{ clusterShortfalls: unknown[] }>(handler, coordinator, SHORTFALLS, { clusterId }))
        .clusterShortfalls.length,
    'overdue page': async () =>
      (
        await invokeGraphql<{ obligations: { nodes: unknown[] } }>(handler, coordinator, OVERDUE, {
          clusterId,
          filter: { status: ['OVERDUE'] },
          first: PAGE_SIZE,
        })
      ).obligations.nodes.length,
  };
}

const cell = (text: string, width: number) => text.padStart(width);

/** Seeds each size in turn, times every daily read, and returns the table's lines. */
export async function dailyReadsTable(setup: DailySetup, sizes: readonly number[] = DAILY_SIZES): Promise<string[]> {
  const results = new Map<Read, Measurement[]>();
  const floors: Measurement[] = [];
  const notes: string[] = [];
  const reads = requests(setup);
  for (const size of sizes) {
    notes.push(await seedSize(setup.clusterId, setup.cityId, size));
    await dropTallies(setup);
    const building = performance.now();
    // The first reads build the tallies from the records (what an upgraded table does once).
    for (const read of READS) await reads[read]();
    notes.push(
      `  tallies built from the records by the first reads in ${((performance.now() - building) / 1000).toFixed(1)} s`,
    );
    for (const read of READS) {
      const measured = await measure(reads[read], PLAN, setup.app.counter, setup.app.meter);
      results.set(read, [...(results.get(read) ?? []), measured]);
    }
    floors.push(
      await measure(
        async () => {
          const result = await setup.overdueFloor(graphqlEvent('', ''), lambdaContext());
          return (JSON.parse(result.body ?? '{}') as { items: unknown[] }).items.length;
        },
        PLAN,
        setup.bare.counter,
        setup.bare.meter,
      ),
    );
  }
  const label = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size));
  const first = label(sizes[0]);
  const last = label(sizes[sizes.length - 1]);
  const width = 12;
  const lines = [
    `Daily reads by items of history (median per request; calls and items read per request at ${last}):`,
    `${'read'.padEnd(20)}${sizes.map((size) => cell(label(size), width)).join('')}${cell(`${last} ÷ ${first}`, width)}  calls, items @${last}`,
  ];
  for (const read of READS) {
    const measured = results.get(read)!;
    const ratio = measured[measured.length - 1].medianMs / measured[0].medianMs;
    const at = measured[measured.length - 1];
    lines.push(
      `${read.padEnd(20)}${measured.map((m) => cell(ms(m.medianMs), width)).join('')}${cell(`×${ratio.toFixed(2)}`, width)}  ` +
        `${at.callMix}, ${at.itemsReadPerRequest.toFixed(0)} items`,
    );
  }
  const overdue = results.get('overdue page')!;
  lines.push(
    `${'overdue floor'.padEnd(20)}${floors.map((m) => cell(ms(m.medianMs), width)).join('')}${cell('', width)}  one Query gsi3, Limit ${PAGE_SIZE + 1}`,
    `${'overdue ÷ floor'.padEnd(20)}${overdue.map((m, i) => cell(`×${(m.medianMs / floors[i].medianMs).toFixed(2)}`, width)).join('')}`,
    ...notes,
  );
  return lines;
}
