import { actorOf } from '../auth/caller';
import { applyBaselinePatch, baselineOf } from '../domain/cities/baseline';
import type { Resolvers } from '../generated/graphql';
import { staleCity } from '../store/cities';
import { cityFor, clusterFor } from '../services/access';

export const cityResolvers: Resolvers = {
  Query: {
    city: (_, { id }, ctx) => cityFor(ctx, id, 'city:read'),
  },
  Mutation: {
    updateCityBaseline: async (_, { input }, ctx) => {
      const { cityId, expectedVersion, ...patch } = input;
      const city = await cityFor(ctx, cityId, 'city:updateBaseline', true);
      if (expectedVersion !== city.version) throw staleCity(city.name, expectedVersion, city.version);
      const { next, changes } = applyBaselinePatch(baselineOf(city), {
        population: patch.population ?? undefined,
        vulnerablePopulation: patch.vulnerablePopulation ?? undefined,
        emergencyTeams: patch.emergencyTeams ?? undefined,
        emergencyPersonnel: patch.emergencyPersonnel ?? undefined,
        shelterCapacity: patch.shelterCapacity ?? undefined,
      });
      return ctx.store.cities.updateBaseline({ city, next, changes, actor: actorOf(ctx.caller), at: ctx.now() });
    },
  },
  City: {
    id: (city) => city.cityId,
    cluster: (city, _, ctx) => clusterFor(ctx, city.clusterId, 'cluster:read'),
    location: (city) => ({ latitude: city.latitude, longitude: city.longitude }),
    baseline: (city) => ({
      population: city.population,
      vulnerablePopulation: city.vulnerablePopulation,
      emergencyTeams: city.emergencyTeams,
      emergencyPersonnel: city.emergencyPersonnel,
      shelterCapacity: city.shelterCapacity,
      asOf: city.baselineAsOf,
    }),
  },
};
