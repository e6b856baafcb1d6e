import { createHash } from 'node:crypto';

/** Who owes an obligation: a city, or the cluster's coordination office. */
export const COORDINATION_OFFICE = 'COORDINATION_OFFICE';

/**
 * The same inputs always give the same id, so activating twice (a retry, two coordinators, a later affected city)
 * can only ever write each obligation once. The agreement version is deliberately not part of it: after an amendment,
 * re-activating an earlier event must not owe the same duty twice; the obligation keeps the version it came from.
 * A recurring duty has no event: its occurrence (`recurringOccurrence`) takes the event's place.
 */
export function obligationId(eventId: string, agreementId: string, dutyId: string, obligee: string): string {
  const digest = createHash('sha256').update([eventId, agreementId, dutyId, obligee].join('\u0000')).digest('hex');
  return `obl_${digest.slice(0, 24)}`;
}

/** What stands for the event in the id of a recurring duty's obligation: the period it is owed for, by its start. */
export function recurringOccurrence(periodStart: string): string {
  return `recurring@${periodStart}`;
}

/** The key under which an obligee's obligations and compliance records are indexed (the office's are kept per cluster). */
export function obligeeKeyOf(clusterId: string, obligee: string): string {
  return obligee === COORDINATION_OFFICE ? `${COORDINATION_OFFICE}#${clusterId}` : obligee;
}
