import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { actorAttribute, entityOptions, versionAttribute } from './attributes';
import { RISK_EVENT_STATUSES } from '../../domain/events/lifecycle';
import { EMERGENCY_LEVELS, RISK_CATEGORIES, WARNING_LEVELS } from '../../domain/levels';

// Risk events.

export const RiskEventEntity = new LazyEntity(
  {
    model: { entity: 'riskEvent', version: '1', service: 'citypact' },
    attributes: {
      eventId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      category: { type: RISK_CATEGORIES, required: true },
      level: { type: EMERGENCY_LEVELS, required: true },
      warning: { type: WARNING_LEVELS, required: true },
      status: { type: RISK_EVENT_STATUSES, required: true },
      originCityId: { type: 'string', required: true },
      affectedCityIds: { type: 'list', items: { type: 'string' }, required: true },
      location: {
        type: 'map',
        required: true,
        properties: {
          latitude: { type: 'number' },
          longitude: { type: 'number' },
          description: { type: 'string', required: true },
        },
      },
      description: { type: 'string', required: true },
      observedAt: { type: 'string', required: true },
      reportedAt: { type: 'string', required: true },
      reportedBy: { ...actorAttribute, required: true },
      confirmedAt: { type: 'string' },
      closedAt: { type: 'string' },
      /** What closing did to the obligations still open then (see lapsesWhenEventCloses). */
      closure: {
        type: 'map',
        properties: {
          waivedObligations: { type: 'number', required: true },
          stillOwedObligations: { type: 'number', required: true },
        },
      },
      escalation: {
        type: 'map',
        properties: {
          at: { type: 'string', required: true },
          reason: { type: 'string', required: true },
          automatic: { type: 'boolean', required: true },
          byName: { type: 'string', required: true },
        },
      },
      timeline: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            at: { type: 'string', required: true },
            kind: { type: 'string', required: true },
            from: { type: 'string' },
            to: { type: 'string' },
            byName: { type: 'string', required: true },
          },
        },
      },
      version: versionAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['eventId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['reportedAt', 'eventId'] },
      },
    },
  },
  entityOptions,
);

export type StoredRiskEvent = EntityItem<typeof RiskEventEntity>;
