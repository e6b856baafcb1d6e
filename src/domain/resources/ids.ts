import { createHash } from 'node:crypto';
import type { ResourceTier } from './catalogue';

/**
 * One item per city, resource type, tier and storage location: the id is derived (storage name trimmed, any case), so a
 * repeated create finds the item already there. Stored items carry it: the recipe never changes.
 */
export function inventoryItemId(cityId: string, typeId: string, tier: ResourceTier, storageName: string): string {
  const digest = createHash('sha256')
    .update([cityId, typeId, tier, storageName.trim().toLowerCase()].join('\u0000'))
    .digest('hex');
  return `inv_${digest.slice(0, 24)}`;
}

/** A cluster's resource type named by one string (DataLoader keys, batch reads): `clusterId#typeId`. */
export function resourceTypeKey(clusterId: string, typeId: string): string {
  return `${clusterId}#${typeId}`;
}

/** The cluster and type a `resourceTypeKey` names. */
export function parseResourceTypeKey(key: string): { clusterId: string; typeId: string } {
  const [clusterId, typeId] = key.split('#');
  return { clusterId, typeId };
}

/** What the audit log names when a reserve requirement is set: a cluster has one per resource type. */
export function reserveRequirementTargetId(typeId: string): string {
  return `reserve:${typeId}`;
}
