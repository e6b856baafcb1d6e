import { actorOf, type Caller } from '../auth/caller';
import type { RequestContext } from '../context';
import { DURATION_BOUNDS, boundedDuration } from '../domain/bounds';
import { BadInputError, ConflictError, NotFoundError } from '../domain/errors';
import { evaluatorInboxKey } from '../domain/notifications/ids';
import { pageRequest, type Page } from '../domain/pagination';
import type { StoredCluster, StoredObligation, StoredRiskEvent } from '../store/entities';
import { retryLostRaces } from '../store/kernel';
import type { InboxAddress, StoredNotification } from '../store/notifications';
import { allows, clusterFor } from './access';
import { readableObligation } from './obligations';

/** How many notifications one `markNotificationsRead` may name (each is one write of one transaction). */
export const MAX_MARKED_AT_ONCE = 50;
const MAX_PAGE = 100;

export type NotificationSettingsView = { reminderLeadTime: string | null };

/**
 * The inboxes a caller reads: its own, by who it is (like `me`, this is the caller's identity, not a rule about
 * someone else's records). A city officer reads its city's, the office its cluster's, a superior the superiors' inbox
 * of every cluster it oversees, an evaluator its own (each panel it sits on delivers there).
 */
export function inboxesOf(caller: Caller): InboxAddress[] {
  switch (caller.role) {
    case 'CITY':
      return [{ clusterId: caller.clusterId, inbox: `city#${caller.cityId}` }];
    case 'COORDINATOR':
      return [{ clusterId: caller.clusterId, inbox: 'office' }];
    case 'SUPERIOR':
      return caller.clusterIds.map((clusterId) => ({ clusterId, inbox: 'superior' }));
    case 'EVALUATOR':
      return [{ clusterId: caller.clusterId, inbox: evaluatorInboxKey(caller.id) }];
  }
}

export function listNotifications(
  ctx: RequestContext,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
): Promise<Page<StoredNotification>> {
  return ctx.store.notifications.page(
    inboxesOf(ctx.caller),
    args.unreadOnly === true,
    pageRequest(args.first, args.after, MAX_PAGE),
  );
}

export function unreadNotificationCount(ctx: RequestContext): Promise<number> {
  return ctx.store.notifications.unreadCount(inboxesOf(ctx.caller));
}

/**
 * Marks the caller's own notifications read, all or none. An id that is not one of the caller's (missing, or
 * someone else's, in this cluster or another) is NOT_FOUND, with the same words either way, and nothing is marked.
 */
export async function markNotificationsRead(
  ctx: RequestContext,
  ids: readonly string[],
): Promise<StoredNotification[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new BadInputError('Name at least one notification to mark read.');
  if (unique.length > MAX_MARKED_AT_ONCE)
    throw new BadInputError(`Mark at most ${MAX_MARKED_AT_ONCE} notifications read at a time (got ${unique.length}).`, {
      max: MAX_MARKED_AT_ONCE,
    });
  const mine = new Set(inboxesOf(ctx.caller).map(({ clusterId, inbox }) => `${clusterId}\u0000${inbox}`));
  const at = ctx.now();
  return retryLostRaces(async () => {
    const found = await ctx.store.notifications.getMany(unique);
    const notifications = unique.map((id) => {
      const notification = found.get(id);
      if (!notification || !mine.has(`${notification.clusterId}\u0000${notification.inbox}`))
        throw new NotFoundError(`You have no notification with id "${id}". Nothing was marked read.`);
      return notification;
    });
    await ctx.store.notifications.markRead(notifications, at);
    return notifications.map((notification) =>
      notification.read ? notification : { ...notification, read: true, readAt: at },
    );
  });
}

export function notificationSettingsView(cluster: StoredCluster): NotificationSettingsView {
  return { reminderLeadTime: cluster.notificationSettings?.reminderLeadTime ?? null };
}

export async function setNotificationSettings(
  ctx: RequestContext,
  input: { clusterId: string; expectedVersion: number; reminderLeadTime?: string | null },
): Promise<StoredCluster> {
  const cluster = await clusterFor(ctx, input.clusterId, 'notifications:configure', true);
  if (input.reminderLeadTime)
    boundedDuration(input.reminderLeadTime, 'reminder lead time', DURATION_BOUNDS.reminderLeadTime);
  if (cluster.version !== input.expectedVersion) {
    throw new ConflictError(
      `${cluster.name} was changed by someone else after you read it (you had version ${input.expectedVersion}, it is now version ${cluster.version}). Nothing was changed.`,
      { yourVersion: input.expectedVersion, currentVersion: cluster.version },
    );
  }
  const settings = input.reminderLeadTime ? { reminderLeadTime: input.reminderLeadTime } : {};
  return ctx.store.clusters.setNotificationSettings(cluster, settings, actorOf(ctx.caller), ctx.now());
}

/** The event a notification is about, for those who may read it (every member of its cluster may). */
export async function notifiedEvent(
  ctx: RequestContext,
  notification: StoredNotification,
): Promise<StoredRiskEvent | null> {
  if (!notification.about.eventId) return null;
  const event = await ctx.loaders.riskEvent.load(notification.about.eventId);
  if (!event || event.clusterId !== notification.clusterId) return null;
  return allows(ctx, 'event:read', { clusterId: event.clusterId, cityId: event.originCityId }) ? event : null;
}

/** The obligation a notification is about, when the caller may read it (the same rule as everywhere). */
export function notifiedObligation(
  ctx: RequestContext,
  notification: StoredNotification,
): Promise<StoredObligation | null> {
  return readableObligation(ctx, notification.clusterId, notification.about.obligationId);
}
