import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { createdAtAttribute, entityOptions, updatedAtAttribute, versionAttribute } from './attributes';
import { CLUSTER_MODES, FORMATION_MODES } from '../../domain/clusters/mode';
import { RISK_CATEGORIES } from '../../domain/levels';
import { ACTOR_ROLES } from '../../domain/roles';

// Clusters, their cities and the history of their mode.

export const ClusterEntity = new LazyEntity(
  {
    model: { entity: 'cluster', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      /** The name in the local script (e.g. 京津冀); absent on clusters stored before it was kept. */
      localName: { type: 'string' },
      formationMode: { type: FORMATION_MODES, required: true },
      mode: { type: CLUSTER_MODES, required: true },
      modeSince: { type: 'string', required: true },
      desks: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            category: { type: RISK_CATEGORIES, required: true },
            name: { type: 'string', required: true },
            hostCityId: { type: 'string' },
            dutyPhone: { type: 'string' },
          },
        },
      },
      /** Absent until the coordinator changes a default (see domain/trust/settings.ts). */
      trustSettings: {
        type: 'map',
        properties: {
          disputeWindow: { type: 'string', required: true },
          halfLifeDays: { type: 'number', required: true },
          /** Absent on settings stored before it existed. */
          minimumEvidenceToRank: { type: 'number' },
          thirdPartyWeightBp: { type: 'number', required: true },
          selfWeightBp: { type: 'number', required: true },
          rewardAtOrAbove: { type: 'number', required: true },
          penaltyBelow: { type: 'number', required: true },
        },
      },
      /** The ISO 4217 currency the cluster records money in; absent on clusters stored before it was kept (CNY). */
      currency: { type: 'string' },
      /** Absent until the coordinator sets a reminder lead time (the default is then used). */
      notificationSettings: {
        type: 'map',
        properties: {
          reminderLeadTime: { type: 'string' },
        },
      },
      version: versionAttribute,
      createdAt: createdAtAttribute,
      updatedAt: updatedAtAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: [] } },
      // Every cluster in one small partition: scheduled jobs walk the clusters without a Scan.
      all: { index: 'gsi1', pk: { field: 'gsi1pk', composite: [] }, sk: { field: 'gsi1sk', composite: ['clusterId'] } },
    },
  },
  entityOptions,
);

export const CityEntity = new LazyEntity(
  {
    model: { entity: 'city', version: '1', service: 'citypact' },
    attributes: {
      cityId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      /** The name in the local script (e.g. 廊坊市); absent on cities stored before it was kept. */
      localName: { type: 'string' },
      province: { type: 'string', required: true },
      latitude: { type: 'number', required: true },
      longitude: { type: 'number', required: true },
      population: { type: 'number', required: true },
      vulnerablePopulation: { type: 'number', required: true },
      emergencyTeams: { type: 'number', required: true },
      emergencyPersonnel: { type: 'number', required: true },
      shelterCapacity: { type: 'number', required: true },
      baselineAsOf: { type: 'string', required: true },
      version: versionAttribute,
      updatedAt: updatedAtAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['cityId'] }, sk: { field: 'sk', composite: [] } },
      // A cluster's cities in name order, in a gsi3 partition of their own (no other gsi3 key is `clusterId` alone):
      // read by every list of a cluster's cities (see src/store/city-index.ts for the upgrade of cities stored without it).
      byCluster: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['clusterId'] },
        sk: { field: 'gsi3sk', composite: ['name', 'cityId'] },
      },
      // Where earlier releases listed them, in the gsi1 partition the cluster's obligations, compliance records and
      // inventory share. Still written, so a rollback lists every city; read only by the upgrade.
      formerByCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['name', 'cityId'] },
      },
    },
  },
  entityOptions,
);

export const ModeChangeEntity = new LazyEntity(
  {
    model: { entity: 'modeChange', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true },
      changeId: { type: 'string', required: true },
      from: { type: CLUSTER_MODES, required: true },
      to: { type: CLUSTER_MODES, required: true },
      reason: { type: 'string', required: true },
      at: { type: 'string', required: true },
      actorId: { type: 'string', required: true },
      actorName: { type: 'string', required: true },
      actorRole: { type: ACTOR_ROLES, required: true },
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['at', 'changeId'] } },
    },
  },
  entityOptions,
);

export type StoredCluster = EntityItem<typeof ClusterEntity>;
export type StoredCity = EntityItem<typeof CityEntity>;
export type StoredModeChange = EntityItem<typeof ModeChangeEntity>;
export type StoredDesk = StoredCluster['desks'][number];

/** A city's keys in its cluster's city index (gsi3), as ElectroDB writes them with the whole item. */
export interface CityIndexKeys {
  gsi3pk: string;
  gsi3sk: string;
}

/**
 * The city index keys of `city` (its cluster, its name). ElectroDB writes them with a whole item (a put) but never on
 * an update that leaves the name as it is, and never `gsi3pk` (its composite, the cluster, is read-only): the upgrade
 * of cities stored without them and the baseline update set them with these values.
 */
export function cityIndexKeysOf(city: StoredCity): CityIndexKeys {
  const { Item } = CityEntity.put(city).params<{ Item: CityIndexKeys }>();
  return { gsi3pk: Item.gsi3pk, gsi3sk: Item.gsi3sk };
}

/** The table key of a city. */
export function cityKeyOf(cityId: string): { pk: string; sk: string } {
  return CityEntity.get({ cityId }).params<{ Key: { pk: string; sk: string } }>().Key;
}
