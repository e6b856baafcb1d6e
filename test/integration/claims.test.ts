import { gql, onlyError } from '../support/api';
import { AgreementBuilder, hoursFrom, officerOf } from '../support/builders';
import { CONFIRM, DRAFT, PROPOSE, RATIFY, REPORT } from '../support/operations';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { FileClaimInput } from '../generated/graphql';

graphql(`
  fragment ClaimsClaimFields on Claim {
    id
    status
    version
    claimed {
      amountMinor
      currency
    }
    approved {
      amountMinor
    }
    items {
      number
      kind
      amount {
        amountMinor
      }
      approved {
        amountMinor
      }
      reductionReason
    }
    ledgerEntries {
      payerId
      payeeId
      amount {
        amountMinor
      }
    }
  }
`);
const FILE = graphql(`
  mutation ClaimsFile($input: FileClaimInput!) {
    fileClaim(input: $input) {
      ...ClaimsClaimFields
    }
  }
`);
const REVIEW = graphql(`
  mutation ClaimsReview($input: ClaimActionInput!) {
    startClaimReview(input: $input) {
      ...ClaimsClaimFields
    }
  }
`);
const DECIDE = graphql(`
  mutation ClaimsDecide($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      ...ClaimsClaimFields
    }
  }
`);
const BALANCES = graphql(`
  query ClaimsBalances($clusterId: ID!) {
    balances(clusterId: $clusterId) {
      partyId
      city {
        id
      }
      net {
        amountMinor
        currency
      }
    }
    settlementPlan(clusterId: $clusterId) {
      fromId
      toId
      amount {
        amountMinor
      }
    }
  }
`);
const PAY = graphql(`
  mutation ClaimsPay($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      fromId
      toId
      amount {
        amountMinor
      }
      reference
    }
  }
`);

const FUND_IN = graphql(`
  mutation ClaimsFundIn($input: FundContributionInput!) {
    recordFundContribution(input: $input) {
      id
    }
  }
`);
/** The fund can only pay what it holds: a third party pays in first. */
async function fundReceives(amountMinor: string, reference: string) {
  const response = await gql(world.coordinator, FUND_IN, {
    input: {
      clusterId: world.id,
      thirdParty: 'PICC Property and Casualty',
      amount: { amountMinor, currency: 'CNY' },
      reference,
      receivedAt: new Date().toISOString(),
    },
  });
  expect(response.errors).toBeUndefined();
}

// Each test has a cluster of its own with these four cities (their real sizes, which weigh the shares) and their depot
// stock, a flood agreement among them and a confirmed flood, so every balance it reads is of its own claims.
const PARTIES = ['Langfang', 'Tianjin', 'Beijing', 'Baoding'];
let world: BuiltCluster;
const idOf = (cityName: string) => world.city(cityName).id;
let agreementId: string;
let eventId: string;
const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });
const claimInput = (fields: Partial<FileClaimInput> = {}): FileClaimInput => ({
  agreementId,
  eventId,
  claimantCityId: idOf('Tianjin'),
  items: [
    {
      kind: 'TRANSPORT',
      description: '6 flatbed trucks, Tianjin–Gu\u2019an and back',
      amount: cny('1860000'),
      evidence: ['invoice TJ-2026-0712'],
    },
    {
      kind: 'PERSONNEL_HOURS',
      description: '40 pump operators × 12 h',
      amount: cny('2400000'),
      evidence: ['timesheet TJ-EMB-117'],
    },
  ],
  ...fields,
});

beforeEach(async () => {
  world = await aCluster({ cities: PARTIES.map(factsOf), inventory: true }).build();
  const coordinator = world.coordinator;
  const parties = world.cityIds();
  // A flood agreement whose costs are 40% carried by the regional fund and the rest by population.
  const draft = await gql(coordinator, DRAFT, {
    input: {
      ...new AgreementBuilder()
        .with({ clusterId: world.id, partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
        .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
        .build(),
      compensation: {
        coveredKinds: [{ kind: 'TRANSPORT' }, { kind: 'PERSONNEL_HOURS' }],
        // What one city may hold in its claims for one event together: this file's claims by Tianjin fit under it.
        capPerClaim: cny('100000000'),
        filingWindow: 'P90D',
        sharingRule: { kind: 'FUND_COVERS', fundBasisPoints: 4000, remainderRule: { kind: 'POPULATION_WEIGHTED' } },
      },
    },
  });
  agreementId = draft.data!.draftAgreement.id;
  await gql(coordinator, PROPOSE, { input: { agreementId, expectedVersion: 1 } });
  for (const city of parties)
    await gql(await officerOf(city, world.id), RATIFY, { input: { agreementId, versionNumber: 1 } });
  const flood = await gql(world.city('Langfang').officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: idOf('Langfang'),
      affectedCityIds: [idOf('Tianjin')],
      location: { description: 'Yongding River, Gu\u2019an' },
      description: 'Levee overtopping',
      observedAt: hoursFrom(new Date().toISOString(), -2),
    },
  });
  eventId = flood.data!.reportRiskEvent.id;
  await gql(coordinator, CONFIRM, { input: { eventId } });
});

test('a claim is partly approved, split 40% fund and the rest by population to the fen, netted, planned and paid', async () => {
  const tianjin = world.city('Tianjin').officer;
  const coordinator = world.coordinator;
  const filed = await gql(tianjin, FILE, { input: claimInput() });
  expect(filed.data?.fileClaim).toMatchObject({
    status: 'SUBMITTED',
    claimed: { amountMinor: '4260000', currency: 'CNY' },
  });
  const claim = filed.data!.fileClaim;
  const review = await gql(coordinator, REVIEW, { input: { claimId: claim.id, expectedVersion: 1 } });
  const decided = await gql(coordinator, DECIDE, {
    input: {
      claimId: claim.id,
      expectedVersion: review.data!.startClaimReview.version,
      decision: 'APPROVE',
      items: [
        { number: 1, approved: cny('1860000') },
        { number: 2, approved: cny('2000000'), reason: 'Night shifts are paid at the agreed day rate' },
      ],
    },
  });
  expect(decided.errors).toBeUndefined();
  const result = decided.data!.decideClaim;
  expect(result).toMatchObject({
    status: 'PARTLY_APPROVED',
    approved: { amountMinor: '3860000' },
    items: [{ reductionReason: null }, { reductionReason: 'Night shifts are paid at the agreed day rate' }],
  });

  // The fund pays 40%; Langfang, Beijing and Baoding share the rest by population; Tianjin (the claimant) pays nothing.
  const parts = Object.fromEntries(
    result.ledgerEntries.map((entry: { payerId: string; amount: { amountMinor: string } }) => [
      entry.payerId,
      BigInt(entry.amount.amountMinor),
    ]),
  );
  expect(Object.keys(parts).sort()).toEqual(['FUND', idOf('Baoding'), idOf('Beijing'), idOf('Langfang')].sort());
  expect(parts.FUND).toBe(1544000n);
  expect(Object.values(parts).reduce((a, b) => a + b, 0n)).toBe(3860000n);
  const payers = [idOf('Langfang'), idOf('Beijing'), idOf('Baoding')];
  const population = (id: string) => BigInt(world.cities.find((city) => city.id === id)!.population);
  const totalPopulation = payers.reduce((sum, id) => sum + population(id), 0n);
  for (const id of payers) {
    const exactTimesTotal = 2316000n * population(id);
    expect(parts[id] * totalPopulation - exactTimesTotal <= totalPopulation).toBe(true); // within one fen of exact
    expect(exactTimesTotal - parts[id] * totalPopulation < totalPopulation).toBe(true);
  }

  // Balances net to zero; the plan clears them with one transfer per debtor to Tianjin.
  const ledger = await gql(world.superior, BALANCES, { clusterId: world.id });
  const net = Object.fromEntries(ledger.data!.balances.map((b) => [b.partyId, BigInt(b.net.amountMinor)]));
  expect(net[idOf('Tianjin')]).toBe(3860000n);
  expect(net.FUND).toBe(-1544000n);
  expect(Object.values(net).reduce((a, b) => a + b, 0n)).toBe(0n);
  const plan = ledger.data!.settlementPlan;
  expect(plan).toHaveLength(4);
  expect(plan.every((t: { toId: string }) => t.toId === idOf('Tianjin'))).toBe(true);

  // The fund pays its part; the same payment cannot be recorded twice, nor more than is owed.
  await fundReceives('1544000', 'PICC-CLAIMS-1');
  const payment = {
    clusterId: world.id,
    fromId: 'FUND',
    toId: idOf('Tianjin'),
    amount: cny('1544000'),
    reference: 'JJJ-FUND-2026-0031',
    paidAt: new Date().toISOString(),
  };
  expect((await gql(coordinator, PAY, { input: payment })).data?.recordPayment).toMatchObject({
    fromId: 'FUND',
    toId: idOf('Tianjin'),
    amount: { amountMinor: '1544000' },
  });
  expect(onlyError(await gql(coordinator, PAY, { input: payment }))).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(/already recorded/) as string,
  });
  expect(
    onlyError(
      await gql(coordinator, PAY, {
        input: { ...payment, fromId: idOf('Beijing'), amount: cny('99999999'), reference: 'BJ-1' },
      }),
    ).code,
  ).toBe('BAD_USER_INPUT');
  const after = await gql(coordinator, BALANCES, { clusterId: world.id });
  const netAfter = Object.fromEntries(after.data!.balances.map((b) => [b.partyId, BigInt(b.net.amountMinor)]));
  expect([netAfter.FUND, netAfter[idOf('Tianjin')]]).toEqual([0n, 2316000n]);
  expect(after.data?.settlementPlan).toHaveLength(3);
});

test('a claim can name the claimant\u2019s own dispatch for the event, and no other', async () => {
  const langfang = world.city('Langfang').officer;
  const tianjin = world.city('Tianjin').officer;
  const request = await gql<{ requestAid: { id: string } }>(
    langfang,
    'mutation ($input: RequestAidInput!) { requestAid(input: $input) { id } }',
    {
      input: {
        clusterId: world.id,
        requesterCityId: idOf('Langfang'),
        resourceTypeId: 'mobile-pump-unit',
        minimumTier: 'II',
        quantity: 4,
        eventId,
        neededBy: hoursFrom(new Date().toISOString(), 6),
        destination: { name: 'Gu\u2019an', latitude: 39.44, longitude: 116.3 },
      },
    },
  );
  const offer = await gql<{ offerAid: { id: string } }>(
    tianjin,
    'mutation ($input: OfferAidInput!) { offerAid(input: $input) { id } }',
    {
      input: {
        requestId: request.data?.requestAid.id,
        itemId: world.depotItem('Tianjin', 'mobile-pump-unit', 'II'),
        quantity: 4,
      },
    },
  );
  const offerId = offer.data!.offerAid.id;
  const early = await gql(tianjin, FILE, { input: claimInput({ aidOfferId: offerId }) });
  expect(onlyError(early)).toMatchObject({
    code: 'CONFLICT',
    message: 'The dispatch named is OFFERED; only stock actually sent can be claimed for.',
    extensions: { currentState: 'OFFERED' },
  });
  await gql(langfang, 'mutation ($id: ID!) { acceptAidOffer(input: { offerId: $id }) { status } }', { id: offerId });
  await gql(
    tianjin,
    // The costs the claim below asks for: what a dispatch recorded bounds what can be claimed for it.
    'mutation ($id: ID!, $eta: DateTime!, $costs: [CostItemInput!]) { dispatchAid(input: { offerId: $id, eta: $eta, costItems: $costs }) { status } }',
    {
      id: offerId,
      eta: hoursFrom(new Date().toISOString(), 3),
      costs: [
        { kind: 'TRANSPORT', description: 'Trucks', amount: cny('1860000') },
        { kind: 'PERSONNEL_HOURS', description: 'Pump operators', amount: cny('2400000') },
      ],
    },
  );
  expect(
    onlyError(
      await gql(world.city('Beijing').officer, FILE, {
        input: claimInput({ claimantCityId: idOf('Beijing'), aidOfferId: offerId }),
      }),
    ).message,
  ).toBe('The dispatch named was not made by the claimant city.');
  const filed = await gql(tianjin, FILE, { input: claimInput({ aidOfferId: offerId }) });
  expect(filed.data?.fileClaim.status).toBe('SUBMITTED');
});

test('claims are checked against the terms', async () => {
  const tianjin = world.city('Tianjin').officer;
  const uncovered = await gql(tianjin, FILE, {
    input: claimInput({
      items: [{ kind: 'CONSUMABLES', description: 'Diesel', amount: cny('10000'), evidence: ['r1'] }],
    }),
  });
  expect(onlyError(uncovered)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringMatching(/does not compensate/) as string,
  });
  const overCap = await gql(tianjin, FILE, {
    input: claimInput({
      items: [{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('200000000'), evidence: ['r1'] }],
    }),
  });
  expect(onlyError(overCap).message).toMatch(/over the cap of ¥1,000,000.00 per claim/);
  const floaty = await gql(tianjin, FILE, {
    input: claimInput({
      items: [{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('100.5'), evidence: ['r1'] }],
    }),
  });
  expect(onlyError(floaty).code).toBe('BAD_USER_INPUT');
});

test('the same idempotency key sent 20 times in parallel files one claim', async () => {
  const tianjin = world.city('Tianjin').officer;
  const results = await Promise.all(
    Array.from({ length: 20 }, () => gql(tianjin, FILE, { input: claimInput({ idempotencyKey: 'tj-claim-flood-1' }) })),
  );
  expect(results.every((result) => !result.errors)).toBe(true);
  expect(new Set(results.map((result) => result.data?.fileClaim.id)).size).toBe(1);
});

test('who may file, review and pay', async () => {
  const filed = await gql(world.city('Tianjin').officer, FILE, { input: claimInput() });
  const claimId = filed.data!.fileClaim.id;
  expect(onlyError(await gql(world.city('Beijing').officer, FILE, { input: claimInput() }))).toMatchObject({
    code: 'FORBIDDEN',
    message: 'A city files claims for its own costs only.',
  });
  expect(onlyError(await gql(world.coordinator, FILE, { input: claimInput() })).code).toBe('FORBIDDEN');
  for (const token of [world.city('Tianjin').officer, world.city('Beijing').officer, world.superior]) {
    expect(onlyError(await gql(token, REVIEW, { input: { claimId, expectedVersion: 1 } })).code).toBe('FORBIDDEN');
    expect(
      onlyError(await gql(token, DECIDE, { input: { claimId, expectedVersion: 1, decision: 'REJECT', reason: 'x' } }))
        .code,
    ).toBe('FORBIDDEN');
  }
  // An evaluator evaluating nothing of this claim's may not even read it: the claim is not found for it.
  expect(onlyError(await gql(world.evaluator.token, REVIEW, { input: { claimId, expectedVersion: 1 } })).code).toBe(
    'NOT_FOUND',
  );
  expect(
    onlyError(await gql((await aCluster().build()).coordinator, REVIEW, { input: { claimId, expectedVersion: 1 } }))
      .code,
  ).toBe('NOT_FOUND');
  expect(
    onlyError(
      await gql(world.city('Tianjin').officer, PAY, {
        input: {
          clusterId: world.id,
          fromId: 'FUND',
          toId: idOf('Tianjin'),
          amount: cny('1'),
          reference: 'x',
          paidAt: new Date().toISOString(),
        },
      }),
    ).code,
  ).toBe('FORBIDDEN');
  const coordinator = world.coordinator;
  const review = await gql(coordinator, REVIEW, { input: { claimId, expectedVersion: 1 } });
  const rejected = await gql(coordinator, DECIDE, {
    input: {
      claimId,
      expectedVersion: review.data!.startClaimReview.version,
      decision: 'REJECT',
      reason: 'Duplicate of the claim already approved',
    },
  });
  expect(rejected.data?.decideClaim).toMatchObject({ status: 'REJECTED', ledgerEntries: [] });
});

test('the claimant appeals once; the superior revises and the ledger gets exactly the difference', async () => {
  const APPEAL = graphql(`
    mutation ClaimsAppeal($input: AppealClaimInput!) {
      appealClaim(input: $input) {
        ...ClaimsClaimFields
        appeal {
          statement
          outcome
        }
      }
    }
  `);
  const DECIDE_APPEAL = graphql(`
    mutation ClaimsDecideAppeal($input: DecideAppealInput!) {
      decideAppeal(input: $input) {
        ...ClaimsClaimFields
        appeal {
          outcome
          reason
          decidedByName
        }
      }
    }
  `);
  const tianjin = world.city('Tianjin').officer;
  const coordinator = world.coordinator;
  const filed = (await gql(tianjin, FILE, { input: claimInput() })).data!.fileClaim;
  const reviewed = (await gql(coordinator, REVIEW, { input: { claimId: filed.id, expectedVersion: 1 } })).data!
    .startClaimReview;
  const decided = (
    await gql(coordinator, DECIDE, {
      input: {
        claimId: filed.id,
        expectedVersion: reviewed.version,
        decision: 'APPROVE',
        items: [
          { number: 1, approved: cny('1000000'), reason: 'Two trucks ran empty' },
          { number: 2, approved: cny('2400000') },
        ],
      },
    })
  ).data!.decideClaim;
  const before = await gql(coordinator, BALANCES, { clusterId: world.id });
  const tianjinBefore = BigInt(before.data!.balances.find((b) => b.partyId === idOf('Tianjin'))!.net.amountMinor);

  expect(
    onlyError(
      await gql(world.city('Beijing').officer, APPEAL, {
        input: { claimId: filed.id, expectedVersion: decided.version, statement: 'x' },
      }),
    ).code,
  ).toBe('FORBIDDEN');
  const appealed = await gql(tianjin, APPEAL, {
    input: {
      claimId: filed.id,
      expectedVersion: decided.version,
      statement: 'The trucks carried the pumps back: manifests TJ-0713, TJ-0714',
    },
  });
  expect(appealed.data?.appealClaim).toMatchObject({ status: 'APPEALED', appeal: { outcome: null } });
  expect(
    onlyError(
      await gql(tianjin, DECIDE_APPEAL, {
        input: {
          claimId: filed.id,
          expectedVersion: appealed.data!.appealClaim.version,
          outcome: 'UPHELD',
          reason: 'x',
        },
      }),
    ).code,
  ).toBe('FORBIDDEN');
  expect(
    onlyError(
      await gql(world.evaluator.token, DECIDE_APPEAL, {
        input: {
          claimId: filed.id,
          expectedVersion: appealed.data!.appealClaim.version,
          outcome: 'UPHELD',
          reason: 'x',
        },
      }),
    ).code,
  ).toBe('NOT_FOUND');
  const revised = await gql(world.superior, DECIDE_APPEAL, {
    input: {
      claimId: filed.id,
      expectedVersion: appealed.data!.appealClaim.version,
      outcome: 'REVISED',
      reason: 'Manifests show the return trips',
      items: [
        { number: 1, approved: cny('1860000') },
        { number: 2, approved: cny('2400000') },
      ],
    },
  });
  expect(revised.data?.decideAppeal).toMatchObject({
    status: 'APPROVED',
    approved: { amountMinor: '4260000' },
    appeal: { outcome: 'REVISED', decidedByName: 'Ministry of Emergency Management liaison' },
  });
  const after = await gql(coordinator, BALANCES, { clusterId: world.id });
  const tianjinAfter = BigInt(after.data!.balances.find((b) => b.partyId === idOf('Tianjin'))!.net.amountMinor);
  expect(tianjinAfter - tianjinBefore).toBe(860000n);
  const again = await gql(tianjin, APPEAL, {
    input: { claimId: filed.id, expectedVersion: revised.data!.decideAppeal.version, statement: 'again' },
  });
  expect(onlyError(again)).toMatchObject({
    code: 'CONFLICT',
    message: 'This claim was already appealed; a decision can be appealed once.',
  });
});

test('payments against a claim: never more than a payer still owes on it, and the last one settles it', async () => {
  const tianjin = world.city('Tianjin').officer;
  const coordinator = world.coordinator;
  const filed = (
    await gql(tianjin, FILE, {
      input: claimInput({
        items: [{ kind: 'TRANSPORT', description: 'Boats', amount: cny('1000000'), evidence: ['inv-9'] }],
      }),
    })
  ).data!.fileClaim;
  const reviewed = (await gql(coordinator, REVIEW, { input: { claimId: filed.id, expectedVersion: 1 } })).data!
    .startClaimReview;
  const approved = (
    await gql(coordinator, DECIDE, {
      input: {
        claimId: filed.id,
        expectedVersion: reviewed.version,
        decision: 'APPROVE',
        items: [{ number: 1, approved: cny('1000000') }],
      },
    })
  ).data!.decideClaim;
  const shares: Array<{ payerId: string; amount: { amountMinor: string } }> = approved.ledgerEntries;
  const pay = (fromId: string, amountMinor: string, reference: string) =>
    gql(coordinator, PAY, {
      input: {
        clusterId: world.id,
        fromId,
        toId: idOf('Tianjin'),
        amount: cny(amountMinor),
        reference,
        paidAt: new Date().toISOString(),
        claimId: filed.id,
      },
    });
  const [first, ...rest] = shares;
  expect(onlyError(await pay(first.payerId, String(BigInt(first.amount.amountMinor) + 1n), 'over-1')).message).toMatch(
    /towards this claim/,
  );
  await fundReceives('1000000', 'PICC-CLAIMS-2');
  for (const [index, share] of [first, ...rest].entries()) {
    expect((await pay(share.payerId, share.amount.amountMinor, `settle-${filed.id}-${index}`)).errors).toBeUndefined();
  }
  const read = await gql<{ claim: { status: string } }>(coordinator, `query ($id: ID!) { claim(id: $id) { status } }`, {
    id: filed.id,
  });
  expect(read.data?.claim.status).toBe('SETTLED');
  expect(onlyError(await pay(first.payerId, '1', 'after-settled')).message).toMatch(/The claim is SETTLED/);
});

test('a payment naming the claim by an upper-cased id is NOT_FOUND: it cannot be stored apart and pay the share twice', async () => {
  const tianjin = world.city('Tianjin').officer;
  const coordinator = world.coordinator;
  const filed = (
    await gql(tianjin, FILE, {
      input: claimInput({
        items: [{ kind: 'TRANSPORT', description: 'Barges', amount: cny('300000'), evidence: ['inv-12'] }],
      }),
    })
  ).data!.fileClaim;
  const reviewed = (await gql(coordinator, REVIEW, { input: { claimId: filed.id, expectedVersion: 1 } })).data!
    .startClaimReview;
  const approved = (
    await gql(coordinator, DECIDE, {
      input: {
        claimId: filed.id,
        expectedVersion: reviewed.version,
        decision: 'APPROVE',
        items: [{ number: 1, approved: cny('300000') }],
      },
    })
  ).data!.decideClaim;
  const share = approved.ledgerEntries.find((entry) => entry.payerId === idOf('Baoding'))!;
  const pay = (claimId: string, reference: string) =>
    gql(coordinator, PAY, {
      input: {
        clusterId: world.id,
        fromId: idOf('Baoding'),
        toId: idOf('Tianjin'),
        amount: cny(share.amount.amountMinor),
        reference,
        paidAt: new Date().toISOString(),
        claimId,
      },
    });
  const before = (await gql(coordinator, BALANCES, { clusterId: world.id })).data!.balances;
  const upper = filed.id.toUpperCase();
  expect(upper).not.toBe(filed.id);
  expect(onlyError(await pay(upper, 'bd-barges-upper'))).toMatchObject({
    code: 'NOT_FOUND',
    message: `No claim with id "${upper}" was found.`,
  });
  expect((await gql(coordinator, BALANCES, { clusterId: world.id })).data?.balances).toEqual(before);
  expect((await pay(filed.id, 'bd-barges-1')).errors).toBeUndefined();
  expect(onlyError(await pay(filed.id, 'bd-barges-2')).message).toMatch(/towards this claim/);
});

test('parallel payments of the same debt: one is recorded, the others are refused, nothing is overpaid', async () => {
  const tianjin = world.city('Tianjin').officer;
  const coordinator = world.coordinator;
  const filed = (
    await gql(tianjin, FILE, {
      input: claimInput({
        items: [{ kind: 'TRANSPORT', description: 'Ferry', amount: cny('500000'), evidence: ['inv-11'] }],
      }),
    })
  ).data!.fileClaim;
  const reviewed = (await gql(coordinator, REVIEW, { input: { claimId: filed.id, expectedVersion: 1 } })).data!
    .startClaimReview;
  const approved = (
    await gql(coordinator, DECIDE, {
      input: {
        claimId: filed.id,
        expectedVersion: reviewed.version,
        decision: 'APPROVE',
        items: [{ number: 1, approved: cny('500000') }],
      },
    })
  ).data!.decideClaim;
  const share = approved.ledgerEntries.find((entry) => entry.payerId === idOf('Baoding'))!;
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      gql(coordinator, PAY, {
        input: {
          clusterId: world.id,
          fromId: idOf('Baoding'),
          toId: idOf('Tianjin'),
          amount: cny(share.amount.amountMinor),
          reference: `race-${i}`,
          paidAt: new Date().toISOString(),
          claimId: filed.id,
        },
      }),
    ),
  );
  expect(results.filter((result) => !result.errors)).toHaveLength(1);
  for (const failure of results.filter((result) => result.errors))
    expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(onlyError(failure).code);
});

test('an amount in another currency is refused before it reaches the ledger', async () => {
  const coordinator = world.coordinator;
  const usd = await gql(coordinator, PAY, {
    input: {
      clusterId: world.id,
      fromId: 'FUND',
      toId: idOf('Tianjin'),
      amount: { amountMinor: '5000', currency: 'USD' },
      reference: 'usd-1',
      paidAt: new Date().toISOString(),
    },
  });
  expect(onlyError(usd)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: 'This cluster keeps its ledger in CNY; record the amount in CNY, not USD.',
  });
  expect((await gql(coordinator, BALANCES, { clusterId: world.id })).errors).toBeUndefined();
});
