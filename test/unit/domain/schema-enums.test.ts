import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { ACTOR_ROLES } from '../../../src/domain/roles';
import { AUDIT_ACTIONS } from '../../../src/domain/audit';
import { EMERGENCY_LEVELS, RISK_CATEGORIES, WARNING_LEVELS } from '../../../src/domain/levels';
import { CLUSTER_MODES, FORMATION_MODES } from '../../../src/domain/clusters/mode';
import { AGREEMENT_STATUSES, AGREEMENT_VERSION_STATUSES } from '../../../src/domain/agreements/lifecycle';
import { DUTY_KINDS, DUTY_PARTIES, DUTY_ROLES } from '../../../src/domain/agreements/terms';
import { APPEAL_OUTCOMES, CLAIM_STATUSES, COST_KINDS, IN_KIND_FORMS } from '../../../src/domain/compensation/terms';
import { SHARING_RULE_KINDS } from '../../../src/domain/compensation/split';
import { CLAIM_LEDGER_ENTRY_KINDS } from '../../../src/domain/compensation/settlement';
import { RISK_EVENT_STATUSES } from '../../../src/domain/events/lifecycle';
import { OBLIGATION_STATUSES } from '../../../src/domain/obligations/status';
import { RESOURCE_TIERS } from '../../../src/domain/resources/catalogue';
import { READINESS_STATES } from '../../../src/domain/resources/inventory';
import { RESERVE_BASES } from '../../../src/domain/resources/shortfalls';
import { AID_COST_KINDS, AID_REQUEST_STATUSES, OFFER_STATUSES } from '../../../src/domain/resources/aid';
import {
  COMPLIANCE_KINDS,
  COMPLIANCE_RECORD_STATUSES,
  DISPUTE_RESOLUTIONS,
  SEVERITIES,
  SUPERVISIONS,
  TRUST_DIRECTIONS,
} from '../../../src/domain/trust/standing';
import { CONSEQUENCE_KINDS } from '../../../src/domain/trust/consequences';
import { EVALUATION_TARGET_TYPES, TARGET_KINDS } from '../../../src/domain/evaluations/rubric';
import {
  ASSESSMENT_KINDS,
  ASSESSMENT_STATUSES,
  EVALUATION_STATUSES,
  OUTCOMES,
} from '../../../src/domain/evaluations/scoring';
import { NOTIFICATION_TYPES } from '../../../src/domain/notifications';
import { WEBHOOK_DELIVERY_STATES, WEBHOOK_SUBSCRIPTION_STATUSES } from '../../../src/domain/webhooks';
import {
  CORRECTIVE_ACTION_STATUSES,
  CORRECTIVE_ACTION_STEP_KINDS,
  LESSON_KINDS,
} from '../../../src/domain/corrective/actions';

// The API's enums and the domain's lists (which the stored entities also use) are declared apart; this keeps them equal.
const DOMAIN_TWINS: Record<string, readonly string[]> = {
  Role: ACTOR_ROLES,
  AuditAction: AUDIT_ACTIONS,
  FormationMode: FORMATION_MODES,
  ClusterMode: CLUSTER_MODES,
  RiskCategory: RISK_CATEGORIES,
  EmergencyLevel: EMERGENCY_LEVELS,
  WarningLevel: WARNING_LEVELS,
  AgreementStatus: AGREEMENT_STATUSES,
  AgreementVersionStatus: AGREEMENT_VERSION_STATUSES,
  DutyParty: DUTY_PARTIES,
  DutyRole: DUTY_ROLES,
  DutyKind: DUTY_KINDS,
  CompensationCostKind: COST_KINDS,
  SharingRuleKind: SHARING_RULE_KINDS,
  InKindForm: IN_KIND_FORMS,
  ClaimStatus: CLAIM_STATUSES,
  // The API lists a claim's lines and payments only; compliance surcharges, bonuses and reversals stay internal.
  LedgerEntryKind: CLAIM_LEDGER_ENTRY_KINDS,
  AppealOutcome: APPEAL_OUTCOMES,
  RiskEventStatus: RISK_EVENT_STATUSES,
  ObligationStatus: OBLIGATION_STATUSES,
  ResourceTier: RESOURCE_TIERS,
  Readiness: READINESS_STATES,
  ReserveBasis: RESERVE_BASES,
  AidRequestStatus: AID_REQUEST_STATUSES,
  AidOfferStatus: OFFER_STATUSES,
  CostKind: AID_COST_KINDS,
  ComplianceKind: COMPLIANCE_KINDS,
  Supervision: SUPERVISIONS,
  Severity: SEVERITIES,
  ComplianceRecordStatus: COMPLIANCE_RECORD_STATUSES,
  ConsequenceKind: CONSEQUENCE_KINDS,
  DisputeResolution: DISPUTE_RESOLUTIONS,
  TrustDirection: TRUST_DIRECTIONS,
  EvaluationTargetKind: TARGET_KINDS,
  EvaluationTargetType: EVALUATION_TARGET_TYPES,
  AssessmentKind: ASSESSMENT_KINDS,
  EvaluationStatus: EVALUATION_STATUSES,
  AssessmentStatus: ASSESSMENT_STATUSES,
  EvaluationOutcome: OUTCOMES,
  NotificationType: NOTIFICATION_TYPES,
  WebhookSubscriptionStatus: WEBHOOK_SUBSCRIPTION_STATUSES,
  WebhookDeliveryState: WEBHOOK_DELIVERY_STATES,
  CorrectiveActionStatus: CORRECTIVE_ACTION_STATUSES,
  CorrectiveActionStepKind: CORRECTIVE_ACTION_STEP_KINDS,
  LessonKind: LESSON_KINDS,
};

/** Schema enums with no domain list, and why: a new enum must be added to one of the two tables. */
const WITHOUT_TWIN: Record<string, string> = {
  ClaimDecision: 'an input choice of decideClaim (approve or reject), never stored',
};

const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));
const schemaEnums = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'),
);

const sorted = (values: readonly string[]) => [...values].sort();

describe('schema enums and their domain twins', () => {
  it('every schema enum either has a domain twin or says why not', () => {
    const unaccounted = schemaEnums
      .map((type) => type.name)
      .filter((name) => !(name in DOMAIN_TWINS) && !(name in WITHOUT_TWIN));
    expect(unaccounted).toEqual([]);
    const gone = [...Object.keys(DOMAIN_TWINS), ...Object.keys(WITHOUT_TWIN)].filter((name) => !schema.getType(name));
    expect(gone).toEqual([]);
  });

  it.each(Object.keys(DOMAIN_TWINS))('%s has exactly the values of its domain twin', (name) => {
    const type = schema.getType(name) as GraphQLEnumType;
    expect(sorted(type.getValues().map((value) => value.name))).toEqual(sorted(DOMAIN_TWINS[name]));
  });
});
