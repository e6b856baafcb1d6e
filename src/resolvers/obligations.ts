import { effectiveStatus } from '../domain/obligations/status';
import { agreementVersionKey } from '../domain/agreements/ids';
import type { Resolvers } from '../generated/graphql';
import { referencedIn } from '../services/access';
import { fulfilObligation, listObligations, obligationSummary, waiveObligation } from '../services/obligations';
import { pageArgs, toConnection } from './connection';

export const obligationResolvers: Resolvers = {
  Query: {
    obligations: async (_, { clusterId, filter, ...args }, ctx) =>
      toConnection(await listObligations(ctx, clusterId, filter ?? {}, pageArgs(args))),
    obligationSummary: (_, { clusterId, eventId }, ctx) => obligationSummary(ctx, clusterId, eventId),
  },
  Mutation: {
    fulfilObligation: (_, { input }, ctx) => fulfilObligation(ctx, input),
    waiveObligation: (_, { input }, ctx) => waiveObligation(ctx, input),
  },
  Obligation: {
    id: (obligation) => obligation.obligationId,
    status: (obligation, _, ctx) => effectiveStatus(obligation.status, obligation.dueAt, ctx.now()),
    city: async (obligation, _, ctx) =>
      obligation.cityId ? ((await ctx.loaders.city.load(obligation.cityId)) ?? null) : null,
    owedByCoordinationOffice: (obligation) => !obligation.cityId,
    // Nested records are checked against the obligation's cluster too: a reference never crosses clusters.
    event: (obligation, _, ctx) =>
      referencedIn(obligation.clusterId, 'risk event', obligation.eventId, (id) => ctx.loaders.riskEvent.load(id)),
    agreement: (obligation, _, ctx) =>
      referencedIn(obligation.clusterId, 'agreement', obligation.agreementId, (id) => ctx.loaders.agreement.load(id)),
    agreementVersion: (obligation) => obligation.agreementVersionNo,
    duty: async (obligation, _, ctx) => {
      const version = await ctx.loaders.agreementVersion.load(
        agreementVersionKey(obligation.agreementId, obligation.agreementVersionNo),
      );
      const duty = version?.duties.find((candidate) => candidate.dutyId === obligation.dutyId);
      if (!duty)
        throw new Error(
          `Duty ${obligation.dutyId} missing from agreement ${obligation.agreementId} v${obligation.agreementVersionNo}`,
        );
      return duty;
    },
    recordedAt: (obligation) => obligation.closedAt ?? null,
    evidence: (obligation) =>
      obligation.evidenceText ? { text: obligation.evidenceText, links: obligation.evidenceLinks ?? [] } : null,
    fulfilledByName: (obligation) =>
      obligation.status === 'FULFILLED' || obligation.status === 'FULFILLED_LATE'
        ? (obligation.closedBy?.name ?? null)
        : null,
  },
  CityObligationSummary: {
    city: async (row, _, ctx) => (row.cityId ? ((await ctx.loaders.city.load(row.cityId)) ?? null) : null),
  },
};
