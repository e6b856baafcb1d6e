// What claims may hold across claims: a dispatch's recorded costs bound every claim naming it together, and the caps
// per claim cover all of a city's claims for one event under one agreement, so nothing is claimed twice or split past
// a cap.
import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { cny, dispatched } from '../support/dispatches';
import { CONFIRM, REPORT } from '../support/operations';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { FileClaimInput } from '../generated/graphql';

const FILE = graphql(`
  mutation ClaimLimitsFile($input: FileClaimInput!) {
    fileClaim(input: $input) {
      id
      status
      version
      claimed {
        amountMinor
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation ClaimLimitsReview($input: ClaimActionInput!) {
    startClaimReview(input: $input) {
      version
    }
  }
`);
const DECIDE = graphql(`
  mutation ClaimLimitsDecide($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      status
      version
    }
  }
`);
const APPEAL = graphql(`
  mutation ClaimLimitsAppeal($input: AppealClaimInput!) {
    appealClaim(input: $input) {
      status
      version
    }
  }
`);
const DECIDE_APPEAL = graphql(`
  mutation ClaimLimitsDecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      status
      version
    }
  }
`);

// Each test has a cluster of its own with these four cities and their depot stock, a flood agreement among them with
// caps per claim, and a confirmed flood, so every claim it counts is its own.
const PARTIES = ['Langfang', 'Tianjin', 'Beijing', 'Baoding'];
let world: BuiltCluster;
const idOf = (cityName: string) => world.city(cityName).id;
let agreementId: string;
let eventId: string;
let coordinator: string;
let tianjin: string;
let beijing: string;

const item = (kind: FileClaimInput['items'][number]['kind'], amountMinor: string) => ({
  kind,
  description: `${kind.toLowerCase()} for the Gu'an flood line`,
  amount: cny(amountMinor),
  evidence: ['invoice TJ-2026-0712'],
});
const claim = (fields: Partial<FileClaimInput>): { input: FileClaimInput } => ({
  input: { agreementId, eventId, claimantCityId: idOf('Tianjin'), items: [], ...fields },
});
const tianjinDispatch = (costs: Parameters<typeof dispatched>[1]) =>
  dispatched(
    {
      clusterId: world.id,
      eventId,
      requesterCityId: idOf('Langfang'),
      offeringCityId: idOf('Tianjin'),
      offeringCityName: 'Tianjin',
    },
    costs,
  );

/** Reviews a claim and decides it (REJECT with a reason, or APPROVE each item at the given amounts). */
async function decide(claimId: string, approved?: Array<{ number: number; amountMinor: string }>) {
  const reviewed = await gql(coordinator, REVIEW, { input: { claimId, expectedVersion: 1 } });
  const expectedVersion = reviewed.data!.startClaimReview.version;
  return gql(coordinator, DECIDE, {
    input: approved
      ? {
          claimId,
          expectedVersion,
          decision: 'APPROVE',
          items: approved.map(({ number, amountMinor }) => ({
            number,
            approved: cny(amountMinor),
            reason: 'Only part of it is documented',
          })),
        }
      : { claimId, expectedVersion, decision: 'REJECT', reason: 'Not documented' },
  });
}

beforeEach(async () => {
  world = await aCluster({ cities: PARTIES.map(factsOf), inventory: true }).build();
  coordinator = world.coordinator;
  tianjin = world.city('Tianjin').officer;
  beijing = world.city('Beijing').officer;
  agreementId = await agreementInForce(coordinator, {
    ...new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: world.cityIds(), categories: ['NATURAL_DISASTER'] })
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .build(),
    compensation: {
      // Personnel hours have their own cap per claim; transport and consumables only the overall one.
      coveredKinds: [
        { kind: 'TRANSPORT' },
        { kind: 'CONSUMABLES' },
        { kind: 'PERSONNEL_HOURS', capPerClaim: cny('3000000') },
      ],
      capPerClaim: cny('200000000'),
      filingWindow: 'P90D',
      sharingRule: { kind: 'EQUAL_SHARE' },
    },
  });
  const flood = await gql(world.city('Langfang').officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: idOf('Langfang'),
      affectedCityIds: [idOf('Tianjin')],
      location: { description: "Yongding River, Gu'an" },
      description: 'Levee overtopping',
      observedAt: hoursFrom(new Date().toISOString(), -2),
    },
  });
  eventId = flood.data!.reportRiskEvent.id;
  await gql(coordinator, CONFIRM, { input: { eventId } });
});

test('the same dispatch claimed again, under another idempotency key or for more than it recorded, is refused with what is left', async () => {
  const { offerId } = await tianjinDispatch([
    { kind: 'TRANSPORT', description: '6 flatbed trucks', amount: cny('1860000') },
  ]);
  const first = await gql(
    tianjin,
    FILE,
    claim({ aidOfferId: offerId, idempotencyKey: 'tj-claim-1', items: [item('TRANSPORT', '1860000')] }),
  );
  expect(first.data?.fileClaim).toMatchObject({ status: 'SUBMITTED', claimed: { amountMinor: '1860000' } });

  const again = await gql(
    tianjin,
    FILE,
    claim({ aidOfferId: offerId, idempotencyKey: 'tj-claim-2', items: [item('TRANSPORT', '1860000')] }),
  );
  expect(onlyError(again)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message:
      'The dispatch named recorded ¥18,600.00 of transport; the claims naming it already hold ¥18,600.00 of it, so ¥0.00 of transport is left to claim, not ¥18,600.00.',
    extensions: { kind: 'TRANSPORT', recorded: '1860000', held: '1860000', left: '0' },
  });
  expect(again.data).toBeNull();

  const inflated = await gql(
    tianjin,
    FILE,
    claim({ aidOfferId: offerId, idempotencyKey: 'tj-claim-3', items: [item('TRANSPORT', '100000000')] }),
  );
  expect(onlyError(inflated)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message:
      'The dispatch named recorded ¥18,600.00 of transport; the claims naming it already hold ¥18,600.00 of it, so ¥0.00 of transport is left to claim, not ¥1,000,000.00.',
  });

  // A cost kind the dispatch never recorded cannot be claimed for it either.
  const otherKind = await gql(tianjin, FILE, claim({ aidOfferId: offerId, items: [item('CONSUMABLES', '100')] }));
  expect(onlyError(otherKind)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: 'The dispatch named recorded no consumables costs in CNY, so no consumables can be claimed for it.',
  });
  // The first key still answers with the first claim.
  const retried = await gql(
    tianjin,
    FILE,
    claim({ aidOfferId: offerId, idempotencyKey: 'tj-claim-1', items: [item('TRANSPORT', '1860000')] }),
  );
  expect(retried.data?.fileClaim.id).toBe(first.data!.fileClaim.id);
});

test('one loss split into several claims cannot pass the cap per claim, overall or per kind', async () => {
  const first = await gql(
    beijing,
    FILE,
    claim({ claimantCityId: idOf('Beijing'), items: [item('CONSUMABLES', '150000000')] }),
  );
  expect(first.data?.fileClaim.status).toBe('SUBMITTED');
  const split = await gql(
    beijing,
    FILE,
    claim({ claimantCityId: idOf('Beijing'), items: [item('CONSUMABLES', '60000000')] }),
  );
  expect(onlyError(split)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message:
      'Beijing already holds ¥1,500,000.00 in its claims for this event under this agreement. The cap of ¥2,000,000.00 per claim covers all claims of a city for one event together, so ¥500,000.00 is left to claim, not ¥600,000.00.',
    extensions: { kind: null, cap: '200000000', held: '150000000', left: '50000000' },
  });
  // What is left can still be claimed.
  const rest = await gql(
    beijing,
    FILE,
    claim({ claimantCityId: idOf('Beijing'), items: [item('CONSUMABLES', '50000000')] }),
  );
  expect(rest.data?.fileClaim.status).toBe('SUBMITTED');

  const baoding = world.city('Baoding').officer;
  const ownHours = await gql(
    baoding,
    FILE,
    claim({ claimantCityId: idOf('Baoding'), items: [item('PERSONNEL_HOURS', '2000000')] }),
  );
  expect(ownHours.data?.fileClaim.status).toBe('SUBMITTED');
  const moreHours = await gql(
    baoding,
    FILE,
    claim({ claimantCityId: idOf('Baoding'), items: [item('PERSONNEL_HOURS', '2000000')] }),
  );
  expect(onlyError(moreHours)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message:
      'Baoding already holds ¥20,000.00 of personnel hours in its claims for this event under this agreement. The personnel hours cap of ¥30,000.00 per claim covers all claims of a city for one event together, so ¥10,000.00 of personnel hours is left to claim, not ¥20,000.00.',
    extensions: { kind: 'PERSONNEL_HOURS', left: '1000000' },
  });
});

test('a rejected claim frees what it held, an approval frees its reductions, and an appeal revision holds them again', async () => {
  const { offerId } = await tianjinDispatch([{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('500000') }]);
  const file = (amountMinor: string) =>
    gql(tianjin, FILE, claim({ aidOfferId: offerId, items: [item('TRANSPORT', amountMinor)] }));
  const held = (await file('500000')).data!.fileClaim;
  expect(onlyError(await file('1')).extensions).toMatchObject({ left: '0' });

  expect((await decide(held.id)).data?.decideClaim.status).toBe('REJECTED');
  const refiled = (await file('500000')).data!.fileClaim;
  expect(refiled.status).toBe('SUBMITTED');

  // Approved at ¥3,000 of ¥5,000: the ¥2,000 reduced is free to claim again.
  const approved = await decide(refiled.id, [{ number: 1, amountMinor: '300000' }]);
  expect(approved.data?.decideClaim.status).toBe('PARTLY_APPROVED');
  expect(onlyError(await file('200001')).extensions).toMatchObject({ left: '200000' });
  const topUp = (await file('150000')).data!.fileClaim;
  expect(topUp.status).toBe('SUBMITTED');

  // The appeal asks for the reduction back; only ¥500 of it is still free, so revising to the full ¥5,000 is refused.
  const appealed = await gql(tianjin, APPEAL, {
    input: { claimId: refiled.id, expectedVersion: approved.data!.decideClaim.version, statement: 'Invoices attached' },
  });
  const revise = (amountMinor: string) =>
    gql(coordinator, DECIDE_APPEAL, {
      input: {
        claimId: refiled.id,
        expectedVersion: appealed.data!.appealClaim.version,
        outcome: 'REVISED',
        items: [{ number: 1, approved: cny(amountMinor), reason: 'Partly documented' }],
        reason: 'Revised on the invoices',
      },
    });
  expect(onlyError(await revise('500000'))).toMatchObject({
    code: 'BAD_USER_INPUT',
    extensions: { kind: 'TRANSPORT', recorded: '500000', held: '450000', left: '50000' },
  });
  expect((await revise('350000')).data?.decideAppeal.status).toBe('PARTLY_APPROVED');
  expect(onlyError(await file('1')).extensions).toMatchObject({ left: '0' });
});

test('twenty claims filed at once on one dispatch never hold more than it recorded', async () => {
  const { offerId } = await tianjinDispatch([{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('1000000') }]);
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      gql(tianjin, FILE, claim({ aidOfferId: offerId, items: [item('TRANSPORT', '70000')] })),
    ),
  );
  const accepted = answers.filter((answer) => answer.data?.fileClaim.status === 'SUBMITTED').length;
  const refusals = answers.filter((answer) => answer.errors).map((answer) => onlyError(answer));
  expect(accepted + refusals.length).toBe(20);
  // ¥700 each against ¥10,000 recorded: at most 14 fit, and every refusal says why.
  expect(accepted).toBeLessThanOrEqual(14);
  for (const refusal of refusals) expect(refusal.code).toBe('BAD_USER_INPUT');
  expect(accepted).toBe(14);
  // What is held is exactly what the accepted claims asked for: the ¥200 left can be claimed, and not a fen more.
  expect(
    onlyError(await gql(tianjin, FILE, claim({ aidOfferId: offerId, items: [item('TRANSPORT', '20001')] }))).extensions,
  ).toMatchObject({ left: '20000' });
  expect(
    (await gql(tianjin, FILE, claim({ aidOfferId: offerId, items: [item('TRANSPORT', '20000')] }))).data?.fileClaim
      .status,
  ).toBe('SUBMITTED');
});
