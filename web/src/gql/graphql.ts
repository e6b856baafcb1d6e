/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgreementStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'PROPOSED'
  | 'SUSPENDED'
  | 'TERMINATED';

export type AgreementVersionStatus =
  /** Being written by the coordination office. */
  | 'DRAFT'
  /** Ratified by every party; the version obligations are created from. */
  | 'IN_FORCE'
  /** Put to the parties; waiting for every party to ratify. */
  | 'PROPOSED'
  /** Replaced by a later ratified version; still readable, and obligations created under it keep pointing at it. */
  | 'SUPERSEDED';

export type AidOfferActionInput = {
  offerId: string | number;
};

export type AidOfferStatus =
  | 'ACCEPTED'
  | 'ARRIVED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'DISPATCHED'
  | 'OFFERED'
  | 'RETURNED'
  | 'WITHDRAWN';

export type AidRequestStatus =
  /** Withdrawn before anything was dispatched: accepted offers were cancelled and their stock released. */
  | 'CANCELLED'
  /** Satisfied or no longer needed: it takes no more offers; accepted offers go on. */
  | 'CLOSED'
  /** Accepted offers cover the whole quantity. */
  | 'FILLED'
  /** Offers can still be made and accepted. */
  | 'OPEN';

export type AssessmentInput = {
  evaluationId: string | number;
  findings?: string | null | undefined;
  recommendations?: string | null | undefined;
  scores: Array<CriterionScoreInput>;
};

export type AssessmentStatus =
  | 'DRAFT'
  | 'SUBMITTED';

export type CasualtiesInput = {
  dead: number;
  injured: number;
  missing: number;
};

export type ClaimActionInput = {
  claimId: string | number;
  expectedVersion: number;
};

export type ClaimDecision =
  | 'APPROVE'
  | 'REJECT';

export type ClaimItemInput = {
  amount: MoneyInput;
  description: string;
  /** References to invoices, timesheets, photos (at least one). */
  evidence: Array<string>;
  kind: CompensationCostKind;
};

export type ClaimStatus =
  /** The claimant appealed the decision; the coordinator or the superior decides the appeal. */
  | 'APPEALED'
  | 'APPROVED'
  /** Approved for less than claimed; every reduction has its reason. */
  | 'PARTLY_APPROVED'
  | 'REJECTED'
  /** Every payer's share has been paid (payments recorded against the claim). */
  | 'SETTLED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

export type ClusterMode =
  /** Joint command and mutual aid. */
  | 'EMERGENCY'
  /** Drills, monitoring, inventories, prevention. */
  | 'NORMAL';

export type CompensationCostKind =
  | 'CONSUMABLES'
  | 'EQUIPMENT_WEAR'
  | 'LOSSES_IN_AFFECTED_TERRITORY'
  | 'PERSONNEL_HOURS'
  | 'TRANSPORT';

export type CompleteCorrectiveActionInput = {
  correctiveActionId: string | number;
  evidence: EvidenceInput;
  expectedVersion: number;
};

export type ComplianceKind =
  | 'CONCEALED_OR_FALSE_REPORT'
  /** A fund contribution not paid by its due time (recorded automatically). */
  | 'CONTRIBUTION_MISSED'
  /** A corrective action not done by its due time (recorded automatically). */
  | 'CORRECTIVE_ACTION_OVERDUE'
  /** A finalized evaluation below the cluster's penalty threshold (recorded automatically). */
  | 'EVALUATION_PENALTY'
  /** A finalized evaluation at or above the cluster's reward threshold (recorded automatically). */
  | 'EVALUATION_REWARD'
  /** An obligation fulfilled on time (recorded automatically). */
  | 'FULFILLED'
  /** An obligation fulfilled after its due time (recorded automatically). */
  | 'FULFILLED_LATE'
  | 'INCOMPLETE_REPORT'
  /** An obligation not fulfilled by its due time (recorded automatically). */
  | 'LATE'
  | 'NON_COOPERATION'
  | 'REFUSED_JOINT_ACTION'
  | 'SLOW_RESPONSE';

export type ComplianceRecordStatus =
  /** Disputed by its subject; it counts until the dispute is resolved. */
  | 'DISPUTED'
  /** Disputed and overturned: kept on record, but it no longer counts and its consequence is reversed. */
  | 'OVERTURNED'
  /** On record and counting; the dispute window may still be open. */
  | 'STANDING'
  /** Disputed and upheld: it stands for good. */
  | 'UPHELD';

export type ConfirmRiskEventInput = {
  /**
   * When the confirmation was made, if it is being entered after the fact (e.g. confirmed by phone at night).
   * Defaults to now; cannot be in the future or before the event was observed. Deadlines run from this time.
   */
  confirmedAt?: string | null | undefined;
  eventId: string | number;
};

export type CorrectiveActionFilter = {
  /** Only the coordination office's own actions. */
  aboutCoordinationOffice?: boolean | null | undefined;
  evaluationId?: string | number | null | undefined;
  /** True: only overdue actions; false: only those not overdue. */
  overdue?: boolean | null | undefined;
  /** Only this city's actions (a city officer reads its own). */
  ownerCityId?: string | number | null | undefined;
  status?: CorrectiveActionStatus | null | undefined;
};

export type CorrectiveActionStatus =
  /** Reported done by its owner, with evidence; awaiting verification. */
  | 'DONE'
  /** Progress reported, or a verification failed. */
  | 'IN_PROGRESS'
  /** Set, nothing reported yet. */
  | 'OPEN'
  /** Verified by the coordination office, the superior level (office's own) or the evaluation's panel. */
  | 'VERIFIED';

export type CorrectiveActionStepKind =
  | 'COMPLETED'
  | 'CREATED'
  | 'PROGRESS'
  | 'VERIFICATION_FAILED'
  | 'VERIFIED';

export type CreateCorrectiveActionInput = {
  aboutCoordinationOffice?: boolean | null | undefined;
  /** What is to be done (at most 2,000 characters). */
  action: string;
  /** In the future, at most five years ahead. */
  dueAt: string;
  /** A FINALIZED evaluation. */
  evaluationId: string | number;
  idempotencyKey: string;
  /** A member city of the evaluation's cluster; or set aboutCoordinationOffice instead. */
  ownerCityId?: string | number | null | undefined;
  /** The evaluation's recommendation it answers (at most 10,000 characters). */
  recommendation?: string | null | undefined;
};

export type CreateWebhookSubscriptionInput = {
  /** Your city, for a city officer's subscription; leave out for the coordination office's. */
  cityId?: string | number | null | undefined;
  clusterId: string | number;
  events: Array<NotificationType>;
  url: string;
};

export type CriterionScoreInput = {
  criterionId: string | number;
  score: number;
};

export type DecideClaimInput = {
  claimId: string | number;
  decision: ClaimDecision;
  expectedVersion: number;
  /** For APPROVE: every item's approved amount. */
  items?: Array<ItemDecisionInput> | null | undefined;
  /** Required for REJECT; optional note for APPROVE. */
  reason?: string | null | undefined;
};

export type DeclineAgreementInput = {
  agreementId: string | number;
  reason: string;
  versionNumber: number;
};

export type DisputeComplianceRecordInput = {
  evidence?: EvidenceInput | null | undefined;
  expectedVersion: number;
  recordId: string | number;
  statement: string;
};

export type DisputeResolution =
  | 'OVERTURNED'
  | 'UPHELD';

export type DutyKind =
  | 'FUND_CONTRIBUTION'
  | 'JOINT_RESPONSE'
  | 'JOIN_DRILL'
  | 'PROVIDE_RESOURCES'
  | 'REPORT'
  | 'SHARE_INFORMATION'
  | 'WARN_DOWNSTREAM';

/** Emergency severity levels under the Emergency Response Law. */
export type EmergencyLevel =
  /** Especially major. */
  | 'I'
  /** Major. */
  | 'II'
  /** Relatively major. */
  | 'III'
  /** General. */
  | 'IV';

export type EscalateRiskEventInput = {
  eventId: string | number;
  reason: string;
};

export type EvaluationStatus =
  | 'FINALIZED'
  | 'OPEN';

export type EvaluationTargetType =
  /** ACTIVITY: an agreement's effectiveness. */
  | 'AGREEMENT'
  /** PARTICIPANT: a member city. */
  | 'CITY'
  /** PARTICIPANT: the coordination office. */
  | 'COORDINATION_OFFICE'
  /** ACTIVITY: a drill (a JOIN_DRILL obligation). */
  | 'DRILL'
  /** ACTIVITY: the response to a risk event. */
  | 'EVENT_RESPONSE';

export type EventLocationInput = {
  description: string;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

export type EvidenceInput = {
  links?: Array<string> | null | undefined;
  text: string;
};

export type FileClaimInput = {
  agreementId: string | number;
  aidOfferId?: string | number | null | undefined;
  claimantCityId: string | number;
  eventId: string | number;
  idempotencyKey?: string | null | undefined;
  items: Array<ClaimItemInput>;
};

export type FormationMode =
  /** Neighbouring cities organised the cluster themselves. */
  | 'PARALLEL_VOLUNTARY'
  /** A common superior government initiated the cluster and holds command. */
  | 'SUPERIOR_LED';

export type FulfilObligationInput = {
  evidence: EvidenceInput;
  expectedVersion: number;
  /** When it was done; defaults to now. Cannot be in the future or before the trigger. */
  fulfilledAt?: string | null | undefined;
  obligationId: string | number;
};

export type ItemDecisionInput = {
  approved: MoneyInput;
  number: number;
  /** Required when less than claimed. */
  reason?: string | null | undefined;
};

export type LessonKind =
  /** An evaluator's recommendation in a finalized evaluation. */
  | 'RECOMMENDATION'
  /** A corrective action verified as done. */
  | 'VERIFIED_ACTION';

export type MarkNotificationsReadInput = {
  ids: Array<string | number>;
};

export type MoneyInput = {
  /** Integer minor units (fen for CNY), as a string of digits. */
  amountMinor: string;
  currency: string;
};

/** What CityPact tells a party, in its inbox or by webhook. docs/API.md lists who is told what. */
export type NotificationType =
  | 'AGREEMENT_PROPOSED'
  | 'AID_OFFER_ACCEPTED'
  | 'AID_OFFER_DECLINED'
  | 'AID_OFFER_RECEIVED'
  | 'AID_REQUESTED'
  | 'CLAIM_DECIDED'
  | 'COMPLIANCE_RECORDED'
  | 'DISPUTE_OPENED'
  | 'DISPUTE_RESOLVED'
  | 'EVALUATION_OPENED'
  | 'EVENT_ESCALATED'
  | 'OBLIGATION_CREATED'
  | 'OBLIGATION_DUE_SOON'
  | 'OBLIGATION_OVERDUE';

export type ObligationFilter = {
  agreementId?: string | number | null | undefined;
  cityId?: string | number | null | undefined;
  dueAfter?: string | null | undefined;
  dueBefore?: string | null | undefined;
  eventId?: string | number | null | undefined;
  kind?: DutyKind | null | undefined;
  status?: Array<ObligationStatus> | null | undefined;
};

export type ObligationStatus =
  | 'FULFILLED'
  | 'FULFILLED_LATE'
  | 'OPEN'
  /** Open and past its due time (derived at read time). */
  | 'OVERDUE'
  | 'WAIVED';

export type OfferAidInput = {
  idempotencyKey?: string | null | undefined;
  itemId: string | number;
  /** At most what the request still needs (its quantity less what is accepted) and what the item can share. */
  quantity: number;
  requestId: string | number;
};

export type RatifyAgreementInput = {
  agreementId: string | number;
  /** The version number you read and ratify; refused if another version is now proposed. */
  versionNumber: number;
};

export type Readiness =
  | 'DEGRADED'
  | 'READY'
  | 'UNAVAILABLE';

export type RecordPaymentInput = {
  amount: MoneyInput;
  /**
   * The claim this payment pays towards (from one of its payers to the claimant). When every payer's share is paid,
   * the claim becomes SETTLED.
   */
  claimId?: string | number | null | undefined;
  clusterId: string | number;
  /** A city id, or FUND. */
  fromId: string | number;
  paidAt: string;
  /** The bank or treasury reference; unique in the cluster. */
  reference: string;
  toId: string | number;
};

export type ReportCorrectiveActionProgressInput = {
  correctiveActionId: string | number;
  expectedVersion: number;
  note: string;
  /** 0 to 100. */
  percent?: number | null | undefined;
};

export type ReportRiskEventInput = {
  affectedCityIds: Array<string | number>;
  category: RiskCategory;
  clusterId: string | number;
  description: string;
  /** Optional: a retry with the same key returns the event created first. */
  idempotencyKey?: string | null | undefined;
  level: EmergencyLevel;
  location: EventLocationInput;
  observedAt: string;
  originCityId: string | number;
  warning: WarningLevel;
};

export type RequestAidInput = {
  clusterId: string | number;
  destination: StorageLocationInput;
  eventId?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
  minimumTier: ResourceTier;
  neededBy: string;
  quantity: number;
  requesterCityId: string | number;
  resourceTypeId: string | number;
};

/** Capability tiers in the style of standard resource typing: Type I is the most capable. */
export type ResourceTier =
  | 'I'
  | 'II'
  | 'III';

export type RiskCategory =
  | 'ACCIDENT'
  | 'NATURAL_DISASTER'
  | 'PUBLIC_HEALTH'
  | 'SOCIAL_SECURITY'
  | 'TECHNOLOGY_CYBER';

export type RiskEventStatus =
  | 'CLOSED'
  | 'CONFIRMED'
  | 'REPORTED'
  | 'RESPONDING';

export type Role =
  /** Officer of one member city. */
  | 'CITY'
  /** Coordination office of one cluster. */
  | 'COORDINATOR'
  /** Evaluator accredited to one cluster. */
  | 'EVALUATOR'
  /** Superior (provincial or central) level overseeing listed clusters. */
  | 'SUPERIOR'
  /** A scheduled job of CityPact itself (appears only as the author of records, never as a signed-in caller). */
  | 'SYSTEM';

export type SetClusterModeInput = {
  clusterId: string | number;
  /** Optional: the `version` you last read, to refuse the switch if the cluster changed since. */
  expectedVersion?: number | null | undefined;
  mode: ClusterMode;
  /** Why the cluster switches (recorded in the mode history and the audit log). */
  reason: string;
};

export type StorageLocationInput = {
  latitude: number;
  longitude: number;
  name: string;
};

export type SubmitSituationReportInput = {
  affectedPopulation: number;
  /** The instant the figures speak for: not in the future, not before the event was observed. */
  asOf: string;
  /** Whole numbers of people, 0 to 50,000,000 each (as are `evacuated` and `affectedPopulation`). */
  casualties: CasualtiesInput;
  /** The city the report is for: required for the coordination office; a city officer reports for its own city. */
  cityId?: string | number | null | undefined;
  evacuated: number;
  eventId: string | number;
  /** Optional: a retry with the same key returns the report submitted first. */
  idempotencyKey?: string | null | undefined;
  /** At most 20 items of up to 200 characters each. */
  needs?: Array<string> | null | undefined;
  summary: string;
};

export type TrustDirection =
  | 'DECLINING'
  | 'IMPROVING'
  | 'STABLE';

export type UpdateInventoryItemInput = {
  expectedVersion: number;
  itemId: string | number;
  lastVerifiedAt?: string | null | undefined;
  onHand?: number | null | undefined;
  readiness?: Readiness | null | undefined;
  shareable?: number | null | undefined;
  storage?: StorageLocationInput | null | undefined;
};

export type VerifyCorrectiveActionInput = {
  accepted: boolean;
  correctiveActionId: string | number;
  expectedVersion: number;
  /** What was checked (accepted), or what is still missing (not accepted). */
  reason: string;
};

export type WaiveObligationInput = {
  expectedVersion: number;
  obligationId: string | number;
  reason: string;
};

export type WarningLevel =
  | 'BLUE'
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

export type WebhookDeliveryState =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed, or the subscription was paused or deleted first: nothing more is tried. */
  | 'PARKED'
  /** Waiting for its first attempt or a retry. */
  | 'PENDING';

export type WebhookSubscriptionActionInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string | number;
};

export type WebhookSubscriptionStatus =
  | 'ACTIVE'
  | 'PAUSED';

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { id: string, displayName: string, role: Role, cluster: { id: string, name: string, localName: string | null, mode: ClusterMode } | null, city: { id: string, name: string, localName: string | null } | null } };

export type ConsoleMyObligationsQueryVariables = Exact<{
  clusterId: string | number;
  cityId: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleMyObligationsQuery = { obligations: { nodes: Array<{ id: string, version: number, status: ObligationStatus, action: string, dueAt: string, event: { id: string, description: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleFulfilMutationVariables = Exact<{
  input: FulfilObligationInput;
}>;


export type ConsoleFulfilMutation = { fulfilObligation: { id: string, status: ObligationStatus, version: number } };

export type ConsoleMyInventoryQueryVariables = Exact<{
  clusterId: string | number;
  cityId: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleMyInventoryQuery = { inventory: { nodes: Array<{ id: string, version: number, tier: ResourceTier, onHand: number, shareable: number, committed: number, available: number, readiness: Readiness, resourceType: { id: string, name: string, localName: string | null, unit: string }, storage: { name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleItemFragment = { id: string, version: number, tier: ResourceTier, onHand: number, shareable: number, committed: number, available: number, readiness: Readiness, resourceType: { id: string, name: string, localName: string | null, unit: string }, storage: { name: string } };

export type ConsoleItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleItemQuery = { inventoryItem: { id: string, version: number, tier: ResourceTier, onHand: number, shareable: number, committed: number, available: number, readiness: Readiness, resourceType: { id: string, name: string, localName: string | null, unit: string }, storage: { name: string } } };

export type ConsoleUpdateItemMutationVariables = Exact<{
  input: UpdateInventoryItemInput;
}>;


export type ConsoleUpdateItemMutation = { updateInventoryItem: { id: string, version: number, tier: ResourceTier, onHand: number, shareable: number, committed: number, available: number, readiness: Readiness, resourceType: { id: string, name: string, localName: string | null, unit: string }, storage: { name: string } } };

export type ConsoleMyItemsOfTypeQueryVariables = Exact<{
  clusterId: string | number;
  cityId: string | number;
  resourceTypeId: string | number;
}>;


export type ConsoleMyItemsOfTypeQuery = { inventory: { nodes: Array<{ id: string, tier: ResourceTier, available: number, storage: { name: string } }> } };

export type ConsoleOfferAidMutationVariables = Exact<{
  input: OfferAidInput;
}>;


export type ConsoleOfferAidMutation = { offerAid: { id: string, status: AidOfferStatus, quantity: number } };

export type ConsoleAidChoicesQueryVariables = Exact<{
  clusterId: string | number;
  cityId: string | number;
}>;


export type ConsoleAidChoicesQuery = { resourceCatalogue: Array<{ id: string, name: string, localName: string | null, unit: string }>, city: { id: string, location: { latitude: number, longitude: number } }, riskEvents: { nodes: Array<{ id: string, status: RiskEventStatus, description: string }> } };

export type ConsoleRequestAidMutationVariables = Exact<{
  input: RequestAidInput;
}>;


export type ConsoleRequestAidMutation = { requestAid: { id: string, status: AidRequestStatus } };

export type ConsoleRecordsAboutCityQueryVariables = Exact<{
  clusterId: string | number;
  cityId: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleRecordsAboutCityQuery = { complianceRecords: { nodes: Array<{ id: string, version: number, kind: ComplianceKind, note: string, at: string, status: ComplianceRecordStatus, counts: boolean, disputeWindowEndsAt: string, dispute: { statement: string, resolution: DisputeResolution | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleDisputeMutationVariables = Exact<{
  input: DisputeComplianceRecordInput;
}>;


export type ConsoleDisputeMutation = { disputeComplianceRecord: { id: string, status: ComplianceRecordStatus, version: number } };

export type ConsoleClaimsQueryVariables = Exact<{
  clusterId: string | number;
  status?: ClaimStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleClaimsQuery = { claims: { nodes: Array<{ id: string, version: number, status: ClaimStatus, submittedAt: string, decisionReason: string | null, claimant: { id: string, name: string, localName: string | null }, event: { id: string, description: string }, claimed: { amountMinor: string, currency: string }, approved: { amountMinor: string, currency: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleClaimQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleClaimQuery = { claim: { id: string, version: number, status: ClaimStatus, claimant: { id: string, name: string, localName: string | null }, claimed: { amountMinor: string, currency: string }, items: Array<{ number: number, kind: CompensationCostKind, description: string, evidence: Array<string>, reductionReason: string | null, amount: { amountMinor: string, currency: string }, approved: { amountMinor: string, currency: string } | null }>, owedByPayer: Array<{ payerId: string, payer: { id: string, name: string, localName: string | null } | null, owed: { amountMinor: string, currency: string } }>, payments: Array<{ id: string, fromId: string, reference: string, paidAt: string, from: { id: string, name: string, localName: string | null } | null, amount: { amountMinor: string, currency: string } }> } };

export type ConsoleStartReviewMutationVariables = Exact<{
  input: ClaimActionInput;
}>;


export type ConsoleStartReviewMutation = { startClaimReview: { id: string, status: ClaimStatus } };

export type ConsoleDecideClaimMutationVariables = Exact<{
  input: DecideClaimInput;
}>;


export type ConsoleDecideClaimMutation = { decideClaim: { id: string, status: ClaimStatus, version: number } };

export type ConsoleRecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type ConsoleRecordPaymentMutation = { recordPayment: { id: string, reference: string } };

export type ConsoleFileClaimMutationVariables = Exact<{
  input: FileClaimInput;
}>;


export type ConsoleFileClaimMutation = { fileClaim: { id: string, status: ClaimStatus } };

export type ConsoleClaimableQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleClaimableQuery = { agreements: { nodes: Array<{ id: string, inForce: { number: number, title: string, parties: Array<{ id: string }>, compensation: { currency: string, coveredKinds: Array<{ kind: CompensationCostKind }> } | null } | null }> }, riskEvents: { nodes: Array<{ id: string, description: string, confirmedAt: string | null }> } };

export type ConsoleCorrectiveActionFragment = { id: string, version: number, status: CorrectiveActionStatus, overdue: boolean, dueAt: string, action: string, recommendation: string | null, percent: number | null, aboutCoordinationOffice: boolean, completedAt: string | null, verifiedAt: string | null, verifiedByName: string | null, ownerCity: { id: string, name: string, localName: string | null } | null, evaluation: { id: string, title: string } | null, evidence: { text: string, links: Array<string> } | null, lastRejection: { at: string, reason: string, byName: string } | null };

export type ConsoleCorrectiveActionsQueryVariables = Exact<{
  clusterId: string | number;
  filter?: CorrectiveActionFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleCorrectiveActionsQuery = { correctiveActions: { nodes: Array<{ id: string, version: number, status: CorrectiveActionStatus, overdue: boolean, dueAt: string, action: string, recommendation: string | null, percent: number | null, aboutCoordinationOffice: boolean, completedAt: string | null, verifiedAt: string | null, verifiedByName: string | null, ownerCity: { id: string, name: string, localName: string | null } | null, evaluation: { id: string, title: string } | null, evidence: { text: string, links: Array<string> } | null, lastRejection: { at: string, reason: string, byName: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleCorrectiveActionWithHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCorrectiveActionWithHistoryQuery = { correctiveAction: { id: string, version: number, status: CorrectiveActionStatus, overdue: boolean, dueAt: string, action: string, recommendation: string | null, percent: number | null, aboutCoordinationOffice: boolean, completedAt: string | null, verifiedAt: string | null, verifiedByName: string | null, history: { nodes: Array<{ kind: CorrectiveActionStepKind, status: CorrectiveActionStatus, note: string | null, percent: number | null, at: string, byName: string, byRole: Role, version: number, evidence: { text: string, links: Array<string> } | null }> }, ownerCity: { id: string, name: string, localName: string | null } | null, evaluation: { id: string, title: string } | null, evidence: { text: string, links: Array<string> } | null, lastRejection: { at: string, reason: string, byName: string } | null } };

export type ConsoleCreateCorrectiveActionMutationVariables = Exact<{
  input: CreateCorrectiveActionInput;
}>;


export type ConsoleCreateCorrectiveActionMutation = { createCorrectiveAction: { id: string, version: number, status: CorrectiveActionStatus, overdue: boolean, dueAt: string, action: string, recommendation: string | null, percent: number | null, aboutCoordinationOffice: boolean, completedAt: string | null, verifiedAt: string | null, verifiedByName: string | null, ownerCity: { id: string, name: string, localName: string | null } | null, evaluation: { id: string, title: string } | null, evidence: { text: string, links: Array<string> } | null, lastRejection: { at: string, reason: string, byName: string } | null } };

export type ConsoleCorrectiveProgressMutationVariables = Exact<{
  input: ReportCorrectiveActionProgressInput;
}>;


export type ConsoleCorrectiveProgressMutation = { reportCorrectiveActionProgress: { id: string, version: number, status: CorrectiveActionStatus, overdue: boolean, dueAt: string, action: string, recommendation: string | null, percent: number | null, aboutCoordinationOffice: boolean, completedAt: string | null, verifiedAt: string | null, verifiedByName: string | null, ownerCity: { id: string, name: string, localName: string | null } | null, evaluation: { id: string, title: string } | null, evidence: { text: string, links: Array<string> } | null, lastRejection: { at: string, reason: string, byName: string } | null } };

export type ConsoleCorrectiveCompleteMutationVariables = Exact<{
  input: CompleteCorrectiveActionInput;
}>;


export type ConsoleCorrectiveCompleteMutation = { completeCorrectiveAction: { id: string, version: number, status: CorrectiveActionStatus, overdue: boolean, dueAt: string, action: string, recommendation: string | null, percent: number | null, aboutCoordinationOffice: boolean, completedAt: string | null, verifiedAt: string | null, verifiedByName: string | null, ownerCity: { id: string, name: string, localName: string | null } | null, evaluation: { id: string, title: string } | null, evidence: { text: string, links: Array<string> } | null, lastRejection: { at: string, reason: string, byName: string } | null } };

export type ConsoleCorrectiveVerifyMutationVariables = Exact<{
  input: VerifyCorrectiveActionInput;
}>;


export type ConsoleCorrectiveVerifyMutation = { verifyCorrectiveAction: { id: string, version: number, status: CorrectiveActionStatus, overdue: boolean, dueAt: string, action: string, recommendation: string | null, percent: number | null, aboutCoordinationOffice: boolean, completedAt: string | null, verifiedAt: string | null, verifiedByName: string | null, ownerCity: { id: string, name: string, localName: string | null } | null, evaluation: { id: string, title: string } | null, evidence: { text: string, links: Array<string> } | null, lastRejection: { at: string, reason: string, byName: string } | null } };

export type ConsoleFinalizedEvaluationsQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleFinalizedEvaluationsQuery = { evaluations: { nodes: Array<{ id: string, title: string, status: EvaluationStatus }> } };

export type ConsoleClusterMembersQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleClusterMembersQuery = { cluster: { id: string, cities: { nodes: Array<{ id: string, name: string, localName: string | null }> } } };

export type ConsoleMyEvaluationsQueryVariables = Exact<{
  clusterId: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleMyEvaluationsQuery = { evaluations: { nodes: Array<{ id: string, title: string, status: EvaluationStatus, targetType: EvaluationTargetType, openedAt: string, rubric: { name: string, scaleMin: number, scaleMax: number, criteria: Array<{ id: string, name: string, description: string, weight: string }> }, myAssessment: { status: AssessmentStatus, findings: string | null, recommendations: string | null, submittedAt: string | null, savedAt: string, scores: Array<{ criterionId: string, score: number }> } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleSaveDraftMutationVariables = Exact<{
  input: AssessmentInput;
}>;


export type ConsoleSaveDraftMutation = { saveAssessmentDraft: { status: AssessmentStatus, savedAt: string } };

export type ConsoleSubmitAssessmentMutationVariables = Exact<{
  input: AssessmentInput;
}>;


export type ConsoleSubmitAssessmentMutation = { submitAssessment: { status: AssessmentStatus, submittedAt: string | null } };

export type ConsoleEventPictureQueryVariables = Exact<{
  eventId: string | number;
}>;


export type ConsoleEventPictureQuery = { eventPicture: { at: string, staleAfter: string, totals: { dead: number, injured: number, missing: number, evacuated: number, affectedPopulation: number, citiesReporting: number }, cities: Array<{ party: boolean, ageMinutes: number, stale: boolean, city: { id: string, name: string, localName: string | null }, latest: { id: string, asOf: string, summary: string, evacuated: number, affectedPopulation: number, needs: Array<string>, casualties: { dead: number, injured: number, missing: number } } }>, notReported: Array<{ id: string, name: string, localName: string | null }> } };

export type ConsoleUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleUnreadCountQuery = { unreadNotificationCount: number };

export type ConsoleNotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type ConsoleNotificationsQuery = { notifications: { nodes: Array<{ id: string, type: NotificationType, at: string, message: string, read: boolean, readAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleMarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type ConsoleMarkNotificationsReadMutation = { markNotificationsRead: Array<{ id: string, read: boolean, readAt: string | null }> };

export type ConsoleLessonsQueryVariables = Exact<{
  clusterId: string | number;
  category?: RiskCategory | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleLessonsQuery = { lessons: { nodes: Array<{ id: string, kind: LessonKind, text: string, byName: string, categories: Array<RiskCategory>, evaluationTitle: string, at: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleObligationsQueryVariables = Exact<{
  clusterId: string | number;
  filter?: ObligationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleObligationsQuery = { obligations: { nodes: Array<{ id: string, version: number, status: ObligationStatus, action: string, kind: DutyKind, dueAt: string, owedByCoordinationOffice: boolean, city: { id: string, name: string, localName: string | null } | null, event: { id: string, description: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleObligationSummaryQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleObligationSummaryQuery = { obligationSummary: Array<{ open: number, overdue: number, fulfilledOnTime: number, fulfilledLate: number, waived: number, city: { id: string, name: string, localName: string | null } | null }> };

export type ConsoleWaiveObligationMutationVariables = Exact<{
  input: WaiveObligationInput;
}>;


export type ConsoleWaiveObligationMutation = { waiveObligation: { id: string, status: ObligationStatus, version: number } };

export type ConsoleEventsQueryVariables = Exact<{
  clusterId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleEventsQuery = { riskEvents: { nodes: Array<{ id: string, version: number, category: RiskCategory, level: EmergencyLevel, warning: WarningLevel, status: RiskEventStatus, description: string, confirmedAt: string | null, originCity: { id: string, name: string, localName: string | null }, affectedCities: Array<{ id: string, name: string, localName: string | null }>, escalation: { at: string, reason: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleEscalateMutationVariables = Exact<{
  input: EscalateRiskEventInput;
}>;


export type ConsoleEscalateMutation = { escalateRiskEvent: { id: string, escalation: { at: string, reason: string } | null } };

export type ConsoleConfirmRiskEventMutationVariables = Exact<{
  input: ConfirmRiskEventInput;
}>;


export type ConsoleConfirmRiskEventMutation = { confirmRiskEvent: { id: string, status: RiskEventStatus, confirmedAt: string | null } };

export type ConsoleProposedAgreementsQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleProposedAgreementsQuery = { agreements: { nodes: Array<{ id: string, pending: { number: number, title: string, status: AgreementVersionStatus, proposedAt: string | null, parties: Array<{ id: string }>, awaiting: Array<{ id: string, name: string, localName: string | null }> } | null }> }, inForce: { nodes: Array<{ id: string, pending: { number: number, title: string, status: AgreementVersionStatus, proposedAt: string | null, parties: Array<{ id: string }>, awaiting: Array<{ id: string, name: string, localName: string | null }> } | null }> } };

export type ConsoleAwaitingAgreementFragment = { id: string, pending: { number: number, title: string, status: AgreementVersionStatus, proposedAt: string | null, parties: Array<{ id: string }>, awaiting: Array<{ id: string, name: string, localName: string | null }> } | null };

export type ConsoleRatifyAgreementMutationVariables = Exact<{
  input: RatifyAgreementInput;
}>;


export type ConsoleRatifyAgreementMutation = { ratifyAgreement: { id: string, status: AgreementStatus } };

export type ConsoleDeclineAgreementMutationVariables = Exact<{
  input: DeclineAgreementInput;
}>;


export type ConsoleDeclineAgreementMutation = { declineAgreement: { id: string, status: AgreementStatus } };

export type ConsoleShortfallsQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleShortfallsQuery = { clusterShortfalls: Array<{ minimumTier: ResourceTier, required: number, available: number, shortfall: number, coverage: number, resourceType: { id: string, name: string, localName: string | null, unit: string } }> };

export type ConsoleTrustQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleTrustQuery = { clusterTrust: { members: Array<{ rank: number | null, ranked: boolean, note: string, standing: { score: number, lowerBound: number, direction: TrustDirection, change: number, city: { id: string, name: string, localName: string | null } | null, trend: Array<{ month: string, score: number }> } }> } };

export type ConsoleAidRequestsQueryVariables = Exact<{
  clusterId: string | number;
  status?: AidRequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleAidRequestsQuery = { aidRequests: { nodes: Array<{ id: string, version: number, status: AidRequestStatus, quantity: number, acceptedQuantity: number, minimumTier: ResourceTier, neededBy: string, requester: { id: string, name: string, localName: string | null }, resourceType: { id: string, name: string, localName: string | null, unit: string }, offers: Array<{ id: string, status: AidOfferStatus, quantity: number, tier: ResourceTier, fromCity: { id: string, name: string, localName: string | null } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleAcceptOfferMutationVariables = Exact<{
  input: AidOfferActionInput;
}>;


export type ConsoleAcceptOfferMutation = { acceptAidOffer: { id: string, status: AidOfferStatus } };

export type ConsoleMapCitiesQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleMapCitiesQuery = { cluster: { id: string, cities: { nodes: Array<{ id: string, name: string, localName: string | null, location: { latitude: number, longitude: number } }> } } };

export type ConsoleMapStockQueryVariables = Exact<{
  clusterId: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleMapStockQuery = { inventory: { nodes: Array<{ shareable: number, city: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleReportRiskEventMutationVariables = Exact<{
  input: ReportRiskEventInput;
}>;


export type ConsoleReportRiskEventMutation = { reportRiskEvent: { id: string, status: RiskEventStatus } };

export type ConsoleSubmitSituationReportMutationVariables = Exact<{
  input: SubmitSituationReportInput;
}>;


export type ConsoleSubmitSituationReportMutation = { submitSituationReport: { id: string, asOf: string } };

export type ConsoleCityEventsQueryVariables = Exact<{
  clusterId: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleCityEventsQuery = { riskEvents: { nodes: Array<{ id: string, status: RiskEventStatus, category: RiskCategory, level: EmergencyLevel, description: string, originCity: { id: string, name: string, localName: string | null }, affectedCities: Array<{ id: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleOverseenQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverseenQuery = { clusters: { nodes: Array<{ id: string, name: string, localName: string | null, formationMode: FormationMode, mode: ClusterMode, modeSince: string, version: number }> } };

export type ConsoleEscalationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleEscalationsQuery = { escalations: { nodes: Array<{ id: string, category: RiskCategory, level: EmergencyLevel, warning: WarningLevel, status: RiskEventStatus, description: string, cluster: { id: string, name: string, localName: string | null }, originCity: { id: string, name: string, localName: string | null }, escalation: { at: string, reason: string, automatic: boolean, byName: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleSetModeMutationVariables = Exact<{
  input: SetClusterModeInput;
}>;


export type ConsoleSetModeMutation = { setClusterMode: { id: string, mode: ClusterMode, modeSince: string, version: number } };

export type ConsoleWebhookFragment = { id: string, version: number, url: string, events: Array<NotificationType>, status: WebhookSubscriptionStatus, createdAt: string, secretRotatedAt: string | null, city: { id: string, name: string, localName: string | null } | null };

export type ConsoleWebhooksQueryVariables = Exact<{
  clusterId: string | number;
}>;


export type ConsoleWebhooksQuery = { webhookSubscriptions: Array<{ id: string, version: number, url: string, events: Array<NotificationType>, status: WebhookSubscriptionStatus, createdAt: string, secretRotatedAt: string | null, city: { id: string, name: string, localName: string | null } | null }> };

export type ConsoleCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type ConsoleCreateWebhookMutation = { createWebhookSubscription: { secret: string, subscription: { id: string, version: number, url: string, events: Array<NotificationType>, status: WebhookSubscriptionStatus, createdAt: string, secretRotatedAt: string | null, city: { id: string, name: string, localName: string | null } | null } } };

export type ConsolePauseWebhookMutationVariables = Exact<{
  input: WebhookSubscriptionActionInput;
}>;


export type ConsolePauseWebhookMutation = { pauseWebhookSubscription: { id: string, version: number, url: string, events: Array<NotificationType>, status: WebhookSubscriptionStatus, createdAt: string, secretRotatedAt: string | null, city: { id: string, name: string, localName: string | null } | null } };

export type ConsoleResumeWebhookMutationVariables = Exact<{
  input: WebhookSubscriptionActionInput;
}>;


export type ConsoleResumeWebhookMutation = { resumeWebhookSubscription: { id: string, version: number, url: string, events: Array<NotificationType>, status: WebhookSubscriptionStatus, createdAt: string, secretRotatedAt: string | null, city: { id: string, name: string, localName: string | null } | null } };

export type ConsoleDeleteWebhookMutationVariables = Exact<{
  input: WebhookSubscriptionActionInput;
}>;


export type ConsoleDeleteWebhookMutation = { deleteWebhookSubscription: string };

export type ConsoleWebhookDeliveriesQueryVariables = Exact<{
  subscriptionId: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleWebhookDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string, type: NotificationType, state: WebhookDeliveryState, createdAt: string, nextAttemptAt: string | null, deliveredAt: string | null, parkedReason: string | null, attempts: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleItemFragmentDoc = new TypedDocumentString(`
    fragment ConsoleItem on InventoryItem {
  id
  version
  tier
  onHand
  shareable
  committed
  available
  readiness
  resourceType {
    id
    name
    localName
    unit
  }
  storage {
    name
  }
}
    `, {"fragmentName":"ConsoleItem"}) as unknown as TypedDocumentString<ConsoleItemFragment, unknown>;
export const ConsoleCorrectiveActionFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCorrectiveAction on CorrectiveAction {
  id
  version
  status
  overdue
  dueAt
  action
  recommendation
  percent
  aboutCoordinationOffice
  ownerCity {
    id
    name
    localName
  }
  evaluation {
    id
    title
  }
  evidence {
    text
    links
  }
  completedAt
  verifiedAt
  verifiedByName
  lastRejection {
    at
    reason
    byName
  }
}
    `, {"fragmentName":"ConsoleCorrectiveAction"}) as unknown as TypedDocumentString<ConsoleCorrectiveActionFragment, unknown>;
export const ConsoleAwaitingAgreementFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAwaitingAgreement on Agreement {
  id
  pending {
    number
    title
    status
    proposedAt
    parties {
      id
    }
    awaiting {
      id
      name
      localName
    }
  }
}
    `, {"fragmentName":"ConsoleAwaitingAgreement"}) as unknown as TypedDocumentString<ConsoleAwaitingAgreementFragment, unknown>;
export const ConsoleWebhookFragmentDoc = new TypedDocumentString(`
    fragment ConsoleWebhook on WebhookSubscription {
  id
  version
  url
  events
  status
  createdAt
  secretRotatedAt
  city {
    id
    name
    localName
  }
}
    `, {"fragmentName":"ConsoleWebhook"}) as unknown as TypedDocumentString<ConsoleWebhookFragment, unknown>;
export const ConsoleMeDocument = new TypedDocumentString(`
    query ConsoleMe {
  me {
    id
    displayName
    role
    cluster {
      id
      name
      localName
      mode
    }
    city {
      id
      name
      localName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleMyObligationsDocument = new TypedDocumentString(`
    query ConsoleMyObligations($clusterId: ID!, $cityId: ID!, $after: String) {
  obligations(
    clusterId: $clusterId
    filter: {cityId: $cityId, status: [OPEN, OVERDUE]}
    first: 20
    after: $after
  ) {
    nodes {
      id
      version
      status
      action
      dueAt
      event {
        id
        description
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMyObligationsQuery, ConsoleMyObligationsQueryVariables>;
export const ConsoleFulfilDocument = new TypedDocumentString(`
    mutation ConsoleFulfil($input: FulfilObligationInput!) {
  fulfilObligation(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleFulfilMutation, ConsoleFulfilMutationVariables>;
export const ConsoleMyInventoryDocument = new TypedDocumentString(`
    query ConsoleMyInventory($clusterId: ID!, $cityId: ID!, $after: String) {
  inventory(clusterId: $clusterId, cityId: $cityId, first: 20, after: $after) {
    nodes {
      ...ConsoleItem
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ConsoleItem on InventoryItem {
  id
  version
  tier
  onHand
  shareable
  committed
  available
  readiness
  resourceType {
    id
    name
    localName
    unit
  }
  storage {
    name
  }
}`) as unknown as TypedDocumentString<ConsoleMyInventoryQuery, ConsoleMyInventoryQueryVariables>;
export const ConsoleItemDocument = new TypedDocumentString(`
    query ConsoleItem($id: ID!) {
  inventoryItem(id: $id) {
    ...ConsoleItem
  }
}
    fragment ConsoleItem on InventoryItem {
  id
  version
  tier
  onHand
  shareable
  committed
  available
  readiness
  resourceType {
    id
    name
    localName
    unit
  }
  storage {
    name
  }
}`) as unknown as TypedDocumentString<ConsoleItemQuery, ConsoleItemQueryVariables>;
export const ConsoleUpdateItemDocument = new TypedDocumentString(`
    mutation ConsoleUpdateItem($input: UpdateInventoryItemInput!) {
  updateInventoryItem(input: $input) {
    ...ConsoleItem
  }
}
    fragment ConsoleItem on InventoryItem {
  id
  version
  tier
  onHand
  shareable
  committed
  available
  readiness
  resourceType {
    id
    name
    localName
    unit
  }
  storage {
    name
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateItemMutation, ConsoleUpdateItemMutationVariables>;
export const ConsoleMyItemsOfTypeDocument = new TypedDocumentString(`
    query ConsoleMyItemsOfType($clusterId: ID!, $cityId: ID!, $resourceTypeId: ID!) {
  inventory(
    clusterId: $clusterId
    cityId: $cityId
    resourceTypeId: $resourceTypeId
    first: 50
  ) {
    nodes {
      id
      tier
      available
      storage {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMyItemsOfTypeQuery, ConsoleMyItemsOfTypeQueryVariables>;
export const ConsoleOfferAidDocument = new TypedDocumentString(`
    mutation ConsoleOfferAid($input: OfferAidInput!) {
  offerAid(input: $input) {
    id
    status
    quantity
  }
}
    `) as unknown as TypedDocumentString<ConsoleOfferAidMutation, ConsoleOfferAidMutationVariables>;
export const ConsoleAidChoicesDocument = new TypedDocumentString(`
    query ConsoleAidChoices($clusterId: ID!, $cityId: ID!) {
  resourceCatalogue(clusterId: $clusterId) {
    id
    name
    localName
    unit
  }
  city(id: $cityId) {
    id
    location {
      latitude
      longitude
    }
  }
  riskEvents(clusterId: $clusterId, first: 50) {
    nodes {
      id
      status
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAidChoicesQuery, ConsoleAidChoicesQueryVariables>;
export const ConsoleRequestAidDocument = new TypedDocumentString(`
    mutation ConsoleRequestAid($input: RequestAidInput!) {
  requestAid(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRequestAidMutation, ConsoleRequestAidMutationVariables>;
export const ConsoleRecordsAboutCityDocument = new TypedDocumentString(`
    query ConsoleRecordsAboutCity($clusterId: ID!, $cityId: ID!, $after: String) {
  complianceRecords(
    clusterId: $clusterId
    filter: {cityId: $cityId}
    first: 20
    after: $after
  ) {
    nodes {
      id
      version
      kind
      note
      at
      status
      counts
      disputeWindowEndsAt
      dispute {
        statement
        resolution
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordsAboutCityQuery, ConsoleRecordsAboutCityQueryVariables>;
export const ConsoleDisputeDocument = new TypedDocumentString(`
    mutation ConsoleDispute($input: DisputeComplianceRecordInput!) {
  disputeComplianceRecord(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleDisputeMutation, ConsoleDisputeMutationVariables>;
export const ConsoleClaimsDocument = new TypedDocumentString(`
    query ConsoleClaims($clusterId: ID!, $status: ClaimStatus, $after: String) {
  claims(clusterId: $clusterId, status: $status, first: 20, after: $after) {
    nodes {
      id
      version
      status
      submittedAt
      decisionReason
      claimant {
        id
        name
        localName
      }
      event {
        id
        description
      }
      claimed {
        amountMinor
        currency
      }
      approved {
        amountMinor
        currency
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleClaimsQuery, ConsoleClaimsQueryVariables>;
export const ConsoleClaimDocument = new TypedDocumentString(`
    query ConsoleClaim($id: ID!) {
  claim(id: $id) {
    id
    version
    status
    claimant {
      id
      name
      localName
    }
    claimed {
      amountMinor
      currency
    }
    items {
      number
      kind
      description
      evidence
      amount {
        amountMinor
        currency
      }
      approved {
        amountMinor
        currency
      }
      reductionReason
    }
    owedByPayer {
      payerId
      payer {
        id
        name
        localName
      }
      owed {
        amountMinor
        currency
      }
    }
    payments {
      id
      fromId
      from {
        id
        name
        localName
      }
      amount {
        amountMinor
        currency
      }
      reference
      paidAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleClaimQuery, ConsoleClaimQueryVariables>;
export const ConsoleStartReviewDocument = new TypedDocumentString(`
    mutation ConsoleStartReview($input: ClaimActionInput!) {
  startClaimReview(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleStartReviewMutation, ConsoleStartReviewMutationVariables>;
export const ConsoleDecideClaimDocument = new TypedDocumentString(`
    mutation ConsoleDecideClaim($input: DecideClaimInput!) {
  decideClaim(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleDecideClaimMutation, ConsoleDecideClaimMutationVariables>;
export const ConsoleRecordPaymentDocument = new TypedDocumentString(`
    mutation ConsoleRecordPayment($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordPaymentMutation, ConsoleRecordPaymentMutationVariables>;
export const ConsoleFileClaimDocument = new TypedDocumentString(`
    mutation ConsoleFileClaim($input: FileClaimInput!) {
  fileClaim(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleFileClaimMutation, ConsoleFileClaimMutationVariables>;
export const ConsoleClaimableDocument = new TypedDocumentString(`
    query ConsoleClaimable($clusterId: ID!) {
  agreements(clusterId: $clusterId, status: ACTIVE, first: 50) {
    nodes {
      id
      inForce {
        number
        title
        parties {
          id
        }
        compensation {
          currency
          coveredKinds {
            kind
          }
        }
      }
    }
  }
  riskEvents(clusterId: $clusterId, first: 50) {
    nodes {
      id
      description
      confirmedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleClaimableQuery, ConsoleClaimableQueryVariables>;
export const ConsoleCorrectiveActionsDocument = new TypedDocumentString(`
    query ConsoleCorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $after: String) {
  correctiveActions(
    clusterId: $clusterId
    filter: $filter
    first: 20
    after: $after
  ) {
    nodes {
      ...ConsoleCorrectiveAction
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ConsoleCorrectiveAction on CorrectiveAction {
  id
  version
  status
  overdue
  dueAt
  action
  recommendation
  percent
  aboutCoordinationOffice
  ownerCity {
    id
    name
    localName
  }
  evaluation {
    id
    title
  }
  evidence {
    text
    links
  }
  completedAt
  verifiedAt
  verifiedByName
  lastRejection {
    at
    reason
    byName
  }
}`) as unknown as TypedDocumentString<ConsoleCorrectiveActionsQuery, ConsoleCorrectiveActionsQueryVariables>;
export const ConsoleCorrectiveActionWithHistoryDocument = new TypedDocumentString(`
    query ConsoleCorrectiveActionWithHistory($id: ID!) {
  correctiveAction(id: $id) {
    ...ConsoleCorrectiveAction
    history(first: 50) {
      nodes {
        kind
        status
        note
        percent
        evidence {
          text
          links
        }
        at
        byName
        byRole
        version
      }
    }
  }
}
    fragment ConsoleCorrectiveAction on CorrectiveAction {
  id
  version
  status
  overdue
  dueAt
  action
  recommendation
  percent
  aboutCoordinationOffice
  ownerCity {
    id
    name
    localName
  }
  evaluation {
    id
    title
  }
  evidence {
    text
    links
  }
  completedAt
  verifiedAt
  verifiedByName
  lastRejection {
    at
    reason
    byName
  }
}`) as unknown as TypedDocumentString<ConsoleCorrectiveActionWithHistoryQuery, ConsoleCorrectiveActionWithHistoryQueryVariables>;
export const ConsoleCreateCorrectiveActionDocument = new TypedDocumentString(`
    mutation ConsoleCreateCorrectiveAction($input: CreateCorrectiveActionInput!) {
  createCorrectiveAction(input: $input) {
    ...ConsoleCorrectiveAction
  }
}
    fragment ConsoleCorrectiveAction on CorrectiveAction {
  id
  version
  status
  overdue
  dueAt
  action
  recommendation
  percent
  aboutCoordinationOffice
  ownerCity {
    id
    name
    localName
  }
  evaluation {
    id
    title
  }
  evidence {
    text
    links
  }
  completedAt
  verifiedAt
  verifiedByName
  lastRejection {
    at
    reason
    byName
  }
}`) as unknown as TypedDocumentString<ConsoleCreateCorrectiveActionMutation, ConsoleCreateCorrectiveActionMutationVariables>;
export const ConsoleCorrectiveProgressDocument = new TypedDocumentString(`
    mutation ConsoleCorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {
  reportCorrectiveActionProgress(input: $input) {
    ...ConsoleCorrectiveAction
  }
}
    fragment ConsoleCorrectiveAction on CorrectiveAction {
  id
  version
  status
  overdue
  dueAt
  action
  recommendation
  percent
  aboutCoordinationOffice
  ownerCity {
    id
    name
    localName
  }
  evaluation {
    id
    title
  }
  evidence {
    text
    links
  }
  completedAt
  verifiedAt
  verifiedByName
  lastRejection {
    at
    reason
    byName
  }
}`) as unknown as TypedDocumentString<ConsoleCorrectiveProgressMutation, ConsoleCorrectiveProgressMutationVariables>;
export const ConsoleCorrectiveCompleteDocument = new TypedDocumentString(`
    mutation ConsoleCorrectiveComplete($input: CompleteCorrectiveActionInput!) {
  completeCorrectiveAction(input: $input) {
    ...ConsoleCorrectiveAction
  }
}
    fragment ConsoleCorrectiveAction on CorrectiveAction {
  id
  version
  status
  overdue
  dueAt
  action
  recommendation
  percent
  aboutCoordinationOffice
  ownerCity {
    id
    name
    localName
  }
  evaluation {
    id
    title
  }
  evidence {
    text
    links
  }
  completedAt
  verifiedAt
  verifiedByName
  lastRejection {
    at
    reason
    byName
  }
}`) as unknown as TypedDocumentString<ConsoleCorrectiveCompleteMutation, ConsoleCorrectiveCompleteMutationVariables>;
export const ConsoleCorrectiveVerifyDocument = new TypedDocumentString(`
    mutation ConsoleCorrectiveVerify($input: VerifyCorrectiveActionInput!) {
  verifyCorrectiveAction(input: $input) {
    ...ConsoleCorrectiveAction
  }
}
    fragment ConsoleCorrectiveAction on CorrectiveAction {
  id
  version
  status
  overdue
  dueAt
  action
  recommendation
  percent
  aboutCoordinationOffice
  ownerCity {
    id
    name
    localName
  }
  evaluation {
    id
    title
  }
  evidence {
    text
    links
  }
  completedAt
  verifiedAt
  verifiedByName
  lastRejection {
    at
    reason
    byName
  }
}`) as unknown as TypedDocumentString<ConsoleCorrectiveVerifyMutation, ConsoleCorrectiveVerifyMutationVariables>;
export const ConsoleFinalizedEvaluationsDocument = new TypedDocumentString(`
    query ConsoleFinalizedEvaluations($clusterId: ID!) {
  evaluations(clusterId: $clusterId, status: FINALIZED, first: 50) {
    nodes {
      id
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFinalizedEvaluationsQuery, ConsoleFinalizedEvaluationsQueryVariables>;
export const ConsoleClusterMembersDocument = new TypedDocumentString(`
    query ConsoleClusterMembers($clusterId: ID!) {
  cluster(id: $clusterId) {
    id
    cities(first: 100) {
      nodes {
        id
        name
        localName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleClusterMembersQuery, ConsoleClusterMembersQueryVariables>;
export const ConsoleMyEvaluationsDocument = new TypedDocumentString(`
    query ConsoleMyEvaluations($clusterId: ID!, $after: String) {
  evaluations(clusterId: $clusterId, first: 10, after: $after) {
    nodes {
      id
      title
      status
      targetType
      openedAt
      rubric {
        name
        scaleMin
        scaleMax
        criteria {
          id
          name
          description
          weight
        }
      }
      myAssessment {
        status
        findings
        recommendations
        submittedAt
        savedAt
        scores {
          criterionId
          score
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMyEvaluationsQuery, ConsoleMyEvaluationsQueryVariables>;
export const ConsoleSaveDraftDocument = new TypedDocumentString(`
    mutation ConsoleSaveDraft($input: AssessmentInput!) {
  saveAssessmentDraft(input: $input) {
    status
    savedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleSaveDraftMutation, ConsoleSaveDraftMutationVariables>;
export const ConsoleSubmitAssessmentDocument = new TypedDocumentString(`
    mutation ConsoleSubmitAssessment($input: AssessmentInput!) {
  submitAssessment(input: $input) {
    status
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleSubmitAssessmentMutation, ConsoleSubmitAssessmentMutationVariables>;
export const ConsoleEventPictureDocument = new TypedDocumentString(`
    query ConsoleEventPicture($eventId: ID!) {
  eventPicture(eventId: $eventId) {
    at
    staleAfter
    totals {
      dead
      injured
      missing
      evacuated
      affectedPopulation
      citiesReporting
    }
    cities {
      city {
        id
        name
        localName
      }
      party
      ageMinutes
      stale
      latest {
        id
        asOf
        summary
        casualties {
          dead
          injured
          missing
        }
        evacuated
        affectedPopulation
        needs
      }
    }
    notReported {
      id
      name
      localName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEventPictureQuery, ConsoleEventPictureQueryVariables>;
export const ConsoleUnreadCountDocument = new TypedDocumentString(`
    query ConsoleUnreadCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<ConsoleUnreadCountQuery, ConsoleUnreadCountQueryVariables>;
export const ConsoleNotificationsDocument = new TypedDocumentString(`
    query ConsoleNotifications($after: String, $unreadOnly: Boolean) {
  notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
    nodes {
      id
      type
      at
      message
      read
      readAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleNotificationsQuery, ConsoleNotificationsQueryVariables>;
export const ConsoleMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation ConsoleMarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    id
    read
    readAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleMarkNotificationsReadMutation, ConsoleMarkNotificationsReadMutationVariables>;
export const ConsoleLessonsDocument = new TypedDocumentString(`
    query ConsoleLessons($clusterId: ID!, $category: RiskCategory, $search: String, $after: String) {
  lessons(
    clusterId: $clusterId
    category: $category
    search: $search
    first: 20
    after: $after
  ) {
    nodes {
      id
      kind
      text
      byName
      categories
      evaluationTitle
      at
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleLessonsQuery, ConsoleLessonsQueryVariables>;
export const ConsoleObligationsDocument = new TypedDocumentString(`
    query ConsoleObligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {
  obligations(
    clusterId: $clusterId
    filter: $filter
    first: $first
    after: $after
  ) {
    nodes {
      id
      version
      status
      action
      kind
      dueAt
      owedByCoordinationOffice
      city {
        id
        name
        localName
      }
      event {
        id
        description
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleObligationsQuery, ConsoleObligationsQueryVariables>;
export const ConsoleObligationSummaryDocument = new TypedDocumentString(`
    query ConsoleObligationSummary($clusterId: ID!) {
  obligationSummary(clusterId: $clusterId) {
    city {
      id
      name
      localName
    }
    open
    overdue
    fulfilledOnTime
    fulfilledLate
    waived
  }
}
    `) as unknown as TypedDocumentString<ConsoleObligationSummaryQuery, ConsoleObligationSummaryQueryVariables>;
export const ConsoleWaiveObligationDocument = new TypedDocumentString(`
    mutation ConsoleWaiveObligation($input: WaiveObligationInput!) {
  waiveObligation(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleWaiveObligationMutation, ConsoleWaiveObligationMutationVariables>;
export const ConsoleEventsDocument = new TypedDocumentString(`
    query ConsoleEvents($clusterId: ID!, $first: Int, $after: String) {
  riskEvents(clusterId: $clusterId, first: $first, after: $after) {
    nodes {
      id
      version
      category
      level
      warning
      status
      description
      confirmedAt
      originCity {
        id
        name
        localName
      }
      affectedCities {
        id
        name
        localName
      }
      escalation {
        at
        reason
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEventsQuery, ConsoleEventsQueryVariables>;
export const ConsoleEscalateDocument = new TypedDocumentString(`
    mutation ConsoleEscalate($input: EscalateRiskEventInput!) {
  escalateRiskEvent(input: $input) {
    id
    escalation {
      at
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEscalateMutation, ConsoleEscalateMutationVariables>;
export const ConsoleConfirmRiskEventDocument = new TypedDocumentString(`
    mutation ConsoleConfirmRiskEvent($input: ConfirmRiskEventInput!) {
  confirmRiskEvent(input: $input) {
    id
    status
    confirmedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleConfirmRiskEventMutation, ConsoleConfirmRiskEventMutationVariables>;
export const ConsoleProposedAgreementsDocument = new TypedDocumentString(`
    query ConsoleProposedAgreements($clusterId: ID!) {
  agreements(clusterId: $clusterId, status: PROPOSED, first: 20) {
    nodes {
      ...ConsoleAwaitingAgreement
    }
  }
  inForce: agreements(clusterId: $clusterId, status: ACTIVE, first: 10) {
    nodes {
      ...ConsoleAwaitingAgreement
    }
  }
}
    fragment ConsoleAwaitingAgreement on Agreement {
  id
  pending {
    number
    title
    status
    proposedAt
    parties {
      id
    }
    awaiting {
      id
      name
      localName
    }
  }
}`) as unknown as TypedDocumentString<ConsoleProposedAgreementsQuery, ConsoleProposedAgreementsQueryVariables>;
export const ConsoleRatifyAgreementDocument = new TypedDocumentString(`
    mutation ConsoleRatifyAgreement($input: RatifyAgreementInput!) {
  ratifyAgreement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRatifyAgreementMutation, ConsoleRatifyAgreementMutationVariables>;
export const ConsoleDeclineAgreementDocument = new TypedDocumentString(`
    mutation ConsoleDeclineAgreement($input: DeclineAgreementInput!) {
  declineAgreement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeclineAgreementMutation, ConsoleDeclineAgreementMutationVariables>;
export const ConsoleShortfallsDocument = new TypedDocumentString(`
    query ConsoleShortfalls($clusterId: ID!) {
  clusterShortfalls(clusterId: $clusterId) {
    resourceType {
      id
      name
      localName
      unit
    }
    minimumTier
    required
    available
    shortfall
    coverage
  }
}
    `) as unknown as TypedDocumentString<ConsoleShortfallsQuery, ConsoleShortfallsQueryVariables>;
export const ConsoleTrustDocument = new TypedDocumentString(`
    query ConsoleTrust($clusterId: ID!) {
  clusterTrust(clusterId: $clusterId) {
    members {
      rank
      ranked
      note
      standing {
        city {
          id
          name
          localName
        }
        score
        lowerBound
        direction
        change
        trend {
          month
          score
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleTrustQuery, ConsoleTrustQueryVariables>;
export const ConsoleAidRequestsDocument = new TypedDocumentString(`
    query ConsoleAidRequests($clusterId: ID!, $status: AidRequestStatus, $after: String) {
  aidRequests(clusterId: $clusterId, status: $status, first: 20, after: $after) {
    nodes {
      id
      version
      status
      quantity
      acceptedQuantity
      minimumTier
      neededBy
      requester {
        id
        name
        localName
      }
      resourceType {
        id
        name
        localName
        unit
      }
      offers {
        id
        status
        quantity
        tier
        fromCity {
          id
          name
          localName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAidRequestsQuery, ConsoleAidRequestsQueryVariables>;
export const ConsoleAcceptOfferDocument = new TypedDocumentString(`
    mutation ConsoleAcceptOffer($input: AidOfferActionInput!) {
  acceptAidOffer(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleAcceptOfferMutation, ConsoleAcceptOfferMutationVariables>;
export const ConsoleMapCitiesDocument = new TypedDocumentString(`
    query ConsoleMapCities($clusterId: ID!) {
  cluster(id: $clusterId) {
    id
    cities(first: 100) {
      nodes {
        id
        name
        localName
        location {
          latitude
          longitude
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMapCitiesQuery, ConsoleMapCitiesQueryVariables>;
export const ConsoleMapStockDocument = new TypedDocumentString(`
    query ConsoleMapStock($clusterId: ID!, $after: String) {
  inventory(clusterId: $clusterId, first: 50, after: $after) {
    nodes {
      city {
        id
      }
      shareable
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMapStockQuery, ConsoleMapStockQueryVariables>;
export const ConsoleReportRiskEventDocument = new TypedDocumentString(`
    mutation ConsoleReportRiskEvent($input: ReportRiskEventInput!) {
  reportRiskEvent(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleReportRiskEventMutation, ConsoleReportRiskEventMutationVariables>;
export const ConsoleSubmitSituationReportDocument = new TypedDocumentString(`
    mutation ConsoleSubmitSituationReport($input: SubmitSituationReportInput!) {
  submitSituationReport(input: $input) {
    id
    asOf
  }
}
    `) as unknown as TypedDocumentString<ConsoleSubmitSituationReportMutation, ConsoleSubmitSituationReportMutationVariables>;
export const ConsoleCityEventsDocument = new TypedDocumentString(`
    query ConsoleCityEvents($clusterId: ID!, $after: String) {
  riskEvents(clusterId: $clusterId, first: 20, after: $after) {
    nodes {
      id
      status
      category
      level
      description
      originCity {
        id
        name
        localName
      }
      affectedCities {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCityEventsQuery, ConsoleCityEventsQueryVariables>;
export const ConsoleOverseenDocument = new TypedDocumentString(`
    query ConsoleOverseen {
  clusters(first: 50) {
    nodes {
      id
      name
      localName
      formationMode
      mode
      modeSince
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOverseenQuery, ConsoleOverseenQueryVariables>;
export const ConsoleEscalationsDocument = new TypedDocumentString(`
    query ConsoleEscalations($after: String) {
  escalations(first: 20, after: $after) {
    nodes {
      id
      category
      level
      warning
      status
      description
      cluster {
        id
        name
        localName
      }
      originCity {
        id
        name
        localName
      }
      escalation {
        at
        reason
        automatic
        byName
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEscalationsQuery, ConsoleEscalationsQueryVariables>;
export const ConsoleSetModeDocument = new TypedDocumentString(`
    mutation ConsoleSetMode($input: SetClusterModeInput!) {
  setClusterMode(input: $input) {
    id
    mode
    modeSince
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetModeMutation, ConsoleSetModeMutationVariables>;
export const ConsoleWebhooksDocument = new TypedDocumentString(`
    query ConsoleWebhooks($clusterId: ID!) {
  webhookSubscriptions(clusterId: $clusterId) {
    ...ConsoleWebhook
  }
}
    fragment ConsoleWebhook on WebhookSubscription {
  id
  version
  url
  events
  status
  createdAt
  secretRotatedAt
  city {
    id
    name
    localName
  }
}`) as unknown as TypedDocumentString<ConsoleWebhooksQuery, ConsoleWebhooksQueryVariables>;
export const ConsoleCreateWebhookDocument = new TypedDocumentString(`
    mutation ConsoleCreateWebhook($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    subscription {
      ...ConsoleWebhook
    }
    secret
  }
}
    fragment ConsoleWebhook on WebhookSubscription {
  id
  version
  url
  events
  status
  createdAt
  secretRotatedAt
  city {
    id
    name
    localName
  }
}`) as unknown as TypedDocumentString<ConsoleCreateWebhookMutation, ConsoleCreateWebhookMutationVariables>;
export const ConsolePauseWebhookDocument = new TypedDocumentString(`
    mutation ConsolePauseWebhook($input: WebhookSubscriptionActionInput!) {
  pauseWebhookSubscription(input: $input) {
    ...ConsoleWebhook
  }
}
    fragment ConsoleWebhook on WebhookSubscription {
  id
  version
  url
  events
  status
  createdAt
  secretRotatedAt
  city {
    id
    name
    localName
  }
}`) as unknown as TypedDocumentString<ConsolePauseWebhookMutation, ConsolePauseWebhookMutationVariables>;
export const ConsoleResumeWebhookDocument = new TypedDocumentString(`
    mutation ConsoleResumeWebhook($input: WebhookSubscriptionActionInput!) {
  resumeWebhookSubscription(input: $input) {
    ...ConsoleWebhook
  }
}
    fragment ConsoleWebhook on WebhookSubscription {
  id
  version
  url
  events
  status
  createdAt
  secretRotatedAt
  city {
    id
    name
    localName
  }
}`) as unknown as TypedDocumentString<ConsoleResumeWebhookMutation, ConsoleResumeWebhookMutationVariables>;
export const ConsoleDeleteWebhookDocument = new TypedDocumentString(`
    mutation ConsoleDeleteWebhook($input: WebhookSubscriptionActionInput!) {
  deleteWebhookSubscription(input: $input)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteWebhookMutation, ConsoleDeleteWebhookMutationVariables>;
export const ConsoleWebhookDeliveriesDocument = new TypedDocumentString(`
    query ConsoleWebhookDeliveries($subscriptionId: ID!, $after: String) {
  webhookDeliveries(subscriptionId: $subscriptionId, first: 10, after: $after) {
    nodes {
      id
      type
      state
      createdAt
      nextAttemptAt
      deliveredAt
      parkedReason
      attempts {
        at
        statusCode
        error
        durationMs
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables>;