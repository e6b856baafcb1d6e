import { actorOf } from '../auth/caller';
import { clusterCurrency } from '../domain/clusters/currency';
import { visibleClusterIds } from '../auth/policy';
import { planModeSwitch } from '../domain/clusters/mode';
import type { Resolvers } from '../generated/graphql';
import { staleCluster } from '../store/clusters';
import { pageOfIds } from '../store/pagination';
import type { StoredCluster } from '../store/entities';
import { clusterFor } from '../services/access';
import { pageArgs, toConnection } from './connection';

export const clusterResolvers: Resolvers = {
  Query: {
    cluster: (_, { id }, ctx) => clusterFor(ctx, id, 'cluster:read'),
    clusters: async (_, args, ctx) => {
      // The visible set comes from the caller's scope, so it never counts or lists another cluster.
      const page = pageOfIds('clusters', [...visibleClusterIds(ctx.caller)].sort(), pageArgs(args));
      const clusters = await ctx.loaders.cluster.loadMany(page.items);
      const nodes = clusters.filter((cluster): cluster is StoredCluster => !!cluster && !(cluster instanceof Error));
      return toConnection({ ...page, items: nodes });
    },
  },
  Mutation: {
    setClusterMode: async (_, { input }, ctx) => {
      const cluster = await clusterFor(ctx, input.clusterId, 'cluster:setMode', true);
      if (input.expectedVersion != null && input.expectedVersion !== cluster.version) {
        throw staleCluster({ ...cluster, version: input.expectedVersion }, cluster);
      }
      const modeSwitch = planModeSwitch(cluster.mode, input.mode, input.reason);
      return ctx.store.clusters.switchMode({ cluster, modeSwitch, actor: actorOf(ctx.caller), at: ctx.now() });
    },
  },
  Cluster: {
    id: (cluster) => cluster.clusterId,
    desks: (cluster) => cluster.desks ?? [],
    currency: (cluster) => clusterCurrency(cluster),
    cities: async (cluster, args, ctx) => {
      const page = await ctx.store.cities.listByCluster(cluster.clusterId, pageArgs(args));
      // Prime the loader: a later `city { cluster }` or desk host in the same response needs no extra read.
      for (const city of page.items) ctx.loaders.city.prime(city.cityId, city);
      return toConnection(page);
    },
    modeHistory: async (cluster, args, ctx) =>
      toConnection(await ctx.store.clusters.modeHistory(cluster.clusterId, pageArgs(args))),
  },
  CoordinationDesk: {
    hostCity: async (desk, _, ctx) =>
      desk.hostCityId ? ((await ctx.loaders.city.load(desk.hostCityId)) ?? null) : null,
  },
  ModeChange: {
    byName: (change) => change.actorName,
    byRole: (change) => change.actorRole,
  },
};
