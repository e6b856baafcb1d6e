/**
 * The daily reads at growing history (`BENCH_ONLY=daily npm run bench`; sizes from `BENCH_SIZES`, default
 * 1000,10000,100000): for each size N, the cluster holds N compliance records, N obligations and N inventory items
 * (batch-written straight to the table: set-up, not what is measured), its kept tallies are dropped and built again
 * from them by the first reads and the scheduled job's steps (the upgrade path), then each read an official opens
 * every day is timed. The table
 * gives each read's median per size and the ratio of the largest size to the smallest (goal ≤ 1.5), and the overdue
 * page beside its one-Query floor (goal ≤ 1.25). Needs the app's environment set before it is imported.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { performance } from 'node:perf_hooks';
import { invokeGraphql, graphqlEvent, lambdaContext, type LambdaHandler } from './lambda';
import { measureSideBySide, type Measurement, type Plan } from './measure';
import type { CallCounter } from '../lib/call-counter';
import { replay, type CommandRecorder } from './replay';
import type { ReadMeter } from './read-meter';
import { ms } from './report';
import type { Backlog } from './seed-obligations';
import type { StoredObligation } from '../../src/store/entities';

export const DAILY_SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);

const PLAN: Plan = { warmup: 3, requests: 60, budgetMs: 6_000, minRequests: 15 };
const PAGE_SIZE = 100;
/**
 * What a cluster that keeps up has open whatever its history: a few dozen, half of them overdue (the coordinator's
 * first screen). Every other obligation of the history is closed.
 */
const BACKLOG: Backlog = { open: 60, overdueEvery: 2 };
/** Obligations written open at each size and closed through the API once the tallies are kept (their write path). */
const CLOSED_THROUGH_API = 12;

const RANKING = `query ($clusterId: ID!) {
  clusterTrust(clusterId: $clusterId) { members { rank ranked standing { city { id } score uncertainty lowerBound recordsCounted } } } }`;
const STANDING = `query ($cityId: ID!) {
  trustStanding(cityId: $cityId) { score uncertainty lowerBound recordsCounted trend { month score } change direction summary } }`;
const SUMMARY = `query ($clusterId: ID!) {
  obligationSummary(clusterId: $clusterId) { city { id name } open overdue fulfilledOnTime fulfilledLate waived } }`;
const FULFIL = `mutation ($input: FulfilObligationInput!) { fulfilObligation(input: $input) { id status } }`;
const WAIVE = `mutation ($input: WaiveObligationInput!) { waiveObligation(input: $input) { id status } }`;
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
  /** A token of an officer of that city (who fulfils its obligations). */
  officerOf(cityId: string): Promise<string>;
  overdueFloor: LambdaHandler;
  tableName: string;
  docs: DynamoDBDocumentClient;
  app: DailyProbe;
  bare: DailyProbe;
  /** Records the calls of the app's clients, to replay them through `bareClient` (a read's replay floor). */
  recorder: CommandRecorder;
  bareClient: DynamoDBClient;
}

const READS = ['ranking', 'standing', 'obligation summary', 'shortfalls', 'overdue page'] as const;
type Read = (typeof READS)[number];

/**
 * Drops every kept tally of the cluster (and what the app remembers of them), and the flag of the obligations closed
 * through the API that says they are in the tallies, so the next read or job step builds them again as on an upgraded
 * table. (Inventory items lose their flags as the next size's seeding writes them again.)
 */
async function dropTallies(setup: DailySetup, closedThroughApi: readonly string[]): Promise<void> {
  const { forgetKeptTallies } = await import('../../src/store/tally-build');
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
  const { ObligationEntity } = await import('../../src/store/entities');
  for (const obligationId of closedThroughApi) await ObligationEntity.update({ obligationId }).remove(['tallied']).go();
  forgetKeptTallies();
  forgetTrustTallyMarkers();
}

/** Advances the cluster's obligation and stock tally builds as the scheduled job does, until both are done. */
async function finishTallyBuilds(clusterId: string): Promise<{ steps: number; stepMs: number }> {
  const { advanceTallyBuild } = await import('../../src/store/tally-build');
  const { obligationTallyBuild } = await import('../../src/store/obligation-tallies');
  const { inventoryTallyBuild } = await import('../../src/store/inventory-tallies');
  const { TALLY_BUILD_BUDGET_MS } = await import('../../src/jobs/overdue');
  let steps = 0;
  for (const build of [obligationTallyBuild, inventoryTallyBuild])
    for (;;) {
      steps++;
      if (await advanceTallyBuild(build, clusterId, new Date().toISOString(), TALLY_BUILD_BUDGET_MS)) break;
      if (steps > 1_000) throw new Error(`the ${build.figures} of ${clusterId} were not built in ${steps} steps`);
    }
  return { steps, stepMs: TALLY_BUILD_BUDGET_MS };
}

/** Advances the cluster's trust tally build as the scheduled job does, until the tallies are ready. */
async function finishTrustTallyBuild(clusterId: string): Promise<{ steps: number; stepMs: number }> {
  const { advanceTrustTallies } = await import('../../src/store/trust-tallies');
  const { TALLY_BUILD_BUDGET_MS } = await import('../../src/jobs/overdue');
  let steps = 0;
  for (;;) {
    steps++;
    if (await advanceTrustTallies(clusterId, new Date().toISOString(), undefined, TALLY_BUILD_BUDGET_MS))
      return { steps, stepMs: TALLY_BUILD_BUDGET_MS };
    if (steps > 1_000) throw new Error(`the trust tally build of ${clusterId} did not finish in ${steps} steps`);
  }
}

interface Seeded {
  note: string;
  /** Written open, to be closed through the API. */
  toClose: StoredObligation[];
  /** The other obligations, as written. */
  written: Counted[];
}

/** What the summary counts of an obligation. */
type Counted = Pick<StoredObligation, 'cityId' | 'status' | 'dueAt'>;

async function seedSize(clusterId: string, cityId: string, size: number): Promise<Seeded> {
  const started = performance.now();
  const { seedObligations } = await import('./seed-obligations');
  const { seedInventory } = await import('./seed-inventory');
  const { seedCompliance } = await import('./seed-compliance');
  // Item ids are derived from their index: each size overwrites the smaller one's items and adds the rest. Those
  // closed through the API are named after the size, so they stay as closed history at the larger sizes.
  const obligations = await seedObligations(size - CLOSED_THROUGH_API, {
    backlog: BACKLOG,
    toClose: { prefix: `s${size}`, count: CLOSED_THROUGH_API },
  });
  const obligationsSeconds = (performance.now() - started) / 1000;
  const stock = await seedInventory(clusterId, size);
  const inventorySeconds = (performance.now() - started) / 1000 - obligationsSeconds;
  const history = await seedCompliance(clusterId, size, { cityId, count: Math.floor(size / 10) });
  return {
    note:
      `${size.toLocaleString('en')} items of history: ${obligations.obligations + obligations.toClose.length} obligations ` +
      `(${obligations.open} open, ${obligations.overdue} of them overdue, and ${obligations.toClose.length} more closed through the API), ` +
      `${stock.items} inventory items, ${history.records} compliance records; seeded in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s (obligations ${obligationsSeconds.toFixed(1)} s, ` +
      `inventory ${inventorySeconds.toFixed(1)} s)`,
    toClose: obligations.toClose,
    written: obligations.written,
  };
}

/**
 * Closes obligations as officials do, through the API: the obligee's officer (the coordinator for the office) fulfils
 * them (on time, or late when overdue), and the coordinator waives every third. Their closings move the kept tallies.
 */
async function closeThroughApi(
  setup: DailySetup,
  obligations: readonly StoredObligation[],
): Promise<{ closed: Counted[]; note: string }> {
  const done = new Map<string, number>();
  const closed: Counted[] = [];
  for (const [index, obligation] of obligations.entries()) {
    const officer = obligation.cityId ? await setup.officerOf(obligation.cityId) : setup.coordinator;
    const { status } =
      index % 3 === 2
        ? (
            await invokeGraphql<{ waiveObligation: { status: string } }>(setup.handler, setup.coordinator, WAIVE, {
              input: { obligationId: obligation.obligationId, expectedVersion: obligation.version, reason: 'Bench' },
            })
          ).waiveObligation
        : (
            await invokeGraphql<{ fulfilObligation: { status: string } }>(setup.handler, officer, FULFIL, {
              input: {
                obligationId: obligation.obligationId,
                expectedVersion: obligation.version,
                evidence: { text: 'Done; see the joint situation log.' },
              },
            })
          ).fulfilObligation;
    done.set(status, (done.get(status) ?? 0) + 1);
    closed.push({ cityId: obligation.cityId, status: status as Counted['status'], dueAt: obligation.dueAt });
  }
  return { closed, note: [...done].map(([status, count]) => `${count} ${status}`).join(', ') };
}

interface SummaryRow {
  city: { id: string } | null;
  open: number;
  overdue: number;
  fulfilledOnTime: number;
  fulfilledLate: number;
  waived: number;
}

const summaryLine = (row: SummaryRow) =>
  `${row.city?.id ?? 'office'} ${row.open}/${row.overdue}/${row.fulfilledOnTime}/${row.fulfilledLate}/${row.waived}`;

/**
 * Before timing: the summary must be what the cluster's obligations say: those this size wrote, and those closed
 * through the API at this size and the smaller ones (their ids are the size's, so no later size overwrote them).
 * Otherwise its figures would be those of a wrong answer.
 */
async function checkSummary(
  setup: DailySetup,
  obligations: readonly Counted[],
): Promise<{ open: number; closed: number }> {
  const ours = (
    await invokeGraphql<{ obligationSummary: SummaryRow[] }>(setup.handler, setup.coordinator, SUMMARY, {
      clusterId: setup.clusterId,
    })
  ).obligationSummary;
  const now = new Date().toISOString();
  const items = obligations;
  const rows = new Map<string, SummaryRow>();
  let open = 0;
  for (const item of items) {
    const key = item.cityId ?? '';
    const row = rows.get(key) ?? {
      city: item.cityId ? { id: item.cityId } : null,
      open: 0,
      overdue: 0,
      fulfilledOnTime: 0,
      fulfilledLate: 0,
      waived: 0,
    };
    rows.set(key, row);
    if (item.status === 'OPEN') open += 1;
    if (item.status === 'OPEN' && item.dueAt < now) row.overdue += 1;
    else if (item.status === 'OPEN') row.open += 1;
    else if (item.status === 'FULFILLED') row.fulfilledOnTime += 1;
    else if (item.status === 'FULFILLED_LATE') row.fulfilledLate += 1;
    else row.waived += 1;
  }
  const expected = [...rows.values()].map(summaryLine).sort();
  const got = ours.map(summaryLine).sort();
  if (got.join('\n') !== expected.join('\n'))
    throw new Error(
      `obligation summary: the handler's answer differs from the obligations\n  ours:     ${got.join('\n            ')}\n  expected: ${expected.join('\n            ')}`,
    );
  return { open, closed: items.length - open };
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
const label = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size));

/** Seeds each size in turn, times every daily read, and returns the table's lines. */
export async function dailyReadsTable(setup: DailySetup, sizes: readonly number[] = DAILY_SIZES): Promise<string[]> {
  const results = new Map<Read, Measurement[]>();
  const replays = new Map<Read, Measurement[]>();
  const floors: Measurement[] = [];
  const notes: string[] = [];
  // Printed as it happens too: a run up to 100,000 items takes minutes.
  const note = (text: string) => {
    console.log(text);
    notes.push(text);
  };
  const reads = requests(setup);
  const closedThroughApi: Counted[] = [];
  const closedIds: string[] = [];
  for (const size of sizes) {
    const seeded = await seedSize(setup.clusterId, setup.cityId, size);
    note(seeded.note);
    await dropTallies(setup, closedIds);
    const building = performance.now();
    // The first reads build the tallies from the records (what an upgraded table does once).
    const firstReads: string[] = [];
    for (const read of READS) {
      const started = performance.now();
      // A cluster with more records than a reader may compute from is asked to try again while the build runs.
      const answer = await reads[read]().then(
        () => '',
        (error: Error) => {
          if (!/CONFLICT|being recomputed|being prepared/.test(error.message)) throw error;
          return ' (asked to try again: CONFLICT)';
        },
      );
      firstReads.push(`${read} ${((performance.now() - started) / 1000).toFixed(1)} s${answer}`);
    }
    note(
      `  first reads after the tallies were dropped, in ${((performance.now() - building) / 1000).toFixed(1)} s ` +
        `(${firstReads.join(', ')})`,
    );
    // A read advances a build by one bounded step and answers from the records meanwhile (up to a bound); the
    // scheduled job finishes the builds. Timing starts once it has, as it would on the day after an upgrade.
    let jobStarted = performance.now();
    const built = await finishTallyBuilds(setup.clusterId);
    note(
      `  obligation and stock tallies finished by ${built.steps} job step(s) of ≤ ${built.stepMs / 1000} s in ` +
        `${((performance.now() - jobStarted) / 1000).toFixed(1)} s`,
    );
    jobStarted = performance.now();
    const { steps, stepMs } = await finishTrustTallyBuild(setup.clusterId);
    note(
      `  trust tallies finished by ${steps} job step(s) of ≤ ${stepMs / 1000} s in ` +
        `${((performance.now() - jobStarted) / 1000).toFixed(1)} s`,
    );
    const closings = await closeThroughApi(setup, seeded.toClose);
    closedThroughApi.push(...closings.closed);
    closedIds.push(...seeded.toClose.map((obligation) => obligation.obligationId));
    const summed = await checkSummary(setup, [...seeded.written, ...closedThroughApi]);
    note(
      `  then closed through the API: ${closings.note}; the summary matches the ${summed.open} open and ` +
        `${summed.closed.toLocaleString('en')} closed obligations written`,
    );
    for (const read of READS) {
      if (read === 'overdue page') continue;
      // The read beside its own calls replayed bare, in alternation, so both meet the same load.
      const calls = await setup.recorder.record(reads[read]);
      const [measured, replayed] = await measureSideBySide(
        { request: reads[read], probe: setup.app },
        { request: replay(setup.bareClient, calls), probe: setup.bare },
        PLAN,
      );
      results.set(read, [...(results.get(read) ?? []), measured]);
      replays.set(read, [...(replays.get(read) ?? []), replayed]);
    }
    // The page and its floor in alternation, so both meet the same load on a shared machine.
    const [page, floor] = await measureSideBySide(
      { request: reads['overdue page'], probe: setup.app },
      {
        request: async () => {
          const result = await setup.overdueFloor(graphqlEvent('', ''), lambdaContext());
          return (JSON.parse(result.body ?? '{}') as { items: unknown[] }).items.length;
        },
        probe: setup.bare,
      },
      PLAN,
    );
    results.set('overdue page', [...(results.get('overdue page') ?? []), page]);
    floors.push(floor);
    const profiled = process.env.BENCH_PROFILE as Read | undefined;
    if (profiled && READS.includes(profiled)) {
      const { profileRead } = await import('./profile');
      for (const line of await profileRead(`${profiled} ${label(size)}`, reads[profiled])) note(line);
    }
    // This size's figures now, so a run stopped at a larger size still shows them.
    note(
      `  medians: ${READS.map((read) => `${read} ${ms(results.get(read)!.at(-1)!.medianMs)} (${results.get(read)!.at(-1)!.itemsReadPerRequest.toFixed(0)} items)`).join(', ')}; ` +
        `overdue floor ${ms(floor.medianMs)}, page ÷ floor ×${(page.medianMs / floor.medianMs).toFixed(2)}`,
    );
  }
  const first = label(sizes[0]);
  const last = label(sizes[sizes.length - 1]);
  const width = 12;
  const items = (measured: readonly Measurement[]) => measured.map((m) => m.itemsReadPerRequest.toFixed(0)).join(' / ');
  const lines = [
    `Daily reads by items of history (median per request; ratio goal ≤ 1.5; items read per request at each size, calls at ${last}):`,
    `${'read'.padEnd(20)}${sizes.map((size) => cell(label(size), width)).join('')}${cell(`${last} ÷ ${first}`, width)}  items read; calls @${last}`,
  ];
  for (const read of READS) {
    const measured = results.get(read)!;
    const ratio = measured[measured.length - 1].medianMs / measured[0].medianMs;
    const at = measured[measured.length - 1];
    lines.push(
      `${read.padEnd(20)}${measured.map((m) => cell(ms(m.medianMs), width)).join('')}${cell(`×${ratio.toFixed(2)}`, width)}  ` +
        `${items(measured)}; ${at.callMix}`,
    );
  }
  lines.push(
    `Each read beside its own DynamoDB calls replayed bare, one after another (timed in alternation; equal growth of both is the database's):`,
  );
  for (const [read, replayed] of replays) {
    const measured = results.get(read)!;
    const ratio = replayed[replayed.length - 1].medianMs / replayed[0].medianMs;
    lines.push(
      `${`${read} replay`.padEnd(28)}${replayed.map((m) => cell(ms(m.medianMs), width)).join('')}${cell(`×${ratio.toFixed(2)}`, width)}`,
      `${`${read} ÷ replay`.padEnd(28)}${replayed.map((m, i) => cell(`×${(measured[i].medianMs / m.medianMs).toFixed(2)}`, width)).join('')}`,
    );
  }
  const overdue = results.get('overdue page')!;
  lines.push(
    `${'overdue floor'.padEnd(20)}${floors.map((m) => cell(ms(m.medianMs), width)).join('')}${cell('', width)}  ` +
      `${items(floors)}; one Query gsi3, Limit ${PAGE_SIZE + 1}, timed in alternation with the page`,
    `${'overdue ÷ floor'.padEnd(20)}${overdue.map((m, i) => cell(`×${(m.medianMs / floors[i].medianMs).toFixed(2)}`, width)).join('')}${cell('', width)}  goal ≤ 1.25`,
    ...notes,
  );
  return lines;
}
