import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { WebhookMessage, WebhookQueue } from './webhooks';

/** SQS sends at most 10 messages a call. */
const BATCH = 10;

/** The webhook queue in AWS. Only the dispatcher and the sender load this module (and the SQS client). */
export class SqsWebhookQueue implements WebhookQueue {
  constructor(
    private readonly queueUrl: string,
    private readonly client = new SQSClient({}),
  ) {}

  async send(messages: readonly WebhookMessage[], delaySeconds: number): Promise<void> {
    const batches: WebhookMessage[][] = [];
    for (let start = 0; start < messages.length; start += BATCH) batches.push(messages.slice(start, start + BATCH));
    await Promise.all(
      batches.map(async (batch) => {
        const result = await this.client.send(
          new SendMessageBatchCommand({
            QueueUrl: this.queueUrl,
            Entries: batch.map((message, index) => ({
              Id: String(index),
              MessageBody: JSON.stringify(message),
              DelaySeconds: Math.min(Math.max(0, Math.round(delaySeconds)), 900),
            })),
          }),
        );
        if (result.Failed?.length)
          throw new Error(
            `SQS refused ${result.Failed.length} webhook message(s): ${result.Failed.map((f) => f.Message ?? f.Code).join('; ')}`,
          );
      }),
    );
  }
}
