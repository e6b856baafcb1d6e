import { ForbiddenError } from '../domain/errors';
import { ROLES, type Actor, type Role } from '../domain/roles';

export type { Role };

interface Identity {
  id: string;
  displayName: string;
}
export type CoordinatorCaller = Identity & { role: 'COORDINATOR'; clusterId: string };
export type CityCaller = Identity & { role: 'CITY'; clusterId: string; cityId: string };
export type EvaluatorCaller = Identity & { role: 'EVALUATOR'; clusterId: string };
export type SuperiorCaller = Identity & { role: 'SUPERIOR'; clusterIds: readonly string[] };
export type Caller = CoordinatorCaller | CityCaller | EvaluatorCaller | SuperiorCaller;

/**
 * Claims as Cognito puts them in an ID token: groups are roles, custom attributes hold the scope.
 * Local tokens use the same names, so one mapping serves both.
 */
interface Claims {
  sub: string;
  name?: string;
  email?: string;
  'cognito:username'?: string;
  'cognito:groups'?: string[];
  'custom:cluster_id'?: string;
  'custom:city_id'?: string;
  'custom:cluster_ids'?: string;
}
const OPTIONAL_TEXT_CLAIMS = [
  'name',
  'email',
  'cognito:username',
  'custom:cluster_id',
  'custom:city_id',
  'custom:cluster_ids',
] as const;

/** The names of the claims that are missing (`sub`) or not of their type; none for well-formed claims. */
function malformedClaims(claims: Record<string, unknown>): string[] {
  const bad: string[] = [];
  if (typeof claims.sub !== 'string' || claims.sub === '') bad.push('sub');
  for (const name of OPTIONAL_TEXT_CLAIMS) {
    if (claims[name] !== undefined && typeof claims[name] !== 'string') bad.push(name);
  }
  const groups = claims['cognito:groups'];
  if (groups !== undefined && !(Array.isArray(groups) && groups.every((group) => typeof group === 'string')))
    bad.push('cognito:groups');
  return bad;
}

/** Maps verified token claims to the caller; an account without exactly one role and its scope is refused. */
export function callerFromClaims(rawClaims: unknown): Caller {
  const record = typeof rawClaims === 'object' && rawClaims !== null ? (rawClaims as Record<string, unknown>) : {};
  const claimNames = malformedClaims(record);
  if (claimNames.length > 0) {
    throw misconfigured(
      `its sign-in token's ${claimNames.map((name) => `"${name}"`).join(', ')} claim is missing or malformed`,
    );
  }
  const claims = record as unknown as Claims;
  const roles = (claims['cognito:groups'] ?? []).filter((group): group is Role =>
    (ROLES as readonly string[]).includes(group),
  );
  if (roles.length !== 1) {
    throw misconfigured(roles.length === 0 ? 'it has no CityPact role' : `it has several roles (${roles.join(', ')})`);
  }
  const identity: Identity = {
    id: claims.sub,
    displayName: claims.name ?? claims.email ?? claims['cognito:username'] ?? claims.sub,
  };
  const clusterId = claims['custom:cluster_id'];
  switch (roles[0]) {
    case 'SUPERIOR': {
      // A cluster named twice is overseen once (lists of clusters would otherwise show it twice).
      const clusterIds = [
        ...new Set(
          (claims['custom:cluster_ids'] ?? '')
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        ),
      ];
      if (clusterIds.length === 0) throw misconfigured('a superior account needs the clusters it oversees');
      return { ...identity, role: 'SUPERIOR', clusterIds };
    }
    case 'CITY': {
      const cityId = claims['custom:city_id'];
      if (!clusterId || !cityId) throw misconfigured('a city officer account needs its city and cluster');
      return { ...identity, role: 'CITY', clusterId, cityId };
    }
    case 'COORDINATOR':
    case 'EVALUATOR':
      if (!clusterId) throw misconfigured(`a ${roles[0].toLowerCase()} account needs its cluster`);
      return { ...identity, role: roles[0], clusterId };
  }
}

/** The refusal of a genuine token whose account is not set up for CityPact (HTTP 403). */
export function misconfigured(why: string): ForbiddenError {
  return new ForbiddenError(`Your account is not set up for CityPact: ${why}. Ask your administrator to fix it.`);
}

/** The caller as recorded in audit events and histories. */
export function actorOf(caller: Caller): Actor {
  return { id: caller.id, name: caller.displayName, role: caller.role };
}

/** The city a caller acts for, if any: a city officer's own city. */
export function ownCityOf(caller: Caller): string | undefined {
  return caller.role === 'CITY' ? caller.cityId : undefined;
}
