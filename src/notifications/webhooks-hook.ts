import type { Announcement } from '../domain/notifications';

/**
 * Where the dispatcher hands each batch of announcements on to webhook subscriptions, after the inboxes have them.
 * It does nothing yet: the webhook subscriptions, their signing and their delivery queue are built separately and
 * will fill this in. It must stay idempotent per announcement id (a stream batch can be delivered more than once).
 */
export async function announceToWebhooks(announcements: Announcement[]): Promise<void> {
  void announcements;
}
