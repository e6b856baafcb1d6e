import { actorOf } from '../auth/caller';
import { applyBaselinePatch, baselineOf } from '../domain/cities/baseline';
import { localNameOf } from '../domain/local-names';
import type { Resolvers } from '../generated/graphql';
import { staleCity } from '../store/cities';
import { cityFor, clusterFor } from '../services/access';

export const cityResolvers: Resolvers = {
  Query: {
    city: (_, { id }, ctx) => cityFor(ctx, id, 'city:read'),
  },
  Mutation: {
    updateCityBaseline: async (_, { input }, ctx) => {
      const { cityId, expectedVersion, localName: localNameInput, ...patch } = input;
      const city = await cityFor(ctx, cityId, 'city:updateBaseline', true);
      if (expectedVersion !== city.version) throw staleCity(city.name, expectedVersion, city.version);
      const localName = localNameOf(localNameInput);
      const figures = {
        population: patch.population ?? undefined,
        vulnerablePopulation: patch.vulnerablePopulation ?? undefined,
        emergencyTeams: patch.emergencyTeams ?? undefined,
        emergencyPersonnel: patch.emergencyPersonnel ?? undefined,
        shelterCapacity: patch.shelterCapacity ?? undefined,
      };
      const confirmsFigures = Object.values(figures).some((figure) => figure !== undefined);
      // A local name alone renames without confirming the figures (their `asOf` stays).
      const { next, changes } =
        confirmsFigures || localName === undefined
          ? applyBaselinePatch(baselineOf(city), figures)
          : { next: baselineOf(city), changes: {} };
      if (localName !== undefined && localName !== city.localName) {
        changes.localName = [city.localName ?? null, localName];
      }
      return ctx.store.cities.updateBaseline({
        city,
        next,
        localName,
        confirmsFigures,
        changes,
        actor: actorOf(ctx.caller),
        at: ctx.now(),
      });
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
