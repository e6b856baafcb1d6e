import { asRiskCategories } from '../domain/levels';
import { agreementVersionKey } from '../domain/agreements/ids';
import type {
  CitySharingRuleInput,
  CompensationTermsInput,
  DutyInput,
  Resolvers,
  SharingRuleInput,
} from '../generated/graphql';
import { compensationDraftOf, type CompensationTermsDraft } from '../domain/compensation/terms';
import type { CitySharingRule, SharingRule } from '../domain/compensation/split';
import type { DutyDraft } from '../domain/agreements/terms';
import { clusterFor, enforce, notFound, referencedCity } from '../services/access';
import {
  amendAgreement,
  changeAgreementStatus,
  declineAgreement,
  draftAgreement,
  proposeAgreement,
  ratifyAgreement,
  termsOf,
  updateAgreementDraft,
} from '../services/agreements';
import type { StoredAgreementVersion, StoredCity } from '../store/entities';
import { pageArgs, toConnection } from './connection';

const present = <T>(items: (T | undefined | Error)[]): T[] =>
  items.filter((item): item is T => item !== undefined && !(item instanceof Error));

export const agreementResolvers: Resolvers = {
  Query: {
    agreement: async (_, { id }, ctx) => {
      const agreement = await ctx.loaders.agreement.load(id);
      if (!agreement) throw notFound('agreement', id);
      enforce(ctx, 'agreement:read', { clusterId: agreement.clusterId }, () => notFound('agreement', id));
      return agreement;
    },
    agreements: async (_, { clusterId, status, ...args }, ctx) => {
      await clusterFor(ctx, clusterId, 'agreement:read');
      return toConnection(await ctx.store.agreements.listByCluster(clusterId, status, pageArgs(args)));
    },
  },
  Mutation: {
    draftAgreement: (_, { input }, ctx) =>
      draftAgreement(ctx, {
        ...input,
        minimumLevel: input.minimumLevel ?? undefined,
        effectiveUntil: input.effectiveUntil ?? undefined,
        duties: input.duties.map(dutyDraft),
        compensation: input.compensation ? compensationDraft(input.compensation) : undefined,
      }),
    updateAgreementDraft: (_, { input }, ctx) =>
      updateAgreementDraft(ctx, {
        agreementId: input.agreementId,
        expectedVersion: input.expectedVersion,
        clearMinimumLevel: input.clearMinimumLevel,
        ...(input.title != null ? { title: input.title } : {}),
        ...(input.partyCityIds ? { partyCityIds: input.partyCityIds } : {}),
        ...(input.categories ? { categories: input.categories } : {}),
        ...(input.minimumLevel ? { minimumLevel: input.minimumLevel } : {}),
        ...(input.effectiveFrom ? { effectiveFrom: input.effectiveFrom } : {}),
        ...(input.effectiveUntil ? { effectiveUntil: input.effectiveUntil } : {}),
        ...(input.duties ? { duties: input.duties.map(dutyDraft) } : {}),
        ...(input.compensation ? { compensation: compensationDraft(input.compensation) } : {}),
        clearCompensation: input.clearCompensation,
      }),
    proposeAgreement: (_, { input }, ctx) => proposeAgreement(ctx, input),
    ratifyAgreement: (_, { input }, ctx) => ratifyAgreement(ctx, input),
    declineAgreement: (_, { input }, ctx) => declineAgreement(ctx, input),
    amendAgreement: (_, { input }, ctx) => amendAgreement(ctx, input),
    suspendAgreement: (_, { input }, ctx) => changeAgreementStatus(ctx, 'suspend', input),
    resumeAgreement: (_, { input }, ctx) => changeAgreementStatus(ctx, 'resume', input),
    terminateAgreement: (_, { input }, ctx) => changeAgreementStatus(ctx, 'terminate', input),
  },
  Agreement: {
    id: (agreement) => agreement.agreementId,
    cluster: (agreement, _, ctx) => clusterFor(ctx, agreement.clusterId, 'cluster:read'),
    inForce: async (agreement, _, ctx) =>
      agreement.inForceVersionNo === undefined
        ? null
        : ((await ctx.loaders.agreementVersion.load(
            agreementVersionKey(agreement.agreementId, agreement.inForceVersionNo),
          )) ?? null),
    pending: async (agreement, _, ctx) =>
      agreement.pendingVersionNo === undefined
        ? null
        : ((await ctx.loaders.agreementVersion.load(
            agreementVersionKey(agreement.agreementId, agreement.pendingVersionNo),
          )) ?? null),
    versions: async (agreement, _, ctx) => {
      const keys = Array.from({ length: agreement.latestVersionNo }, (_, i) =>
        agreementVersionKey(agreement.agreementId, agreement.latestVersionNo - i),
      );
      return present<StoredAgreementVersion>(await ctx.loaders.agreementVersion.loadMany(keys));
    },
  },
  AgreementVersion: {
    number: (version) => version.versionNo,
    parties: async (version, _, ctx) => present<StoredCity>(await ctx.loaders.city.loadMany(version.partyCityIds)),
    minimumLevel: (version) => version.minimumLevel ?? null,
    categories: (version) => asRiskCategories(version.categories),
    awaiting: async (version, _, ctx) => {
      if (version.status !== 'PROPOSED') return [];
      const ratified = new Set(version.ratifications.map((ratification) => ratification.cityId));
      return present<StoredCity>(
        await ctx.loaders.city.loadMany(version.partyCityIds.filter((id) => !ratified.has(id))),
      );
    },
    compensation: (version) => {
      const terms = termsOf(version).compensation;
      if (!terms) return null;
      const draft = compensationDraftOf(terms);
      const rule = terms.sharingRule;
      const shares = (kind: { kind: string; shares?: Array<{ cityId: string; basisPoints: number }> }) =>
        'shares' in kind && kind.shares ? kind.shares : [];
      return {
        currency: terms.currency,
        coveredKinds: draft.coveredKinds.map((covered) => ({
          kind: covered.kind,
          capPerClaim: covered.capPerClaim ?? null,
        })),
        capPerClaim: draft.capPerClaim ?? null,
        capPerEvent: draft.capPerEvent ?? null,
        filingWindow: terms.filingWindow,
        sharingRule: {
          kind: rule.kind,
          shares: shares(rule),
          fundBasisPoints: rule.kind === 'FUND_COVERS' ? rule.fundBasisPoints : null,
          remainderRule:
            rule.kind === 'FUND_COVERS' ? { kind: rule.remainderRule.kind, shares: shares(rule.remainderRule) } : null,
        },
        inKind: (draft.inKind ?? []).map((entry) => ({
          form: entry.form,
          description: entry.description,
          value: entry.value,
        })),
      };
    },
  },
  Duty: {
    id: (duty) => duty.dutyId,
    city: async (duty, _, ctx) => (duty.cityId ? ((await ctx.loaders.city.load(duty.cityId)) ?? null) : null),
    categories: (duty) => asRiskCategories(duty.categories),
    fromLevel: (duty) => duty.fromLevel ?? null,
  },
  Ratification: {
    city: (ratification, _, ctx) => referencedCity(ctx, ratification.cityId),
    byName: (ratification) => ratification.actorName,
  },
  FixedShare: {
    city: (share, _, ctx) => referencedCity(ctx, share.cityId),
  },
  Decline: {
    city: (decline, _, ctx) => referencedCity(ctx, decline.cityId),
  },
};

function dutyDraft(duty: DutyInput): DutyDraft {
  const { id, cityId, categories, fromLevel, recurrence, resourceType, quantity, amount, ...rest } = duty;
  return {
    ...rest,
    dutyId: id ?? undefined,
    categories: categories ?? undefined,
    ...(cityId ? { cityId } : {}),
    ...(fromLevel ? { fromLevel } : {}),
    ...(recurrence ? { recurrence } : {}),
    ...(resourceType != null ? { resourceType } : {}),
    ...(quantity != null ? { quantity } : {}),
    ...(amount ? { amount } : {}),
  };
}

/** GraphQL's flat sharing-rule input to the domain's tagged union (missing parts are reported by the domain). */
function sharingRule(input: SharingRuleInput | CitySharingRuleInput): SharingRule {
  switch (input.kind) {
    case 'FIXED_SHARES':
      return { kind: 'FIXED_SHARES', shares: input.shares ?? [] };
    case 'FUND_COVERS': {
      const remainder = 'remainderRule' in input && input.remainderRule ? sharingRule(input.remainderRule) : undefined;
      return {
        kind: 'FUND_COVERS',
        fundBasisPoints: ('fundBasisPoints' in input ? input.fundBasisPoints : null) ?? 0,
        remainderRule: remainder as CitySharingRule,
      };
    }
    default:
      return { kind: input.kind };
  }
}

function compensationDraft(input: CompensationTermsInput): CompensationTermsDraft {
  return {
    currency: input.currency,
    coveredKinds: input.coveredKinds.map((covered) => ({ kind: covered.kind, capPerClaim: covered.capPerClaim })),
    capPerClaim: input.capPerClaim,
    capPerEvent: input.capPerEvent,
    filingWindow: input.filingWindow,
    sharingRule: sharingRule(input.sharingRule),
    inKind: input.inKind,
  };
}
