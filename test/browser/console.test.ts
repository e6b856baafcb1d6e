import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort } from '../../scripts/lib/dynamodb-local';

// The console in a real browser (Debian's Chromium) against `npm start`: each role signs in and does its main task,
// a denied action shows the API's message, and no request the pages make leaves 127.0.0.1. One server for the file.
const ROOT = resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dataDir = mkdtempSync(join(tmpdir(), 'citypact-browser-'));
let server: ChildProcess;
let origin: string;
let browser: Browser;
/** Every URL any page of the browser asked for, in order. */
const requested: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium (.ci/run does it).`);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
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
  expect(output).toContain(`Console: ${origin}/`);
  expect(output).toContain(`GraphQL IDE: ${origin}/graphql`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((done) => server.once('exit', done));
    process.kill(-server.pid, 'SIGINT');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

function tokenOf(sub: string): string {
  const tokens = JSON.parse(readFileSync(join(dataDir, 'tokens.json'), 'utf8')) as Array<{
    sub: string;
    token: string;
  }>;
  return tokens.find((entry) => entry.sub === sub)!.token;
}

/** A fresh browser context (its own storage) signed in as the demo identity shown as `displayName`. */
async function signedInAs(displayName: string): Promise<Page> {
  const context = await browser.newContext();
  context.setDefaultTimeout(30_000);
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: displayName, exact: true }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: displayName }).waitFor();
  return page;
}

test('the sign-in page lists the demo identities by their display names', async () => {
  const context = await browser.newContext();
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const signIn = page.getByTestId('sign-in');
  await signIn.getByRole('button', { name: 'Langfang Emergency Management Bureau' }).waitFor();
  await expect(signIn.getByRole('button').count()).resolves.toBeGreaterThanOrEqual(4);
  await expect(signIn.textContent()).resolves.toContain('Ministry of Emergency Management liaison');
  await context.close();
}, 60_000);

test('the Delta coordination office finds who is late, by city, and escalates the incident', async () => {
  const page = await signedInAs('Yangtze River Delta Coordination Office (duty officer)');
  const late = page.getByTestId('late-city').filter({ hasText: 'Suzhou' });
  await late.waitFor();
  await expect(late.locator('li').count()).resolves.toBeGreaterThanOrEqual(2);
  await expect(late.textContent()).resolves.toContain('OVERDUE');

  const event = page.getByTestId('event').filter({ hasText: 'Aniline leak' });
  await event.getByPlaceholder('Reason').fill('Plume reaches the Jiashan intake; provincial support needed');
  await event.getByRole('button', { name: 'Escalate to the superior level' }).click();
  await event.getByText('Plume reaches the Jiashan intake; provincial support needed').waitFor();

  // The language switch: the same panel in Chinese, the city by its Chinese name.
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('heading', { name: '各城市逾期义务' }).waitFor();
  await page.getByTestId('late-city').filter({ hasText: '苏州市' }).waitFor();
  await page.context().close();
}, 120_000);

test('a superior sees the escalation, and switching a cluster it may not switch shows the API message', async () => {
  const page = await signedInAs('Ministry of Emergency Management liaison');
  await page
    .getByTestId('escalation')
    .filter({ hasText: 'Plume reaches the Jiashan intake; provincial support needed' })
    .waitFor();

  const delta = page.locator('[data-cluster="cluster-yrd"]');
  await delta.getByPlaceholder('Reason').fill('Drill');
  await delta.getByRole('button', { name: 'Switch to EMERGENCY' }).click();
  const denied = delta.getByRole('alert');
  await denied.waitFor();
  await expect(denied.textContent()).resolves.toBe(
    'In a parallel voluntary cluster only its coordination office switches the mode. (FORBIDDEN)',
  );
  await page.context().close();
}, 120_000);

test("the office's escalation reaches the superior's inbox, and marking it read lowers the unread badge", async () => {
  // The escalation is the one the Delta office made above; the local dispatcher delivers it within about a second.
  const page = await signedInAs('Ministry of Emergency Management liaison');
  await page.getByTestId('inbox-link').click();
  const reason = 'Plume reaches the Jiashan intake; provincial support needed';
  const notification = page.getByTestId('notification').filter({ hasText: reason });
  await notification.waitFor({ timeout: 60_000 });
  await expect(notification.getAttribute('data-read')).resolves.toBe('false');
  await expect(notification.textContent()).resolves.toContain('EVENT_ESCALATED');
  await expect(notification.textContent()).resolves.toContain('Aniline leak');

  const badge = page.getByTestId('unread-badge');
  await badge.waitFor();
  const unread = Number(await badge.getAttribute('data-count'));
  expect(unread).toBeGreaterThanOrEqual(1);

  await notification.getByRole('button', { name: 'Mark read' }).click();
  await page.getByTestId('notification').filter({ hasText: reason }).and(page.locator('[data-read="true"]')).waitFor();
  await page.locator(`[data-testid="unread-badge"][data-count="${unread - 1}"]`).waitFor();

  // "Unread only" leaves it out now.
  await page.getByLabel('Unread only').check();
  await page.getByTestId('notification').filter({ hasText: reason }).waitFor({ state: 'detached' });
  await page.context().close();
}, 120_000);

test('a city officer fulfils an obligation with evidence and updates its stock, with a stale edit explained', async () => {
  const page = await signedInAs('Shanghai Emergency Management Bureau');
  const obligations = page.getByTestId('my-obligation');
  await obligations.first().waitFor();
  const before = await obligations.count();
  const first = obligations.first();
  await first.getByRole('button', { name: 'Fulfil' }).click();
  await first.getByLabel('Evidence (what was done)').fill('Qingpu intake closed at 09:40; bulletin sent to districts.');
  await first.getByRole('button', { name: 'Fulfil' }).click();
  await obligations.nth(before - 1).waitFor({ state: 'detached' });

  const item = page.getByTestId('inventory-item').first();
  await item.getByLabel('On hand').fill('321');
  await item.getByRole('button', { name: 'Save' }).click();
  await item.getByText('✓').waitFor();
  await expect(item.getByLabel('On hand').inputValue()).resolves.toBe('321');

  // A second tab changes the same item; the first tab's next save is refused and explained, with fresh figures.
  const other = await page.context().newPage();
  await other.goto(`${origin}/`);
  const otherItem = other.getByTestId('inventory-item').first();
  await otherItem.getByLabel('On hand').fill('300');
  await otherItem.getByRole('button', { name: 'Save' }).click();
  await otherItem.getByText('✓').waitFor();
  await item.getByLabel('On hand').fill('999');
  await item.getByRole('button', { name: 'Save' }).click();
  await item.getByText('Someone changed this item since you read it').waitFor();
  await expect(item.getByLabel('On hand').inputValue()).resolves.toBe('300');
  await page.context().close();
}, 120_000);

test('an evaluator scores the Taipu response against the rubric and submits it', async () => {
  const page = await signedInAs('Tongji University Disaster Prevention Institute (third-party evaluator)');
  const evaluation = page.getByTestId('evaluation').first();
  await evaluation.waitFor();
  const selects = evaluation.locator('select');
  const criteria = await selects.count();
  expect(criteria).toBeGreaterThan(0);
  for (let index = 0; index < criteria; index++) await selects.nth(index).selectOption('4');
  await evaluation.getByLabel('Findings').fill('Warnings reached Jiashan in 40 minutes.');
  await evaluation.getByRole('button', { name: 'Submit' }).click();
  await page.getByTestId('evaluation').first().getByText('SUBMITTED').first().waitFor();
  await page.context().close();
}, 120_000);

test('the GraphQL IDE is served locally with the signed-in token and the README examples as tabs', async () => {
  const page = await signedInAs('Beijing–Tianjin–Hebei Coordination Office (duty officer)');
  const ide = await page.context().newPage();
  await ide.goto(`${origin}/graphql`);
  await ide.locator('.graphiql-tab').first().waitFor();
  await expect(ide.locator('.graphiql-tab').count()).resolves.toBeGreaterThanOrEqual(10);
  await ide.locator('.graphiql-tab').filter({ hasText: 'WhoIsLate' }).first().waitFor();
  const token = tokenOf('demo-coordinator-jjj');
  await ide
    .locator('.view-lines')
    .filter({ hasText: token.slice(-16) })
    .first()
    .waitFor();
  await ide.getByRole('button', { name: /execute query/i }).click();
  await ide.locator('.result-window').getByText('"displayName"').waitFor();
  // Monaco lays text out with non-breaking spaces; \s matches them.
  await expect(ide.locator('.result-window').textContent()).resolves.toMatch(/"role":\s*"COORDINATOR"/);
  // The schema's documentation, from introspection through the local server.
  await ide.getByRole('button', { name: /documentation explorer/i }).click();
  const docs = ide.locator('.graphiql-doc-explorer');
  await docs.getByText('Query', { exact: true }).first().click();
  await docs.getByText('Who you are signed in as, and what you act for.').waitFor();
  await page.context().close();
}, 120_000);

test('every request the pages made went to the local server', () => {
  expect(requested.length).toBeGreaterThan(20);
  const elsewhere = requested.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(elsewhere).toEqual([]);
});
