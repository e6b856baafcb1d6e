import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/lib/dynamodb-local';

// The README's promise, end to end: `npm start` brings up DynamoDB Local, the table, the demo data and the offline
// server with the real handler; tokens it prints work over HTTP; Ctrl-C stops every child (Java included); a second
// start keeps the data.
const ROOT = resolve(__dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'citypact-start-'));
let port: number;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, CITYPACT_DATA_DIR: dataDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, like a terminal's foreground job
  });
  let output = '';
  const ready = new Promise<string>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops everything')) resolveReady(output);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)));
  });
  return { child, ready };
}

async function ctrlC(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  process.kill(-child.pid!, 'SIGINT');
  return exited;
}

function javaProcessesFor(dir: string): string {
  try {
    return execFileSync('pgrep', ['-f', dir], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

/**
 * The processes still running for `dir` once they have had `withinMs` to finish exiting: the JVM may still be running
 * its shutdown hooks for a moment after npm start itself has exited, so a check at that very instant flakes.
 */
async function javaLeftFor(dir: string, withinMs = 15_000): Promise<string> {
  const deadline = Date.now() + withinMs;
  let left = javaProcessesFor(dir);
  while (left !== '' && Date.now() < deadline) {
    await new Promise((wait) => setTimeout(wait, 200));
    left = javaProcessesFor(dir);
  }
  return left;
}

/** A GraphQL request over HTTP; `T` is the shape of the data the caller reads. */
async function graphql<T = unknown>(token: string | null, query: string, variables?: object) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions: { code: string } }>;
    },
  };
}

test('npm start serves the real handler over HTTP, stops cleanly on Ctrl-C and keeps data between runs', async () => {
  port = await freePort();

  const first = start();
  const banner = await first.ready;
  expect(banner).toContain(`POST http://127.0.0.1:${port}/graphql`);
  expect(banner).toMatch(/seeded 2 demo clusters with 25 cities/);
  for (const role of ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR']) expect(banner).toContain(`  ${role}`);

  const tokens = JSON.parse(readFileSync(join(dataDir, 'tokens.json'), 'utf8')) as Array<{
    sub: string;
    token: string;
  }>;
  const tokenOf = (sub: string) => tokens.find((entry) => entry.sub === sub)!.token;

  const anonymous = await graphql(null, '{ me { id } }');
  expect(anonymous.status).toBe(401);
  expect(anonymous.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

  const update = await graphql(
    tokenOf('demo-city-langfang'),
    'mutation { updateCityBaseline(input: { cityId: "city-langfang", expectedVersion: 1, shelterCapacity: 440000 }) { version } }',
  );
  expect(update.body).toEqual({ data: { updateCityBaseline: { version: 2 } } });
  const denied = await graphql(
    tokenOf('demo-city-langfang'),
    'mutation { updateCityBaseline(input: { cityId: "city-tianjin", expectedVersion: 1, shelterCapacity: 1 }) { version } }',
  );
  expect(denied.body.errors?.[0].extensions.code).toBe('FORBIDDEN');

  // The demo incident: Suzhou's report and downstream warning are already overdue for the Delta coordinator.
  const overdue = await graphql<{ obligations: { nodes: unknown[] } }>(
    tokenOf('demo-coordinator-yrd'),
    '{ obligations(clusterId: "cluster-yrd", filter: { status: [OVERDUE] }) { nodes { city { id } duty { id } } } }',
  );
  expect(overdue.body.data?.obligations.nodes).toEqual(
    expect.arrayContaining([
      { city: { id: 'city-suzhou' }, duty: { id: 'report' } },
      { city: { id: 'city-suzhou' }, duty: { id: 'warn' } },
    ]),
  );

  // `npm run job:overdue` runs the scheduled job by hand against the running store.
  const job = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/job-overdue.ts'], {
    cwd: ROOT,
    env: { ...process.env, CITYPACT_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(job).toMatch(
    /Overdue job: \d+ recurring obligation\(s\) opened; \d+ obligation\(s\) recorded as LATE and \d+ of closed events waived as lapsed across 2 cluster\(s\)\./,
  );

  expect(javaProcessesFor(dataDir)).not.toBe('');
  expect(await ctrlC(first.child)).toBe(0);
  expect(await javaLeftFor(dataDir)).toBe('');

  const second = start();
  expect(await second.ready).toMatch(/data kept from last run/);
  const reread = await graphql(
    tokenOf('demo-coordinator-jjj'),
    '{ city(id: "city-langfang") { version baseline { shelterCapacity } } }',
  );
  expect(reread.body).toEqual({ data: { city: { version: 2, baseline: { shelterCapacity: 440000 } } } });
  expect(await ctrlC(second.child)).toBe(0);
  expect(await javaLeftFor(dataDir)).toBe('');
}, 180_000);

test('npm start on a port another program holds exits non-zero with a clear message, and announces nothing', async () => {
  port = await freePort();
  const squatter = createServer((_, response) => response.end('{"data":{"me":{"id":"someone else"}}}'));
  await new Promise<void>((listening) => squatter.listen(port, '127.0.0.1', listening));
  try {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, CITYPACT_DATA_DIR: dataDir, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));

    expect(code).not.toBe(0);
    expect(output).toContain(`Port ${port} is already in use by another program`);
    expect(output).toContain(`PORT=${port + 1} npm start`);
    expect(output).not.toContain('CityPact is running');
    expect(output).not.toMatch(/eyJ/); // no token printed
    expect(await javaLeftFor(dataDir)).toBe('');
  } finally {
    await new Promise((closed) => squatter.close(closed));
  }
}, 60_000);
