import { ConflictError } from '../domain/errors';
import { parseResourceTypeKey, reserveRequirementTargetId, resourceTypeKey } from '../domain/resources/ids';
import type { Actor } from '../domain/roles';
import {
  ReserveRequirementEntity,
  ResourceTypeEntity,
  type StoredReserveRequirement,
  type StoredResourceType,
} from './entities';
import { availableHoldings } from './inventory-tallies';
import { transaction, versionOf } from './kernel';
import { exactly, onlyExact, storedKeyOf } from './exact';

export const resourceRepository = {
  /** The whole catalogue of a cluster, by id (a few dozen types at most). */
  async catalogue(clusterId: string): Promise<StoredResourceType[]> {
    const { data } = await ResourceTypeEntity.query.byCluster({ clusterId }).go({ pages: 'all' });
    return onlyExact({ clusterId }, data);
  },

  /** Types by `resourceTypeKey` in one BatchGetItem (for lists of inventory items). */
  async getMany(keys: readonly string[]): Promise<(StoredResourceType | undefined)[]> {
    const found = new Map<string, StoredResourceType>();
    let pending = [...new Map(keys.map((key) => [storedKeyOf(key), key])).values()].map(parseResourceTypeKey);
    for (let round = 0; pending.length > 0 && round < 5; round++) {
      const { data, unprocessed } = await ResourceTypeEntity.get(pending).go();
      for (const type of data) found.set(resourceTypeKey(type.clusterId, type.typeId), type);
      pending = unprocessed.map((key) => ({ clusterId: key.clusterId, typeId: key.typeId }));
    }
    return keys.map((key) => found.get(key));
  },

  async get(clusterId: string, typeId: string): Promise<StoredResourceType | undefined> {
    const { data } = await ResourceTypeEntity.get({ clusterId, typeId }).go({ consistent: true });
    return exactly({ clusterId, typeId }, data);
  },

  async requirements(clusterId: string): Promise<StoredReserveRequirement[]> {
    const { data } = await ReserveRequirementEntity.query.byCluster({ clusterId }).go({ pages: 'all' });
    return onlyExact({ clusterId }, data);
  },

  async requirement(clusterId: string, typeId: string): Promise<StoredReserveRequirement | undefined> {
    const { data } = await ReserveRequirementEntity.get({ clusterId, typeId }).go({ consistent: true });
    return exactly({ clusterId, typeId }, data);
  },

  /** Sets a requirement if it is still at the version read (or new), with its audit event. */
  async saveRequirement(
    next: StoredReserveRequirement,
    previous: StoredReserveRequirement | undefined,
    actor: Actor,
    at: string,
  ): Promise<StoredReserveRequirement> {
    // Created when there was none (refused if one appeared meanwhile), else put over the version read.
    await transaction()
      .put(
        'reserve requirement',
        previous
          ? ReserveRequirementEntity.put(next).where(({ version }, { eq }) => eq(version, previous.version))
          : ReserveRequirementEntity.create(next),
        (current) =>
          new ConflictError(
            `The reserve requirement for "${next.typeId}" was changed by someone else (it is now version ${current && versionOf(current)}). Nothing was changed.`,
            { yourVersion: previous?.version ?? null, currentVersion: current && versionOf(current) },
          ),
      )
      .audit(
        actor,
        {
          clusterId: next.clusterId,
          action: 'RESERVE_REQUIREMENT_SET',
          targetType: 'ReserveRequirement',
          targetId: reserveRequirementTargetId(next.typeId),
          versionBefore: previous?.version,
          versionAfter: next.version,
          changes: {
            basis: [previous?.basis ?? null, next.basis],
            quantity: [previous?.quantity ?? null, next.quantity],
            minimumTier: [previous?.minimumTier ?? null, next.minimumTier],
          },
        },
        at,
      )
      .commit();
    return next;
  },

  /**
   * What the shortfall computation needs of the cluster's stock: what each city has available per type and tier, from
   * the tallies kept on write (one Query, sized by cities, types and tiers, not by items).
   */
  holdings: availableHoldings,

  /**
   * Adds a type (refused if the id exists) or replaces one if it is still at the version read, with its audit event.
   */
  async save(
    next: StoredResourceType,
    previous: StoredResourceType | undefined,
    actor: Actor,
    at: string,
  ): Promise<StoredResourceType> {
    // Created when there was none (refused if the id was taken meanwhile), else put over the version read.
    await transaction()
      .put(
        'resource type',
        previous
          ? ResourceTypeEntity.put(next).where(({ version }, { eq }) => eq(version, previous.version))
          : ResourceTypeEntity.create(next),
        (current) => {
          const currentVersion = current && versionOf(current);
          return previous
            ? new ConflictError(
                `The resource type "${next.typeId}" was changed by someone else after you read it (you had version ${previous.version}, it is now version ${currentVersion}). Nothing was changed.`,
                { yourVersion: previous.version, currentVersion },
              )
            : new ConflictError(
                `The catalogue already has a resource type "${next.typeId}". Pass its version to change it.`,
                { yourVersion: null, currentVersion },
              );
        },
      )
      .audit(
        actor,
        {
          clusterId: next.clusterId,
          action: previous ? 'RESOURCE_TYPE_CHANGED' : 'RESOURCE_TYPE_ADDED',
          targetType: 'ResourceType',
          targetId: next.typeId,
          versionBefore: previous?.version,
          versionAfter: next.version,
          changes: previous
            ? changedFields(previous, next)
            : { name: [null, next.name], ...(next.localName ? { localName: [null, next.localName] } : {}) },
        },
        at,
      )
      .commit();
    return next;
  },
};

function changedFields(before: StoredResourceType, after: StoredResourceType): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of ['name', 'localName', 'unit', 'description', 'categories', 'tiers'] as const) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = [before[field] ?? null, after[field] ?? null];
  }
  return changes;
}
