import type { Resolvers } from '../generated/graphql';
import type { StoredCluster } from '../store/entities';

export const meResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => ctx.caller,
  },
  Me: {
    id: (caller) => caller.id,
    displayName: (caller) => caller.displayName,
    role: (caller) => caller.role,
    cluster: async (caller, _, ctx) =>
      caller.role === 'SUPERIOR' ? null : ((await ctx.loaders.cluster.load(caller.clusterId)) ?? null),
    city: async (caller, _, ctx) =>
      caller.role === 'CITY' ? ((await ctx.loaders.city.load(caller.cityId)) ?? null) : null,
    overseenClusters: async (caller, _, ctx) => {
      if (caller.role !== 'SUPERIOR') return [];
      const clusters = await ctx.loaders.cluster.loadMany([...caller.clusterIds].sort());
      return clusters.filter((cluster): cluster is StoredCluster => !!cluster && !(cluster instanceof Error));
    },
  },
};
