import { randomUUID } from 'node:crypto';
import { actorOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { Page, PageRequest } from '../domain/pagination';
import type { RequestContext } from '../context';
import { compare, formatMoney, money, parseMoney, sum, toWire, zero, type Money } from '../domain/compensation/money';
import { netBalances, settlementPlan, type Balance, type Transfer } from '../domain/compensation/settlement';
import { fundContributionId, paymentEntryId } from '../domain/compensation/ids';
import { FUND_PAYER_ID, splitAmount } from '../domain/compensation/split';
import { agreementVersionKey } from '../domain/agreements/ids';
import { validateClaim, type ClaimItemDraft } from '../domain/compensation/terms';
import { BadInputError, ConflictError, InvalidStateError } from '../domain/errors';
import { agreementCovers } from '../domain/obligations/activation';
import { requiredText } from '../domain/text';
import type { StoredClaim, StoredFundContribution, StoredLedgerEntry } from '../store/entities';
import { fulfilOnRecord } from './obligations';
import { cityName, partyName } from './participants';
import { allows, clusterFor, enforce, notFound } from './access';
import { claimConcern, inEvaluatorScope } from './evaluator-scope';
import { termsOf } from './agreements';
import { citiesOf, namingOf } from './members';
import { idempotentRequest } from '../domain/idempotency';

const APPROVED_STATUSES: ReadonlyArray<StoredClaim['status']> = ['APPROVED', 'PARTLY_APPROVED', 'SETTLED'];

/** True when the claim's approved amount counts (an appealed approval still stands until the appeal is decided). */
function countsAsApproved(claim: StoredClaim): boolean {
  return (
    APPROVED_STATUSES.includes(claim.status) ||
    (claim.status === 'APPEALED' && claim.appeal?.appealedStatus !== 'REJECTED')
  );
}

/** The access facts of a claim: the claimant, the parties to the agreement version it is under, and an evaluator's scope. */
export async function claimAccess(ctx: RequestContext, claim: StoredClaim): Promise<Resource> {
  const version = await ctx.loaders.agreementVersion.load(
    agreementVersionKey(claim.agreementId, claim.agreementVersionNo),
  );
  return {
    clusterId: claim.clusterId,
    cityId: claim.claimantCityId,
    partyCityIds: version ? termsOf(version).partyCityIds : [],
    inEvaluatorScope: await inEvaluatorScope(ctx, claim.clusterId, () => claimConcern(claim)),
  };
}

export async function claimFor(
  ctx: RequestContext,
  claimId: string,
  action: 'claim:read' | 'claim:review' | 'claim:appeal' | 'claim:decideAppeal',
): Promise<StoredClaim> {
  const claim = await ctx.store.claims.get(claimId);
  if (!claim) throw notFound('claim', claimId);
  // Whoever may not read the claim does not learn it exists, whatever it asked to do with it.
  const access = await claimAccess(ctx, claim);
  enforce(ctx, 'claim:read', access, () => notFound('claim', claimId));
  enforce(ctx, action, access, () => notFound('claim', claimId));
  return claim;
}

/** A claim named by another record, or null when none is named or the caller may not read it. */
export async function readableClaim(
  ctx: RequestContext,
  clusterId: string,
  claimId: string | null | undefined,
): Promise<StoredClaim | null> {
  if (!claimId) return null;
  const claim = await ctx.loaders.claim.load(claimId);
  if (!claim || claim.clusterId !== clusterId) return null;
  return allows(ctx, 'claim:read', await claimAccess(ctx, claim)) ? claim : null;
}

/** A page of the cluster's claims the caller may read; a page may hold fewer than asked when some are not for this caller. */
export async function listClaims(
  ctx: RequestContext,
  clusterId: string,
  status: StoredClaim['status'] | null | undefined,
  page: PageRequest,
): Promise<Page<StoredClaim>> {
  await clusterFor(ctx, clusterId, 'cluster:read');
  const result = await ctx.store.claims.list(clusterId, status, page);
  const readable = await Promise.all(
    result.items.map(async (claim) => allows(ctx, 'claim:read', await claimAccess(ctx, claim))),
  );
  return { ...result, items: result.items.filter((_, index) => readable[index]) };
}

function approvedOf(claims: StoredClaim[], currency: string): Money {
  return sum(
    claims
      .filter((claim) => countsAsApproved(claim) && claim.approvedMinor)
      .map((claim) => money(BigInt(claim.approvedMinor!), claim.currency)),
    currency,
  );
}

export interface FileClaimInput {
  agreementId: string;
  eventId: string;
  claimantCityId: string;
  items: Array<{
    kind: ClaimItemDraft['kind'];
    description: string;
    amount: { amountMinor: string; currency: string };
    evidence: string[];
  }>;
  aidOfferId?: string | null;
  idempotencyKey?: string | null;
}

/** Files a claim for an event under the agreement version in force, checked against its compensation terms. */
export async function fileClaim(ctx: RequestContext, input: FileClaimInput): Promise<StoredClaim> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  const agreement = await ctx.store.agreements.get(input.agreementId);
  if (!agreement) throw notFound('agreement', input.agreementId);
  enforce(ctx, 'claim:file', { clusterId: agreement.clusterId, cityId: input.claimantCityId }, () =>
    notFound('agreement', input.agreementId),
  );
  const event = await ctx.store.events.get(input.eventId);
  if (!event || event.clusterId !== agreement.clusterId) throw notFound('risk event', input.eventId);
  if (agreement.inForceVersionNo === undefined || (agreement.status !== 'ACTIVE' && agreement.status !== 'SUSPENDED')) {
    throw new InvalidStateError(
      `Claims can be filed only under an agreement in force; this one is ${agreement.status}.`,
      { currentState: agreement.status },
    );
  }
  const [version] = await ctx.store.agreements.getVersions([
    agreementVersionKey(agreement.agreementId, agreement.inForceVersionNo),
  ]);
  const terms = termsOf(version!);
  if (!terms.compensation)
    throw new BadInputError('This agreement has no compensation terms; there is nothing to claim under it.');
  if (!terms.partyCityIds.includes(input.claimantCityId))
    throw new BadInputError('Only a party to the agreement can claim under it.');
  if (!event.confirmedAt)
    throw new InvalidStateError(`The event is ${event.status}; claims are filed for confirmed events.`, {
      currentState: event.status,
    });
  if (
    !agreementCovers(terms, { ...event, category: event.category, level: event.level, triggeredAt: event.confirmedAt })
  ) {
    throw new BadInputError(
      'The event is not under this agreement (a confirmed event of a covered category and level, within its effective period).',
    );
  }
  if (input.aidOfferId) {
    // A claim for a dispatch must be the claimant's own dispatch, for this event, and actually sent.
    const offer = await ctx.store.aid.getOffer(input.aidOfferId);
    const request = offer ? await ctx.store.aid.getRequest(offer.requestId) : undefined;
    if (!offer || offer.clusterId !== agreement.clusterId) throw notFound('aid offer', input.aidOfferId);
    if (offer.fromCityId !== input.claimantCityId)
      throw new BadInputError('The dispatch named was not made by the claimant city.');
    if (request?.eventId !== event.eventId) throw new BadInputError('The dispatch named did not serve this event.');
    if (!['DISPATCHED', 'ARRIVED', 'RETURNED'].includes(offer.status))
      throw new InvalidStateError(
        `The dispatch named is ${offer.status}; only stock actually sent can be claimed for.`,
        { currentState: offer.status },
      );
  }
  const now = ctx.now();
  // The one city a refusal of the claim itself can name is the claimant (as the event's origin).
  const claimant = await ctx.loaders.city.load(input.claimantCityId);
  const { items, total } = validateClaim(
    input.items.map((item) => ({
      kind: item.kind,
      description: item.description,
      amount: item.amount,
      evidenceRefs: item.evidence,
    })),
    terms.compensation,
    {
      eventClosedAt: event.closedAt ?? null,
      now,
      approvedForEvent: approvedOf(
        await ctx.store.claims.forEvent(event.eventId, agreement.agreementId),
        terms.compensation.currency,
      ),
      claimantCityId: input.claimantCityId,
      originCityId: event.originCityId,
      nameOf: namingOf(claimant ? [claimant] : []),
    },
  );
  const actor = actorOf(ctx.caller);
  const claim: StoredClaim = {
    claimId: `clm_${randomUUID()}`,
    clusterId: agreement.clusterId,
    agreementId: agreement.agreementId,
    agreementVersionNo: version!.versionNo,
    eventId: event.eventId,
    claimantCityId: input.claimantCityId,
    ...(input.aidOfferId ? { aidOfferId: input.aidOfferId } : {}),
    currency: total.currency,
    items: items.map((item, index) => ({
      number: index + 1,
      kind: item.kind,
      description: item.description,
      amountMinor: toWire(item.amount).amountMinor,
      evidence: item.evidenceRefs,
    })),
    claimedMinor: toWire(total).amountMinor,
    status: 'SUBMITTED',
    submittedBy: actor,
    submittedAt: now,
    version: 1,
  };
  return ctx.store.claims.file(claim, actor, now, keyed);
}

function assertVersion(claim: StoredClaim, expectedVersion: number): void {
  if (claim.version !== expectedVersion) {
    throw new ConflictError(
      `The claim was changed by someone else after you read it (you had version ${expectedVersion}, it is now version ${claim.version}, ${claim.status}).`,
      { yourVersion: expectedVersion, currentVersion: claim.version },
    );
  }
}

export async function startClaimReview(
  ctx: RequestContext,
  input: { claimId: string; expectedVersion: number },
): Promise<StoredClaim> {
  const claim = await claimFor(ctx, input.claimId, 'claim:review');
  assertVersion(claim, input.expectedVersion);
  if (claim.status !== 'SUBMITTED')
    throw new InvalidStateError(`The claim is ${claim.status}; only a submitted claim goes under review.`, {
      currentState: claim.status,
    });
  return ctx.store.claims.apply(
    claim,
    { status: 'UNDER_REVIEW' },
    { action: 'CLAIM_UNDER_REVIEW', changes: { status: [claim.status, 'UNDER_REVIEW'] } },
    actorOf(ctx.caller),
    ctx.now(),
  );
}

export interface DecideInput {
  claimId: string;
  expectedVersion: number;
  decision: 'APPROVE' | 'REJECT';
  items?: Array<{ number: number; approved: { amountMinor: string; currency: string }; reason?: string | null }> | null;
  reason?: string | null;
}

/**
 * Approves item by item (every reduction with its reason) or rejects. Approval writes, in the same transaction, one
 * ledger entry per payer under the sharing rule: the parts add up to the approved amount to the fen.
 */
export async function decideClaim(ctx: RequestContext, input: DecideInput): Promise<StoredClaim> {
  const claim = await claimFor(ctx, input.claimId, 'claim:review');
  assertVersion(claim, input.expectedVersion);
  if (claim.status !== 'UNDER_REVIEW')
    throw new InvalidStateError(`The claim is ${claim.status}; start the review before deciding.`, {
      currentState: claim.status,
    });
  const actor = actorOf(ctx.caller);
  const at = ctx.now();
  if (input.decision === 'REJECT') {
    const reason = requiredText(input.reason, 'reason for rejecting');
    return ctx.store.claims.apply(
      claim,
      { status: 'REJECTED', decisionReason: reason, decidedAt: at, decidedBy: actor },
      { action: 'CLAIM_REJECTED', changes: { status: [claim.status, 'REJECTED'], reason: [null, reason] } },
      actor,
      at,
    );
  }
  const { items, approved } = approveItems(claim, input.items ?? []);
  if (approved.minor <= 0n) throw new BadInputError('Nothing is approved; reject the claim instead, with the reason.');
  // Read before the cap check; two approvals for the same event cannot both pass it on the same ledger.
  const headVersion = await ctx.store.ledger.headVersion(claim.clusterId);
  await assertWithinEventCap(ctx, claim, approved);
  const entries = await splitToLedger(ctx, claim, zero(claim.currency), approved, 'CLAIM_SHARE', actor, at);
  const status = items.some((item) => item.reductionReason) ? 'PARTLY_APPROVED' : 'APPROVED';
  return ctx.store.claims.apply(
    claim,
    {
      status,
      items,
      approvedMinor: toWire(approved).amountMinor,
      decidedAt: at,
      decidedBy: actor,
      ledgerEntryIds: entries.map((entry) => entry.entryId),
      ...(input.reason ? { decisionReason: input.reason } : {}),
    },
    {
      action: 'CLAIM_APPROVED',
      changes: {
        status: [claim.status, status],
        approvedMinor: [null, toWire(approved).amountMinor],
        payers: [null, entries.map((entry) => entry.payerId)],
      },
    },
    actor,
    at,
    entries,
    headVersion,
  );
}

type ItemDecision = { number: number; approved: { amountMinor: string; currency: string }; reason?: string | null };

/** Every item's approved amount (not more than claimed; every reduction with its reason) and their total. */
function approveItems(claim: StoredClaim, decided: ItemDecision[]): { items: StoredClaim['items']; approved: Money } {
  const decisions = new Map(decided.map((item) => [item.number, item]));
  if (decisions.size !== claim.items.length || claim.items.some((item) => !decisions.has(item.number))) {
    throw new BadInputError(
      `Decide every item: the claim has items ${claim.items.map((item) => item.number).join(', ')}.`,
    );
  }
  const items = claim.items.map((item) => {
    const decision = decisions.get(item.number)!;
    const approved = parseMoney(decision.approved, `approved amount of item ${item.number}`);
    const claimed = money(BigInt(item.amountMinor), claim.currency);
    if (approved.currency !== claim.currency)
      throw new BadInputError(`Item ${item.number}: approve in ${claim.currency}, the claim's currency.`);
    if (compare(approved, claimed) > 0)
      throw new BadInputError(
        `Item ${item.number}: ${formatMoney(approved)} is more than the ${formatMoney(claimed)} claimed.`,
      );
    const { reductionReason: _previous, ...rest } = item;
    const reductionReason =
      compare(approved, claimed) < 0
        ? requiredText(decision.reason, `reason for reducing item ${item.number}`)
        : undefined;
    return { ...rest, approvedMinor: toWire(approved).amountMinor, ...(reductionReason ? { reductionReason } : {}) };
  });
  return {
    items,
    approved: sum(
      items.map((item) => money(BigInt(item.approvedMinor), claim.currency)),
      claim.currency,
    ),
  };
}

/** Another approval for the same event may have landed since this claim was filed: the per-event cap is re-checked. */
async function assertWithinEventCap(ctx: RequestContext, claim: StoredClaim, extra: Money): Promise<void> {
  const [version] = await ctx.store.agreements.getVersions([
    agreementVersionKey(claim.agreementId, claim.agreementVersionNo),
  ]);
  const cap = termsOf(version!).compensation?.capPerEvent;
  if (!cap || extra.minor <= 0n) return;
  const already = approvedOf(await ctx.store.claims.forEvent(claim.eventId, claim.agreementId), claim.currency);
  if (compare(sum([already, extra], claim.currency), cap) > 0) {
    throw new BadInputError(
      `Approving ${formatMoney(extra)} more would exceed the cap of ${formatMoney(cap)} per event (${formatMoney(already)} already approved).`,
    );
  }
}

/** Each payer's part of `amount` under the claim's agreement version's sharing rule (none for zero). */
async function partsOf(ctx: RequestContext, claim: StoredClaim, amount: Money): Promise<Map<string, bigint>> {
  if (amount.minor <= 0n) return new Map();
  const [version] = await ctx.store.agreements.getVersions([
    agreementVersionKey(claim.agreementId, claim.agreementVersionNo),
  ]);
  const terms = termsOf(version!);
  const event = await ctx.store.events.get(claim.eventId);
  const cities = await citiesOf(ctx, claim.clusterId);
  const populations = Object.fromEntries(cities.map((city) => [city.cityId, city.population]));
  const parts = splitAmount(amount, terms.compensation!.sharingRule, {
    claimantCityId: claim.claimantCityId,
    partyCityIds: terms.partyCityIds,
    originCityId: event?.originCityId,
    populations,
    nameOf: namingOf(cities),
  });
  return new Map(parts.map((part) => [part.payerId, part.amount.minor]));
}

/**
 * Ledger lines taking each payer from its part of `before` to its part of `after` (both split under the same rule),
 * so after any revision every payer owes exactly its share of the new total. A lower part is recorded the other way
 * round (the claimant owes it back).
 */
async function splitToLedger(
  ctx: RequestContext,
  claim: StoredClaim,
  before: Money,
  after: Money,
  kind: StoredLedgerEntry['kind'],
  actor: ReturnType<typeof actorOf>,
  at: string,
): Promise<StoredLedgerEntry[]> {
  const [old, next] = await Promise.all([partsOf(ctx, claim, before), partsOf(ctx, claim, after)]);
  const payers = [...new Set([...old.keys(), ...next.keys()])].sort();
  return payers.flatMap((payerId): StoredLedgerEntry[] => {
    const difference = (next.get(payerId) ?? 0n) - (old.get(payerId) ?? 0n);
    if (difference === 0n) return [];
    const owedMore = difference > 0n;
    return [
      {
        entryId: `led_${randomUUID()}`,
        clusterId: claim.clusterId,
        kind,
        payerId: owedMore ? payerId : claim.claimantCityId,
        payeeId: owedMore ? claim.claimantCityId : payerId,
        amountMinor: (owedMore ? difference : -difference).toString(),
        currency: claim.currency,
        claimId: claim.claimId,
        at,
        recordedBy: actor,
      },
    ];
  });
}

export async function appealClaim(
  ctx: RequestContext,
  input: { claimId: string; expectedVersion: number; statement: string },
): Promise<StoredClaim> {
  const claim = await claimFor(ctx, input.claimId, 'claim:appeal');
  assertVersion(claim, input.expectedVersion);
  if (claim.appeal)
    throw new InvalidStateError('This claim was already appealed; a decision can be appealed once.', {
      currentState: claim.status,
    });
  if (claim.status !== 'APPROVED' && claim.status !== 'PARTLY_APPROVED' && claim.status !== 'REJECTED') {
    throw new InvalidStateError(`The claim is ${claim.status}; only a decided claim can be appealed.`, {
      currentState: claim.status,
    });
  }
  const statement = requiredText(input.statement, 'statement of appeal', 5000);
  const at = ctx.now();
  return ctx.store.claims.apply(
    claim,
    { status: 'APPEALED', appeal: { statement, filedAt: at, appealedStatus: claim.status } },
    { action: 'CLAIM_APPEALED', changes: { status: [claim.status, 'APPEALED'] } },
    actorOf(ctx.caller),
    at,
  );
}

export interface DecideAppealInput {
  claimId: string;
  expectedVersion: number;
  outcome: 'UPHELD' | 'REVISED';
  items?: ItemDecision[] | null;
  reason: string;
}

/** Upholds the decision, or revises the approved amounts; the ledger gets the difference, split under the same rule. */
export async function decideAppeal(ctx: RequestContext, input: DecideAppealInput): Promise<StoredClaim> {
  const claim = await claimFor(ctx, input.claimId, 'claim:decideAppeal');
  assertVersion(claim, input.expectedVersion);
  if (claim.status !== 'APPEALED' || !claim.appeal)
    throw new InvalidStateError(`The claim is ${claim.status}; there is no appeal to decide.`, {
      currentState: claim.status,
    });
  const reason = requiredText(input.reason, 'reason for the appeal decision');
  const actor = actorOf(ctx.caller);
  const at = ctx.now();
  const decided = { ...claim.appeal, reason, decidedAt: at, decidedByName: actor.name };
  if (input.outcome === 'UPHELD') {
    return ctx.store.claims.apply(
      claim,
      { status: claim.appeal.appealedStatus, appeal: { ...decided, outcome: 'UPHELD' } },
      { action: 'CLAIM_APPEAL_UPHELD', changes: { status: ['APPEALED', claim.appeal.appealedStatus] } },
      actor,
      at,
    );
  }
  const { items, approved } = approveItems(claim, input.items ?? []);
  const before =
    claim.approvedMinor && claim.appeal.appealedStatus !== 'REJECTED'
      ? money(BigInt(claim.approvedMinor), claim.currency)
      : zero(claim.currency);
  const delta = money(approved.minor - before.minor, claim.currency);
  await assertWithinEventCap(ctx, claim, delta);
  // Any change to what payers owe goes through the ledger head, like payments and approvals.
  const headVersion = await ctx.store.ledger.headVersion(claim.clusterId);
  const entries = await splitToLedger(ctx, claim, before, approved, 'CLAIM_ADJUSTMENT', actor, at);
  const status =
    approved.minor === 0n ? 'REJECTED' : items.some((item) => item.reductionReason) ? 'PARTLY_APPROVED' : 'APPROVED';
  return ctx.store.claims.apply(
    claim,
    {
      status,
      items,
      approvedMinor: toWire(approved).amountMinor,
      appeal: { ...decided, outcome: 'REVISED' },
      ledgerEntryIds: [...(claim.ledgerEntryIds ?? []), ...entries.map((entry) => entry.entryId)],
    },
    {
      action: 'CLAIM_APPEAL_REVISED',
      changes: { status: ['APPEALED', status], approvedMinor: [before.minor.toString(), approved.minor.toString()] },
    },
    actor,
    at,
    entries,
    headVersion,
  );
}

/** Net positions from ledger lines (claim shares, adjustments and payments). */
function netOf(entries: readonly StoredLedgerEntry[]): Balance[] {
  const currency = entries[0]?.currency ?? 'CNY';
  return netBalances(
    entries.map((entry) => ({
      payerId: entry.payerId,
      payeeId: entry.payeeId,
      amount: money(BigInt(entry.amountMinor), entry.currency),
    })),
    currency,
  );
}

/** Net positions from the whole ledger, or the lines of a period. */
export async function balances(
  ctx: RequestContext,
  clusterId: string,
  period?: { from?: string | null; until?: string | null } | null,
): Promise<Balance[]> {
  await clusterFor(ctx, clusterId, 'ledger:read');
  if (period?.from && period.until && period.from >= period.until)
    throw new BadInputError('The period is empty: from must be before until.');
  return netOf(
    (await ctx.store.ledger.entries(clusterId)).filter(
      (entry) => (!period?.from || entry.at >= period.from) && (!period?.until || entry.at < period.until),
    ),
  );
}

export async function plan(
  ctx: RequestContext,
  clusterId: string,
  period?: { from?: string | null; until?: string | null } | null,
): Promise<Transfer[]> {
  return settlementPlan(await balances(ctx, clusterId, period));
}

/**
 * A cluster keeps one currency in its ledger and fund (the first amount recorded sets it; CNY by default): an amount in
 * another currency could not be netted and would make the ledger unreadable, so it is refused before it is written.
 */
export async function assertLedgerCurrency(
  ctx: RequestContext,
  clusterId: string,
  currency: string,
  entries?: readonly StoredLedgerEntry[],
): Promise<void> {
  const [ledger, contributions] = await Promise.all([
    entries ?? ctx.store.ledger.entries(clusterId),
    ctx.store.fund.contributions(clusterId),
  ]);
  const ledgerCurrency = ledger[0]?.currency ?? contributions[0]?.currency ?? 'CNY';
  if (currency !== ledgerCurrency)
    throw new BadInputError(
      `This cluster keeps its ledger in ${ledgerCurrency}; record the amount in ${ledgerCurrency}, not ${currency}.`,
    );
}

export interface PaymentInput {
  clusterId: string;
  fromId: string;
  toId: string;
  amount: { amountMinor: string; currency: string };
  reference: string;
  paidAt: string;
  claimId?: string | null;
}

/**
 * What a payer still owes towards one claim: its shares (and adjustments) of the claim, less the payments recorded
 * against the claim. Returns the claim when this payment would leave nothing owed by anyone (it then settles).
 */
async function claimPaymentCheck(
  ctx: RequestContext,
  input: PaymentInput,
  amount: Money,
  entries: readonly StoredLedgerEntry[],
): Promise<StoredClaim | undefined> {
  const claim = await claimFor(ctx, input.claimId!, 'claim:read');
  if (claim.clusterId !== input.clusterId) throw notFound('claim', input.claimId!);
  if (claim.status !== 'APPROVED' && claim.status !== 'PARTLY_APPROVED')
    throw new InvalidStateError(`The claim is ${claim.status}; payments go towards approved claims.`, {
      currentState: claim.status,
    });
  if (input.toId !== claim.claimantCityId) throw new BadInputError('A payment towards a claim goes to the claimant.');
  const lines = entries.filter((entry) => entry.claimId === claim.claimId);
  const owedBy = new Map<string, bigint>();
  for (const line of lines) {
    // Shares and adjustments owed to the claimant add; payments and reductions (recorded the other way round) subtract.
    if (line.payeeId === claim.claimantCityId)
      owedBy.set(line.payerId, (owedBy.get(line.payerId) ?? 0n) + BigInt(line.amountMinor));
    else if (line.payerId === claim.claimantCityId)
      owedBy.set(line.payeeId, (owedBy.get(line.payeeId) ?? 0n) - BigInt(line.amountMinor));
  }
  const owes = owedBy.get(input.fromId) ?? 0n;
  if (amount.minor > owes) {
    throw new BadInputError(
      `The ledger shows ${await partyName(ctx, input.fromId)} owing ${formatMoney(money(owes > 0n ? owes : 0n, amount.currency))} towards this claim; ${formatMoney(amount)} is more than that.`,
    );
  }
  owedBy.set(input.fromId, owes - amount.minor);
  return [...owedBy.values()].every((left) => left <= 0n) ? claim : undefined;
}

/**
 * Records a payment as a ledger line the other way round, so it offsets what the payer owed. The reference is unique
 * in the cluster (the entry id is derived from it): the same payment cannot be recorded, or settle anything, twice.
 */
export async function recordPayment(ctx: RequestContext, input: PaymentInput): Promise<StoredLedgerEntry> {
  await clusterFor(ctx, input.clusterId, 'payment:record');
  const reference = requiredText(input.reference, 'payment reference', 200);
  const amount = parseMoney(input.amount, 'payment amount', { requirePositive: true });
  const members = new Set((await citiesOf(ctx, input.clusterId)).map((city) => city.cityId));
  for (const party of [input.fromId, input.toId]) {
    if (party !== FUND_PAYER_ID && !members.has(party)) throw notFound('city', party);
  }
  if (input.fromId === input.toId) throw new BadInputError('A payment goes from one party to another.');
  const now = ctx.now();
  if (input.paidAt > now) throw new BadInputError('The payment date cannot be in the future.');
  const entryId = paymentEntryId(input.clusterId, reference);
  const alreadyRecorded = () =>
    new ConflictError(
      `A payment with the reference "${reference}" is already recorded; it cannot settle anything twice.`,
    );
  // A repeated recording is answered as such, before the balance check would call it an overpayment.
  if ((await ctx.store.ledger.getMany(input.clusterId, [entryId]))[0]) throw alreadyRecorded();
  // Read before the balance check; the write is refused if another payment moved the ledger in between.
  const headVersion = await ctx.store.ledger.headVersion(input.clusterId);
  if (input.fromId === FUND_PAYER_ID) {
    // A sanction may bar a city from drawing on the fund for a while: what it is owed waits on the ledger until then.
    // Read after the head: a suspension recorded since moves the head, and this payment's write is then refused.
    const suspension = await ctx.store.compliance.suspensionAt(input.clusterId, input.toId, input.paidAt);
    if (suspension) {
      throw new InvalidStateError(
        `${await cityName(ctx, input.toId)} may not draw from the regional fund until ${suspension.until} (a sanction of compliance record ${suspension.recordId}). What it is owed stays on the ledger until then.`,
        { currentState: 'FUND_DRAW_SUSPENDED', until: suspension.until, complianceRecordId: suspension.recordId },
      );
    }
  }
  // One consistent read of the ledger serves every check below.
  const entries = await ctx.store.ledger.entries(input.clusterId);
  await assertLedgerCurrency(ctx, input.clusterId, amount.currency, entries);
  const settles = input.claimId ? await claimPaymentCheck(ctx, input, amount, entries) : undefined;
  const positions = new Map(netOf(entries).map((balance) => [balance.partyId, balance.net.minor]));
  // One netting model for every party, the fund included, so a payment and the settlement plan always agree.
  const owes = -(positions.get(input.fromId) ?? 0n);
  const owed = positions.get(input.toId) ?? 0n;
  if (amount.minor > owes || amount.minor > owed) {
    throw new BadInputError(
      `${formatMoney(amount)} is more than the ledger allows: ${await partyName(ctx, input.fromId)} owes ${formatMoney(money(owes > 0n ? owes : 0n, amount.currency))} in all and ${await partyName(ctx, input.toId)} is owed ${formatMoney(money(owed > 0n ? owed : 0n, amount.currency))}.`,
    );
  }
  const entry: StoredLedgerEntry = {
    entryId,
    clusterId: input.clusterId,
    kind: 'PAYMENT',
    // The payee of the payment now "owes" it back: netting it against the debt settles that much.
    payerId: input.toId,
    payeeId: input.fromId,
    amountMinor: amount.minor.toString(),
    currency: amount.currency,
    reference,
    ...(input.claimId ? { claimId: input.claimId } : {}),
    at: input.paidAt,
    recordedBy: actorOf(ctx.caller),
  };
  if (!(await ctx.store.ledger.recordPayment(entry, actorOf(ctx.caller), now, headVersion, settles))) {
    if ((await ctx.store.ledger.getMany(input.clusterId, [entryId]))[0]) throw alreadyRecorded();
    throw new ConflictError(
      'Another payment or a claim changed the ledger while this one was being recorded. Nothing was recorded; check the balances and try again.',
    );
  }
  return entry;
}

export interface FundView {
  fromMembers: Money;
  fromThirdParties: Money;
  disbursed: Money;
  received: Money;
  balance: Money;
  owed: Money;
  dueToFund: Money;
  contributions: StoredFundContribution[];
}

/** The fund's position: contributions in, payments out (ledger payments from FUND), and claim shares still unpaid. */
export async function fund(ctx: RequestContext, clusterId: string): Promise<FundView> {
  await clusterFor(ctx, clusterId, 'ledger:read');
  const [contributions, entries] = await Promise.all([
    ctx.store.fund.contributions(clusterId),
    ctx.store.ledger.entries(clusterId),
  ]);
  const currency = contributions[0]?.currency ?? entries[0]?.currency ?? 'CNY';
  const of = (items: Array<{ amountMinor: string; currency: string }>) =>
    sum(
      items.map((item) => money(BigInt(item.amountMinor), item.currency)),
      currency,
    );
  const fromMembers = of(contributions.filter((c) => c.cityId));
  const fromThirdParties = of(contributions.filter((c) => !c.cityId));
  // A payment by the fund is recorded the other way round: its payee (in the ledger) is the fund.
  const disbursed = of(entries.filter((entry) => entry.kind === 'PAYMENT' && entry.payeeId === FUND_PAYER_ID));
  // A payment into the fund is recorded the other way round too: its payer (in the ledger) is the fund.
  const received = of(entries.filter((entry) => entry.kind === 'PAYMENT' && entry.payerId === FUND_PAYER_ID));
  // Net, like every position on the ledger: claim shares it owes and surcharges owed to it offset each other.
  const net = netOf(entries).find((position) => position.partyId === FUND_PAYER_ID)?.net.minor ?? 0n;
  return {
    fromMembers,
    fromThirdParties,
    disbursed,
    received,
    balance: money(fromMembers.minor + fromThirdParties.minor + received.minor - disbursed.minor, currency),
    owed: money(net < 0n ? -net : 0n, currency),
    dueToFund: money(net > 0n ? net : 0n, currency),
    contributions,
  };
}

export interface ContributionInput {
  clusterId: string;
  cityId?: string | null;
  thirdParty?: string | null;
  amount: { amountMinor: string; currency: string };
  reference: string;
  receivedAt: string;
}

/** Records a contribution once per reference; a member's contribution fulfils its oldest open FUND_CONTRIBUTION duty. */
export async function recordFundContribution(
  ctx: RequestContext,
  input: ContributionInput,
): Promise<StoredFundContribution> {
  await clusterFor(ctx, input.clusterId, 'payment:record');
  if (!!input.cityId === !!input.thirdParty?.trim())
    throw new BadInputError('Name either the contributing member city or the third party, not both.');
  if (input.cityId) {
    const city = await ctx.loaders.city.load(input.cityId);
    if (!city || city.clusterId !== input.clusterId) throw notFound('city', input.cityId);
  }
  const amount = parseMoney(input.amount, 'contribution', { requirePositive: true });
  await assertLedgerCurrency(ctx, input.clusterId, amount.currency);
  const reference = requiredText(input.reference, 'contribution reference', 200);
  const now = ctx.now();
  if (input.receivedAt > now) throw new BadInputError('The date received cannot be in the future.');
  const actor = actorOf(ctx.caller);
  const contribution: StoredFundContribution = {
    contributionId: fundContributionId(input.clusterId, reference),
    clusterId: input.clusterId,
    ...(input.cityId ? { cityId: input.cityId } : { thirdParty: requiredText(input.thirdParty, 'third party', 200) }),
    amountMinor: amount.minor.toString(),
    currency: amount.currency,
    reference,
    receivedAt: input.receivedAt,
    recordedBy: actor,
  };
  if (!(await ctx.store.fund.record(contribution, actor, now))) {
    throw new ConflictError(
      `A contribution with the reference "${reference}" is already recorded; it is never counted twice.`,
    );
  }
  if (input.cityId) {
    const open = await ctx.store.obligations.list(
      input.clusterId,
      { now, statuses: ['OPEN', 'OVERDUE'], obligeeKey: input.cityId, kind: 'FUND_CONTRIBUTION' },
      { first: 1 },
    );
    const due = open.items[0];
    // Only a contribution that covers what the duty asks fulfils it; a smaller one is recorded and the duty stays open.
    const covers =
      !due?.amount || (due.amount.currency === amount.currency && amount.minor >= BigInt(due.amount.amountMinor));
    if (due && covers)
      await fulfilOnRecord(
        ctx.store,
        due,
        `Fund contribution ${reference}: ${formatMoney(amount)} received on ${input.receivedAt}.`,
        actor,
        input.receivedAt > due.triggeredAt ? input.receivedAt : now,
      );
  }
  return contribution;
}
