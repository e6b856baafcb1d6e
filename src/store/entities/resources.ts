import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { entityOptions, locationAttribute, updatedAtAttribute, versionAttribute } from './attributes';
import { RESOURCE_TIERS } from '../../domain/resources/catalogue';
import { READINESS_STATES } from '../../domain/resources/inventory';
import { RESERVE_BASES } from '../../domain/resources/shortfalls';

// The resource catalogue, city inventories and the cluster's reserve requirements.

export const ResourceTypeEntity = new LazyEntity(
  {
    model: { entity: 'resourceType', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      typeId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      /** The name in the local script (e.g. 移动排涝泵车); absent on types stored before it was kept. */
      localName: { type: 'string' },
      unit: { type: 'string', required: true },
      description: { type: 'string', required: true },
      categories: { type: 'list', items: { type: 'string' }, required: true },
      tiers: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            tier: { type: RESOURCE_TIERS, required: true },
            capability: { type: 'string', required: true },
            minimum: { type: 'number', required: true },
            measure: { type: 'string', required: true },
          },
        },
      },
      version: versionAttribute,
      updatedAt: updatedAtAttribute,
    },
    indexes: {
      // The catalogue of a cluster is one partition: small, read whole.
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['typeId'] } },
    },
  },
  entityOptions,
);

export const InventoryItemEntity = new LazyEntity(
  {
    model: { entity: 'inventoryItem', version: '1', service: 'citypact' },
    attributes: {
      itemId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      cityId: { type: 'string', required: true, readOnly: true },
      typeId: { type: 'string', required: true, readOnly: true },
      tier: { type: RESOURCE_TIERS, required: true, readOnly: true },
      onHand: { type: 'number', required: true },
      shareable: { type: 'number', required: true },
      /** Written only by mutual aid (commit, release, return), never by inventory updates. */
      committed: { type: 'number', required: true },
      readiness: { type: READINESS_STATES, required: true },
      storage: { ...locationAttribute, required: true },
      lastVerifiedAt: { type: 'string', required: true },
      /**
       * Set by every write of the item, which moves its city's inventory tally: absent on stock stored before tallies
       * were kept, which their build adds and flags.
       */
      tallied: { type: 'boolean' },
      /** Idempotency key and caller of the last change: a retry of that change returns it instead of a CONFLICT. */
      lastChangeKey: { type: 'string' },
      lastChangedBy: { type: 'string' },
      /** Fingerprint of the last change's request: the same key with other content is refused. Absent on older items. */
      lastChangeFingerprint: { type: 'string' },
      version: versionAttribute,
      updatedAt: updatedAtAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['itemId'] }, sk: { field: 'sk', composite: [] } },
      byClusterType: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['typeId', 'cityId', 'itemId'] },
      },
      byCityType: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['cityId'] },
        sk: { field: 'gsi2sk', composite: ['typeId', 'itemId'] },
      },
    },
  },
  entityOptions,
);

export const ReserveRequirementEntity = new LazyEntity(
  {
    model: { entity: 'reserveRequirement', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      typeId: { type: 'string', required: true, readOnly: true },
      minimumTier: { type: RESOURCE_TIERS, required: true },
      basis: { type: RESERVE_BASES, required: true },
      quantity: { type: 'number', required: true },
      version: versionAttribute,
      updatedAt: updatedAtAttribute,
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['typeId'] } },
    },
  },
  entityOptions,
);

export type StoredResourceType = EntityItem<typeof ResourceTypeEntity>;
export type StoredInventoryItem = EntityItem<typeof InventoryItemEntity>;
export type StoredReserveRequirement = EntityItem<typeof ReserveRequirementEntity>;
