/**
 * Every action the audit trail records. The one list: the store accepts only these, and the schema's `AuditAction`
 * enum mirrors it (a unit test keeps the two equal). Names are kept once written: stored events keep their action.
 */
export const AUDIT_ACTIONS = [
  'CLUSTER_MODE_CHANGED',
  'TRUST_SETTINGS_CHANGED',
  'CITY_BASELINE_UPDATED',
  'AGREEMENT_DRAFTED',
  'AGREEMENT_DRAFT_UPDATED',
  'AGREEMENT_PROPOSED',
  'AGREEMENT_RATIFIED',
  'AGREEMENT_DECLINED',
  'AGREEMENT_IN_FORCE',
  'AGREEMENT_AMENDMENT_STARTED',
  'AGREEMENT_SUSPENDED',
  'AGREEMENT_RESUMED',
  'AGREEMENT_TERMINATED',
  'RISK_EVENT_REPORTED',
  'RISK_EVENT_CONFIRMED',
  'RISK_EVENT_UPDATED',
  'RISK_EVENT_ESCALATED',
  'RISK_EVENT_STATUS_CHANGED',
  'OBLIGATION_CREATED',
  'OBLIGATION_FULFILLED',
  'OBLIGATION_WAIVED',
  'RESOURCE_TYPE_ADDED',
  'RESOURCE_TYPE_CHANGED',
  'RESERVE_REQUIREMENT_SET',
  'INVENTORY_ITEM_CREATED',
  'INVENTORY_ITEM_UPDATED',
  'INVENTORY_COMMITTED',
  'INVENTORY_RELEASED',
  'INVENTORY_RETURNED',
  'AID_REQUESTED',
  'AID_REQUEST_ACCEPTED',
  'AID_REQUEST_RELEASED',
  'AID_REQUEST_CANCELLED',
  'AID_REQUEST_CLOSED',
  'AID_OFFERED',
  'AID_ACCEPTED',
  'AID_DECLINED',
  'AID_WITHDRAWN',
  'AID_DISPATCHED',
  'AID_ARRIVED',
  'AID_RETURNED',
  'AID_COSTS_CORRECTED',
  'AID_CANCELLED',
  'CLAIM_FILED',
  'CLAIM_UNDER_REVIEW',
  'CLAIM_APPROVED',
  'CLAIM_REJECTED',
  'CLAIM_APPEALED',
  'CLAIM_APPEAL_UPHELD',
  'CLAIM_APPEAL_REVISED',
  'PAYMENT_RECORDED',
  'FUND_CONTRIBUTION_RECORDED',
  'COMPLIANCE_RECORDED',
  'COMPLIANCE_DISPUTED',
  'COMPLIANCE_DISPUTE_RESOLVED',
  'COMPLIANCE_WITHDRAWN',
  'RUBRIC_DEFINED',
  'RUBRIC_CHANGED',
  'EVALUATOR_ACCREDITED',
  'EVALUATOR_ACCREDITATION_CHANGED',
  'EVALUATOR_ACCREDITATION_WITHDRAWN',
  'EVALUATION_OPENED',
  'ASSESSMENT_DRAFT_SAVED',
  'ASSESSMENT_SUBMITTED',
  'EVALUATION_FINALIZED',
  'SITUATION_REPORT_SUBMITTED',
  'WEBHOOK_SUBSCRIPTION_CREATED',
  'WEBHOOK_SUBSCRIPTION_PAUSED',
  'WEBHOOK_SUBSCRIPTION_RESUMED',
  'WEBHOOK_SUBSCRIPTION_DELETED',
  'WEBHOOK_SECRET_ROTATED',
  'NOTIFICATION_SETTINGS_CHANGED',
  'CORRECTIVE_ACTION_CREATED',
  'CORRECTIVE_ACTION_PROGRESS_REPORTED',
  'CORRECTIVE_ACTION_COMPLETED',
  'CORRECTIVE_ACTION_VERIFIED',
  'CORRECTIVE_ACTION_VERIFICATION_FAILED',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit event is about: the API's name for the changed record, one name per entity. */
export const AUDIT_TARGET_TYPES = [
  'Cluster',
  'City',
  'Agreement',
  'RiskEvent',
  'Obligation',
  'ComplianceRecord',
  'Rubric',
  'EvaluatorAccreditation',
  'Evaluation',
  'Assessment',
  'ResourceType',
  'InventoryItem',
  'ReserveRequirement',
  'AidRequest',
  'AidOffer',
  'Claim',
  'LedgerEntry',
  'FundContribution',
  'SituationReport',
  'WebhookSubscription',
  'CorrectiveAction',
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/**
 * Names earlier versions wrote for a target, shown as today's name. The stored rows stay as written: a target's history
 * is found by its id (the byTarget index), never by this name, so only what the reader sees changes.
 */
const FORMER_TARGET_TYPES: Readonly<Record<string, AuditTargetType>> = { InventoryItemRecord: 'InventoryItem' };

/** The name to show for a stored target type: today's name for a former one, anything else as stored. */
export function currentTargetType(stored: string): string {
  return Object.hasOwn(FORMER_TARGET_TYPES, stored) ? FORMER_TARGET_TYPES[stored] : stored;
}
