import { BadInputError, InvalidStateError } from '../errors';

export const CLUSTER_MODES = ['NORMAL', 'EMERGENCY'] as const;
export type ClusterMode = (typeof CLUSTER_MODES)[number];

export const FORMATION_MODES = ['SUPERIOR_LED', 'PARALLEL_VOLUNTARY'] as const;
export type FormationMode = (typeof FORMATION_MODES)[number];

export interface ModeSwitch {
  from: ClusterMode;
  to: ClusterMode;
  reason: string;
}

export const MAX_REASON_LENGTH = 2000;

/** Checks a requested switch between normal and emergency mode and returns what to record. */
export function planModeSwitch(current: ClusterMode, requested: ClusterMode, reason: string): ModeSwitch {
  if (current === requested) {
    throw new InvalidStateError(`The cluster is already in ${requested} mode; nothing was changed.`, {
      currentState: current,
    });
  }
  const trimmed = reason.trim();
  if (trimmed.length === 0) {
    throw new BadInputError(`Give a reason for switching to ${requested} mode; it is recorded for the cluster.`);
  }
  if (trimmed.length > MAX_REASON_LENGTH) {
    throw new BadInputError(`The reason is ${trimmed.length} characters long; keep it under ${MAX_REASON_LENGTH}.`);
  }
  return { from: current, to: requested, reason: trimmed };
}
