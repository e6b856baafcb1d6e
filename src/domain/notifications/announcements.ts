import type { Announcement, Recipient } from '../notifications';
import { announcementId } from './ids';
import { spokenLead } from './reminders';

/**
 * The announcement of each kind of fact, built from what the write already holds: one place for who is told what and
 * in which words (docs/API.md lists the same). Cities are named by their names; the office as "the coordination office".
 */

/** An instant as officials read it: "2026-12-01 06:00 UTC". */
export function spokenTime(instant: string): string {
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;
}

const OFFICE = 'the coordination office';
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What an obligation announcement needs of the obligation (as stored: it carries its city's and event's labels). */
export interface AnnouncedObligation {
  obligationId: string;
  clusterId: string;
  eventId?: string;
  agreementId: string;
  cityId?: string;
  cityName?: string;
  action: string;
  eventCategory?: string;
  eventDescription?: string;
  dueAt: string;
}

function obligee(obligation: AnnouncedObligation): { recipient: Recipient; name: string } {
  return obligation.cityId
    ? { recipient: { kind: 'CITY', cityId: obligation.cityId }, name: obligation.cityName ?? obligation.cityId }
    : { recipient: { kind: 'OFFICE' }, name: OFFICE };
}

function duty(obligation: AnnouncedObligation): string {
  const event = obligation.eventDescription
    ? ` for the ${(obligation.eventCategory ?? '').toLowerCase()} event "${obligation.eventDescription}"`
    : '';
  return `"${obligation.action}"${event}`;
}

function aboutObligation(obligation: AnnouncedObligation): Announcement['about'] {
  return {
    obligationId: obligation.obligationId,
    agreementId: obligation.agreementId,
    ...(obligation.eventId ? { eventId: obligation.eventId } : {}),
    ...(obligation.cityId ? { cityId: obligation.cityId } : {}),
  };
}

export function obligationCreated(obligation: AnnouncedObligation, at: string): Announcement {
  const { recipient, name } = obligee(obligation);
  return {
    id: announcementId('OBLIGATION_CREATED', obligation.obligationId),
    clusterId: obligation.clusterId,
    type: 'OBLIGATION_CREATED',
    at,
    about: aboutObligation(obligation),
    message: `${capitalised(name)} now owes ${duty(obligation)}, due by ${spokenTime(obligation.dueAt)}.`,
    recipients: [recipient],
  };
}

/** Once per obligation and lead time: the lead time is part of the id. */
export function obligationDueSoon(obligation: AnnouncedObligation, leadMs: number, at: string): Announcement {
  const { recipient, name } = obligee(obligation);
  return {
    id: announcementId('OBLIGATION_DUE_SOON', obligation.obligationId, String(leadMs)),
    clusterId: obligation.clusterId,
    type: 'OBLIGATION_DUE_SOON',
    at,
    about: aboutObligation(obligation),
    message: `Reminder: ${name} owes ${duty(obligation)} by ${spokenTime(obligation.dueAt)}, within ${spokenLead(Date.parse(obligation.dueAt) - Date.parse(at))}.`,
    recipients: [recipient],
  };
}

export function obligationOverdue(obligation: AnnouncedObligation, at: string): Announcement {
  const { recipient, name } = obligee(obligation);
  return {
    id: announcementId('OBLIGATION_OVERDUE', obligation.obligationId),
    clusterId: obligation.clusterId,
    type: 'OBLIGATION_OVERDUE',
    at,
    about: aboutObligation(obligation),
    message: `${capitalised(name)} missed the deadline of ${spokenTime(obligation.dueAt)} for ${duty(obligation)}; it is now recorded as late.`,
    recipients: recipient.kind === 'OFFICE' ? [recipient] : [recipient, { kind: 'OFFICE' }],
  };
}
