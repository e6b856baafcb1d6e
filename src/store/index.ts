import { auditRepository } from './audit';
import { cityRepository } from './cities';
import { clusterRepository } from './clusters';

/** Everything resolvers may ask of the store, reached through the request context. */
export const repositories = {
  clusters: clusterRepository,
  cities: cityRepository,
  audit: auditRepository,
};
export type Repositories = typeof repositories;
