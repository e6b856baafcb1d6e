import { graphql } from '../generated';
import type { DemoSub } from '../support/api';
import { requestsElsewhere, startConsole, type ConsoleUnderTest } from '../support/browser';
import { anEvent, CLUSTERS } from '../support/browser-data';

// The everyday actions of the console in a real browser: the office decides claims and records payments, confirms
// the events cities report; a city files claims, requests aid, reports events, and ratifies or declines the
// agreements put to it. Each role signs in through the sign-in page; refusals show the API's own message. Each test
// makes its own data through the API.
const YRD_OFFICE = 'Yangtze River Delta Coordination Office (duty officer)';
const JJJ_OFFICE = 'Beijing–Tianjin–Hebei Coordination Office (duty officer)';
const LANGFANG = 'Langfang Emergency Management Bureau';
const TIANJIN = 'Tianjin Emergency Management Bureau';
const SHANGHAI = 'Shanghai Emergency Management Bureau';
// The Delta's agreement in force with compensation terms (the regional fund carries 40%, the rest by population).
const YRD_WATER = 'agr-yrd-water';
let app: ConsoleUnderTest;

beforeAll(async () => {
  app = await startConsole();
}, 240_000);

afterAll(async () => {
  await app?.stop();
}, 60_000);

const CONFIRM = graphql(`
  mutation BrowserActionsConfirm($input: ConfirmRiskEventInput!) {
    confirmRiskEvent(input: $input) {
      status
    }
  }
`);
const FILE_CLAIM = graphql(`
  mutation BrowserActionsFileClaim($input: FileClaimInput!) {
    fileClaim(input: $input) {
      id
      version
    }
  }
`);
const START_REVIEW = graphql(`
  mutation BrowserActionsStartReview($input: ClaimActionInput!) {
    startClaimReview(input: $input) {
      version
    }
  }
`);
const DECIDE = graphql(`
  mutation BrowserActionsDecide($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      status
    }
  }
`);
const CLAIM = graphql(`
  query BrowserActionsClaim($id: ID!) {
    claim(id: $id) {
      status
      version
      approved {
        amountMinor
      }
      decisionReason
      items {
        number
        approved {
          amountMinor
        }
        reductionReason
      }
      payments {
        fromId
        amount {
          amountMinor
        }
        reference
      }
    }
  }
`);
const CLAIMS = graphql(`
  query BrowserActionsClaims($clusterId: ID!) {
    claims(clusterId: $clusterId, first: 50) {
      nodes {
        id
        status
        claimant {
          id
        }
        event {
          id
        }
        claimed {
          amountMinor
        }
        items {
          kind
          description
          evidence
        }
      }
    }
  }
`);
const EVENT = graphql(`
  query BrowserActionsEvent($id: ID!) {
    riskEvent(id: $id) {
      status
      category
      level
      originCity {
        id
      }
      affectedCities {
        id
      }
    }
  }
`);
const DRAFT = graphql(`
  mutation BrowserActionsDraft($input: DraftAgreementInput!) {
    draftAgreement(input: $input) {
      id
    }
  }
`);
const PROPOSE = graphql(`
  mutation BrowserActionsPropose($input: AgreementActionInput!) {
    proposeAgreement(input: $input) {
      status
    }
  }
`);
const RATIFY = graphql(`
  mutation BrowserActionsRatify($input: RatifyAgreementInput!) {
    ratifyAgreement(input: $input) {
      status
    }
  }
`);
const AMEND = graphql(`
  mutation BrowserActionsAmend($input: AgreementActionInput!) {
    amendAgreement(input: $input) {
      version
    }
  }
`);
const AGREEMENT_VERSION = graphql(`
  query BrowserActionsAgreementVersion($id: ID!) {
    agreement(id: $id) {
      version
    }
  }
`);
const AGREEMENT = graphql(`
  query BrowserActionsAgreement($id: ID!) {
    agreement(id: $id) {
      status
      pending {
        status
        ratifications {
          city {
            id
          }
        }
        lastDecline {
          reason
          city {
            id
          }
        }
      }
    }
  }
`);
const AID_REQUESTS = graphql(`
  query BrowserActionsAidRequests($clusterId: ID!) {
    aidRequests(clusterId: $clusterId, first: 50) {
      nodes {
        status
        quantity
        minimumTier
        requester {
          id
        }
        resourceType {
          id
        }
        destination {
          name
        }
      }
    }
  }
`);

/** A Delta event at Suzhou affecting Jiaxing and Shanghai, confirmed by the office, so claims can be filed for it. */
async function aConfirmedDeltaEvent(description: string): Promise<string> {
  const eventId = await anEvent(app, CLUSTERS.yrd, {
    originCityId: 'city-suzhou',
    affectedCityIds: ['city-jiaxing', 'city-shanghai'],
    description,
    category: 'ACCIDENT',
  });
  await app.api(CLUSTERS.yrd.office, CONFIRM, { input: { eventId } });
  return eventId;
}

/**
 * A claim by Jiaxing under the Delta's agreement for a new confirmed event (transport ¥12,000.00 and consumables
 * ¥3,500.50), taken by the office to `stage`. Returns its id.
 */
async function aJiaxingClaim(description: string, stage: 'SUBMITTED' | 'UNDER_REVIEW' | 'APPROVED'): Promise<string> {
  const eventId = await aConfirmedDeltaEvent(description);
  const { fileClaim } = await app.api('demo-city-jiaxing', FILE_CLAIM, {
    input: {
      agreementId: YRD_WATER,
      eventId,
      claimantCityId: 'city-jiaxing',
      idempotencyKey: `browser-actions-${description}`,
      items: [
        {
          kind: 'TRANSPORT',
          description: 'Four tankers of clean water to Jiashan',
          amount: { amountMinor: '1200000', currency: 'CNY' },
          evidence: ['invoice JX-0712'],
        },
        {
          kind: 'CONSUMABLES',
          description: 'Activated carbon for the Jiashan intake',
          amount: { amountMinor: '350050', currency: 'CNY' },
          evidence: ['receipt JX-0713'],
        },
      ],
    },
  });
  if (stage === 'SUBMITTED') return fileClaim.id;
  const review = await app.api(CLUSTERS.yrd.office, START_REVIEW, {
    input: { claimId: fileClaim.id, expectedVersion: fileClaim.version },
  });
  if (stage === 'UNDER_REVIEW') return fileClaim.id;
  await app.api(CLUSTERS.yrd.office, DECIDE, {
    input: {
      claimId: fileClaim.id,
      expectedVersion: review.startClaimReview.version,
      decision: 'APPROVE',
      items: [
        { number: 1, approved: { amountMinor: '1200000', currency: 'CNY' } },
        { number: 2, approved: { amountMinor: '350050', currency: 'CNY' } },
      ],
    },
  });
  return fileClaim.id;
}

/** A new agreement of the Beijing–Tianjin–Hebei cluster drafted and put to `parties` by the office. */
async function aProposedAgreement(title: string, parties: string[]): Promise<string> {
  const { draftAgreement } = await app.api(CLUSTERS.jjj.office, DRAFT, {
    input: {
      clusterId: CLUSTERS.jjj.clusterId,
      title,
      partyCityIds: parties,
      categories: ['NATURAL_DISASTER'],
      effectiveFrom: '2026-01-01T00:00:00Z',
      duties: [
        {
          party: 'ORIGIN',
          role: 'LEAD',
          kind: 'REPORT',
          action: 'Report the flood to the office and the partners.',
          deadline: 'PT2H',
        },
      ],
      idempotencyKey: `browser-actions-${title}`,
    },
  });
  await app.api(CLUSTERS.jjj.office, PROPOSE, { input: { agreementId: draftAgreement.id, expectedVersion: 1 } });
  return draftAgreement.id;
}

const claimOf = (sub: DemoSub, id: string) => app.api(sub, CLAIM, { id }).then((data) => data.claim);

test("the office starts a claim's review, is refused an approval over the claimed amount, and approves part with a reason", async () => {
  const claimId = await aJiaxingClaim('Aniline plume at the Jiashan intake (partial approval)', 'SUBMITTED');
  const page = await app.signedInAs(YRD_OFFICE);
  const row = page.locator(`[data-testid="claim"][data-claim="${claimId}"]`);
  await expect(row.textContent()).resolves.toContain('CNY 15,500.50');
  await expect(row.locator('[data-status="SUBMITTED"]').textContent()).resolves.toBe('Submitted');
  await row.getByRole('button', { name: 'Start review' }).click();
  await page.locator(`[data-claim="${claimId}"][data-status="UNDER_REVIEW"]`).waitFor();

  await row.getByRole('button', { name: 'Decide' }).click();
  const form = row.getByTestId('decide-claim');
  const first = form.getByTestId('claim-item').nth(0);
  await expect(first.textContent()).resolves.toContain('Transport');
  // Not an amount: the form says so before sending.
  await first.getByLabel('Approved amount').fill('12000.005');
  await form.getByRole('button', { name: 'Approve' }).click();
  await expect(form.getByRole('alert').textContent()).resolves.toBe(
    'Cost item 1, Approved amount: write an amount in CNY such as 1234.56 (digits, at most 2 decimals).',
  );
  // More than claimed: the API refuses, and its message is shown.
  await first.getByLabel('Approved amount').fill('12,000.01');
  await form.getByRole('button', { name: 'Approve' }).click();
  await form.getByRole('alert').filter({ hasText: 'is more than' }).waitFor();
  await expect(form.getByRole('alert').textContent()).resolves.toBe(
    'Item 1: ¥12,000.01 is more than the ¥12,000.00 claimed. (BAD_USER_INPUT)',
  );
  await expect(claimOf(CLUSTERS.yrd.office, claimId)).resolves.toMatchObject({ status: 'UNDER_REVIEW' });

  // Part of the first item, with the reason, and all of the second.
  await first.getByLabel('Approved amount').fill('9000');
  await first.getByLabel('Reason for the reduction').fill('One tanker ran half empty.');
  await form.getByRole('button', { name: 'Approve' }).click();
  const decided = page.locator(`[data-claim="${claimId}"][data-status="PARTLY_APPROVED"]`);
  await decided.waitFor();
  await expect(decided.textContent()).resolves.toContain('CNY 15,500.50 → CNY 12,500.50');
  await expect(decided.textContent()).resolves.toContain('Partly approved');
  await expect(claimOf(CLUSTERS.yrd.office, claimId)).resolves.toMatchObject({
    status: 'PARTLY_APPROVED',
    approved: { amountMinor: '1250050' },
    items: [
      { number: 1, approved: { amountMinor: '900000' }, reductionReason: 'One tanker ran half empty.' },
      { number: 2, approved: { amountMinor: '350050' }, reductionReason: null },
    ],
  });
  await page.context().close();
}, 180_000);

test('the office rejects a claim under review, the reason asked for before anything is sent', async () => {
  const claimId = await aJiaxingClaim('Aniline plume at the Jiashan intake (rejection)', 'UNDER_REVIEW');
  const page = await app.signedInAs(YRD_OFFICE);
  await page.getByTestId('claims').getByLabel('Status').selectOption({ label: 'Under review' });
  const row = page.locator(`[data-claim="${claimId}"][data-status="UNDER_REVIEW"]`);
  await row.getByRole('button', { name: 'Decide' }).click();
  const form = row.getByTestId('decide-claim');
  await form.getByRole('button', { name: 'Reject' }).click();
  await expect(form.getByRole('alert').textContent()).resolves.toBe('Fill in: Reason for rejecting.');
  await form.getByLabel('Reason (required to reject; a note when approving)').fill('Covered by the insurer already.');
  await form.getByRole('button', { name: 'Reject' }).click();
  // Rejected, it leaves the list of claims under review; among the rejected ones it shows the reason.
  await row.waitFor({ state: 'detached' });
  await page.getByTestId('claims').getByLabel('Status').selectOption({ label: 'Rejected' });
  const rejected = page.locator(`[data-claim="${claimId}"][data-status="REJECTED"]`);
  await expect(rejected.textContent()).resolves.toContain('Covered by the insurer already.');
  await expect(claimOf(CLUSTERS.yrd.office, claimId)).resolves.toMatchObject({
    status: 'REJECTED',
    decisionReason: 'Covered by the insurer already.',
  });
  await page.context().close();
}, 180_000);

test('the office records a payment towards an approved claim, and the same reference again is refused with the API message', async () => {
  const claimId = await aJiaxingClaim('Aniline plume at the Jiashan intake (payment)', 'APPROVED');
  const page = await app.signedInAs(YRD_OFFICE);
  const row = page.locator(`[data-claim="${claimId}"][data-status="APPROVED"]`);
  await row.getByRole('button', { name: 'Record a payment' }).click();
  const form = row.getByTestId('record-payment');
  // The regional fund carries 40% of ¥15,500.50; the rest is shared among Suzhou, Shanghai and Huzhou.
  await form.getByTestId('owed-by-payer').filter({ hasText: 'Regional fund' }).waitFor();
  await expect(form.getByTestId('owed-by-payer').count()).resolves.toBe(4);
  await form.getByLabel('Payer').selectOption({ label: 'Suzhou' });
  const owed = await form.getByLabel('Amount (CNY)').inputValue();
  expect(owed).toMatch(/^\d+\.\d{2}$/);
  const reference = `SZ-TREASURY-${claimId.slice(-8)}`;
  await form.getByLabel('Bank or treasury reference').fill(reference);
  await form.getByRole('button', { name: 'Record a payment' }).click();
  const paid = form.getByTestId('payment').filter({ hasText: reference });
  await paid.waitFor();
  const [whole, cents] = owed.split('.');
  await expect(paid.textContent()).resolves.toContain(
    `Suzhou: CNY ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`,
  );
  const minor = owed.replace('.', '').replace(/^0+/, '');
  await expect(claimOf(CLUSTERS.yrd.office, claimId)).resolves.toMatchObject({
    payments: [{ fromId: 'city-suzhou', amount: { amountMinor: minor }, reference }],
  });

  // The same reference again, from another payer: refused by the API, which says why.
  await form.getByLabel('Payer').selectOption({ label: 'Shanghai' });
  await form.getByLabel('Bank or treasury reference').fill(reference);
  await form.getByRole('button', { name: 'Record a payment' }).click();
  await expect(form.getByRole('alert').textContent()).resolves.toBe(
    `A payment with the reference "${reference}" is already recorded; it cannot settle anything twice. (CONFLICT)`,
  );
  await expect(claimOf(CLUSTERS.yrd.office, claimId).then((claim) => claim.payments.length)).resolves.toBe(1);
  await page.context().close();
}, 180_000);

test('a city officer files a claim for its own costs, with a missing description caught before sending', async () => {
  const description = 'Aniline plume reaches the Qingpu intake (Shanghai claim)';
  const eventId = await aConfirmedDeltaEvent(description);
  const page = await app.signedInAs(SHANGHAI);
  const panel = page.getByTestId('claims');
  await panel.getByRole('button', { name: 'File a claim' }).click();
  const form = panel.getByTestId('file-claim');
  await form.getByLabel('Agreement').selectOption({
    label: 'Taipu River and Taihu Basin Cross-border Water Pollution Joint Prevention and Response Agreement',
  });
  await form.getByLabel('Event').selectOption({ label: description });
  const item = form.getByTestId('claim-item-input').first();
  await item.getByLabel('Cost kind').selectOption({ label: 'Consumables' });
  await item.getByLabel('Amount (CNY)').fill('18,600.40');
  await item.getByLabel('Evidence references (one a line)').fill('invoice SH-0712\nphotos SH-0712-A');
  await form.getByRole('button', { name: 'File a claim' }).click();
  await expect(form.getByRole('alert').textContent()).resolves.toBe('Fill in: Cost item 1, Description.');
  await item.getByLabel('Description').fill('Booms and absorbent pads at Qingpu');
  await form.getByRole('button', { name: 'File a claim' }).click();

  const row = panel.getByTestId('claim').filter({ hasText: description });
  await row.waitFor();
  await expect(row.getAttribute('data-status')).resolves.toBe('SUBMITTED');
  await expect(row.textContent()).resolves.toContain('Shanghai — CNY 18,600.40');
  // A city never reviews: no review button on its own claims.
  await expect(row.getByRole('button').count()).resolves.toBe(0);
  const { claims } = await app.api(CLUSTERS.yrd.office, CLAIMS, { clusterId: CLUSTERS.yrd.clusterId });
  expect(claims.nodes.find((claim) => claim.event.id === eventId)).toMatchObject({
    status: 'SUBMITTED',
    claimant: { id: 'city-shanghai' },
    claimed: { amountMinor: '1860040' },
    items: [
      {
        kind: 'CONSUMABLES',
        description: 'Booms and absorbent pads at Qingpu',
        evidence: ['invoice SH-0712', 'photos SH-0712-A'],
      },
    ],
  });
  await page.context().close();
}, 180_000);

test('a city officer requests aid for its own city and sees it among its requests', async () => {
  const destination = 'Gu’an levee depot (pumps wanted)';
  const page = await app.signedInAs(LANGFANG);
  const panel = page.getByTestId('my-aid-requests');
  await panel.getByRole('button', { name: 'Request aid' }).click();
  const form = panel.getByTestId('request-aid');
  await form.getByLabel('Resource type').selectOption({ label: 'Mobile drainage pump unit (unit)' });
  await form.getByLabel('Minimum tier').selectOption({ label: 'Tier II' });
  await form.getByLabel('Quantity').fill('six');
  await form.getByRole('button', { name: 'Request aid' }).click();
  await expect(form.getByRole('alert').textContent()).resolves.toBe('Quantity: write a whole number.');
  await form.getByLabel('Quantity').fill('6');
  await form.getByLabel('Deliver to').fill(destination);
  await form.getByRole('button', { name: 'Request aid' }).click();

  const request = panel
    .getByTestId('my-aid-request')
    .filter({ hasText: '6 unit Mobile drainage pump unit (≥ Tier II)' });
  await request.waitFor();
  await expect(request.getAttribute('data-status')).resolves.toBe('OPEN');
  const { aidRequests } = await app.api(CLUSTERS.jjj.office, AID_REQUESTS, { clusterId: CLUSTERS.jjj.clusterId });
  expect(aidRequests.nodes.find((node) => node.destination.name === destination)).toMatchObject({
    status: 'OPEN',
    quantity: 6,
    minimumTier: 'II',
    requester: { id: 'city-langfang' },
    resourceType: { id: 'mobile-pump-unit' },
  });
  await page.context().close();
}, 180_000);

test('a city officer reports a risk event in its territory, and the office confirms it', async () => {
  const description = 'Chemical tanker overturned on the Jingtai expressway near Gu’an';
  const city = await app.signedInAs(LANGFANG);
  const events = city.getByTestId('city-events');
  await events.getByRole('button', { name: 'Report a risk event' }).click();
  const form = events.getByTestId('report-event');
  // A city reports in its own territory: it does not choose the origin.
  await expect(form.getByLabel('Origin city').count()).resolves.toBe(0);
  await form.getByLabel('Risk category').selectOption({ label: 'Accident' });
  await form.getByLabel('Emergency level').selectOption({ label: 'Level III' });
  await form.getByLabel('Warning level').selectOption({ label: 'Orange warning' });
  await form.getByLabel('Tianjin').check();
  await form.getByLabel('What happened').fill(description);
  await form.getByRole('button', { name: 'Report a risk event' }).click();
  await expect(form.getByRole('alert').textContent()).resolves.toBe('Fill in: Location.');
  await form.getByLabel('Location').fill('Jingtai expressway, km 42');
  await form.getByRole('button', { name: 'Report a risk event' }).click();
  const reported = events.getByTestId('city-event').filter({ hasText: description });
  await reported.waitFor();
  await expect(reported.getAttribute('data-status')).resolves.toBe('REPORTED');
  // Only the office confirms: the city has no such button.
  await expect(reported.getByRole('button', { name: 'Confirm the event' }).count()).resolves.toBe(0);
  const eventId = (await reported.getAttribute('data-event'))!;
  await expect(app.api(CLUSTERS.jjj.office, EVENT, { id: eventId })).resolves.toEqual({
    riskEvent: {
      status: 'REPORTED',
      category: 'ACCIDENT',
      level: 'III',
      originCity: { id: 'city-langfang' },
      affectedCities: [{ id: 'city-tianjin' }],
    },
  });

  const office = await app.signedInAs(JJJ_OFFICE);
  const event = office.locator(`[data-testid="event"][data-event="${eventId}"]`);
  await event.getByRole('button', { name: 'Confirm the event' }).click();
  await office.locator(`[data-event="${eventId}"][data-status="CONFIRMED"]`).waitFor();
  await expect(event.locator('h3 [data-status]').textContent()).resolves.toBe('Confirmed');
  // Confirmed, it activates the accident agreement: Langfang owes the report.
  await event.getByRole('button', { name: 'Show its obligations' }).click();
  await event.locator('tr').filter({ hasText: 'Report the accident' }).filter({ hasText: 'Langfang' }).waitFor();
  await expect(app.api(CLUSTERS.jjj.office, EVENT, { id: eventId })).resolves.toMatchObject({
    riskEvent: { status: 'CONFIRMED' },
  });
  await office.context().close();
  await city.context().close();
}, 180_000);

test('a party city ratifies an agreement put to it, another declines it with a reason; the office only watches', async () => {
  const title = 'Yongding River flood mutual warning (ratify and decline)';
  const agreementId = await aProposedAgreement(title, ['city-langfang', 'city-tianjin']);

  // The office sees it awaiting both, and has nothing to ratify.
  const office = await app.signedInAs(JJJ_OFFICE);
  const officeRow = office.locator(`[data-testid="agreement"][data-agreement="${agreementId}"]`);
  await expect(officeRow.textContent()).resolves.toContain('Awaiting: Langfang, Tianjin');
  await expect(officeRow.getByRole('button').count()).resolves.toBe(0);

  const langfang = await app.signedInAs(LANGFANG);
  const row = langfang.locator(`[data-testid="agreement"][data-agreement="${agreementId}"]`);
  await row.getByRole('button', { name: 'Ratify' }).click();
  await row.getByText('Your city has ratified this version.').waitFor();
  await expect(row.textContent()).resolves.toContain('Awaiting: Tianjin');
  await expect(row.getByRole('button', { name: 'Ratify' }).count()).resolves.toBe(0);

  const tianjin = await app.signedInAs(TIANJIN);
  const tianjinRow = tianjin.locator(`[data-testid="agreement"][data-agreement="${agreementId}"]`);
  await tianjinRow.getByRole('button', { name: 'Decline' }).click();
  await tianjinRow.getByRole('button', { name: 'Decline' }).click();
  await expect(tianjinRow.getByRole('alert').textContent()).resolves.toBe('Fill in: Reason for declining.');
  await tianjinRow.getByLabel('Reason for declining').fill('The warning deadline is too short for the Haihe gauges.');
  await tianjinRow.getByRole('button', { name: 'Decline' }).click();
  // Declined, the version goes back to draft and is no longer awaiting ratification.
  await tianjinRow.waitFor({ state: 'detached' });
  await expect(app.api(CLUSTERS.jjj.office, AGREEMENT, { id: agreementId })).resolves.toEqual({
    agreement: {
      status: 'DRAFT',
      pending: {
        status: 'DRAFT',
        ratifications: [],
        lastDecline: {
          reason: 'The warning deadline is too short for the Haihe gauges.',
          city: { id: 'city-tianjin' },
        },
      },
    },
  });
  await office.context().close();
  await langfang.context().close();
  await tianjin.context().close();
}, 180_000);

test('a party city ratifies an amendment of an agreement in force from the same panel', async () => {
  const title = 'Chaobai River flood warning (amended)';
  const agreementId = await aProposedAgreement(title, ['city-langfang', 'city-tianjin']);
  for (const city of ['demo-city-langfang', 'demo-city-tianjin'] as const)
    await app.api(city, RATIFY, { input: { agreementId, versionNumber: 1 } });
  const inForce = await app.api(CLUSTERS.jjj.office, AGREEMENT_VERSION, { id: agreementId });
  const amended = await app.api(CLUSTERS.jjj.office, AMEND, {
    input: { agreementId, expectedVersion: inForce.agreement.version },
  });
  await app.api(CLUSTERS.jjj.office, PROPOSE, {
    input: { agreementId, expectedVersion: amended.amendAgreement.version },
  });

  const page = await app.signedInAs(LANGFANG);
  const row = page.locator(`[data-testid="agreement"][data-agreement="${agreementId}"]`);
  await expect(row.textContent()).resolves.toContain(`${title} (v2)`);
  await row.getByRole('button', { name: 'Ratify' }).click();
  await row.getByText('Your city has ratified this version.').waitFor();
  await expect(app.api(CLUSTERS.jjj.office, AGREEMENT, { id: agreementId })).resolves.toMatchObject({
    agreement: {
      status: 'ACTIVE',
      pending: { status: 'PROPOSED', ratifications: [{ city: { id: 'city-langfang' } }] },
    },
  });
  await page.context().close();
}, 180_000);

test('a ratification already made (by another officer meanwhile) is refused with the API message', async () => {
  const title = 'Daqing River joint flood drill (ratified twice)';
  const agreementId = await aProposedAgreement(title, ['city-langfang', 'city-tianjin']);
  const page = await app.signedInAs(LANGFANG);
  const row = page.locator(`[data-testid="agreement"][data-agreement="${agreementId}"]`);
  await row.getByRole('button', { name: 'Ratify' }).waitFor();
  // Another Langfang officer ratifies while this page still shows it awaiting Langfang.
  await app.api('demo-city-langfang', RATIFY, { input: { agreementId, versionNumber: 1 } });
  await row.getByRole('button', { name: 'Ratify' }).click();
  const denied = row.getByRole('alert');
  await denied.waitFor();
  await expect(denied.textContent()).resolves.toBe('Your city already ratified version 1. (CONFLICT)');
  await expect(app.api(CLUSTERS.jjj.office, AGREEMENT, { id: agreementId })).resolves.toMatchObject({
    agreement: { status: 'PROPOSED', pending: { ratifications: [{ city: { id: 'city-langfang' } }] } },
  });
  await page.context().close();
}, 180_000);

test('every request the pages made went to the local server', () => {
  expect(app.requested.length).toBeGreaterThan(20);
  expect(requestsElsewhere(app.origin, app.requested)).toEqual([]);
});
