import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { entityOptions } from './attributes';
import { AUDIT_ACTIONS } from '../../domain/audit';
import { ACTOR_ROLES } from '../../domain/roles';

// The audit trail: one event per change, written in the change's own transaction.

export const AuditEventEntity = new LazyEntity(
  {
    model: { entity: 'auditEvent', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true },
      eventId: { type: 'string', required: true },
      at: { type: 'string', required: true },
      actorId: { type: 'string', required: true },
      actorName: { type: 'string', required: true },
      actorRole: { type: ACTOR_ROLES, required: true },
      action: { type: AUDIT_ACTIONS, required: true },
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

export type StoredAuditEvent = EntityItem<typeof AuditEventEntity>;
