import fc from 'fast-check';
import { gql, type GraphQLResponse } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { CONFIRM, REPORT } from '../support/operations';
import { testClock } from '../support/clock';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

/*
 * Model-based test of the ledger: random sequences of claim decisions, appeals, payments, fund contributions,
 * surcharges, bonuses and fund-draw suspensions go through the real handler, and a plain in-memory model decides, by
 * the rules as an official reads them, what should be accepted and what every view should then show. The model is
 * written from the rules alone: it shares no code with the server's money functions.
 *
 * One table serves every generated case, so the model lives across cases (a case starts where the last one ended) and
 * shrinking is off: a failing case is reported with its seed and steps as they ran.
 */

const FUND = 'FUND';
/** The four parties, in this order: a generated step picks a city by its index. */
const CITY_NAMES = ['Langfang', 'Tianjin', 'Beijing', 'Baoding'];
/** ¥300: every approved amount is whole units, so 40% to the fund and a third of the rest per city are exact fen. */
const UNIT = 30_000n;
const CAP_PER_CLAIM_UNITS = 30;
const CAP_PER_EVENT_UNITS = 45;
const CAP_PER_EVENT = BigInt(CAP_PER_EVENT_UNITS) * UNIT;
const FUND_BASIS_POINTS = 4000n;
/** The largest amount CityPact records (16 digits of minor units): no total may pass it. */
const LARGEST = 10n ** 16n - 1n;
const RUNS = Number(process.env.MONEY_MODEL_RUNS ?? 15);
const MAX_STEPS = Number(process.env.MONEY_MODEL_STEPS ?? 20);

const cny = (minor: bigint) => ({ amountMinor: minor.toString(), currency: 'CNY' });
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

// ---------------------------------------------------------------------------------------------------------------
// The model: what should happen, by the rules.

type ClaimStatus = 'SUBMITTED' | 'UNDER_REVIEW' | 'APPROVED' | 'PARTLY_APPROVED' | 'REJECTED' | 'APPEALED' | 'SETTLED';

interface ModelClaim {
  id: string;
  claimant: string;
  eventId: string;
  claimed: bigint;
  status: ClaimStatus;
  approved: bigint;
  /** What each payer still owes (can go below zero when an appeal lowers a share already paid). */
  owed: Map<string, bigint>;
  decidedAt?: string;
  /** When something was first owed on the claim: a payment towards it cannot be dated before. */
  debtSince?: string;
  appealed: boolean;
  appealedStatus?: ClaimStatus;
}

interface Model {
  nets: Map<string, bigint>;
  firstOwedAt: Map<string, string>;
  fund: { fromMembers: bigint; fromThirdParties: bigint; disbursed: bigint; received: bigint; cash: bigint };
  approvedByEvent: Map<string, bigint>;
  claims: ModelClaim[];
  events: string[];
  suspensions: Array<{ cityId: string; from: string; until: string }>;
  paymentRefs: string[];
  contributionRefs: string[];
}

const emptyModel = (): Model => ({
  nets: new Map(),
  firstOwedAt: new Map(),
  fund: { fromMembers: 0n, fromThirdParties: 0n, disbursed: 0n, received: 0n, cash: 0n },
  approvedByEvent: new Map(),
  claims: [],
  events: [],
  suspensions: [],
  paymentRefs: [],
  contributionRefs: [],
});

/** A refusal, or the model after the step. */
type Outcome = { refused: string } | { model: Model };

/** "payer owes payee": a debt line, or a payment (recorded the other way round, settling what it says). */
function addLine(m: Model, payer: string, payee: string, amount: bigint, at: string, payment = false) {
  m.nets.set(payee, (m.nets.get(payee) ?? 0n) + amount);
  m.nets.set(payer, (m.nets.get(payer) ?? 0n) - amount);
  if (!payment && !m.firstOwedAt.has(payer)) m.firstOwedAt.set(payer, at);
}

function withinLargest(m: Model): boolean {
  const all = [...m.nets.values(), ...Object.values(m.fund), ...m.approvedByEvent.values()];
  for (const claim of m.claims) all.push(...claim.owed.values());
  return all.every((value) => value <= LARGEST && value >= -LARGEST);
}

/** 40% to the fund, the rest in equal thirds over the parties other than the claimant. */
function shares(amount: bigint, claimant: string): Map<string, bigint> {
  if (amount === 0n) return new Map();
  const fundPart = (amount * FUND_BASIS_POINTS) / 10_000n;
  const others = cityIds.filter((city) => city !== claimant);
  const each = (amount - fundPart) / BigInt(others.length);
  if ((amount * FUND_BASIS_POINTS) % 10_000n !== 0n || each * BigInt(others.length) !== amount - fundPart)
    throw new Error(`model: ${amount} does not split exactly; generate whole units`);
  return new Map<string, bigint>([[FUND, fundPart], ...others.map((city): [string, bigint] => [city, each])]);
}

/** Moves a claim's approved amount from `before` to `after`: each payer's share by the difference, and the event. */
function revise(m: Model, claim: ModelClaim, before: bigint, after: bigint, at: string): string | undefined {
  const old = shares(before, claim.claimant);
  const next = shares(after, claim.claimant);
  for (const payer of new Set([...old.keys(), ...next.keys()])) {
    const difference = (next.get(payer) ?? 0n) - (old.get(payer) ?? 0n);
    if (difference === 0n) continue;
    if (difference > 0n) addLine(m, payer, claim.claimant, difference, at);
    else addLine(m, claim.claimant, payer, -difference, at);
    claim.owed.set(payer, (claim.owed.get(payer) ?? 0n) + difference);
  }
  const approved = (m.approvedByEvent.get(claim.eventId) ?? 0n) + after - before;
  m.approvedByEvent.set(claim.eventId, approved);
  if (after > before && approved > CAP_PER_EVENT) return 'over the cap per event';
  claim.approved = after;
  if (after > 0n && !claim.debtSince) claim.debtSince = at;
  return undefined;
}

/**
 * What a claim holds of its claimant's cap per claim for its event: all it claims while it awaits a decision, what was
 * approved once decided (also while appealed), nothing once rejected. A city's claims for one event share one cap.
 */
function held(claim: ModelClaim): bigint {
  const status = claim.status === 'APPEALED' ? claim.appealedStatus! : claim.status;
  if (status === 'SUBMITTED' || status === 'UNDER_REVIEW') return claim.claimed;
  return status === 'REJECTED' ? 0n : claim.approved;
}
const heldFor = (m: Model, eventId: string, claimant: string) =>
  m.claims.filter((c) => c.eventId === eventId && c.claimant === claimant).reduce((total, c) => total + held(c), 0n);
const CAP_PER_CLAIM = BigInt(CAP_PER_CLAIM_UNITS) * UNIT;

const copy = (m: Model): Model => structuredClone(m);
const done = (m: Model): Outcome => (withinLargest(m) ? { model: m } : { refused: 'past the largest amount' });

const rules = {
  file(m0: Model, claim: Omit<ModelClaim, 'id'>): { refused: string } | undefined {
    if (heldFor(m0, claim.eventId, claim.claimant) + claim.claimed > CAP_PER_CLAIM)
      return { refused: 'over the cap per claim (the city’s claims for the event together)' };
    if ((m0.approvedByEvent.get(claim.eventId) ?? 0n) + claim.claimed > CAP_PER_EVENT)
      return { refused: 'over the cap per event' };
    return undefined;
  },
  decide(m0: Model, index: number, approved: bigint | 'REJECT', at: string): Outcome {
    const m = copy(m0);
    const claim = m.claims[index];
    if (claim.status !== 'UNDER_REVIEW') return { refused: 'not under review' };
    if (approved === 'REJECT') {
      Object.assign(claim, { status: 'REJECTED', decidedAt: at });
      return { model: m };
    }
    if (approved <= 0n) return { refused: 'nothing approved' };
    const refused = revise(m, claim, 0n, approved, at);
    if (refused) return { refused };
    Object.assign(claim, { status: approved < claim.claimed ? 'PARTLY_APPROVED' : 'APPROVED', decidedAt: at });
    return done(m);
  },
  appeal(m0: Model, index: number): Outcome {
    const m = copy(m0);
    const claim = m.claims[index];
    if (claim.appealed) return { refused: 'appealed once already' };
    if (!['APPROVED', 'PARTLY_APPROVED', 'REJECTED'].includes(claim.status)) return { refused: 'not decided' };
    Object.assign(claim, { appealed: true, appealedStatus: claim.status, status: 'APPEALED' });
    return { model: m };
  },
  decideAppeal(m0: Model, index: number, revised: bigint | 'UPHELD', at: string): Outcome {
    const m = copy(m0);
    const claim = m.claims[index];
    if (claim.status !== 'APPEALED') return { refused: 'no appeal' };
    if (revised === 'UPHELD') {
      claim.status = claim.appealedStatus!;
      return { model: m };
    }
    const before = claim.appealedStatus === 'REJECTED' ? 0n : claim.approved;
    if (revised > before && heldFor(m, claim.eventId, claim.claimant) - before + revised > CAP_PER_CLAIM)
      return { refused: 'over the cap per claim (the city’s claims for the event together)' };
    const refused = revise(m, claim, before, revised, at);
    if (refused) return { refused };
    claim.status = revised === 0n ? 'REJECTED' : revised < claim.claimed ? 'PARTLY_APPROVED' : 'APPROVED';
    return done(m);
  },
  pay(
    m0: Model,
    p: { from: string; to: string; amount: bigint; reference: string; paidAt: string; claim?: number; now: string },
  ): Outcome {
    // What is wrong with the input itself is answered first; then a reference recorded before (CONFLICT).
    if (p.from === p.to) return { refused: 'to itself' };
    if (p.paidAt > p.now) return { refused: 'dated in the future' };
    if (m0.paymentRefs.some((ref) => ref.toLowerCase() === p.reference.toLowerCase()))
      return { refused: 'reference already recorded' };
    const m = copy(m0);
    if (p.from === FUND) {
      const barred = m.suspensions.some(
        (s) => s.cityId === p.to && (p.now < s.until || (s.from <= p.paidAt && p.paidAt < s.until)),
      );
      if (barred) return { refused: 'payee may not draw from the fund' };
      if (p.amount > m.fund.cash) return { refused: 'the fund holds less' };
    }
    const claim = p.claim === undefined ? undefined : m.claims[p.claim];
    if (claim) {
      if (claim.status !== 'APPROVED' && claim.status !== 'PARTLY_APPROVED') return { refused: 'claim not payable' };
      if (p.to !== claim.claimant) return { refused: 'not to the claimant' };
      if (!claim.debtSince || p.paidAt < claim.debtSince) return { refused: 'predates the debt on the claim' };
      if (p.amount > (claim.owed.get(p.from) ?? 0n)) return { refused: 'more than owed on the claim' };
    } else {
      const since = m.firstOwedAt.get(p.from);
      if (since && p.paidAt < since) return { refused: 'predates the payer’s debt' };
    }
    if (p.amount > -(m.nets.get(p.from) ?? 0n)) return { refused: 'payer owes less' };
    if (p.amount > (m.nets.get(p.to) ?? 0n)) return { refused: 'payee is owed less' };
    addLine(m, p.to, p.from, p.amount, p.paidAt, true);
    if (p.from === FUND)
      Object.assign(m.fund, { cash: m.fund.cash - p.amount, disbursed: m.fund.disbursed + p.amount });
    if (p.to === FUND) Object.assign(m.fund, { cash: m.fund.cash + p.amount, received: m.fund.received + p.amount });
    if (claim) {
      claim.owed.set(p.from, claim.owed.get(p.from)! - p.amount);
      if ([...claim.owed.values()].every((left) => left <= 0n)) claim.status = 'SETTLED';
    }
    m.paymentRefs.push(p.reference);
    return done(m);
  },
  contribute(m0: Model, c: { member: boolean; amount: bigint; reference: string }): Outcome {
    if (m0.contributionRefs.some((ref) => ref.toLowerCase() === c.reference.toLowerCase()))
      return { refused: 'reference already recorded' };
    const m = copy(m0);
    if (c.member) m.fund.fromMembers += c.amount;
    else m.fund.fromThirdParties += c.amount;
    m.fund.cash += c.amount;
    m.contributionRefs.push(c.reference);
    return done(m);
  },
  consequence(m0: Model, c: { cityId: string; kind: 'FUND_SURCHARGE' | 'FUND_BONUS'; amount: bigint; at: string }) {
    const m = copy(m0);
    if (c.kind === 'FUND_SURCHARGE') addLine(m, c.cityId, FUND, c.amount, c.at);
    else addLine(m, FUND, c.cityId, c.amount, c.at);
    return done(m);
  },
  suspend(m0: Model, s: { cityId: string; from: string; until: string }): Outcome {
    const m = copy(m0);
    m.suspensions.push(s);
    return { model: m };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The generated steps.

type Decision = 'FULL' | 'PARTLY' | 'ZERO' | 'REJECT';
const decision = fc.constantFrom<Decision>('FULL', 'FULL', 'PARTLY', 'PARTLY', 'ZERO', 'REJECT');
type AmountChoice = { kind: 'owed' | 'over' | 'huge' } | { kind: 'part'; percent: number };
type Step = { advanceMinutes: number } & (
  | { kind: 'claim'; claimant: number; units: number; decision: Decision | 'HOLD'; newest: boolean }
  | { kind: 'decide'; claim: number; decision: Decision }
  | { kind: 'appeal'; claim: number; outcome: 'UPHELD' | 'REVISED'; units: number; bySuperior: boolean }
  | {
      kind: 'payClaim';
      claim: number;
      payer: number;
      amount: AmountChoice;
      date: 'now' | 'beforeDebt' | 'afterDecision' | 'future';
      reuse: number | null;
      anyClaim: boolean;
      toSomeoneElse: boolean;
    }
  | {
      kind: 'pay';
      from: number;
      to: number;
      amount: AmountChoice;
      date: 'now' | 'beforeDebt' | 'future';
      reuse: number | null;
      anyParties: boolean;
    }
  | { kind: 'contribute'; member: number | null; minor: bigint; reuse: number | null }
  | { kind: 'surcharge' | 'bonus'; city: number; minor: bigint }
  | { kind: 'suspend'; city: number; hours: number }
);

const amountChoice: fc.Arbitrary<AmountChoice> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'owed' as const }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 99 }).map((percent) => ({ kind: 'part' as const, percent })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'over' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'huge' as const }) },
);
/** Now and then a reference recorded before (in other letter case): it must be refused, never counted twice. */
const reuse = fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(50) });
const everyday = fc.bigInt({ min: 1n, max: 5_000_000n });
/** 16 digits: two pass the largest total CityPact records. */
const huge = fc.bigInt({ min: 5_000_000_000_000_000n, max: LARGEST });

const stepArbitrary: fc.Arbitrary<Step> = fc
  .tuple(
    fc.integer({ min: 1, max: 240 }),
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('claim' as const),
          claimant: fc.nat(3),
          units: fc.integer({ min: 1, max: CAP_PER_CLAIM_UNITS + 4 }),
          decision: fc.oneof(decision, fc.constant('HOLD' as const)),
          newest: fc.boolean(),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({ kind: fc.constant('decide' as const), claim: fc.nat(100), decision }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('appeal' as const),
          claim: fc.nat(100),
          outcome: fc.constantFrom('UPHELD' as const, 'REVISED' as const, 'REVISED' as const),
          units: fc.nat(CAP_PER_CLAIM_UNITS),
          bySuperior: fc.boolean(),
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('payClaim' as const),
          claim: fc.nat(100),
          payer: fc.nat(4),
          amount: amountChoice,
          date: fc.constantFrom(
            'now' as const,
            'now' as const,
            'beforeDebt' as const,
            'afterDecision' as const,
            'future' as const,
          ),
          reuse,
          anyClaim: fc.nat(3).map((n) => n === 0),
          toSomeoneElse: fc.nat(4).map((n) => n === 0),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('pay' as const),
          from: fc.nat(4),
          to: fc.nat(4),
          amount: amountChoice,
          date: fc.constantFrom('now' as const, 'now' as const, 'beforeDebt' as const, 'future' as const),
          reuse,
          anyParties: fc.nat(3).map((n) => n === 0),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('contribute' as const),
          member: fc.option(fc.nat(3), { freq: 3 }),
          minor: fc.oneof({ weight: 6, arbitrary: everyday }, { weight: 1, arbitrary: huge }),
          reuse,
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constantFrom('surcharge' as const, 'bonus' as const),
          city: fc.nat(3),
          minor: fc.oneof({ weight: 8, arbitrary: everyday }, { weight: 1, arbitrary: huge }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('suspend' as const),
          city: fc.nat(3),
          hours: fc.integer({ min: 1, max: 8 }),
        }),
      },
    ),
  )
  .map(([advanceMinutes, step]) => ({ advanceMinutes, ...step }));

// ---------------------------------------------------------------------------------------------------------------
// The API.

graphql(`
  fragment MoneyModelClaim on Claim {
    id
    status
    version
  }
`);
const FILE = graphql(`
  mutation MoneyModelFile($input: FileClaimInput!) {
    fileClaim(input: $input) {
      ...MoneyModelClaim
    }
  }
`);
const REVIEW = graphql(`
  mutation MoneyModelReview($input: ClaimActionInput!) {
    startClaimReview(input: $input) {
      ...MoneyModelClaim
    }
  }
`);
const DECIDE = graphql(`
  mutation MoneyModelDecide($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      ...MoneyModelClaim
    }
  }
`);
const APPEAL = graphql(`
  mutation MoneyModelAppeal($input: AppealClaimInput!) {
    appealClaim(input: $input) {
      ...MoneyModelClaim
    }
  }
`);
const DECIDE_APPEAL = graphql(`
  mutation MoneyModelDecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      ...MoneyModelClaim
    }
  }
`);
const CLAIM_VERSION = graphql(`
  query MoneyModelClaimVersion($id: ID!) {
    claim(id: $id) {
      ...MoneyModelClaim
    }
  }
`);
const PAY = graphql(`
  mutation MoneyModelPay($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      fromId
      toId
      amount {
        amountMinor
      }
      reference
      claimId
    }
  }
`);
const CONTRIBUTE = graphql(`
  mutation MoneyModelContribute($input: FundContributionInput!) {
    recordFundContribution(input: $input) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation MoneyModelRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const VIEW = graphql(`
  query MoneyModelView($clusterId: ID!) {
    fund(clusterId: $clusterId) {
      fromMembers {
        amountMinor
      }
      fromThirdParties {
        amountMinor
      }
      disbursed {
        amountMinor
      }
      received {
        amountMinor
      }
      balance {
        amountMinor
      }
      owed {
        amountMinor
      }
      dueToFund {
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
      amount {
        amountMinor
      }
    }
  }
`);
const CLAIMS = graphql(`
  query MoneyModelClaims($clusterId: ID!, $after: String) {
    claims(clusterId: $clusterId, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        event {
          id
        }
        approved {
          amountMinor
        }
        owedByPayer {
          payerId
          owed {
            amountMinor
          }
        }
        payments {
          reference
          amount {
            amountMinor
          }
        }
      }
    }
  }
`);

let agreementId: string;
let coordinator: string;
let superior: string;
/** The test's own cluster of the four parties, and their ids in the order of `CITY_NAMES`. */
let world: BuiltCluster;
let cityIds: string[];
const officers = new Map<string, string>();
let model = emptyModel();
const tally = new Map<string, { accepted: number; refused: number }>();

function count(kind: string, accepted: boolean) {
  const entry = tally.get(kind) ?? { accepted: 0, refused: 0 };
  entry[accepted ? 'accepted' : 'refused'] += 1;
  tally.set(kind, entry);
}

/** The server accepted exactly when the model did; a refusal is a stable, expected code. */
function agree<T>(what: string, response: GraphQLResponse<T>, outcome: Outcome | { refused: string } | undefined) {
  const modelAccepts = !outcome || 'model' in outcome;
  const detail = `${what}: model ${modelAccepts ? 'accepts' : `refuses (${outcome.refused})`}, server ${
    response.errors ? `refused: ${JSON.stringify(response.errors)}` : 'accepted'
  }`;
  if (!!response.errors === modelAccepts) throw new Error(detail);
  if (response.errors) {
    expect(response.errors).toHaveLength(1);
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(response.errors[0].extensions?.code);
  }
  count(modelAccepts ? what : `${what} (${outcome.refused})`, modelAccepts);
  return modelAccepts;
}

const minorOf = (money: { amountMinor: string } | null | undefined) => BigInt(money?.amountMinor ?? '0');

/** Every view equals the model, and the invariants hold on what the API shows. */
async function assertViewsEqualModel(context: string) {
  const view = await gql(coordinator, VIEW, { clusterId: world.id });
  if (view.errors) throw new Error(`${context}: views unreadable: ${JSON.stringify(view.errors)}`);
  const { fund, balances, settlementPlan } = view.data!;
  const claims = { nodes: [] as NonNullable<(typeof claimsPage)['data']>['claims']['nodes'] };
  let claimsPage = await gql(coordinator, CLAIMS, { clusterId: world.id });
  for (;;) {
    if (!claimsPage.data) throw new Error(`${context}: claims unreadable: ${JSON.stringify(claimsPage.errors)}`);
    claims.nodes.push(...claimsPage.data.claims.nodes);
    const { hasNextPage, endCursor } = claimsPage.data.claims.pageInfo;
    if (!hasNextPage) break;
    claimsPage = await gql(coordinator, CLAIMS, { clusterId: world.id, after: endCursor });
  }
  const fundNet = model.nets.get(FUND) ?? 0n;
  const shown = {
    fund: {
      fromMembers: minorOf(fund.fromMembers),
      fromThirdParties: minorOf(fund.fromThirdParties),
      disbursed: minorOf(fund.disbursed),
      received: minorOf(fund.received),
      cash: minorOf(fund.balance),
      owed: minorOf(fund.owed),
      dueToFund: minorOf(fund.dueToFund),
    },
    nets: Object.fromEntries(balances.map((b) => [b.partyId, minorOf(b.net)])),
    claims: Object.fromEntries(
      claims.nodes.map((c) => [
        c.id,
        {
          status: c.status,
          owed: Object.fromEntries(c.owedByPayer.map((o) => [o.payerId, minorOf(o.owed)])),
        },
      ]),
    ),
  };
  const expected = {
    fund: { ...model.fund, owed: fundNet < 0n ? -fundNet : 0n, dueToFund: fundNet > 0n ? fundNet : 0n },
    nets: Object.fromEntries(model.nets),
    claims: Object.fromEntries(
      model.claims.map((c) => [
        c.id,
        {
          status: c.status,
          owed: Object.fromEntries([...c.owed].map(([payer, owed]) => [payer, owed > 0n ? owed : 0n])),
        },
      ]),
    ),
  };
  try {
    expect(shown).toEqual(expected);
    // The invariants, on what the API shows.
    expect(shown.fund.cash >= 0n).toBe(true);
    expect(Object.values(shown.nets).reduce((a, b) => a + b, 0n)).toBe(0n);
    const cleared = new Map(Object.entries(shown.nets));
    for (const transfer of settlementPlan) {
      const amount = minorOf(transfer.amount);
      cleared.set(transfer.fromId, cleared.get(transfer.fromId)! + amount);
      cleared.set(transfer.toId, cleared.get(transfer.toId)! - amount);
    }
    expect([...cleared.values()].every((net) => net === 0n)).toBe(true);
    for (const eventId of model.events) {
      const approved = claims.nodes
        .filter((c) => c.event.id === eventId && c.status !== 'REJECTED')
        .reduce((total, c) => total + minorOf(c.approved), 0n);
      expect(approved <= CAP_PER_EVENT).toBe(true);
    }
    const references = claims.nodes.flatMap((c) => c.payments.map((p) => p.reference.toLowerCase()));
    expect(new Set(references).size).toBe(references.length);
  } catch (error) {
    throw new Error(`${context}: the API differs from the model\n${(error as Error).message}`);
  }
}

async function versionOf(claimId: string): Promise<number> {
  return (await gql(coordinator, CLAIM_VERSION, { id: claimId })).data!.claim.version;
}

/** A payment's amount from what the model says is owed (a case may ask for too much on purpose). */
function amountFor(choice: AmountChoice, owed: bigint): bigint {
  const base = owed > 0n ? owed : 0n;
  if (choice.kind === 'owed') return base > 0n ? base : 1n;
  if (choice.kind === 'over') return base + 1n;
  if (choice.kind === 'huge') return LARGEST;
  if (choice.kind !== 'part') throw new Error('unreachable');
  const part = (base * BigInt(choice.percent)) / 100n;
  return part > 0n ? part : 1n;
}

/** Approves the whole claim, half of it, nothing (refused: reject instead) or rejects it. */
async function decideClaim(claimIndex: number, decision: Decision, now: string) {
  const claim = model.claims[claimIndex];
  const units = claim.claimed / UNIT;
  const approved = (decision === 'FULL' ? units : decision === 'ZERO' ? 0n : units / 2n) * UNIT;
  const decided = await gql(coordinator, DECIDE, {
    input: {
      claimId: claim.id,
      expectedVersion: await versionOf(claim.id),
      ...(decision === 'REJECT'
        ? { decision: 'REJECT' as const, reason: 'Not an eligible cost' }
        : {
            decision: 'APPROVE' as const,
            items: [{ number: 1, approved: cny(approved), reason: 'Part of the trips were not for the event' }],
          }),
    },
  });
  const outcome = rules.decide(model, claimIndex, decision === 'REJECT' ? 'REJECT' : approved, now);
  if (agree(decision === 'REJECT' ? 'reject claim' : 'approve claim', decided, outcome)) model = outcome.model;
}

let caseNo = 0;
async function runStep(step: Step, index: number) {
  const now = testClock.advance(step.advanceMinutes * 60_000);
  const tag = `case ${caseNo} step ${index} ${step.kind}`;
  switch (step.kind) {
    case 'claim': {
      const claimant = cityIds[step.claimant];
      const eventId = step.newest ? model.events.at(-1)! : model.events[index % model.events.length];
      const claimed = BigInt(step.units) * UNIT;
      const draft = {
        claimant,
        eventId,
        claimed,
        status: 'SUBMITTED' as const,
        approved: 0n,
        owed: new Map(),
        appealed: false,
      };
      const filed = await gql(officers.get(claimant)!, FILE, {
        input: {
          agreementId,
          eventId,
          claimantCityId: claimant,
          items: [{ kind: 'TRANSPORT', description: `Trucks (${tag})`, amount: cny(claimed), evidence: ['invoice'] }],
        },
      });
      if (!agree('file claim', filed, rules.file(model, draft))) break;
      const id = filed.data!.fileClaim.id;
      model = { ...copy(model), claims: [...model.claims, { ...draft, id, status: 'UNDER_REVIEW' }] };
      const reviewed = await gql(coordinator, REVIEW, { input: { claimId: id, expectedVersion: 1 } });
      expect(reviewed.errors).toBeUndefined();
      if (step.decision !== 'HOLD') await decideClaim(model.claims.length - 1, step.decision, now);
      break;
    }
    case 'decide': {
      // A claim left under review earlier: decided now, when other approvals may have used up the cap per event.
      const waiting = model.claims.flatMap((c, i) => (c.status === 'UNDER_REVIEW' ? [i] : []));
      if (waiting.length) await decideClaim(waiting[step.claim % waiting.length], step.decision, now);
      break;
    }
    case 'appeal': {
      if (model.claims.length === 0) break;
      // Mostly a decided claim; now and then any claim.
      const decidedClaims = model.claims.flatMap((c, i) =>
        ['APPROVED', 'PARTLY_APPROVED', 'REJECTED'].includes(c.status) ? [i] : [],
      );
      const claimIndex =
        decidedClaims.length && step.claim % 4
          ? decidedClaims[step.claim % decidedClaims.length]
          : step.claim % model.claims.length;
      const claim = model.claims[claimIndex];
      const appealed = await gql(officers.get(claim.claimant)!, APPEAL, {
        input: { claimId: claim.id, expectedVersion: await versionOf(claim.id), statement: `Appeal (${tag})` },
      });
      const outcome = rules.appeal(model, claimIndex);
      if (!agree('appeal', appealed, outcome)) break;
      model = outcome.model;
      const units = Math.min(step.units, Number(claim.claimed / UNIT));
      const revised = BigInt(units) * UNIT;
      const decided = await gql(step.bySuperior ? superior : coordinator, DECIDE_APPEAL, {
        input: {
          claimId: claim.id,
          expectedVersion: appealed.data!.appealClaim.version,
          outcome: step.outcome,
          reason: 'Reviewed the manifests',
          ...(step.outcome === 'REVISED'
            ? { items: [{ number: 1, approved: cny(revised), reason: 'Only the loaded trips' }] }
            : {}),
        },
      });
      const decision = rules.decideAppeal(model, claimIndex, step.outcome === 'UPHELD' ? 'UPHELD' : revised, now);
      if (agree(`appeal ${step.outcome.toLowerCase()}`, decided, decision)) model = decision.model;
      break;
    }
    case 'payClaim': {
      if (model.claims.length === 0) break;
      // Mostly a claim that can be paid; now and then any claim (submitted, rejected, appealed, settled).
      const payable = model.claims.flatMap((c, i) =>
        c.status === 'APPROVED' || c.status === 'PARTLY_APPROVED' ? [i] : [],
      );
      const claimIndex =
        step.anyClaim || payable.length === 0 ? step.claim % model.claims.length : payable[step.claim % payable.length];
      const claim = model.claims[claimIndex];
      const payers = [...claim.owed.keys()].sort();
      const from = payers.length ? payers[step.payer % payers.length] : [FUND, ...cityIds][step.payer];
      const to = step.toSomeoneElse
        ? cityIds.find((city) => city !== claim.claimant && city !== from)!
        : claim.claimant;
      const paidAt = {
        now,
        beforeDebt: plus(claim.debtSince ?? now, -1000),
        afterDecision: plus(claim.decidedAt ?? now, 1000) < now ? plus(claim.decidedAt ?? now, 1000) : now,
        future: hoursFrom(now, 1),
      }[step.date];
      const reference =
        step.reuse !== null && model.paymentRefs.length
          ? model.paymentRefs[step.reuse % model.paymentRefs.length].toUpperCase()
          : `pay-${tag.replace(/ /g, '-')}`;
      const amount = amountFor(step.amount, claim.owed.get(from) ?? 0n);
      const input = { from, to, amount, reference, paidAt, claim: claimIndex, now };
      const paid = await gql(coordinator, PAY, {
        input: {
          clusterId: world.id,
          fromId: from,
          toId: to,
          amount: cny(amount),
          reference,
          paidAt,
          claimId: claim.id,
        },
      });
      const outcome = rules.pay(model, input);
      if (agree('payment towards a claim', paid, outcome)) {
        expect(paid.data?.recordPayment).toMatchObject({ fromId: from, toId: to, reference, claimId: claim.id });
        model = outcome.model;
      } else if (outcome.refused === 'reference already recorded') {
        expect(paid.errors?.[0].extensions?.code).toBe('CONFLICT');
      }
      break;
    }
    case 'pay': {
      // Mostly from a party that owes to one that is owed; now and then any two parties.
      const parties = [FUND, ...cityIds];
      const debtors = [...model.nets]
        .filter(([, net]) => net < 0n)
        .map(([party]) => party)
        .sort();
      const creditors = [...model.nets]
        .filter(([, net]) => net > 0n)
        .map(([party]) => party)
        .sort();
      const fromLedger = step.anyParties || debtors.length === 0 || creditors.length === 0;
      const from = fromLedger ? parties[step.from] : debtors[step.from % debtors.length];
      const to = fromLedger ? parties[step.to] : creditors[step.to % creditors.length];
      const owed =
        -(model.nets.get(from) ?? 0n) < (model.nets.get(to) ?? 0n)
          ? -(model.nets.get(from) ?? 0n)
          : (model.nets.get(to) ?? 0n);
      const cashBound = from === FUND && model.fund.cash < owed ? model.fund.cash : owed;
      const paidAt = {
        now,
        beforeDebt: plus(model.firstOwedAt.get(from) ?? now, -1000),
        future: hoursFrom(now, 1),
      }[step.date];
      const reference =
        step.reuse !== null && model.paymentRefs.length
          ? model.paymentRefs[step.reuse % model.paymentRefs.length].toUpperCase()
          : `pay-${tag.replace(/ /g, '-')}`;
      const amount = amountFor(step.amount, cashBound);
      const paid = await gql(coordinator, PAY, {
        input: { clusterId: world.id, fromId: from, toId: to, amount: cny(amount), reference, paidAt },
      });
      const outcome = rules.pay(model, { from, to, amount, reference, paidAt, now });
      if (agree('payment', paid, outcome)) {
        expect(paid.data?.recordPayment).toMatchObject({ fromId: from, toId: to, reference, claimId: null });
        model = outcome.model;
      } else if (outcome.refused === 'reference already recorded') {
        expect(paid.errors?.[0].extensions?.code).toBe('CONFLICT');
      }
      break;
    }
    case 'contribute': {
      const reference =
        step.reuse !== null && model.contributionRefs.length
          ? model.contributionRefs[step.reuse % model.contributionRefs.length].toUpperCase()
          : `fund-${tag.replace(/ /g, '-')}`;
      const member = step.member === null ? undefined : cityIds[step.member];
      const contributed = await gql(coordinator, CONTRIBUTE, {
        input: {
          clusterId: world.id,
          ...(member ? { cityId: member } : { thirdParty: 'PICC Property and Casualty' }),
          amount: cny(step.minor),
          reference,
          receivedAt: now,
        },
      });
      const outcome = rules.contribute(model, { member: !!member, amount: step.minor, reference });
      if (agree('contribution', contributed, outcome)) model = outcome.model;
      break;
    }
    case 'surcharge':
    case 'bonus': {
      const cityId = cityIds[step.city];
      const kind = step.kind === 'surcharge' ? ('FUND_SURCHARGE' as const) : ('FUND_BONUS' as const);
      const recorded = await gql(coordinator, RECORD, {
        input: {
          clusterId: world.id,
          cityId,
          kind: step.kind === 'surcharge' ? 'NON_COOPERATION' : 'FULFILLED',
          note: `${kind} (${tag})`,
          evidence: { text: 'Minutes of the coordination meeting' },
          eventId: model.events.at(-1)!,
          consequence: { kind, amount: cny(step.minor) },
        },
      });
      const outcome = rules.consequence(model, { cityId, kind, amount: step.minor, at: now });
      if (agree(step.kind, recorded, outcome)) model = outcome.model;
      break;
    }
    case 'suspend': {
      const cityId = cityIds[step.city];
      const until = hoursFrom(now, step.hours);
      const recorded = await gql(coordinator, RECORD, {
        input: {
          clusterId: world.id,
          cityId,
          kind: 'NON_COOPERATION',
          note: `Suspension (${tag})`,
          evidence: { text: 'Refused to share the pump roster' },
          eventId: model.events.at(-1)!,
          consequence: { kind: 'FUND_DRAW_SUSPENSION', until },
        },
      });
      const outcome = rules.suspend(model, { cityId, from: now, until });
      if (agree('fund-draw suspension', recorded, outcome)) model = outcome.model;
      break;
    }
  }
  await assertViewsEqualModel(tag);
}

/** Each case gets an event of its own (its cap per event starts at zero), a day after the last case. */
async function newEvent(): Promise<string> {
  const now = testClock.advance(24 * 3_600_000);
  const langfang = world.city('Langfang');
  const reported = await gql(langfang.officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: langfang.id,
      affectedCityIds: [world.city('Tianjin').id],
      location: { description: 'Yongding River, Gu\u2019an' },
      description: `Levee overtopping (case ${caseNo})`,
      observedAt: hoursFrom(now, -1),
    },
  });
  const eventId = reported.data!.reportRiskEvent.id;
  expect((await gql(coordinator, CONFIRM, { input: { eventId } })).errors).toBeUndefined();
  return eventId;
}

beforeAll(async () => {
  world = await aCluster({ cities: CITY_NAMES }).build();
  cityIds = CITY_NAMES.map((name) => world.city(name).id);
  testClock.setTo(new Date().toISOString());
  coordinator = world.coordinator;
  superior = world.superior;
  for (const name of CITY_NAMES) officers.set(world.city(name).id, world.city(name).officer);
  agreementId = await agreementInForce(
    coordinator,
    new AgreementBuilder()
      .with({
        clusterId: world.id,
        partyCityIds: cityIds,
        categories: ['NATURAL_DISASTER'],
        compensation: {
          coveredKinds: [{ kind: 'TRANSPORT' }],
          capPerClaim: cny(BigInt(CAP_PER_CLAIM_UNITS) * UNIT),
          capPerEvent: cny(CAP_PER_EVENT),
          filingWindow: 'P90D',
          sharingRule: {
            kind: 'FUND_COVERS',
            fundBasisPoints: Number(FUND_BASIS_POINTS),
            remainderRule: { kind: 'EQUAL_SHARE' },
          },
        },
      })
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .build(),
  );
});
afterAll(() => testClock.reset());

test('random money histories through the API always equal a plain model of the rules', async () => {
  let steps = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(stepArbitrary, { minLength: 4, maxLength: MAX_STEPS }), async (generated) => {
      caseNo += 1;
      model = { ...copy(model), events: [...model.events, await newEvent()] };
      for (const [index, step] of generated.entries()) {
        await runStep(step, index);
        steps += 1;
      }
    }),
    {
      numRuns: RUNS,
      endOnFailure: true,
      verbose: true,
      ...(process.env.MONEY_MODEL_SEED ? { seed: Number(process.env.MONEY_MODEL_SEED) } : {}),
    },
  );
  const summary = [...tally].map(
    ([kind, { accepted, refused }]) => `${kind}: ${accepted} accepted, ${refused} refused`,
  );
  console.log(`money model: ${caseNo} cases, ${steps} steps\n  ${summary.join('\n  ')}`);
}, 300_000);

/** A claim rejected and then revised upwards on appeal owes nothing until the revision: a payment cannot predate it. */
test('a payment towards a claim cannot be dated before an appeal revision created the debt', async () => {
  const eventId = await newEvent();
  const claimant = world.city('Tianjin').id;
  const filed = await gql(officers.get(claimant)!, FILE, {
    input: {
      agreementId,
      eventId,
      claimantCityId: claimant,
      items: [{ kind: 'TRANSPORT', description: 'Pump trucks', amount: cny(UNIT), evidence: ['invoice TJ-77'] }],
    },
  });
  const claimId = filed.data!.fileClaim.id;
  const reviewed = await gql(coordinator, REVIEW, { input: { claimId, expectedVersion: 1 } });
  const rejectedAt = testClock.advance(60_000);
  const rejected = await gql(coordinator, DECIDE, {
    input: {
      claimId,
      expectedVersion: reviewed.data!.startClaimReview.version,
      decision: 'REJECT',
      reason: 'No manifests',
    },
  });
  testClock.advance(3_600_000);
  const appealed = await gql(officers.get(claimant)!, APPEAL, {
    input: { claimId, expectedVersion: rejected.data!.decideClaim.version, statement: 'Manifests attached' },
  });
  const revisedAt = testClock.advance(60_000);
  const revised = await gql(superior, DECIDE_APPEAL, {
    input: {
      claimId,
      expectedVersion: appealed.data!.appealClaim.version,
      outcome: 'REVISED',
      reason: 'The manifests show the trips',
      items: [{ number: 1, approved: cny(UNIT) }],
    },
  });
  expect(revised.data?.decideAppeal.status).toBe('APPROVED');
  testClock.advance(60_000);
  // Beijing owes a third of the 60% the cities carry since the revision; it pays that, dated before the revision.
  const share = (UNIT - (UNIT * FUND_BASIS_POINTS) / 10_000n) / 3n;
  const paidAt = plus(rejectedAt, 1000);
  expect(paidAt < revisedAt).toBe(true);
  const paid = await gql(coordinator, PAY, {
    input: {
      clusterId: world.id,
      fromId: world.city('Beijing').id,
      toId: claimant,
      amount: cny(share),
      reference: `predates-revision-${claimId}`,
      paidAt,
      claimId,
    },
  });
  expect(paid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(paid.errors?.[0].message).toMatch(/predate/);
});
