import type { Resolvers } from '../generated/graphql';
import {
  listNotifications,
  markNotificationsRead,
  notificationSettingsView,
  notifiedEvent,
  notifiedObligation,
  setNotificationSettings,
  unreadNotificationCount,
} from '../services/notifications';
import { toConnection } from './connection';

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: async (_, args, ctx) => toConnection(await listNotifications(ctx, args)),
    unreadNotificationCount: (_, __, ctx) => unreadNotificationCount(ctx),
  },
  Mutation: {
    markNotificationsRead: (_, { input }, ctx) => markNotificationsRead(ctx, input.ids),
    setNotificationSettings: (_, { input }, ctx) => setNotificationSettings(ctx, input),
  },
  Cluster: {
    notificationSettings: (cluster) => notificationSettingsView(cluster),
  },
  Notification: {
    id: (notification) => notification.notificationId,
    readAt: (notification) => notification.readAt ?? null,
    eventId: (notification) => notification.about.eventId ?? null,
    obligationId: (notification) => notification.about.obligationId ?? null,
    agreementId: (notification) => notification.about.agreementId ?? null,
    aidRequestId: (notification) => notification.about.aidRequestId ?? null,
    aidOfferId: (notification) => notification.about.aidOfferId ?? null,
    claimId: (notification) => notification.about.claimId ?? null,
    recordId: (notification) => notification.about.recordId ?? null,
    evaluationId: (notification) => notification.about.evaluationId ?? null,
    cityId: (notification) => notification.about.cityId ?? null,
    event: (notification, _, ctx) => notifiedEvent(ctx, notification),
    obligation: (notification, _, ctx) => notifiedObligation(ctx, notification),
  },
};
