import type { Caller } from './caller';

/** Everything a caller may ask to do in this version of the API. */
export type Action =
  | 'cluster:read'
  | 'city:read'
  | 'city:updateBaseline'
  | 'cluster:setMode'
  | 'audit:read';

/** The facts about a resource that decide access. */
export interface Resource {
  clusterId: string;
  cityId?: string;
  formationMode?: 'SUPERIOR_LED' | 'PARALLEL_VOLUNTARY';
}

/**
 * `hidden` means the caller must not learn the resource exists: the API answers exactly as for a missing one.
 * `forbidden` means the caller can see it but may not do this; `reason` is shown to the official.
 */
export type Decision = { outcome: 'allowed' } | { outcome: 'hidden' } | { outcome: 'forbidden'; reason: string };

const ALLOWED: Decision = { outcome: 'allowed' };
const HIDDEN: Decision = { outcome: 'hidden' };
const forbidden = (reason: string): Decision => ({ outcome: 'forbidden', reason });

/** The clusters whose data a caller may see at all. */
export function visibleClusterIds(caller: Caller): readonly string[] {
  return caller.role === 'SUPERIOR' ? caller.clusterIds : [caller.clusterId];
}

export function canSeeCluster(caller: Caller, clusterId: string): boolean {
  return visibleClusterIds(caller).includes(clusterId);
}

/** The single authorization rule set: a pure function of (caller, action, resource). */
export function decide(caller: Caller, action: Action, resource: Resource): Decision {
  if (!canSeeCluster(caller, resource.clusterId)) return HIDDEN;

  switch (action) {
    case 'cluster:read':
    case 'city:read':
      // Baseline facts are shared on the cluster's information platform: every member and evaluator reads them.
      return ALLOWED;

    case 'audit:read':
      return caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR'
        ? ALLOWED
        : forbidden('Only the coordination office and the superior level can read the audit log.');

    case 'city:updateBaseline':
      if (caller.role !== 'CITY') return forbidden("A city's baseline facts are kept by that city's own officers.");
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden("You can update only your own city's baseline facts.");

    case 'cluster:setMode':
      if (caller.role === 'COORDINATOR') return ALLOWED;
      if (caller.role === 'SUPERIOR') {
        return resource.formationMode === 'SUPERIOR_LED'
          ? ALLOWED
          : forbidden('In a parallel voluntary cluster only its coordination office switches the mode.');
      }
      return forbidden('Only the coordination office switches the cluster between normal and emergency mode.');
  }
}
