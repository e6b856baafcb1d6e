import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { batchGetByIds } from './batch';
import { InventoryItemEntity, cursors, type StoredInventoryItem } from './entities';
import { transaction } from './kernel';
import { readPage } from './pagination';
import { exactly } from './exact';
import type { IdempotentRequest } from '../domain/idempotency';
import { idempotencyItem, previousResult, withKeyRecord, type ScopedRequest } from './idempotency';
import { flaggedOr, moveInventoryTallies, withTallyFlags } from './inventory-tallies';

type StockChange = Pick<StoredInventoryItem, 'onHand' | 'shareable' | 'readiness' | 'storage' | 'lastVerifiedAt'>;

/** A change to one item: as read (its version is the condition) and the figures it should have after. */
export interface ItemChange {
  read: StoredInventoryItem;
  next: StockChange;
}

const FIGURES = ['onHand', 'shareable', 'committed', 'readiness', 'storage', 'lastVerifiedAt'] as const;

function changedFields(before: StoredInventoryItem, after: StoredInventoryItem): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of FIGURES) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = [before[field], after[field]];
  }
  return changes;
}

export const inventoryRepository = {
  async get(itemId: string): Promise<StoredInventoryItem | undefined> {
    const { data } = await InventoryItemEntity.get({ itemId }).go({ consistent: true });
    return exactly({ itemId }, data);
  },

  /** Consistent batch read (a batch update compares versions against these). */
  async getMany(itemIds: readonly string[]): Promise<(StoredInventoryItem | undefined)[]> {
    return batchGetByIds(itemIds, 'itemId', (ids) =>
      InventoryItemEntity.get(ids.map((itemId) => ({ itemId }))).go({ consistent: true }),
    );
  },

  async list(
    clusterId: string,
    filter: { cityId?: string | null; typeId?: string | null },
    page: PageRequest,
  ): Promise<Page<StoredInventoryItem>> {
    const scope = `inventory:${clusterId}:${filter.cityId ?? ''}:${filter.typeId ?? ''}`;
    const { typeId } = filter;
    // The type is a key prefix (lower-cased by ElectroDB, matched with begins_with): the filter keeps only its exact id.
    const ofType = <A extends { typeId: unknown }>(attributes: A, ops: { eq: (a: A['typeId'], v: string) => string }) =>
      ops.eq(attributes.typeId, typeId!);
    if (filter.cityId) {
      const cityId = filter.cityId;
      return readPage(
        scope,
        page,
        (options) => {
          const query = (
            typeId
              ? InventoryItemEntity.query.byCityType({ cityId, typeId })
              : InventoryItemEntity.query.byCityType({ cityId })
          ).where(({ clusterId: c, cityId: city }, { eq }) => `${eq(c, clusterId)} AND ${eq(city, cityId)}`);
          return (typeId ? query.where(ofType) : query).go(options);
        },
        (item) => cursors.inventoryItem.byAccessPattern.byCityType.fromComposite.toCursor(item),
      );
    }
    return readPage(
      scope,
      page,
      (options) =>
        (typeId
          ? InventoryItemEntity.query.byClusterType({ clusterId, typeId }).where(ofType)
          : InventoryItemEntity.query.byClusterType({ clusterId })
        ).go(options),
      (item) => cursors.inventoryItem.byAccessPattern.byClusterType.fromComposite.toCursor(item),
    );
  },

  /**
   * Creates an item with its history record (an audit event on the item) and, with an idempotency key, the key's
   * record: returns the item created, or the one an earlier request with the same key and content created (the same
   * key with other content is CONFLICT); undefined when the item already exists.
   */
  async create(
    item: StoredInventoryItem,
    actor: Actor,
    at: string,
    idempotency?: ScopedRequest,
  ): Promise<StoredInventoryItem | undefined> {
    const previous = idempotency && (await previousResult(idempotency));
    if (previous) return inventoryRepository.get(previous);
    // The item's id is its identity (city, type, tier, location): a refusal means it exists, perhaps just created by
    // a parallel retry of this very request (the caller tells them apart by the key left on the item).
    const exists = new ItemExists();
    // A new item is in its city's tally from its first write.
    const stored: StoredInventoryItem = { ...item, tallied: true };
    const writes = idempotency
      ? withKeyRecord(idempotencyItem(idempotency, stored.itemId, at), () => exists)
      : transaction();
    try {
      writes
        .create('item', InventoryItemEntity.create(stored), () => exists)
        .audit(
          actor,
          {
            clusterId: stored.clusterId,
            action: 'INVENTORY_ITEM_CREATED',
            targetType: 'InventoryItem',
            targetId: stored.itemId,
            versionAfter: stored.version,
            changes: {
              onHand: [null, stored.onHand],
              shareable: [null, stored.shareable],
              readiness: [null, stored.readiness],
            },
          },
          at,
        );
      await (await moveInventoryTallies(writes, [{ after: stored }])).commit();
      return stored;
    } catch (error) {
      if (error === exists) return undefined;
      throw error;
    }
  },

  /**
   * Applies every change or none, each conditioned on the version read and each with its history record (the item's
   * audit event) in the same transaction. When an item changed meanwhile, says which one DynamoDB refused.
   */
  async update(
    changes: ItemChange[],
    actor: Actor,
    at: string,
    keyed: IdempotentRequest | undefined,
  ): Promise<{ items: StoredInventoryItem[] } | { refused: string[] }> {
    return withTallyFlags((asRead) =>
      updateAsRead(
        changes.map((change) => ({ ...change, read: asRead(change.read) })),
        actor,
        at,
        keyed,
      ),
    );
  },
};

async function updateAsRead(
  changes: ItemChange[],
  actor: Actor,
  at: string,
  keyed: IdempotentRequest | undefined,
): Promise<{ items: StoredInventoryItem[] } | { refused: string[] }> {
  const lastChange = keyed ? { lastChangeKey: keyed.key, lastChangeFingerprint: keyed.fingerprint } : {};
  const items = changes.map(({ read, next }): StoredInventoryItem => ({
    ...read,
    ...next,
    version: read.version + 1,
    updatedAt: at,
    lastChangedBy: actor.id,
    lastChangeKey: keyed?.key,
    lastChangeFingerprint: keyed?.fingerprint,
    tallied: true,
  }));
  const writes = await moveInventoryTallies(
    transaction(),
    changes.map(({ read }, index) => ({ before: read, after: items[index] })),
  );
  for (const [index, { read }] of changes.entries()) {
    const after = items[index];
    writes
      .update(
        `item ${read.itemId} at version read`,
        InventoryItemEntity.patch({ itemId: read.itemId })
          .set({
            onHand: after.onHand,
            shareable: after.shareable,
            readiness: after.readiness,
            storage: after.storage,
            lastVerifiedAt: after.lastVerifiedAt,
            version: after.version,
            updatedAt: at,
            lastChangedBy: actor.id,
            tallied: true,
            ...lastChange,
          })
          .where(({ version, tallied }, { eq, notExists }) =>
            read.tallied ? eq(version, read.version) : `${eq(version, read.version)} AND ${notExists(tallied)}`,
          ),
        flaggedOr(read, () => new ItemChanged(read.itemId)),
      )
      .audit(
        actor,
        {
          clusterId: read.clusterId,
          action: 'INVENTORY_ITEM_UPDATED',
          targetType: 'InventoryItem',
          targetId: read.itemId,
          versionBefore: read.version,
          versionAfter: after.version,
          changes: changedFields(read, after),
        },
        at,
      );
  }
  try {
    await writes.commit();
    return { items };
  } catch (error) {
    if (error instanceof ItemChanged) return { refused: [error.itemId] };
    throw error;
  }
}

/** The item to create exists already (or its key record does: a parallel retry created it). */
class ItemExists extends Error {}

/** An item of an update changed since it was read. */
class ItemChanged extends Error {
  constructor(readonly itemId: string) {
    super(`Item ${itemId} changed since it was read`);
  }
}
