import type { RequestContext } from '../context';
import type { StoredCity } from '../store/entities';
import type { CityNaming } from '../domain/cities/naming';

/** Every member city of a cluster (paged through the cluster's city index; a cluster has tens of cities). */
export async function citiesOf(ctx: RequestContext, clusterId: string): Promise<StoredCity[]> {
  const cities: StoredCity[] = [];
  let after: string | null = null;
  do {
    const page = await ctx.store.cities.listByCluster(clusterId, { first: 100, after });
    cities.push(...page.items);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  return cities;
}

/** The ids of a cluster's member cities. */
export async function memberCityIds(ctx: RequestContext, clusterId: string): Promise<Set<string>> {
  return new Set((await citiesOf(ctx, clusterId)).map((city) => city.cityId));
}

/** Names cities in messages from cities already read; any other id stands for itself. */
export function namingOf(cities: readonly StoredCity[]): CityNaming {
  const names = new Map(cities.map((city) => [city.cityId, city.name]));
  return (cityId) => names.get(cityId) ?? cityId;
}

/** A cluster's member ids and how to name them, from one read: what the checks of an agreement's terms take. */
export async function membersWithNames(
  ctx: RequestContext,
  clusterId: string,
): Promise<[ReadonlySet<string>, CityNaming]> {
  const cities = await citiesOf(ctx, clusterId);
  return [new Set(cities.map((city) => city.cityId)), namingOf(cities)];
}
