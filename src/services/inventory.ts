import { actorOf, ownCityOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { BadInputError, ConflictError, NotFoundError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { ResourceTier } from '../domain/resources/catalogue';
import { inventoryItemId, resourceTypeKey } from '../domain/resources/ids';
import {
  MAX_BATCH,
  validateStock,
  validateStorage,
  type Readiness,
  type StorageLocation,
} from '../domain/resources/inventory';
import type { StoredInventoryItem, StoredResourceType } from '../store/entities';
import type { ItemChange } from '../store/inventory';
import { allows, cityFor, clusterFor, enforce, notFound } from './access';
import { idempotentRequest, type IdempotentRequest } from '../domain/idempotency';
import { reusedKeyMessage } from '../store/idempotency';

async function resourceTypeFor(ctx: RequestContext, clusterId: string, typeId: string): Promise<StoredResourceType> {
  // The catalogue changes rarely: one batched read per request serves every item of a batch.
  const type = await ctx.loaders.resourceType.load(resourceTypeKey(clusterId, typeId));
  if (!type) throw new NotFoundError(`No resource type "${typeId}" is in the cluster's catalogue.`);
  return type;
}

function assertNotFuture(lastVerifiedAt: string, now: string): void {
  if (lastVerifiedAt > now) throw new BadInputError('The last verification time cannot be in the future.');
}

export interface CreateItemInput {
  cityId: string;
  resourceTypeId: string;
  tier: ResourceTier;
  onHand: number;
  shareable: number;
  readiness: Readiness;
  storage: StorageLocation;
  lastVerifiedAt?: string | null;
  idempotencyKey?: string | null;
}

export async function createInventoryItem(ctx: RequestContext, input: CreateItemInput): Promise<StoredInventoryItem> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  const city = await cityFor(ctx, input.cityId, 'inventory:write', true);
  const type = await resourceTypeFor(ctx, city.clusterId, input.resourceTypeId);
  if (!type.tiers.some((tier) => tier.tier === input.tier)) {
    throw new BadInputError(
      `The catalogue defines ${type.name} as Type ${type.tiers.map((tier) => tier.tier).join(', ')} only (not Type ${input.tier}).`,
    );
  }
  const now = ctx.now();
  const lastVerifiedAt = input.lastVerifiedAt ?? now;
  assertNotFuture(lastVerifiedAt, now);
  const stock = validateStock({ onHand: input.onHand, shareable: input.shareable, committed: 0 }, type.unit);
  const storage = validateStorage(input.storage);
  const actor = actorOf(ctx.caller);
  const item: StoredInventoryItem = {
    itemId: inventoryItemId(city.cityId, type.typeId, input.tier, storage.name),
    clusterId: city.clusterId,
    cityId: city.cityId,
    typeId: type.typeId,
    tier: input.tier,
    ...stock,
    readiness: input.readiness,
    storage,
    lastVerifiedAt,
    lastChangedBy: actor.id,
    ...(keyed ? { lastChangeKey: keyed.key, lastChangeFingerprint: keyed.fingerprint } : {}),
    version: 1,
    updatedAt: now,
  };
  const idempotency = keyed && { scope: `createInventoryItem:${city.clusterId}:${actor.id}`, ...keyed };
  const made = await ctx.store.inventory.create(item, actor, now, idempotency);
  if (made) return made;
  // A parallel retry that won (or a create from before keys were recorded) left its key on the item.
  const existing = await ctx.store.inventory.get(item.itemId);
  if (existing && keyed && madeBy(existing, keyed, actor.id)) return existing;
  throw new ConflictError(
    `${city.name} already records ${type.name} Type ${input.tier} at "${storage.name}" (item ${item.itemId}, version ${existing?.version}). Update that item instead.`,
    { itemId: item.itemId, currentVersion: existing?.version },
  );
}

export interface ItemUpdateInput {
  itemId: string;
  expectedVersion: number;
  onHand?: number | null;
  shareable?: number | null;
  readiness?: Readiness | null;
  storage?: StorageLocation | null;
  lastVerifiedAt?: string | null;
}

/**
 * Updates up to MAX_BATCH items of the caller's own city, all or nothing. With an idempotency key, a retry of a change
 * that went through returns the items as that change left them, instead of a CONFLICT.
 */
export async function updateInventoryItems(
  ctx: RequestContext,
  updates: ItemUpdateInput[],
  idempotencyKey?: string | null,
): Promise<StoredInventoryItem[]> {
  const keyed = idempotentRequest(idempotencyKey, { items: updates });
  if (updates.length === 0) throw new BadInputError('Pass at least one item to update.');
  if (updates.length > MAX_BATCH)
    throw new BadInputError(`Update at most ${MAX_BATCH} items at once (got ${updates.length}).`);
  const ids = updates.map((update) => update.itemId);
  if (new Set(ids).size !== ids.length) throw new BadInputError('An item is listed twice in the same update.');

  const reads = await ctx.store.inventory.getMany(ids);
  const items = reads.map((item, index) => {
    if (!item) throw notFound('inventory item', ids[index]);
    enforce(ctx, 'inventory:write', { clusterId: item.clusterId, cityId: item.cityId }, () =>
      notFound('inventory item', ids[index]),
    );
    return item;
  });
  const actor = actorOf(ctx.caller);
  const alreadyApplied = (current: StoredInventoryItem[]) =>
    !!keyed && current.every((item) => madeBy(item, keyed, actor.id));
  if (alreadyApplied(items)) return items;

  const stale = items.filter((item, index) => item.version !== updates[index].expectedVersion);
  if (stale.length) throw staleItems(stale, updates);
  const now = ctx.now();
  const changes: ItemChange[] = [];
  for (const [index, read] of items.entries()) {
    const update = updates[index];
    const type = await resourceTypeFor(ctx, read.clusterId, read.typeId);
    const stock = validateStock(
      {
        onHand: update.onHand ?? read.onHand,
        shareable: update.shareable ?? read.shareable,
        committed: read.committed,
      },
      type.unit,
    );
    if (update.storage && update.storage.name.trim().toLowerCase() !== read.storage.name.trim().toLowerCase()) {
      // The location's name is part of the item's identity (one item per type, tier and location).
      throw new BadInputError(
        `Item ${read.itemId} is the stock at "${read.storage.name}"; its coordinates can be corrected, but stock at another location is a new item.`,
      );
    }
    const lastVerifiedAt = update.lastVerifiedAt ?? read.lastVerifiedAt;
    assertNotFuture(lastVerifiedAt, now);
    changes.push({
      read,
      next: {
        onHand: stock.onHand,
        shareable: stock.shareable,
        readiness: update.readiness ?? read.readiness,
        storage: update.storage ? validateStorage(update.storage) : read.storage,
        lastVerifiedAt,
      },
    });
  }
  const result = await ctx.store.inventory.update(changes, actor, now, keyed);
  if ('items' in result) return result.items;
  // Lost a race: either a parallel retry of this very change won (return what it wrote), or someone else changed an item.
  const current = (await ctx.store.inventory.getMany(ids)).filter((item): item is StoredInventoryItem => !!item);
  if (current.length === ids.length && alreadyApplied(current)) return current;
  // The kernel names the first item refused; any other that moved since it was read is stale too.
  const versionRead = new Map(items.map((item) => [item.itemId, item.version]));
  throw staleItems(
    current.filter((item) => result.refused.includes(item.itemId) || item.version !== versionRead.get(item.itemId)),
    updates,
  );
}

/**
 * Whether the item's last change was this keyed request by this caller (a retry: answered with the item as it is).
 * The same key with other content is refused; items changed before fingerprints were kept match on the key alone.
 */
function madeBy(item: StoredInventoryItem, keyed: IdempotentRequest, actorId: string): boolean {
  if (item.lastChangeKey !== keyed.key || item.lastChangedBy !== actorId) return false;
  if (item.lastChangeFingerprint && item.lastChangeFingerprint !== keyed.fingerprint) {
    throw new ConflictError(reusedKeyMessage(keyed.key), { idempotencyKey: keyed.key });
  }
  return true;
}

function staleItems(items: StoredInventoryItem[], updates: ItemUpdateInput[]): ConflictError {
  const details = items.map((item) => ({
    itemId: item.itemId,
    yourVersion: updates.find((update) => update.itemId === item.itemId)?.expectedVersion,
    currentVersion: item.version,
  }));
  // Every version conflict carries `yourVersion` and `currentVersion`: here those of the first stale item, beside the list.
  return new ConflictError(
    `${details.length === 1 ? 'An item was' : `${details.length} items were`} changed by someone else after you read ${details.length === 1 ? 'it' : 'them'} (${details.map((d) => `${d.itemId}: you had version ${d.yourVersion}, it is now ${d.currentVersion}`).join('; ')}). Nothing was changed: reload and apply your changes again.`,
    { yourVersion: details[0]?.yourVersion, currentVersion: details[0]?.currentVersion, items: details },
  );
}

export async function listInventory(
  ctx: RequestContext,
  clusterId: string,
  filter: { cityId?: string | null; typeId?: string | null },
  page: PageRequest,
): Promise<Page<StoredInventoryItem>> {
  await clusterFor(ctx, clusterId, 'resources:read');
  let cityId = filter.cityId ?? null;
  if (cityId) {
    const city = await ctx.loaders.city.load(cityId);
    if (!city || city.clusterId !== clusterId) throw notFound('city', cityId);
  }
  const own = ownCityOf(ctx.caller);
  if (!cityId && own && !allows(ctx, 'inventory:read', { clusterId })) {
    // Not the whole cluster: one's own city's items.
    cityId = own;
  }
  enforce(ctx, 'inventory:read', { clusterId, ...(cityId ? { cityId } : {}) }, () => notFound('cluster', clusterId));
  return ctx.store.inventory.list(clusterId, { cityId, typeId: filter.typeId }, page);
}

export async function inventoryItemFor(ctx: RequestContext, itemId: string): Promise<StoredInventoryItem> {
  const item = await ctx.store.inventory.get(itemId);
  if (!item) throw notFound('inventory item', itemId);
  enforce(ctx, 'inventory:read', inventoryAccess(item), () => notFound('inventory item', itemId));
  return item;
}

export function inventoryAccess(item: StoredInventoryItem): Resource {
  return { clusterId: item.clusterId, cityId: item.cityId };
}

/** True when the caller may read the whole item (on hand, storage, version...), through the same rule as `inventoryItem`. */
export function mayReadItem(ctx: RequestContext, item: StoredInventoryItem): boolean {
  return allows(ctx, 'inventory:read', inventoryAccess(item));
}
