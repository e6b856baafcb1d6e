import { visibleClusterIds } from '../auth/policy';
import { closureSummary } from '../domain/obligations/status';
import type { Resolvers } from '../generated/graphql';
import { clusterFor, enforce, notFound } from '../services/access';
import {
  confirmRiskEvent,
  escalateRiskEvent,
  eventFor,
  reportRiskEvent,
  setRiskEventStatus,
  updateRiskEvent,
} from '../services/events';
import { pageOfIds } from '../store/pagination';
import type { StoredCity } from '../store/entities';
import { pageArgs, toConnection } from './connection';

export const eventResolvers: Resolvers = {
  Query: {
    riskEvent: (_, { id }, ctx) => eventFor(ctx, id, 'event:read'),
    riskEvents: async (_, { clusterId, status, ...args }, ctx) => {
      await clusterFor(ctx, clusterId, 'event:read');
      const page = await ctx.store.events.listByCluster(clusterId, status, pageArgs(args));
      for (const event of page.items) ctx.loaders.riskEvent.prime(event.eventId, event);
      return toConnection(page);
    },
    escalations: async (_, args, ctx) => {
      const clusterIds = visibleClusterIds(ctx.caller);
      for (const clusterId of clusterIds)
        enforce(ctx, 'escalation:read', { clusterId }, () => notFound('cluster', clusterId));
      const escalated = (
        await Promise.all(clusterIds.map((clusterId) => ctx.store.events.escalatedInCluster(clusterId)))
      ).flat();
      escalated.sort((a, b) => b.escalation!.at.localeCompare(a.escalation!.at) || a.eventId.localeCompare(b.eventId));
      const byId = new Map(escalated.map((event) => [event.eventId, event]));
      const page = pageOfIds(
        'escalations',
        escalated.map((event) => event.eventId),
        pageArgs(args),
      );
      return toConnection({ ...page, items: page.items.map((id) => byId.get(id)!) });
    },
  },
  Mutation: {
    reportRiskEvent: (_, { input }, ctx) => reportRiskEvent(ctx, input),
    confirmRiskEvent: (_, { input }, ctx) => confirmRiskEvent(ctx, input),
    updateRiskEvent: (_, { input }, ctx) => updateRiskEvent(ctx, input),
    escalateRiskEvent: (_, { input }, ctx) => escalateRiskEvent(ctx, input),
    setRiskEventStatus: (_, { input }, ctx) => setRiskEventStatus(ctx, input),
  },
  RiskEvent: {
    id: (event) => event.eventId,
    cluster: (event, _, ctx) => clusterFor(ctx, event.clusterId, 'cluster:read'),
    originCity: async (event, _, ctx) => (await ctx.loaders.city.load(event.originCityId))!,
    affectedCities: async (event, _, ctx) =>
      (await ctx.loaders.city.loadMany(event.affectedCityIds)).filter(
        (city): city is StoredCity => !!city && !(city instanceof Error),
      ),
    location: (event) => ({
      latitude: event.location.latitude ?? null,
      longitude: event.location.longitude ?? null,
      description: event.location.description,
    }),
    reportedByName: (event) => event.reportedBy.name,
    closure: (event) => (event.closure ? { ...event.closure, summary: closureSummary(event.closure) } : null),
    timeline: (event) => event.timeline.map((entry) => ({ ...entry, from: entry.from ?? null, to: entry.to ?? null })),
  },
};
