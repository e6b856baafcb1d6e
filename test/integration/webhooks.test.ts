import { randomUUID } from 'node:crypto';
import type { Announcement, NotificationType, Recipient } from '../../src/domain/notifications';
import {
  LocalWebhookQueue,
  queueWebhookDeliveries,
  sendWebhookAttempt,
  type Scheduler,
  type WebhookSender,
} from '../../src/notifications/webhooks';
import { webhookPost, type WebhookPost } from '../../src/notifications/webhook-http';
import { gql, onlyError } from '../support/api';
import { testClock } from '../support/clock';
import { startReceiver, verifiedAsReceiver, type Receiver } from '../support/webhook-receiver';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { CreateWebhookSubscriptionInput } from '../generated/graphql';

const CREATE = graphql(`
  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
        url
        events
        status
        version
        city {
          id
        }
        cluster {
          id
        }
      }
    }
  }
`);
const LIST = graphql(`
  query WebhooksList($clusterId: ID!) {
    webhookSubscriptions(clusterId: $clusterId) {
      id
      url
      status
      version
      secretRotatedAt
      city {
        id
      }
    }
  }
`);
const PAUSE = graphql(`
  mutation WebhooksPause($input: WebhookSubscriptionActionInput!) {
    pauseWebhookSubscription(input: $input) {
      id
      status
      version
    }
  }
`);
const RESUME = graphql(`
  mutation WebhooksResume($input: WebhookSubscriptionActionInput!) {
    resumeWebhookSubscription(input: $input) {
      id
      status
      version
    }
  }
`);
const DELETE = graphql(`
  mutation WebhooksDelete($input: WebhookSubscriptionActionInput!) {
    deleteWebhookSubscription(input: $input)
  }
`);
const ROTATE = graphql(`
  mutation WebhooksRotate($input: WebhookSubscriptionActionInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      subscription {
        id
        version
        secretRotatedAt
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query WebhooksDeliveries($subscriptionId: ID!, $first: Int, $after: String) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {
      nodes {
        id
        notificationId
        type
        state
        nextAttemptAt
        deliveredAt
        parkedAt
        parkedReason
        attempts {
          at
          statusCode
          error
          durationMs
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const AUDIT = graphql(`
  query WebhooksAudit($clusterId: ID!, $targetId: ID!) {
    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {
      nodes {
        action
        targetType
        versionBefore
        versionAfter
        changes
      }
    }
  }
`);

let receiver: Receiver;
let cluster: BuiltCluster;
let other: BuiltCluster;

beforeAll(async () => {
  receiver = await startReceiver();
  [cluster, other] = await Promise.all([
    aCluster({ cities: ['Langfang', 'Tianjin'] }).build(),
    aCluster({ cities: ['Jiaxing'] }).build(),
  ]);
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.received.length = 0;
  receiver.answer(() => 200);
  testClock.reset();
});

/** The sender as the app runs it locally, on the test clock; `schedule` decides when each queued attempt runs. */
function testSender(options: { schedule?: Scheduler; post?: WebhookPost } = {}): WebhookSender {
  const sender: WebhookSender = {
    clock: testClock.now,
    rules: { allowLoopback: true },
    random: () => 1,
    post: options.post ?? webhookPost({ allowLoopback: true }),
    queue: { send: () => Promise.resolve() },
  };
  sender.queue = new LocalWebhookQueue((message) => sendWebhookAttempt(message, sender), options.schedule);
  return sender;
}

/** A queue whose messages wait until the test runs them, moving the clock on by each one's delay first. */
function manualQueue() {
  const waiting: Array<{ run: () => Promise<void>; delayMs: number }> = [];
  return {
    schedule: ((run, delayMs) => void waiting.push({ run, delayMs })) as Scheduler,
    waiting,
    async runNext(): Promise<number> {
      const next = waiting.shift();
      if (!next) throw new Error('no webhook attempt is queued');
      testClock.advance(next.delayMs);
      await next.run();
      return next.delayMs;
    },
  };
}

function announcement(
  of: BuiltCluster,
  type: NotificationType,
  recipients: Recipient[],
  about: Announcement['about'] = {},
): Announcement {
  return {
    id: `ann-${randomUUID()}`,
    clusterId: of.id,
    type,
    at: testClock.now(),
    about,
    message: `${of.cities[0].name} owes a report within 2 hours.`,
    recipients,
  };
}

async function subscribe(token: string, input: CreateWebhookSubscriptionInput) {
  const response = await gql(token, CREATE, { input });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createWebhookSubscription;
}

async function deliveriesOf(token: string, subscriptionId: string) {
  const response = await gql(token, DELIVERIES, { subscriptionId, first: 50 });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.webhookDeliveries.nodes;
}

/**
 * The deliveries once each has its first attempt recorded: a receiver has the request before the sender, on its own
 * queue, records the answer, so a read right after the arrival may find the delivery still pending.
 */
async function deliveriesAttemptedOf(token: string, subscriptionId: string, withinMs = 10_000) {
  const until = Date.now() + withinMs;
  for (;;) {
    const deliveries = await deliveriesOf(token, subscriptionId);
    if (deliveries.every((delivery) => delivery.attempts.length > 0) || Date.now() > until) return deliveries;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('subscriptions', () => {
  test('the office subscribes its cluster: the secret (32 random bytes) is answered once and readable nowhere after', async () => {
    const created = await subscribe(cluster.coordinator, {
      clusterId: cluster.id,
      url: receiver.url(),
      events: ['OBLIGATION_CREATED', 'OBLIGATION_OVERDUE', 'OBLIGATION_CREATED'],
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.subscription).toMatchObject({
      url: receiver.url(),
      events: ['OBLIGATION_CREATED', 'OBLIGATION_OVERDUE'],
      status: 'ACTIVE',
      version: 1,
      city: null,
      cluster: { id: cluster.id },
    });

    // No field of the API holds it: asking for one is refused, and neither the list nor the audit trail shows it.
    const asked = await gql(cluster.coordinator, `query ($c: ID!) { webhookSubscriptions(clusterId: $c) { secret } }`, {
      c: cluster.id,
    });
    expect(onlyError(asked).code).toBe('BAD_USER_INPUT');
    const listed = await gql(cluster.coordinator, LIST, { clusterId: cluster.id });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const audit = await gql(cluster.coordinator, AUDIT, { clusterId: cluster.id, targetId: created.subscription.id });
    expect(audit.data?.auditLog.nodes).toEqual([
      expect.objectContaining({ action: 'WEBHOOK_SUBSCRIPTION_CREATED', targetType: 'WebhookSubscription' }),
    ]);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
  });

  test('a city subscribes for itself only; the office sees every subscription, a city only its own', async () => {
    const langfang = cluster.city('Langfang');
    const tianjin = cluster.city('Tianjin');
    const own = await subscribe(langfang.officer, {
      clusterId: cluster.id,
      cityId: langfang.id,
      url: receiver.url('/langfang'),
      events: ['OBLIGATION_CREATED'],
    });
    expect(own.subscription.city).toEqual({ id: langfang.id });

    const forPartner = await gql(langfang.officer, CREATE, {
      input: { clusterId: cluster.id, cityId: tianjin.id, url: receiver.url(), events: ['OBLIGATION_CREATED'] },
    });
    expect(onlyError(forPartner)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('own city') as string,
    });
    const withoutCity = await gql(langfang.officer, CREATE, {
      input: { clusterId: cluster.id, url: receiver.url(), events: ['OBLIGATION_CREATED'] },
    });
    expect(onlyError(withoutCity).code).toBe('FORBIDDEN');
    const officeForCity = await gql(cluster.coordinator, CREATE, {
      input: { clusterId: cluster.id, cityId: tianjin.id, url: receiver.url(), events: ['OBLIGATION_CREATED'] },
    });
    expect(onlyError(officeForCity)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining("that city's own officers") as string,
    });

    const office = await gql(cluster.coordinator, LIST, { clusterId: cluster.id });
    expect(office.data?.webhookSubscriptions.map((s) => s.id)).toContain(own.subscription.id);
    const tianjinList = await gql(tianjin.officer, LIST, { clusterId: cluster.id });
    expect(tianjinList.data?.webhookSubscriptions.map((s) => s.id)).not.toContain(own.subscription.id);
    const langfangList = await gql(langfang.officer, LIST, { clusterId: cluster.id });
    expect(langfangList.data?.webhookSubscriptions.every((s) => s.city?.id === langfang.id)).toBe(true);

    // A partner city cannot pause, read the deliveries of, or delete it.
    const pause = await gql(tianjin.officer, PAUSE, { input: { id: own.subscription.id, expectedVersion: 1 } });
    expect(onlyError(pause).code).toBe('FORBIDDEN');
    const deliveries = await gql(tianjin.officer, DELIVERIES, { subscriptionId: own.subscription.id });
    expect(onlyError(deliveries).code).toBe('FORBIDDEN');
  });

  test('evaluators and superiors keep no subscriptions; another cluster sees nothing of them', async () => {
    const created = await subscribe(cluster.coordinator, {
      clusterId: cluster.id,
      url: receiver.url(),
      events: ['EVENT_ESCALATED'],
    });
    const input = { clusterId: cluster.id, url: receiver.url(), events: ['EVENT_ESCALATED' as const] };
    for (const token of [cluster.evaluator.token, cluster.superior]) {
      expect(onlyError(await gql(token, CREATE, { input })).code).toBe('FORBIDDEN');
      expect(onlyError(await gql(token, LIST, { clusterId: cluster.id })).code).toBe('FORBIDDEN');
    }
    expect(onlyError(await gql(other.coordinator, CREATE, { input })).code).toBe('NOT_FOUND');
    expect(onlyError(await gql(other.coordinator, LIST, { clusterId: cluster.id })).code).toBe('NOT_FOUND');
    const action = { input: { id: created.subscription.id, expectedVersion: 1 } };
    for (const refused of [
      await gql(other.coordinator, PAUSE, action),
      await gql(other.coordinator, DELETE, action),
      await gql(other.coordinator, ROTATE, action),
    ]) {
      expect(onlyError(refused)).toMatchObject({
        code: 'NOT_FOUND',
        message: `No webhook subscription with id "${created.subscription.id}" was found.`,
      });
    }
    const variant = await gql(cluster.coordinator, PAUSE, {
      input: { id: created.subscription.id.toUpperCase(), expectedVersion: 1 },
    });
    expect(onlyError(variant).code).toBe('NOT_FOUND');
    // Nothing changed.
    const listed = await gql(cluster.coordinator, LIST, { clusterId: cluster.id });
    expect(listed.data?.webhookSubscriptions.find((s) => s.id === created.subscription.id)).toMatchObject({
      status: 'ACTIVE',
      version: 1,
    });
  });

  test('pause, resume and delete are version-checked and audited', async () => {
    const { subscription } = await subscribe(cluster.coordinator, {
      clusterId: cluster.id,
      url: receiver.url(),
      events: ['AID_REQUESTED'],
    });
    const paused = await gql(cluster.coordinator, PAUSE, { input: { id: subscription.id, expectedVersion: 1 } });
    expect(paused.data?.pauseWebhookSubscription).toEqual({ id: subscription.id, status: 'PAUSED', version: 2 });
    const stale = await gql(cluster.coordinator, RESUME, { input: { id: subscription.id, expectedVersion: 1 } });
    expect(onlyError(stale)).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: 1, currentVersion: 2 } });
    const again = await gql(cluster.coordinator, PAUSE, { input: { id: subscription.id, expectedVersion: 2 } });
    expect(onlyError(again)).toMatchObject({ code: 'CONFLICT', extensions: { currentState: 'PAUSED' } });
    const resumed = await gql(cluster.coordinator, RESUME, { input: { id: subscription.id, expectedVersion: 2 } });
    expect(resumed.data?.resumeWebhookSubscription.status).toBe('ACTIVE');

    // Two writers at the same version: exactly one wins.
    const both = await Promise.all([
      gql(cluster.coordinator, PAUSE, { input: { id: subscription.id, expectedVersion: 3 } }),
      gql(cluster.coordinator, DELETE, { input: { id: subscription.id, expectedVersion: 3 } }),
    ]);
    expect(both.filter((response) => response.errors === undefined)).toHaveLength(1);
    expect(both.filter((response) => response.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);

    const audit = await gql(cluster.coordinator, AUDIT, { clusterId: cluster.id, targetId: subscription.id });
    expect(audit.data?.auditLog.nodes.map((event) => event.action).sort()).toEqual(
      [
        'WEBHOOK_SUBSCRIPTION_CREATED',
        'WEBHOOK_SUBSCRIPTION_PAUSED',
        'WEBHOOK_SUBSCRIPTION_RESUMED',
        both[0].errors ? 'WEBHOOK_SUBSCRIPTION_DELETED' : 'WEBHOOK_SUBSCRIPTION_PAUSED',
      ].sort(),
    );
  });

  test.each([
    ['http://alerts.example.org/hook', 'must use https'],
    ['https://10.1.2.3/hook', 'private, loopback or link-local'],
    ['https://169.254.169.254/latest/meta-data', 'private, loopback or link-local'],
    ['https://[fd00::1]/hook', 'private, loopback or link-local'],
    ['https://[::ffff:192.168.0.1]/hook', 'private, loopback or link-local'],
    ['ftp://127.0.0.1/hook', 'http:// or https://'],
    ['https://user:pass@alerts.example.org/', 'user name or password'],
    ['https://intranet/hook', 'not a public domain name'],
    ['not a url', 'is not a URL'],
    [`https://alerts.example.org/${'a'.repeat(2100)}`, 'at most 2048'],
  ])('the URL %# is refused (BAD_USER_INPUT) and nothing is created', async (url, phrase) => {
    const before = await gql(cluster.coordinator, LIST, { clusterId: cluster.id });
    const refused = await gql(cluster.coordinator, CREATE, {
      input: { clusterId: cluster.id, url, events: ['OBLIGATION_CREATED'] },
    });
    expect(onlyError(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining(phrase) as string,
    });
    const after = await gql(cluster.coordinator, LIST, { clusterId: cluster.id });
    expect(after.data?.webhookSubscriptions).toHaveLength(before.data!.webhookSubscriptions.length);
  });

  test('an empty list of events is refused', async () => {
    const refused = await gql(cluster.coordinator, CREATE, {
      input: { clusterId: cluster.id, url: receiver.url(), events: [] },
    });
    expect(onlyError(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('at least one') as string,
    });
  });
});

describe('deliveries', () => {
  test('an announcement arrives at the office webhook within seconds, signed as documented', async () => {
    const own = await aCluster({ cities: ['Langfang', 'Tianjin'] }).build();
    const { subscription, secret } = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/office'),
      events: ['OBLIGATION_CREATED'],
    });
    const langfang = own.city('Langfang');
    const news = announcement(own, 'OBLIGATION_CREATED', [{ kind: 'CITY', cityId: langfang.id }], {
      obligationId: 'obl-1',
      cityId: langfang.id,
    });
    const started = performance.now();
    await queueWebhookDeliveries([news], testSender());
    const [got] = await receiver.waitFor(1);
    expect(got.arrivedAt - started).toBeLessThan(5_000);

    expect(got.path).toBe('/office');
    expect(got.headers['content-type']).toBe('application/json');
    expect(verifiedAsReceiver(secret, got)).toBe(true);
    expect(verifiedAsReceiver(`${secret}x`, got)).toBe(false);
    expect(JSON.parse(got.rawBody)).toEqual({
      id: news.id,
      type: 'OBLIGATION_CREATED',
      at: news.at,
      clusterId: own.id,
      about: { obligationId: 'obl-1', cityId: langfang.id },
      message: news.message,
    });
    expect(Number(got.headers['x-citypact-timestamp'])).toBeCloseTo(Date.parse(testClock.now()) / 1000, -1);

    const [delivery] = await deliveriesAttemptedOf(own.coordinator, subscription.id);
    expect(delivery).toMatchObject({
      id: got.headers['x-citypact-delivery'],
      notificationId: news.id,
      type: 'OBLIGATION_CREATED',
      state: 'DELIVERED',
      attempts: [{ statusCode: 200, error: null }],
    });
  });

  test('a city subscription gets what is addressed to its city; paused, unsubscribed types and other clusters get nothing', async () => {
    const own = await aCluster({ cities: ['Langfang', 'Tianjin'] }).build();
    const langfang = own.city('Langfang');
    const tianjin = own.city('Tianjin');
    const city = await subscribe(langfang.officer, {
      clusterId: own.id,
      cityId: langfang.id,
      url: receiver.url('/langfang'),
      events: ['OBLIGATION_CREATED'],
    });
    const paused = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/paused'),
      events: ['OBLIGATION_CREATED'],
    });
    await gql(own.coordinator, PAUSE, { input: { id: paused.subscription.id, expectedVersion: 1 } });
    await subscribe(own.coordinator, { clusterId: own.id, url: receiver.url('/claims'), events: ['CLAIM_DECIDED'] });
    await subscribe(other.coordinator, {
      clusterId: other.id,
      url: receiver.url('/other-cluster'),
      events: ['OBLIGATION_CREATED'],
    });
    const office = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/office'),
      events: ['OBLIGATION_CREATED'],
    });

    const toLangfang = announcement(own, 'OBLIGATION_CREATED', [{ kind: 'CITY', cityId: langfang.id }]);
    const toTianjin = announcement(own, 'OBLIGATION_CREATED', [{ kind: 'CITY', cityId: tianjin.id }]);
    const queue = manualQueue();
    await queueWebhookDeliveries([toLangfang, toTianjin], testSender({ schedule: queue.schedule }));
    // Exactly three attempts were queued; each is made, and no other.
    expect(queue.waiting).toHaveLength(3);
    while (queue.waiting.length > 0) await queue.runNext();
    const arrived = receiver.received.map((r) => `${r.path} ${(JSON.parse(r.rawBody) as { id: string }).id}`).sort();
    expect(arrived).toEqual(
      [`/langfang ${toLangfang.id}`, `/office ${toLangfang.id}`, `/office ${toTianjin.id}`].sort(),
    );
    expect(await deliveriesOf(own.coordinator, paused.subscription.id)).toEqual([]);
    expect(await deliveriesOf(langfang.officer, city.subscription.id)).toHaveLength(1);
    expect(await deliveriesOf(own.coordinator, office.subscription.id)).toHaveLength(2);
  });

  test('an announcement handed over twice is delivered once', async () => {
    const own = await aCluster({ cities: 1 }).build();
    const { subscription } = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/twice'),
      events: ['AGREEMENT_PROPOSED'],
    });
    const news = announcement(own, 'AGREEMENT_PROPOSED', [{ kind: 'CITY', cityId: own.cities[0].id }]);
    const queue = manualQueue();
    const sender = testSender({ schedule: queue.schedule });
    await queueWebhookDeliveries([news], sender);
    await queueWebhookDeliveries([news], sender);
    // Both first attempts were queued (none was made yet); run them at the same moment.
    expect(queue.waiting).toHaveLength(2);
    await Promise.all([queue.waiting[0].run(), queue.waiting[1].run()]);
    expect(receiver.received).toHaveLength(1);
    const [delivery] = await deliveriesOf(own.coordinator, subscription.id);
    expect(delivery.attempts).toHaveLength(1);
    await queueWebhookDeliveries([news], sender);
    expect(queue.waiting).toHaveLength(2);
  });

  test('a failing receiver gets five attempts with growing waits, then the delivery is parked and shown', async () => {
    const own = await aCluster({ cities: 1 }).build();
    const { subscription } = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/failing'),
      events: ['OBLIGATION_OVERDUE'],
    });
    receiver.answer(() => 503);
    const queue = manualQueue();
    testClock.setTo('2026-07-21T08:00:00.000Z');
    await queueWebhookDeliveries(
      [announcement(own, 'OBLIGATION_OVERDUE', [{ kind: 'OFFICE' }])],
      testSender({ schedule: queue.schedule }),
    );
    const waits: number[] = [];
    while (queue.waiting.length > 0) waits.push(await queue.runNext());
    // The first attempt at once; then 15 s, 1 min, 4 min and 15 min (the test's jitter takes the whole step).
    expect(waits).toEqual([0, 15_000, 60_000, 240_000, 900_000]);
    expect(receiver.received).toHaveLength(5);
    expect(new Set(receiver.received.map((r) => r.headers['x-citypact-delivery'])).size).toBe(1);

    const [delivery] = await deliveriesOf(own.coordinator, subscription.id);
    expect(delivery.state).toBe('PARKED');
    expect(delivery.parkedAt).toBe('2026-07-21T08:20:15.000Z');
    expect(delivery.nextAttemptAt).toBeNull();
    expect(delivery.attempts.map((attempt) => [attempt.at, attempt.statusCode])).toEqual([
      ['2026-07-21T08:00:00.000Z', 503],
      ['2026-07-21T08:00:15.000Z', 503],
      ['2026-07-21T08:01:15.000Z', 503],
      ['2026-07-21T08:05:15.000Z', 503],
      ['2026-07-21T08:20:15.000Z', 503],
    ]);
    expect(delivery.attempts.every((attempt) => attempt.durationMs >= 0)).toBe(true);
  });

  test('a receiver that recovers gets the delivery on a retry; one that does not answer in time counts as failed', async () => {
    const own = await aCluster({ cities: 1 }).build();
    const { subscription } = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/slow'),
      events: ['DISPUTE_OPENED'],
    });
    receiver.answer(() => 'hang');
    const queue = manualQueue();
    await queueWebhookDeliveries(
      [announcement(own, 'DISPUTE_OPENED', [{ kind: 'OFFICE' }])],
      testSender({ schedule: queue.schedule, post: webhookPost({ allowLoopback: true }, 200) }),
    );
    await queue.runNext();
    let [delivery] = await deliveriesOf(own.coordinator, subscription.id);
    expect(delivery).toMatchObject({
      state: 'PENDING',
      attempts: [{ statusCode: null, error: 'No answer within 0.2 s' }],
    });
    expect(delivery.nextAttemptAt).not.toBeNull();

    receiver.answer(() => 204);
    await queue.runNext();
    [delivery] = await deliveriesOf(own.coordinator, subscription.id);
    expect(delivery.state).toBe('DELIVERED');
    expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([null, 204]);
    expect(queue.waiting).toHaveLength(0);
  });

  test('pausing parks what is still waiting; a deleted subscription gets nothing more', async () => {
    const own = await aCluster({ cities: 1 }).build();
    const { subscription } = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/paused-later'),
      events: ['CLAIM_DECIDED'],
    });
    const queue = manualQueue();
    const sender = testSender({ schedule: queue.schedule });
    await queueWebhookDeliveries([announcement(own, 'CLAIM_DECIDED', [{ kind: 'OFFICE' }])], sender);
    await gql(own.coordinator, PAUSE, { input: { id: subscription.id, expectedVersion: 1 } });
    await queue.runNext();
    expect(receiver.received).toHaveLength(0);
    const [delivery] = await deliveriesOf(own.coordinator, subscription.id);
    expect(delivery).toMatchObject({
      state: 'PARKED',
      attempts: [],
      parkedReason: expect.stringContaining('paused') as string,
    });

    await gql(own.coordinator, RESUME, { input: { id: subscription.id, expectedVersion: 2 } });
    await queueWebhookDeliveries([announcement(own, 'CLAIM_DECIDED', [{ kind: 'OFFICE' }])], sender);
    await gql(own.coordinator, DELETE, { input: { id: subscription.id, expectedVersion: 3 } });
    await queue.runNext();
    expect(receiver.received).toHaveLength(0);
    const gone = await gql(own.coordinator, DELIVERIES, { subscriptionId: subscription.id });
    expect(onlyError(gone).code).toBe('NOT_FOUND');
    const listed = await gql(own.coordinator, LIST, { clusterId: own.id });
    expect(listed.data?.webhookSubscriptions).toEqual([]);
  });

  test('after a rotation, deliveries are signed with the new secret only', async () => {
    const own = await aCluster({ cities: 1 }).build();
    const created = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/rotated'),
      events: ['COMPLIANCE_RECORDED'],
    });
    const stale = await gql(own.coordinator, ROTATE, { input: { id: created.subscription.id, expectedVersion: 2 } });
    expect(onlyError(stale).code).toBe('CONFLICT');
    testClock.setTo('2026-08-01T10:00:00.000Z');
    const rotated = await gql(own.coordinator, ROTATE, { input: { id: created.subscription.id, expectedVersion: 1 } });
    const { secret, subscription } = rotated.data!.rotateWebhookSecret;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(created.secret);
    expect(subscription).toEqual({
      id: created.subscription.id,
      version: 2,
      secretRotatedAt: '2026-08-01T10:00:00.000Z',
    });

    await queueWebhookDeliveries([announcement(own, 'COMPLIANCE_RECORDED', [{ kind: 'OFFICE' }])], testSender());
    const [got] = await receiver.waitFor(1);
    expect(verifiedAsReceiver(secret, got)).toBe(true);
    expect(verifiedAsReceiver(created.secret, got)).toBe(false);
    const audit = await gql(own.coordinator, AUDIT, { clusterId: own.id, targetId: created.subscription.id });
    expect(audit.data?.auditLog.nodes.map((event) => event.action)).toContain('WEBHOOK_SECRET_ROTATED');
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  test('deliveries are listed newest first, a page at a time', async () => {
    const own = await aCluster({ cities: 1 }).build();
    const { subscription } = await subscribe(own.coordinator, {
      clusterId: own.id,
      url: receiver.url('/pages'),
      events: ['AID_REQUESTED'],
    });
    const queue = manualQueue();
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      testClock.setTo(`2026-09-0${n + 1}T00:00:00.000Z`);
      const news = announcement(own, 'AID_REQUESTED', [{ kind: 'OFFICE' }]);
      ids.push(news.id);
      await queueWebhookDeliveries([news], testSender({ schedule: queue.schedule }));
    }
    const first = await gql(own.coordinator, DELIVERIES, { subscriptionId: subscription.id, first: 2 });
    expect(first.data?.webhookDeliveries.nodes.map((d) => d.notificationId)).toEqual([ids[2], ids[1]]);
    expect(first.data?.webhookDeliveries.pageInfo.hasNextPage).toBe(true);
    const second = await gql(own.coordinator, DELIVERIES, {
      subscriptionId: subscription.id,
      first: 2,
      after: first.data?.webhookDeliveries.pageInfo.endCursor,
    });
    expect(second.data?.webhookDeliveries.nodes.map((d) => d.notificationId)).toEqual([ids[0]]);
  });
});
