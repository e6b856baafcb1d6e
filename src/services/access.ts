import { decide, type Action, type Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { ForbiddenError, NotFoundError } from '../domain/errors';
import { resourceTypeKey } from '../domain/resources/ids';
import type { StoredCity, StoredCluster, StoredResourceType } from '../store/entities';

/** A hidden resource and a missing one get the same answer, word for word: no cluster learns another's ids. */
export type RecordKind =
  | 'cluster'
  | 'city'
  | 'agreement'
  | 'risk event'
  | 'obligation'
  | 'inventory item'
  | 'aid request'
  | 'aid offer'
  | 'claim'
  | 'compliance record'
  | 'evaluation'
  | 'rubric'
  | 'evaluator accreditation'
  | 'webhook subscription'
  | 'corrective action';

export function notFound(kind: RecordKind, id: string): NotFoundError {
  return new NotFoundError(`No ${kind} with id "${id}" was found.`);
}
const noCluster = (id: string) => notFound('cluster', id);
const noCity = (id: string) => notFound('city', id);

/** Loads a cluster the caller may act on, or throws NOT_FOUND / FORBIDDEN. */
export async function clusterFor(
  ctx: RequestContext,
  clusterId: string,
  action: Action,
  consistent = false,
): Promise<StoredCluster> {
  const cluster = consistent ? await ctx.store.clusters.get(clusterId) : await ctx.loaders.cluster.load(clusterId);
  if (!cluster) throw noCluster(clusterId);
  enforce(ctx, action, { clusterId, formationMode: cluster.formationMode }, () => noCluster(clusterId));
  return cluster;
}

/** Loads a city the caller may act on, or throws NOT_FOUND / FORBIDDEN. */
export async function cityFor(
  ctx: RequestContext,
  cityId: string,
  action: Action,
  consistent = false,
): Promise<StoredCity> {
  const city = consistent ? await ctx.store.cities.get(cityId) : await ctx.loaders.city.load(cityId);
  if (!city) throw noCity(cityId);
  enforce(ctx, action, { clusterId: city.clusterId, cityId }, () => noCity(cityId));
  return city;
}

/** Throws NOT_FOUND for a hidden resource and FORBIDDEN (with the policy's reason) for a denied action. */
export function enforce(ctx: RequestContext, action: Action, resource: Resource, notFound: () => NotFoundError): void {
  const decision = decide(ctx.caller, action, resource);
  if (decision.outcome === 'hidden') throw notFound();
  if (decision.outcome === 'forbidden') throw new ForbiddenError(decision.reason);
}

/** True when the policy allows the action: for nested fields that show a referenced record only to those who may read it. */
export function allows(ctx: RequestContext, action: Action, resource: Resource): boolean {
  return decide(ctx.caller, action, resource).outcome === 'allowed';
}

/** A city named by a record the caller can already see, read through the request's batching loader. */
export async function referencedCity(ctx: RequestContext, cityId: string): Promise<StoredCity> {
  const city = await ctx.loaders.city.load(cityId);
  if (!city) throw notFound('city', cityId);
  return city;
}

/** A catalogue type named by a record (batched); a missing one is a broken reference, reported as an internal error. */
export async function referencedResourceType(
  ctx: RequestContext,
  clusterId: string,
  typeId: string,
): Promise<StoredResourceType> {
  const type = await ctx.loaders.resourceType.load(resourceTypeKey(clusterId, typeId));
  if (!type) throw new Error(`Resource type ${typeId} missing from the catalogue of ${clusterId}`);
  return type;
}

/**
 * A record named by another record of the same cluster, or null when none is named. A reference never crosses
 * clusters: one that does (or dangles) answers NOT_FOUND.
 */
export async function referencedIn<T extends { clusterId: string }>(
  clusterId: string,
  kind: RecordKind,
  id: string,
  load: (id: string) => Promise<T | undefined>,
): Promise<T>;
export async function referencedIn<T extends { clusterId: string }>(
  clusterId: string,
  kind: RecordKind,
  id: string | null | undefined,
  load: (id: string) => Promise<T | undefined>,
): Promise<T | null>;
export async function referencedIn<T extends { clusterId: string }>(
  clusterId: string,
  kind: RecordKind,
  id: string | null | undefined,
  load: (id: string) => Promise<T | undefined>,
): Promise<T | null> {
  if (!id) return null;
  const found = await load(id);
  if (!found || found.clusterId !== clusterId) throw notFound(kind, id);
  return found;
}
