import type { SQSBatchResponse, SQSHandler } from 'aws-lambda';
import { logger } from '../logger';
import { configuredWebhookSender, sendWebhookAttempt, type WebhookMessage } from './webhooks';

/**
 * The sender function: consumes the webhook queue, one attempt per message. A failed attempt is not a failed message
 * (its retry is queued with a delay); a message whose handling failed on our side is reported as a batch item failure,
 * so SQS hands it over again and, after the queue's receive limit, moves it to the dead-letter queue (alarmed).
 */
export const handler: SQSHandler = async (event): Promise<SQSBatchResponse> => {
  const sender = await configuredWebhookSender();
  const failures = await Promise.all(
    event.Records.map(async (record) => {
      try {
        await sendWebhookAttempt(JSON.parse(record.body) as WebhookMessage, sender);
        return undefined;
      } catch (error) {
        logger.error('Webhook attempt could not be handled', { messageId: record.messageId, error: error as Error });
        return { itemIdentifier: record.messageId };
      }
    }),
  );
  return { batchItemFailures: failures.filter((failure) => failure !== undefined) };
};
