/**
 * `npm start`: DynamoDB Local (data under .data/), the table, demo data on first run, then serverless-offline
 * serving the real Lambda handler on an internal port behind the console server (the console, the GraphQL IDE and
 * POST /graphql passed through), and a ready token per role. Ctrl-C stops every child, Java included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { DEMO_IDENTITIES } from './demo-data';
import {
  buildConsole,
  consoleNeedsBuild,
  createConsoleServer,
  type LocalIdentityWithToken,
} from './lib/console-server';
import { freePort, localClient, startDynamoDbLocal, type RunningDynamoDbLocal } from './lib/dynamodb-local';
import { ensureLocalKeys, signLocalToken, type LocalKeys } from './lib/local-auth';

const ROOT = resolve(__dirname, '..');
const DATA_DIR = resolve(process.env.CITYPACT_DATA_DIR ?? join(ROOT, '.data'));
const HTTP_PORT = Number(process.env.PORT ?? 3000);
const TABLE_NAME = 'citypact-local';
const OVERDUE_JOB_INTERVAL_MS = 5 * 60 * 1000;

let dynamo: RunningDynamoDbLocal | undefined;
let offline: ChildProcess | undefined;
let stopping = false;
let serving = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // serverless-offline runs in its own process group: signal the whole group so esbuild goes too.
    if (offline?.pid && offline.exitCode === null) {
      try {
        process.kill(-offline.pid, 'SIGINT');
      } catch {
        // already gone
      }
      await Promise.race([
        new Promise((done) => offline!.once('exit', done)),
        new Promise((done) => setTimeout(done, 5_000)),
      ]);
      if (offline.exitCode === null) process.kill(-offline.pid, 'SIGKILL');
    }
    await dynamo?.stop();
  }
  process.exit(code);
}

const portTaken = (port: number) =>
  `Port ${port} is already in use by another program, so CityPact cannot serve http://127.0.0.1:${port}/graphql. ` +
  `Stop that program, or start CityPact on another port: PORT=${port + 1} npm start`;

/** Fails fast, before anything starts, when something already listens where the console server will. */
async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolveFree, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(portTaken(port)) : error),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolveFree()));
  });
}

/**
 * Waits until the server on `url` is the one just started: it must answer `me` for a token minted now with a
 * one-time subject, signed with this run's key. Any other answer is another program that took the port meanwhile.
 */
async function waitForOwnServer(url: string, port: number, child: ChildProcess, keys: LocalKeys): Promise<void> {
  const coordinator = DEMO_IDENTITIES.find((identity) => identity.role === 'COORDINATOR')!;
  const probeSub = `start-check-${randomUUID()}`;
  const token = await signLocalToken(keys, { ...coordinator, sub: probeSub }, { expiresIn: '10m' });
  let otherAnswered = false;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(
        otherAnswered ? portTaken(port) : 'serverless-offline exited during start-up (see its output above)',
      );
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = (await response.json().catch(() => undefined)) as { data?: { me?: { id?: string } } } | undefined;
      if (body?.data?.me?.id === probeSub) return;
      otherAnswered = true;
    } catch {
      // Nothing listens yet.
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(
    otherAnswered
      ? `${portTaken(port)} (it answers, but not as the CityPact just started)`
      : 'serverless-offline did not answer within 120 s',
  );
}

/** Serves the console, the IDE and the API on the public port (loopback only). */
async function listenConsole(server: Server, port: number): Promise<void> {
  await new Promise<void>((listening, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(portTaken(port)) : error),
    );
    server.listen(port, '127.0.0.1', () => listening());
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  await ensurePortFree(HTTP_PORT);
  mkdirSync(DATA_DIR, { recursive: true });

  if (consoleNeedsBuild(ROOT)) {
    console.log('Building the console (web/ is new or changed since the last build)…');
    const building = Date.now();
    await buildConsole(ROOT);
    console.log(`Console built in ${((Date.now() - building) / 1000).toFixed(1)} s.`);
  }

  const keys = await ensureLocalKeys(join(DATA_DIR, 'auth'));
  dynamo = await startDynamoDbLocal({ dataDir: join(DATA_DIR, 'dynamodb') });

  Object.assign(process.env, {
    TABLE_NAME,
    AUTH_MODE: 'local',
    LOCAL_AUTH_JWK: JSON.stringify(keys.publicJwk),
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'local',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  });
  // Loaded only now: the store reads its configuration at module load.
  const { ensureTable, isTableEmpty } = await import('../src/store/admin');
  const client = localClient(dynamo.endpoint);
  const created = await ensureTable(client, TABLE_NAME);
  let seeded = '';
  if (await isTableEmpty(client, TABLE_NAME)) {
    const { seedDemoData } = await import('./seed');
    const counts = await seedDemoData({ withDemoIncident: true });
    seeded = `seeded ${counts.clusters} demo clusters with ${counts.cities} cities, ${counts.agreements} agreements in force and a live incident with ${counts.obligations} obligations`;
  }
  client.destroy();

  // serverless-offline listens on an internal port; the console server in front of it owns the public one.
  const lambdaPort = await freePort();
  const apiPort = await freePort();
  offline = spawn(
    process.execPath,
    [
      require.resolve('serverless/bin/serverless.js'),
      'offline',
      'start',
      '--httpPort',
      String(apiPort),
      '--lambdaPort',
      String(lambdaPort),
    ],
    { cwd: ROOT, env: process.env, stdio: ['ignore', 'inherit', 'inherit'], detached: true },
  );
  offline.once('exit', (code) => {
    // Before it serves, waitForOwnServer reports the exit (and why).
    if (serving && !stopping) {
      console.error(`serverless-offline stopped (exit ${code}); stopping DynamoDB Local.`);
      void stopAll(1);
    }
  });
  await waitForOwnServer(`http://127.0.0.1:${apiPort}/graphql`, apiPort, offline, keys);
  const url = `http://127.0.0.1:${HTTP_PORT}/graphql`;
  let identities: LocalIdentityWithToken[] = [];
  await listenConsole(
    createConsoleServer({
      distDir: join(ROOT, 'web/dist'),
      apiOrigin: `http://127.0.0.1:${apiPort}`,
      apiUrl: url,
      identities: () => identities,
    }),
    HTTP_PORT,
  );
  serving = true;

  // The same job EventBridge runs every 5 minutes in AWS; `npm run job:overdue` reads runtime.json to run it by hand.
  const runtime = {
    TABLE_NAME,
    AUTH_MODE: 'local',
    LOCAL_AUTH_JWK: process.env.LOCAL_AUTH_JWK,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'local',
  };
  writeFileSync(join(DATA_DIR, 'runtime.json'), JSON.stringify(runtime, null, 2));
  const { handler: overdueJob } = await import('../src/jobs/overdue');
  const runJob = () =>
    overdueJob().catch((error: unknown) =>
      console.error('Overdue job failed:', error instanceof Error ? error.message : error),
    );
  void runJob();
  // runJob reports its own failure, so each tick is fire-and-forget.
  setInterval(() => void runJob(), OVERDUE_JOB_INTERVAL_MS).unref();

  // Notifications: in AWS the table's stream invokes the dispatcher; here the same code reads DynamoDB Local's stream.
  const { startNotificationLoop } = await import('./lib/notification-loop');
  await startNotificationLoop(dynamo.endpoint, TABLE_NAME, join(DATA_DIR, 'notifications-stream.json'));

  const tokens = await Promise.all(
    DEMO_IDENTITIES.map(async (identity) => ({ ...identity, token: await signLocalToken(keys, identity) })),
  );
  writeFileSync(join(DATA_DIR, 'tokens.json'), JSON.stringify(tokens, null, 2));
  identities = tokens;
  const shown = ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR'].map((role) => tokens.find((t) => t.role === role)!);

  const lines = [
    '',
    `CityPact is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).`,
    `  GraphQL:        POST ${url}`,
    `  Console: http://127.0.0.1:${HTTP_PORT}/  (sign in as any demo identity)`,
    `  GraphQL IDE: http://127.0.0.1:${HTTP_PORT}/graphql  (open it after signing in: it sends your token)`,
    `  DynamoDB Local: ${dynamo.endpoint}  (table ${TABLE_NAME}${created ? ', created now' : ''}${seeded ? `, ${seeded}` : ', data kept from last run'}; files in ${join(DATA_DIR, 'dynamodb')})`,
    '',
    'Tokens (valid 12 h; every demo identity is in .data/tokens.json):',
    ...shown.flatMap((t) => [`  ${t.role.padEnd(11)} ${t.name}`, `  ${t.token}`, '']),
    'Try:',
    `  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $(node -p "require('./.data/tokens.json')[0].token")" -d '{"query":"{ me { displayName role cluster { name mode } } }"}'`,
    '',
    'The overdue-obligations job runs every 5 minutes (or now: `npm run job:overdue`).',
    'Notifications are delivered to inboxes within about a second (query `notifications`).',
    'Ctrl-C stops everything; `npm run reset` wipes the local data.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
});
