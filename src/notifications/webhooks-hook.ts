import type { Announcement } from '../domain/notifications';
import { queueWebhookDeliveries, configuredWebhookSender } from './webhooks';

/**
 * Where the dispatcher hands each batch of announcements on to webhook subscriptions, after the inboxes have them:
 * one delivery per announcement and matching subscription, its first attempt queued. Idempotent per announcement id
 * (a delivery's id derives from the announcement and the subscription), as a stream batch can come more than once.
 */
export async function announceToWebhooks(announcements: Announcement[]): Promise<void> {
  if (announcements.length === 0) return;
  await queueWebhookDeliveries(announcements, await configuredWebhookSender());
}
