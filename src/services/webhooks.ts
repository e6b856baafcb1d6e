import { randomBytes, randomUUID } from 'node:crypto';
import { actorOf, ownCityOf } from '../auth/caller';
import type { RequestContext } from '../context';
import { BadInputError, ConflictError, InvalidStateError } from '../domain/errors';
import { NOTIFICATION_TYPES, type NotificationType } from '../domain/notifications';
import type { Page, PageRequest } from '../domain/pagination';
import { webhookUrlProblem } from '../domain/webhooks';
import { webhookUrlRules } from '../notifications/url-rules';
import type { StoredWebhookDelivery, StoredWebhookSubscription } from '../store/entities';
import { cityFor, clusterFor, enforce, notFound } from './access';

/** A subscription with its signing secret, answered only when the secret is made (created or rotated). */
export interface CreatedSubscription {
  subscription: StoredWebhookSubscription;
  secret: string;
}

export interface CreateWebhookSubscriptionInput {
  clusterId: string;
  url: string;
  events: readonly NotificationType[];
  cityId?: string | null;
}

export interface WebhookSubscriptionAction {
  id: string;
  expectedVersion: number;
}

/** 32 random bytes, prefixed so a leaked one is recognisable in logs and secret scanners. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export async function createWebhookSubscription(
  ctx: RequestContext,
  input: CreateWebhookSubscriptionInput,
): Promise<CreatedSubscription> {
  const cityId = input.cityId ?? undefined;
  const cluster = await clusterFor(ctx, input.clusterId, 'cluster:read');
  if (cityId !== undefined) {
    const city = await cityFor(ctx, cityId, 'city:read');
    if (city.clusterId !== cluster.clusterId) throw notFound('city', cityId);
  }
  enforce(ctx, 'webhook:manage', { clusterId: cluster.clusterId, cityId }, () => notFound('cluster', input.clusterId));
  const problem = webhookUrlProblem(input.url, webhookUrlRules());
  if (problem) throw new BadInputError(problem);
  const events = [...new Set(input.events)];
  if (events.length === 0)
    throw new BadInputError(`Name at least one notification type to subscribe to (${NOTIFICATION_TYPES.join(', ')}).`);
  const at = ctx.now();
  const secret = newSecret();
  const subscription: StoredWebhookSubscription = {
    subscriptionId: `whs-${randomUUID()}`,
    clusterId: cluster.clusterId,
    ...(cityId !== undefined ? { cityId } : {}),
    url: input.url,
    events,
    status: 'ACTIVE',
    secret,
    createdAt: at,
    createdBy: actorOf(ctx.caller),
    version: 1,
    updatedAt: at,
  };
  await ctx.store.webhooks.create(subscription, actorOf(ctx.caller));
  return { subscription, secret };
}

/** The office: every subscription of its cluster; a city officer: its own city's. */
export async function webhookSubscriptions(
  ctx: RequestContext,
  clusterId: string,
): Promise<StoredWebhookSubscription[]> {
  const ownCity = ownCityOf(ctx.caller);
  enforce(ctx, 'webhook:read', { clusterId, cityId: ownCity }, () => notFound('cluster', clusterId));
  await clusterFor(ctx, clusterId, 'cluster:read');
  const all = await ctx.store.webhooks.subscriptionsOf(clusterId);
  return ownCity === undefined ? all : all.filter((subscription) => subscription.cityId === ownCity);
}

/** A subscription the caller may read (or, with `manage`, change); another cluster's is NOT_FOUND. */
async function subscriptionFor(
  ctx: RequestContext,
  subscriptionId: string,
  action: 'webhook:read' | 'webhook:manage',
): Promise<StoredWebhookSubscription> {
  const subscription = await ctx.store.webhooks.subscription(subscriptionId);
  if (!subscription) throw notFound('webhook subscription', subscriptionId);
  enforce(ctx, action, { clusterId: subscription.clusterId, cityId: subscription.cityId }, () =>
    notFound('webhook subscription', subscriptionId),
  );
  return subscription;
}

async function atVersion(ctx: RequestContext, input: WebhookSubscriptionAction): Promise<StoredWebhookSubscription> {
  const subscription = await subscriptionFor(ctx, input.id, 'webhook:manage');
  if (subscription.version !== input.expectedVersion)
    throw new ConflictError(
      `The webhook subscription was changed by someone else after you read it (you had version ${input.expectedVersion}, it is now version ${subscription.version}). Nothing was changed.`,
      { yourVersion: input.expectedVersion, currentVersion: subscription.version },
    );
  return subscription;
}

export async function setWebhookSubscriptionStatus(
  ctx: RequestContext,
  input: WebhookSubscriptionAction,
  status: StoredWebhookSubscription['status'],
): Promise<StoredWebhookSubscription> {
  const subscription = await atVersion(ctx, input);
  if (subscription.status === status)
    throw new InvalidStateError(`This webhook subscription is already ${status === 'ACTIVE' ? 'active' : 'paused'}.`, {
      currentState: subscription.status,
    });
  return ctx.store.webhooks.change(
    subscription,
    { status },
    status === 'ACTIVE' ? 'WEBHOOK_SUBSCRIPTION_RESUMED' : 'WEBHOOK_SUBSCRIPTION_PAUSED',
    actorOf(ctx.caller),
    ctx.now(),
  );
}

export async function deleteWebhookSubscription(
  ctx: RequestContext,
  input: WebhookSubscriptionAction,
): Promise<string> {
  const subscription = await atVersion(ctx, input);
  await ctx.store.webhooks.delete(subscription, actorOf(ctx.caller), ctx.now());
  return subscription.subscriptionId;
}

export async function rotateWebhookSecret(
  ctx: RequestContext,
  input: WebhookSubscriptionAction,
): Promise<CreatedSubscription> {
  const subscription = await atVersion(ctx, input);
  const at = ctx.now();
  const secret = newSecret();
  const changed = await ctx.store.webhooks.change(
    subscription,
    { secret, secretRotatedAt: at },
    'WEBHOOK_SECRET_ROTATED',
    actorOf(ctx.caller),
    at,
  );
  return { subscription: changed, secret };
}

export async function webhookDeliveries(
  ctx: RequestContext,
  subscriptionId: string,
  page: PageRequest,
): Promise<Page<StoredWebhookDelivery>> {
  await subscriptionFor(ctx, subscriptionId, 'webhook:read');
  return ctx.store.webhooks.deliveries(subscriptionId, page);
}
