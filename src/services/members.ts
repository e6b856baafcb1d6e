import type { RequestContext } from '../context';
import type { CityRecord } from '../store/records';

/** Every member city of a cluster (paged through the cluster's city index; a cluster has tens of cities). */
export async function citiesOf(ctx: RequestContext, clusterId: string): Promise<CityRecord[]> {
  const cities: CityRecord[] = [];
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
