import { inventoryItemId } from '../../src/domain/resources/ids';
import { demoToken, gql, onlyError } from '../support/api';
import { AgreementBuilder, hoursFrom, officerOf } from '../support/builders';
import {
  CONFIRM,
  DRAFT,
  ESCALATE,
  FULFIL,
  OBLIGATIONS,
  PROPOSE,
  RATIFY,
  REPORT,
  SET_EVENT_STATUS,
  TERMINATE,
  UPDATE_EVENT,
  WAIVE,
} from '../support/operations';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';
import type { FileClaimInput } from '../generated/graphql';

// One rule: a well-formed request that the record's current state refuses answers CONFLICT with `currentState`
// (never a version: that CONFLICT is about a stale read), and the record is left as it was.

beforeAll(freshTableWithDemoData);

const coordinator = () => demoToken('demo-coordinator-jjj');
const officer = (cityId: string) => officerOf(cityId, 'cluster-jjj');
const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });
const parties = ['city-langfang', 'city-tianjin', 'city-beijing', 'city-baoding'];

function stateConflict(response: Parameters<typeof onlyError>[0], currentState: string, message?: RegExp) {
  const error = onlyError(response);
  expect(error).toMatchObject({
    code: 'CONFLICT',
    extensions: { currentState },
    ...(message ? { message: expect.stringMatching(message) as string } : {}),
  });
  expect(error.extensions).not.toHaveProperty('currentVersion');
  return error;
}

async function report(cityId: string, fields: Record<string, unknown> = {}) {
  const response = await gql(await officer(cityId), REPORT, {
    input: {
      clusterId: 'cluster-jjj',
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: cityId,
      affectedCityIds: ['city-tianjin'],
      location: { description: 'Yongding River' },
      description: 'Levee seepage',
      observedAt: hoursFrom(new Date().toISOString(), -2),
      ...fields,
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.reportRiskEvent as { id: string; version: number; status: string };
}

async function agreementInForce(fields: Record<string, unknown> = {}) {
  const draft = await gql(await coordinator(), DRAFT, {
    input: {
      ...new AgreementBuilder()
        .with({ clusterId: 'cluster-jjj', partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
        .duty('AFFECTED', 'SHARE_INFORMATION', 'PT12H')
        .build(),
      ...fields,
    },
  });
  expect(draft.errors).toBeUndefined();
  const agreementId = draft.data!.draftAgreement.id;
  await gql(await coordinator(), PROPOSE, { input: { agreementId, expectedVersion: 1 } });
  let version = 0;
  for (const city of parties)
    version = (await gql(await officer(city), RATIFY, { input: { agreementId, versionNumber: 1 } })).data!
      .ratifyAgreement.version;
  return { agreementId, version };
}

test('agreements: ratifying a version twice', async () => {
  const draft = await gql(await coordinator(), DRAFT, {
    input: new AgreementBuilder()
      .with({ clusterId: 'cluster-jjj', partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
      .duty('ORIGIN', 'REPORT', 'PT2H')
      .build(),
  });
  const agreementId = draft.data!.draftAgreement.id;
  await gql(await coordinator(), PROPOSE, { input: { agreementId, expectedVersion: 1 } });
  const langfang = await officer('city-langfang');
  const first = await gql(langfang, RATIFY, { input: { agreementId, versionNumber: 1 } });
  expect(first.errors).toBeUndefined();
  const again = await gql(langfang, RATIFY, { input: { agreementId, versionNumber: 1 } });
  expect(stateConflict(again, 'PROPOSED', /already ratified version 1/).extensions.pendingVersionStatus).toBe(
    'PROPOSED',
  );
  const read = await gql<{ agreement: unknown }>(
    await coordinator(),
    `{ agreement(id: "${agreementId}") { version status } }`,
  );
  expect(read.data?.agreement).toEqual({ version: first.data?.ratifyAgreement.version, status: 'PROPOSED' });
});

test('risk events: a change to what is already the case, and changes to a closed event', async () => {
  const event = await report('city-langfang');
  const coordinatorToken = await coordinator();
  // Nothing passed is wrong whatever the state; values as they already are is a matter of state.
  expect(
    onlyError(
      await gql(coordinatorToken, UPDATE_EVENT, { input: { eventId: event.id, expectedVersion: event.version } }),
    ),
  ).toMatchObject({ code: 'BAD_USER_INPUT' });
  stateConflict(
    await gql(coordinatorToken, UPDATE_EVENT, {
      input: { eventId: event.id, expectedVersion: event.version, level: 'III', warning: 'ORANGE' },
    }),
    'REPORTED',
    /already as given/,
  );
  const closed = await gql(coordinatorToken, SET_EVENT_STATUS, {
    input: { eventId: event.id, expectedVersion: event.version, status: 'CLOSED' },
  });
  const version = closed.data!.setRiskEventStatus.version;
  stateConflict(
    await gql(coordinatorToken, UPDATE_EVENT, { input: { eventId: event.id, expectedVersion: version, level: 'II' } }),
    'CLOSED',
    /closed/,
  );
  stateConflict(
    await gql(coordinatorToken, ESCALATE, { input: { eventId: event.id, reason: 'Too late' } }),
    'CLOSED',
    /closed/,
  );
  const read = await gql<{ riskEvent: unknown }>(
    coordinatorToken,
    `{ riskEvent(id: "${event.id}") { version level escalation { at } } }`,
  );
  expect(read.data?.riskEvent).toEqual({ version, level: 'III', escalation: null });
});

test('obligations: waiving or fulfilling again a fulfilled one', async () => {
  await agreementInForce();
  const event = await report('city-langfang');
  await gql(await coordinator(), CONFIRM, { input: { eventId: event.id } });
  const owed = (
    await gql(await coordinator(), OBLIGATIONS, {
      clusterId: 'cluster-jjj',
      filter: { eventId: event.id, cityId: 'city-tianjin' },
    })
  ).data?.obligations.nodes as Array<{ id: string; version: number }>;
  expect(owed.length).toBeGreaterThanOrEqual(1);
  const [obligation] = owed;
  const fulfilled = await gql(await officer('city-tianjin'), FULFIL, {
    input: { obligationId: obligation.id, expectedVersion: obligation.version, evidence: { text: 'Readings shared' } },
  });
  const version = fulfilled.data!.fulfilObligation.version;
  stateConflict(
    await gql(await coordinator(), WAIVE, {
      input: { obligationId: obligation.id, expectedVersion: version, reason: 'Not needed' },
    }),
    'FULFILLED',
    /already FULFILLED/,
  );
  stateConflict(
    await gql(await officer('city-tianjin'), FULFIL, {
      input: { obligationId: obligation.id, expectedVersion: version, evidence: { text: 'again' } },
    }),
    'FULFILLED',
  );
});

test('mutual aid: offers to a filled request, accepting beyond what was asked', async () => {
  const langfang = await officer('city-langfang');
  const request = await gql<{ requestAid: { id: string } }>(
    langfang,
    'mutation ($input: RequestAidInput!) { requestAid(input: $input) { id } }',
    {
      input: {
        clusterId: 'cluster-jjj',
        requesterCityId: 'city-langfang',
        resourceTypeId: 'mobile-pump-unit',
        minimumTier: 'II',
        quantity: 2,
        neededBy: hoursFrom(new Date().toISOString(), 6),
        destination: { name: 'Gu\u2019an', latitude: 39.44, longitude: 116.3 },
      },
    },
  );
  const requestId = request.data?.requestAid.id;
  const offer = async (cityId: string, name: string) =>
    gql<{ offerAid: { id: string } }>(
      await officer(cityId),
      'mutation ($input: OfferAidInput!) { offerAid(input: $input) { id } }',
      {
        input: {
          requestId,
          itemId: inventoryItemId(cityId, 'mobile-pump-unit', 'II', `${name} Municipal Emergency Materials Depot`),
          quantity: 2,
        },
      },
    );
  const fromTianjin = (await offer('city-tianjin', 'Tianjin')).data!.offerAid.id;
  const fromBeijing = (await offer('city-beijing', 'Beijing')).data!.offerAid.id;
  const ACCEPT = graphql(`
    mutation StateConflictsAccept($offerId: ID!) {
      acceptAidOffer(input: { offerId: $offerId }) {
        status
      }
    }
  `);
  expect((await gql(langfang, ACCEPT, { offerId: fromTianjin })).data?.acceptAidOffer.status).toBe('ACCEPTED');
  expect(
    stateConflict(await gql(langfang, ACCEPT, { offerId: fromBeijing }), 'FILLED', /beyond what it asked/).extensions
      .acceptedQuantity,
  ).toBe(2);
  stateConflict(await offer('city-baoding', 'Baoding'), 'FILLED', /already filled/);
  stateConflict(await gql(langfang, ACCEPT, { offerId: fromTianjin }), 'ACCEPTED', /cannot be accepted/);
  const read = await gql<{
    aidRequest: { status: string; acceptedQuantity: number; offers: Array<{ status: string }> };
  }>(langfang, 'query ($id: ID!) { aidRequest(id: $id) { status acceptedQuantity offers { status } } }', {
    id: requestId,
  });
  expect(read.data?.aidRequest).toMatchObject({ status: 'FILLED', acceptedQuantity: 2 });
  expect(read.data?.aidRequest.offers.map((o: { status: string }) => o.status).sort()).toEqual(['ACCEPTED', 'OFFERED']);
});

describe('claims', () => {
  const FILE = graphql(`
    mutation StateConflictsFile($input: FileClaimInput!) {
      fileClaim(input: $input) {
        id
        status
        version
      }
    }
  `);
  const REVIEW = graphql(`
    mutation StateConflictsReview($input: ClaimActionInput!) {
      startClaimReview(input: $input) {
        id
        status
        version
      }
    }
  `);
  const DECIDE = graphql(`
    mutation StateConflictsDecide($input: DecideClaimInput!) {
      decideClaim(input: $input) {
        id
        status
        version
      }
    }
  `);
  const APPEAL = graphql(`
    mutation StateConflictsAppeal($input: AppealClaimInput!) {
      appealClaim(input: $input) {
        id
        status
        version
      }
    }
  `);
  const DECIDE_APPEAL = graphql(`
    mutation StateConflictsDecideAppeal($input: DecideAppealInput!) {
      decideAppeal(input: $input) {
        id
        status
        version
      }
    }
  `);
  const PAY = graphql(`
    mutation StateConflictsPay($input: RecordPaymentInput!) {
      recordPayment(input: $input) {
        id
      }
    }
  `);
  let agreement: { agreementId: string; version: number };
  let eventId: string;
  const claimInput = (fields: Partial<FileClaimInput> = {}): FileClaimInput => ({
    agreementId: agreement.agreementId,
    eventId,
    claimantCityId: 'city-tianjin',
    items: [{ kind: 'TRANSPORT', description: 'Two trucks', amount: cny('300000'), evidence: ['invoice 1'] }],
    ...fields,
  });

  beforeAll(async () => {
    agreement = await agreementInForce({
      compensation: {
        coveredKinds: [{ kind: 'TRANSPORT' }],
        filingWindow: 'P90D',
        sharingRule: { kind: 'EQUAL_SHARE' },
      },
    });
    eventId = (await report('city-langfang')).id;
  });

  test('a claim for an event not yet confirmed', async () => {
    stateConflict(
      await gql(await officer('city-tianjin'), FILE, { input: claimInput() }),
      'REPORTED',
      /claims are filed for confirmed events/,
    );
    await gql(await coordinator(), CONFIRM, { input: { eventId } });
  });

  test('every step of a claim out of order', async () => {
    const tianjin = await officer('city-tianjin');
    const office = await coordinator();
    const filed = (await gql(tianjin, FILE, { input: claimInput() })).data!.fileClaim;
    expect(filed.status).toBe('SUBMITTED');
    const claimId = filed.id;
    stateConflict(
      await gql(office, DECIDE, { input: { claimId, expectedVersion: 1, decision: 'REJECT', reason: 'x' } }),
      'SUBMITTED',
      /start the review/,
    );
    stateConflict(
      await gql(tianjin, APPEAL, { input: { claimId, expectedVersion: 1, statement: 'x' } }),
      'SUBMITTED',
      /only a decided claim/,
    );
    stateConflict(
      await gql(office, DECIDE_APPEAL, { input: { claimId, expectedVersion: 1, outcome: 'UPHELD', reason: 'x' } }),
      'SUBMITTED',
      /no appeal to decide/,
    );
    const payment = {
      clusterId: 'cluster-jjj',
      fromId: 'city-beijing',
      toId: 'city-tianjin',
      amount: cny('1'),
      reference: 'state-test-1',
      paidAt: new Date().toISOString(),
      claimId,
    };
    stateConflict(await gql(office, PAY, { input: payment }), 'SUBMITTED', /payments go towards approved claims/);
    const reviewing = (await gql(office, REVIEW, { input: { claimId, expectedVersion: 1 } })).data!.startClaimReview;
    stateConflict(
      await gql(office, REVIEW, { input: { claimId, expectedVersion: reviewing.version } }),
      'UNDER_REVIEW',
      /only a submitted claim/,
    );
    const rejected = (
      await gql(office, DECIDE, {
        input: { claimId, expectedVersion: reviewing.version, decision: 'REJECT', reason: 'No invoice' },
      })
    ).data!.decideClaim;
    const appealed = (
      await gql(tianjin, APPEAL, {
        input: { claimId, expectedVersion: rejected.version, statement: 'Invoice attached' },
      })
    ).data!.appealClaim;
    stateConflict(
      await gql(tianjin, APPEAL, { input: { claimId, expectedVersion: appealed.version, statement: 'again' } }),
      'APPEALED',
      /appealed once/,
    );
    const read = await gql<{ claim: { status: string; version: number } }>(
      office,
      `{ claim(id: "${claimId}") { status version } }`,
    );
    expect(read.data?.claim).toEqual({ status: 'APPEALED', version: appealed.version });
  });

  test('a claim under an agreement no longer in force', async () => {
    await gql(await coordinator(), TERMINATE, {
      input: { agreementId: agreement.agreementId, expectedVersion: agreement.version, reason: 'Replaced' },
    });
    stateConflict(
      await gql(await officer('city-tianjin'), FILE, { input: claimInput() }),
      'TERMINATED',
      /agreement in force/,
    );
  });
});

test('evaluator accreditations: withdrawing one twice', async () => {
  const office = await coordinator();
  await gql(office, 'mutation ($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { active } }', {
    input: {
      clusterId: 'cluster-jjj',
      evaluatorId: 'state-test-institute',
      name: 'Institute',
      organisation: 'Test',
      kind: 'THIRD_PARTY',
    },
  });
  const REVOKE = graphql(`
    mutation StateConflictsRevoke {
      revokeAccreditation(
        input: { clusterId: "cluster-jjj", evaluatorId: "state-test-institute", reason: "Contract ended" }
      ) {
        active
        version
      }
    }
  `);
  expect((await gql(office, REVOKE)).data?.revokeAccreditation.active).toBe(false);
  stateConflict(await gql(office, REVOKE), 'WITHDRAWN', /already withdrawn/);
});
