import { gql, onlyError } from '../support/api';
import { aFloodCluster, pumpsAt, requestPumps } from '../support/aid';
import { AgreementBuilder, hoursFrom } from '../support/builders';
import {
  ACCEPT_AID_OFFER,
  AID_REQUEST,
  CONFIRM,
  DRAFT,
  ESCALATE,
  FULFIL,
  OBLIGATIONS,
  OFFER_AID,
  PROPOSE,
  RATIFY,
  REPORT,
  SET_EVENT_STATUS,
  TERMINATE,
  UPDATE_EVENT,
  WAIVE,
} from '../support/operations';
import type { BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { FileClaimInput } from '../generated/graphql';

// One rule: a well-formed request that the record's current state refuses answers CONFLICT with `currentState`
// (never a version: that CONFLICT is about a stale read), and the record is left as it was.

/** A cluster of the test's own: Langfang, Tianjin, Beijing and Baoding, with stocked depots. */
const floodCluster = () => aFloodCluster(['Tianjin', 'Beijing', 'Baoding']);
const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });

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

async function report(world: BuiltCluster, origin: string, fields: Record<string, unknown> = {}) {
  const response = await gql(world.city(origin).officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city(origin).id,
      affectedCityIds: [world.city('Tianjin').id],
      location: { description: 'Yongding River' },
      description: 'Levee seepage',
      observedAt: hoursFrom(new Date().toISOString(), -2),
      ...fields,
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.reportRiskEvent as { id: string; version: number; status: string };
}

async function agreementInForce(world: BuiltCluster, fields: Record<string, unknown> = {}) {
  const draft = await gql(world.coordinator, DRAFT, {
    input: {
      ...new AgreementBuilder()
        .with({ clusterId: world.id, partyCityIds: world.cityIds(), categories: ['NATURAL_DISASTER'] })
        .duty('AFFECTED', 'SHARE_INFORMATION', 'PT12H')
        .build(),
      ...fields,
    },
  });
  expect(draft.errors).toBeUndefined();
  const agreementId = draft.data!.draftAgreement.id;
  await gql(world.coordinator, PROPOSE, { input: { agreementId, expectedVersion: 1 } });
  let version = 0;
  for (const city of world.cities)
    version = (await gql(city.officer, RATIFY, { input: { agreementId, versionNumber: 1 } })).data!.ratifyAgreement
      .version;
  return { agreementId, version };
}

test('agreements: ratifying a version twice', async () => {
  const world = await floodCluster();
  const draft = await gql(world.coordinator, DRAFT, {
    input: new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: world.cityIds(), categories: ['NATURAL_DISASTER'] })
      .duty('ORIGIN', 'REPORT', 'PT2H')
      .build(),
  });
  const agreementId = draft.data!.draftAgreement.id;
  await gql(world.coordinator, PROPOSE, { input: { agreementId, expectedVersion: 1 } });
  const langfang = world.city('Langfang').officer;
  const first = await gql(langfang, RATIFY, { input: { agreementId, versionNumber: 1 } });
  expect(first.errors).toBeUndefined();
  const again = await gql(langfang, RATIFY, { input: { agreementId, versionNumber: 1 } });
  expect(stateConflict(again, 'PROPOSED', /already ratified version 1/).extensions.pendingVersionStatus).toBe(
    'PROPOSED',
  );
  const read = await gql<{ agreement: unknown }>(
    world.coordinator,
    `{ agreement(id: "${agreementId}") { version status } }`,
  );
  expect(read.data?.agreement).toEqual({ version: first.data?.ratifyAgreement.version, status: 'PROPOSED' });
});

test('risk events: a change to what is already the case, and changes to a closed event', async () => {
  const world = await floodCluster();
  const event = await report(world, 'Langfang');
  const coordinatorToken = world.coordinator;
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
  const world = await floodCluster();
  await agreementInForce(world);
  const event = await report(world, 'Langfang');
  await gql(world.coordinator, CONFIRM, { input: { eventId: event.id } });
  const owed = (
    await gql(world.coordinator, OBLIGATIONS, {
      clusterId: world.id,
      filter: { eventId: event.id, cityId: world.city('Tianjin').id },
    })
  ).data?.obligations.nodes as Array<{ id: string; version: number }>;
  expect(owed.length).toBeGreaterThanOrEqual(1);
  const [obligation] = owed;
  const fulfilled = await gql(world.city('Tianjin').officer, FULFIL, {
    input: { obligationId: obligation.id, expectedVersion: obligation.version, evidence: { text: 'Readings shared' } },
  });
  const version = fulfilled.data!.fulfilObligation.version;
  stateConflict(
    await gql(world.coordinator, WAIVE, {
      input: { obligationId: obligation.id, expectedVersion: version, reason: 'Not needed' },
    }),
    'FULFILLED',
    /already FULFILLED/,
  );
  stateConflict(
    await gql(world.city('Tianjin').officer, FULFIL, {
      input: { obligationId: obligation.id, expectedVersion: version, evidence: { text: 'again' } },
    }),
    'FULFILLED',
  );
});

test('mutual aid: offers to a filled request, accepting beyond what was asked', async () => {
  const world = await floodCluster();
  const langfang = world.city('Langfang').officer;
  const requestId = (
    await requestPumps(world, 2, {
      neededBy: hoursFrom(new Date().toISOString(), 6),
      destination: { name: 'Gu\u2019an', latitude: 39.44, longitude: 116.3 },
    })
  ).id;
  const offer = (name: string) =>
    gql(world.city(name).officer, OFFER_AID, { input: { requestId, itemId: pumpsAt(world, name), quantity: 2 } });
  const fromTianjin = (await offer('Tianjin')).data!.offerAid.id;
  const fromBeijing = (await offer('Beijing')).data!.offerAid.id;
  expect((await gql(langfang, ACCEPT_AID_OFFER, { offerId: fromTianjin })).data?.acceptAidOffer.status).toBe(
    'ACCEPTED',
  );
  expect(
    stateConflict(await gql(langfang, ACCEPT_AID_OFFER, { offerId: fromBeijing }), 'FILLED', /beyond what it asked/)
      .extensions.acceptedQuantity,
  ).toBe(2);
  stateConflict(await offer('Baoding'), 'FILLED', /already filled/);
  stateConflict(await gql(langfang, ACCEPT_AID_OFFER, { offerId: fromTianjin }), 'ACCEPTED', /cannot be accepted/);
  const read = await gql(langfang, AID_REQUEST, { id: requestId });
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
  const claimInput = (
    world: BuiltCluster,
    { agreementId, eventId }: { agreementId: string; eventId: string },
    fields: Partial<FileClaimInput> = {},
  ): FileClaimInput => ({
    agreementId,
    eventId,
    claimantCityId: world.city('Tianjin').id,
    items: [{ kind: 'TRANSPORT', description: 'Two trucks', amount: cny('300000'), evidence: ['invoice 1'] }],
    ...fields,
  });

  /** A cluster of the test's own under an agreement with compensation terms, and a flood reported at Langfang. */
  async function claimable(options: { confirmed: boolean }) {
    const world = await floodCluster();
    const agreement = await agreementInForce(world, {
      compensation: {
        coveredKinds: [{ kind: 'TRANSPORT' }],
        filingWindow: 'P90D',
        sharingRule: { kind: 'EQUAL_SHARE' },
      },
    });
    const eventId = (await report(world, 'Langfang')).id;
    if (options.confirmed) await gql(world.coordinator, CONFIRM, { input: { eventId } });
    return { world, agreement, eventId, claim: { agreementId: agreement.agreementId, eventId } };
  }

  test('a claim for an event not yet confirmed', async () => {
    const { world, claim } = await claimable({ confirmed: false });
    stateConflict(
      await gql(world.city('Tianjin').officer, FILE, { input: claimInput(world, claim) }),
      'REPORTED',
      /claims are filed for confirmed events/,
    );
  });

  test('every step of a claim out of order', async () => {
    const { world, claim } = await claimable({ confirmed: true });
    const tianjin = world.city('Tianjin').officer;
    const office = world.coordinator;
    const filed = (await gql(tianjin, FILE, { input: claimInput(world, claim) })).data!.fileClaim;
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
      clusterId: world.id,
      fromId: world.city('Beijing').id,
      toId: world.city('Tianjin').id,
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
    const { world, agreement, claim } = await claimable({ confirmed: true });
    await gql(world.coordinator, TERMINATE, {
      input: { agreementId: agreement.agreementId, expectedVersion: agreement.version, reason: 'Replaced' },
    });
    stateConflict(
      await gql(world.city('Tianjin').officer, FILE, { input: claimInput(world, claim) }),
      'TERMINATED',
      /agreement in force/,
    );
  });
});

test('evaluator accreditations: withdrawing one twice', async () => {
  const world = await floodCluster();
  const office = world.coordinator;
  await gql(office, 'mutation ($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { active } }', {
    input: {
      clusterId: world.id,
      evaluatorId: 'state-test-institute',
      name: 'Institute',
      organisation: 'Test',
      kind: 'THIRD_PARTY',
    },
  });
  const REVOKE = graphql(`
    mutation StateConflictsRevoke($clusterId: ID!) {
      revokeAccreditation(
        input: { clusterId: $clusterId, evaluatorId: "state-test-institute", reason: "Contract ended" }
      ) {
        active
        version
      }
    }
  `);
  expect((await gql(office, REVOKE, { clusterId: world.id })).data?.revokeAccreditation.active).toBe(false);
  stateConflict(await gql(office, REVOKE, { clusterId: world.id }), 'WITHDRAWN', /already withdrawn/);
});
