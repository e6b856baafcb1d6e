import { Entity, Service, createConversions, type EntityItem } from 'electrodb';
import { config } from '../config';
import { documentClient } from './client';

// Key formats and index names live here and nowhere else. Every entity carries `version` for optimistic locking.
const RISK_CATEGORIES = ['NATURAL_DISASTER', 'PUBLIC_HEALTH', 'ACCIDENT', 'SOCIAL_SECURITY', 'TECHNOLOGY_CYBER'] as const;
const ROLES = ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR'] as const;
const MODES = ['NORMAL', 'EMERGENCY'] as const;
const entityOptions = { table: config.TABLE_NAME, client: documentClient };

export const ClusterEntity = new Entity(
  {
    model: { entity: 'cluster', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      formationMode: { type: ['SUPERIOR_LED', 'PARALLEL_VOLUNTARY'] as const, required: true },
      mode: { type: MODES, required: true },
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
      version: { type: 'number', required: true },
      createdAt: { type: 'string', required: true, readOnly: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  entityOptions,
);

export const CityEntity = new Entity(
  {
    model: { entity: 'city', version: '1', service: 'citypact' },
    attributes: {
      cityId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      province: { type: 'string', required: true },
      latitude: { type: 'number', required: true },
      longitude: { type: 'number', required: true },
      population: { type: 'number', required: true },
      vulnerablePopulation: { type: 'number', required: true },
      emergencyTeams: { type: 'number', required: true },
      emergencyPersonnel: { type: 'number', required: true },
      shelterCapacity: { type: 'number', required: true },
      baselineAsOf: { type: 'string', required: true },
      version: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['cityId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['name', 'cityId'] },
      },
    },
  },
  entityOptions,
);

export const ModeChangeEntity = new Entity(
  {
    model: { entity: 'modeChange', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true },
      changeId: { type: 'string', required: true },
      from: { type: MODES, required: true },
      to: { type: MODES, required: true },
      reason: { type: 'string', required: true },
      at: { type: 'string', required: true },
      actorId: { type: 'string', required: true },
      actorName: { type: 'string', required: true },
      actorRole: { type: ROLES, required: true },
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['at', 'changeId'] } },
    },
  },
  entityOptions,
);

export const AuditEventEntity = new Entity(
  {
    model: { entity: 'auditEvent', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true },
      eventId: { type: 'string', required: true },
      at: { type: 'string', required: true },
      actorId: { type: 'string', required: true },
      actorName: { type: 'string', required: true },
      actorRole: { type: ROLES, required: true },
      action: { type: 'string', required: true },
      targetType: { type: 'string', required: true },
      targetId: { type: 'string', required: true },
      versionBefore: { type: 'number' },
      versionAfter: { type: 'number' },
      /** JSON of { field: [before, after] }: small, and readable without knowing every entity's shape. */
      changes: { type: 'string' },
    },
    indexes: {
      // One partition per cluster: the audit trail of a cluster is read newest first, by time range.
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['at', 'eventId'] } },
      byTarget: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId', 'targetId'] },
        sk: { field: 'gsi1sk', composite: ['at', 'eventId'] },
      },
    },
  },
  entityOptions,
);

/** Groups the entities for transactions that span them (a change and its audit event commit together). */
export const citypact = new Service(
  { cluster: ClusterEntity, city: CityEntity, modeChange: ModeChangeEntity, auditEvent: AuditEventEntity },
  entityOptions,
);

export type ClusterItem = EntityItem<typeof ClusterEntity>;
export type CityItem = EntityItem<typeof CityEntity>;
export type ModeChangeItem = EntityItem<typeof ModeChangeEntity>;
export type AuditEventItem = EntityItem<typeof AuditEventEntity>;

/** Key ↔ cursor conversions, used to end a page exactly on its last item (see pagination.ts). */
export const cursors = {
  city: createConversions(CityEntity),
  modeChange: createConversions(ModeChangeEntity),
  auditEvent: createConversions(AuditEventEntity),
};
