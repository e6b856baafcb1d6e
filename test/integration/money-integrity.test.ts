import { jest } from '@jest/globals';
import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom, officerOf } from '../support/builders';
import { testClock, runUpkeepJob } from '../support/clock';
import { CONFIRM, REPORT } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import { repositories } from '../../src/store';

afterEach(() => testClock.reset());

// Each test has a Beijing–Tianjin–Hebei cluster of its own under its own accidents agreement, so every balance, fund
// figure and cap it reads starts from what the test itself records.
const JJJ_CITIES = [
  'Beijing',
  'Tianjin',
  'Shijiazhuang',
  'Tangshan',
  'Qinhuangdao',
  'Handan',
  'Xingtai',
  'Baoding',
  'Zhangjiakou',
  'Chengde',
  'Cangzhou',
  'Langfang',
  'Hengshui',
];
let world: BuiltCluster;
beforeEach(async () => {
  world = await aCluster({ cities: JJJ_CITIES, agreements: ['agr-jjj-accidents'] }).build();
});
const idOf = (cityName: string) => world.city(cityName).id;

const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });

const PAY = graphql(`
  mutation MoneyPay($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      fromId
      toId
      from {
        id
      }
      to {
        id
      }
      amount {
        amountMinor
        currency
      }
      reference
      paidAt
      claimId
    }
  }
`);
const CONTRIBUTE = graphql(`
  mutation MoneyContribute($input: FundContributionInput!) {
    recordFundContribution(input: $input) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation MoneyRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const VIEWS = graphql(`
  query MoneyViews($clusterId: ID!) {
    fund(clusterId: $clusterId) {
      balance {
        amountMinor
      }
      disbursed {
        amountMinor
      }
      received {
        amountMinor
      }
      owed {
        amountMinor
      }
    }
    balances(clusterId: $clusterId) {
      partyId
      net {
        amountMinor
      }
    }
    settlementPlan(clusterId: $clusterId) {
      fromId
      toId
    }
  }
`);
const FILE = graphql(`
  mutation MoneyFile($input: FileClaimInput!) {
    fileClaim(input: $input) {
      id
      version
    }
  }
`);
const REVIEW = graphql(`
  mutation MoneyReview($input: ClaimActionInput!) {
    startClaimReview(input: $input) {
      id
      version
    }
  }
`);
const DECIDE = graphql(`
  mutation MoneyDecide($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      id
      status
      version
      approved {
        amountMinor
      }
      decidedAt
      ledgerEntries {
        payerId
        amount {
          amountMinor
        }
      }
    }
  }
`);
const APPEAL = graphql(`
  mutation MoneyAppeal($input: AppealClaimInput!) {
    appealClaim(input: $input) {
      id
      version
    }
  }
`);
const DECIDE_APPEAL = graphql(`
  mutation MoneyDecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      status
      approved {
        amountMinor
      }
    }
  }
`);
const CLAIM = graphql(`
  query MoneyClaim($id: ID!) {
    claim(id: $id) {
      status
      approved {
        amountMinor
      }
      payments {
        id
        fromId
        toId
        amount {
          amountMinor
        }
        reference
      }
      owedByPayer {
        payerId
        owed {
          amountMinor
        }
      }
    }
  }
`);
const OBLIGATIONS = graphql(`
  query MoneyObligations($clusterId: ID!, $filter: ObligationFilter) {
    obligations(clusterId: $clusterId, filter: $filter) {
      nodes {
        id
        status
        city {
          id
        }
      }
    }
  }
`);

async function views() {
  const response = await gql(world.coordinator, VIEWS, { clusterId: world.id });
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  const net = Object.fromEntries(data.balances.map((b) => [b.partyId, BigInt(b.net.amountMinor)]));
  return { fund: data.fund, net, plan: data.settlementPlan };
}

async function contribute(amountMinor: string, reference: string) {
  const response = await gql(world.coordinator, CONTRIBUTE, {
    input: {
      clusterId: world.id,
      thirdParty: 'PICC Property and Casualty',
      amount: cny(amountMinor),
      reference,
      receivedAt: new Date().toISOString(),
    },
  });
  return response;
}

/** A compliance record with a money consequence: a bonus (the fund owes the city) or a surcharge (the city owes it). */
async function consequence(cityId: string, kind: 'FUND_BONUS' | 'FUND_SURCHARGE', amountMinor: string) {
  return gql(world.coordinator, RECORD, {
    input: {
      clusterId: world.id,
      cityId,
      agreementId: world.agreement('agr-jjj-accidents'),
      kind: kind === 'FUND_BONUS' ? 'FULFILLED' : 'NON_COOPERATION',
      note: kind === 'FUND_BONUS' ? 'Sent pumps within the hour.' : 'Did not send the agreed liaison officer.',
      evidence: { text: 'Command post log', links: ['https://example.org/log'] },
      consequence: { kind, amount: cny(amountMinor) },
    },
  });
}

async function payment(fields: {
  fromId: string;
  toId: string;
  amountMinor: string;
  reference: string;
  paidAt?: string;
  claimId?: string;
}) {
  return gql(world.coordinator, PAY, {
    input: {
      clusterId: world.id,
      fromId: fields.fromId,
      toId: fields.toId,
      amount: cny(fields.amountMinor),
      reference: fields.reference,
      paidAt: fields.paidAt ?? new Date().toISOString(),
      ...(fields.claimId ? { claimId: fields.claimId } : {}),
    },
  });
}

/** An agreement in force with compensation terms and a confirmed event under it. */
async function eventUnderAgreement(
  capPerEvent?: string,
  parties = [idOf('Langfang'), idOf('Tianjin'), idOf('Beijing'), idOf('Baoding')],
) {
  const token = world.coordinator;
  const agreementId = await agreementInForce(token, {
    ...new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .build(),
    compensation: {
      coveredKinds: [{ kind: 'TRANSPORT' }],
      ...(capPerEvent ? { capPerEvent: cny(capPerEvent) } : {}),
      filingWindow: 'P90D',
      sharingRule: { kind: 'EQUAL_SHARE' },
    },
  });
  const event = await gql(await officerOf(parties[0], world.id), REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'IV',
      warning: 'BLUE',
      originCityId: parties[0],
      affectedCityIds: parties.slice(1),
      location: { description: 'Chaobai River' },
      description: 'Local flooding',
      observedAt: hoursFrom(new Date().toISOString(), -1),
    },
  });
  const eventId = event.data!.reportRiskEvent.id;
  await gql(token, CONFIRM, { input: { eventId } });
  return { agreementId, eventId };
}

async function claimUnderReview(scene: { agreementId: string; eventId: string }, cityId: string, amountMinor: string) {
  const filed = await gql(await officerOf(cityId, world.id), FILE, {
    input: {
      agreementId: scene.agreementId,
      eventId: scene.eventId,
      claimantCityId: cityId,
      items: [{ kind: 'TRANSPORT', description: 'Trucks', amount: cny(amountMinor), evidence: ['invoice'] }],
    },
  });
  expect(filed.errors).toBeUndefined();
  const reviewed = await gql(world.coordinator, REVIEW, {
    input: { claimId: filed.data!.fileClaim.id, expectedVersion: filed.data!.fileClaim.version },
  });
  return reviewed.data!.startClaimReview;
}

async function approve(claim: { id: string; version: number }, amountMinor: string, reason?: string) {
  return gql(world.coordinator, DECIDE, {
    input: {
      claimId: claim.id,
      expectedVersion: claim.version,
      decision: 'APPROVE',
      items: [{ number: 1, approved: cny(amountMinor), ...(reason ? { reason } : {}) }],
    },
  });
}

describe('the regional fund pays only what it holds', () => {
  it('refuses a fund payment beyond its cash and leaves every figure as it was', async () => {
    expect((await consequence(idOf('Cangzhou'), 'FUND_BONUS', '2000000')).errors).toBeUndefined();
    const before = await views();
    expect(before.fund.balance.amountMinor).toBe('0');
    const refused = onlyError(
      await payment({ fromId: 'FUND', toId: idOf('Cangzhou'), amountMinor: '500000', reference: 'FUND-CZ-1' }),
    );
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/regional fund holds ¥0\.00; it can only pay what it holds/);
    expect(await views()).toEqual(before);

    expect((await contribute('300000', 'PICC-FUND-1')).errors).toBeUndefined();
    expect(
      onlyError(
        await payment({ fromId: 'FUND', toId: idOf('Cangzhou'), amountMinor: '500000', reference: 'FUND-CZ-2' }),
      ).message,
    ).toMatch(/holds ¥3,000\.00/);
    expect(
      (await payment({ fromId: 'FUND', toId: idOf('Cangzhou'), amountMinor: '300000', reference: 'FUND-CZ-3' })).errors,
    ).toBeUndefined();
    const after = await views();
    expect(after.fund.balance.amountMinor).toBe('0');
    expect(after.fund.disbursed.amountMinor).toBe('300000');
    expect(after.net[idOf('Cangzhou')]).toBe(1700000n);
  });

  it('twenty fund payments at once never take its cash below zero', async () => {
    expect((await consequence(idOf('Cangzhou'), 'FUND_BONUS', '100000')).errors).toBeUndefined();
    expect((await contribute('1000', 'PICC-FUND-RACE')).errors).toBeUndefined();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        payment({ fromId: 'FUND', toId: idOf('Cangzhou'), amountMinor: '100', reference: `FUND-RACE-${index}` }),
      ),
    );
    const accepted = results.filter((result) => !result.errors);
    expect(accepted).toHaveLength(10);
    for (const refused of results.filter((result) => result.errors)) {
      expect(onlyError(refused)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(onlyError(refused).message).toMatch(/regional fund holds ¥0\.00/);
    }
    expect((await views()).fund.balance.amountMinor).toBe('0');
  });
});

describe('the cap per event', () => {
  it('is never passed by an appeal revision and twenty approvals at the same moment', async () => {
    const scene = await eventUnderAgreement('2000000');
    const first = await claimUnderReview(scene, idOf('Tianjin'), '1500000');
    const approved = (await approve(first, '1000000', 'One day of transport is documented.')).data!.decideClaim;
    const appealed = (
      await gql(await officerOf(idOf('Tianjin'), world.id), APPEAL, {
        input: { claimId: approved.id, expectedVersion: approved.version, statement: 'The trucks ran for two days.' },
      })
    ).data!.appealClaim;
    const others = [];
    for (let index = 0; index < 20; index++) {
      others.push(await claimUnderReview(scene, index % 2 ? idOf('Beijing') : idOf('Baoding'), '60000'));
    }
    const superior = world.superior;
    const [revision, ...approvals] = await Promise.all([
      gql(superior, DECIDE_APPEAL, {
        input: {
          claimId: appealed.id,
          expectedVersion: appealed.version,
          outcome: 'REVISED',
          items: [{ number: 1, approved: cny('1500000') }],
          reason: 'Two days of transport are documented.',
        },
      }),
      ...others.map((claim) => approve(claim, '60000')),
    ]);
    for (const refused of [revision, ...approvals].filter((result) => result.errors)) {
      expect(onlyError(refused).code).toBe('BAD_USER_INPUT');
      expect(onlyError(refused).message).toMatch(/would exceed the cap of ¥20,000\.00 per event/);
    }
    const approvedTotal =
      (revision.errors ? 1000000n : 1500000n) + BigInt(approvals.filter((result) => !result.errors).length) * 60000n;
    expect(approvedTotal).toBeLessThanOrEqual(2000000n);
    // What the claims say was approved is what the event's total holds.
    const claimTotals = await Promise.all(
      [appealed, ...others].map(async (claim) => {
        const read = (await gql(world.coordinator, CLAIM, { id: claim.id })).data!.claim;
        return BigInt(read.approved?.amountMinor ?? '0') * (read.status === 'REJECTED' ? 0n : 1n);
      }),
    );
    expect(claimTotals.reduce((a, b) => a + b, 0n)).toBe(approvedTotal);
  }, 120_000); // sized to the work under load: twenty approvals and an appeal revision racing, 5 s each
});

const HEBEI = ['Handan', 'Tangshan', 'Shijiazhuang', 'Xingtai'];

describe('a payment', () => {
  it('answers as it was entered, and the claim lists it beside what each payer still owes', async () => {
    const scene = await eventUnderAgreement(undefined, HEBEI.map(idOf));
    const claim = (await approve(await claimUnderReview(scene, idOf('Tangshan'), '300000'), '300000')).data!
      .decideClaim;
    const share = claim.ledgerEntries.find((entry) => entry.payerId === idOf('Shijiazhuang'))!;
    const paid = await payment({
      fromId: idOf('Shijiazhuang'),
      toId: idOf('Tangshan'),
      amountMinor: share.amount.amountMinor,
      reference: 'SJZ-TS-0001',
      claimId: claim.id,
    });
    expect(paid.data?.recordPayment).toMatchObject({
      fromId: idOf('Shijiazhuang'),
      toId: idOf('Tangshan'),
      from: { id: idOf('Shijiazhuang') },
      to: { id: idOf('Tangshan') },
      amount: { amountMinor: share.amount.amountMinor, currency: 'CNY' },
      reference: 'SJZ-TS-0001',
      claimId: claim.id,
    });
    const read = (await gql(world.coordinator, CLAIM, { id: claim.id })).data!.claim;
    expect(read.payments).toEqual([
      expect.objectContaining({ fromId: idOf('Shijiazhuang'), toId: idOf('Tangshan'), reference: 'SJZ-TS-0001' }),
    ]);
    expect(read.owedByPayer).toEqual(
      expect.arrayContaining([
        { payerId: idOf('Shijiazhuang'), owed: { amountMinor: '0' } },
        { payerId: idOf('Handan'), owed: { amountMinor: share.amount.amountMinor } },
      ]),
    );
    expect(read.status).toBe('APPROVED');
  });

  it('sent ten times at once under one reference is recorded once; the others are told it is already recorded', async () => {
    const scene = await eventUnderAgreement(undefined, HEBEI.map(idOf));
    await approve(await claimUnderReview(scene, idOf('Xingtai'), '900000'), '900000');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        payment({ fromId: idOf('Handan'), toId: idOf('Xingtai'), amountMinor: '100', reference: 'HD-XT-ONCE' }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors))
      expect(onlyError(refused)).toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/already recorded/) as string,
      });
  });

  it('cannot predate the debt it settles, nor be dated in year 1', async () => {
    const scene = await eventUnderAgreement(undefined, HEBEI.map(idOf));
    const claim = (await approve(await claimUnderReview(scene, idOf('Tangshan'), '30000'), '30000')).data!.decideClaim;
    const beforeApproval = hoursFrom(claim.decidedAt!, -2);
    const early = onlyError(
      await payment({
        fromId: idOf('Shijiazhuang'),
        toId: idOf('Tangshan'),
        amountMinor: '10000',
        reference: 'EARLY-1',
        claimId: claim.id,
        paidAt: beforeApproval,
      }),
    );
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(early.message).toMatch(/before the claim was approved .* cannot predate the debt it settles/);
    const yearOne = onlyError(
      await payment({
        fromId: idOf('Shijiazhuang'),
        toId: idOf('Tangshan'),
        amountMinor: '10000',
        reference: 'EARLY-2',
        paidAt: '0001-01-01T00:00:00.000Z',
      }),
    );
    expect(yearOne.code).toBe('BAD_USER_INPUT');
    expect(yearOne.message).toMatch(/cannot predate the debt it settles/);
    const owed = (await gql(world.coordinator, CLAIM, { id: claim.id })).data!.claim.owedByPayer;
    expect(owed.find((payer) => payer.payerId === idOf('Shijiazhuang'))?.owed.amountMinor).toBe('10000');
  });

  it('from the fund to a suspended city is refused while the suspension stands, even when twenty race it', async () => {
    expect((await consequence(idOf('Chengde'), 'FUND_BONUS', '50000')).errors).toBeUndefined();
    expect((await contribute('50000', 'PICC-CHENGDE')).errors).toBeUndefined();
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const [suspension, ...payments] = await Promise.all([
      gql(world.coordinator, RECORD, {
        input: {
          clusterId: world.id,
          cityId: idOf('Chengde'),
          agreementId: world.agreement('agr-jjj-accidents'),
          kind: 'CONCEALED_OR_FALSE_REPORT',
          note: 'Reported the spill six hours late.',
          evidence: { text: 'Monitoring log', links: ['https://example.org/log'] },
          consequence: { kind: 'FUND_DRAW_SUSPENSION', until },
        },
      }),
      ...Array.from({ length: 20 }, (_, index) =>
        payment({ fromId: 'FUND', toId: idOf('Chengde'), amountMinor: '1000', reference: `CD-RACE-${index}` }),
      ),
    ]);
    expect(suspension.errors).toBeUndefined();
    const paidBefore = payments.filter((result) => !result.errors).length;
    for (const refused of payments.filter((result) => result.errors))
      expect(onlyError(refused).extensions).toMatchObject({ code: 'CONFLICT', currentState: 'FUND_DRAW_SUSPENDED' });
    // Whatever won the race, once the suspension is recorded no fund payment reaches the city, whatever its date.
    const late = onlyError(
      await payment({
        fromId: 'FUND',
        toId: idOf('Chengde'),
        amountMinor: '1000',
        reference: 'CD-AFTER',
        paidAt: hoursFrom(new Date().toISOString(), -48),
      }),
    );
    expect(late.extensions).toMatchObject({ currentState: 'FUND_DRAW_SUSPENDED', until });
    expect((await views()).net[idOf('Chengde')]).toBe(50000n - BigInt(paidBefore) * 1000n);
  });
});

describe('a fund contribution and the duty it fulfils', () => {
  it('are healed by sending the contribution again when the fulfilment was cut off', async () => {
    const token = world.coordinator;
    const effectiveFrom = new Date(Date.parse(testClock.setTo(new Date().toISOString())) + 3000).toISOString();
    const agreementId = await agreementInForce(
      token,
      new AgreementBuilder()
        .with({ clusterId: world.id, partyCityIds: [idOf('Zhangjiakou'), idOf('Qinhuangdao')], effectiveFrom })
        .duty('AFFECTED', 'FUND_CONTRIBUTION', 'P30D', {
          recurrence: 'P1Y',
          action: 'Pay the yearly contribution',
          amount: cny('800000'),
        })
        .build(),
    );
    testClock.setTo(new Date(Date.parse(effectiveFrom) + 200).toISOString());
    await runUpkeepJob();
    const input = {
      clusterId: world.id,
      cityId: idOf('Zhangjiakou'),
      amount: cny('800000'),
      reference: 'ZJK-2026',
      receivedAt: testClock.now(),
    };
    // The process dies between the two writes: the contribution is stored, the duty is not yet fulfilled.
    const crash = jest
      .spyOn(repositories.obligations, 'close')
      .mockRejectedValueOnce(new Error('Lambda timed out between the two writes'));
    expect(onlyError(await gql(token, CONTRIBUTE, { input })).code).toBe('INTERNAL_SERVER_ERROR');
    crash.mockRestore();
    const duty = async () =>
      (
        await gql(token, OBLIGATIONS, {
          clusterId: world.id,
          filter: { agreementId, kind: 'FUND_CONTRIBUTION', cityId: idOf('Zhangjiakou') },
        })
      ).data!.obligations.nodes[0].status;
    expect(await duty()).toBe('OPEN');
    // The office sends it again: it is not counted twice, and the duty is fulfilled.
    expect(onlyError(await gql(token, CONTRIBUTE, { input })).message).toMatch(/already recorded/);
    expect(await duty()).toBe('FULFILLED');
    const fund = (await views()).fund;
    expect(BigInt(fund.balance.amountMinor)).toBeGreaterThanOrEqual(800000n);
  });
});

// Surcharges make the fund a net creditor, and the fund pays only while it owes on balance.
describe('unrelated money writes', () => {
  it('twenty surcharges and then twenty payments at once, for different cities, all go through', async () => {
    const cities = [idOf('Tangshan'), idOf('Shijiazhuang'), idOf('Handan'), idOf('Xingtai'), idOf('Hengshui')];
    const before = await views();
    // Large enough that the fund is owed on balance (it is paid only while it is a net creditor, like every party).
    const surcharges = await Promise.all(
      Array.from({ length: 20 }, (_, index) => consequence(cities[index % cities.length], 'FUND_SURCHARGE', '500000')),
    );
    expect(surcharges.filter((result) => result.errors).map((result) => onlyError(result))).toEqual([]);
    const payments = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        payment({
          fromId: cities[index % cities.length],
          toId: 'FUND',
          amountMinor: '1000',
          reference: `SUR-${index}`,
        }),
      ),
    );
    expect(payments.filter((result) => result.errors).map((result) => onlyError(result))).toEqual([]);
    const after = await views();
    // Each city: four surcharges of ¥5,000 owed, four payments of ¥10 made.
    for (const city of cities) expect(after.net[city] - (before.net[city] ?? 0n)).toBe(-4n * 500000n + 4n * 1000n);
    expect(BigInt(after.fund.received.amountMinor) - BigInt(before.fund.received.amountMinor)).toBe(20000n);
    expect(Object.values(after.net).reduce((a, b) => a + b, 0n)).toBe(0n);
  });
});
