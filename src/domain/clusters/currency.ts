/** What a cluster stored before it kept a currency records money in. */
export const DEFAULT_CLUSTER_CURRENCY = 'CNY';

/** The ISO 4217 currency a cluster records money in (dispatch costs among it). */
export function clusterCurrency(cluster: { currency?: string }): string {
  return cluster.currency ?? DEFAULT_CLUSTER_CURRENCY;
}
