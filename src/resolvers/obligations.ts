import { effectiveStatus } from '../domain/obligations/status';
import { agreementVersionKey } from '../domain/agreements/ids';
import type { Resolvers } from '../generated/graphql';
import type { StoredCity, StoredDuty, StoredRiskEvent } from '../store/entities';
import { referencedIn } from '../services/access';
import { fulfilObligation, listObligations, obligationSummary, waiveObligation } from '../services/obligations';
import { pageArgs, toConnection } from './connection';
import { onlySelected } from './selection';

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
    // A page showing only the city's name, the event's category and description or the duty's action answers from
    // the obligation, which copies them at creation (they never change); anything more, or an older obligation, loads.
    // Answered synchronously from the copy: no promise per item for GraphQL to await.
    city: (obligation, _, ctx, info) => {
      if (!obligation.cityId) return null;
      if (obligation.cityName !== undefined && onlySelected(info, ['id', 'name']))
        return { cityId: obligation.cityId, name: obligation.cityName } as StoredCity;
      return ctx.loaders.city.load(obligation.cityId).then((city) => city ?? null);
    },
    owedByCoordinationOffice: (obligation) => !obligation.cityId,
    // Nested records are checked against the obligation's cluster too: a reference never crosses clusters.
    event: (obligation, _, ctx, info) =>
      obligation.eventId &&
      obligation.eventDescription !== undefined &&
      onlySelected(info, ['id', 'category', 'description'])
        ? ({
            eventId: obligation.eventId,
            clusterId: obligation.clusterId,
            category: obligation.eventCategory,
            description: obligation.eventDescription,
          } as StoredRiskEvent)
        : referencedIn(obligation.clusterId, 'risk event', obligation.eventId, (id) => ctx.loaders.riskEvent.load(id)),
    agreement: (obligation, _, ctx) =>
      referencedIn(obligation.clusterId, 'agreement', obligation.agreementId, (id) => ctx.loaders.agreement.load(id)),
    agreementVersion: (obligation) => obligation.agreementVersionNo,
    duty: (obligation, _, ctx, info) => {
      if (onlySelected(info, ['id', 'role', 'kind', 'action']))
        return {
          dutyId: obligation.dutyId,
          role: obligation.role,
          kind: obligation.kind,
          action: obligation.action,
        } as StoredDuty;
      return ctx.loaders.agreementVersion
        .load(agreementVersionKey(obligation.agreementId, obligation.agreementVersionNo))
        .then((version) => {
          const duty = version?.duties.find((candidate) => candidate.dutyId === obligation.dutyId);
          if (!duty)
            throw new Error(
              `Duty ${obligation.dutyId} missing from agreement ${obligation.agreementId} v${obligation.agreementVersionNo}`,
            );
          return duty;
        });
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
