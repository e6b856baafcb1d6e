import DataLoader from 'dataloader';
import { misconfigured, type Caller } from './auth/caller';
import { systemClock, type Clock } from './clock';
import { repositories, type Repositories } from './store';
import type {
  StoredAccreditation,
  StoredAidOffer,
  StoredAidRequest,
  StoredAgreement,
  StoredAgreementVersion,
  StoredAssessment,
  StoredCity,
  StoredClaim,
  StoredCluster,
  StoredComplianceRecord,
  StoredEvaluation,
  StoredInventoryItem,
  StoredObligation,
  StoredResourceType,
  StoredRiskEvent,
} from './store/entities';
import { LIMITS } from './limits';
import { listItemLoaders, type ListItemLoaders } from './list-item-loaders';

/** Per-request batching: every city or cluster named anywhere in one response is read in one BatchGetItem. */
export interface Loaders extends ListItemLoaders {
  city: DataLoader<string, StoredCity | undefined>;
  cluster: DataLoader<string, StoredCluster | undefined>;
  agreement: DataLoader<string, StoredAgreement | undefined>;
  /** Keyed by `agreementVersionKey`. */
  agreementVersion: DataLoader<string, StoredAgreementVersion | undefined>;
  riskEvent: DataLoader<string, StoredRiskEvent | undefined>;
  obligation: DataLoader<string, StoredObligation | undefined>;
  /** Keyed by `resourceTypeKey`. */
  resourceType: DataLoader<string, StoredResourceType | undefined>;
  inventoryItem: DataLoader<string, StoredInventoryItem | undefined>;
  claim: DataLoader<string, StoredClaim | undefined>;
  evaluation: DataLoader<string, StoredEvaluation | undefined>;
  complianceRecord: DataLoader<string, StoredComplianceRecord | undefined>;
  /** A cluster's accreditations, read once per request however many evaluations name their panels. */
  accreditations: DataLoader<string, StoredAccreditation[]>;
  /** An evaluation's assessments, read once per request for its result and its list. */
  assessments: DataLoader<string, StoredAssessment[]>;
  /** The caller's own assessment of an evaluation, keyed by evaluation id: one BatchGetItem for a page. */
  myAssessment: DataLoader<string, StoredAssessment | undefined>;
  aidRequest: DataLoader<string, StoredAidRequest | undefined>;
  /** The offers made to a request (keyed by the request, cached by its id): one BatchGetItem for a page of requests. */
  aidOffers: DataLoader<StoredAidRequest, StoredAidOffer[], string>;
}

export interface RequestContext {
  caller: Caller;
  /** The Lambda request id, also returned to the client on internal errors so support can find the log line. */
  requestId: string;
  store: Repositories;
  loaders: Loaders;
  /** The request's clock, read once per call so every record of one change carries the same instant. */
  now(): string;
}

export function createContext(
  caller: Caller,
  requestId: string,
  store: Repositories = repositories,
  clock: Clock = systemClock,
): RequestContext {
  return {
    caller,
    requestId,
    store,
    loaders: {
      city: new DataLoader((ids) => store.cities.getMany(ids)),
      cluster: new DataLoader((ids) => store.clusters.getMany(ids)),
      agreement: new DataLoader((ids) => store.agreements.getMany(ids)),
      agreementVersion: new DataLoader((keys) => store.agreements.getVersions(keys)),
      riskEvent: new DataLoader((ids) => store.events.getMany(ids)),
      obligation: new DataLoader((ids) => store.obligations.getMany(ids)),
      resourceType: new DataLoader((keys) => store.resources.getMany(keys)),
      inventoryItem: new DataLoader((ids) => store.inventory.getMany(ids)),
      claim: new DataLoader((ids) => store.claims.getMany(ids)),
      evaluation: new DataLoader((ids) => store.evaluations.getMany(ids)),
      complianceRecord: new DataLoader((ids) => store.compliance.getMany(ids)),
      accreditations: new DataLoader((clusterIds) =>
        Promise.all(clusterIds.map((clusterId) => store.evaluations.accreditations(clusterId))),
      ),
      assessments: new DataLoader((evaluationIds) =>
        Promise.all(evaluationIds.map((evaluationId) => store.evaluations.assessments(evaluationId))),
      ),
      myAssessment: new DataLoader((evaluationIds) => store.evaluations.assessmentsBy(caller.id, evaluationIds)),
      aidRequest: new DataLoader((ids) => store.aid.getRequests(ids)),
      aidOffers: new DataLoader((requests) => store.aid.offersOfMany(requests), {
        cacheKeyFn: (request) => request.requestId,
      }),
      ...listItemLoaders(store),
    },
    now: clock,
  };
}

/**
 * The request context of a verified caller whose scope exists and fits: its cluster (a superior's every cluster)
 * exists, and a city officer's city exists and belongs to that cluster. A token naming anything else is refused with
 * FORBIDDEN before any resolver runs. The reads go through the request's loaders, so resolvers find them cached.
 */
export async function createScopedContext(
  caller: Caller,
  requestId: string,
  store: Repositories = repositories,
  clock: Clock = systemClock,
): Promise<RequestContext> {
  const ctx = createContext(caller, requestId, store, clock);
  const clusterIds = caller.role === 'SUPERIOR' ? caller.clusterIds : [caller.clusterId];
  const scopeIds = caller.role === 'CITY' ? [...clusterIds, caller.cityId] : clusterIds;
  const overLong = scopeIds.find((id) => id.length > LIMITS.maxIdLength);
  if (overLong !== undefined)
    throw misconfigured(`it names an id of ${overLong.length} characters (at most ${LIMITS.maxIdLength})`);
  // Clusters and cities are never deleted, nor does a city change cluster: a scope seen valid once in this container
  // stays valid, so a request of a known caller starts without reading anything (the page's own Query comes first).
  const scopeKey = `${clusterIds.join('\u0000')}\u0001${caller.role === 'CITY' ? caller.cityId : ''}`;
  if (validScopes.has(scopeKey)) return ctx;
  const [clusters, city] = await Promise.all([
    ctx.loaders.cluster.loadMany(clusterIds),
    caller.role === 'CITY' ? ctx.loaders.city.load(caller.cityId) : undefined,
  ]);
  // A failed read is ours: the server logs a failed context as an internal error.
  const failed = clusters.find((cluster): cluster is Error => cluster instanceof Error);
  if (failed) throw failed;
  const missing = clusterIds.filter((_, index) => !clusters[index]);
  if (missing.length) {
    throw misconfigured(
      `it names ${missing.length === 1 ? 'a cluster' : 'clusters'} that CityPact does not know (${missing.map((id) => `"${id}"`).join(', ')})`,
    );
  }
  if (caller.role === 'CITY') {
    if (!city) throw misconfigured(`it names a city that CityPact does not know ("${caller.cityId}")`);
    if (city.clusterId !== caller.clusterId) {
      throw misconfigured(`its city, ${city.name}, is not a member of ${(clusters[0] as StoredCluster).name}`);
    }
  }
  validScopes.add(scopeKey);
  return ctx;
}

/** The token scopes (clusters, and a city officer's city) found to exist in this container. */
const validScopes = new Set<string>();

/** Forgets the scopes found valid, so the next request of each caller checks its scope again (tests). */
export function forgetValidScopes(): void {
  validScopes.clear();
}
