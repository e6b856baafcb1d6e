import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import type { AuditAction } from '../domain/audit';
import {
  WebhookDeliveryEntity,
  WebhookSubscriptionEntity,
  cursors,
  type StoredWebhookAttempt,
  type StoredWebhookDelivery,
  type StoredWebhookSubscription,
} from './entities';
import { exactly, onlyExact } from './exact';
import { neverRefused, staleVersion, transaction } from './kernel';
import { readPage } from './pagination';

/** How long a delivery (with its attempts) stays readable. */
export const WEBHOOK_DELIVERY_RETENTION_SECONDS = 30 * 24 * 3600;

/** What a subscription's change may set. */
type SubscriptionChange = Partial<Pick<StoredWebhookSubscription, 'status' | 'secret' | 'secretRotatedAt'>>;

export const webhookRepository = {
  async subscription(subscriptionId: string): Promise<StoredWebhookSubscription | undefined> {
    const { data } = await WebhookSubscriptionEntity.get({ subscriptionId }).go({ consistent: true });
    return exactly({ subscriptionId }, data);
  },

  /** Every subscription of a cluster, oldest first (one Query of the cluster's partition of gsi1). */
  async subscriptionsOf(clusterId: string): Promise<StoredWebhookSubscription[]> {
    const { data } = await WebhookSubscriptionEntity.query.byCluster({ clusterId }).go({ pages: 'all' });
    return onlyExact({ clusterId }, data);
  },

  async create(subscription: StoredWebhookSubscription, actor: Actor): Promise<void> {
    await transaction()
      .create('subscription', WebhookSubscriptionEntity.create(subscription), neverRefused)
      .audit(
        actor,
        {
          clusterId: subscription.clusterId,
          action: 'WEBHOOK_SUBSCRIPTION_CREATED',
          targetType: 'WebhookSubscription',
          targetId: subscription.subscriptionId,
          versionAfter: subscription.version,
          changes: {
            url: [null, subscription.url],
            events: [null, subscription.events],
            cityId: [null, subscription.cityId ?? null],
          },
        },
        subscription.createdAt,
      )
      .commit();
  },

  /**
   * A change at the version read, with its audit event. The audit records what changed, never a secret: a rotation
   * is recorded by its time only.
   */
  async change(
    read: StoredWebhookSubscription,
    set: SubscriptionChange,
    action: AuditAction,
    actor: Actor,
    at: string,
  ): Promise<StoredWebhookSubscription> {
    const versionAfter = read.version + 1;
    await transaction()
      .update(
        'subscription at version read',
        WebhookSubscriptionEntity.patch({ subscriptionId: read.subscriptionId })
          .set({ ...set, updatedAt: at, version: versionAfter })
          .where(({ version }, { eq }) => eq(version, read.version)),
        staleVersion('webhook subscription', read.version),
      )
      .audit(
        actor,
        {
          clusterId: read.clusterId,
          action,
          targetType: 'WebhookSubscription',
          targetId: read.subscriptionId,
          versionBefore: read.version,
          versionAfter,
          changes: set.status ? { status: [read.status, set.status] } : { secretRotatedAt: [null, at] },
        },
        at,
      )
      .commit();
    return { ...read, ...set, updatedAt: at, version: versionAfter };
  },

  async delete(read: StoredWebhookSubscription, actor: Actor, at: string): Promise<void> {
    await transaction()
      .delete(
        'subscription at version read',
        WebhookSubscriptionEntity.delete({ subscriptionId: read.subscriptionId }).where(({ version }, { eq }) =>
          eq(version, read.version),
        ),
        staleVersion('webhook subscription', read.version),
      )
      .audit(
        actor,
        {
          clusterId: read.clusterId,
          action: 'WEBHOOK_SUBSCRIPTION_DELETED',
          targetType: 'WebhookSubscription',
          targetId: read.subscriptionId,
          versionBefore: read.version,
          changes: { url: [read.url, null] },
        },
        at,
      )
      .commit();
  },

  async delivery(deliveryId: string): Promise<StoredWebhookDelivery | undefined> {
    const { data } = await WebhookDeliveryEntity.get({ deliveryId }).go({ consistent: true });
    return exactly({ deliveryId }, data);
  },

  /** A subscription's deliveries, newest first. */
  async deliveries(subscriptionId: string, page: PageRequest): Promise<Page<StoredWebhookDelivery>> {
    return readPage(
      `webhook-deliveries:${subscriptionId}`,
      page,
      async (options) => {
        const result = await WebhookDeliveryEntity.query
          .bySubscription({ subscriptionId })
          .go({ order: 'desc', ...options });
        return { data: onlyExact({ subscriptionId }, result.data), cursor: result.cursor };
      },
      (item) => cursors.webhookDelivery.byAccessPattern.bySubscription.fromComposite.toCursor(item),
    );
  },

  /** Writes a new delivery; false when it exists already (the announcement was handed over before). */
  async createDelivery(delivery: StoredWebhookDelivery): Promise<boolean> {
    try {
      await WebhookDeliveryEntity.create(delivery).go();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },

  /**
   * Holds a delivery for one attempt until `until`, at the version read: false when another sender moved it first
   * (a duplicate queue message), so exactly one sender makes each attempt.
   */
  async hold(read: StoredWebhookDelivery, until: string): Promise<StoredWebhookDelivery | undefined> {
    return patchAtVersion(read, { sendingUntil: until }, []);
  },

  /** Records an attempt and the state it leaves the delivery in, at the version the sender holds. */
  async recordAttempt(
    held: StoredWebhookDelivery,
    attempt: StoredWebhookAttempt,
    outcome: Pick<StoredWebhookDelivery, 'state'> &
      Partial<Pick<StoredWebhookDelivery, 'nextAttemptAt' | 'deliveredAt' | 'parkedAt'>>,
  ): Promise<StoredWebhookDelivery | undefined> {
    return patchAtVersion(
      held,
      { ...outcome, attempts: [...held.attempts, attempt] },
      outcome.nextAttemptAt === undefined ? ['sendingUntil', 'nextAttemptAt'] : ['sendingUntil'],
    );
  },

  /** Parks a pending delivery without an attempt (its subscription was paused or deleted). */
  async park(read: StoredWebhookDelivery, reason: string, at: string): Promise<StoredWebhookDelivery | undefined> {
    return patchAtVersion(read, { state: 'PARKED', parkedAt: at, parkedReason: reason }, [
      'sendingUntil',
      'nextAttemptAt',
    ]);
  },
};

type DeliveryFields = Partial<
  Pick<
    StoredWebhookDelivery,
    'state' | 'attempts' | 'nextAttemptAt' | 'deliveredAt' | 'parkedAt' | 'parkedReason' | 'sendingUntil'
  >
>;

/** A delivery's change at the version read; undefined when another writer moved it first. */
async function patchAtVersion(
  read: StoredWebhookDelivery,
  set: DeliveryFields,
  remove: ReadonlyArray<'sendingUntil' | 'nextAttemptAt'>,
): Promise<StoredWebhookDelivery | undefined> {
  const version = read.version + 1;
  const defined = Object.fromEntries(Object.entries(set).filter(([, value]) => value !== undefined)) as DeliveryFields;
  try {
    let operation = WebhookDeliveryEntity.patch({ deliveryId: read.deliveryId }).set({ ...defined, version });
    if (remove.length > 0) operation = operation.remove([...remove]);
    await operation.where(({ version: stored }, { eq }) => eq(stored, read.version)).go();
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
  const next: StoredWebhookDelivery = { ...read, ...defined, version };
  for (const field of remove) delete next[field];
  return next;
}

function isConditionFailure(error: unknown): boolean {
  const cause = (error as { cause?: { name?: string } })?.cause;
  return (
    (error as { name?: string })?.name === 'ConditionalCheckFailedException' ||
    cause?.name === 'ConditionalCheckFailedException'
  );
}
