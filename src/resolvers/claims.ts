import type { RequestContext } from '../context';
import { money, toWire } from '../domain/compensation/money';
import { FUND_PAYER_ID } from '../domain/compensation/split';
import type { Resolvers } from '../generated/graphql';
import { referencedCity, referencedIn } from '../services/access';
import {
  appealClaim,
  balances,
  listClaims,
  claimFor,
  decideAppeal,
  decideClaim,
  fileClaim,
  fund,
  fundContributions,
  plan,
  recordFundContribution,
  recordPayment,
  startClaimReview,
} from '../services/claims';
import type { StoredLedgerEntry } from '../store/entities';
import { pageArgs, toConnection } from './connection';

const wire = (amountMinor: string, currency: string) => ({ amountMinor, currency });

async function cityOrFund(ctx: RequestContext, partyId: string) {
  return partyId === FUND_PAYER_ID ? null : ((await ctx.loaders.city.load(partyId)) ?? null);
}

export const claimResolvers: Resolvers = {
  Query: {
    claim: (_, { id }, ctx) => claimFor(ctx, id, 'claim:read'),
    claims: async (_, { clusterId, status, ...args }, ctx) =>
      toConnection(await listClaims(ctx, clusterId, status, pageArgs(args))),
    balances: async (_, { clusterId, period }, ctx) =>
      (await balances(ctx, clusterId, period)).map((balance) => ({
        partyId: balance.partyId,
        net: toWire(balance.net),
      })),
    fund: (_, { clusterId }, ctx) => fund(ctx, clusterId),
    settlementPlan: async (_, { clusterId, period }, ctx) =>
      (await plan(ctx, clusterId, period)).map((transfer) => ({
        fromId: transfer.fromId,
        toId: transfer.toId,
        amount: toWire(transfer.amount),
      })),
  },
  Mutation: {
    fileClaim: (_, { input }, ctx) => fileClaim(ctx, input),
    startClaimReview: (_, { input }, ctx) => startClaimReview(ctx, input),
    decideClaim: (_, { input }, ctx) => decideClaim(ctx, input),
    recordPayment: (_, { input }, ctx) => recordPayment(ctx, input),
    recordFundContribution: (_, { input }, ctx) => recordFundContribution(ctx, input),
    appealClaim: (_, { input }, ctx) => appealClaim(ctx, input),
    decideAppeal: (_, { input }, ctx) => decideAppeal(ctx, input),
  },
  Fund: {
    fromMembers: (view) => toWire(view.fromMembers),
    fromThirdParties: (view) => toWire(view.fromThirdParties),
    disbursed: (view) => toWire(view.disbursed),
    received: (view) => toWire(view.received),
    balance: (view) => toWire(view.balance),
    owed: (view) => toWire(view.owed),
    dueToFund: (view) => toWire(view.dueToFund),
    contributions: (view, { first }, ctx) => fundContributions(ctx, view.clusterId, first ?? 50),
  },
  Payment: {
    id: (entry) => entry.entryId,
    // Stored the other way round (the payee "owes" the payment back): shown as entered.
    fromId: (entry) => entry.payeeId,
    toId: (entry) => entry.payerId,
    from: (entry, _, ctx) => cityOrFund(ctx, entry.payeeId),
    to: (entry, _, ctx) => cityOrFund(ctx, entry.payerId),
    amount: (entry) => wire(entry.amountMinor, entry.currency),
    reference: (entry) => entry.reference ?? entry.entryId,
    paidAt: (entry) => entry.at,
  },
  PayerOwed: {
    payer: (owed, _, ctx) => cityOrFund(ctx, owed.payerId),
  },
  FundContribution: {
    id: (contribution) => contribution.contributionId,
    city: (contribution, _, ctx) => (contribution.cityId ? cityOrFund(ctx, contribution.cityId) : null),
    amount: (contribution) => wire(contribution.amountMinor, contribution.currency),
  },
  Claim: {
    id: (claim) => claim.claimId,
    agreement: (claim, _, ctx) =>
      referencedIn(claim.clusterId, 'agreement', claim.agreementId, (id) => ctx.loaders.agreement.load(id)),
    agreementVersion: (claim) => claim.agreementVersionNo,
    event: (claim, _, ctx) =>
      referencedIn(claim.clusterId, 'risk event', claim.eventId, (id) => ctx.loaders.riskEvent.load(id)),
    claimant: (claim, _, ctx) => referencedCity(ctx, claim.claimantCityId),
    items: (claim) =>
      claim.items.map((item) => ({
        number: item.number,
        kind: item.kind,
        description: item.description,
        amount: wire(item.amountMinor, claim.currency),
        evidence: item.evidence,
        approved: item.approvedMinor ? wire(item.approvedMinor, claim.currency) : null,
        reductionReason: item.reductionReason ?? null,
      })),
    claimed: (claim) => wire(claim.claimedMinor, claim.currency),
    approved: (claim) => (claim.approvedMinor ? wire(claim.approvedMinor, claim.currency) : null),
    decidedByName: (claim) => claim.decidedBy?.name ?? null,
    appeal: (claim) =>
      claim.appeal
        ? {
            statement: claim.appeal.statement,
            filedAt: claim.appeal.filedAt,
            outcome: claim.appeal.outcome ?? null,
            reason: claim.appeal.reason ?? null,
            decidedAt: claim.appeal.decidedAt ?? null,
            decidedByName: claim.appeal.decidedByName ?? null,
          }
        : null,
    payments: async (claim, _, ctx) =>
      (await ctx.store.ledger.getMany(claim.clusterId, claim.paymentIds ?? [])).filter(
        (entry): entry is StoredLedgerEntry => !!entry,
      ),
    owedByPayer: async (claim, _, ctx) =>
      [...(await ctx.store.ledger.owedOnClaim(claim.claimId))]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([payerId, owed]) => ({
          payerId,
          owed: toWire(money(owed > 0n ? owed : 0n, claim.currency)),
        })),
    ledgerEntries: async (claim, _, ctx) =>
      (
        await Promise.all(
          (claim.ledgerEntryIds ?? []).map((entryId) =>
            ctx.loaders.ledgerEntry.load({ clusterId: claim.clusterId, entryId }),
          ),
        )
      ).filter((entry): entry is StoredLedgerEntry => !!entry),
  },
  LedgerEntry: {
    id: (entry) => entry.entryId,
    amount: (entry) => wire(entry.amountMinor, entry.currency),
  },
  Balance: {
    city: (balance, _, ctx) => cityOrFund(ctx, balance.partyId),
  },
};
