import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { createdAtAttribute, entityOptions, moneyAttribute, updatedAtAttribute, versionAttribute } from './attributes';
import { AGREEMENT_STATUSES, AGREEMENT_VERSION_STATUSES } from '../../domain/agreements/lifecycle';
import { DUTY_KINDS, DUTY_PARTIES, DUTY_ROLES } from '../../domain/agreements/terms';
import { EMERGENCY_LEVELS } from '../../domain/levels';

// Agreements and their numbered versions.

export const AgreementEntity = new LazyEntity(
  {
    model: { entity: 'agreement', version: '1', service: 'citypact' },
    attributes: {
      agreementId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      status: { type: AGREEMENT_STATUSES, required: true },
      /** The version obligations are created from; absent until the first ratification. */
      inForceVersionNo: { type: 'number' },
      /** The version being drafted or ratified, if any. */
      pendingVersionNo: { type: 'number' },
      latestVersionNo: { type: 'number', required: true },
      statusReason: { type: 'string' },
      version: versionAttribute,
      createdAt: createdAtAttribute,
      updatedAt: updatedAtAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['agreementId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['createdAt', 'agreementId'] },
      },
    },
  },
  entityOptions,
);

export const AgreementVersionEntity = new LazyEntity(
  {
    model: { entity: 'agreementVersion', version: '1', service: 'citypact' },
    attributes: {
      agreementId: { type: 'string', required: true, readOnly: true },
      versionNo: { type: 'number', required: true, readOnly: true, padding: { length: 5, char: '0' } },
      clusterId: { type: 'string', required: true, readOnly: true },
      status: { type: AGREEMENT_VERSION_STATUSES, required: true },
      title: { type: 'string', required: true },
      partyCityIds: { type: 'list', items: { type: 'string' }, required: true },
      categories: { type: 'list', items: { type: 'string' }, required: true },
      minimumLevel: { type: EMERGENCY_LEVELS },
      effectiveFrom: { type: 'string', required: true },
      effectiveUntil: { type: 'string' },
      duties: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            dutyId: { type: 'string', required: true },
            party: { type: DUTY_PARTIES, required: true },
            cityId: { type: 'string' },
            role: { type: DUTY_ROLES, required: true },
            kind: { type: DUTY_KINDS, required: true },
            categories: { type: 'list', items: { type: 'string' }, required: true },
            fromLevel: { type: EMERGENCY_LEVELS },
            action: { type: 'string', required: true },
            deadline: { type: 'string', required: true },
            recurrence: { type: 'string' },
            resourceType: { type: 'string' },
            quantity: { type: 'number' },
            amount: moneyAttribute,
          },
        },
      },
      /** Compensation terms as JSON (money as strings); parsed and re-checked by the domain on every read. */
      compensation: { type: 'string' },
      ratifications: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            cityId: { type: 'string', required: true },
            at: { type: 'string', required: true },
            actorId: { type: 'string', required: true },
            actorName: { type: 'string', required: true },
          },
        },
      },
      lastDecline: {
        type: 'map',
        properties: {
          cityId: { type: 'string', required: true },
          at: { type: 'string', required: true },
          reason: { type: 'string', required: true },
        },
      },
      proposedAt: { type: 'string' },
      inForceSince: { type: 'string' },
      supersededAt: { type: 'string' },
    },
    indexes: {
      byAgreement: { pk: { field: 'pk', composite: ['agreementId'] }, sk: { field: 'sk', composite: ['versionNo'] } },
    },
  },
  entityOptions,
);

export type StoredAgreement = EntityItem<typeof AgreementEntity>;
export type StoredAgreementVersion = EntityItem<typeof AgreementVersionEntity>;
export type StoredDuty = StoredAgreementVersion['duties'][number];
export type StoredRatification = StoredAgreementVersion['ratifications'][number];
export type StoredDecline = NonNullable<StoredAgreementVersion['lastDecline']>;
