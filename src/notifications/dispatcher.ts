import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { systemClock, type Clock } from '../clock';
import type { Announcement } from '../domain/notifications';
import { evaluatorInboxKey, inboxKeyOf, type InboxKey } from '../domain/notifications/ids';
import { logger } from '../logger';
import { evaluationRepository } from '../store/evaluations';
import { notificationRepository } from '../store/notifications';
import { announcementOf } from '../store/outbox';
import { announceToWebhooks } from './webhooks-hook';

/** The part of a DynamoDB Stream record the dispatcher reads (Lambda's event and the Streams API both have it). */
export interface OutboxStreamRecord {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, AttributeValue> };
}

export interface DispatchResult {
  announcements: number;
  delivered: number;
}

/**
 * Fans the announcements of a batch of stream records out to their recipients' inboxes (one notification per
 * announcement and inbox, written once however often a record comes again), then hands them to the webhooks. Only
 * new outbox items count: the same fact written again overwrites its item (a MODIFY, or no record at all) and the
 * item's expiry removes it (a REMOVE); neither announces anything.
 */
export async function dispatchStreamRecords(
  records: readonly OutboxStreamRecord[],
  clock: Clock = systemClock,
): Promise<DispatchResult> {
  const announcements = records.flatMap((record) => {
    if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return [];
    const announcement = announcementOf(unmarshall(record.dynamodb.NewImage));
    return announcement ? [announcement] : [];
  });
  let delivered = 0;
  for (const announcement of announcements) {
    delivered += await notificationRepository.deliver(announcement, await inboxesOf(announcement), clock());
  }
  if (announcements.length) await announceToWebhooks(announcements);
  return { announcements: announcements.length, delivered };
}

/** The inboxes an announcement reaches: a panel's is each evaluator on the evaluation's panel. */
async function inboxesOf(announcement: Announcement): Promise<InboxKey[]> {
  const inboxes: InboxKey[] = [];
  for (const recipient of announcement.recipients) {
    if (recipient.kind !== 'PANEL') {
      inboxes.push(inboxKeyOf(recipient));
      continue;
    }
    const evaluation = await evaluationRepository.get(recipient.evaluationId);
    // A panel is only ever its own cluster's: an evaluation of another cluster is never named here, but never trusted.
    if (evaluation?.clusterId !== announcement.clusterId) continue;
    inboxes.push(...evaluation.panel.map(evaluatorInboxKey));
  }
  return inboxes;
}

/**
 * The dispatcher Lambda, fed by the table's stream (filtered to new outbox items). A failure fails the batch, which
 * Lambda splits and retries, then sends to the dead-letter queue; delivering again is harmless.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DispatchResult> {
  const result = await dispatchStreamRecords(event.Records as OutboxStreamRecord[]);
  logger.info('Announcements dispatched', { ...result });
  return result;
}
