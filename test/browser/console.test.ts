import { requestsElsewhere, startConsole, type ConsoleUnderTest } from '../support/browser';
import { anEvent, CLUSTERS } from '../support/browser-data';
import { graphql } from '../generated';

const UNREAD_COUNT = graphql(`
  query BrowserUnreadCount {
    unreadNotificationCount
  }
`);

// The console in a real browser (Debian's Chromium) against `npm start`: each role signs in and does its main task,
// a denied action shows the API's message, and no request the pages make leaves 127.0.0.1. One server for the file;
// each test signs in on its own and makes the data it needs.
let app: ConsoleUnderTest;

beforeAll(async () => {
  app = await startConsole();
  expect(app.output).toContain(`Console: ${app.origin}/`);
  expect(app.output).toContain(`GraphQL IDE: ${app.origin}/graphql`);
}, 240_000);

afterAll(async () => {
  await app?.stop();
}, 60_000);

const signedInAs = (displayName: string) => app.signedInAs(displayName);

test('the sign-in page lists the demo identities by their display names', async () => {
  const context = await app.browser.newContext();
  context.on('request', (request) => app.requested.push(request.url()));
  const page = await context.newPage();
  await page.goto(`${app.origin}/`);
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
  await expect(late.textContent()).resolves.toContain('Overdue');

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
  const reason = 'Tidal surge overtops the Huangpu floodwall; provincial pumps needed';
  await anEvent(app, CLUSTERS.yrd, {
    originCityId: 'city-shanghai',
    description: 'Storm tide on the Huangpu',
    escalate: reason,
  });
  const page = await signedInAs('Ministry of Emergency Management liaison');
  await page.getByTestId('escalation').filter({ hasText: reason }).waitFor();

  const delta = page.locator('[data-cluster="cluster-yrd"]');
  await delta.getByPlaceholder('Reason').fill('Drill');
  await delta.getByRole('button', { name: 'Switch to Emergency' }).click();
  const denied = delta.getByRole('alert');
  await denied.waitFor();
  await expect(denied.textContent()).resolves.toBe(
    'In a parallel voluntary cluster only its coordination office switches the mode. (FORBIDDEN)',
  );
  await page.context().close();
}, 120_000);

test("the office's escalation reaches the superior's inbox, and marking it read lowers the unread badge", async () => {
  // An escalation of its own; the local dispatcher delivers it within about a second.
  const reason = 'Yongding embankment breach at Gu’an; national rescue teams requested';
  await anEvent(app, CLUSTERS.jjj, {
    originCityId: 'city-langfang',
    description: 'Yongding River embankment breach',
    escalate: reason,
  });
  const page = await signedInAs('Ministry of Emergency Management liaison');
  await page.getByTestId('inbox-link').click();
  const notification = page.getByTestId('notification').filter({ hasText: reason });
  await notification.waitFor({ timeout: 60_000 });
  await expect(notification.getAttribute('data-read')).resolves.toBe('false');
  await expect(notification.textContent()).resolves.toContain('Event escalated');
  await expect(notification.textContent()).resolves.toContain('Yongding River embankment breach');

  // The badge counts again every few seconds, so right after the delivery it may still show the count before it:
  // wait for it to show what the API counts now, this notification unread.
  const unreadNow = async () => (await app.api('demo-superior', UNREAD_COUNT, {})).unreadNotificationCount;
  const unread = await unreadNow();
  expect(unread).toBeGreaterThanOrEqual(1);
  await page.locator(`[data-testid="unread-badge"][data-count="${unread}"]`).waitFor();

  await notification.getByRole('button', { name: 'Mark read' }).click();
  await page.getByTestId('notification').filter({ hasText: reason }).and(page.locator('[data-read="true"]')).waitFor();
  await expect(unreadNow()).resolves.toBe(unread - 1);
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
  await other.goto(`${app.origin}/`);
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
  await page.getByTestId('evaluation').first().locator('[data-status="SUBMITTED"]').getByText('Submitted').waitFor();
  await page.context().close();
}, 120_000);

test('the GraphQL IDE is served locally with the signed-in token and the README examples as tabs', async () => {
  const page = await signedInAs('Beijing–Tianjin–Hebei Coordination Office (duty officer)');
  const ide = await page.context().newPage();
  await ide.goto(`${app.origin}/graphql`);
  await ide.locator('.graphiql-tab').first().waitFor();
  await expect(ide.locator('.graphiql-tab').count()).resolves.toBeGreaterThanOrEqual(10);
  await ide.locator('.graphiql-tab').filter({ hasText: 'WhoIsLate' }).first().waitFor();
  const token = app.tokenOf('demo-coordinator-jjj');
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
  expect(app.requested.length).toBeGreaterThan(20);
  expect(requestsElsewhere(app.origin, app.requested)).toEqual([]);
});
