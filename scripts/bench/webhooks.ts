/**
 * Webhook delivery latency: 100 subscriptions of the coordination office in one cluster, announcements handed to the
 * dispatcher as the table's stream would hand them (a new outbox item), delivered by the in-process queue and the same
 * sender code the Lambda runs, to a receiver on 127.0.0.1. Reported: from handing the announcement to the dispatcher
 * to each delivery's arrival (median, p95, max), and to the last of the 100 per announcement. DynamoDB Streams' own
 * delay (the write to the dispatcher's invocation, typically well under a second in AWS) is not in these figures.
 *
 * Part of `npm run bench` (which has configured the app and seeded the demo); `BENCH_ONLY=webhooks npm run bench`
 * runs it alone.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { LocalKeys } from '../lib/local-auth';
import { signLocalToken } from '../lib/local-auth';
import { invokeGraphql, type LambdaHandler } from './lambda';
import { ms } from './report';

const SUBSCRIPTIONS = 100;
const ANNOUNCEMENTS = Number(process.env.BENCH_WEBHOOK_ANNOUNCEMENTS) || 20;
const CLUSTER_ID = 'cluster-jjj';

const CREATE = `mutation ($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { subscription { id } secret }
}`;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** Runs the measurement; answers what failed (a delivery that did not arrive), empty when all arrived. */
export async function benchWebhooks(keys: LocalKeys): Promise<string[]> {
  const { createLambdaHandler } = await import('../../src/handler');
  const { dispatchStreamRecords } = await import('../../src/notifications/dispatcher');
  const { outboxItem } = await import('../../src/store/outbox');
  const handler = createLambdaHandler() as unknown as LambdaHandler;
  const token = await signLocalToken(keys, {
    sub: 'demo-coordinator-jjj',
    name: 'Bench coordinator',
    role: 'COORDINATOR',
    clusterId: CLUSTER_ID,
  });

  const arrivals = new Map<string, number[]>();
  let expected = 0;
  let onArrival: () => void = () => undefined;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const id = String(request.headers['x-citypact-delivery']);
      const now = performance.now();
      const list = arrivals.get(id) ?? [];
      list.push(now);
      arrivals.set(id, list);
      response.writeHead(204).end();
      onArrival();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  try {
    for (let n = 0; n < SUBSCRIPTIONS; n++) {
      await invokeGraphql(handler, token, CREATE, {
        input: { clusterId: CLUSTER_ID, url: `http://127.0.0.1:${port}/hook/${n}`, events: ['OBLIGATION_OVERDUE'] },
      });
    }
    const { webhookDeliveryId } = await import('../../src/domain/webhooks');
    const { webhookRepository } = await import('../../src/store/webhooks');
    const subscriptionIds = (await webhookRepository.subscriptionsOf(CLUSTER_ID)).map((s) => s.subscriptionId);

    const latencies: number[] = [];
    const lastOfEach: number[] = [];
    const failures: string[] = [];
    for (let n = 0; n < ANNOUNCEMENTS; n++) {
      const id = `bench-${randomUUID()}`;
      const record = {
        eventName: 'INSERT',
        dynamodb: {
          NewImage: marshall(
            outboxItem({
              id,
              clusterId: CLUSTER_ID,
              type: 'OBLIGATION_OVERDUE',
              at: new Date().toISOString(),
              about: { obligationId: `obl-bench-${n}` },
              message: 'Langfang has not sent its situation report, due 2 hours after the confirmation.',
              recipients: [{ kind: 'OFFICE' }],
            }),
            { removeUndefinedValues: true },
          ),
        },
      };
      const deliveryIds = subscriptionIds.map((subscriptionId) => webhookDeliveryId(id, subscriptionId));
      expected += deliveryIds.length;
      const allArrived = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out')), 30_000);
        onArrival = () => {
          if (deliveryIds.every((deliveryId) => arrivals.has(deliveryId))) {
            clearTimeout(timer);
            resolve();
          }
        };
      });
      const started = performance.now();
      await dispatchStreamRecords([record]);
      try {
        await allArrived;
      } catch {
        failures.push(`announcement ${n}: ${deliveryIds.filter((d) => !arrivals.has(d)).length} deliveries missing`);
        continue;
      }
      const times = deliveryIds.map((deliveryId) => arrivals.get(deliveryId)![0] - started);
      latencies.push(...times);
      lastOfEach.push(Math.max(...times));
    }
    const duplicates = [...arrivals.values()].filter((list) => list.length > 1).length;
    if (duplicates) failures.push(`${duplicates} deliveries arrived more than once`);
    latencies.sort((a, b) => a - b);
    lastOfEach.sort((a, b) => a - b);
    console.log(
      `\nWebhooks: ${ANNOUNCEMENTS} announcements × ${SUBSCRIPTIONS} subscriptions of one cluster (${latencies.length} of ${expected} delivered),` +
        ` from the dispatcher's stream batch to arrival at a 127.0.0.1 receiver:`,
    );
    console.log(
      `  each delivery: median ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}, max ${ms(latencies[latencies.length - 1])};` +
        ` the last of an announcement's 100: median ${ms(quantile(lastOfEach, 0.5))}, p95 ${ms(quantile(lastOfEach, 0.95))}.`,
    );
    return failures.map((failure) => `webhooks: ${failure}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
