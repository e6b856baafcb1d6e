/**
 * The console in a real browser (Debian's Chromium) against `npm start`: one server and one browser per test file,
 * every test signing in on its own (a fresh browser context), and every URL any page asked for kept, so a file can
 * assert that nothing left 127.0.0.1. Data a test needs is made through the same GraphQL API over HTTP (`api`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort } from '../../scripts/lib/dynamodb-local';
import type { DemoSub } from './api';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ConsoleUnderTest {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly browser: Browser;
  /** Every URL any page of the browser asked for, in order. */
  readonly requested: string[];
  /** What `npm start` printed before it was ready. */
  readonly output: string;
  /** The demo identity's token, as `npm start` wrote it to tokens.json. */
  tokenOf(sub: DemoSub): string;
  /** A fresh browser context (its own storage) signed in as the demo identity shown as `displayName`. */
  signedInAs(displayName: string): Promise<Page>;
  /** A GraphQL operation as the demo identity, over HTTP through the console's own origin; fails on any error. */
  api<TResult, TVariables>(
    sub: DemoSub,
    operation: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
  stop(): Promise<void>;
}

/** Starts `npm start` on a free port with its own data folder, then Chromium. */
export async function startConsole(): Promise<ConsoleUnderTest> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium (.ci/run does it).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'citypact-browser-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, CITYPACT_DATA_DIR: dataDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  await new Promise<void>((ready, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops everything')) ready();
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.once('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)));
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const requested: string[] = [];

  const tokenOf = (sub: DemoSub): string => {
    const tokens = JSON.parse(readFileSync(join(dataDir, 'tokens.json'), 'utf8')) as Array<{
      sub: string;
      token: string;
    }>;
    return tokens.find((entry) => entry.sub === sub)!.token;
  };

  async function api<TResult, TVariables>(
    sub: DemoSub,
    operation: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(sub)}` },
      body: JSON.stringify({ query: print(operation), variables }),
    });
    const body = (await response.json()) as { data?: TResult | null; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`The API refused: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  return {
    origin,
    browser,
    requested,
    output,
    tokenOf,
    api,
    async signedInAs(displayName) {
      const context = await browser.newContext();
      context.setDefaultTimeout(30_000);
      context.on('request', (request) => requested.push(request.url()));
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.getByRole('button', { name: displayName, exact: true }).click();
      await page.getByTestId('signed-in-as').filter({ hasText: displayName }).waitFor();
      return page;
    },
    async stop() {
      await browser.close();
      if (server.pid && server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        process.kill(-server.pid, 'SIGINT');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every URL that did not go to the console's own origin (in-page data: and blob: URLs never leave the browser). */
export function requestsElsewhere(origin: string, requested: readonly string[]): string[] {
  return requested.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}
