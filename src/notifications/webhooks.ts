import { systemClock, type Clock } from '../clock';
import type { Announcement } from '../domain/notifications';
import {
  receives,
  retryDelaySeconds,
  webhookBody,
  webhookDeliveryId,
  webhookSignature,
  webhookUrlProblem,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_TIMEOUT_MS,
  type WebhookUrlRules,
} from '../domain/webhooks';
import { logger } from '../logger';
import type { StoredWebhookDelivery } from '../store/entities';
import { WEBHOOK_DELIVERY_RETENTION_SECONDS, webhookRepository } from '../store/webhooks';
import { webhookPost, type WebhookPost } from './webhook-http';
import { webhookUrlRules } from './url-rules';

/**
 * Webhook delivery: announcements become deliveries (one per matching subscription), each sent by a queue message
 * per attempt. In AWS the queue is SQS and the sender a Lambda function consuming it; locally an in-memory queue in
 * the same process runs the same `sendWebhookAttempt` (see docs/ARCHITECTURE.md, "Webhooks").
 */

/** One attempt of one delivery to make. */
export interface WebhookMessage {
  deliveryId: string;
  /** 1-based; a message whose attempt the delivery has already moved past is a duplicate and is dropped. */
  attempt: number;
}

export interface WebhookQueue {
  /** Queues the messages to be handled after `delaySeconds` (at most 900, SQS's longest delay). */
  send(messages: readonly WebhookMessage[], delaySeconds: number): Promise<void>;
}

export interface WebhookSender {
  queue: WebhookQueue;
  clock: Clock;
  post: WebhookPost;
  rules: WebhookUrlRules;
  random: () => number;
}

/** How long a sender holds a delivery for one attempt: the attempt's timeout and more than enough to record it. */
const HOLD_MS = WEBHOOK_TIMEOUT_MS + 25_000;

const plus = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

/**
 * Writes a delivery for every (announcement × active subscription of its cluster that receives it) and queues its
 * first attempt. One Query per cluster named. A delivery's id derives from the announcement and the subscription,
 * so an announcement handed over twice is delivered once (its first attempt is queued again only while none was
 * made: receivers dedupe on `X-CityPact-Delivery` anyway).
 */
export async function queueWebhookDeliveries(
  announcements: readonly Announcement[],
  sender: Pick<WebhookSender, 'queue' | 'clock'>,
): Promise<number> {
  const clusters = [...new Set(announcements.map((announcement) => announcement.clusterId))];
  const subscriptions = new Map(
    await Promise.all(
      clusters.map(async (clusterId) => [clusterId, await webhookRepository.subscriptionsOf(clusterId)] as const),
    ),
  );
  const createdAt = sender.clock();
  const expiresAt = Math.floor(Date.parse(createdAt) / 1000) + WEBHOOK_DELIVERY_RETENTION_SECONDS;
  const deliveries: StoredWebhookDelivery[] = announcements.flatMap((announcement) =>
    (subscriptions.get(announcement.clusterId) ?? [])
      .filter((subscription) => receives(subscription, announcement))
      .map((subscription) => ({
        deliveryId: webhookDeliveryId(announcement.id, subscription.subscriptionId),
        subscriptionId: subscription.subscriptionId,
        clusterId: announcement.clusterId,
        announcementId: announcement.id,
        type: announcement.type,
        body: webhookBody(announcement),
        state: 'PENDING' as const,
        attempts: [],
        createdAt,
        version: 1,
        expiresAt,
      })),
  );
  const toSend = await Promise.all(
    deliveries.map(async (delivery) => {
      if (await webhookRepository.createDelivery(delivery)) return delivery.deliveryId;
      const existing = await webhookRepository.delivery(delivery.deliveryId);
      return existing?.state === 'PENDING' && existing.attempts.length === 0 ? delivery.deliveryId : undefined;
    }),
  );
  const messages = toSend
    .filter((id): id is string => id !== undefined)
    .map((deliveryId) => ({ deliveryId, attempt: 1 }));
  if (messages.length > 0) await sender.queue.send(messages, 0);
  return messages.length;
}

/**
 * Makes one attempt of a delivery: holds it (so a duplicate message cannot make the same attempt), POSTs the signed
 * body, records the attempt, and queues the next one with backoff, or marks the delivery DELIVERED or PARKED. The
 * subscription is read at each attempt: its current secret signs, and a paused or deleted one parks the delivery.
 */
export async function sendWebhookAttempt(message: WebhookMessage, sender: WebhookSender): Promise<void> {
  const now = sender.clock();
  const delivery = await webhookRepository.delivery(message.deliveryId);
  if (!delivery || delivery.state !== 'PENDING') return;
  const made = delivery.attempts.length;
  if (made >= message.attempt) {
    // This attempt is recorded; a failure right after may have kept the next from being queued: queue it again.
    if (made === message.attempt && delivery.nextAttemptAt) {
      const wait = Math.max(0, Math.ceil((Date.parse(delivery.nextAttemptAt) - Date.parse(now)) / 1000));
      await sender.queue.send([{ deliveryId: delivery.deliveryId, attempt: made + 1 }], Math.min(wait, 900));
    }
    return;
  }
  if (made !== message.attempt - 1) return;
  if (delivery.sendingUntil && delivery.sendingUntil > now) return;
  const subscription = await webhookRepository.subscription(delivery.subscriptionId);
  if (!subscription) {
    await webhookRepository.park(delivery, 'The subscription was deleted.', now);
    return;
  }
  if (subscription.status !== 'ACTIVE') {
    await webhookRepository.park(delivery, 'The subscription was paused before this was delivered.', now);
    return;
  }
  const held = await webhookRepository.hold(delivery, plus(now, HOLD_MS));
  if (!held) return;

  const timestamp = String(Math.floor(Date.parse(now) / 1000));
  // The URL is checked again at each attempt: a rule tightened since the subscription was made applies to it too.
  const problem = webhookUrlProblem(subscription.url, sender.rules);
  const result = problem
    ? { error: problem, durationMs: 0 }
    : await sender.post(subscription.url, delivery.body, {
        'x-citypact-signature': webhookSignature(subscription.secret, timestamp, delivery.body),
        'x-citypact-timestamp': timestamp,
        'x-citypact-delivery': delivery.deliveryId,
        'x-citypact-event': delivery.type,
      });
  const attempt = {
    at: now,
    ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
    ...(result.error !== undefined ? { error: result.error } : {}),
    durationMs: result.durationMs,
  };
  const ok = result.statusCode !== undefined && result.statusCode >= 200 && result.statusCode < 300;
  const delay = ok ? undefined : retryDelaySeconds(message.attempt, sender.random);
  const recorded = await webhookRepository.recordAttempt(
    held,
    attempt,
    ok
      ? { state: 'DELIVERED', deliveredAt: sender.clock() }
      : delay === undefined
        ? { state: 'PARKED', parkedAt: sender.clock() }
        : { state: 'PENDING', nextAttemptAt: plus(now, delay * 1000) },
  );
  if (!recorded) return;
  if (delay !== undefined)
    await sender.queue.send([{ deliveryId: delivery.deliveryId, attempt: message.attempt + 1 }], delay);
  if (!ok && delay === undefined)
    logger.info('Webhook delivery parked', {
      deliveryId: delivery.deliveryId,
      subscriptionId: delivery.subscriptionId,
      attempts: WEBHOOK_MAX_ATTEMPTS,
    });
}

// ---------------------------------------------------------------- the in-process queue (local)

/**
 * Runs `run` after `delayMs`; the default is an unref'd timer, so a waiting retry never keeps a process alive. Tests
 * pass their own, to run each attempt when they choose instead of waiting for it.
 */
export type Scheduler = (run: () => Promise<void>, delayMs: number) => void;

const unrefTimer: Scheduler = (run, delayMs) => {
  setTimeout(() => void run(), delayMs).unref();
};

/** How often the local queue hands over a message whose handling failed on our side, like SQS before its DLQ. */
const LOCAL_RECEIVES = 5;
/** Longer than a sender's hold on a delivery, as SQS's visibility timeout is: the next receiver finds it free. */
const LOCAL_REDELIVERY_MS = HOLD_MS + 5_000;

/**
 * A queue in memory with SQS's behaviour where it matters: a message waits its delay, and one whose handling throws
 * is handed over again later, a few times, then logged as dead at ERROR (SQS would move it to the dead-letter queue).
 */
export class LocalWebhookQueue implements WebhookQueue {
  constructor(
    private readonly consume: (message: WebhookMessage) => Promise<void>,
    private readonly schedule: Scheduler = unrefTimer,
  ) {}

  send(messages: readonly WebhookMessage[], delaySeconds: number): Promise<void> {
    for (const message of messages) this.deliver(message, delaySeconds * 1000, 1);
    return Promise.resolve();
  }

  private deliver(message: WebhookMessage, delayMs: number, receive: number): void {
    this.schedule(async () => {
      try {
        await this.consume(message);
      } catch (error) {
        if (receive < LOCAL_RECEIVES) return this.deliver(message, LOCAL_REDELIVERY_MS, receive + 1);
        logger.error('Webhook message dead after repeated failures', { message, error: error as Error });
      }
    }, delayMs);
  }
}

// ---------------------------------------------------------------- the entry point

/**
 * The sender as configured by the environment: SQS when `WEBHOOK_QUEUE_URL` is set (AWS), else, off AWS only, the
 * in-process queue (`npm start`, tests). The SQS client is loaded only in the first case, and only by the functions
 * that queue.
 */
let configured: Promise<WebhookSender> | undefined;

export function configuredWebhookSender(): Promise<WebhookSender> {
  return (configured ??= (async () => {
    const rules = webhookUrlRules();
    const base = { clock: systemClock, post: webhookPost(rules), rules, random: Math.random };
    const queueUrl = process.env.WEBHOOK_QUEUE_URL;
    if (queueUrl) {
      const { SqsWebhookQueue } = await import('./webhook-sqs-queue');
      return { ...base, queue: new SqsWebhookQueue(queueUrl) };
    }
    // A Lambda function is frozen between invocations: attempts waiting in memory there would be lost unannounced.
    if (!rules.allowLoopback)
      throw new Error('WEBHOOK_QUEUE_URL is not set: a deployed function queues webhook attempts in SQS only.');
    const sender: WebhookSender = {
      ...base,
      queue: new LocalWebhookQueue((message) => sendWebhookAttempt(message, sender)),
    };
    return sender;
  })());
}
