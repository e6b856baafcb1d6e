import { createHmac } from 'node:crypto';
import { graphql } from '../generated';
import { requestsElsewhere, startConsole, type ConsoleUnderTest } from '../support/browser';
import { aCorrectiveAction, aFinalizedEvaluation, anEvent, CLUSTERS } from '../support/browser-data';
import { startReceiver } from '../support/webhook-receiver';

// What follows an event and its evaluation, in the console: corrective actions worked by a city and verified by the
// office, situation reports from the field, lessons, a refusal shown as the API's message, the Chinese words for
// enum values, and nothing requested from another host. Each test makes its own data through the API.
const JJJ_OFFICE = 'Beijing–Tianjin–Hebei Coordination Office (duty officer)';
const LANGFANG = 'Langfang Emergency Management Bureau';
let app: ConsoleUnderTest;

beforeAll(async () => {
  app = await startConsole();
}, 240_000);

afterAll(async () => {
  await app?.stop();
}, 60_000);

const BUMP_PROGRESS = graphql(`
  mutation BrowserBumpProgress($input: ReportCorrectiveActionProgressInput!) {
    reportCorrectiveActionProgress(input: $input) {
      version
    }
  }
`);

const ACTION_VERSION = graphql(`
  query BrowserActionVersion($id: ID!) {
    correctiveAction(id: $id) {
      version
      status
    }
  }
`);

test('the office sets a corrective action, the city moves it to DONE (a stale step explained), and the office verifies it', async () => {
  const title = 'Response to the Yongding River flood crest at Langfang';
  await aFinalizedEvaluation(app, CLUSTERS.jjj, {
    originCityId: 'city-langfang',
    title,
    recommendations: 'Move the pump reserve nearer the levee.',
  });
  const actionText = 'Move twelve drainage pumps to the Gu’an levee depot';

  // The office sets it from the finalized evaluation.
  const office = await app.signedInAs(JJJ_OFFICE);
  const officePanel = office.getByTestId('corrective-actions');
  await officePanel.getByRole('button', { name: 'Set a corrective action' }).click();
  const form = officePanel.getByTestId('corrective-create');
  await form.getByLabel('Finalized evaluation').selectOption({ label: title });
  await form.getByLabel('Owner city').selectOption({ label: 'Langfang' });
  await form.getByLabel('What is to be done').fill(actionText);
  await form.getByRole('button', { name: 'Set a corrective action' }).click();
  const officeRow = officePanel.getByTestId('corrective-action').filter({ hasText: actionText });
  await officeRow.waitFor();
  await expect(officeRow.getAttribute('data-status')).resolves.toBe('OPEN');
  await expect(officeRow.textContent()).resolves.toContain('Langfang');
  const actionId = (await officeRow.getAttribute('data-action'))!;

  // The city reports progress: OPEN becomes IN_PROGRESS, and the history has both steps.
  const city = await app.signedInAs(LANGFANG);
  const cityRow = city.getByTestId('corrective-action').filter({ hasText: actionText });
  await cityRow.getByRole('button', { name: 'Open' }).click();
  await cityRow.getByLabel('Progress note').fill('Six pumps moved; trucks booked for the rest.');
  await cityRow.getByLabel('Percent done').fill('50');
  await cityRow.getByRole('button', { name: 'Report progress' }).click();
  await city.locator(`[data-action="${actionId}"][data-status="IN_PROGRESS"]`).waitFor();
  await cityRow.getByTestId('corrective-step').filter({ hasText: 'Progress reported' }).waitFor();
  await expect(cityRow.getByTestId('corrective-step').count()).resolves.toBe(2);

  // Someone else reports progress meanwhile: the city's "report done" is refused as stale and explained, and the
  // current state is loaded; done again, it goes through.
  const { correctiveAction: read } = await app.api('demo-city-langfang', ACTION_VERSION, { id: actionId });
  await app.api('demo-city-langfang', BUMP_PROGRESS, {
    input: { correctiveActionId: actionId, expectedVersion: read.version, note: 'Trucks arrived.', percent: 80 },
  });
  await cityRow.getByLabel('Evidence (what was done)').fill('All twelve pumps at the Gu’an depot; photos on file.');
  await cityRow.getByRole('button', { name: 'Report done' }).click();
  await cityRow.getByText('Someone changed this action since you read it (now version 3').waitFor();
  await cityRow.getByTestId('corrective-step').filter({ hasText: 'Trucks arrived.' }).waitFor();
  await cityRow.getByLabel('Evidence (what was done)').fill('All twelve pumps at the Gu’an depot; photos on file.');
  await cityRow.getByRole('button', { name: 'Report done' }).click();
  await city.locator(`[data-action="${actionId}"][data-status="DONE"]`).waitFor();
  await expect(cityRow.textContent()).resolves.toContain('Done, awaiting verification');

  // The office finds it among the DONE ones and verifies it.
  await officePanel.getByLabel('Status').selectOption({ label: 'Done, awaiting verification' });
  const toVerify = officePanel.locator(`[data-action="${actionId}"][data-status="DONE"]`);
  await toVerify.getByRole('button', { name: 'Open' }).click();
  await toVerify.getByText('All twelve pumps at the Gu’an depot').first().waitFor();
  await toVerify.getByLabel('What was checked, or what is still missing').fill('Pumps counted at the depot.');
  await toVerify.getByRole('button', { name: 'Verify', exact: true }).click();
  // Verified, it leaves the list of those awaiting verification.
  await toVerify.waitFor({ state: 'detached' });
  await officePanel.getByLabel('Status').selectOption({ label: 'Verified' });
  const verified = officePanel.locator(`[data-action="${actionId}"][data-status="VERIFIED"]`);
  await verified.getByRole('button', { name: 'Open' }).click();
  await verified.getByTestId('corrective-step').filter({ hasText: 'Pumps counted at the depot.' }).waitFor();
  await expect(app.api('demo-coordinator-jjj', ACTION_VERSION, { id: actionId })).resolves.toEqual({
    correctiveAction: { version: 5, status: 'VERIFIED' },
  });
  await office.context().close();
  await city.context().close();
}, 180_000);

test('a city submits a situation report (as of now by default), the office one naming another city, and the picture shows both', async () => {
  const description = 'Flash flood on the Chaobai River near Langfang';
  await anEvent(app, CLUSTERS.jjj, {
    originCityId: 'city-langfang',
    affectedCityIds: ['city-tianjin'],
    description,
  });

  const city = await app.signedInAs(LANGFANG);
  const event = city.getByTestId('city-event').filter({ hasText: description });
  await event.getByRole('button', { name: 'Submit a situation report' }).click();
  const form = event.getByTestId('situation-report-form');
  const asOf = await form.getByLabel('Figures as of').inputValue();
  expect(Math.abs(Date.parse(asOf) - Date.now())).toBeLessThan(5 * 60_000);
  await form.getByLabel('Summary').fill('Two villages cut off; evacuation under way.');
  await form.getByLabel('Injured').fill('3');
  await form.getByLabel('Evacuated').fill('1200');
  await form.getByLabel('Needs (one a line)').fill('Rubber boats\nDrinking water');
  await form.getByRole('button', { name: 'Submit a situation report' }).click();
  const picture = event.getByTestId('event-picture');
  const langfang = picture.getByTestId('picture-city').filter({ hasText: 'Langfang' });
  await langfang.waitFor();
  await expect(langfang.textContent()).resolves.toContain('Two villages cut off; evacuation under way.');
  await expect(langfang.textContent()).resolves.toContain('Rubber boats; Drinking water');
  await expect(picture.getByTestId('picture-totals').textContent()).resolves.toContain('Evacuated 1200');
  await expect(picture.getByTestId('not-reported').textContent()).resolves.toContain('Tianjin');

  // The office reports for Tianjin, which has not reported; its picture has both cities and sums them.
  const office = await app.signedInAs(JJJ_OFFICE);
  const officeEvent = office.getByTestId('event').filter({ hasText: description });
  await officeEvent.getByRole('button', { name: 'Submit a situation report' }).click();
  const officeForm = officeEvent.getByTestId('situation-report-form');
  await officeForm.getByLabel('For city').selectOption({ label: 'Tianjin' });
  await officeForm.getByLabel('Summary').fill('Tianjin shelters open for Langfang evacuees.');
  await officeForm.getByLabel('Evacuated').fill('300');
  await officeForm.getByRole('button', { name: 'Submit a situation report' }).click();
  const officePicture = officeEvent.getByTestId('event-picture');
  await officePicture.getByTestId('picture-city').filter({ hasText: 'Tianjin shelters open' }).waitFor();
  await expect(officePicture.getByTestId('picture-city').count()).resolves.toBe(2);
  await expect(officePicture.getByTestId('picture-totals').textContent()).resolves.toContain('Evacuated 1500');
  await office.context().close();
  await city.context().close();
}, 180_000);

test('the lessons search finds a verified corrective action, ignoring letter case, and the category narrows it', async () => {
  const action = 'Raise the Yongding levee at Gu’an by 40 cm';
  await aCorrectiveAction(app, CLUSTERS.jjj, {
    ownerCityId: 'city-langfang',
    citySub: 'demo-city-langfang',
    action,
    stage: 'VERIFIED',
  });
  const page = await app.signedInAs(JJJ_OFFICE);
  const lessons = page.getByTestId('lessons');
  await lessons.getByLabel('Search').fill('yongding LEVEE');
  await lessons.getByRole('button', { name: 'Search' }).click();
  // The verified action, and the recommendation of the evaluation it answers (whose title names it).
  const found = lessons.locator('[data-testid="lesson"][data-kind="VERIFIED_ACTION"]').filter({ hasText: action });
  await found.waitFor();
  await expect(found.textContent()).resolves.toContain('Verified corrective action');
  await expect(found.textContent()).resolves.toContain('Natural disaster');
  // Only those two once the search is answered (other tests' lessons are on the first page before it).
  await lessons.getByTestId('lesson').nth(2).waitFor({ state: 'detached' });
  await expect(lessons.getByTestId('lesson').count()).resolves.toBe(2);

  await lessons.getByLabel('Risk category').selectOption({ label: 'Public health' });
  await lessons.getByText('Nothing to show.').waitFor();
  await expect(lessons.getByTestId('lesson').count()).resolves.toBe(0);
  await page.context().close();
}, 180_000);

test("an evaluator not on the evaluation's panel tries to verify an action and sees the API's message", async () => {
  const action = 'Publish the Jiaxing intake closure protocol';
  const actionId = await aCorrectiveAction(app, CLUSTERS.yrd, {
    ownerCityId: 'city-jiaxing',
    citySub: 'demo-city-jiaxing',
    action,
    stage: 'DONE',
  });
  const page = await app.signedInAs('Suzhou Emergency Management Bureau (self-assessment team)');
  const row = page.locator(`[data-action="${actionId}"]`);
  await row.getByRole('button', { name: 'Open' }).click();
  await row.getByLabel('What was checked, or what is still missing').fill('Looks complete.');
  await row.getByRole('button', { name: 'Verify', exact: true }).click();
  const denied = row.getByRole('alert');
  await denied.waitFor();
  await expect(denied.textContent()).resolves.toBe(
    'You are not on the panel of the evaluation this corrective action answers. (FORBIDDEN)',
  );
  await expect(row.getAttribute('data-status')).resolves.toBe('DONE');
  await page.context().close();
}, 180_000);

test('the Chinese switch shows every enum value as a Chinese word, never the raw value', async () => {
  await aCorrectiveAction(app, CLUSTERS.yrd, {
    ownerCityId: 'city-suzhou',
    citySub: 'demo-city-shanghai',
    action: 'Suzhou outfall camera network',
    stage: 'OPEN',
  });
  const page = await app.signedInAs('Yangtze River Delta Coordination Office (duty officer)');
  await page.getByTestId('late-city').first().waitFor();
  await page.getByTestId('event').first().waitFor();
  await page.getByTestId('corrective-action').first().waitFor();
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('heading', { name: '各城市逾期义务' }).waitFor();
  // Every panel loaded (no progress shown anywhere), so the scan below sees the whole screen.
  await page.waitForFunction("!document.querySelector('main .progress')");

  await expect(page.locator('[data-testid="late-city"] [data-status="OVERDUE"]').first().textContent()).resolves.toBe(
    '逾期',
  );
  const aniline = page.getByTestId('event').filter({ hasText: 'Aniline leak' });
  await expect(aniline.locator('h3').textContent()).resolves.toMatch(/事故灾难 · (I|II|III|IV) 级/);
  await expect(
    page.locator('[data-testid="corrective-action"] [data-status="OPEN"]').first().textContent(),
  ).resolves.toBe('待整改');
  await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('协调办公室');
  // No SCREAMING_CASE enum value anywhere on the screen.
  const shown = (await page.locator('main').textContent()) ?? '';
  expect(shown.match(/\b[A-Z]+(?:_[A-Z]+)+\b/g) ?? []).toEqual([]);
  expect(shown.match(/\b(?:OPEN|OVERDUE|REPORTED|CONFIRMED|RESPONDING|ACCIDENT|ORANGE|RED|READY)\b/g) ?? []).toEqual(
    [],
  );
  await page.context().close();
}, 180_000);

test('the office adds a webhook, sees its secret once, pauses and resumes it, sees a signed delivery, and deletes it', async () => {
  const receiver = await startReceiver();
  try {
    const url = receiver.url('/citypact');
    const page = await app.signedInAs(JJJ_OFFICE);
    page.on('dialog', (dialog) => void dialog.accept());
    const panel = page.getByTestId('webhooks');
    await panel.getByRole('button', { name: 'Add a webhook' }).click();
    const form = panel.getByTestId('webhook-create');
    await form.getByLabel('Receiver URL').fill(url);
    await form.getByLabel('Event escalated').check();
    await form.getByRole('button', { name: 'Add a webhook' }).click();

    // The secret, once, with the warning; dismissed, it is gone for good (the list never has it).
    const shown = panel.getByTestId('webhook-secret');
    await expect(shown.textContent()).resolves.toContain('It is shown this once');
    const secret = (await shown.locator('code').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await shown.getByRole('button', { name: 'I have stored it' }).click();
    await shown.waitFor({ state: 'detached' });
    await expect(panel.textContent()).resolves.not.toContain(secret);

    const hook = panel.getByTestId('webhook').filter({ hasText: url });
    await expect(hook.textContent()).resolves.toContain('Event escalated');
    await hook.getByRole('button', { name: 'Pause' }).click();
    await panel.locator('[data-testid="webhook"][data-status="PAUSED"]').filter({ hasText: url }).waitFor();
    await hook.getByRole('button', { name: 'Resume' }).click();
    await panel.locator('[data-testid="webhook"][data-status="ACTIVE"]').filter({ hasText: url }).waitFor();

    // An escalation in the cluster reaches the receiver, signed with the secret shown, and is listed.
    await anEvent(app, CLUSTERS.jjj, {
      originCityId: 'city-tianjin',
      description: 'Haihe tidal gate failure',
      escalate: 'Gate cannot be closed by hand; national support requested',
    });
    const [delivery] = await receiver.waitFor(1, 30_000);
    const timestamp = String(delivery.headers['x-citypact-timestamp']);
    const expected = createHmac('sha256', secret).update(`${timestamp}.${delivery.rawBody}`).digest('hex');
    expect(delivery.headers['x-citypact-signature']).toBe(`sha256=${expected}`);
    expect(delivery.headers['x-citypact-event']).toBe('EVENT_ESCALATED');
    await hook.getByRole('button', { name: 'Recent deliveries' }).click();
    await hook.getByTestId('webhook-delivery').filter({ hasText: 'Event escalated' }).waitFor();

    await hook.getByRole('button', { name: 'Delete' }).click();
    await hook.waitFor({ state: 'detached' });
    await page.context().close();
  } finally {
    await receiver.close();
  }
}, 180_000);

test('every request the pages made went to the local server', () => {
  expect(app.requested.length).toBeGreaterThan(20);
  expect(requestsElsewhere(app.origin, app.requested)).toEqual([]);
});
