import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Announcement } from '../../src/domain/notifications';
import { dispatchStreamRecords } from '../../src/notifications/dispatcher';
import { outboxItem } from '../../src/store/outbox';
import { gql } from '../support/api';
import { startReceiver, verifiedAsReceiver, type Receiver } from '../support/webhook-receiver';
import { aCluster } from '../support/world';
import { graphql } from '../generated';

const CREATE = graphql(`
  mutation WebhooksFromDispatcherCreate($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
      }
    }
  }
`);

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

test("the dispatcher hands a new outbox item to the webhooks: the office's subscription gets it, signed, within seconds", async () => {
  const cluster = await aCluster({ cities: ['Langfang'] }).build();
  const created = await gql(cluster.coordinator, CREATE, {
    input: { clusterId: cluster.id, url: receiver.url('/office'), events: ['OBLIGATION_CREATED'] },
  });
  const { secret } = created.data!.createWebhookSubscription;
  const announcement: Announcement = {
    id: `ann-${randomUUID()}`,
    clusterId: cluster.id,
    type: 'OBLIGATION_CREATED',
    at: new Date().toISOString(),
    about: { obligationId: 'obl-1' },
    message: 'Langfang owes a situation report within 2 hours.',
    recipients: [{ kind: 'CITY', cityId: cluster.city('Langfang').id }],
  };
  const record = {
    eventName: 'INSERT',
    dynamodb: { NewImage: marshall(outboxItem(announcement), { removeUndefinedValues: true }) },
  };
  await dispatchStreamRecords([record]);
  const [got] = await receiver.waitFor(1);
  expect(verifiedAsReceiver(secret, got)).toBe(true);
  expect(JSON.parse(got.rawBody)).toMatchObject({ id: announcement.id, type: 'OBLIGATION_CREATED' });
});
