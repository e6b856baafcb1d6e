import { claimDecided } from '../domain/notifications/announcements';
import { randomUUID } from 'node:crypto';
import { actorOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { Page, PageRequest } from '../domain/pagination';
import type { RequestContext } from '../context';
import { compare, formatMoney, money, parseMoney, sum, toWire, zero, type Money } from '../domain/compensation/money';
import {
  balancesOf,
  netBalances,
  settlementPlan,
  type Balance,
  type Transfer,
} from '../domain/compensation/settlement';
import { fundContributionId, paymentEntryId } from '../domain/compensation/ids';
import { FUND_PAYER_ID, splitAmount } from '../domain/compensation/split';
import { agreementVersionKey } from '../domain/agreements/ids';
import { validateClaim, type ClaimItemDraft } from '../domain/compensation/terms';
import { BadInputError, ConflictError, InvalidStateError } from '../domain/errors';
import { agreementCovers } from '../domain/obligations/activation';
import { requiredText } from '../domain/text';
import type {
  StoredAidOffer,
  StoredClaim,
  StoredFundContribution,
  StoredLedgerEntry,
  StoredObligation,
} from '../store/entities';
import { claimLimitSteps, type ClaimLimits } from '../store/claim-limits';
import { approvedByKind, claimedByKind, heldChange } from '../domain/compensation/claim-limits';
import { addLedgerLines, addToEventApproved, ensureLedgerTotals, type LedgerRefusals } from '../store/ledger';
import { RaceLost, retryLostRaces } from '../store/kernel';
import { fulfilOnRecord } from './obligations';
import { cityName, partyName } from './participants';
import { allows, clusterFor, enforce, notFound } from './access';
import { claimConcern, inEvaluatorScope } from './evaluator-scope';
import { termsOf } from './agreements';
import { citiesOf, namingOf } from './members';
import { idempotentRequest } from '../domain/idempotency';

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
  const readable = await Promise.all(result.items.map((claim) => mayRead(ctx, claim)));
  return { ...result, items: result.items.filter((_, index) => readable[index]) };
}

/**
 * Whether the caller may read a claim of a list. The agreement's parties and the evaluator's scope only ever widen
 * who may read a claim, so a caller the claim alone lets read it (the office, the superior, the claimant) is allowed
 * without reading the agreement version: a page costs no call for them.
 */
async function mayRead(ctx: RequestContext, claim: StoredClaim): Promise<boolean> {
  const fromClaimAlone: Resource = {
    clusterId: claim.clusterId,
    cityId: claim.claimantCityId,
    partyCityIds: [],
    inEvaluatorScope: false,
  };
  return allows(ctx, 'claim:read', fromClaimAlone) || allows(ctx, 'claim:read', await claimAccess(ctx, claim));
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

/**
 * Files a claim for an event under the agreement version in force, checked against its compensation terms and held
 * against its limits across claims (see `claimLimitSteps`); a dispatch that changed meanwhile is read again.
 */
export async function fileClaim(ctx: RequestContext, input: FileClaimInput): Promise<StoredClaim> {
  return retryLostRaces(() => fileClaimOnce(ctx, input));
}

async function fileClaimOnce(ctx: RequestContext, input: FileClaimInput): Promise<StoredClaim> {
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
  let offer: StoredAidOffer | undefined;
  if (input.aidOfferId) {
    // A claim for a dispatch must be the claimant's own dispatch, for this event, and actually sent.
    offer = await ctx.store.aid.getOffer(input.aidOfferId);
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
      approvedForEvent: money(
        await ensureLedgerTotals(agreement.clusterId, ctx.now()).then(() =>
          ctx.store.ledger.approvedForEvent(event.eventId, agreement.agreementId),
        ),
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
    holdsClaimLimits: true,
    version: 1,
  };
  const limits = { terms: terms.compensation, dispatch: offer, nameOf: namingOf(claimant ? [claimant] : []) };
  return ctx.store.claims.file(claim, actor, now, limits, keyed);
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
  const limits = await claimLimitsOf(ctx, claim);
  const claimantName = (await ctx.loaders.city.load(claim.claimantCityId))?.name ?? claim.claimantCityId;
  if (input.decision === 'REJECT') {
    const reason = requiredText(input.reason, 'reason for rejecting');
    return ctx.store.claims.apply(
      claim,
      { status: 'REJECTED', decisionReason: reason, decidedAt: at, decidedBy: actor },
      { action: 'CLAIM_REJECTED', changes: { status: [claim.status, 'REJECTED'], reason: [null, reason] } },
      actor,
      at,
      // A rejected claim frees everything it held.
      (tx) => {
        claimLimitSteps(tx, claim, limits, heldChange(claimedByKind(claim.items), {}));
        tx.announce(claimDecided(claim, claimantName, `rejected: ${reason}`, [], at));
      },
    );
  }
  const { items, approved } = approveItems(claim, input.items ?? []);
  if (approved.minor <= 0n) throw new BadInputError('Nothing is approved; reject the claim instead, with the reason.');
  await ensureLedgerTotals(claim.clusterId, at);
  const entries = await splitToLedger(ctx, claim, zero(claim.currency), approved, 'CLAIM_SHARE', actor, at);
  const status = items.some((item) => item.reductionReason) ? 'PARTLY_APPROVED' : 'APPROVED';
  const refusals = await ledgerRefusals(ctx);
  const cap = await eventCapOf(ctx, claim);
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
    (tx) => {
      addToEventApproved(tx, claim, approved.minor, cap?.minor, capRefusal(cap, approved));
      addLedgerLines(tx, entries, { refusals, claimantOf: () => claim.claimantCityId });
      // An approval holds what is approved: a reduction is freed.
      claimLimitSteps(tx, claim, limits, heldChange(claimedByKind(claim.items), approvedByKind(items)));
      tx.announce(
        claimDecided(
          claim,
          claimantName,
          `${status === 'APPROVED' ? 'approved' : 'partly approved'}, ${formatMoney(approved)} shared among the payers`,
          entries.map((entry) => entry.payerId).filter((payer) => payer !== FUND_PAYER_ID),
          at,
        ),
      );
    },
  );
}

/** What a decision on the claim holds its amounts against: its terms' caps and, when it names one, its dispatch. */
async function claimLimitsOf(ctx: RequestContext, claim: StoredClaim): Promise<ClaimLimits> {
  const [[version], dispatch, claimant] = await Promise.all([
    ctx.store.agreements.getVersions([agreementVersionKey(claim.agreementId, claim.agreementVersionNo)]),
    claim.aidOfferId ? ctx.store.aid.getOffer(claim.aidOfferId) : undefined,
    ctx.loaders.city.load(claim.claimantCityId),
  ]);
  return {
    terms: termsOf(version!).compensation!,
    ...(dispatch ? { dispatch } : {}),
    nameOf: namingOf(claimant ? [claimant] : []),
  };
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

/** The cap per event of the agreement version the claim is under, if it has one. */
async function eventCapOf(ctx: RequestContext, claim: StoredClaim): Promise<Money | undefined> {
  const [version] = await ctx.store.agreements.getVersions([
    agreementVersionKey(claim.agreementId, claim.agreementVersionNo),
  ]);
  return termsOf(version!).compensation?.capPerEvent;
}

/** The refusal of an approval that would pass the cap per event, with what the event has approved now. */
function capRefusal(cap: Money | undefined, change: Money) {
  return (approved: bigint) =>
    cap
      ? new BadInputError(
          `Approving ${formatMoney(change)} more would exceed the cap of ${formatMoney(cap)} per event (${formatMoney(money(approved, change.currency))} already approved).`,
        )
      : new BadInputError(
          `Approving ${formatMoney(change)} more would take the event's approved total past the largest amount CityPact records.`,
        );
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
  await ensureLedgerTotals(claim.clusterId, at);
  const entries = await splitToLedger(ctx, claim, before, approved, 'CLAIM_ADJUSTMENT', actor, at);
  const status =
    approved.minor === 0n ? 'REJECTED' : items.some((item) => item.reductionReason) ? 'PARTLY_APPROVED' : 'APPROVED';
  const refusals = await ledgerRefusals(ctx);
  const cap = await eventCapOf(ctx, claim);
  // The revision holds the revised amounts: a rise needs the room under the claim's limits again.
  const limits = await claimLimitsOf(ctx, claim);
  const heldBefore = claim.appeal.appealedStatus === 'REJECTED' ? {} : approvedByKind(claim.items);
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
    (tx) => {
      addToEventApproved(tx, claim, delta.minor, cap?.minor, capRefusal(cap, delta));
      addLedgerLines(tx, entries, { refusals, claimantOf: () => claim.claimantCityId });
      claimLimitSteps(tx, claim, limits, heldChange(heldBefore, approvedByKind(items)));
    },
  );
}

/** The refusals of ledger writes, worded with the parties' names as an official reads them. */
export async function ledgerRefusals(ctx: RequestContext): Promise<LedgerRefusals> {
  const currency = await ledgerCurrencyOf(ctx.store.ledger, undefined);
  const amount = (minor: bigint) => formatMoney(money(minor, currency));
  return {
    position: async (partyId, current) =>
      new BadInputError(
        `This would take the position of ${await partyName(ctx, partyId)} (now ${amount(current.net)}) past the largest amount CityPact records (16 digits of minor units). Nothing was recorded.`,
      ),
    claimOwed: async (payerId, owed) =>
      new BadInputError(
        `The ledger shows ${await partyName(ctx, payerId)} owing ${amount(owed > 0n ? owed : 0n)} towards this claim; the payment is more than that. Nothing was recorded.`,
      ),
    fund: (current) =>
      new BadInputError(
        `The regional fund holds ${amount(current.cash)}; it can only pay what it holds, and no fund total can pass the largest amount CityPact records. Nothing was recorded.`,
      ),
  };
}

async function ledgerCurrencyOf(ledger: RequestContext['store']['ledger'], clusterId: string | undefined) {
  return (clusterId ? (await ledger.fund(clusterId)).currency : undefined) ?? 'CNY';
}

/** Each party's net position: the kept positions, or (for a period) the lines of that period netted. */
export async function balances(
  ctx: RequestContext,
  clusterId: string,
  period?: { from?: string | null; until?: string | null } | null,
): Promise<Balance[]> {
  await clusterFor(ctx, clusterId, 'ledger:read');
  if (period?.from && period.until && period.from >= period.until)
    throw new BadInputError('The period is empty: from must be before until.');
  await ensureLedgerTotals(clusterId, ctx.now());
  const currency = await ledgerCurrencyOf(ctx.store.ledger, clusterId);
  if (!period?.from && !period?.until) {
    // Every party the ledger has named, settled ones (at zero) included, as netting the lines would show them.
    return balancesOf(
      (await ctx.store.ledger.positions(clusterId)).filter((position) => position.named),
      currency,
    );
  }
  // A period's balances net that period's lines: an audit question, not the daily view, so it reads the history.
  const entries = (await ctx.store.ledger.entries(clusterId)).filter(
    (entry) => (!period.from || entry.at >= period.from) && (!period.until || entry.at < period.until),
  );
  return netBalances(
    entries.map((entry) => ({
      payerId: entry.payerId,
      payeeId: entry.payeeId,
      amount: money(BigInt(entry.amountMinor), entry.currency),
    })),
    currency,
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
 * A cluster keeps one currency in its ledger and fund (CNY unless its first amount set another): an amount in another
 * currency could not be netted and would make the ledger unreadable, so it is refused before it is written.
 */
export async function assertLedgerCurrency(ctx: RequestContext, clusterId: string, currency: string): Promise<void> {
  await ensureLedgerTotals(clusterId, ctx.now());
  const ledgerCurrency = await ledgerCurrencyOf(ctx.store.ledger, clusterId);
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

/** Reads what a payment depends on, checks it for a clear answer, and writes it with every rule as a condition. */
async function tryRecordPayment(
  ctx: RequestContext,
  input: PaymentInput,
  entry: StoredLedgerEntry,
  amount: Money,
  now: string,
): Promise<void> {
  const { clusterId, fromId, toId } = input;
  const positions = await ctx.store.ledger.positionsOf(clusterId, [fromId, toId]);
  const from = positions.get(fromId)!;
  const to = positions.get(toId)!;
  if (fromId === FUND_PAYER_ID) {
    // A sanction may bar a city from drawing on the fund for a while: what it is owed waits on the ledger until then.
    const barredUntil = to.drawBarredUntil && to.drawBarredUntil > now ? to.drawBarredUntil : undefined;
    const suspension = barredUntil
      ? await ctx.store.compliance.suspensionAt(clusterId, toId, now)
      : await ctx.store.compliance.suspensionAt(clusterId, toId, input.paidAt);
    if (barredUntil || suspension) {
      throw new InvalidStateError(
        `${await cityName(ctx, toId)} may not draw from the regional fund until ${suspension?.until ?? barredUntil} (a sanction${suspension ? ` of compliance record ${suspension.recordId}` : ''}). What it is owed stays on the ledger until then.`,
        {
          currentState: 'FUND_DRAW_SUSPENDED',
          until: suspension?.until ?? barredUntil,
          ...(suspension ? { complianceRecordId: suspension.recordId } : {}),
        },
      );
    }
  }
  let claim: StoredClaim | undefined;
  let settles = false;
  if (input.claimId) {
    claim = await claimFor(ctx, input.claimId, 'claim:read');
    if (claim.clusterId !== clusterId) throw notFound('claim', input.claimId);
    if (claim.status !== 'APPROVED' && claim.status !== 'PARTLY_APPROVED')
      throw new InvalidStateError(`The claim is ${claim.status}; payments go towards approved claims.`, {
        currentState: claim.status,
      });
    if (toId !== claim.claimantCityId) throw new BadInputError('A payment towards a claim goes to the claimant.');
    // A rejected claim owes nothing until an appeal revises it upwards: its debt arises with that decision.
    const debtSince =
      claim.appeal?.appealedStatus === 'REJECTED' && claim.appeal.decidedAt ? claim.appeal.decidedAt : claim.decidedAt;
    if (debtSince && input.paidAt < debtSince)
      throw new BadInputError(
        `The payment is dated ${input.paidAt}, before the claim was approved (${debtSince}): a payment cannot predate the debt it settles.`,
      );
    const owedBy = await ctx.store.ledger.owedOnClaim(claim.claimId);
    const owes = owedBy.get(fromId) ?? 0n;
    if (amount.minor > owes)
      throw new BadInputError(
        `The ledger shows ${await partyName(ctx, fromId)} owing ${formatMoney(money(owes > 0n ? owes : 0n, amount.currency))} towards this claim; ${formatMoney(amount)} is more than that.`,
      );
    owedBy.set(fromId, owes - amount.minor);
    settles = [...owedBy.values()].every((left) => left <= 0n);
  } else if (!from.firstOwedAt || input.paidAt < from.firstOwedAt) {
    if (from.firstOwedAt)
      throw new BadInputError(
        `The payment is dated ${input.paidAt}, before ${await partyName(ctx, fromId)} owed anything on the ledger (${from.firstOwedAt}): a payment cannot predate the debt it settles.`,
      );
  }
  // One netting model for every party, the fund included, so a payment and the settlement plan always agree.
  const owes = -from.net;
  const owed = to.net;
  if (amount.minor > owes || amount.minor > owed) {
    throw new BadInputError(
      `${formatMoney(amount)} is more than the ledger allows: ${await partyName(ctx, fromId)} owes ${formatMoney(money(owes > 0n ? owes : 0n, amount.currency))} in all and ${await partyName(ctx, toId)} is owed ${formatMoney(money(owed > 0n ? owed : 0n, amount.currency))}.`,
    );
  }
  if (fromId === FUND_PAYER_ID) {
    const cash = (await ctx.store.ledger.fund(clusterId)).cash;
    if (amount.minor > cash)
      throw new BadInputError(
        `The regional fund holds ${formatMoney(money(cash, amount.currency))}; it can only pay what it holds, and ${formatMoney(amount)} is more than that. What is owed stays on the ledger.`,
      );
  }
  const lostRace = () => new RaceLost();
  await ctx.store.ledger.recordPayment(entry, actorOf(ctx.caller), now, {
    // A bound failed against what is there now: the ledger moved since it was read; read again and retry.
    refusals: { position: lostRace, claimOwed: lostRace, fund: lostRace, drawBarred: lostRace, lineExists: lostRace },
    bounds: {
      positions: { [fromId]: { atMost: 0n }, [toId]: { atLeast: 0n } },
      ...(fromId === FUND_PAYER_ID ? { fundPaysAt: { partyId: toId, now }, fundCash: { atLeast: 0n } } : {}),
    },
    claimantOf: () => claim?.claimantCityId,
    ...(claim ? { claim: { read: claim, settles, changed: lostRace } } : {}),
  });
}

/**
 * Records a payment as a ledger line the other way round, so it offsets what the payer owed. The reference is unique
 * in the cluster (the entry id is derived from it): the same payment cannot be recorded, or settle anything, twice.
 * Every rule (what the payer owes, what the payee is owed, what the fund holds, what is owed on the claim, a fund-draw
 * suspension) is a condition of the write; a race lost to another write is read again and retried here.
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
  await assertLedgerCurrency(ctx, input.clusterId, amount.currency);
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
  await retryLostRaces(
    () => tryRecordPayment(ctx, input, entry, amount, now),
    async () => ((await ctx.store.ledger.getMany(input.clusterId, [entryId]))[0] ? alreadyRecorded() : undefined),
  );
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
  clusterId: string;
}

/** The fund's position, from the totals the ledger keeps: cash in and out, and its net position on the ledger. */
export async function fund(ctx: RequestContext, clusterId: string): Promise<FundView> {
  await clusterFor(ctx, clusterId, 'ledger:read');
  await ensureLedgerTotals(clusterId, ctx.now());
  const [totals, positions] = await Promise.all([
    ctx.store.ledger.fund(clusterId),
    ctx.store.ledger.positionsOf(clusterId, [FUND_PAYER_ID]),
  ]);
  const currency = totals.currency ?? 'CNY';
  const net = positions.get(FUND_PAYER_ID)?.net ?? 0n;
  return {
    clusterId,
    fromMembers: money(totals.fromMembers, currency),
    fromThirdParties: money(totals.fromThirdParties, currency),
    disbursed: money(totals.disbursed, currency),
    received: money(totals.received, currency),
    balance: money(totals.cash, currency),
    owed: money(net < 0n ? -net : 0n, currency),
    dueToFund: money(net > 0n ? net : 0n, currency),
  };
}

/** The newest contributions to the fund, as many as asked (at most 200). */
export async function fundContributions(
  ctx: RequestContext,
  clusterId: string,
  first: number,
): Promise<StoredFundContribution[]> {
  if (first < 0 || first > 200) throw new BadInputError('Ask for between 0 and 200 contributions.');
  return first === 0 ? [] : ctx.store.fund.contributions(clusterId, first);
}

export interface ContributionInput {
  clusterId: string;
  cityId?: string | null;
  thirdParty?: string | null;
  amount: { amountMinor: string; currency: string };
  reference: string;
  receivedAt: string;
}

/**
 * Records a contribution once per reference; a member's contribution fulfils its oldest open FUND_CONTRIBUTION duty
 * it covers. The duty is named on the contribution when it is recorded, so a retry after a failure between the two
 * writes heals it: the same contribution sent again fulfils that duty if it is still open (and is refused as already
 * recorded, since it is never counted twice).
 */
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
  const contributionId = fundContributionId(input.clusterId, reference);
  const [earlier] = await ctx.store.fund.getMany(input.clusterId, [contributionId]);
  if (earlier) return healContribution(ctx, earlier, input, amount, now);
  let due: StoredObligation | undefined;
  if (input.cityId) {
    const open = await ctx.store.obligations.list(
      input.clusterId,
      { now, statuses: ['OPEN', 'OVERDUE'], obligeeKey: input.cityId, kind: 'FUND_CONTRIBUTION' },
      { first: 1 },
    );
    const candidate = open.items[0];
    // Only a contribution that covers what the duty asks fulfils it; a smaller one is recorded and the duty stays open.
    const covers =
      !candidate?.amount ||
      (candidate.amount.currency === amount.currency && amount.minor >= BigInt(candidate.amount.amountMinor));
    if (candidate && covers) due = candidate;
  }
  const contribution: StoredFundContribution = {
    contributionId,
    clusterId: input.clusterId,
    ...(input.cityId ? { cityId: input.cityId } : { thirdParty: requiredText(input.thirdParty, 'third party', 200) }),
    amountMinor: amount.minor.toString(),
    currency: amount.currency,
    reference,
    receivedAt: input.receivedAt,
    recordedBy: actor,
    ...(due ? { fulfilsObligationId: due.obligationId } : {}),
  };
  const alreadyRecorded = () =>
    new ConflictError(
      `A contribution with the reference "${reference}" is already recorded; it is never counted twice.`,
    );
  const write = ctx.store.fund.record(contribution, actor, now, {
    alreadyRecorded,
    fund: (current) =>
      new BadInputError(
        `The regional fund holds ${formatMoney(money(current.cash, amount.currency))}; ${formatMoney(amount)} more would pass the largest amount CityPact records. Nothing was recorded.`,
      ),
    currency: (ledgerCurrency) =>
      new BadInputError(
        `This cluster keeps its ledger in ${ledgerCurrency}; record the amount in ${ledgerCurrency}, not ${amount.currency}.`,
      ),
  });
  try {
    await write;
  } catch (error) {
    // Lost to a parallel recording of the same contribution: answer as that one did.
    const [winner] = await ctx.store.fund.getMany(input.clusterId, [contributionId]);
    if (error instanceof ConflictError && winner) return healContribution(ctx, winner, input, amount, now);
    throw error;
  }
  if (due) await fulfilContributionDuty(ctx, contribution, due, amount, now);
  return contribution;
}

async function fulfilContributionDuty(
  ctx: RequestContext,
  contribution: StoredFundContribution,
  due: StoredObligation,
  amount: Money,
  now: string,
): Promise<void> {
  await fulfilOnRecord(
    ctx.store,
    due,
    `Fund contribution ${contribution.reference}: ${formatMoney(amount)} received on ${contribution.receivedAt}.`,
    actorOf(ctx.caller),
    contribution.receivedAt > due.triggeredAt ? contribution.receivedAt : now,
  );
}

/**
 * A contribution recorded again is refused (it is never counted twice); when it is the same contribution (same payer,
 * amount and date), the duty it fulfils is fulfilled now if the first attempt stopped before doing so.
 */
async function healContribution(
  ctx: RequestContext,
  earlier: StoredFundContribution,
  input: ContributionInput,
  amount: Money,
  now: string,
): Promise<never> {
  const same =
    (earlier.cityId ?? null) === (input.cityId ?? null) &&
    (earlier.thirdParty ?? null) === (input.thirdParty?.trim() || null) &&
    earlier.amountMinor === amount.minor.toString() &&
    earlier.currency === amount.currency &&
    earlier.receivedAt === input.receivedAt;
  if (same && earlier.fulfilsObligationId) {
    const due = await ctx.store.obligations.get(earlier.fulfilsObligationId);
    if (due?.status === 'OPEN') await fulfilContributionDuty(ctx, earlier, due, amount, now);
  }
  throw new ConflictError(
    `A contribution with the reference "${earlier.reference}" is already recorded; it is never counted twice.`,
  );
}

export interface PayerOwedView {
  payerId: string;
  owed: { amountMinor: string; currency: string };
}
