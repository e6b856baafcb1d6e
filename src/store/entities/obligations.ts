import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { actorAttribute, entityOptions, moneyAttribute, versionAttribute } from './attributes';
import { DUTY_KINDS, DUTY_ROLES } from '../../domain/agreements/terms';
import { OPEN_STATES, STORED_OBLIGATION_STATUSES } from '../../domain/obligations/status';

// Obligations created from agreement duties.

export const ObligationEntity = new LazyEntity(
  {
    model: { entity: 'obligation', version: '1', service: 'citypact' },
    attributes: {
      obligationId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true },
      /** The triggering event; absent for a recurring normal-mode duty (e.g. the yearly joint drill). */
      eventId: { type: 'string', readOnly: true },
      agreementId: { type: 'string', required: true, readOnly: true },
      agreementVersionNo: { type: 'number', required: true, readOnly: true },
      dutyId: { type: 'string', required: true, readOnly: true },
      /** A city id, or COORDINATION_OFFICE#<clusterId> for the office (so office obligations of clusters never mix). */
      obligeeKey: { type: 'string', required: true },
      cityId: { type: 'string' },
      role: { type: DUTY_ROLES, required: true },
      kind: { type: DUTY_KINDS, required: true },
      action: { type: 'string', required: true },
      /**
       * What the obligation list shows of its obligee city and event, copied at creation (a city's name, an event's
       * category and description never change), so a page answers from the obligation alone. Absent on obligations
       * stored before they were copied: then they are loaded.
       */
      cityName: { type: 'string', readOnly: true },
      eventCategory: { type: 'string', readOnly: true },
      eventDescription: { type: 'string', readOnly: true },
      resourceType: { type: 'string' },
      quantity: { type: 'number' },
      /** For fund contributions: what is owed, in minor units. */
      amount: moneyAttribute,
      triggeredAt: { type: 'string', required: true },
      dueAt: { type: 'string', required: true },
      status: { type: STORED_OBLIGATION_STATUSES, required: true },
      openState: { type: OPEN_STATES, required: true },
      fulfilledAt: { type: 'string' },
      evidenceText: { type: 'string' },
      evidenceLinks: { type: 'list', items: { type: 'string' } },
      closedBy: { ...actorAttribute },
      /** Server time the fulfilment or waiver was recorded (fulfilledAt is the time the city reports). */
      closedAt: { type: 'string' },
      waivedReason: { type: 'string' },
      /**
       * Set by the write that closes the obligation, which moves the cluster's obligation tallies: absent on one closed
       * before tallies were kept, which their build adds.
       */
      tallied: { type: 'boolean' },
      /** Set once the overdue job has recorded this obligation as LATE (never twice). */
      lateRecordedAt: { type: 'string' },
      /** The version the late mark produced (absent on obligations marked before the mark moved the version). */
      lateMarkVersion: { type: 'number' },
      version: versionAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['obligationId'] }, sk: { field: 'sk', composite: [] } },
      byClusterDue: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['dueAt', 'obligationId'] },
      },
      byObligeeState: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['obligeeKey', 'openState'] },
        sk: { field: 'gsi2sk', composite: ['dueAt', 'obligationId'] },
      },
      byClusterState: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['clusterId', 'openState'] },
        sk: { field: 'gsi3sk', composite: ['dueAt', 'obligationId'] },
      },
    },
  },
  entityOptions,
);

export type StoredObligation = EntityItem<typeof ObligationEntity>;
