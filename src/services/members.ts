import type { RequestContext } from '../context';

/** The ids of a cluster's member cities (paged through the cluster's city index). */
export async function memberCityIds(ctx: RequestContext, clusterId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  do {
    const page = await ctx.store.cities.listByCluster(clusterId, { first: 100, after });
    page.items.forEach((city) => ids.add(city.cityId));
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  return ids;
}
