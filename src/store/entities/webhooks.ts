import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { NOTIFICATION_TYPES } from '../../domain/notifications';
import { WEBHOOK_DELIVERY_STATES, WEBHOOK_SUBSCRIPTION_STATUSES } from '../../domain/webhooks';
import { actorAttribute, entityOptions, updatedAtAttribute, versionAttribute } from './attributes';

// Webhook subscriptions and their deliveries.

export const WebhookSubscriptionEntity = new LazyEntity(
  {
    model: { entity: 'webhookSubscription', version: '1', service: 'citypact' },
    attributes: {
      subscriptionId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      /** A city's subscription (announcements to that city); absent for the coordination office's. */
      cityId: { type: 'string', readOnly: true },
      url: { type: 'string', required: true, readOnly: true },
      /** Notification types (NOTIFICATION_TYPES; ElectroDB lists hold no enum items, so the service checks them). */
      events: { type: 'list', items: { type: 'string' }, required: true },
      status: { type: WEBHOOK_SUBSCRIPTION_STATUSES, required: true },
      /**
       * The signing secret. Never part of any API type: shown once when created or rotated, then read only by the
       * sender (see docs/ARCHITECTURE.md, "Webhooks").
       */
      secret: { type: 'string', required: true },
      secretRotatedAt: { type: 'string' },
      createdAt: { type: 'string', required: true, readOnly: true },
      createdBy: { ...actorAttribute, required: true, readOnly: true },
      version: versionAttribute,
      updatedAt: updatedAtAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['subscriptionId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['createdAt', 'subscriptionId'] },
      },
    },
  },
  entityOptions,
);
export type StoredWebhookSubscription = EntityItem<typeof WebhookSubscriptionEntity>;

const attemptAttribute = {
  type: 'map',
  properties: {
    at: { type: 'string', required: true },
    /** The receiver's HTTP status, when it answered. */
    statusCode: { type: 'number' },
    /** Why the attempt failed without an answer (timeout, refused address, network error). */
    error: { type: 'string' },
    durationMs: { type: 'number', required: true },
  },
} as const;

export const WebhookDeliveryEntity = new LazyEntity(
  {
    model: { entity: 'webhookDelivery', version: '1', service: 'citypact' },
    attributes: {
      deliveryId: { type: 'string', required: true, readOnly: true },
      subscriptionId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      announcementId: { type: 'string', required: true, readOnly: true },
      type: { type: NOTIFICATION_TYPES, required: true, readOnly: true },
      /** The exact bytes signed and sent, so every retry sends the same body. */
      body: { type: 'string', required: true, readOnly: true },
      state: { type: WEBHOOK_DELIVERY_STATES, required: true },
      attempts: { type: 'list', items: attemptAttribute, required: true },
      nextAttemptAt: { type: 'string' },
      deliveredAt: { type: 'string' },
      parkedAt: { type: 'string' },
      /** Why the delivery was parked without using up its attempts (subscription paused or deleted). */
      parkedReason: { type: 'string' },
      /** A sender holds the delivery until then (an attempt in flight): a duplicate queue message waits or drops. */
      sendingUntil: { type: 'string' },
      createdAt: { type: 'string', required: true, readOnly: true },
      version: versionAttribute,
      /** Deliveries are kept for 30 days (TTL). */
      expiresAt: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['deliveryId'] }, sk: { field: 'sk', composite: [] } },
      bySubscription: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['subscriptionId'] },
        sk: { field: 'gsi1sk', composite: ['createdAt', 'deliveryId'] },
      },
    },
  },
  entityOptions,
);
export type StoredWebhookDelivery = EntityItem<typeof WebhookDeliveryEntity>;
export type StoredWebhookAttempt = StoredWebhookDelivery['attempts'][number];
