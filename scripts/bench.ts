/**
 * `npm run bench`: seeds an in-memory DynamoDB Local with 10,000 obligations in one cluster, drives the real
 * exported Lambda handler in process with synthetic API Gateway v2 events, and prints one line per scenario, each
 * beside a floor (the one bare DynamoDB Query the answer needs), plus the handler's bundle size. See DESIGN.md,
 * "Benchmarks". A script, not a test: it asserts only that answers are right, never that they are fast.
 */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { handlerBundleSize } from './bench/bundle';
import { invokeGraphql, graphqlEvent, lambdaContext, type LambdaHandler } from './bench/lambda';
import { measure, type Measurement, type Plan, type Request } from './bench/measure';
import { meterReads, type ReadMeter } from './bench/read-meter';
import { callMixLine, header, line } from './bench/report';
import { countDynamoCalls, type CallCounter } from './lib/call-counter';
import { localClient, startDynamoDbLocal, type RunningDynamoDbLocal } from './lib/dynamodb-local';
import { generatePrivatePem, keysFromPrivatePem, signLocalToken, type LocalKeys } from './lib/local-auth';

const TABLE_NAME = 'citypact-bench';
const CLUSTER_ID = 'cluster-jjj';
/** The demo CITY identity: a party to the accidents agreement with a few hundred open obligations. */
const CITY_ID = 'city-langfang';
const OBLIGATION_COUNT = 10_000;
const PAGE_SIZE = 100;
const HANDLER_ENTRY = resolve(__dirname, '..', 'src', 'handler.ts');

const FAST: Plan = { warmup: 20, requests: 200, budgetMs: 30_000, minRequests: 50 };
/** The summary reads the whole cluster partition: fewer requests, capped by time, so the bench stays under ~3 min. */
const SLOW: Plan = { warmup: 3, requests: 200, budgetMs: 40_000, minRequests: 10 };

const OBLIGATION_PAGE = `query ($clusterId: ID!, $filter: ObligationFilter, $first: Int) {
  obligations(clusterId: $clusterId, filter: $filter, first: $first) {
    nodes { id status dueAt city { name } duty { action } } pageInfo { hasNextPage } } }`;
const SUMMARY = `query ($clusterId: ID!) {
  obligationSummary(clusterId: $clusterId) { city { name } open overdue fulfilledOnTime fulfilledLate } }`;

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

async function seed(endpoint: string) {
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
  const data = await seedObligations(OBLIGATION_COUNT);
  const openHere = data.openByCity.get(CITY_ID) ?? 0;
  console.log(
    `Seeded demo data + ${data.events} risk events + ${data.obligations} obligations in ${CLUSTER_ID} in ${seconds(started)} ` +
      `(${data.open} open, ${data.overdue} of them overdue; ${openHere} open in ${CITY_ID}).`,
  );
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

const timed = ({ request, plan, probe }: Run): Promise<Measurement> => measure(request, plan, probe.counter, probe.meter);

/** Counts and meters one DynamoDB client: calls made, capacity consumed, items read. */
function instrument(client: DynamoDBClient): Probe {
  return { counter: countDynamoCalls(client), meter: meterReads(client) };
}

function pageRequest(handler: LambdaHandler, token: string, filter: { status: string[] }): Request {
  return async () => {
    const data = await invokeGraphql<ObligationPage>(handler, token, OBLIGATION_PAGE, { clusterId: CLUSTER_ID, filter, first: PAGE_SIZE });
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
async function checkSamePage(handler: LambdaHandler, token: string, filter: { status: string[] }, floor: LambdaHandler, label: string): Promise<void> {
  const ours = await invokeGraphql<ObligationPage>(handler, token, OBLIGATION_PAGE, { clusterId: CLUSTER_ID, filter, first: PAGE_SIZE });
  const bare = JSON.parse((await floor(graphqlEvent('', ''), lambdaContext())).body ?? '{}') as { items: Array<{ obligationId: string }> };
  const ourIds = ours.obligations.nodes.map((node) => node.id).join();
  if (ourIds !== bare.items.map((item) => item.obligationId).join()) throw new Error(`${label}: the handler's page differs from the floor's`);
  const stray = ours.obligations.nodes.find((node) => !filter.status.includes(node.status));
  if (stray) throw new Error(`${label}: got ${stray.id} with status ${stray.status}`);
}

async function runScenarios(endpoint: string, keys: LocalKeys): Promise<void> {
  const { handler: apolloHandler } = await import('../src/handler');
  const { dynamoClient } = await import('../src/store/client');
  const { overdueFloor, cityOpenFloor } = await import('./bench/floor');
  // The integration's handler also takes a callback; it resolves its promise and never calls it.
  const handler: LambdaHandler = async (event, context) => (await apolloHandler(event, context, () => undefined)) ?? {};

  const app = instrument(dynamoClient);
  // The floors get their own client (own connections, own counts), configured like the app's.
  const floorClient = localClient(endpoint);
  const floorDocs = DynamoDBDocumentClient.from(floorClient);
  const bare = instrument(floorClient);

  const coordinator = await signLocalToken(keys, { sub: 'bench-coordinator', name: 'Bench coordinator', role: 'COORDINATOR', clusterId: CLUSTER_ID });
  const city = await signLocalToken(keys, { sub: 'bench-city', name: 'Bench city officer', role: 'CITY', clusterId: CLUSTER_ID, cityId: CITY_ID });
  const overdue = { status: ['OVERDUE'] };
  const open = { status: ['OPEN', 'OVERDUE'] };
  const floors = { overdue: overdueFloor(floorDocs, CLUSTER_ID, PAGE_SIZE), open: cityOpenFloor(floorDocs, CLUSTER_ID, CITY_ID, PAGE_SIZE) };
  await checkSamePage(handler, coordinator, overdue, floors.overdue, 'overdue');
  await checkSamePage(handler, city, open, floors.open, 'city open');

  const scenarios: Scenario[] = [
    {
      name: 'a. overdue in my cluster (COORDINATOR)',
      run: { request: pageRequest(handler, coordinator, overdue), plan: FAST, probe: app },
      floor: { name: '   floor: bare Query gsi3, Limit 101', request: floorRequest(floors.overdue), plan: FAST, probe: bare },
    },
    {
      name: "b. a city's open obligations (CITY)",
      run: { request: pageRequest(handler, city, open), plan: FAST, probe: app },
      floor: { name: '   floor: bare Query gsi2, Limit 101', request: floorRequest(floors.open), plan: FAST, probe: bare },
    },
    {
      name: 'c. obligation summary (whole cluster)',
      run: {
        request: async () => (await invokeGraphql<Summary>(handler, coordinator, SUMMARY, { clusterId: CLUSTER_ID })).obligationSummary.length,
        plan: SLOW,
        probe: app,
      },
    },
  ];

  console.log(`\n${header()}`);
  const mixes: string[] = [];
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
  console.log(
    'RCU/req: read capacity units DynamoDB Local reports (eventually consistent reads); read/req: items DynamoDB read ' +
      '(Query ScannedCount + items batch-got); ÷ floor: ratio of medians.',
  );
  console.log(`\nDynamoDB calls per request, by command:\n${mixes.join('\n')}`);

  floorClient.destroy();
}

/** Java outlives a killed Node parent: on Ctrl-C or a kill, stop DynamoDB Local before exiting. */
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
  const dynamo = await startDynamoDbLocal();
  stopOnSignals(dynamo);
  try {
    configureApp(dynamo.endpoint, keys);
    console.log(`DynamoDB Local (in memory) on ${dynamo.endpoint}; Node ${process.version}.`);
    await seed(dynamo.endpoint);
    await runScenarios(dynamo.endpoint, keys);
  } finally {
    await dynamo.stop();
  }
  const bundle = await handlerBundleSize(HANDLER_ENTRY);
  console.log(
    `\nGraphQL handler bundle (esbuild, minified, cjs, node22, @aws-sdk/* external): ` +
      `${kB(bundle.bytes)} (${kB(bundle.gzipBytes)} gzipped).`,
  );
  console.log(`  largest parts: ${bundle.largest.map(({ name, bytes }) => `${name} ${kB(bytes)}`).join(', ')}`);
  console.log(`Bench finished in ${seconds(started)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
