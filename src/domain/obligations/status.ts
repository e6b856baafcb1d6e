import { BadInputError, InvalidStateError } from '../errors';
import { isBlank } from '../text';

export const STORED_OBLIGATION_STATUSES = ['OPEN', 'FULFILLED', 'FULFILLED_LATE', 'WAIVED'] as const;
export type StoredObligationStatus = (typeof STORED_OBLIGATION_STATUSES)[number];
/** What readers see: the stored statuses and OVERDUE, which is derived at read time and never stored. */
export const OBLIGATION_STATUSES = ['OPEN', 'OVERDUE', 'FULFILLED', 'FULFILLED_LATE', 'WAIVED'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** OPEN or CLOSED: keys the open-obligation indexes, so "overdue" and "my open" are one query each. */
export const OPEN_STATES = ['OPEN', 'CLOSED'] as const;
export type OpenState = (typeof OPEN_STATES)[number];

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
    throw new InvalidStateError(
      `This obligation is already ${obligation.status}; only an open or overdue obligation can be fulfilled.`,
      { currentState: obligation.status },
    );
  }
  if (fulfilledAt > now) throw new BadInputError('The fulfilment time cannot be in the future.');
  if (fulfilledAt < obligation.triggeredAt)
    throw new BadInputError('The fulfilment time is before the event triggered this obligation.');
  return fulfilledAt > obligation.dueAt ? 'FULFILLED_LATE' : 'FULFILLED';
}

export function assertWaivable(status: StoredObligationStatus): void {
  if (status !== 'OPEN')
    throw new InvalidStateError(
      `This obligation is already ${status}; only an open or overdue obligation can be waived.`,
      { currentState: status },
    );
}

/** Evidence: a statement and optional http(s) links. */
export function validateEvidence(text: string, links: string[]): { text: string; links: string[] } {
  const trimmed = text.trim();
  if (isBlank(trimmed)) throw new BadInputError('Describe what was done (evidence text cannot be empty).');
  if (trimmed.length > 5000)
    throw new BadInputError('The evidence text is too long; keep it under 5000 characters and link documents instead.');
  if (links.length > 20) throw new BadInputError('Attach at most 20 evidence links.');
  for (const link of links) {
    let url: URL | undefined;
    try {
      url = new URL(link);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      throw new BadInputError(`"${link}" is not a web link (http or https).`);
  }
  return { text: trimmed, links };
}

/**
 * True when `current` differs from what a caller read at `readVersion` only by the overdue job's late mark. The mark
 * moves the version so a decision taken on the unmarked obligation cannot commit; the caller's request is then
 * decided again on the marked one rather than refused as someone else's edit (it changes no field the caller set).
 */
export function onlyMarkedLateSince(
  readVersion: number,
  current: { status: StoredObligationStatus; version: number; lateMarkVersion?: number },
): boolean {
  return (
    current.status === 'OPEN' && current.lateMarkVersion === current.version && current.version === readVersion + 1
  );
}

const OWED_AFTER_CLOSE: ReadonlySet<string> = new Set(['REPORT', 'FUND_CONTRIBUTION']);

/**
 * What closing an event does to one of its open obligations. The response duties (warning, resources, joint
 * response, information sharing, drills) serve the live event: not yet due when it closes, they lapse (waived with the
 * reason). Reports and fund contributions are owed whether or not the event is over (the after-action report, the
 * money), and an obligation already overdue was missed while the event was live: those stay owed.
 */
export function lapsesWhenEventCloses(
  obligation: { kind: string; dueAt: string; lateRecordedAt?: string },
  closedAt: string,
): boolean {
  return !OWED_AFTER_CLOSE.has(obligation.kind) && obligation.dueAt > closedAt && !obligation.lateRecordedAt;
}

/** What closing an event did to its open obligations, in words for the office. */
export function closureSummary(closure: { waivedObligations: number; stillOwedObligations: number }): string {
  const count = (n: number) => `${n} obligation${n === 1 ? '' : 's'}`;
  const waived = closure.waivedObligations
    ? `${count(closure.waivedObligations)} of the response not yet due ${closure.waivedObligations === 1 ? 'was' : 'were'} waived as lapsed`
    : 'No response obligation was left to lapse';
  const owed = closure.stillOwedObligations
    ? `${count(closure.stillOwedObligations)} ${closure.stillOwedObligations === 1 ? 'is' : 'are'} still owed with ${closure.stillOwedObligations === 1 ? 'its deadline' : 'their deadlines'} (reports, fund contributions, or already overdue)`
    : 'nothing is still owed';
  return `${waived}; ${owed}.`;
}
