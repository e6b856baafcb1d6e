import { createHash } from 'node:crypto';
import type { NotificationType, Recipient } from '../notifications';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);

/**
 * An announcement's id, derived from its type and the fact it announces (e.g. the obligation's id), so the same fact
 * written again (a retry, a second job run) names the same outbox item and is announced once.
 */
export function announcementId(type: NotificationType, ...fact: string[]): string {
  return `ann-${digest([type, ...fact].join('\u0000'))}`;
}

/**
 * The inbox a notification is kept in, within its cluster: a member city's, the office's, the superiors', or one
 * evaluator's (a panel's announcement is delivered to each evaluator on the panel).
 */
export type InboxKey = `city#${string}` | 'office' | 'superior' | `evaluator#${string}`;

export function inboxKeyOf(recipient: Exclude<Recipient, { kind: 'PANEL' }>): InboxKey {
  if (recipient.kind === 'CITY') return `city#${recipient.cityId}`;
  return recipient.kind === 'OFFICE' ? 'office' : 'superior';
}

export function evaluatorInboxKey(evaluatorId: string): InboxKey {
  return `evaluator#${evaluatorId}`;
}

/** One notification per announcement and inbox: delivering the same announcement again writes nothing new. */
export function notificationId(announcement: string, inbox: InboxKey): string {
  return `ntf-${digest(`${announcement}\u0000${inbox}`)}`;
}
