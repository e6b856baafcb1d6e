import { BadInputError, InvalidStateError } from '../errors';
import type { EmergencyLevel } from '../levels';

export const RISK_EVENT_STATUSES = ['REPORTED', 'CONFIRMED', 'RESPONDING', 'CLOSED'] as const;
export type RiskEventStatus = (typeof RISK_EVENT_STATUSES)[number];

const NEXT: Record<RiskEventStatus, RiskEventStatus[]> = {
  REPORTED: ['CONFIRMED', 'CLOSED'],
  CONFIRMED: ['RESPONDING', 'CLOSED'],
  RESPONDING: ['CLOSED'],
  CLOSED: [],
};

/** Refuses a status change the event lifecycle does not allow, naming the allowed ones. */
export function assertEventTransition(from: RiskEventStatus, to: RiskEventStatus): void {
  if (NEXT[from].includes(to)) return;
  const options = NEXT[from].length
    ? `From ${from} it can go to ${NEXT[from].join(' or ')}.`
    : 'A closed event stays closed.';
  throw new InvalidStateError(`The event cannot go from ${from} to ${to}. ${options}`, {
    currentState: from,
    allowed: NEXT[from],
  });
}

/** Levels I and II exceed what a cluster handles alone: confirming them escalates to the superior level. */
export function escalatesAutomatically(level: EmergencyLevel): boolean {
  return level === 'I' || level === 'II';
}

/** Checks the cities of a report: the origin and the affected cities are distinct members of the cluster. */
export function validateEventCities(
  originCityId: string,
  affectedCityIds: string[],
  clusterCityIds: ReadonlySet<string>,
): string[] {
  const affected = [...new Set(affectedCityIds)];
  const outsiders = [originCityId, ...affected].filter((id) => !clusterCityIds.has(id));
  if (outsiders.length)
    throw new BadInputError(`These cities are not members of the cluster: ${[...new Set(outsiders)].join(', ')}.`);
  if (affected.includes(originCityId))
    throw new BadInputError('The origin city is the lead; list it as origin only, not also as affected.');
  return affected;
}
