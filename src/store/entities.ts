import { Entity, Service, createConversions, type EntityItem } from 'electrodb';
import { config } from '../config';
import { documentClient } from './client';
import { AUDIT_ACTIONS } from '../domain/audit';
import { COMPLIANCE_KINDS, SEVERITIES } from '../domain/trust/standing';
import { CONSEQUENCE_KINDS } from '../domain/trust/consequences';

// Key formats and index names live here and nowhere else. Every entity carries `version` for optimistic locking.
const RISK_CATEGORIES = ['NATURAL_DISASTER', 'PUBLIC_HEALTH', 'ACCIDENT', 'SOCIAL_SECURITY', 'TECHNOLOGY_CYBER'] as const;
const ROLES = ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR', 'SYSTEM'] as const;
const MODES = ['NORMAL', 'EMERGENCY'] as const;
const LEVELS = ['I', 'II', 'III', 'IV'] as const;
const WARNINGS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'] as const;
const DUTY_KINDS = ['REPORT', 'WARN_DOWNSTREAM', 'PROVIDE_RESOURCES', 'JOINT_RESPONSE', 'SHARE_INFORMATION', 'JOIN_DRILL', 'FUND_CONTRIBUTION'] as const;
const DUTY_ROLES = ['LEAD', 'ASSIST'] as const;
const actorAttribute = {
  type: 'map',
  properties: { id: { type: 'string', required: true }, name: { type: 'string', required: true }, role: { type: ROLES, required: true } },
} as const;
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
      /** Absent until the coordinator changes a default (see domain/trust/settings.ts). */
      trustSettings: {
        type: 'map',
        properties: {
          disputeWindow: { type: 'string', required: true },
          halfLifeDays: { type: 'number', required: true },
          thirdPartyWeightBp: { type: 'number', required: true },
          selfWeightBp: { type: 'number', required: true },
          rewardAtOrAbove: { type: 'number', required: true },
          penaltyBelow: { type: 'number', required: true },
        },
      },
      version: { type: 'number', required: true },
      createdAt: { type: 'string', required: true, readOnly: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: [] } },
      // Every cluster in one small partition: scheduled jobs walk the clusters without a Scan.
      all: { index: 'gsi1', pk: { field: 'gsi1pk', composite: [] }, sk: { field: 'gsi1sk', composite: ['clusterId'] } },
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

export const AgreementEntity = new Entity(
  {
    model: { entity: 'agreement', version: '1', service: 'citypact' },
    attributes: {
      agreementId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      status: { type: ['DRAFT', 'PROPOSED', 'ACTIVE', 'SUSPENDED', 'TERMINATED'] as const, required: true },
      /** The version obligations are created from; absent until the first ratification. */
      inForceVersionNo: { type: 'number' },
      /** The version being drafted or ratified, if any. */
      pendingVersionNo: { type: 'number' },
      latestVersionNo: { type: 'number', required: true },
      statusReason: { type: 'string' },
      version: { type: 'number', required: true },
      createdAt: { type: 'string', required: true, readOnly: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['agreementId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['createdAt', 'agreementId'] } },
    },
  },
  entityOptions,
);

export const AgreementVersionEntity = new Entity(
  {
    model: { entity: 'agreementVersion', version: '1', service: 'citypact' },
    attributes: {
      agreementId: { type: 'string', required: true, readOnly: true },
      versionNo: { type: 'number', required: true, readOnly: true, padding: { length: 5, char: '0' } },
      clusterId: { type: 'string', required: true, readOnly: true },
      status: { type: ['DRAFT', 'PROPOSED', 'IN_FORCE', 'SUPERSEDED'] as const, required: true },
      title: { type: 'string', required: true },
      partyCityIds: { type: 'list', items: { type: 'string' }, required: true },
      categories: { type: 'list', items: { type: 'string' }, required: true },
      minimumLevel: { type: LEVELS },
      effectiveFrom: { type: 'string', required: true },
      effectiveUntil: { type: 'string' },
      duties: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            dutyId: { type: 'string', required: true },
            party: { type: ['ORIGIN', 'AFFECTED', 'NAMED_CITY', 'COORDINATION_OFFICE'] as const, required: true },
            cityId: { type: 'string' },
            role: { type: DUTY_ROLES, required: true },
            kind: { type: DUTY_KINDS, required: true },
            categories: { type: 'list', items: { type: 'string' }, required: true },
            fromLevel: { type: LEVELS },
            action: { type: 'string', required: true },
            deadline: { type: 'string', required: true },
            recurrence: { type: 'string' },
            resourceType: { type: 'string' },
            quantity: { type: 'number' },
            amount: { type: 'map', properties: { amountMinor: { type: 'string', required: true }, currency: { type: 'string', required: true } } },
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
        properties: { cityId: { type: 'string', required: true }, at: { type: 'string', required: true }, reason: { type: 'string', required: true } },
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

export const RiskEventEntity = new Entity(
  {
    model: { entity: 'riskEvent', version: '1', service: 'citypact' },
    attributes: {
      eventId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      category: { type: RISK_CATEGORIES, required: true },
      level: { type: LEVELS, required: true },
      warning: { type: WARNINGS, required: true },
      status: { type: ['REPORTED', 'CONFIRMED', 'RESPONDING', 'CLOSED'] as const, required: true },
      originCityId: { type: 'string', required: true },
      affectedCityIds: { type: 'list', items: { type: 'string' }, required: true },
      location: {
        type: 'map',
        required: true,
        properties: { latitude: { type: 'number' }, longitude: { type: 'number' }, description: { type: 'string', required: true } },
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
        properties: { waivedObligations: { type: 'number', required: true }, stillOwedObligations: { type: 'number', required: true } },
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
      version: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['eventId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['reportedAt', 'eventId'] } },
    },
  },
  entityOptions,
);

export const ObligationEntity = new Entity(
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
      resourceType: { type: 'string' },
      quantity: { type: 'number' },
      /** For fund contributions: what is owed, in minor units. */
      amount: { type: 'map', properties: { amountMinor: { type: 'string', required: true }, currency: { type: 'string', required: true } } },
      triggeredAt: { type: 'string', required: true },
      dueAt: { type: 'string', required: true },
      status: { type: ['OPEN', 'FULFILLED', 'FULFILLED_LATE', 'WAIVED'] as const, required: true },
      /** OPEN or CLOSED: keys the open-obligation indexes, so "overdue" and "my open" are one query each. */
      openState: { type: ['OPEN', 'CLOSED'] as const, required: true },
      fulfilledAt: { type: 'string' },
      evidenceText: { type: 'string' },
      evidenceLinks: { type: 'list', items: { type: 'string' } },
      closedBy: { ...actorAttribute },
      /** Server time the fulfilment or waiver was recorded (fulfilledAt is the time the city reports). */
      closedAt: { type: 'string' },
      waivedReason: { type: 'string' },
      /** Set once the overdue job has recorded this obligation as LATE (never twice). */
      lateRecordedAt: { type: 'string' },
      /** The version the late mark produced (absent on obligations marked before the mark moved the version). */
      lateMarkVersion: { type: 'number' },
      version: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['obligationId'] }, sk: { field: 'sk', composite: [] } },
      byClusterDue: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['dueAt', 'obligationId'] } },
      byObligeeState: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['obligeeKey', 'openState'] }, sk: { field: 'gsi2sk', composite: ['dueAt', 'obligationId'] } },
      byClusterState: { index: 'gsi3', pk: { field: 'gsi3pk', composite: ['clusterId', 'openState'] }, sk: { field: 'gsi3sk', composite: ['dueAt', 'obligationId'] } },
    },
  },
  entityOptions,
);

const evidenceAttributes = {
  text: { type: 'string', required: true },
  links: { type: 'list', items: { type: 'string' }, required: true },
} as const;

export const ComplianceRecordEntity = new Entity(
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
      /** On records a person made: the key that keeps the same record from counting twice (see StandingRecordKeyEntity). */
      standingKey: { type: 'string', readOnly: true },
      supervision: { type: ['VERTICAL', 'HORIZONTAL'] as const, required: true, readOnly: true },
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
      status: { type: ['STANDING', 'DISPUTED', 'UPHELD', 'OVERTURNED'] as const },
      /** Set when what it recorded was withdrawn (its obligation waived): kept on file, no longer counting. */
      withdrawal: {
        type: 'map',
        properties: { at: { type: 'string', required: true }, reason: { type: 'string', required: true }, by: { ...actorAttribute, required: true } },
      },
      dispute: {
        type: 'map',
        properties: {
          statement: { type: 'string', required: true },
          evidence: { type: 'map', properties: evidenceAttributes },
          filedAt: { type: 'string', required: true },
          filedBy: { ...actorAttribute, required: true },
          resolution: { type: ['UPHELD', 'OVERTURNED'] as const },
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
      byCluster: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['at', 'recordId'] } },
      bySubject: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['subjectKey'] }, sk: { field: 'gsi2sk', composite: ['at', 'recordId'] } },
    },
  },
  entityOptions,
);

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
const scaleAttribute = { type: 'map', required: true, properties: { min: { type: 'number', required: true }, max: { type: 'number', required: true } } } as const;
const TARGET_KINDS = ['ACTIVITY', 'PARTICIPANT'] as const;
const ASSESSMENT_KINDS = ['THIRD_PARTY', 'SELF'] as const;

export const RubricEntity = new Entity(
  {
    model: { entity: 'rubric', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      rubricId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      targetKind: { type: TARGET_KINDS, required: true },
      criteria: criteriaAttribute,
      scale: scaleAttribute,
      version: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['rubricId'] } },
    },
  },
  entityOptions,
);

export const AccreditationEntity = new Entity(
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
      version: { type: 'number', required: true },
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['evaluatorId'] } },
    },
  },
  entityOptions,
);

export const EvaluationEntity = new Entity(
  {
    model: { entity: 'evaluation', version: '1', service: 'citypact' },
    attributes: {
      evaluationId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      title: { type: 'string', required: true },
      targetKind: { type: TARGET_KINDS, required: true, readOnly: true },
      targetType: { type: ['EVENT_RESPONSE', 'DRILL', 'AGREEMENT', 'CITY', 'COORDINATION_OFFICE'] as const, required: true, readOnly: true },
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
      status: { type: ['OPEN', 'FINALIZED'] as const, required: true },
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
      version: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['evaluationId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['openedAt', 'evaluationId'] } },
    },
  },
  entityOptions,
);

export const AssessmentEntity = new Entity(
  {
    model: { entity: 'assessment', version: '1', service: 'citypact' },
    attributes: {
      evaluationId: { type: 'string', required: true, readOnly: true },
      evaluatorId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      evaluatorName: { type: 'string', required: true },
      kind: { type: ASSESSMENT_KINDS, required: true },
      status: { type: ['DRAFT', 'SUBMITTED'] as const, required: true },
      scores: { type: 'list', required: true, items: { type: 'map', properties: { criterionId: { type: 'string', required: true }, score: { type: 'number', required: true } } } },
      findings: { type: 'string' },
      recommendations: { type: 'string' },
      savedAt: { type: 'string', required: true },
      submittedAt: { type: 'string' },
      version: { type: 'number', required: true },
    },
    indexes: {
      // All assessments of an evaluation are one partition: combining them is one query.
      byEvaluation: { pk: { field: 'pk', composite: ['evaluationId'] }, sk: { field: 'sk', composite: ['evaluatorId'] } },
    },
  },
  entityOptions,
);

export const ResourceTypeEntity = new Entity(
  {
    model: { entity: 'resourceType', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      typeId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      unit: { type: 'string', required: true },
      description: { type: 'string', required: true },
      categories: { type: 'list', items: { type: 'string' }, required: true },
      tiers: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            tier: { type: ['I', 'II', 'III'] as const, required: true },
            capability: { type: 'string', required: true },
            minimum: { type: 'number', required: true },
            measure: { type: 'string', required: true },
          },
        },
      },
      version: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      // The catalogue of a cluster is one partition: small, read whole.
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['typeId'] } },
    },
  },
  entityOptions,
);

export const InventoryItemEntity = new Entity(
  {
    model: { entity: 'inventoryItem', version: '1', service: 'citypact' },
    attributes: {
      itemId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      cityId: { type: 'string', required: true, readOnly: true },
      typeId: { type: 'string', required: true, readOnly: true },
      tier: { type: ['I', 'II', 'III'] as const, required: true, readOnly: true },
      onHand: { type: 'number', required: true },
      shareable: { type: 'number', required: true },
      /** Written only by mutual aid (commit, release, return), never by inventory updates. */
      committed: { type: 'number', required: true },
      readiness: { type: ['READY', 'DEGRADED', 'UNAVAILABLE'] as const, required: true },
      storage: {
        type: 'map',
        required: true,
        properties: { name: { type: 'string', required: true }, latitude: { type: 'number', required: true }, longitude: { type: 'number', required: true } },
      },
      lastVerifiedAt: { type: 'string', required: true },
      /** Idempotency key and caller of the last change: a retry of that change returns it instead of a CONFLICT. */
      lastChangeKey: { type: 'string' },
      lastChangedBy: { type: 'string' },
      /** Fingerprint of the last change's request: the same key with other content is refused. Absent on older items. */
      lastChangeFingerprint: { type: 'string' },
      version: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['itemId'] }, sk: { field: 'sk', composite: [] } },
      byClusterType: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['typeId', 'cityId', 'itemId'] } },
      byCityType: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['cityId'] }, sk: { field: 'gsi2sk', composite: ['typeId', 'itemId'] } },
    },
  },
  entityOptions,
);

export const ReserveRequirementEntity = new Entity(
  {
    model: { entity: 'reserveRequirement', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      typeId: { type: 'string', required: true, readOnly: true },
      minimumTier: { type: ['I', 'II', 'III'] as const, required: true },
      basis: { type: ['ABSOLUTE', 'PER_10K_RESIDENTS'] as const, required: true },
      quantity: { type: 'number', required: true },
      version: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['typeId'] } },
    },
  },
  entityOptions,
);

const locationAttribute = {
  type: 'map',
  properties: { name: { type: 'string', required: true }, latitude: { type: 'number', required: true }, longitude: { type: 'number', required: true } },
} as const;

export const AidRequestEntity = new Entity(
  {
    model: { entity: 'aidRequest', version: '1', service: 'citypact' },
    attributes: {
      requestId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      requesterCityId: { type: 'string', required: true, readOnly: true },
      typeId: { type: 'string', required: true, readOnly: true },
      minimumTier: { type: ['I', 'II', 'III'] as const, required: true },
      quantity: { type: 'number', required: true },
      acceptedQuantity: { type: 'number', required: true },
      status: { type: ['OPEN', 'FILLED', 'CANCELLED', 'CLOSED'] as const, required: true },
      neededBy: { type: 'string', required: true },
      /** Set when the request is cancelled or closed. */
      closedAt: { type: 'string' },
      closingReason: { type: 'string' },
      destination: { ...locationAttribute, required: true },
      eventId: { type: 'string' },
      requestedBy: { ...actorAttribute, required: true },
      createdAt: { type: 'string', required: true, readOnly: true },
      version: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['requestId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['createdAt', 'requestId'] } },
    },
  },
  entityOptions,
);

export const AidOfferEntity = new Entity(
  {
    model: { entity: 'aidOffer', version: '1', service: 'citypact' },
    attributes: {
      offerId: { type: 'string', required: true, readOnly: true },
      requestId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      fromCityId: { type: 'string', required: true, readOnly: true },
      itemId: { type: 'string', required: true, readOnly: true },
      quantity: { type: 'number', required: true },
      status: { type: ['OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'DISPATCHED', 'ARRIVED', 'RETURNED', 'CANCELLED'] as const, required: true },
      eta: { type: 'string' },
      dispatchedAt: { type: 'string' },
      arrivedAt: { type: 'string' },
      returnedAt: { type: 'string' },
      consumed: { type: 'number' },
      returned: { type: 'number' },
      costItems: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            kind: { type: ['TRANSPORT', 'CONSUMABLES', 'PERSONNEL_HOURS', 'EQUIPMENT_WEAR', 'OTHER'] as const, required: true },
            description: { type: 'string', required: true },
            amountMinor: { type: 'string', required: true },
            currency: { type: 'string', required: true },
          },
        },
      },
      reason: { type: 'string' },
      offeredBy: { ...actorAttribute, required: true },
      createdAt: { type: 'string', required: true, readOnly: true },
      version: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['offerId'] }, sk: { field: 'sk', composite: [] } },
      byRequest: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['requestId'] }, sk: { field: 'gsi1sk', composite: ['createdAt', 'offerId'] } },
    },
  },
  entityOptions,
);

const COMPENSATION_KINDS = ['TRANSPORT', 'CONSUMABLES', 'PERSONNEL_HOURS', 'EQUIPMENT_WEAR', 'LOSSES_IN_AFFECTED_TERRITORY'] as const;

export const ClaimEntity = new Entity(
  {
    model: { entity: 'claim', version: '1', service: 'citypact' },
    attributes: {
      claimId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      agreementId: { type: 'string', required: true, readOnly: true },
      agreementVersionNo: { type: 'number', required: true, readOnly: true },
      eventId: { type: 'string', required: true, readOnly: true },
      claimantCityId: { type: 'string', required: true, readOnly: true },
      aidOfferId: { type: 'string' },
      currency: { type: 'string', required: true },
      items: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            number: { type: 'number', required: true },
            kind: { type: COMPENSATION_KINDS, required: true },
            description: { type: 'string', required: true },
            amountMinor: { type: 'string', required: true },
            evidence: { type: 'list', items: { type: 'string' }, required: true },
            approvedMinor: { type: 'string' },
            reductionReason: { type: 'string' },
          },
        },
      },
      /** Money as integer minor units in decimal strings: exact, never floats. */
      claimedMinor: { type: 'string', required: true },
      approvedMinor: { type: 'string' },
      status: { type: ['SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'PARTLY_APPROVED', 'REJECTED', 'APPEALED', 'SETTLED'] as const, required: true },
      decisionReason: { type: 'string' },
      appeal: {
        type: 'map',
        properties: {
          statement: { type: 'string', required: true },
          filedAt: { type: 'string', required: true },
          /** The decision appealed against, restored when the appeal is upheld. */
          appealedStatus: { type: ['APPROVED', 'PARTLY_APPROVED', 'REJECTED'] as const, required: true },
          outcome: { type: ['UPHELD', 'REVISED'] as const },
          reason: { type: 'string' },
          decidedAt: { type: 'string' },
          decidedByName: { type: 'string' },
        },
      },
      submittedBy: { ...actorAttribute, required: true },
      submittedAt: { type: 'string', required: true, readOnly: true },
      decidedAt: { type: 'string' },
      decidedBy: { ...actorAttribute },
      ledgerEntryIds: { type: 'list', items: { type: 'string' } },
      version: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['claimId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['submittedAt', 'claimId'] } },
      byEvent: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['eventId'] }, sk: { field: 'gsi2sk', composite: ['agreementId', 'claimId'] } },
    },
  },
  entityOptions,
);

export const LedgerEntryEntity = new Entity(
  {
    model: { entity: 'ledgerEntry', version: '1', service: 'citypact' },
    attributes: {
      entryId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      // SURCHARGE and BONUS come from compliance consequences; a REVERSAL undoes one when its record is overturned.
      kind: { type: ['CLAIM_SHARE', 'PAYMENT', 'CLAIM_ADJUSTMENT', 'SURCHARGE', 'BONUS', 'REVERSAL'] as const, required: true, readOnly: true },
      complianceRecordId: { type: 'string', readOnly: true },
      payerId: { type: 'string', required: true, readOnly: true },
      payeeId: { type: 'string', required: true, readOnly: true },
      amountMinor: { type: 'string', required: true, readOnly: true },
      currency: { type: 'string', required: true, readOnly: true },
      claimId: { type: 'string', readOnly: true },
      reference: { type: 'string', readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      recordedBy: { ...actorAttribute, required: true },
    },
    indexes: {
      // Append-only: entries are created, never updated or deleted. A cluster's ledger is one partition of the table
      // itself (not an index), so balance checks can read it with strong consistency.
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['entryId'] } },
      byTime: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['at', 'entryId'] } },
    },
  },
  entityOptions,
);

export const FundContributionEntity = new Entity(
  {
    model: { entity: 'fundContribution', version: '1', service: 'citypact' },
    attributes: {
      contributionId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      cityId: { type: 'string', readOnly: true },
      thirdParty: { type: 'string', readOnly: true },
      amountMinor: { type: 'string', required: true, readOnly: true },
      currency: { type: 'string', required: true, readOnly: true },
      reference: { type: 'string', required: true, readOnly: true },
      receivedAt: { type: 'string', required: true, readOnly: true },
      recordedBy: { ...actorAttribute, required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['contributionId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clusterId'] }, sk: { field: 'gsi1sk', composite: ['receivedAt', 'contributionId'] } },
    },
  },
  entityOptions,
);

/**
 * One per cluster: every write that lowers what someone owes (a payment, a reduced appeal) moves its version, so two
 * such writes cannot both pass a balance check made on the same ledger.
 */
export const LedgerHeadEntity = new Entity(
  {
    model: { entity: 'ledgerHead', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      version: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  entityOptions,
);

/**
 * A fund-draw suspension, kept in the table itself (not an index) beside its compliance record, so a payment from the
 * fund can check it with a consistent read.
 */
export const FundSuspensionEntity = new Entity(
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
export const StandingRecordKeyEntity = new Entity(
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

/** Remembers the result of a create made with an idempotency key, so a retry returns it instead of creating twice. */
export const IdempotencyEntity = new Entity(
  {
    model: { entity: 'idempotency', version: '1', service: 'citypact' },
    attributes: {
      scope: { type: 'string', required: true, readOnly: true },
      /** SHA-256 of the scope and the key as sent (see idempotency.ts); the key itself on records written before. */
      key: { type: 'string', required: true, readOnly: true },
      resultId: { type: 'string', required: true },
      /** SHA-256 of the request's content; absent on records written before it was kept. */
      fingerprint: { type: 'string' },
      expiresAt: { type: 'number', required: true },
    },
    indexes: {
      byKey: { pk: { field: 'pk', composite: ['scope', 'key'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  entityOptions,
);

/** Groups the entities for transactions that span them (a change and its audit event commit together). */
export const citypact = new Service(
  {
    cluster: ClusterEntity,
    city: CityEntity,
    modeChange: ModeChangeEntity,
    auditEvent: AuditEventEntity,
    agreement: AgreementEntity,
    agreementVersion: AgreementVersionEntity,
    riskEvent: RiskEventEntity,
    obligation: ObligationEntity,
    complianceRecord: ComplianceRecordEntity,
    rubric: RubricEntity,
    accreditation: AccreditationEntity,
    evaluation: EvaluationEntity,
    assessment: AssessmentEntity,
    idempotency: IdempotencyEntity,
    resourceType: ResourceTypeEntity,
    inventoryItem: InventoryItemEntity,
    reserveRequirement: ReserveRequirementEntity,
    aidRequest: AidRequestEntity,
    aidOffer: AidOfferEntity,
    claim: ClaimEntity,
    ledgerEntry: LedgerEntryEntity,
    fundContribution: FundContributionEntity,
    ledgerHead: LedgerHeadEntity,
    fundSuspension: FundSuspensionEntity,
    standingRecordKey: StandingRecordKeyEntity,
  },
  entityOptions,
);

export type ClusterItem = EntityItem<typeof ClusterEntity>;
export type CityItem = EntityItem<typeof CityEntity>;
export type ModeChangeItem = EntityItem<typeof ModeChangeEntity>;
export type AuditEventItem = EntityItem<typeof AuditEventEntity>;
export type AgreementItem = EntityItem<typeof AgreementEntity>;
export type AgreementVersionItem = EntityItem<typeof AgreementVersionEntity>;
export type RiskEventItem = EntityItem<typeof RiskEventEntity>;
export type ObligationItem = EntityItem<typeof ObligationEntity>;
export type ComplianceRecordItem = EntityItem<typeof ComplianceRecordEntity>;
export type RubricItem = EntityItem<typeof RubricEntity>;
export type AccreditationItem = EntityItem<typeof AccreditationEntity>;
export type EvaluationItem = EntityItem<typeof EvaluationEntity>;
export type AssessmentItem = EntityItem<typeof AssessmentEntity>;
export type ResourceTypeItem = EntityItem<typeof ResourceTypeEntity>;
export type InventoryItemRecord = EntityItem<typeof InventoryItemEntity>;
export type ReserveRequirementItem = EntityItem<typeof ReserveRequirementEntity>;
export type AidRequestItem = EntityItem<typeof AidRequestEntity>;
export type AidOfferItem = EntityItem<typeof AidOfferEntity>;
export type ClaimItemRecord = EntityItem<typeof ClaimEntity>;
export type LedgerEntryItem = EntityItem<typeof LedgerEntryEntity>;
export type FundContributionItem = EntityItem<typeof FundContributionEntity>;
export type FundSuspensionItem = EntityItem<typeof FundSuspensionEntity>;

/** Key ↔ cursor conversions, used to end a page exactly on its last item (see pagination.ts). */
export const cursors = {
  city: createConversions(CityEntity),
  modeChange: createConversions(ModeChangeEntity),
  auditEvent: createConversions(AuditEventEntity),
  agreement: createConversions(AgreementEntity),
  riskEvent: createConversions(RiskEventEntity),
  obligation: createConversions(ObligationEntity),
  complianceRecord: createConversions(ComplianceRecordEntity),
  evaluation: createConversions(EvaluationEntity),
  inventoryItem: createConversions(InventoryItemEntity),
  aidRequest: createConversions(AidRequestEntity),
  claim: createConversions(ClaimEntity),
};
