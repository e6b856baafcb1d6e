import type { Resolvers } from '../generated/graphql';
import { clusterFor, referencedCity } from '../services/access';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  rotateWebhookSecret,
  setWebhookSubscriptionStatus,
  webhookDeliveries,
  webhookSubscriptions,
} from '../services/webhooks';
import type { NotificationType } from '../domain/notifications';
import { pageArgs, toConnection } from './connection';

export const webhookResolvers: Resolvers = {
  Query: {
    webhookSubscriptions: (_, { clusterId }, ctx) => webhookSubscriptions(ctx, clusterId),
    webhookDeliveries: async (_, { subscriptionId, ...args }, ctx) =>
      toConnection(await webhookDeliveries(ctx, subscriptionId, pageArgs(args))),
  },
  Mutation: {
    createWebhookSubscription: (_, { input }, ctx) => createWebhookSubscription(ctx, input),
    pauseWebhookSubscription: (_, { input }, ctx) => setWebhookSubscriptionStatus(ctx, input, 'PAUSED'),
    resumeWebhookSubscription: (_, { input }, ctx) => setWebhookSubscriptionStatus(ctx, input, 'ACTIVE'),
    deleteWebhookSubscription: (_, { input }, ctx) => deleteWebhookSubscription(ctx, input),
    rotateWebhookSecret: (_, { input }, ctx) => rotateWebhookSecret(ctx, input),
  },
  WebhookSubscription: {
    id: (subscription) => subscription.subscriptionId,
    cluster: (subscription, _, ctx) => clusterFor(ctx, subscription.clusterId, 'cluster:read'),
    city: (subscription, _, ctx) => (subscription.cityId ? referencedCity(ctx, subscription.cityId) : null),
    events: (subscription) => subscription.events as NotificationType[],
  },
  WebhookDelivery: {
    id: (delivery) => delivery.deliveryId,
    notificationId: (delivery) => delivery.announcementId,
  },
};
