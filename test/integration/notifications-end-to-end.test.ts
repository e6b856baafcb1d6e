import { gql } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { testClock } from '../support/clock';
import { deliverAnnouncements } from '../support/notifications';
import { CONFIRM, REPORT } from '../support/operations';
import { startReceiver, verifiedAsReceiver, type Receiver } from '../support/webhook-receiver';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

/*
 * The whole path, as an official and a receiving system see it: a mutation through the real handler writes the fact
 * and its announcements in one transaction; the real dispatcher reads the table's stream, fills the inboxes and sends
 * each matching webhook subscription a signed POST.
 */

const SUBSCRIBE = graphql(`
  mutation EndToEndSubscribe($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
      }
    }
  }
`);
const INBOX = graphql(`
  query EndToEndInbox {
    notifications(first: 50) {
      nodes {
        type
        eventId
        obligationId
        message
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query EndToEndDeliveries($subscriptionId: ID!) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) {
      nodes {
        state
        type
      }
    }
  }
`);

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());
afterEach(() => testClock.reset());

async function accidentCluster(): Promise<BuiltCluster> {
  const world = await aCluster({ cities: ['Langfang', 'Beijing'] }).build();
  await agreementInForce(
    world.coordinator,
    new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: world.cityIds(), categories: ['ACCIDENT'] })
      .duty('ORIGIN', 'REPORT', 'PT1H', { id: 'report' })
      .duty('ORIGIN', 'JOINT_RESPONSE', 'PT2H', { id: 'command' })
      .duty('COORDINATION_OFFICE', 'SHARE_INFORMATION', 'PT6H', { id: 'bulletin' })
      .build(),
  );
  return world;
}

async function subscribe(token: string, input: { clusterId: string; path: string; cityId?: string }) {
  const created = await gql(token, SUBSCRIBE, {
    input: {
      clusterId: input.clusterId,
      cityId: input.cityId,
      url: receiver.url(input.path),
      events: ['OBLIGATION_CREATED'],
    },
  });
  expect(created.errors).toBeUndefined();
  return created.data!.createWebhookSubscription;
}

test("a confirmed event's obligations reach the obligees' inboxes and the office's and obligee's webhooks, signed; nothing reaches another cluster", async () => {
  testClock.setTo('2026-12-01T08:00:00.000Z');
  const world = await accidentCluster();
  const other = await accidentCluster();
  const office = await subscribe(world.coordinator, { clusterId: world.id, path: '/office' });
  const langfang = await subscribe(world.city('Langfang').officer, {
    clusterId: world.id,
    cityId: world.city('Langfang').id,
    path: '/langfang',
  });
  const beijing = await subscribe(world.city('Beijing').officer, {
    clusterId: world.id,
    cityId: world.city('Beijing').id,
    path: '/beijing',
  });
  const otherOffice = await subscribe(other.coordinator, { clusterId: other.id, path: '/other-office' });
  await deliverAnnouncements(); // the agreements' proposals, told to their parties: not what this test is about

  const reported = await gql(world.city('Langfang').officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city('Langfang').id,
      affectedCityIds: [world.city('Beijing').id],
      location: { description: 'Industrial park' },
      description: 'Chemical tank leak',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const eventId = reported.data!.reportRiskEvent.id;
  expect((await gql(world.coordinator, CONFIRM, { input: { eventId } })).errors).toBeUndefined();

  // Three obligations: two of Langfang (origin), one of the office. Each reaches its obligee's inbox once.
  expect((await deliverAnnouncements()).delivered).toBe(3);
  const inbox = await gql(world.city('Langfang').officer, INBOX, {});
  const created = inbox.data!.notifications.nodes.filter((n) => n.type === 'OBLIGATION_CREATED');
  expect(created).toHaveLength(2);
  for (const notification of created) {
    expect(notification).toMatchObject({ type: 'OBLIGATION_CREATED', eventId });
    expect(notification.obligationId).toBeTruthy();
  }
  const obligationsTold = async (token: string) =>
    (await gql(token, INBOX, {})).data!.notifications.nodes.filter((n) => n.type === 'OBLIGATION_CREATED');
  expect(await obligationsTold(world.city('Beijing').officer)).toEqual([]);
  expect(await obligationsTold(other.coordinator)).toEqual([]);
  expect(await obligationsTold(other.city('Langfang').officer)).toEqual([]);

  // The office hears of all three, Langfang of its own two, Beijing (nothing owed) of none: five POSTs in all.
  const arrived = await receiver.waitFor(5, 20_000);
  const byPath = (path: string) => arrived.filter((request) => request.path === path);
  expect(byPath('/office')).toHaveLength(3);
  expect(byPath('/langfang')).toHaveLength(2);
  for (const request of byPath('/office')) {
    expect(verifiedAsReceiver(office.secret, request)).toBe(true);
    expect(verifiedAsReceiver(langfang.secret, request)).toBe(false);
    expect(JSON.parse(request.rawBody)).toMatchObject({
      type: 'OBLIGATION_CREATED',
      clusterId: world.id,
      about: { eventId },
    });
  }
  for (const request of byPath('/langfang')) expect(verifiedAsReceiver(langfang.secret, request)).toBe(true);

  // No delivery was even created for a subscription the facts do not concern.
  const deliveriesOf = async (token: string, subscriptionId: string) =>
    (await gql(token, DELIVERIES, { subscriptionId })).data!.webhookDeliveries.nodes;
  expect(await deliveriesOf(world.city('Beijing').officer, beijing.subscription.id)).toEqual([]);
  expect(await deliveriesOf(other.coordinator, otherOffice.subscription.id)).toEqual([]);
  expect(byPath('/beijing')).toEqual([]);
  expect(byPath('/other-office')).toEqual([]);
  // The sender records the receiver's answer just after the receiver has the request.
  const delivered = async () =>
    (await deliveriesOf(world.coordinator, office.subscription.id)).filter((d) => d.state === 'DELIVERED').length;
  for (let tries = 0; (await delivered()) < 3 && tries < 50; tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await delivered()).toBe(3);

  // The stream read again (a retried batch) announces and sends nothing twice.
  expect((await deliverAnnouncements()).delivered).toBe(0);
  expect(receiver.received).toHaveLength(5);
});
