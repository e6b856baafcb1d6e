/**
 * `npm run bench`: seeds an in-memory DynamoDB Local with 10,000 obligations, 5,000 inventory items and 10,000
 * compliance records in one cluster, drives the real exported Lambda handler in process with synthetic API Gateway v2
 * events, and prints one line per scenario, each beside a floor (the bare DynamoDB Query the answer needs), then a run
 * of 50 concurrent clients updating the same few items, then the trust standings, plus the handler's bundle size.
 * Results read as ratios to the floor, which stay meaningful on a busy machine where absolute times do not. A script,
 * not a test: it asserts only that answers are right (and that no concurrent update is lost), never that they are fast.
 * Then the ledger (h., i.): `balances`, `fund` and `settlementPlan` at 1k, 10k and 100k ledger lines (written through
 * the store's own ledger write, so the totals are kept as the API keeps them), and 20 clients recording payments and
 * surcharges for different parties at once. `BENCH_ONLY=ledger` runs the ledger part alone; `BENCH_LEDGER_LINES`
 * (e.g. `1000,10000`) sets the sizes. `BENCH_ONLY=daily` prints the daily reads (ranking, standing, obligation summary,
 * shortfalls, overdue page) at 1k, 10k and 100k items of history (`BENCH_SIZES`, e.g. `1000,10000`), with the bundle and
 * module init (see scripts/bench/daily-reads.ts).
 */
import { DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { handlerBundleSize } from './bench/bundle';
import { benchWebhooks } from './bench/webhooks';
import { measureModuleInit, moduleInitLine } from './bench/module-init';
import type { ContentionClient, ContentionRun, ItemState } from './bench/contention';
import { invokeGraphql, graphqlEvent, lambdaContext, sendGraphql, type LambdaHandler } from './bench/lambda';
import { measure, type Measurement, type Plan, type Request } from './bench/measure';
import { meterReads, type ReadMeter } from './bench/read-meter';
import { callMixLine, header, line, ms } from './bench/report';
import type { Holding } from '../src/domain/resources/shortfalls';
import { countDynamoCalls, type CallCounter } from './lib/call-counter';
import { localClient, startDynamoDbLocal, type RunningDynamoDbLocal } from './lib/dynamodb-local';
import { generatePrivatePem, keysFromPrivatePem, signLocalToken, type LocalKeys } from './lib/local-auth';

const TABLE_NAME = 'citypact-bench';
const CLUSTER_ID = 'cluster-jjj';
/** The demo CITY identity: a party to the accidents agreement with a few hundred open obligations. */
const CITY_ID = 'city-langfang';
const OBLIGATION_COUNT = 10_000;
/** Inventory items seeded on top of the demo stock (7 items per city) in the cluster (`BENCH_INVENTORY_ITEMS` sizes it). */
const INVENTORY_COUNT = Number(process.env.BENCH_INVENTORY_ITEMS) || 5_000;
/** Compliance records in the cluster (the bench seeds no demo history), CITY_COMPLIANCE_COUNT of them about CITY_ID. */
const COMPLIANCE_COUNT = 10_000;
const CITY_COMPLIANCE_COUNT = 1_000;
/** Drivers asked for in the standing: the panel an official opens. */
const DRIVERS = 5;
const PAGE_SIZE = 100;
/** The contention run: clients, all acting for CITY_ID, on that many of its demo items, for that long. */
const CONTENTION = { clients: 50, items: 5, durationMs: 10_000 };
/** The ledger part runs in the other demo cluster, whose ledger the rest of the bench leaves empty. */
const LEDGER_CLUSTER_ID = 'cluster-yrd';
const LEDGER_AGREEMENT_ID = 'agr-yrd-water';
const LEDGER_SIZES = (process.env.BENCH_LEDGER_LINES ?? '1000,10000,100000').split(',').map(Number);
const ONLY_LEDGER = process.env.BENCH_ONLY === 'ledger';
const ONLY_DAILY = process.env.BENCH_ONLY === 'daily';
/** The money run: payment clients (each its own pair of cities) and surcharge clients (each its own city). */
const MONEY = { paymentClients: 10, surchargeClients: 10, durationMs: 10_000 };
const LEDGER_PLAN: Plan = { warmup: 5, requests: 100, budgetMs: 5_000, minRequests: 20 };
/**
 * DynamoDB Local's JVM heap (`BENCH_DYNAMO_HEAP_MB` overrides it). With the default 256 MB, building the tallies over
 * 100,000 records ran it out (java.lang.OutOfMemoryError: Java heap space in its SQLite jobs, answered as
 * InternalFailure); at 2 GB the heap still peaked above 1.6 GB with many full collections during a 100,000-item run.
 */
const DYNAMO_HEAP_MB = 3072;
const HANDLER_ENTRY = resolve(__dirname, '..', 'src', 'handler.ts');
/** Loads of each bundle for the module-init figures. */
const INIT_RUNS = 15;

const FAST: Plan = { warmup: 20, requests: 200, budgetMs: 30_000, minRequests: 50 };
/** The summary reads the whole cluster partition: fewer requests, capped by time, so the bench stays under ~3 min. */
const SLOW: Plan = { warmup: 3, requests: 200, budgetMs: 40_000, minRequests: 10 };
/** Shortfalls read the cluster's tallies (one Query) and its requirements and cities: ~50 requests, capped by time. */
const SHORTFALL_PLAN: Plan = { warmup: 3, requests: 50, budgetMs: 20_000, minRequests: 10 };
/** A city's standing reads its ~1,000 records (~100 ms a request): capped by time, so f. and g. add under a minute. */
const STANDING_PLAN: Plan = { warmup: 3, requests: 200, budgetMs: 4_000, minRequests: 10 };
/** The ranking reads the whole cluster partition (~2 s a request): like SLOW, with fewer requests. */
const RANKING_PLAN: Plan = { warmup: 1, requests: 200, budgetMs: 10_000, minRequests: 8 };

const OBLIGATION_PAGE = `query ($clusterId: ID!, $filter: ObligationFilter, $first: Int) {
  obligations(clusterId: $clusterId, filter: $filter, first: $first) {
    nodes { id status dueAt city { name } duty { action } } pageInfo { hasNextPage } } }`;
const SUMMARY = `query ($clusterId: ID!) {
  obligationSummary(clusterId: $clusterId) { city { name } open overdue fulfilledOnTime fulfilledLate } }`;

const SHORTFALLS = `query ($clusterId: ID!) {
  clusterShortfalls(clusterId: $clusterId) {
    resourceType { id } required available shortfall coverage contributions { city { name } available } } }`;
const TRUST_STANDING = `query ($cityId: ID!, $drivers: Int!) {
  trustStanding(cityId: $cityId) { score uncertainty recordsCounted direction summary trend { month score }
    drivers(first: $drivers) { effect explanation record { id } } } }`;
const CLUSTER_TRUST = `query ($clusterId: ID!) {
  clusterTrust(clusterId: $clusterId) { members { rank ranked standing { city { id } score uncertainty lowerBound } } } }`;
const INVENTORY_ITEM = `query ($id: ID!) { inventoryItem(id: $id) { id onHand shareable version } }`;
const UPDATE_ITEM = `mutation ($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { id onHand version } }`;

interface Shortfalls {
  clusterShortfalls: Array<{
    resourceType: { id: string };
    required: number;
    available: number;
    shortfall: number;
    coverage: number;
    contributions: Array<{ city: { name: string }; available: number }>;
  }>;
}

interface TrustStanding {
  trustStanding: {
    score: number;
    uncertainty: number;
    recordsCounted: number;
    direction: string;
    summary: string;
    trend: Array<{ month: string; score: number }>;
    drivers: Array<{ effect: number; explanation: string; record: { id: string } }>;
  };
}
interface ClusterTrust {
  clusterTrust: {
    members: Array<{
      rank: number | null;
      ranked: boolean;
      standing: { city: { id: string } | null; score: number; uncertainty: number; lowerBound: number };
    }>;
  };
}

interface ObligationPage {
  obligations: { nodes: Array<{ id: string; status: string; dueAt: string }>; pageInfo: { hasNextPage: boolean } };
}
interface Summary {
  obligationSummary: Array<{ open: number; overdue: number }>;
}

/** The app reads its configuration at module load: this must run before anything under src/ is imported. */
function configureApp(endpoint: string, keys: LocalKeys): void {
  Object.assign(process.env, {
    TABLE_NAME,
    STAGE: 'bench',
    // As the functions run (infra/constructs/app-function.ts).
    NODE_ENV: 'production',
    AUTH_MODE: 'local',
    LOCAL_AUTH_JWK: JSON.stringify(keys.publicJwk),
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: 'local',
    // Internal errors still reach stderr; per-request info logs would be measured along with the handler.
    POWERTOOLS_LOG_LEVEL: 'WARN',
  });
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function seed(endpoint: string): Promise<{ complianceByCity: ReadonlyMap<string, number> }> {
  const { ensureTable } = await import('../src/store/admin');
  const { seedDemoData } = await import('./seed');
  const { seedObligations } = await import('./bench/seed-obligations');
  const admin = localClient(endpoint);
  try {
    await ensureTable(admin, TABLE_NAME);
  } finally {
    admin.destroy();
  }
  const started = performance.now();
  await seedDemoData();
  if (ONLY_LEDGER || ONLY_DAILY) return { complianceByCity: new Map() };
  const data = await seedObligations(OBLIGATION_COUNT);
  const openHere = data.openByCity.get(CITY_ID) ?? 0;
  console.log(
    `Seeded demo data + ${data.events} risk events + ${data.obligations} obligations in ${CLUSTER_ID} in ${seconds(started)} ` +
      `(${data.open} open, ${data.overdue} of them overdue; ${openHere} open in ${CITY_ID}).`,
  );
  const seedingInventory = performance.now();
  const { seedInventory } = await import('./bench/seed-inventory');
  const stock = await seedInventory(CLUSTER_ID, INVENTORY_COUNT);
  console.log(
    `Seeded ${stock.items} inventory items in ${CLUSTER_ID} in ${seconds(seedingInventory)} ` +
      `(${stock.cities} cities × ${stock.typeTiers} type-tiers, distinct depots; ${stock.ready} READY), beside the demo stock.`,
  );
  const seedingCompliance = performance.now();
  const { seedCompliance } = await import('./bench/seed-compliance');
  const history = await seedCompliance(CLUSTER_ID, COMPLIANCE_COUNT, { cityId: CITY_ID, count: CITY_COMPLIANCE_COUNT });
  const kinds = [...history.byKind]
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  console.log(
    `Seeded ${history.records} compliance records about ${history.cities} cities of ${CLUSTER_ID} over 3 years in ${seconds(seedingCompliance)} ` +
      `(${history.byCity.get(CITY_ID) ?? 0} about ${CITY_ID}; ${kinds}).`,
  );
  return { complianceByCity: history.byCity };
}

interface Probe {
  counter: CallCounter;
  meter: ReadMeter;
}
interface Run {
  request: Request;
  plan: Plan;
  probe: Probe;
}
interface Scenario {
  name: string;
  run: Run;
  floor?: Run & { name: string };
}

const timed = ({ request, plan, probe }: Run): Promise<Measurement> =>
  measure(request, plan, probe.counter, probe.meter);

/** Counts and meters one DynamoDB client: calls made, capacity consumed, items read. */
function instrument(clients: DynamoDBClient | readonly DynamoDBClient[]): Probe {
  return { counter: countDynamoCalls(clients), meter: meterReads(clients) };
}

function pageRequest(handler: LambdaHandler, token: string, filter: { status: string[] }): Request {
  return async () => {
    const data = await invokeGraphql<ObligationPage>(handler, token, OBLIGATION_PAGE, {
      clusterId: CLUSTER_ID,
      filter,
      first: PAGE_SIZE,
    });
    return data.obligations.nodes.length;
  };
}

function floorRequest(floor: LambdaHandler): Request {
  return async () => {
    const result = await floor(graphqlEvent('', ''), lambdaContext());
    return (JSON.parse(result.body ?? '{}') as { items: unknown[] }).items.length;
  };
}

/**
 * Before timing anything: our page must be exactly the floor's page (same ids, same order) with the statuses asked
 * for; otherwise the ratio would compare different answers.
 */
async function checkSamePage(
  handler: LambdaHandler,
  token: string,
  filter: { status: string[] },
  floor: LambdaHandler,
  label: string,
): Promise<void> {
  const ours = await invokeGraphql<ObligationPage>(handler, token, OBLIGATION_PAGE, {
    clusterId: CLUSTER_ID,
    filter,
    first: PAGE_SIZE,
  });
  const bare = JSON.parse((await floor(graphqlEvent('', ''), lambdaContext())).body ?? '{}') as {
    items: Array<{ obligationId: string }>;
  };
  const ourIds = ours.obligations.nodes.map((node) => node.id).join();
  if (ourIds !== bare.items.map((item) => item.obligationId).join())
    throw new Error(`${label}: the handler's page differs from the floor's`);
  const stray = ours.obligations.nodes.find((node) => !filter.status.includes(node.status));
  if (stray) throw new Error(`${label}: got ${stray.id} with status ${stray.status}`);
}

/** A shortfall as compared: type, figures and contributions, in the answer's order. */
function shortfallKey(entry: {
  typeId: string;
  required: number;
  available: number;
  shortfall: number;
  coverage: number;
  contributions: Array<{ name: string; available: number }>;
}): string {
  const contributions = entry.contributions.map((c) => `${c.name}=${c.available}`).join(',');
  return `${entry.typeId} ${entry.required}/${entry.available}/${entry.shortfall} ${entry.coverage.toFixed(6)} [${contributions}]`;
}

/**
 * Before timing: our shortfalls must be what the domain computes from the floor's own read of the partition (every
 * item, every page) and the cluster's requirements; otherwise the ratio would compare different answers.
 */
async function checkShortfalls(
  handler: LambdaHandler,
  token: string,
  docs: DynamoDBDocumentClient,
): Promise<{ items: number; pages: number }> {
  const { computeShortfalls } = await import('../src/domain/resources/shortfalls');
  const { ReserveRequirementEntity } = await import('../src/store/entities');
  const { clusterHoldings } = await import('./bench/floor');
  const { DEMO_CITIES } = await import('./demo-data');
  const ours = (await invokeGraphql<Shortfalls>(handler, token, SHORTFALLS, { clusterId: CLUSTER_ID }))
    .clusterShortfalls;
  const { items, pages } = await clusterHoldings(docs, CLUSTER_ID);
  const { data: requirements } = await ReserveRequirementEntity.query
    .byCluster({ clusterId: CLUSTER_ID })
    .go({ pages: 'all' });
  const cities = DEMO_CITIES.filter((city) => city.clusterId === CLUSTER_ID);
  const names = new Map(cities.map((city) => [city.cityId, city.name]));
  const population = cities.reduce((sum, city) => sum + city.population, 0);
  const expected = computeShortfalls(requirements, items as unknown as Holding[], population).map((entry) =>
    shortfallKey({
      ...entry,
      contributions: entry.contributions.map((c) => ({
        name: names.get(c.cityId) ?? c.cityId,
        available: c.available,
      })),
    }),
  );
  const got = ours.map((entry) =>
    shortfallKey({
      ...entry,
      typeId: entry.resourceType.id,
      contributions: entry.contributions.map((c) => ({ name: c.city.name, available: c.available })),
    }),
  );
  if (got.join('\n') !== expected.join('\n')) {
    throw new Error(
      `shortfalls: the handler's answer differs from the floor's data\n  ours:     ${got.join('\n            ')}\n  expected: ${expected.join('\n            ')}`,
    );
  }
  if (!ours.some((entry) => entry.contributions.length > 1))
    throw new Error(
      'shortfalls: no resource type has contributions from several cities; the data set is not exercised',
    );
  return { items: items.length, pages };
}

/**
 * The floors of the trust scenarios: the Query the repository makes (same index, key condition and filter, from
 * ElectroDB's own params), every page, whole items as the app reads them; answers with the count.
 */
async function trustFloors(
  client: DynamoDBDocumentClient,
): Promise<{ standing: LambdaHandler; cluster: LambdaHandler }> {
  const { ComplianceRecordEntity } = await import('../src/store/entities');
  const { allPages } = await import('./bench/floor');
  const params = {
    standing: ComplianceRecordEntity.query
      .bySubject({ subjectKey: CITY_ID })
      .where(({ clusterId }, { eq }) => eq(clusterId, CLUSTER_ID))
      .params<QueryCommandInput>(),
    cluster: ComplianceRecordEntity.query.byCluster({ clusterId: CLUSTER_ID }).params<QueryCommandInput>(),
  };
  const floor =
    (input: QueryCommandInput): LambdaHandler =>
    async () => {
      const { items, pages } = await allPages(client, input);
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ count: items.length, pages }),
      };
    };
  return { standing: floor(params.standing), cluster: floor(params.cluster) };
}

const pages = (n: number) => `${n} page${n === 1 ? '' : 's'}`;
const floorAnswer = async (floor: LambdaHandler): Promise<{ count: number; pages: number }> =>
  JSON.parse((await floor(graphqlEvent('', ''), lambdaContext())).body ?? '{}') as { count: number; pages: number };

/** Standings the domain computes from the records as stored (read directly, every page), keyed by subject. */
async function expectedStandings(): Promise<
  Map<string, { score: number; uncertainty: number; recordsCounted: number }>
> {
  const { ComplianceRecordEntity } = await import('../src/store/entities');
  const { standingAt } = await import('../src/domain/trust/standing');
  const { settingsOf } = await import('../src/domain/trust/settings');
  const { counts, severityOf } = await import('../src/services/compliance');
  const { DEMO_CLUSTERS } = await import('./demo-data');
  const { data } = await ComplianceRecordEntity.query.byCluster({ clusterId: CLUSTER_ID }).go({ pages: 'all' });
  const halfLifeDays = settingsOf(
    DEMO_CLUSTERS.find((cluster) => cluster.clusterId === CLUSTER_ID)?.trustSettings,
  ).halfLifeDays;
  const now = new Date().toISOString();
  const bySubject = new Map<string, typeof data>();
  for (const record of data) {
    const records = bySubject.get(record.subjectKey) ?? [];
    records.push(record);
    bySubject.set(record.subjectKey, records);
  }
  return new Map(
    [...bySubject].map(([subject, records]) => [
      subject,
      standingAt(
        records.map((r) => ({
          recordId: r.recordId,
          kind: r.kind,
          severity: severityOf(r),
          at: r.at,
          counts: counts(r),
          note: r.note,
        })),
        now,
        { halfLifeDays },
      ),
    ]),
  );
}

/** The standings are computed at request time, a few milliseconds apart (evidence decays meanwhile): scores agree to this. */
const SCORE_TOLERANCE = 1e-6;
const near = (a: number, b: number) => Math.abs(a - b) <= SCORE_TOLERANCE;

/**
 * Before timing: the city's standing counts exactly the records seeded about it, agrees with the domain's standing
 * of the stored records, and shows 13 trend points (12 months) and the drivers asked for, largest effect first, each naming a
 * seeded record; the ranking has every city of the cluster once, ranked ones first with ranks ascending and lower
 * bounds descending, each score
 * the domain's. Otherwise the figures would time a wrong answer.
 */
async function checkTrust(
  handler: LambdaHandler,
  city: string,
  coordinator: string,
  seeded: ReadonlyMap<string, number>,
): Promise<void> {
  const { DEMO_CITIES } = await import('./demo-data');
  const expected = await expectedStandings();
  const { trustStanding: standing } = await invokeGraphql<TrustStanding>(handler, city, TRUST_STANDING, {
    cityId: CITY_ID,
    drivers: DRIVERS,
  });
  const mine = expected.get(CITY_ID);
  const problems: string[] = [];
  if (standing.recordsCounted !== seeded.get(CITY_ID))
    problems.push(`counted ${standing.recordsCounted} records, ${seeded.get(CITY_ID)} were seeded`);
  if (!mine || !near(standing.score, mine.score) || !near(standing.uncertainty, mine.uncertainty)) {
    problems.push(
      `score ${standing.score} ± ${standing.uncertainty}, the domain computes ${mine?.score} ± ${mine?.uncertainty}`,
    );
  }
  if (standing.trend.length !== 13) problems.push(`${standing.trend.length} trend points, not 13`);
  if (standing.drivers.length !== DRIVERS) problems.push(`${standing.drivers.length} drivers, not ${DRIVERS}`);
  if (standing.drivers.some((driver, i) => i > 0 && Math.abs(driver.effect) > Math.abs(standing.drivers[i - 1].effect)))
    problems.push('drivers not in order of effect');
  if (standing.drivers.some((driver) => !driver.record.id.startsWith('cr_bench_') || !driver.explanation))
    problems.push('a driver names no seeded record or explains nothing');
  if (!standing.summary.includes(`${seeded.get(CITY_ID)} records counted`))
    problems.push(`summary does not say how many records count: ${standing.summary}`);
  if (problems.length) throw new Error(`trust standing of ${CITY_ID}: ${problems.join('; ')}`);

  const { members } = (
    await invokeGraphql<ClusterTrust>(handler, coordinator, CLUSTER_TRUST, { clusterId: CLUSTER_ID })
  ).clusterTrust;
  const cityIds = DEMO_CITIES.filter((c) => c.clusterId === CLUSTER_ID).map((c) => c.cityId);
  const ranked = members.map((member) => member.standing.city?.id ?? '?');
  if (members.length !== cityIds.length || [...ranked].sort().join() !== [...cityIds].sort().join()) {
    problems.push(`ranked ${members.length} members (${ranked.join(', ')}), the cluster has ${cityIds.length}`);
  }
  members.forEach((member, i) => {
    const previous = members[i - 1];
    // Ranked members first (1, 2, 2, 4 by lower bound, highest first), then the unranked, with no rank.
    const rankOk = !member.ranked
      ? member.rank === null
      : i === 0
        ? member.rank === 1
        : previous.ranked &&
          (member.rank === i + 1 || member.rank === previous.rank) &&
          member.standing.lowerBound <= previous.standing.lowerBound;
    if (!rankOk) problems.push(`rank ${member.rank} out of order at position ${i + 1}`);
    const domain = expected.get(member.standing.city?.id ?? '');
    if (
      !domain ||
      !near(member.standing.score, domain.score) ||
      !near(member.standing.uncertainty, domain.uncertainty)
    ) {
      problems.push(
        `${member.standing.city?.id}: score ${member.standing.score}, the domain computes ${domain?.score}`,
      );
    }
  });
  if (problems.length) throw new Error(`cluster trust of ${CLUSTER_ID}: ${problems.join('; ')}`);
}

/** Two clients' calls and reads, counted as one. */
function bothProbes(a: Probe, b: Probe): Probe {
  return {
    counter: {
      get total() {
        return a.counter.total + b.counter.total;
      },
      get byCommand() {
        const merged = { ...a.counter.byCommand };
        for (const [command, n] of Object.entries(b.counter.byCommand)) merged[command] = (merged[command] ?? 0) + n;
        return merged;
      },
      reset() {
        a.counter.reset();
        b.counter.reset();
      },
    },
    meter: {
      get capacityUnits() {
        return a.meter.capacityUnits + b.meter.capacityUnits;
      },
      get itemsRead() {
        return a.meter.itemsRead + b.meter.itemsRead;
      },
      reset() {
        a.meter.reset();
        b.meter.reset();
      },
    },
  };
}

/** Clients of the contention run: each its own CITY officer of CITY_ID, reading and updating through the handler. */
function contentionClient(handler: LambdaHandler, token: string): ContentionClient {
  return {
    async read(itemId) {
      const { inventoryItem } = await invokeGraphql<{ inventoryItem: ItemState }>(handler, token, INVENTORY_ITEM, {
        id: itemId,
      });
      return inventoryItem;
    },
    async update(itemId, expectedVersion, onHand) {
      // shareable is left as it is: it was ≤ onHand before, and onHand only grows.
      const outcome = await sendGraphql(handler, token, UPDATE_ITEM, { input: { itemId, expectedVersion, onHand } });
      return outcome.data ? { ok: true } : { ok: false, code: outcome.errorCodes[0], text: outcome.errorText };
    },
  };
}

/** Items as stored now, read directly and consistently (for the before/after check of the contention run). */
async function itemStates(itemIds: readonly string[]): Promise<Map<string, ItemState>> {
  const { InventoryItemEntity } = await import('../src/store/entities');
  const { data } = await InventoryItemEntity.get(itemIds.map((itemId) => ({ itemId }))).go({ consistent: true });
  return new Map(
    data.map((item) => [item.itemId, { version: item.version, onHand: item.onHand, shareable: item.shareable }]),
  );
}

function contentionLines(run: ContentionRun): string[] {
  const other = Object.entries(run.otherErrors);
  const pct = (n: number) => `${((100 * n) / Math.max(1, run.attempts)).toFixed(1)}%`;
  return [
    `   ${run.clients} clients × ${(run.elapsedMs / 1000).toFixed(1)} s on ${run.items} items of ${CITY_ID}: ${run.measurement.requests} updates ` +
      `(${run.measurement.requestsPerSecond.toFixed(1)}/s) of ${run.attempts} attempts; ${run.conflicts} CONFLICT (${pct(run.conflicts)} of attempts), ` +
      `${run.abandoned} changes given up at the end, ${other.length ? other.map(([code, n]) => `${n} ${code}`).join(', ') : 'no other error'}.`,
    `   read → committed incl. retries: median ${ms(run.change.medianMs)}, p95 ${ms(run.change.p95Ms)}, p99 ${ms(run.change.p99Ms)}; ` +
      `the line above times the successful updateInventoryItem calls alone.`,
    ...(run.firstOtherError ? [`   first other error: ${run.firstOtherError}`] : []),
    run.verdict.ok && other.length === 0
      ? `   no lost update: OK (per item, onHand and version moved by exactly its successful updates)`
      : `   no lost update: FAILED${other.length ? ' (unexpected errors above)' : ''}`,
    ...run.verdict.details.map((detail) => `     ${detail}`),
  ];
}

/** Times each scenario (and its floor), prints its line and collects its call mix. */
async function runTable(scenarios: readonly Scenario[], mixes: string[]): Promise<void> {
  for (const scenario of scenarios) {
    const ours = await timed(scenario.run);
    const floor = scenario.floor && (await timed(scenario.floor));
    console.log(line(scenario.name, ours, floor));
    mixes.push(callMixLine(scenario.name, ours));
    if (scenario.floor && floor) {
      console.log(line(scenario.floor.name, floor));
      mixes.push(callMixLine(scenario.floor.name.trim(), floor));
    }
  }
}

async function runScenarios(
  endpoint: string,
  keys: LocalKeys,
  complianceByCity: ReadonlyMap<string, number>,
): Promise<string[]> {
  const { handler: apolloHandler } = await import('../src/handler');
  const { dynamoClients, withoutCallLogging } = await import('../src/store/client');
  const { overdueFloor, cityOpenFloor, clusterHoldingsFloor } = await import('./bench/floor');
  const { contend } = await import('./bench/contention');
  const { demoInventory } = await import('./demo-inventory');
  const { DEMO_CITIES, DEMO_CLUSTERS } = await import('./demo-data');
  // The integration's handler also takes a callback; it resolves its promise and never calls it.
  const handler: LambdaHandler = async (event, context) => (await apolloHandler(event, context, () => undefined)) ?? {};

  const app = instrument(dynamoClients);
  // The floors get their own client (own connections, own counts), configured like the app's.
  const floorClient = withoutCallLogging(localClient(endpoint));
  const floorDocs = DynamoDBDocumentClient.from(floorClient);
  const bare = instrument(floorClient);

  const coordinator = await signLocalToken(keys, {
    sub: 'bench-coordinator',
    name: 'Bench coordinator',
    role: 'COORDINATOR',
    clusterId: CLUSTER_ID,
  });
  const city = await signLocalToken(keys, {
    sub: 'bench-city',
    name: 'Bench city officer',
    role: 'CITY',
    clusterId: CLUSTER_ID,
    cityId: CITY_ID,
  });
  if (ONLY_DAILY) {
    const { dailyReadsTable } = await import('./bench/daily-reads');
    const { recordCommands } = await import('./bench/replay');
    const partner = await signLocalToken(keys, {
      sub: 'bench-partner',
      name: 'Bench partner officer',
      role: 'CITY',
      clusterId: CLUSTER_ID,
      cityId: 'city-tianjin',
    });
    const lines = await dailyReadsTable({
      handler,
      clusterId: CLUSTER_ID,
      cityId: CITY_ID,
      coordinator,
      partner,
      officerOf: (cityId) =>
        signLocalToken(keys, {
          sub: `bench-officer-${cityId}`,
          name: 'Bench city officer',
          role: 'CITY',
          clusterId: CLUSTER_ID,
          cityId,
        }),
      overdueFloor: overdueFloor(floorDocs, CLUSTER_ID, PAGE_SIZE),
      tableName: TABLE_NAME,
      docs: floorDocs,
      app,
      bare,
      recorder: recordCommands(dynamoClients),
      bareClient: floorClient,
    });
    console.log(`\n${lines.join('\n')}`);
    floorClient.destroy();
    return [];
  }
  if (ONLY_LEDGER) {
    console.log(`\n${header()}`);
    const mixes: string[] = [];
    const failures = await runLedger(handler, keys, app, mixes);
    console.log(`\nDynamoDB calls per request, by command:\n${mixes.join('\n')}`);
    floorClient.destroy();
    return failures;
  }
  const overdue = { status: ['OVERDUE'] };
  const open = { status: ['OPEN', 'OVERDUE'] };
  const floors = {
    overdue: overdueFloor(floorDocs, CLUSTER_ID, PAGE_SIZE),
    open: cityOpenFloor(floorDocs, CLUSTER_ID, CITY_ID, PAGE_SIZE),
    holdings: clusterHoldingsFloor(floorDocs, CLUSTER_ID),
  };
  await checkSamePage(handler, coordinator, overdue, floors.overdue, 'overdue');
  await checkSamePage(handler, city, open, floors.open, 'city open');
  const holdings = await checkShortfalls(handler, coordinator, floorDocs);
  const checkingTrust = performance.now();
  await checkTrust(handler, city, coordinator, complianceByCity);
  const trust = await trustFloors(floorDocs);
  const bareTrust = { standing: await floorAnswer(trust.standing), cluster: await floorAnswer(trust.cluster) };
  if (bareTrust.standing.count !== complianceByCity.get(CITY_ID) || bareTrust.cluster.count !== COMPLIANCE_COUNT) {
    throw new Error(
      `trust floors: the bare Queries read ${bareTrust.standing.count} and ${bareTrust.cluster.count} records, not the records seeded`,
    );
  }
  const trustChecked = seconds(checkingTrust);

  const scenarios: Scenario[] = [
    {
      name: 'a. overdue in my cluster (COORDINATOR)',
      run: { request: pageRequest(handler, coordinator, overdue), plan: FAST, probe: app },
      floor: {
        name: '   floor: bare Query gsi3, Limit 101',
        request: floorRequest(floors.overdue),
        plan: FAST,
        probe: bare,
      },
    },
    {
      name: "b. a city's open obligations (CITY)",
      run: { request: pageRequest(handler, city, open), plan: FAST, probe: app },
      floor: {
        name: '   floor: bare Query gsi2, Limit 101',
        request: floorRequest(floors.open),
        plan: FAST,
        probe: bare,
      },
    },
    {
      name: 'c. obligation summary (whole cluster)',
      run: {
        request: async () =>
          (await invokeGraphql<Summary>(handler, coordinator, SUMMARY, { clusterId: CLUSTER_ID })).obligationSummary
            .length,
        plan: SLOW,
        probe: app,
      },
    },
    {
      name: `d. shortfalls on ${holdings.items} items (COORDINATOR)`,
      run: {
        request: async () =>
          (await invokeGraphql<Shortfalls>(handler, coordinator, SHORTFALLS, { clusterId: CLUSTER_ID }))
            .clusterShortfalls.length,
        plan: SHORTFALL_PLAN,
        probe: app,
      },
      floor: {
        name: `   floor: bare Query gsi1, ${holdings.pages} pages, projected`,
        request: async () =>
          (JSON.parse((await floors.holdings(graphqlEvent('', ''), lambdaContext())).body ?? '{}') as { count: number })
            .count,
        plan: SHORTFALL_PLAN,
        probe: bare,
      },
    },
  ];

  console.log(`\n${header()}`);
  const mixes: string[] = [];
  await runTable(scenarios, mixes);

  // Every client is a different officer of the same city, on that city's own demo items (not the bench's stock).
  const itemIds = demoInventory(DEMO_CLUSTERS, DEMO_CITIES)
    .filter((item) => item.cityId === CITY_ID)
    .slice(0, CONTENTION.items)
    .map((item) => item.itemId);
  const clients = await Promise.all(
    Array.from({ length: CONTENTION.clients }, async (_, index) =>
      contentionClient(
        handler,
        await signLocalToken(keys, {
          sub: `bench-city-${index + 1}`,
          name: `Bench city officer ${index + 1}`,
          role: 'CITY',
          clusterId: CLUSTER_ID,
          cityId: CITY_ID,
        }),
      ),
    ),
  );
  const contention = await contend(
    clients,
    itemIds,
    { durationMs: CONTENTION.durationMs },
    app.counter,
    app.meter,
    itemStates,
  );
  const contentionName = `e. ${CONTENTION.clients}-client inventory update run (CITY)`;
  console.log(line(contentionName, contention.measurement));
  for (const detail of contentionLines(contention)) console.log(detail);
  mixes.push(callMixLine(contentionName, contention.measurement));

  // After the contention run, so the earlier lines keep their letters; it touches inventory, not compliance records.
  const trustStarted = performance.now();
  await runTable(
    [
      {
        name: `f. standing on ${complianceByCity.get(CITY_ID)} records (CITY)`,
        run: {
          request: async () =>
            (await invokeGraphql<TrustStanding>(handler, city, TRUST_STANDING, { cityId: CITY_ID, drivers: DRIVERS }))
              .trustStanding.drivers.length,
          plan: STANDING_PLAN,
          probe: app,
        },
        floor: {
          name: `   floor: bare Query gsi2, ${pages(bareTrust.standing.pages)}`,
          request: async () => (await floorAnswer(trust.standing)).count,
          plan: STANDING_PLAN,
          probe: bare,
        },
      },
      {
        name: `g. ranking on ${COMPLIANCE_COUNT} records (COORDINATOR)`,
        run: {
          request: async () =>
            (await invokeGraphql<ClusterTrust>(handler, coordinator, CLUSTER_TRUST, { clusterId: CLUSTER_ID }))
              .clusterTrust.members.length,
          plan: RANKING_PLAN,
          probe: app,
        },
        floor: {
          name: `   floor: bare Query gsi1, ${pages(bareTrust.cluster.pages)}`,
          request: async () => (await floorAnswer(trust.cluster)).count,
          plan: RANKING_PLAN,
          probe: bare,
        },
      },
    ],
    mixes,
  );
  console.log(`   (f. and g.: answers checked in ${trustChecked}, measured in ${seconds(trustStarted)})`);
  const ledgerFailures = await runLedger(handler, keys, app, mixes);

  console.log(
    'RCU/req: read capacity units DynamoDB Local reports (eventually consistent reads); read/req: items DynamoDB read ' +
      '(Query ScannedCount + items batch-got); ÷ floor: ratio of medians. In e., one request is one successful update: ' +
      'times are those of the updateInventoryItem calls that went through, req/s is updates per second, and calls, RCU ' +
      'and reads per request count everything the run did (reads, conflicting attempts) divided by successful updates.',
  );
  console.log(`\nDynamoDB calls per request, by command:\n${mixes.join('\n')}`);

  floorClient.destroy();
  const failures: string[] = [...ledgerFailures];
  if (!contention.verdict.ok) failures.push('the contention run lost or doubled updates (see e. above)');
  const other = Object.values(contention.otherErrors).reduce((sum, n) => sum + n, 0);
  if (other) failures.push(`the contention run met ${other} errors other than CONFLICT (see e. above)`);
  return failures;
}

/**
 * h. The ledger's reads as it grows: `balances`, `fund` and `settlementPlan` at each size, and their ratio largest ÷
 * smallest (goal ≤ 1.5: they read kept totals, not history). i. Payments between different city pairs and surcharges
 * on different cities, all at once: how many CONFLICTs reached a client (goal 0), and whether any write was lost.
 */
async function runLedger(handler: LambdaHandler, keys: LocalKeys, app: Probe, mixes: string[]): Promise<string[]> {
  const {
    growLedger,
    owe,
    netsOf,
    moneyRun,
    LEDGER_BALANCES,
    LEDGER_FUND,
    LEDGER_PLAN: LEDGER_SETTLEMENT,
  } = await import('./bench/ledger');
  const { ensureLedgerTotals } = await import('../src/store/ledger');
  const { exactDocumentClient } = await import('../src/store/client');
  // Kept totals are read through their own client (exact numbers): counted beside the app's.
  const totals = instrument(exactDocumentClient);
  const both = bothProbes(app, totals);
  const { DEMO_CITIES } = await import('./demo-data');
  const failures: string[] = [];
  const cities = DEMO_CITIES.filter((city) => city.clusterId === LEDGER_CLUSTER_ID)
    .map((city) => city.cityId)
    .sort();
  const token = await signLocalToken(keys, {
    sub: 'bench-coordinator-yrd',
    name: 'Bench coordinator (Delta)',
    role: 'COORDINATOR',
    clusterId: LEDGER_CLUSTER_ID,
  });
  await ensureLedgerTotals(LEDGER_CLUSTER_ID, new Date().toISOString());
  const reads = [
    ['balances', LEDGER_BALANCES],
    ['fund', LEDGER_FUND],
    ['settlementPlan', LEDGER_SETTLEMENT],
  ] as const;
  const medians = new Map<string, number[]>();
  const expected = new Map<string, bigint>();
  let lines = 0;
  for (const size of LEDGER_SIZES) {
    const writing = performance.now();
    const nets = await growLedger(LEDGER_CLUSTER_ID, cities, size - lines, lines);
    for (const [party, delta] of nets) expected.set(party, (expected.get(party) ?? 0n) + delta);
    console.log(`   (ledger grown from ${lines} to ${size} lines in ${seconds(writing)})`);
    lines = size;
    const shown = await netsOf(handler, token, LEDGER_CLUSTER_ID);
    const wrong = [...expected].filter(([party, net]) => shown.get(party) !== net);
    if (wrong.length)
      failures.push(`balances at ${size} lines differ from the lines written (${wrong.length} parties)`);
    for (const [name, query] of reads) {
      const result = await measure(
        async () => JSON.stringify(await invokeGraphql(handler, token, query, { clusterId: LEDGER_CLUSTER_ID })).length,
        LEDGER_PLAN,
        both.counter,
        both.meter,
      );
      const label = `h. ${name} at ${size.toLocaleString('en')} lines`;
      console.log(line(label, result));
      mixes.push(callMixLine(label, result));
      medians.set(name, [...(medians.get(name) ?? []), result.medianMs]);
    }
  }
  const ratios = [...medians].map(([name, values]) => `${name} ×${(values.at(-1)! / values[0]).toFixed(2)}`);
  console.log(
    `   ${LEDGER_SIZES.at(-1)!.toLocaleString('en')} ÷ ${LEDGER_SIZES[0].toLocaleString('en')} lines, ratio of medians: ${ratios.join(', ')} (goal ≤ 1.5)`,
  );

  // Debtors pay creditors (distinct pairs; a city is in several pairs), and the office surcharges distinct cities.
  const debtors = cities.slice(0, cities.length / 2);
  const creditors = cities.slice(cities.length / 2);
  await owe(LEDGER_CLUSTER_ID, debtors, creditors, 10_000_000_000_000n);
  const writers = [
    ...Array.from({ length: MONEY.paymentClients }, (_, i) => ({
      kind: 'payment' as const,
      fromId: debtors[i % debtors.length],
      toId: creditors[(i + Math.floor(i / debtors.length)) % creditors.length],
    })),
    ...Array.from({ length: MONEY.surchargeClients }, (_, i) => ({
      kind: 'surcharge' as const,
      cityId: cities[i % cities.length],
      agreementId: LEDGER_AGREEMENT_ID,
    })),
  ];
  const run = await moneyRun(handler, token, LEDGER_CLUSTER_ID, writers, MONEY.durationMs);
  const other = Object.entries(run.otherErrors);
  console.log(
    `i. ${run.clients} clients recording money at once (${MONEY.paymentClients} paying between different city pairs, ` +
      `${MONEY.surchargeClients} surcharging different cities) for ${(run.elapsedMs / 1000).toFixed(1)} s: ${run.ok} recorded ` +
      `(${((run.ok * 1000) / run.elapsedMs).toFixed(1)}/s), ${run.conflicts} CONFLICT reached a client (goal 0), ` +
      `${other.length ? other.map(([code, n]) => `${n} ${code}`).join(', ') : 'no other error'}; ` +
      `median ${ms(run.medianMs)}, p95 ${ms(run.p95Ms)} per write.`,
  );
  if (run.firstOtherError) console.log(`   first other error: ${run.firstOtherError}`);
  console.log(
    run.lost.length
      ? `   no lost write: FAILED\n${run.lost.map((detail) => `     ${detail}`).join('\n')}`
      : '   no lost write: OK (every position moved by exactly the writes that succeeded)',
  );
  if (run.lost.length) failures.push('the money run lost or doubled writes (see i. above)');
  if (other.length) failures.push(`the money run met errors other than CONFLICT (see i. above)`);
  return failures;
}

/** Java outlives a killed Node parent: on Ctrl-C or a kill, stop DynamoDB Local before exiting. */
/** The table and the demo data alone (`BENCH_ONLY=webhooks`). */
async function seedDemoOnly(endpoint: string): Promise<void> {
  const { ensureTable } = await import('../src/store/admin');
  const { seedDemoData } = await import('./seed');
  const admin = localClient(endpoint);
  try {
    await ensureTable(admin, TABLE_NAME);
  } finally {
    admin.destroy();
  }
  await seedDemoData();
}

function stopOnSignals(dynamo: RunningDynamoDbLocal): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void dynamo.stop().finally(() => process.exit(130));
    });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const keys = await keysFromPrivatePem(generatePrivatePem());
  let failures: string[] = [];
  const dynamo = await startDynamoDbLocal({ heapMb: Number(process.env.BENCH_DYNAMO_HEAP_MB) || DYNAMO_HEAP_MB });
  stopOnSignals(dynamo);
  try {
    configureApp(dynamo.endpoint, keys);
    console.log(`DynamoDB Local (in memory) on ${dynamo.endpoint}; Node ${process.version}.`);
    if (process.env.BENCH_ONLY === 'webhooks') {
      await seedDemoOnly(dynamo.endpoint);
    } else {
      const seeded = await seed(dynamo.endpoint);
      failures = await runScenarios(dynamo.endpoint, keys, seeded.complianceByCity);
    }
    if (!ONLY_LEDGER && !ONLY_DAILY) failures.push(...(await benchWebhooks(keys)));
  } catch (error) {
    // DynamoDB Local answers its own failures (a full heap) with a bare InternalFailure: show what it said.
    console.error(`DynamoDB Local's last output:\n${dynamo.outputTail().split('\n').slice(-40).join('\n')}`);
    throw error;
  } finally {
    await dynamo.stop();
  }
  const bundle = await handlerBundleSize(HANDLER_ENTRY);
  console.log(
    `\nGraphQL handler bundle (esbuild, minified, cjs, node22, @aws-sdk/* external): ` +
      `${kB(bundle.bytes)} (${kB(bundle.gzipBytes)} gzipped).`,
  );
  console.log(`  largest parts: ${bundle.largest.map(({ name, bytes }) => `${name} ${kB(bytes)}`).join(', ')}`);
  console.log(moduleInitLine(await measureModuleInit(HANDLER_ENTRY, process.env, INIT_RUNS), INIT_RUNS));
  console.log(`Bench finished in ${seconds(started)}.`);
  // Printed last, after every figure, so nothing is hidden, and the run exits non-zero.
  if (failures.length) throw new Error(`BENCH FAILED: ${failures.join('; ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
