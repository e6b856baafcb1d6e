import { BadInputError } from '../errors';

export type StoredObligationStatus = 'OPEN' | 'FULFILLED' | 'FULFILLED_LATE' | 'WAIVED';
export type ObligationStatus = StoredObligationStatus | 'OVERDUE';

/** Overdue is a matter of time, not of a write: an open obligation past its due time reads as OVERDUE at once. */
export function effectiveStatus(stored: StoredObligationStatus, dueAt: string, now: string): ObligationStatus {
  return stored === 'OPEN' && dueAt < now ? 'OVERDUE' : stored;
}

/** Decides the outcome of a fulfilment: on time or late, and refuses impossible times. */
export function planFulfilment(
  obligation: { status: StoredObligationStatus; dueAt: string; triggeredAt: string },
  fulfilledAt: string,
  now: string,
): 'FULFILLED' | 'FULFILLED_LATE' {
  if (obligation.status !== 'OPEN') {
    throw new BadInputError(`This obligation is already ${obligation.status}; only an open or overdue obligation can be fulfilled.`);
  }
  if (fulfilledAt > now) throw new BadInputError('The fulfilment time cannot be in the future.');
  if (fulfilledAt < obligation.triggeredAt) throw new BadInputError('The fulfilment time is before the event triggered this obligation.');
  return fulfilledAt > obligation.dueAt ? 'FULFILLED_LATE' : 'FULFILLED';
}

export function assertWaivable(status: StoredObligationStatus): void {
  if (status !== 'OPEN') throw new BadInputError(`This obligation is already ${status}; only an open or overdue obligation can be waived.`);
}

/** Evidence: a statement and optional http(s) links. */
export function validateEvidence(text: string, links: string[]): { text: string; links: string[] } {
  const trimmed = text.trim();
  if (!trimmed) throw new BadInputError('Describe what was done (evidence text cannot be empty).');
  if (trimmed.length > 5000) throw new BadInputError('The evidence text is too long; keep it under 5000 characters and link documents instead.');
  if (links.length > 20) throw new BadInputError('Attach at most 20 evidence links.');
  for (const link of links) {
    let url: URL | undefined;
    try {
      url = new URL(link);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new BadInputError(`"${link}" is not a web link (http or https).`);
  }
  return { text: trimmed, links };
}
