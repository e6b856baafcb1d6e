import { NOTIFICATION_TYPES, type Announcement, type Recipient } from '../domain/notifications';
import { OUTBOX } from '../notifications/outbox-key';

/**
 * An outbox item is an announcement as written in the transaction of the fact it announces: one item per fact, its
 * recipients listed inside it. The dispatcher reads it from the table's stream; the item itself is only kept long
 * enough for the stream and its retries (and to make a reminder once).
 */
export const OUTBOX_RETENTION_SECONDS = 30 * 24 * 3600;

export function outboxItem(announcement: Announcement): Record<string, unknown> {
  return {
    pk: `${OUTBOX.keyPrefix}${announcement.id}`,
    sk: OUTBOX.sortKey,
    announcementId: announcement.id,
    clusterId: announcement.clusterId,
    type: announcement.type,
    at: announcement.at,
    about: announcement.about,
    message: announcement.message,
    recipients: announcement.recipients,
    expiresAt: Math.floor(Date.parse(announcement.at) / 1000) + OUTBOX_RETENTION_SECONDS,
  };
}

/** The announcement of an outbox item as read back (from a stream record's new image); undefined for anything else. */
export function announcementOf(item: Record<string, unknown>): Announcement | undefined {
  if (typeof item.pk !== 'string' || !item.pk.startsWith(OUTBOX.keyPrefix) || item.sk !== OUTBOX.sortKey)
    return undefined;
  const type = NOTIFICATION_TYPES.find((known) => known === item.type);
  if (!type) return undefined;
  return {
    id: String(item.announcementId),
    clusterId: String(item.clusterId),
    type,
    at: String(item.at),
    about: item.about ?? {},
    message: String(item.message),
    recipients: (item.recipients ?? []) as Recipient[],
  };
}
