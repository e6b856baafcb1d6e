import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { actorAttribute, entityOptions } from './attributes';
import {
  COMPLIANCE_KINDS,
  COMPLIANCE_RECORD_STATUSES,
  DISPUTE_RESOLUTIONS,
  SEVERITIES,
  SUPERVISIONS,
} from '../../domain/trust/standing';
import { CONSEQUENCE_KINDS } from '../../domain/trust/consequences';

// Compliance records and what keeps them counting once (standing keys) or acting on the fund (suspensions).

const evidenceAttributes = {
  text: { type: 'string', required: true },
  links: { type: 'list', items: { type: 'string' }, required: true },
} as const;

export const ComplianceRecordEntity = new LazyEntity(
  {
    model: { entity: 'complianceRecord', version: '1', service: 'citypact' },
    attributes: {
      recordId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      kind: { type: COMPLIANCE_KINDS, required: true, readOnly: true },
      /** A city id, or COORDINATION_OFFICE#<clusterId>. */
      subjectKey: { type: 'string', required: true, readOnly: true },
      cityId: { type: 'string', readOnly: true },
      obligationId: { type: 'string', readOnly: true },
      eventId: { type: 'string', readOnly: true },
      agreementId: { type: 'string', readOnly: true },
      claimId: { type: 'string', readOnly: true },
      evaluationId: { type: 'string', readOnly: true },
      /** On a CORRECTIVE_ACTION_OVERDUE record: the action not done by its due time. */
      correctiveActionId: { type: 'string', readOnly: true },
      /** On records a person made: the key that keeps the same record from counting twice (see StandingRecordKeyEntity). */
      standingKey: { type: 'string', readOnly: true },
      supervision: { type: SUPERVISIONS, required: true, readOnly: true },
      /** Absent on records written before severities existed: the kind's default applies. */
      severity: { type: SEVERITIES, readOnly: true },
      note: { type: 'string', required: true, readOnly: true },
      evidence: { type: 'map', properties: evidenceAttributes },
      /** When it happened. */
      at: { type: 'string', required: true, readOnly: true },
      /** When it was recorded (absent on early automatic records, which were recorded at `at`). */
      recordedAt: { type: 'string', readOnly: true },
      recordedBy: { ...actorAttribute, required: true },
      automatic: { type: 'boolean' },
      disputeWindowEndsAt: { type: 'string' },
      /** STANDING when absent. */
      status: { type: COMPLIANCE_RECORD_STATUSES },
      /** Set when what it recorded was withdrawn (its obligation waived): kept on file, no longer counting. */
      withdrawal: {
        type: 'map',
        properties: {
          at: { type: 'string', required: true },
          reason: { type: 'string', required: true },
          by: { ...actorAttribute, required: true },
        },
      },
      dispute: {
        type: 'map',
        properties: {
          statement: { type: 'string', required: true },
          evidence: { type: 'map', properties: evidenceAttributes },
          filedAt: { type: 'string', required: true },
          filedBy: { ...actorAttribute, required: true },
          resolution: { type: DISPUTE_RESOLUTIONS },
          reasons: { type: 'string' },
          resolvedAt: { type: 'string' },
          resolvedBy: { ...actorAttribute },
        },
      },
      consequence: {
        type: 'map',
        properties: {
          kind: { type: CONSEQUENCE_KINDS, required: true },
          amountMinor: { type: 'string' },
          currency: { type: 'string' },
          until: { type: 'string' },
          /** Set when an overturned dispute reversed it. */
          reversedAt: { type: 'string' },
        },
      },
      /** Absent on records written before disputes existed (read as 1). */
      version: { type: 'number' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['recordId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['at', 'recordId'] },
      },
      bySubject: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['subjectKey'] },
        sk: { field: 'gsi2sk', composite: ['at', 'recordId'] },
      },
    },
  },
  entityOptions,
);

/**
 * A fund-draw suspension, kept in the table itself (not an index) beside its compliance record, so a payment from the
 * fund can check it with a consistent read.
 */
export const FundSuspensionEntity = new LazyEntity(
  {
    model: { entity: 'fundSuspension', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      recordId: { type: 'string', required: true, readOnly: true },
      cityId: { type: 'string', required: true, readOnly: true },
      from: { type: 'string', required: true, readOnly: true },
      until: { type: 'string', required: true, readOnly: true },
      /** Set when the record was overturned. */
      liftedAt: { type: 'string' },
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['recordId'] } },
    },
  },
  entityOptions,
);

/**
 * Held while a person's compliance record counts: one per recorder, subject, kind and concern (a digest of them), written
 * only if absent in the record's own transaction, and deleted when a dispute overturns the record. So the same breach
 * recorded twice, even at the same moment, counts once.
 */
export const StandingRecordKeyEntity = new LazyEntity(
  {
    model: { entity: 'standingRecordKey', version: '1', service: 'citypact' },
    attributes: {
      standingKey: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      recordId: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byKey: { pk: { field: 'pk', composite: ['standingKey'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  entityOptions,
);

export type StoredComplianceRecord = EntityItem<typeof ComplianceRecordEntity>;
export type StoredFundSuspension = EntityItem<typeof FundSuspensionEntity>;
export type StoredDispute = NonNullable<StoredComplianceRecord['dispute']>;
export type StoredConsequence = NonNullable<StoredComplianceRecord['consequence']>;
