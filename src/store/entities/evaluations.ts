import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { actorAttribute, entityOptions, updatedAtAttribute, versionAttribute } from './attributes';
import { EVALUATION_TARGET_TYPES, TARGET_KINDS } from '../../domain/evaluations/rubric';
import { ASSESSMENT_KINDS, ASSESSMENT_STATUSES, EVALUATION_STATUSES } from '../../domain/evaluations/scoring';

// Rubrics, accreditations, evaluations and their assessments.

const criteriaAttribute = {
  type: 'list',
  required: true,
  items: {
    type: 'map',
    properties: {
      criterionId: { type: 'string', required: true },
      name: { type: 'string', required: true },
      description: { type: 'string', required: true },
      weightBp: { type: 'number', required: true },
    },
  },
} as const;
const scaleAttribute = {
  type: 'map',
  required: true,
  properties: { min: { type: 'number', required: true }, max: { type: 'number', required: true } },
} as const;

export const RubricEntity = new LazyEntity(
  {
    model: { entity: 'rubric', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      rubricId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      targetKind: { type: TARGET_KINDS, required: true },
      criteria: criteriaAttribute,
      scale: scaleAttribute,
      version: versionAttribute,
      updatedAt: updatedAtAttribute,
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['rubricId'] } },
    },
  },
  entityOptions,
);

export const AccreditationEntity = new LazyEntity(
  {
    model: { entity: 'accreditation', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      evaluatorId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      organisation: { type: 'string', required: true },
      kind: { type: ASSESSMENT_KINDS, required: true },
      affiliatedCityId: { type: 'string' },
      affiliatedWithOffice: { type: 'boolean', required: true },
      active: { type: 'boolean', required: true },
      grantedAt: { type: 'string', required: true },
      revokedReason: { type: 'string' },
      version: versionAttribute,
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['evaluatorId'] } },
    },
  },
  entityOptions,
);

export const EvaluationEntity = new LazyEntity(
  {
    model: { entity: 'evaluation', version: '1', service: 'citypact' },
    attributes: {
      evaluationId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      title: { type: 'string', required: true },
      targetKind: { type: TARGET_KINDS, required: true, readOnly: true },
      targetType: { type: EVALUATION_TARGET_TYPES, required: true, readOnly: true },
      eventId: { type: 'string', readOnly: true },
      agreementId: { type: 'string', readOnly: true },
      obligationId: { type: 'string', readOnly: true },
      cityId: { type: 'string', readOnly: true },
      /** The rubric as it stood when the evaluation opened: later edits to the rubric do not change it. */
      rubricId: { type: 'string', required: true, readOnly: true },
      rubricName: { type: 'string', required: true, readOnly: true },
      rubricVersion: { type: 'number', required: true, readOnly: true },
      criteria: { ...criteriaAttribute, readOnly: true },
      scale: { ...scaleAttribute, readOnly: true },
      panel: { type: 'list', items: { type: 'string' }, required: true },
      status: { type: EVALUATION_STATUSES, required: true },
      openedAt: { type: 'string', required: true, readOnly: true },
      openedBy: { ...actorAttribute, required: true },
      /** The combined result fixed at finalization, as JSON (domain/evaluations/scoring CombinedResult + outcome). */
      finalResult: { type: 'string' },
      finalizedAt: { type: 'string' },
      finalizedBy: { ...actorAttribute },
      complianceRecordId: { type: 'string' },
      /**
       * The cluster's weights and thresholds when the evaluation opened: a later settings change does not move it.
       * Absent on evaluations opened before it was kept: the cluster's settings at finalization apply.
       */
      weighting: {
        type: 'map',
        readOnly: true,
        properties: {
          thirdPartyWeightBp: { type: 'number', required: true },
          selfWeightBp: { type: 'number', required: true },
          rewardAtOrAbove: { type: 'number', required: true },
          penaltyBelow: { type: 'number', required: true },
        },
      },
      /** Moves with every submission, so a finalize made on an older read of the submissions is refused. */
      version: versionAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['evaluationId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['openedAt', 'evaluationId'] },
      },
    },
  },
  entityOptions,
);

export const AssessmentEntity = new LazyEntity(
  {
    model: { entity: 'assessment', version: '1', service: 'citypact' },
    attributes: {
      evaluationId: { type: 'string', required: true, readOnly: true },
      evaluatorId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      evaluatorName: { type: 'string', required: true },
      kind: { type: ASSESSMENT_KINDS, required: true },
      status: { type: ASSESSMENT_STATUSES, required: true },
      scores: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: { criterionId: { type: 'string', required: true }, score: { type: 'number', required: true } },
        },
      },
      findings: { type: 'string' },
      recommendations: { type: 'string' },
      savedAt: { type: 'string', required: true },
      submittedAt: { type: 'string' },
      version: versionAttribute,
    },
    indexes: {
      // All assessments of an evaluation are one partition: combining them is one query.
      byEvaluation: {
        pk: { field: 'pk', composite: ['evaluationId'] },
        sk: { field: 'sk', composite: ['evaluatorId'] },
      },
    },
  },
  entityOptions,
);

export type StoredRubric = EntityItem<typeof RubricEntity>;
export type StoredAccreditation = EntityItem<typeof AccreditationEntity>;
export type StoredEvaluation = EntityItem<typeof EvaluationEntity>;
export type StoredAssessment = EntityItem<typeof AssessmentEntity>;
/** Kept inside an evaluation (its criteria, and the JSON of its final result) in the domain's own shapes. */
export type { Criterion as StoredCriterion } from '../../domain/evaluations/rubric';
export type { CriterionResult as StoredCriterionResult } from '../../domain/evaluations/scoring';
