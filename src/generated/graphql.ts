import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { StoredCluster, StoredCity, StoredAuditEvent, StoredModeChange, StoredDesk, StoredAgreement, StoredAgreementVersion, StoredDuty, StoredRatification, StoredDecline, StoredRiskEvent, StoredObligation, StoredComplianceRecord, StoredResourceType, StoredInventoryItem, StoredReserveRequirement, StoredAidRequest, StoredClaim, StoredLedgerEntry, StoredFundContribution, StoredAidOffer, StoredDispute, StoredConsequence, StoredRubric, StoredCriterion, StoredAccreditation, StoredEvaluation, StoredAssessment, StoredCriterionResult, StoredCorrectiveAction, StoredCorrectiveActionStep, StoredCorrectiveActionRejection, StoredLesson, StoredSituationReport, StoredWebhookSubscription, StoredWebhookDelivery, StoredWebhookAttempt } from '../store/entities';
import { Caller } from '../auth/caller';
import { CitySummary } from '../services/obligations';
import { ShortfallView } from '../services/resources';
import { Contribution } from '../domain/resources/shortfalls';
import { CityShare } from '../domain/compensation/split';
import { FundView, PayerOwedView } from '../services/claims';
import { CityAvailabilityView } from '../services/aid';
import { TrustSettingsView, TrustStandingView, DriverView, DriverGroupView, ClusterTrustView, RankedTrustView } from '../services/trust';
import { EvaluationResultView } from '../services/evaluations';
import { EventPictureView, CitySituationView } from '../services/situation-reports';
import { CreatedSubscription } from '../services/webhooks';
import { StoredNotification } from '../store/notifications';
import { NotificationSettingsView } from '../services/notifications';
import { RequestContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in ISO-8601 UTC, e.g. `2026-07-21T08:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** An ISO-8601 duration, e.g. `PT2H` (two hours) or `P1Y` (one year). */
  Duration: { input: string; output: string; }
  /** A JSON value, sent as it is (an object, not a string holding one). */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

export type AccreditEvaluatorInput = {
  affiliatedCityId?: InputMaybe<Scalars['ID']['input']>;
  affiliatedWithCoordinationOffice?: InputMaybe<Scalars['Boolean']['input']>;
  clusterId: Scalars['ID']['input'];
  /** The evaluator's account id (the `sub` of its sign-in token). */
  evaluatorId: Scalars['ID']['input'];
  kind: AssessmentKind;
  name: Scalars['String']['input'];
  organisation: Scalars['String']['input'];
};

export type Agreement = {
  __typename?: 'Agreement';
  cluster: Cluster;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The version in force (null until the first version is ratified). */
  inForce?: Maybe<AgreementVersion>;
  /** The version being drafted or ratified (a new agreement's first version, or a pending amendment). */
  pending?: Maybe<AgreementVersion>;
  status: AgreementStatus;
  /** Why it was last suspended, resumed or terminated. */
  statusReason?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Every version, newest first. */
  versions: Array<AgreementVersion>;
};

export type AgreementActionInput = {
  agreementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
};

export type AgreementReasonInput = {
  agreementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type AgreementStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'PROPOSED'
  | 'SUSPENDED'
  | 'TERMINATED';

export type AgreementVersion = {
  __typename?: 'AgreementVersion';
  /** Parties that have not ratified yet (while PROPOSED). */
  awaiting: Array<City>;
  categories: Array<RiskCategory>;
  /** What compensation the parties agreed to (null: this version has no compensation terms). */
  compensation?: Maybe<CompensationTerms>;
  duties: Array<Duty>;
  effectiveFrom: Scalars['DateTime']['output'];
  effectiveUntil?: Maybe<Scalars['DateTime']['output']>;
  inForceSince?: Maybe<Scalars['DateTime']['output']>;
  /** The last decline, if the version went back to draft. */
  lastDecline?: Maybe<Decline>;
  /** Events below this level (IV is lowest, I highest) do not activate the agreement. Null: every level. */
  minimumLevel?: Maybe<EmergencyLevel>;
  number: Scalars['Int']['output'];
  parties: Array<City>;
  proposedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Parties that have ratified this version, with when and who. */
  ratifications: Array<Ratification>;
  status: AgreementVersionStatus;
  title: Scalars['String']['output'];
};

export type AgreementVersionStatus =
  /** Being written by the coordination office. */
  | 'DRAFT'
  /** Ratified by every party; the version obligations are created from. */
  | 'IN_FORCE'
  /** Put to the parties; waiting for every party to ratify. */
  | 'PROPOSED'
  /** Replaced by a later ratified version; still readable, and obligations created under it keep pointing at it. */
  | 'SUPERSEDED';

export type AidOffer = {
  __typename?: 'AidOffer';
  arrivedAt?: Maybe<Scalars['DateTime']['output']>;
  consumed?: Maybe<Scalars['Int']['output']>;
  costItems: Array<CostItem>;
  createdAt: Scalars['DateTime']['output'];
  dispatchedAt?: Maybe<Scalars['DateTime']['output']>;
  eta?: Maybe<Scalars['DateTime']['output']>;
  fromCity: City;
  id: Scalars['ID']['output'];
  /** The inventory item offered; null unless you may read it (see `inventoryItem`): the offering city and the supervisors. */
  item?: Maybe<InventoryItem>;
  quantity: Scalars['Int']['output'];
  /** Why it was declined, withdrawn or cancelled. */
  reason?: Maybe<Scalars['String']['output']>;
  request: AidRequest;
  returned?: Maybe<Scalars['Int']['output']>;
  returnedAt?: Maybe<Scalars['DateTime']['output']>;
  status: AidOfferStatus;
  /** The offered stock's tier: what the requesting city needs to judge the offer. */
  tier: ResourceTier;
  version: Scalars['Int']['output'];
};

export type AidOfferActionInput = {
  offerId: Scalars['ID']['input'];
};

export type AidOfferReasonInput = {
  offerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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

export type AidRequest = {
  __typename?: 'AidRequest';
  /** Sum of accepted offers. */
  acceptedQuantity: Scalars['Int']['output'];
  /** When it was cancelled or closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was cancelled or closed. */
  closingReason?: Maybe<Scalars['String']['output']>;
  cluster: Cluster;
  createdAt: Scalars['DateTime']['output'];
  destination: StorageLocation;
  /** The risk event it serves, if any. */
  event?: Maybe<RiskEvent>;
  id: Scalars['ID']['output'];
  minimumTier: ResourceTier;
  neededBy: Scalars['DateTime']['output'];
  offers: Array<AidOffer>;
  quantity: Scalars['Int']['output'];
  requestedByName: Scalars['String']['output'];
  requester: City;
  resourceType: ResourceType;
  status: AidRequestStatus;
  version: Scalars['Int']['output'];
};

export type AidRequestConnection = {
  __typename?: 'AidRequestConnection';
  nodes: Array<AidRequest>;
  pageInfo: PageInfo;
};

export type AidRequestReasonInput = {
  /** The request's version as you last read it. */
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type AidRequestStatus =
  /** Withdrawn before anything was dispatched: accepted offers were cancelled and their stock released. */
  | 'CANCELLED'
  /** Satisfied or no longer needed: it takes no more offers; accepted offers go on. */
  | 'CLOSED'
  /** Accepted offers cover the whole quantity. */
  | 'FILLED'
  /** Offers can still be made and accepted. */
  | 'OPEN';

export type AppealClaimInput = {
  claimId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  statement: Scalars['String']['input'];
};

export type AppealOutcome =
  | 'REVISED'
  | 'UPHELD';

export type Assessment = {
  __typename?: 'Assessment';
  evaluatorId: Scalars['ID']['output'];
  evaluatorName: Scalars['String']['output'];
  findings?: Maybe<Scalars['String']['output']>;
  kind: AssessmentKind;
  recommendations?: Maybe<Scalars['String']['output']>;
  savedAt: Scalars['DateTime']['output'];
  scores: Array<CriterionScore>;
  status: AssessmentStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

export type AssessmentInput = {
  evaluationId: Scalars['ID']['input'];
  findings?: InputMaybe<Scalars['String']['input']>;
  recommendations?: InputMaybe<Scalars['String']['input']>;
  scores: Array<CriterionScoreInput>;
};

export type AssessmentKind =
  | 'SELF'
  | 'THIRD_PARTY';

export type AssessmentStatus =
  | 'DRAFT'
  | 'SUBMITTED';

/** What the audit trail records: one value per kind of change CityPact writes. */
export type AuditAction =
  | 'AGREEMENT_AMENDMENT_STARTED'
  | 'AGREEMENT_DECLINED'
  | 'AGREEMENT_DRAFTED'
  | 'AGREEMENT_DRAFT_UPDATED'
  | 'AGREEMENT_IN_FORCE'
  | 'AGREEMENT_PROPOSED'
  | 'AGREEMENT_RATIFIED'
  | 'AGREEMENT_RESUMED'
  | 'AGREEMENT_SUSPENDED'
  | 'AGREEMENT_TERMINATED'
  | 'AID_ACCEPTED'
  | 'AID_ARRIVED'
  | 'AID_CANCELLED'
  | 'AID_COSTS_CORRECTED'
  | 'AID_DECLINED'
  | 'AID_DISPATCHED'
  | 'AID_OFFERED'
  | 'AID_REQUESTED'
  | 'AID_REQUEST_ACCEPTED'
  | 'AID_REQUEST_CANCELLED'
  | 'AID_REQUEST_CLOSED'
  | 'AID_REQUEST_RELEASED'
  | 'AID_RETURNED'
  | 'AID_WITHDRAWN'
  | 'ASSESSMENT_DRAFT_SAVED'
  | 'ASSESSMENT_SUBMITTED'
  | 'CITY_BASELINE_UPDATED'
  | 'CLAIM_APPEALED'
  | 'CLAIM_APPEAL_REVISED'
  | 'CLAIM_APPEAL_UPHELD'
  | 'CLAIM_APPROVED'
  | 'CLAIM_FILED'
  | 'CLAIM_REJECTED'
  | 'CLAIM_UNDER_REVIEW'
  | 'CLUSTER_MODE_CHANGED'
  | 'COMPLIANCE_DISPUTED'
  | 'COMPLIANCE_DISPUTE_RESOLVED'
  | 'COMPLIANCE_RECORDED'
  | 'COMPLIANCE_WITHDRAWN'
  | 'CORRECTIVE_ACTION_COMPLETED'
  | 'CORRECTIVE_ACTION_CREATED'
  | 'CORRECTIVE_ACTION_PROGRESS_REPORTED'
  | 'CORRECTIVE_ACTION_VERIFICATION_FAILED'
  | 'CORRECTIVE_ACTION_VERIFIED'
  | 'EVALUATION_FINALIZED'
  | 'EVALUATION_OPENED'
  | 'EVALUATOR_ACCREDITATION_CHANGED'
  | 'EVALUATOR_ACCREDITATION_WITHDRAWN'
  | 'EVALUATOR_ACCREDITED'
  | 'FUND_CONTRIBUTION_RECORDED'
  | 'INVENTORY_COMMITTED'
  | 'INVENTORY_ITEM_CREATED'
  | 'INVENTORY_ITEM_UPDATED'
  | 'INVENTORY_RELEASED'
  | 'INVENTORY_RETURNED'
  | 'NOTIFICATION_SETTINGS_CHANGED'
  | 'OBLIGATION_CREATED'
  | 'OBLIGATION_FULFILLED'
  | 'OBLIGATION_WAIVED'
  | 'PAYMENT_RECORDED'
  | 'RESERVE_REQUIREMENT_SET'
  | 'RESOURCE_TYPE_ADDED'
  | 'RESOURCE_TYPE_CHANGED'
  | 'RISK_EVENT_CONFIRMED'
  | 'RISK_EVENT_ESCALATED'
  | 'RISK_EVENT_REPORTED'
  | 'RISK_EVENT_STATUS_CHANGED'
  | 'RISK_EVENT_UPDATED'
  | 'RUBRIC_CHANGED'
  | 'RUBRIC_DEFINED'
  | 'SITUATION_REPORT_SUBMITTED'
  | 'TRUST_SETTINGS_CHANGED'
  | 'WEBHOOK_SECRET_ROTATED'
  | 'WEBHOOK_SUBSCRIPTION_CREATED'
  | 'WEBHOOK_SUBSCRIPTION_DELETED'
  | 'WEBHOOK_SUBSCRIPTION_PAUSED'
  | 'WEBHOOK_SUBSCRIPTION_RESUMED';

export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, e.g. CITY_BASELINE_UPDATED or CLUSTER_MODE_CHANGED. */
  action: AuditAction;
  actorId: Scalars['ID']['output'];
  actorName: Scalars['String']['output'];
  actorRole: Role;
  at: Scalars['DateTime']['output'];
  /**
   * What changed: an object of field: [before, after] (a field set once, such as a reason, may hold its value alone),
   * e.g. `{ "shelterCapacity": [830000, 850000] }`.
   */
  changes?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  targetId: Scalars['ID']['output'];
  targetType: Scalars['String']['output'];
  versionAfter?: Maybe<Scalars['Int']['output']>;
  versionBefore?: Maybe<Scalars['Int']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

export type AuditLogFilter = {
  action?: InputMaybe<AuditAction>;
  /** Only events at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Balance = {
  __typename?: 'Balance';
  city?: Maybe<City>;
  net: Money;
  /** A city id, or FUND. */
  partyId: Scalars['ID']['output'];
};

export type CapabilityTier = {
  __typename?: 'CapabilityTier';
  /** The minimum capability in words, e.g. 'Diesel pump, 1,000 m³/h at 10 m head'. */
  capability: Scalars['String']['output'];
  /** What `minimum` measures, e.g. m³/h, kW, persons. */
  measure: Scalars['String']['output'];
  /** The same minimum as a number in `measure`. */
  minimum: Scalars['Float']['output'];
  tier: ResourceTier;
};

export type CapabilityTierInput = {
  capability: Scalars['String']['input'];
  measure: Scalars['String']['input'];
  minimum: Scalars['Float']['input'];
  tier: ResourceTier;
};

export type Casualties = {
  __typename?: 'Casualties';
  dead: Scalars['Int']['output'];
  injured: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
};

export type CasualtiesInput = {
  dead: Scalars['Int']['input'];
  injured: Scalars['Int']['input'];
  missing: Scalars['Int']['input'];
};

export type City = {
  __typename?: 'City';
  baseline: CityBaseline;
  cluster: Cluster;
  id: Scalars['ID']['output'];
  /** The name in the local script, e.g. 廊坊市; null where none was given. */
  localName?: Maybe<Scalars['String']['output']>;
  location: GeoPoint;
  name: Scalars['String']['output'];
  province: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CityAvailability = {
  __typename?: 'CityAvailability';
  /** Uncommitted shareable quantity across the city's READY items of the type and tier. */
  available: Scalars['Int']['output'];
  city: City;
  /** Great-circle distance from the nearest such item to the destination, in km. */
  distanceKm: Scalars['Float']['output'];
  /** Those of the items you may read (see `inventoryItem`): all of them for coordinators, evaluators and superiors. */
  items: Array<InventoryItem>;
  /** What the city can offer, per item: tier, quantity and distance, without the item's storage or version. */
  stock: Array<OfferableStock>;
};

/** Facts every member shares on the cluster's information platform. */
export type CityBaseline = {
  __typename?: 'CityBaseline';
  /** When the city last confirmed these figures. */
  asOf: Scalars['DateTime']['output'];
  emergencyPersonnel: Scalars['Int']['output'];
  emergencyTeams: Scalars['Int']['output'];
  population: Scalars['Int']['output'];
  /** People the city's designated shelters can take in. */
  shelterCapacity: Scalars['Int']['output'];
  /** Residents needing assistance in an evacuation: elderly, disabled, hospitalised, children in care. */
  vulnerablePopulation: Scalars['Int']['output'];
};

export type CityConnection = {
  __typename?: 'CityConnection';
  nodes: Array<City>;
  pageInfo: PageInfo;
};

export type CityContribution = {
  __typename?: 'CityContribution';
  available: Scalars['Int']['output'];
  city: City;
  /** This city's part of the cluster's available quantity (0 to 1). */
  share: Scalars['Float']['output'];
};

export type CityObligationSummary = {
  __typename?: 'CityObligationSummary';
  /** Null for the coordination office's own obligations. */
  city?: Maybe<City>;
  fulfilledLate: Scalars['Int']['output'];
  fulfilledOnTime: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  waived: Scalars['Int']['output'];
};

export type CitySharingRule = {
  __typename?: 'CitySharingRule';
  kind: SharingRuleKind;
  shares: Array<FixedShare>;
};

export type CitySharingRuleInput = {
  kind: SharingRuleKind;
  shares?: InputMaybe<Array<FixedShareInput>>;
};

/** One city's latest report in an event's picture. */
export type CitySituation = {
  __typename?: 'CitySituation';
  /** Whole minutes since the instant the latest report speaks for. */
  ageMinutes: Scalars['Int']['output'];
  city: City;
  latest: SituationReport;
  /** False for a city that reported and was later taken off the event's affected cities; its figures still count. */
  party: Scalars['Boolean']['output'];
  /** True when the latest report is older than the picture's `staleAfter`. */
  stale: Scalars['Boolean']['output'];
};

export type Claim = {
  __typename?: 'Claim';
  agreement: Agreement;
  agreementVersion: Scalars['Int']['output'];
  /** The mutual-aid dispatch the costs come from, if any. */
  aidOfferId?: Maybe<Scalars['ID']['output']>;
  /** A claimant may appeal a decision once. */
  appeal?: Maybe<ClaimAppeal>;
  approved?: Maybe<Money>;
  claimant: City;
  claimed: Money;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  event: RiskEvent;
  id: Scalars['ID']['output'];
  items: Array<ClaimItem>;
  /** What the approval (and a revised appeal) wrote to the ledger: who owes the claimant what. */
  ledgerEntries: Array<LedgerEntry>;
  /** What each payer still owes on the claim (nothing once it is SETTLED). */
  owedByPayer: Array<PayerOwed>;
  /** The payments recorded towards the claim, in the order recorded. */
  payments: Array<Payment>;
  status: ClaimStatus;
  submittedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ClaimActionInput = {
  claimId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};

export type ClaimAppeal = {
  __typename?: 'ClaimAppeal';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  filedAt: Scalars['DateTime']['output'];
  /** UPHELD (the decision stands) or REVISED (new amounts; the ledger is adjusted by the difference). */
  outcome?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  statement: Scalars['String']['output'];
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  nodes: Array<Claim>;
  pageInfo: PageInfo;
};

export type ClaimDecision =
  | 'APPROVE'
  | 'REJECT';

export type ClaimItem = {
  __typename?: 'ClaimItem';
  amount: Money;
  approved?: Maybe<Money>;
  description: Scalars['String']['output'];
  evidence: Array<Scalars['String']['output']>;
  kind: CompensationCostKind;
  number: Scalars['Int']['output'];
  reductionReason?: Maybe<Scalars['String']['output']>;
};

export type ClaimItemInput = {
  amount: MoneyInput;
  description: Scalars['String']['input'];
  /** References to invoices, timesheets, photos (at least one). */
  evidence: Array<Scalars['String']['input']>;
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

export type Cluster = {
  __typename?: 'Cluster';
  /** Member cities, ordered by name. */
  cities: CityConnection;
  /** The ISO 4217 currency the cluster records money in (dispatch costs among it); CNY unless set. */
  currency: Scalars['String']['output'];
  /** One specialised coordination desk per risk category. */
  desks: Array<CoordinationDesk>;
  formationMode: FormationMode;
  id: Scalars['ID']['output'];
  /** The name in the local script, e.g. 京津冀; null where none was given. */
  localName?: Maybe<Scalars['String']['output']>;
  /** Current governance mode. */
  mode: ClusterMode;
  /** Every switch between normal and emergency mode, newest first. */
  modeHistory: ModeChangeConnection;
  /** When the cluster last switched mode (or was founded). */
  modeSince: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  /** When this cluster's obligees are reminded of a deadline. */
  notificationSettings: NotificationSettings;
  /** How records, trust and evaluations are weighed in this cluster. */
  trustSettings: TrustSettings;
  version: Scalars['Int']['output'];
};


export type ClusterCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClusterModeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ClusterConnection = {
  __typename?: 'ClusterConnection';
  nodes: Array<Cluster>;
  pageInfo: PageInfo;
};

export type ClusterMode =
  /** Joint command and mutual aid. */
  | 'EMERGENCY'
  /** Drills, monitoring, inventories, prevention. */
  | 'NORMAL';

export type ClusterTrust = {
  __typename?: 'ClusterTrust';
  asOf: Scalars['DateTime']['output'];
  coordinationOffice: TrustStanding;
  /**
   * Ranked members first, highest `lowerBound` first (at an equal bound, more evidence first, then by name); then the
   * members with too little evidence to rank, by name.
   */
  members: Array<RankedTrust>;
  /** How many of its records must count for a member to be ranked (the cluster's trust setting). */
  minimumEvidenceToRank: Scalars['Int']['output'];
  trustHalfLifeDays: Scalars['Int']['output'];
};

export type CompensationCostKind =
  | 'CONSUMABLES'
  | 'EQUIPMENT_WEAR'
  | 'LOSSES_IN_AFFECTED_TERRITORY'
  | 'PERSONNEL_HOURS'
  | 'TRANSPORT';

/**
 * How approved claims are paid. The claimant never pays itself: it is left out and the approved amount is split among
 * the others, with largest-remainder rounding so the parts add up to the fen.
 */
export type CompensationTerms = {
  __typename?: 'CompensationTerms';
  capPerClaim?: Maybe<Money>;
  /** Over all claims approved for one event under this agreement. */
  capPerEvent?: Maybe<Money>;
  coveredKinds: Array<CoveredCostKind>;
  currency: Scalars['String']['output'];
  /** How long after the event closes claims may be filed, e.g. P90D. */
  filingWindow: Scalars['Duration']['output'];
  /** Non-monetary compensation with a stated value: special funds, training, platform building. */
  inKind: Array<InKindEntry>;
  sharingRule: SharingRule;
};

export type CompensationTermsInput = {
  capPerClaim?: InputMaybe<MoneyInput>;
  capPerEvent?: InputMaybe<MoneyInput>;
  coveredKinds: Array<CoveredCostKindInput>;
  /** ISO 4217; CNY when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  filingWindow: Scalars['Duration']['input'];
  inKind?: InputMaybe<Array<InKindEntryInput>>;
  sharingRule: SharingRuleInput;
};

export type CompleteCorrectiveActionInput = {
  correctiveActionId: Scalars['ID']['input'];
  evidence: EvidenceInput;
  expectedVersion: Scalars['Int']['input'];
};

export type ComplianceFilter = {
  /** Only records about the coordination office. */
  aboutCoordinationOffice?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only records about this city (a city officer always reads its own). */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ComplianceRecordStatus>;
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

export type ComplianceRecord = {
  __typename?: 'ComplianceRecord';
  aboutCoordinationOffice: Scalars['Boolean']['output'];
  agreement?: Maybe<Agreement>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** True for records written by CityPact itself (obligations, the fund, evaluations). */
  automatic: Scalars['Boolean']['output'];
  /** The city the record is about; null when it is about the coordination office. */
  city?: Maybe<City>;
  claim?: Maybe<Claim>;
  consequence?: Maybe<Consequence>;
  /** The corrective action a CORRECTIVE_ACTION_OVERDUE record is about; null for those who may not read it. */
  correctiveAction?: Maybe<CorrectiveAction>;
  /** False once overturned or withdrawn: the record stays on file but no longer moves the trust standing. */
  counts: Scalars['Boolean']['output'];
  dispute?: Maybe<Dispute>;
  /** Until when the subject may dispute it. */
  disputeWindowEndsAt: Scalars['DateTime']['output'];
  evaluation?: Maybe<Evaluation>;
  event?: Maybe<RiskEvent>;
  evidence?: Maybe<Evidence>;
  id: Scalars['ID']['output'];
  kind: ComplianceKind;
  /** The kind in plain words. */
  kindLabel: Scalars['String']['output'];
  /** What happened, in the recorder's words (or the system's, for automatic records). */
  note: Scalars['String']['output'];
  /**
   * What the record concerns. An obligation, claim or evaluation is shown to those who may read it through its own
   * query (`obligations`, `claim`, `evaluation`), and is null for anyone else.
   */
  obligation?: Maybe<Obligation>;
  recordedByName: Scalars['String']['output'];
  recordedByRole: Role;
  severity: Severity;
  status: ComplianceRecordStatus;
  supervision: Supervision;
  version: Scalars['Int']['output'];
  /** Set when what it recorded was withdrawn: the coordination office waived the obligation it recorded as late. */
  withdrawal?: Maybe<Withdrawal>;
};

export type ComplianceRecordConnection = {
  __typename?: 'ComplianceRecordConnection';
  nodes: Array<ComplianceRecord>;
  pageInfo: PageInfo;
};

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
  confirmedAt?: InputMaybe<Scalars['DateTime']['input']>;
  eventId: Scalars['ID']['input'];
};

export type Consequence = {
  __typename?: 'Consequence';
  /** For a surcharge or a bonus. */
  amount?: Maybe<Money>;
  /** True while it applies: not reversed by an overturned dispute (and, for a suspension, not yet expired). */
  inEffect: Scalars['Boolean']['output'];
  kind: ConsequenceKind;
  /** For a suspension: the fund pays the subject nothing before this time. */
  until?: Maybe<Scalars['DateTime']['output']>;
};

export type ConsequenceInput = {
  /** For FUND_SURCHARGE and FUND_BONUS. */
  amount?: InputMaybe<MoneyInput>;
  kind: ConsequenceKind;
  /** For FUND_DRAW_SUSPENSION. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ConsequenceKind =
  /** Reward: a commendation on record. */
  | 'COMMENDATION'
  /** Sanction: a formal warning on record. */
  | 'FORMAL_WARNING'
  /** Reward: an amount the regional fund owes the subject, written to the ledger. */
  | 'FUND_BONUS'
  /** Sanction: the fund pays the subject nothing until the given time. */
  | 'FUND_DRAW_SUSPENSION'
  /** Sanction: an amount the subject owes the regional fund, written to the ledger. */
  | 'FUND_SURCHARGE';

export type CoordinationDesk = {
  __typename?: 'CoordinationDesk';
  category: RiskCategory;
  /** Duty phone of the desk's watch. */
  dutyPhone?: Maybe<Scalars['String']['output']>;
  /** The member city whose bureau hosts the desk. */
  hostCity?: Maybe<City>;
  name: Scalars['String']['output'];
};

export type CorrectDispatchCostsInput = {
  /** Every cost item of the dispatch as it should stand (replacing those recorded). */
  costItems: Array<CostItemInput>;
  expectedVersion: Scalars['Int']['input'];
  offerId: Scalars['ID']['input'];
};

export type CorrectiveAction = {
  __typename?: 'CorrectiveAction';
  aboutCoordinationOffice: Scalars['Boolean']['output'];
  action: Scalars['String']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdByName: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  /** The finalized evaluation it answers; null for those who may not read it (see `evaluation`). */
  evaluation?: Maybe<Evaluation>;
  /** What the owner sent when it reported the action done. */
  evidence?: Maybe<Evidence>;
  /** Every step (creation, progress, completion, verification), newest first. */
  history: CorrectiveActionStepConnection;
  id: Scalars['ID']['output'];
  /** The last verification that failed, with its reason. */
  lastRejection?: Maybe<CorrectiveActionRejection>;
  /** OPEN or IN_PROGRESS after its due time, decided when you read it. */
  overdue: Scalars['Boolean']['output'];
  /** The CORRECTIVE_ACTION_OVERDUE compliance record, once written; null for those who may not read it. */
  overdueRecord?: Maybe<ComplianceRecord>;
  /** The owner city; null when the coordination office owns it. */
  ownerCity?: Maybe<City>;
  /** The last percentage reported. */
  percent?: Maybe<Scalars['Int']['output']>;
  /** The recommendation it answers. */
  recommendation?: Maybe<Scalars['String']['output']>;
  status: CorrectiveActionStatus;
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  verifiedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


export type CorrectiveActionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CorrectiveActionConnection = {
  __typename?: 'CorrectiveActionConnection';
  nodes: Array<CorrectiveAction>;
  pageInfo: PageInfo;
};

export type CorrectiveActionFilter = {
  /** Only the coordination office's own actions. */
  aboutCoordinationOffice?: InputMaybe<Scalars['Boolean']['input']>;
  evaluationId?: InputMaybe<Scalars['ID']['input']>;
  /** True: only overdue actions; false: only those not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this city's actions (a city officer reads its own). */
  ownerCityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CorrectiveActionStatus>;
};

export type CorrectiveActionRejection = {
  __typename?: 'CorrectiveActionRejection';
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
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

export type CorrectiveActionStep = {
  __typename?: 'CorrectiveActionStep';
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  byRole: Role;
  evidence?: Maybe<Evidence>;
  kind: CorrectiveActionStepKind;
  /** A progress note, or the verifier's reason. */
  note?: Maybe<Scalars['String']['output']>;
  percent?: Maybe<Scalars['Int']['output']>;
  /** The status the step left. */
  status: CorrectiveActionStatus;
  /** The action's version after the step. */
  version: Scalars['Int']['output'];
};

export type CorrectiveActionStepConnection = {
  __typename?: 'CorrectiveActionStepConnection';
  nodes: Array<CorrectiveActionStep>;
  pageInfo: PageInfo;
};

export type CorrectiveActionStepKind =
  | 'COMPLETED'
  | 'CREATED'
  | 'PROGRESS'
  | 'VERIFICATION_FAILED'
  | 'VERIFIED';

export type CostItem = {
  __typename?: 'CostItem';
  amount: Money;
  description: Scalars['String']['output'];
  kind: CostKind;
};

export type CostItemInput = {
  amount: MoneyInput;
  description: Scalars['String']['input'];
  kind: CostKind;
};

export type CostKind =
  | 'CONSUMABLES'
  | 'EQUIPMENT_WEAR'
  | 'OTHER'
  | 'PERSONNEL_HOURS'
  | 'TRANSPORT';

export type CoveredCostKind = {
  __typename?: 'CoveredCostKind';
  capPerClaim?: Maybe<Money>;
  kind: CompensationCostKind;
};

export type CoveredCostKindInput = {
  capPerClaim?: InputMaybe<MoneyInput>;
  kind: CompensationCostKind;
};

export type CreateCorrectiveActionInput = {
  aboutCoordinationOffice?: InputMaybe<Scalars['Boolean']['input']>;
  /** What is to be done (at most 2,000 characters). */
  action: Scalars['String']['input'];
  /** In the future, at most five years ahead. */
  dueAt: Scalars['DateTime']['input'];
  /** A FINALIZED evaluation. */
  evaluationId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  /** A member city of the evaluation's cluster; or set aboutCoordinationOffice instead. */
  ownerCityId?: InputMaybe<Scalars['ID']['input']>;
  /** The evaluation's recommendation it answers (at most 10,000 characters). */
  recommendation?: InputMaybe<Scalars['String']['input']>;
};

export type CreateInventoryItemInput = {
  cityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to now. */
  lastVerifiedAt?: InputMaybe<Scalars['DateTime']['input']>;
  onHand: Scalars['Int']['input'];
  readiness: Readiness;
  resourceTypeId: Scalars['ID']['input'];
  shareable: Scalars['Int']['input'];
  storage: StorageLocationInput;
  tier: ResourceTier;
};

export type CreateWebhookSubscriptionInput = {
  /** Your city, for a city officer's subscription; leave out for the coordination office's. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  clusterId: Scalars['ID']['input'];
  events: Array<NotificationType>;
  url: Scalars['String']['input'];
};

/** A subscription with its signing secret: answered only when it is created or its secret rotated. */
export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /** Sign-check key for `X-CityPact-Signature`. Keep it: CityPact never shows it again. */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscription;
};

export type Criterion = {
  __typename?: 'Criterion';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Decimal string; the criteria of a rubric add up to exactly 1. */
  weight: Scalars['String']['output'];
};

export type CriterionInput = {
  description: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  weight: Scalars['String']['input'];
};

export type CriterionResult = {
  __typename?: 'CriterionResult';
  combined: Scalars['Float']['output'];
  criterionId: Scalars['ID']['output'];
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  selfMean?: Maybe<Scalars['Float']['output']>;
  spread: Scalars['Float']['output'];
  standardDeviation: Scalars['Float']['output'];
  thirdPartyMean?: Maybe<Scalars['Float']['output']>;
};

export type CriterionScore = {
  __typename?: 'CriterionScore';
  criterionId: Scalars['ID']['output'];
  score: Scalars['Int']['output'];
};

export type CriterionScoreInput = {
  criterionId: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
};

export type DecideAppealInput = {
  claimId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** For REVISED: every item's approved amount (zero rejects an item). */
  items?: InputMaybe<Array<ItemDecisionInput>>;
  outcome: AppealOutcome;
  reason: Scalars['String']['input'];
};

export type DecideClaimInput = {
  claimId: Scalars['ID']['input'];
  decision: ClaimDecision;
  expectedVersion: Scalars['Int']['input'];
  /** For APPROVE: every item's approved amount. */
  items?: InputMaybe<Array<ItemDecisionInput>>;
  /** Required for REJECT; optional note for APPROVE. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Decline = {
  __typename?: 'Decline';
  at: Scalars['DateTime']['output'];
  city: City;
  reason: Scalars['String']['output'];
};

export type DeclineAgreementInput = {
  agreementId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  versionNumber: Scalars['Int']['input'];
};

export type DefineResourceTypeInput = {
  categories: Array<RiskCategory>;
  clusterId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  /** Omit to add a new type; pass the version you last read to change an existing one. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Lower-case letters, digits and dashes, e.g. mobile-pump-unit. */
  id: Scalars['ID']['input'];
  /** The name in the local script, e.g. 移动排涝泵车 (at most 120 characters, trimmed); omit to keep the current one. */
  localName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  tiers: Array<CapabilityTierInput>;
  unit: Scalars['String']['input'];
};

export type DefineRubricInput = {
  clusterId: Scalars['ID']['input'];
  criteria: Array<CriterionInput>;
  /** To change an existing rubric: the version you last read. Open evaluations keep the rubric they started with. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Stable id, e.g. flood-response (lowercase letters, digits and dashes). */
  rubricId: Scalars['ID']['input'];
  scaleMax: Scalars['Int']['input'];
  scaleMin: Scalars['Int']['input'];
  targetKind: EvaluationTargetKind;
};

export type DispatchAidInput = {
  costItems?: InputMaybe<Array<CostItemInput>>;
  eta: Scalars['DateTime']['input'];
  offerId: Scalars['ID']['input'];
};

export type Dispute = {
  __typename?: 'Dispute';
  evidence?: Maybe<Evidence>;
  filedAt: Scalars['DateTime']['output'];
  filedByName: Scalars['String']['output'];
  reasons?: Maybe<Scalars['String']['output']>;
  /** Null while the dispute is open. */
  resolution?: Maybe<DisputeResolution>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedByName?: Maybe<Scalars['String']['output']>;
  statement: Scalars['String']['output'];
};

export type DisputeComplianceRecordInput = {
  evidence?: InputMaybe<EvidenceInput>;
  expectedVersion: Scalars['Int']['input'];
  recordId: Scalars['ID']['input'];
  statement: Scalars['String']['input'];
};

export type DisputeResolution =
  | 'OVERTURNED'
  | 'UPHELD';

export type DraftAgreementInput = {
  categories: Array<RiskCategory>;
  clusterId: Scalars['ID']['input'];
  /** Compensation terms; part of what the parties ratify. */
  compensation?: InputMaybe<CompensationTermsInput>;
  duties: Array<DutyInput>;
  effectiveFrom: Scalars['DateTime']['input'];
  effectiveUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** Optional: a retry with the same key returns the agreement created first. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  minimumLevel?: InputMaybe<EmergencyLevel>;
  partyCityIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type Duty = {
  __typename?: 'Duty';
  /** What to do, in plain words. */
  action: Scalars['String']['output'];
  /** For FUND_CONTRIBUTION: what each obligee pays per occurrence. */
  amount?: Maybe<Money>;
  /** Categories it applies to; empty means every category the agreement covers. */
  categories: Array<RiskCategory>;
  /** For NAMED_CITY duties. */
  city?: Maybe<City>;
  /** Deadline after the trigger, e.g. PT2H. */
  deadline: Scalars['Duration']['output'];
  /** It applies from this level up (e.g. III: levels III, II and I). Null: every level. */
  fromLevel?: Maybe<EmergencyLevel>;
  id: Scalars['ID']['output'];
  kind: DutyKind;
  party: DutyParty;
  quantity?: Maybe<Scalars['Int']['output']>;
  /**
   * For normal-mode duties that recur (e.g. P1Y for a yearly joint drill). Events do not trigger them; instead each
   * period, from the agreement's effective date, owes one obligation of every party (or of the named city or office),
   * due `deadline` after the period starts.
   */
  recurrence?: Maybe<Scalars['Duration']['output']>;
  resourceType?: Maybe<Scalars['String']['output']>;
  role: DutyRole;
};

export type DutyInput = {
  action: Scalars['String']['input'];
  /** Required for FUND_CONTRIBUTION duties. */
  amount?: InputMaybe<MoneyInput>;
  categories?: InputMaybe<Array<RiskCategory>>;
  cityId?: InputMaybe<Scalars['ID']['input']>;
  deadline: Scalars['Duration']['input'];
  fromLevel?: InputMaybe<EmergencyLevel>;
  /** Stable within the agreement; generated when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: DutyKind;
  party: DutyParty;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  recurrence?: InputMaybe<Scalars['Duration']['input']>;
  resourceType?: InputMaybe<Scalars['String']['input']>;
  role: DutyRole;
};

export type DutyKind =
  | 'FUND_CONTRIBUTION'
  | 'JOINT_RESPONSE'
  | 'JOIN_DRILL'
  | 'PROVIDE_RESOURCES'
  | 'REPORT'
  | 'SHARE_INFORMATION'
  | 'WARN_DOWNSTREAM';

export type DutyParty =
  /** Every city the event affects (resolved when confirmed, and when a city is added later). */
  | 'AFFECTED'
  /** The cluster's coordination office. */
  | 'COORDINATION_OFFICE'
  /** One named party city. */
  | 'NAMED_CITY'
  /** The city where the event originates (resolved when an event is confirmed). */
  | 'ORIGIN';

export type DutyRole =
  | 'ASSIST'
  | 'LEAD';

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
  eventId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Escalation = {
  __typename?: 'Escalation';
  at: Scalars['DateTime']['output'];
  /** True when the level (I or II) required it; false when the coordinator chose to. */
  automatic: Scalars['Boolean']['output'];
  byName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type Evaluation = {
  __typename?: 'Evaluation';
  agreement?: Maybe<Agreement>;
  /**
   * Submitted assessments. Coordinators and superiors see them as they come in; evaluators and cities once the
   * evaluation is finalized.
   */
  assessments: Array<Assessment>;
  /** The city evaluated (CITY). */
  city?: Maybe<City>;
  /** The compliance record the finalized result created, if it crossed a threshold. */
  complianceRecord?: Maybe<ComplianceRecord>;
  /** The event evaluated (EVENT_RESPONSE), or the event a participant is evaluated in, if named. */
  event?: Maybe<RiskEvent>;
  finalizedAt?: Maybe<Scalars['DateTime']['output']>;
  finalizedByName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Your own assessment (draft or submitted), if you are on the panel. */
  myAssessment?: Maybe<Assessment>;
  /** The drill obligation (DRILL); null when you may not read it (see `obligations`). */
  obligation?: Maybe<Obligation>;
  openedAt: Scalars['DateTime']['output'];
  /** The panel's accreditations: the coordination office and the superior level (as `evaluatorAccreditations`); others get FORBIDDEN. */
  panel?: Maybe<Array<EvaluatorAccreditation>>;
  /**
   * The combined result: provisional while OPEN (coordinators and superiors only), fixed once FINALIZED. Null while
   * nothing has been submitted.
   */
  result?: Maybe<EvaluationResult>;
  /** The rubric as it was when the evaluation opened. */
  rubric: Rubric;
  status: EvaluationStatus;
  targetKind: EvaluationTargetKind;
  targetType: EvaluationTargetType;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  nodes: Array<Evaluation>;
  pageInfo: PageInfo;
};

export type EvaluationOutcome =
  | 'NONE'
  | 'PENALTY'
  | 'REWARD';

export type EvaluationResult = {
  __typename?: 'EvaluationResult';
  criteria: Array<CriterionResult>;
  /** Submitted assessments left out: their authors were found to have a conflict of interest after submitting. */
  excluded: Array<ExcludedAssessment>;
  /** 0 to 1: (overall − scale minimum) / (scale maximum − scale minimum). */
  normalized: Scalars['Float']['output'];
  /** REWARD, PENALTY or NONE against the cluster's thresholds (participants only; NONE for activities). */
  outcome: EvaluationOutcome;
  /** On the rubric's scale. */
  overall: Scalars['Float']['output'];
  selfCount: Scalars['Int']['output'];
  selfOverall?: Maybe<Scalars['Float']['output']>;
  selfWeight: Scalars['Float']['output'];
  spreadMax: Scalars['Float']['output'];
  /** Spread of the evaluators' overall scores. */
  spreadMin: Scalars['Float']['output'];
  spreadRange: Scalars['Float']['output'];
  spreadStandardDeviation: Scalars['Float']['output'];
  thirdPartyCount: Scalars['Int']['output'];
  thirdPartyOverall?: Maybe<Scalars['Float']['output']>;
  /** Weights actually applied (a group with no assessment weighs 0 and the other 1). */
  thirdPartyWeight: Scalars['Float']['output'];
};

export type EvaluationStatus =
  | 'FINALIZED'
  | 'OPEN';

export type EvaluationTargetKind =
  | 'ACTIVITY'
  | 'PARTICIPANT';

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

export type EvaluatorAccreditation = {
  __typename?: 'EvaluatorAccreditation';
  active: Scalars['Boolean']['output'];
  /** The city the evaluator is affiliated with, if any: a third-party evaluator never evaluates it; a self-assessor assesses it. */
  affiliatedCity?: Maybe<City>;
  affiliatedWithCoordinationOffice: Scalars['Boolean']['output'];
  evaluatorId: Scalars['ID']['output'];
  grantedAt: Scalars['DateTime']['output'];
  kind: AssessmentKind;
  name: Scalars['String']['output'];
  organisation: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/**
 * What closing an event did to its open obligations. Response duties (warning, resources, joint response, information
 * sharing, drills) not yet due lapse: they are waived with the reason. Reports and fund contributions stay owed with their
 * deadlines (the after-action report, the money), and so does anything already overdue when the event closed.
 */
export type EventClosure = {
  __typename?: 'EventClosure';
  /** Obligations still owed with their deadlines. */
  stillOwedObligations: Scalars['Int']['output'];
  /** The same in words, for the office. */
  summary: Scalars['String']['output'];
  /** Response obligations not yet due, waived as lapsed. */
  waivedObligations: Scalars['Int']['output'];
};

export type EventLocation = {
  __typename?: 'EventLocation';
  /** Plain description, e.g. 'Taipu River at the Jiangsu–Zhejiang–Shanghai border'. */
  description: Scalars['String']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
};

export type EventLocationInput = {
  description: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
};

export type EventPicture = {
  __typename?: 'EventPicture';
  /** The instant the picture was taken (ages are counted to it). */
  at: Scalars['DateTime']['output'];
  /** Every city that reported, with its latest report, the oldest report first. */
  cities: Array<CitySituation>;
  event: RiskEvent;
  /** The event's origin and affected cities that have not reported at all. */
  notReported: Array<City>;
  staleAfter: Scalars['Duration']['output'];
  totals: SituationTotals;
};

export type Evidence = {
  __typename?: 'Evidence';
  links: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type EvidenceInput = {
  links?: InputMaybe<Array<Scalars['String']['input']>>;
  text: Scalars['String']['input'];
};

export type ExcludedAssessment = {
  __typename?: 'ExcludedAssessment';
  evaluatorId: Scalars['ID']['output'];
  evaluatorName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type FileClaimInput = {
  agreementId: Scalars['ID']['input'];
  aidOfferId?: InputMaybe<Scalars['ID']['input']>;
  claimantCityId: Scalars['ID']['input'];
  eventId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  items: Array<ClaimItemInput>;
};

export type FinalizeEvaluationInput = {
  evaluationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};

export type FixedShare = {
  __typename?: 'FixedShare';
  basisPoints: Scalars['Int']['output'];
  city: City;
};

export type FixedShareInput = {
  basisPoints: Scalars['Int']['input'];
  cityId: Scalars['ID']['input'];
};

export type FormationMode =
  /** Neighbouring cities organised the cluster themselves. */
  | 'PARALLEL_VOLUNTARY'
  /** A common superior government initiated the cluster and holds command. */
  | 'SUPERIOR_LED';

export type FulfilObligationInput = {
  evidence: EvidenceInput;
  expectedVersion: Scalars['Int']['input'];
  /** When it was done; defaults to now. Cannot be in the future or before the trigger. */
  fulfilledAt?: InputMaybe<Scalars['DateTime']['input']>;
  obligationId: Scalars['ID']['input'];
};

export type Fund = {
  __typename?: 'Fund';
  /** What the fund holds now: contributions and payments in, less payments out. */
  balance: Money;
  /** The contributions received, newest first. */
  contributions: Array<FundContribution>;
  /** Payments made by the fund (claim shares, bonuses). */
  disbursed: Money;
  /** What is owed to the fund, net: surcharges not yet paid, less what it owes. */
  dueToFund: Money;
  /** Contributions received from member cities. */
  fromMembers: Money;
  /** Contributions received from third parties (insurers, the superior level). */
  fromThirdParties: Money;
  /** What the fund owes, net: claim shares and bonuses not yet paid, less surcharges owed to it. */
  owed: Money;
  /** Payments into the fund recorded on the ledger (surcharges paid). */
  received: Money;
};


export type FundContributionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FundContribution = {
  __typename?: 'FundContribution';
  amount: Money;
  /** The contributing member city; null for a third party. */
  city?: Maybe<City>;
  id: Scalars['ID']['output'];
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  thirdParty?: Maybe<Scalars['String']['output']>;
};

export type FundContributionInput = {
  amount: MoneyInput;
  /** A member city, or omit and name a third party. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  clusterId: Scalars['ID']['input'];
  receivedAt: Scalars['DateTime']['input'];
  /** The treasury reference; unique in the cluster, so a contribution is never counted twice. */
  reference: Scalars['String']['input'];
  thirdParty?: InputMaybe<Scalars['String']['input']>;
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type InKindEntry = {
  __typename?: 'InKindEntry';
  description: Scalars['String']['output'];
  form: InKindForm;
  value: Money;
};

export type InKindEntryInput = {
  description: Scalars['String']['input'];
  form: InKindForm;
  value: MoneyInput;
};

export type InKindForm =
  | 'PLATFORM_BUILDING'
  | 'SPECIAL_FUND'
  | 'TRAINING';

export type InventoryItem = {
  __typename?: 'InventoryItem';
  /** Shareable and not yet committed. */
  available: Scalars['Int']['output'];
  city: City;
  /** Promised to other cities through mutual aid (never more than shareable). */
  committed: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** When the city last checked the stock physically. */
  lastVerifiedAt: Scalars['DateTime']['output'];
  /** In the catalogue's unit. */
  onHand: Scalars['Int']['output'];
  readiness: Readiness;
  resourceType: ResourceType;
  /** What the city puts at the cluster's disposal (never more than on hand). */
  shareable: Scalars['Int']['output'];
  storage: StorageLocation;
  tier: ResourceTier;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type InventoryItemConnection = {
  __typename?: 'InventoryItemConnection';
  nodes: Array<InventoryItem>;
  pageInfo: PageInfo;
};

export type ItemDecisionInput = {
  approved: MoneyInput;
  number: Scalars['Int']['input'];
  /** Required when less than claimed. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An append-only ledger line: `payer` owes `payee` the amount. A payment is recorded the other way round (the payee of
 * the payment now owes it back), so netting the lines gives every party's position.
 */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  amount: Money;
  at: Scalars['DateTime']['output'];
  claimId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: LedgerEntryKind;
  payeeId: Scalars['ID']['output'];
  /** A city id, or FUND for the regional compensation fund. */
  payerId: Scalars['ID']['output'];
  reference?: Maybe<Scalars['String']['output']>;
};

export type LedgerEntryKind =
  /** The difference a revised appeal made to an approved amount (a reduction is recorded the other way round). */
  | 'CLAIM_ADJUSTMENT'
  /** A payer's share of an approved claim. */
  | 'CLAIM_SHARE'
  /** A payment made between two parties. */
  | 'PAYMENT';

export type Lesson = {
  __typename?: 'Lesson';
  at: Scalars['DateTime']['output'];
  /** The evaluator (a recommendation), or the city or office that carried out the action. */
  byName: Scalars['String']['output'];
  categories: Array<RiskCategory>;
  /** For VERIFIED_ACTION: the action. */
  correctiveAction?: Maybe<CorrectiveAction>;
  /** The finalized evaluation it comes from. */
  evaluation: Evaluation;
  evaluationTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: LessonKind;
  text: Scalars['String']['output'];
};

export type LessonConnection = {
  __typename?: 'LessonConnection';
  nodes: Array<Lesson>;
  pageInfo: PageInfo;
};

export type LessonKind =
  /** An evaluator's recommendation in a finalized evaluation. */
  | 'RECOMMENDATION'
  /** A corrective action verified as done. */
  | 'VERIFIED_ACTION';

export type MarkNotificationsReadInput = {
  ids: Array<Scalars['ID']['input']>;
};

export type Me = {
  __typename?: 'Me';
  /** The city you act for (city officers). */
  city?: Maybe<City>;
  /** The cluster you act in (coordinators, city officers, evaluators). */
  cluster?: Maybe<Cluster>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The clusters you oversee (superiors). */
  overseenClusters: Array<Cluster>;
  role: Role;
};

export type ModeChange = {
  __typename?: 'ModeChange';
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  byRole: Role;
  from: ClusterMode;
  reason: Scalars['String']['output'];
  to: ClusterMode;
};

export type ModeChangeConnection = {
  __typename?: 'ModeChangeConnection';
  nodes: Array<ModeChange>;
  pageInfo: PageInfo;
};

/** An exact amount of money: integer minor units (fen for CNY) as a string, never a float. */
export type Money = {
  __typename?: 'Money';
  amountMinor: Scalars['String']['output'];
  /** ISO 4217 code, e.g. CNY. */
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  /** Integer minor units (fen for CNY), as a string of digits. */
  amountMinor: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The requesting city or the coordinator: accept an offer. Commits the offered stock in one DynamoDB transaction:
   * no item is ever committed beyond its shareable quantity, and no request filled beyond what it asked.
   */
  acceptAidOffer: AidOffer;
  /** Coordinator: accredit an evaluator to the cluster as THIRD_PARTY or SELF, or change an accreditation. */
  accreditEvaluator: EvaluatorAccreditation;
  /** Coordinator: start an amendment of an agreement in force: a new draft version; the current one stays in force until the amendment is ratified. */
  amendAgreement: Agreement;
  /** The claimant city: appeal a decision on its claim, once, with a statement. */
  appealClaim: Claim;
  /** Either city or the coordinator: cancel an accepted offer before dispatch; the commitment is released. */
  cancelAid: AidOffer;
  /**
   * The requesting city or the coordinator: withdraw a request while nothing has been dispatched for it. In one
   * transaction, accepted offers are cancelled (their committed stock released) and pending offers declined.
   */
  cancelAidRequest: AidRequest;
  /**
   * The requesting city or the coordinator: close a request that is satisfied or no longer needed. It takes no more
   * offers; pending offers are declined in the same transaction; accepted and dispatched offers go on to the end.
   */
  closeAidRequest: AidRequest;
  /**
   * The owner: report the action done, with evidence. Done after its due time, it is recorded as overdue
   * (CORRECTIVE_ACTION_OVERDUE) if the scheduled job has not already done so.
   */
  completeCorrectiveAction: CorrectiveAction;
  /** The requesting city: confirm the dispatched stock arrived. */
  confirmAidArrival: AidOffer;
  /**
   * Coordinator: confirm a reported event. Activates every active agreement of the cluster covering its category and
   * level: one obligation per matching duty and concrete city. Safe to repeat: confirming again re-checks activation and
   * never creates duplicates.
   */
  confirmRiskEvent: RiskEvent;
  /**
   * The offering city: correct the cost items recorded on a dispatch (all of them at once, in the cluster's currency),
   * at the version read. Refused (CONFLICT) once a compensation claim names the dispatch.
   */
  correctDispatchCosts: AidOffer;
  /**
   * The coordination office: set a corrective action for a member city (the superior level: for the coordination office
   * itself) from the findings of a FINALIZED evaluation, due in the future. Sending the same idempotency key and content
   * again returns the action created first.
   */
  createCorrectiveAction: CorrectiveAction;
  /**
   * City officer: record a new inventory item of your own city (one per resource type, tier and storage location).
   * Retrying with the same idempotency key returns the item created first.
   */
  createInventoryItem: InventoryItem;
  /**
   * Subscribe a URL to notifications: the coordination office for its whole cluster, a city officer for what is
   * addressed to its own city (`cityId`). Deployed, the URL must be https to a public address. The answer holds the
   * signing secret, shown this once.
   */
  createWebhookSubscription: CreatedWebhookSubscription;
  /** The coordinator or the superior: decide an appeal: uphold the decision, or revise the approved amounts. */
  decideAppeal: Claim;
  /**
   * Coordinator: approve (per item, possibly partly, with a reason for every reduction) or reject. Approval writes the
   * ledger entries of what each payer owes the claimant under the sharing rule, in the same transaction.
   */
  decideClaim: Claim;
  /** City officer of a party: decline the proposed version with a reason; it goes back to draft. */
  declineAgreement: Agreement;
  /** The requesting city or the coordinator: decline an offer. */
  declineAidOffer: AidOffer;
  /** Coordinator: add a resource type to the cluster's catalogue, or change one (pass the version you last read). */
  defineResourceType: ResourceType;
  /** Coordinator: add an evaluation rubric (criteria with weights adding up to exactly 1, and a score scale). */
  defineRubric: Rubric;
  /** Delete a subscription; nothing more is delivered to it. Answers the id deleted. */
  deleteWebhookSubscription: Scalars['ID']['output'];
  /**
   * The offering city: dispatch accepted stock, with its ETA and cost items (for compensation claims), in the cluster's
   * currency. Fulfils the offering city's matching PROVIDE_RESOURCES obligations for the request's event. Sent again with
   * the same ETA and costs once dispatched, it completes what an interrupted dispatch left undone and answers the offer.
   */
  dispatchAid: AidOffer;
  /** The subject of a record (the city's officers; the coordinator for the office) disputes it within the cluster's dispute window. */
  disputeComplianceRecord: ComplianceRecord;
  /** Coordinator: start a new agreement as a draft (version 1). Retrying with the same idempotency key returns the first result. */
  draftAgreement: Agreement;
  /** Coordinator: escalate an event to the superior level. */
  escalateRiskEvent: RiskEvent;
  /**
   * A party city officer: claim compensation for costs carried in an event under an agreement in force. Checked
   * against the agreement's terms (covered kinds, caps, filing window). Retrying with the same idempotency key returns
   * the claim filed first.
   */
  fileClaim: Claim;
  /**
   * Coordinator: finalize an evaluation. Its combined result is fixed for good; a participant result at or above the
   * reward threshold, or below the penalty threshold, creates a compliance record that feeds the trust standing.
   */
  finalizeEvaluation: Evaluation;
  /** The obligated city: fulfil an obligation with evidence. After its due time it counts as FULFILLED_LATE. */
  fulfilObligation: Obligation;
  /**
   * Mark some of your notifications read (at most 50 at a time) and get them back, `read: true`. All or nothing: an id
   * that is not one of your notifications is NOT_FOUND and nothing is marked. Marking one already read changes nothing.
   */
  markNotificationsRead: Array<Notification>;
  /** A partner city officer: offer stock from one of your items (up to its uncommitted shareable quantity). */
  offerAid: AidOffer;
  /** Coordinator: open an evaluation of an activity or a participant, against a rubric, with its panel of evaluators. */
  openEvaluation: Evaluation;
  /** Stop deliveries until resumed; deliveries still waiting are parked. */
  pauseWebhookSubscription: WebhookSubscription;
  /** Coordinator: put the draft to the parties for ratification. */
  proposeAgreement: Agreement;
  /** City officer: ratify the proposed version for your own city. The last ratification puts it in force. */
  ratifyAgreement: Agreement;
  /**
   * Record a breach or a fulfilment. The coordination office and the superior level (vertical supervision) record about
   * any member; the superior also about the coordination office; a city (horizontal supervision) records about a
   * partner it shares the named event or agreement with. Only vertical records may carry a sanction or a reward.
   */
  recordCompliance: ComplianceRecord;
  /**
   * Coordinator: record a contribution received by the regional fund, from a member city (fulfilling its open
   * FUND_CONTRIBUTION obligation, if any) or from a third party such as an insurer or the superior level.
   */
  recordFundContribution: FundContribution;
  /**
   * Coordinator: record a payment between two parties (or from the regional fund). The reference is unique in the
   * cluster, so the same payment can never be recorded (and settle anything) twice.
   */
  recordPayment: Payment;
  /** The owner (its city's officers; the coordination office for its own): report progress. OPEN becomes IN_PROGRESS. */
  reportCorrectiveActionProgress: CorrectiveAction;
  /** City officer (for its own territory) or coordinator: report a risk event. */
  reportRiskEvent: RiskEvent;
  /** A city officer (for its own city) or the coordinator (on a city's behalf): ask partners for resources. */
  requestAid: AidRequest;
  /**
   * Resolve a dispute: UPHELD keeps the record; OVERTURNED stops it counting and reverses its consequence (nothing is
   * deleted). The coordinator resolves disputes about cities; the superior those about the coordination office and
   * about records the superior made.
   */
  resolveComplianceDispute: ComplianceRecord;
  /** Coordinator: resume a suspended agreement. */
  resumeAgreement: Agreement;
  resumeWebhookSubscription: WebhookSubscription;
  /** The offering city: record the stock's return, consumed vs returned; on-hand and committed are adjusted. */
  returnAid: AidOffer;
  /** Coordinator: withdraw an accreditation. The evaluator's submitted assessments stay on record. */
  revokeAccreditation: EvaluatorAccreditation;
  /** Replace the signing secret; the new one is shown this once and signs every delivery from now on. */
  rotateWebhookSecret: CreatedWebhookSubscription;
  /** Evaluator on the panel: save a draft of your assessment (partial scores allowed). Only you see drafts. */
  saveAssessmentDraft: Assessment;
  /** Switch a cluster between normal and emergency mode. Coordinators (and, in superior-led clusters, the superior). */
  setClusterMode: Cluster;
  /** Coordinator: the cluster's notification settings (when obligees are reminded before a deadline). */
  setNotificationSettings: Cluster;
  /** Coordinator: set the reserve the cluster requires of a resource type (pass the version you last read to change it). */
  setReserveRequirement: ReserveRequirement;
  /**
   * Coordinator: move a confirmed event to RESPONDING, or close it. Closing waives the response obligations not yet due
   * (they lapse with the event) and leaves reports, fund contributions and overdue obligations owed; `closure` says how
   * many went each way.
   */
  setRiskEventStatus: RiskEvent;
  /** Coordinator: the cluster's trust and evaluation settings (dispute window, half-life, minimum evidence to rank, evaluation weights, thresholds). */
  setTrustSettings: Cluster;
  /** Coordinator: start reviewing a submitted claim. */
  startClaimReview: Claim;
  /**
   * Evaluator on the panel: submit your assessment (every criterion scored). Submitting the same assessment again
   * returns it unchanged; a submitted assessment cannot be changed.
   */
  submitAssessment: Assessment;
  /**
   * A city officer of the event's origin or of an affected city, for its own city; or the coordination office, naming
   * the city (`cityId`). Append-only and audited: a later report replaces the city's figures in the picture, earlier ones
   * stay on record. Taken while the event is REPORTED, CONFIRMED or RESPONDING and for 72 hours after it closes.
   * Retrying with the same idempotency key returns the report submitted first.
   */
  submitSituationReport: SituationReport;
  /** Coordinator: suspend an active agreement (no new obligations while suspended). */
  suspendAgreement: Agreement;
  /** Coordinator: terminate an agreement for good. */
  terminateAgreement: Agreement;
  /** Coordinator: change the draft being worked on (a new agreement's draft, or a pending amendment). */
  updateAgreementDraft: Agreement;
  /** A city officer updates its own city's baseline facts. Pass the version you last read; a stale one is refused. */
  updateCityBaseline: City;
  /**
   * City officer: update one of your own city's items, passing the version you last read (stale: CONFLICT, nothing
   * changes). The committed quantity comes from mutual aid and is never written here.
   */
  updateInventoryItem: InventoryItem;
  /**
   * City officer: update up to 49 of your own city's items at once, all or nothing (each change, its history record and
   * the city's availability tally are one DynamoDB transaction, whose limit is 100 writes).
   */
  updateInventoryItems: Array<InventoryItem>;
  /** Coordinator (or the origin city): change level, warning or affected cities. Kept as a timeline; a newly affected city gets its obligations. */
  updateRiskEvent: RiskEvent;
  /**
   * Verify a DONE action: accepted, it is VERIFIED (and becomes a lesson); not accepted, it goes back to IN_PROGRESS
   * with the reason. The coordination office or an evaluator on the evaluation's panel; never the owner (the office's own
   * actions: the superior level or the panel).
   */
  verifyCorrectiveAction: CorrectiveAction;
  /**
   * Coordinator: waive an open or overdue obligation with a reason. If it was already recorded as late, that record is
   * withdrawn with the same reason: it stays on file and no longer counts against the obligee's trust standing.
   */
  waiveObligation: Obligation;
  /** The offering city: withdraw an offer not yet accepted. */
  withdrawAidOffer: AidOffer;
};


export type MutationAcceptAidOfferArgs = {
  input: AidOfferActionInput;
};


export type MutationAccreditEvaluatorArgs = {
  input: AccreditEvaluatorInput;
};


export type MutationAmendAgreementArgs = {
  input: AgreementActionInput;
};


export type MutationAppealClaimArgs = {
  input: AppealClaimInput;
};


export type MutationCancelAidArgs = {
  input: AidOfferReasonInput;
};


export type MutationCancelAidRequestArgs = {
  input: AidRequestReasonInput;
};


export type MutationCloseAidRequestArgs = {
  input: AidRequestReasonInput;
};


export type MutationCompleteCorrectiveActionArgs = {
  input: CompleteCorrectiveActionInput;
};


export type MutationConfirmAidArrivalArgs = {
  input: AidOfferActionInput;
};


export type MutationConfirmRiskEventArgs = {
  input: ConfirmRiskEventInput;
};


export type MutationCorrectDispatchCostsArgs = {
  input: CorrectDispatchCostsInput;
};


export type MutationCreateCorrectiveActionArgs = {
  input: CreateCorrectiveActionInput;
};


export type MutationCreateInventoryItemArgs = {
  input: CreateInventoryItemInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDecideAppealArgs = {
  input: DecideAppealInput;
};


export type MutationDecideClaimArgs = {
  input: DecideClaimInput;
};


export type MutationDeclineAgreementArgs = {
  input: DeclineAgreementInput;
};


export type MutationDeclineAidOfferArgs = {
  input: AidOfferReasonInput;
};


export type MutationDefineResourceTypeArgs = {
  input: DefineResourceTypeInput;
};


export type MutationDefineRubricArgs = {
  input: DefineRubricInput;
};


export type MutationDeleteWebhookSubscriptionArgs = {
  input: WebhookSubscriptionActionInput;
};


export type MutationDispatchAidArgs = {
  input: DispatchAidInput;
};


export type MutationDisputeComplianceRecordArgs = {
  input: DisputeComplianceRecordInput;
};


export type MutationDraftAgreementArgs = {
  input: DraftAgreementInput;
};


export type MutationEscalateRiskEventArgs = {
  input: EscalateRiskEventInput;
};


export type MutationFileClaimArgs = {
  input: FileClaimInput;
};


export type MutationFinalizeEvaluationArgs = {
  input: FinalizeEvaluationInput;
};


export type MutationFulfilObligationArgs = {
  input: FulfilObligationInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationOfferAidArgs = {
  input: OfferAidInput;
};


export type MutationOpenEvaluationArgs = {
  input: OpenEvaluationInput;
};


export type MutationPauseWebhookSubscriptionArgs = {
  input: WebhookSubscriptionActionInput;
};


export type MutationProposeAgreementArgs = {
  input: AgreementActionInput;
};


export type MutationRatifyAgreementArgs = {
  input: RatifyAgreementInput;
};


export type MutationRecordComplianceArgs = {
  input: RecordComplianceInput;
};


export type MutationRecordFundContributionArgs = {
  input: FundContributionInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationReportCorrectiveActionProgressArgs = {
  input: ReportCorrectiveActionProgressInput;
};


export type MutationReportRiskEventArgs = {
  input: ReportRiskEventInput;
};


export type MutationRequestAidArgs = {
  input: RequestAidInput;
};


export type MutationResolveComplianceDisputeArgs = {
  input: ResolveComplianceDisputeInput;
};


export type MutationResumeAgreementArgs = {
  input: AgreementReasonInput;
};


export type MutationResumeWebhookSubscriptionArgs = {
  input: WebhookSubscriptionActionInput;
};


export type MutationReturnAidArgs = {
  input: ReturnAidInput;
};


export type MutationRevokeAccreditationArgs = {
  input: RevokeAccreditationInput;
};


export type MutationRotateWebhookSecretArgs = {
  input: WebhookSubscriptionActionInput;
};


export type MutationSaveAssessmentDraftArgs = {
  input: AssessmentInput;
};


export type MutationSetClusterModeArgs = {
  input: SetClusterModeInput;
};


export type MutationSetNotificationSettingsArgs = {
  input: SetNotificationSettingsInput;
};


export type MutationSetReserveRequirementArgs = {
  input: SetReserveRequirementInput;
};


export type MutationSetRiskEventStatusArgs = {
  input: SetRiskEventStatusInput;
};


export type MutationSetTrustSettingsArgs = {
  input: SetTrustSettingsInput;
};


export type MutationStartClaimReviewArgs = {
  input: ClaimActionInput;
};


export type MutationSubmitAssessmentArgs = {
  input: AssessmentInput;
};


export type MutationSubmitSituationReportArgs = {
  input: SubmitSituationReportInput;
};


export type MutationSuspendAgreementArgs = {
  input: AgreementReasonInput;
};


export type MutationTerminateAgreementArgs = {
  input: AgreementReasonInput;
};


export type MutationUpdateAgreementDraftArgs = {
  input: UpdateAgreementDraftInput;
};


export type MutationUpdateCityBaselineArgs = {
  input: UpdateCityBaselineInput;
};


export type MutationUpdateInventoryItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateInventoryItemInput;
};


export type MutationUpdateInventoryItemsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  items: Array<UpdateInventoryItemInput>;
};


export type MutationUpdateRiskEventArgs = {
  input: UpdateRiskEventInput;
};


export type MutationVerifyCorrectiveActionArgs = {
  input: VerifyCorrectiveActionInput;
};


export type MutationWaiveObligationArgs = {
  input: WaiveObligationInput;
};


export type MutationWithdrawAidOfferArgs = {
  input: AidOfferReasonInput;
};

/**
 * One thing you are told, in your inbox: what happened, in a sentence, and the records it is about. Never about another
 * cluster.
 */
export type Notification = {
  __typename?: 'Notification';
  agreementId?: Maybe<Scalars['ID']['output']>;
  aidOfferId?: Maybe<Scalars['ID']['output']>;
  aidRequestId?: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  cityId?: Maybe<Scalars['ID']['output']>;
  claimId?: Maybe<Scalars['ID']['output']>;
  clusterId: Scalars['ID']['output'];
  evaluationId?: Maybe<Scalars['ID']['output']>;
  /** The event it is about, when there is one. */
  event?: Maybe<RiskEvent>;
  /** The records it is about, by id (those that apply). */
  eventId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** A plain sentence naming cities by their names. */
  message: Scalars['String']['output'];
  /** The obligation it is about, when there is one and you may read it. */
  obligation?: Maybe<Obligation>;
  obligationId?: Maybe<Scalars['ID']['output']>;
  read: Scalars['Boolean']['output'];
  /** When you marked it read. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  recordId?: Maybe<Scalars['ID']['output']>;
  type: NotificationType;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  nodes: Array<Notification>;
  pageInfo: PageInfo;
};

export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /**
   * How long before an obligation falls due its obligee is reminded (OBLIGATION_DUE_SOON). Null: the default, a quarter
   * of the time the obligation was given, at most 24 hours.
   */
  reminderLeadTime?: Maybe<Scalars['Duration']['output']>;
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

export type Obligation = {
  __typename?: 'Obligation';
  action: Scalars['String']['output'];
  agreement: Agreement;
  /** The agreement version it was created under (it keeps pointing there after amendments). */
  agreementVersion: Scalars['Int']['output'];
  /** For fund contributions: what is owed. */
  amount?: Maybe<Money>;
  /** The obligated city; null when the coordination office owes it. */
  city?: Maybe<City>;
  dueAt: Scalars['DateTime']['output'];
  /** The duty as written in that version. */
  duty: Duty;
  /** The event that triggered it; null for a recurring normal-mode duty (e.g. the yearly joint drill). */
  event?: Maybe<RiskEvent>;
  evidence?: Maybe<Evidence>;
  /** When the obligation was done, as the city reports it. */
  fulfilledAt?: Maybe<Scalars['DateTime']['output']>;
  fulfilledByName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: DutyKind;
  owedByCoordinationOffice: Scalars['Boolean']['output'];
  quantity?: Maybe<Scalars['Int']['output']>;
  /** When the fulfilment or waiver was recorded in CityPact (server time). */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  resourceType?: Maybe<Scalars['String']['output']>;
  role: DutyRole;
  status: ObligationStatus;
  triggeredAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  waivedReason?: Maybe<Scalars['String']['output']>;
};

export type ObligationConnection = {
  __typename?: 'ObligationConnection';
  nodes: Array<Obligation>;
  pageInfo: PageInfo;
};

export type ObligationFilter = {
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  cityId?: InputMaybe<Scalars['ID']['input']>;
  dueAfter?: InputMaybe<Scalars['DateTime']['input']>;
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<DutyKind>;
  status?: InputMaybe<Array<ObligationStatus>>;
};

export type ObligationStatus =
  | 'FULFILLED'
  | 'FULFILLED_LATE'
  | 'OPEN'
  /** Open and past its due time (derived at read time). */
  | 'OVERDUE'
  | 'WAIVED';

export type OfferAidInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  /** At most what the request still needs (its quantity less what is accepted) and what the item can share. */
  quantity: Scalars['Int']['input'];
  requestId: Scalars['ID']['input'];
};

/** Stock a city could offer: one READY item's uncommitted shareable quantity, without its storage or version. */
export type OfferableStock = {
  __typename?: 'OfferableStock';
  available: Scalars['Int']['output'];
  /** Great-circle distance from the item to the destination, in km. */
  distanceKm: Scalars['Float']['output'];
  tier: ResourceTier;
};

export type OpenEvaluationInput = {
  /** AGREEMENT: the agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** CITY: the city. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  clusterId: Scalars['ID']['input'];
  /** EVENT_RESPONSE: the event; CITY or COORDINATION_OFFICE: optionally the event the participant is evaluated in. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** DRILL: the drill obligation. */
  obligationId?: InputMaybe<Scalars['ID']['input']>;
  /** Accredited evaluator ids. */
  panel: Array<Scalars['ID']['input']>;
  rubricId: Scalars['ID']['input'];
  targetType: EvaluationTargetType;
  title: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PayerOwed = {
  __typename?: 'PayerOwed';
  /** What it still owes on the claim. */
  owed: Money;
  payer?: Maybe<City>;
  /** A city id, or FUND. */
  payerId: Scalars['ID']['output'];
};

/** A payment as it was entered: who paid whom. */
export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  claimId?: Maybe<Scalars['ID']['output']>;
  /** The paying city; null for the fund. */
  from?: Maybe<City>;
  /** A city id, or FUND for the regional compensation fund. */
  fromId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  paidAt: Scalars['DateTime']['output'];
  /** The bank or treasury reference; unique in the cluster. */
  reference: Scalars['String']['output'];
  /** The paid city; null for the fund. */
  to?: Maybe<City>;
  toId: Scalars['ID']['output'];
};

/** Ledger lines recorded at or after `from` and before `until` (either may be omitted). */
export type PeriodInput = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** An agreement of a cluster you can see. */
  agreement: Agreement;
  /** The agreements of a cluster, newest first. */
  agreements: AgreementConnection;
  aidRequest: AidRequest;
  /** Mutual-aid requests of a cluster, newest first. Every member sees them, so partners can offer. */
  aidRequests: AidRequestConnection;
  /** Every recorded change in a cluster, newest first. Coordinators and superiors only. */
  auditLog: AuditEventConnection;
  /** Each city's (and the regional fund's) net position from the ledger: positive is owed to it, negative it owes. */
  balances: Array<Balance>;
  /** A member city of a cluster you can see. */
  city: City;
  /**
   * A compensation claim. Read by the coordination office, the superior level, the claimant city and the other parties
   * to the agreement version it is filed under (they pay its shares), and by an evaluator evaluating its event, its
   * agreement or (as a participant) the claimant. Anyone else gets NOT_FOUND, here and wherever a claim is referenced.
   */
  claim: Claim;
  /**
   * Compensation claims of a cluster, newest first: those you may read (see `claim`), so a page may hold fewer than
   * `first` while `hasNextPage` is true.
   */
  claims: ClaimConnection;
  /** A cluster you belong to (or, as a superior, oversee). */
  cluster: Cluster;
  /**
   * Regional reserve shortfalls: per required resource type, the requirement against what member cities hold shareable,
   * ready and uncommitted, with each city's contribution; worst coverage first. A city officer sees its own share only.
   */
  clusterShortfalls: Array<Shortfall>;
  /** Every member city of a cluster, ranked by trust standing. */
  clusterTrust: ClusterTrust;
  /** The clusters you can see: a superior sees those it oversees; everyone else sees their own. */
  clusters: ClusterConnection;
  /** One compliance record, with its dispute and consequence. */
  complianceRecord: ComplianceRecord;
  /**
   * Compliance records of a cluster, newest first: obligations fulfilled, fulfilled late or missed, and what supervisors
   * and partner cities recorded. Coordinators and superiors read the cluster's; a city officer reads the records about
   * its own city and about the coordination office; an evaluator names a party of what it is evaluating and reads the
   * records about it that concern that work (an event's, an agreement's, or a participant's whole record), so a page may
   * hold fewer than `first`.
   */
  complianceRecords: ComplianceRecordConnection;
  /** One corrective action, with its history. Read as `correctiveActions`; anyone else gets NOT_FOUND. */
  correctiveAction: CorrectiveAction;
  /**
   * Corrective actions of a cluster, soonest due first. The coordination office, the superior level and the cluster's
   * evaluators read all of them; a city officer reads its own city's (asking for no owner gives them). Filtered lists
   * read a bounded amount per page, so a page may hold fewer than `first` while `hasNextPage` is true.
   */
  correctiveActions: CorrectiveActionConnection;
  /**
   * Events escalated to the superior level, newest first: the superior's and the office's work queue. Superiors see the
   * clusters they oversee; coordinators their own. An event's own `escalation` is part of the event, read by every member.
   */
  escalations: RiskEventConnection;
  evaluation: Evaluation;
  /**
   * Evaluations of a cluster, newest first. Coordinators and superiors see all; an evaluator sees those it is on the
   * panel of; a city sees evaluations of itself and finalized evaluations of the cluster's activities.
   */
  evaluations: EvaluationConnection;
  /** Evaluators accredited to a cluster. The coordination office and the superior level; others get FORBIDDEN, here and in an evaluation's `panel`. */
  evaluatorAccreditations: Array<EvaluatorAccreditation>;
  /**
   * The event's picture from the field: each city's latest report (by `asOf`) with its age, the totals of those latest
   * figures, and the party cities that have not reported at all. Read as `situationReports`. A report is `stale` when
   * it speaks for an instant more than `staleAfter` ago (PT15M to P7D).
   */
  eventPicture: EventPicture;
  /** The regional compensation fund: what came in, what went out, what it holds and what it still owes. */
  fund: Fund;
  /**
   * Inventory items of a cluster, by resource type then city. Coordinators, evaluators and superiors read the cluster;
   * a city officer reads its own city's items.
   */
  inventory: InventoryItemConnection;
  /** Every change of an inventory item (who, when, before, after), newest first. */
  inventoryHistory: AuditEventConnection;
  /**
   * One inventory item. Coordinators, evaluators and superiors read any item of the cluster; a city officer reads its
   * own city's items only (a partner's answers FORBIDDEN). The same rule holds wherever an item is shown (an offer's
   * `item`, availability's `items`): what partners may offer is shown as quantities, without the item.
   */
  inventoryItem: InventoryItem;
  /**
   * What finalized evaluations taught: the evaluators' recommendations and the verified corrective actions, newest
   * first, so the next agreement or drill can start from them. `category` keeps those about that kind of risk (the
   * evaluated event's category, or the evaluated agreement's); `search` keeps those containing the text, ignoring
   * letter case. A lesson is shown to those who may read its evaluation (and its corrective action), so a page may hold
   * fewer than `first` while `hasNextPage` is true.
   */
  lessons: LessonConnection;
  /** Who you are signed in as, and what you act for. */
  me: Me;
  /**
   * Your notifications, newest first: a city officer's are its city's, the coordination office's its cluster's, a
   * superior's the escalations of the clusters it oversees, an evaluator's those of the panels it sits on.
   * `unreadOnly` leaves out those already marked read.
   */
  notifications: NotificationConnection;
  /** Per city: open, overdue, fulfilled on time, fulfilled late and waived obligations. */
  obligationSummary: Array<CityObligationSummary>;
  /**
   * Who owes what, by when, and who is late. Sorted by due time. Coordinators and superiors see the whole cluster;
   * a city sees its own obligations and, read-only, those of partners in events it is party to; an evaluator reads
   * those of what it is evaluating, and names it in the filter: the event (EVENT_RESPONSE), the agreement (AGREEMENT),
   * or the city, with the event when the participant evaluation names one. The same rule decides where an obligation
   * is referenced (a compliance record's or an evaluation's `obligation` is null for those who may not read it).
   */
  obligations: ObligationConnection;
  /** The coordination office's own trust standing, from the records about the office. */
  officeTrustStanding: TrustStanding;
  /** The reserves the cluster requires, per resource type. */
  reserveRequirements: Array<ReserveRequirement>;
  /**
   * Cities that could help with a request: their stock of the type (minimum tier or better), READY, shareable and not
   * committed, nearest to the destination first. The requesting city is not listed. Every member sees what each city
   * can offer (`stock`: tier, quantity, distance); the inventory items themselves (on hand, storage, version) only to
   * those who may read them, as with `inventoryItem`.
   */
  resourceAvailability: Array<CityAvailability>;
  /** The cluster's resource catalogue (standard resource typing), by name. */
  resourceCatalogue: Array<ResourceType>;
  /** A risk event of a cluster you can see. */
  riskEvent: RiskEvent;
  /** The risk events of a cluster, newest first. */
  riskEvents: RiskEventConnection;
  /** The evaluation rubrics of a cluster. */
  rubrics: Array<Rubric>;
  /**
   * Transfers that settle every net position. Greedy (largest debtor pays largest creditor): it always clears every
   * balance exactly and uses at most one transfer fewer than the parties with a non-zero balance; the true minimum is
   * NP-hard, so it is not always the fewest possible.
   */
  settlementPlan: Array<Transfer>;
  /**
   * An event's situation reports, newest first: by the instant they speak for (`asOf`), then by submission. Read by the
   * coordination office, the event's origin and affected cities, the cluster's evaluators and the superior level; another
   * member city gets FORBIDDEN.
   */
  situationReports: SituationReportConnection;
  /**
   * A city's trust standing in its cluster: how far it honours its commitments, from its compliance records (see
   * docs/TRUST.md). Every member sees every score; which records drove it (`drivers`, and the sentence of `summary`
   * that names the top one) only the city itself, the supervisors and an evaluator evaluating the city's whole record.
   */
  trustStanding: TrustStanding;
  /** How many of your notifications are not yet marked read. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** A subscription's deliveries, newest first, each with every attempt (kept 30 days). */
  webhookDeliveries: WebhookDeliveryConnection;
  /**
   * The webhook subscriptions of a cluster, oldest first. The coordination office sees every one; a city officer its
   * own city's. The secret is never shown here.
   */
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AgreementStatus>;
};


export type QueryAidRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAidRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AidRequestStatus>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBalancesArgs = {
  clusterId: Scalars['ID']['input'];
  period?: InputMaybe<PeriodInput>;
};


export type QueryCityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ClaimStatus>;
};


export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClusterShortfallsArgs = {
  clusterId: Scalars['ID']['input'];
};


export type QueryClusterTrustArgs = {
  clusterId: Scalars['ID']['input'];
};


export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplianceRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplianceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cityId?: InputMaybe<Scalars['ID']['input']>;
  clusterId: Scalars['ID']['input'];
  filter?: InputMaybe<ComplianceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCorrectiveActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCorrectiveActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  filter?: InputMaybe<CorrectiveActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEscalationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEvaluationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EvaluationStatus>;
};


export type QueryEvaluatorAccreditationsArgs = {
  clusterId: Scalars['ID']['input'];
};


export type QueryEventPictureArgs = {
  eventId: Scalars['ID']['input'];
  staleAfter?: InputMaybe<Scalars['Duration']['input']>;
};


export type QueryFundArgs = {
  clusterId: Scalars['ID']['input'];
};


export type QueryInventoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cityId?: InputMaybe<Scalars['ID']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  resourceTypeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInventoryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId: Scalars['ID']['input'];
};


export type QueryInventoryItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLessonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<RiskCategory>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryObligationSummaryArgs = {
  clusterId: Scalars['ID']['input'];
  eventId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryObligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  filter?: InputMaybe<ObligationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOfficeTrustStandingArgs = {
  clusterId: Scalars['ID']['input'];
};


export type QueryReserveRequirementsArgs = {
  clusterId: Scalars['ID']['input'];
};


export type QueryResourceAvailabilityArgs = {
  requestId: Scalars['ID']['input'];
};


export type QueryResourceCatalogueArgs = {
  clusterId: Scalars['ID']['input'];
};


export type QueryRiskEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RiskEventStatus>;
};


export type QueryRubricsArgs = {
  clusterId: Scalars['ID']['input'];
};


export type QuerySettlementPlanArgs = {
  clusterId: Scalars['ID']['input'];
  period?: InputMaybe<PeriodInput>;
};


export type QuerySituationReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrustStandingArgs = {
  cityId: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subscriptionId: Scalars['ID']['input'];
};


export type QueryWebhookSubscriptionsArgs = {
  clusterId: Scalars['ID']['input'];
};

export type RankedTrust = {
  __typename?: 'RankedTrust';
  /** In plain words: what the rank rests on, or why the member is not ranked. */
  note: Scalars['String']['output'];
  /**
   * Position among the ranked members only (1, 2, 2, 4 when two share a lower bound and evidence); null for a member
   * with too little evidence to rank.
   */
  rank?: Maybe<Scalars['Int']['output']>;
  /** False for a member with fewer records that count than the cluster's minimum: it is listed after the ranked ones. */
  ranked: Scalars['Boolean']['output'];
  standing: TrustStanding;
};

export type Ratification = {
  __typename?: 'Ratification';
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  city: City;
};

export type RatifyAgreementInput = {
  agreementId: Scalars['ID']['input'];
  /** The version number you read and ratify; refused if another version is now proposed. */
  versionNumber: Scalars['Int']['input'];
};

export type Readiness =
  | 'DEGRADED'
  | 'READY'
  | 'UNAVAILABLE';

export type RecordComplianceInput = {
  aboutCoordinationOffice?: InputMaybe<Scalars['Boolean']['input']>;
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened (not in the future). Defaults to now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The city the record is about. Leave out (and set aboutCoordinationOffice) for the coordination office. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  claimId?: InputMaybe<Scalars['ID']['input']>;
  clusterId: Scalars['ID']['input'];
  consequence?: InputMaybe<ConsequenceInput>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  evidence: EvidenceInput;
  /** Retrying with the same key returns the first record instead of recording (and charging) twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: ComplianceKind;
  /** What happened, in plain words. */
  note: Scalars['String']['input'];
  /** What it concerns: at least one. A city recording about a partner must name an event or agreement they share (or one of its obligations or claims). */
  obligationId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults by kind (see docs/TRUST.md). */
  severity?: InputMaybe<Severity>;
};

export type RecordPaymentInput = {
  amount: MoneyInput;
  /**
   * The claim this payment pays towards (from one of its payers to the claimant). When every payer's share is paid,
   * the claim becomes SETTLED.
   */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  clusterId: Scalars['ID']['input'];
  /** A city id, or FUND. */
  fromId: Scalars['ID']['input'];
  paidAt: Scalars['DateTime']['input'];
  /** The bank or treasury reference; unique in the cluster. */
  reference: Scalars['String']['input'];
  toId: Scalars['ID']['input'];
};

export type ReportCorrectiveActionProgressInput = {
  correctiveActionId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  note: Scalars['String']['input'];
  /** 0 to 100. */
  percent?: InputMaybe<Scalars['Int']['input']>;
};

export type ReportRiskEventInput = {
  affectedCityIds: Array<Scalars['ID']['input']>;
  category: RiskCategory;
  clusterId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  /** Optional: a retry with the same key returns the event created first. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  level: EmergencyLevel;
  location: EventLocationInput;
  observedAt: Scalars['DateTime']['input'];
  originCityId: Scalars['ID']['input'];
  warning: WarningLevel;
};

export type RequestAidInput = {
  clusterId: Scalars['ID']['input'];
  destination: StorageLocationInput;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  minimumTier: ResourceTier;
  neededBy: Scalars['DateTime']['input'];
  quantity: Scalars['Int']['input'];
  requesterCityId: Scalars['ID']['input'];
  resourceTypeId: Scalars['ID']['input'];
};

export type ReserveBasis =
  /** A fixed quantity for the whole cluster. */
  | 'ABSOLUTE'
  /** A quantity per 10,000 residents, from the member cities' baseline population. */
  | 'PER_10K_RESIDENTS';

export type ReserveRequirement = {
  __typename?: 'ReserveRequirement';
  basis: ReserveBasis;
  /** Items of this tier or better count (Type I is the best). */
  minimumTier: ResourceTier;
  quantity: Scalars['Float']['output'];
  resourceType: ResourceType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ResolveComplianceDisputeInput = {
  expectedVersion: Scalars['Int']['input'];
  reasons: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
  resolution: DisputeResolution;
};

/** Capability tiers in the style of standard resource typing: Type I is the most capable. */
export type ResourceTier =
  | 'I'
  | 'II'
  | 'III';

export type ResourceType = {
  __typename?: 'ResourceType';
  /** Risk categories it serves. */
  categories: Array<RiskCategory>;
  description: Scalars['String']['output'];
  /** Stable slug, e.g. mobile-pump-unit. */
  id: Scalars['ID']['output'];
  /** The name in the local script, e.g. 移动排涝泵车; null where none was given. */
  localName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** From Type I (most capable) down. */
  tiers: Array<CapabilityTier>;
  /** The unit quantities are counted in, e.g. unit, team, bag, bed. */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ReturnAidInput = {
  consumed: Scalars['Int']['input'];
  /** Costs known only at return (e.g. consumables used), added to the dispatch's. */
  costItems?: InputMaybe<Array<CostItemInput>>;
  offerId: Scalars['ID']['input'];
  returned: Scalars['Int']['input'];
};

export type RevokeAccreditationInput = {
  clusterId: Scalars['ID']['input'];
  evaluatorId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RiskCategory =
  | 'ACCIDENT'
  | 'NATURAL_DISASTER'
  | 'PUBLIC_HEALTH'
  | 'SOCIAL_SECURITY'
  | 'TECHNOLOGY_CYBER';

export type RiskEvent = {
  __typename?: 'RiskEvent';
  affectedCities: Array<City>;
  category: RiskCategory;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What closing did to the obligations still open then; null until the event is closed. */
  closure?: Maybe<EventClosure>;
  cluster: Cluster;
  /** When it was confirmed: the trigger time from which obligation deadlines run. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  escalation?: Maybe<Escalation>;
  id: Scalars['ID']['output'];
  level: EmergencyLevel;
  location: EventLocation;
  observedAt: Scalars['DateTime']['output'];
  originCity: City;
  reportedAt: Scalars['DateTime']['output'];
  reportedByName: Scalars['String']['output'];
  status: RiskEventStatus;
  /** Level, warning, affected-city and status changes, oldest first. */
  timeline: Array<TimelineEntry>;
  version: Scalars['Int']['output'];
  warning: WarningLevel;
};

export type RiskEventConnection = {
  __typename?: 'RiskEventConnection';
  nodes: Array<RiskEvent>;
  pageInfo: PageInfo;
};

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

export type Rubric = {
  __typename?: 'Rubric';
  criteria: Array<Criterion>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  scaleMax: Scalars['Int']['output'];
  scaleMin: Scalars['Int']['output'];
  targetKind: EvaluationTargetKind;
  version: Scalars['Int']['output'];
};

export type SetClusterModeInput = {
  clusterId: Scalars['ID']['input'];
  /** Optional: the `version` you last read, to refuse the switch if the cluster changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  mode: ClusterMode;
  /** Why the cluster switches (recorded in the mode history and the audit log). */
  reason: Scalars['String']['input'];
};

export type SetNotificationSettingsInput = {
  clusterId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** PT1M to P7D; null to go back to the default (a quarter of the deadline, at most 24 hours). */
  reminderLeadTime?: InputMaybe<Scalars['Duration']['input']>;
};

export type SetReserveRequirementInput = {
  basis: ReserveBasis;
  clusterId: Scalars['ID']['input'];
  /** Omit to set a new requirement; pass the version you last read to change one. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  minimumTier: ResourceTier;
  quantity: Scalars['Float']['input'];
  resourceTypeId: Scalars['ID']['input'];
};

export type SetRiskEventStatusInput = {
  eventId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  status: RiskEventStatus;
};

export type SetTrustSettingsInput = {
  clusterId: Scalars['ID']['input'];
  disputeWindow?: InputMaybe<Scalars['Duration']['input']>;
  expectedVersion: Scalars['Int']['input'];
  /** A whole number of records, 0 to 100. */
  minimumEvidenceToRank?: InputMaybe<Scalars['Int']['input']>;
  penaltyThreshold?: InputMaybe<Scalars['Float']['input']>;
  rewardThreshold?: InputMaybe<Scalars['Float']['input']>;
  selfWeight?: InputMaybe<Scalars['String']['input']>;
  /** Decimal strings adding up to 1; third-party weighs at least as much as self. */
  thirdPartyWeight?: InputMaybe<Scalars['String']['input']>;
  trustHalfLifeDays?: InputMaybe<Scalars['Int']['input']>;
};

/** How much a record weighs in the trust standing: 1, 2, 4 or 8. */
export type Severity =
  | 'CRITICAL'
  | 'MINOR'
  | 'MODERATE'
  | 'SERIOUS';

export type SharingRule = {
  __typename?: 'SharingRule';
  /** For FUND_COVERS: the fund's part in basis points (4000 = 40%). */
  fundBasisPoints?: Maybe<Scalars['Int']['output']>;
  kind: SharingRuleKind;
  /** For FUND_COVERS: how the rest is shared. */
  remainderRule?: Maybe<CitySharingRule>;
  /** For FIXED_SHARES. */
  shares: Array<FixedShare>;
};

export type SharingRuleInput = {
  fundBasisPoints?: InputMaybe<Scalars['Int']['input']>;
  kind: SharingRuleKind;
  remainderRule?: InputMaybe<CitySharingRuleInput>;
  shares?: InputMaybe<Array<FixedShareInput>>;
};

export type SharingRuleKind =
  /** Equal parts among the parties other than the claimant. */
  | 'EQUAL_SHARE'
  /** Fixed percentages per city (basis points summing to 10,000). */
  | 'FIXED_SHARES'
  /** The regional fund pays a percentage; the rest is shared by another rule. */
  | 'FUND_COVERS'
  /** The city where the event originated pays. */
  | 'ORIGIN_PAYS'
  /** In proportion to the paying cities' baseline population. */
  | 'POPULATION_WEIGHTED';

export type Shortfall = {
  __typename?: 'Shortfall';
  /** Shareable, READY and not committed, across the cluster. */
  available: Scalars['Int']['output'];
  basis: ReserveBasis;
  /** Each city's contribution, largest first (a city officer sees only its own). */
  contributions: Array<CityContribution>;
  /** available ÷ required (1 when nothing is required). */
  coverage: Scalars['Float']['output'];
  minimumTier: ResourceTier;
  /** The requirement in the catalogue's unit (per-10,000 bases are multiplied out and rounded up). */
  required: Scalars['Int']['output'];
  resourceType: ResourceType;
  /** How much is missing (0 when covered). */
  shortfall: Scalars['Int']['output'];
};

/** What a city reports from the field at one instant of an event. */
export type SituationReport = {
  __typename?: 'SituationReport';
  affectedPopulation: Scalars['Int']['output'];
  /** The instant the figures speak for. */
  asOf: Scalars['DateTime']['output'];
  casualties: Casualties;
  /** The city the report is about. */
  city: City;
  evacuated: Scalars['Int']['output'];
  event: RiskEvent;
  id: Scalars['ID']['output'];
  /** What the city needs, one item a line, in the order given. */
  needs: Array<Scalars['String']['output']>;
  /** When CityPact recorded the report. */
  submittedAt: Scalars['DateTime']['output'];
  submittedByName: Scalars['String']['output'];
  submittedByRole: Role;
  summary: Scalars['String']['output'];
};

export type SituationReportConnection = {
  __typename?: 'SituationReportConnection';
  nodes: Array<SituationReport>;
  pageInfo: PageInfo;
};

/** The sums of each city's latest figures. */
export type SituationTotals = {
  __typename?: 'SituationTotals';
  affectedPopulation: Scalars['Int']['output'];
  /** How many cities the totals add up. */
  citiesReporting: Scalars['Int']['output'];
  dead: Scalars['Int']['output'];
  evacuated: Scalars['Int']['output'];
  injured: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
};

export type StorageLocation = {
  __typename?: 'StorageLocation';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
};

export type StorageLocationInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  name: Scalars['String']['input'];
};

export type SubmitSituationReportInput = {
  affectedPopulation: Scalars['Int']['input'];
  /** The instant the figures speak for: not in the future, not before the event was observed. */
  asOf: Scalars['DateTime']['input'];
  /** Whole numbers of people, 0 to 50,000,000 each (as are `evacuated` and `affectedPopulation`). */
  casualties: CasualtiesInput;
  /** The city the report is for: required for the coordination office; a city officer reports for its own city. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  evacuated: Scalars['Int']['input'];
  eventId: Scalars['ID']['input'];
  /** Optional: a retry with the same key returns the report submitted first. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At most 20 items of up to 200 characters each. */
  needs?: InputMaybe<Array<Scalars['String']['input']>>;
  summary: Scalars['String']['input'];
};

export type Supervision =
  /** A member city over a partner. */
  | 'HORIZONTAL'
  /** The coordination office or the superior level over the members (or the superior over the office). */
  | 'VERTICAL';

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  /** STATUS, LEVEL, WARNING, AFFECTED_CITY_ADDED, AFFECTED_CITY_REMOVED, ESCALATED */
  kind: Scalars['String']['output'];
  to?: Maybe<Scalars['String']['output']>;
};

export type Transfer = {
  __typename?: 'Transfer';
  amount: Money;
  fromId: Scalars['ID']['output'];
  toId: Scalars['ID']['output'];
};

export type TrustDirection =
  | 'DECLINING'
  | 'IMPROVING'
  | 'STABLE';

export type TrustDriver = {
  __typename?: 'TrustDriver';
  /** Score with the record minus score without it: negative when it lowered the standing. */
  effect: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  record: ComplianceRecord;
  /** Share of its original weight the record still carries, after decay. */
  weightRemaining: Scalars['Float']['output'];
};

/**
 * Records of one kind in one event (or outside any event), and their share of the change of a trust standing over the
 * 12 months of its trend (see docs/TRUST.md).
 */
export type TrustDriverGroup = {
  __typename?: 'TrustDriverGroup';
  /** Its share of `change`: negative when it lowered the standing. The shares of all groups add up to `change`. */
  effect: Scalars['Float']['output'];
  /** The event the records belong to; null outside any event, or when you may not read it. */
  event?: Maybe<RiskEvent>;
  /** e.g. "7 obligations not fulfilled on time in the accident at Taipu River (2 March 2026): −30.0 points". */
  explanation: Scalars['String']['output'];
  kind: ComplianceKind;
  /** The kind in plain words. */
  kindLabel: Scalars['String']['output'];
  /** Its share in points as `explanation` shows it: one decimal, adding up to the change as the summary shows it. */
  pointsShown: Scalars['Float']['output'];
  /** How many records (an obligation recorded late and then fulfilled late is one). */
  records: Scalars['Int']['output'];
};

export type TrustSettings = {
  __typename?: 'TrustSettings';
  /** How long the subject of a compliance record has to dispute it, e.g. P14D. */
  disputeWindow: Scalars['Duration']['output'];
  /**
   * How many of a member's compliance records must count (not overturned, withdrawn, or replaced by a later outcome of
   * the same obligation) before the trust ranking ranks it; default 3. Members with fewer are listed after the ranked
   * ones, unranked.
   */
  minimumEvidenceToRank: Scalars['Int']['output'];
  /** A finalized participant result (0 to 1) below this earns a penalty record. */
  penaltyThreshold: Scalars['Float']['output'];
  /** A finalized participant result (0 to 1) at or above this earns a commendation record. */
  rewardThreshold: Scalars['Float']['output'];
  /** Weight of self-assessments, e.g. 0.3. The two add up to 1. */
  selfWeight: Scalars['String']['output'];
  /** Weight of third-party assessments in a combined evaluation result, e.g. 0.7. */
  thirdPartyWeight: Scalars['String']['output'];
  /** After this many days a record counts half as much in the trust standing. */
  trustHalfLifeDays: Scalars['Int']['output'];
};

export type TrustStanding = {
  __typename?: 'TrustStanding';
  aboutCoordinationOffice: Scalars['Boolean']['output'];
  asOf: Scalars['DateTime']['output'];
  /** Change of the score over those 12 months: the sum of the effects of `driverGroups`. */
  change: Scalars['Float']['output'];
  /** Null for the coordination office. */
  city?: Maybe<City>;
  direction: TrustDirection;
  /**
   * Where the change over the 12 months went: the records grouped by kind and event, largest effect first. Their
   * effects add up to `change` (all of them: ask for enough). Shown to those who may read `drivers`; others get FORBIDDEN.
   */
  driverGroups: Array<TrustDriverGroup>;
  /**
   * The records that moved the score most. Only the city itself, the coordination office, the superior and an
   * evaluator evaluating the city's whole record (a participant evaluation naming no event) see them; others get
   * FORBIDDEN. Every member sees the drivers of the coordination office's standing.
   */
  drivers: Array<TrustDriver>;
  /**
   * The standing we can be 90% sure of, 0 to 1: the 10th percentile of Beta(positiveEvidence + 1, negativeEvidence + 1)
   * (0.1 with no records). Members are ranked by it.
   */
  lowerBound: Scalars['Float']['output'];
  /** Weighted, decayed evidence of breaches. */
  negativeEvidence: Scalars['Float']['output'];
  /** Weighted, decayed evidence of commitments honoured. */
  positiveEvidence: Scalars['Float']['output'];
  recordsCounted: Scalars['Int']['output'];
  /** Expected share of commitments honoured, 0 to 1 (0.5 with no records). */
  score: Scalars['Float']['output'];
  /** The standing in plain words. The sentence naming the record that moved it most only for those who may read `drivers`. */
  summary: Scalars['String']['output'];
  /** Score at the end of each of the 12 previous months, then now: 13 points, oldest first. */
  trend: Array<TrustTrendPoint>;
  /** 0 to 1: 1 with no records, smaller with more (and more recent) evidence. */
  uncertainty: Scalars['Float']['output'];
};


export type TrustStandingDriverGroupsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TrustStandingDriversArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TrustTrendPoint = {
  __typename?: 'TrustTrendPoint';
  asOf: Scalars['DateTime']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  uncertainty: Scalars['Float']['output'];
};

export type UpdateAgreementDraftInput = {
  agreementId: Scalars['ID']['input'];
  categories?: InputMaybe<Array<RiskCategory>>;
  /** Remove the compensation terms from the draft. */
  clearCompensation?: InputMaybe<Scalars['Boolean']['input']>;
  clearMinimumLevel?: InputMaybe<Scalars['Boolean']['input']>;
  compensation?: InputMaybe<CompensationTermsInput>;
  duties?: InputMaybe<Array<DutyInput>>;
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  effectiveUntil?: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: Scalars['Int']['input'];
  minimumLevel?: InputMaybe<EmergencyLevel>;
  partyCityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCityBaselineInput = {
  cityId: Scalars['ID']['input'];
  emergencyPersonnel?: InputMaybe<Scalars['Int']['input']>;
  emergencyTeams?: InputMaybe<Scalars['Int']['input']>;
  /** The `version` you last read; if someone changed the city since, you get CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The city's name in the local script, e.g. 廊坊市 (at most 120 characters, trimmed); omit to keep it. */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Only the fields you pass change. */
  population?: InputMaybe<Scalars['Int']['input']>;
  shelterCapacity?: InputMaybe<Scalars['Int']['input']>;
  vulnerablePopulation?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateInventoryItemInput = {
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  lastVerifiedAt?: InputMaybe<Scalars['DateTime']['input']>;
  onHand?: InputMaybe<Scalars['Int']['input']>;
  readiness?: InputMaybe<Readiness>;
  shareable?: InputMaybe<Scalars['Int']['input']>;
  storage?: InputMaybe<StorageLocationInput>;
};

export type UpdateRiskEventInput = {
  affectedCityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  eventId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  level?: InputMaybe<EmergencyLevel>;
  warning?: InputMaybe<WarningLevel>;
};

export type VerifyCorrectiveActionInput = {
  accepted: Scalars['Boolean']['input'];
  correctiveActionId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** What was checked (accepted), or what is still missing (not accepted). */
  reason: Scalars['String']['input'];
};

export type WaiveObligationInput = {
  expectedVersion: Scalars['Int']['input'];
  obligationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type WarningLevel =
  | 'BLUE'
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  /** Why the attempt failed without an answer: a timeout, a refused address, a network error. */
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status; null when it did not answer. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Also sent as `X-CityPact-Delivery`, the same on every retry: receivers dedupe on it. */
  id: Scalars['ID']['output'];
  /** When the next attempt is due, while PENDING after a failure. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The announcement's id (the body's `id`). */
  notificationId: Scalars['ID']['output'];
  parkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was parked before its attempts ran out (the subscription was paused or deleted). */
  parkedReason?: Maybe<Scalars['String']['output']>;
  state: WebhookDeliveryState;
  type: NotificationType;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryState =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed, or the subscription was paused or deleted first: nothing more is tried. */
  | 'PARKED'
  /** Waiting for its first attempt or a retry. */
  | 'PENDING';

export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** The subscribing city; null for the coordination office's subscription. */
  city?: Maybe<City>;
  cluster: Cluster;
  createdAt: Scalars['DateTime']['output'];
  events: Array<NotificationType>;
  id: Scalars['ID']['output'];
  /** When the secret was last rotated; null if never. */
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookSubscriptionStatus;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WebhookSubscriptionActionInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type WebhookSubscriptionStatus =
  | 'ACTIVE'
  | 'PAUSED';

export type Withdrawal = {
  __typename?: 'Withdrawal';
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  /** The waiver's reason. */
  reason: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccreditEvaluatorInput: AccreditEvaluatorInput;
  Agreement: ResolverTypeWrapper<StoredAgreement>;
  AgreementActionInput: AgreementActionInput;
  AgreementConnection: ResolverTypeWrapper<Omit<AgreementConnection, 'nodes'> & { nodes: Array<ResolversTypes['Agreement']> }>;
  AgreementReasonInput: AgreementReasonInput;
  AgreementStatus: AgreementStatus;
  AgreementVersion: ResolverTypeWrapper<StoredAgreementVersion>;
  AgreementVersionStatus: AgreementVersionStatus;
  AidOffer: ResolverTypeWrapper<StoredAidOffer>;
  AidOfferActionInput: AidOfferActionInput;
  AidOfferReasonInput: AidOfferReasonInput;
  AidOfferStatus: AidOfferStatus;
  AidRequest: ResolverTypeWrapper<StoredAidRequest>;
  AidRequestConnection: ResolverTypeWrapper<Omit<AidRequestConnection, 'nodes'> & { nodes: Array<ResolversTypes['AidRequest']> }>;
  AidRequestReasonInput: AidRequestReasonInput;
  AidRequestStatus: AidRequestStatus;
  AppealClaimInput: AppealClaimInput;
  AppealOutcome: AppealOutcome;
  Assessment: ResolverTypeWrapper<StoredAssessment>;
  AssessmentInput: AssessmentInput;
  AssessmentKind: AssessmentKind;
  AssessmentStatus: AssessmentStatus;
  AuditAction: AuditAction;
  AuditEvent: ResolverTypeWrapper<StoredAuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditLogFilter: AuditLogFilter;
  Balance: ResolverTypeWrapper<Omit<Balance, 'city'> & { city?: Maybe<ResolversTypes['City']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CapabilityTier: ResolverTypeWrapper<CapabilityTier>;
  CapabilityTierInput: CapabilityTierInput;
  Casualties: ResolverTypeWrapper<Casualties>;
  CasualtiesInput: CasualtiesInput;
  City: ResolverTypeWrapper<StoredCity>;
  CityAvailability: ResolverTypeWrapper<CityAvailabilityView>;
  CityBaseline: ResolverTypeWrapper<CityBaseline>;
  CityConnection: ResolverTypeWrapper<Omit<CityConnection, 'nodes'> & { nodes: Array<ResolversTypes['City']> }>;
  CityContribution: ResolverTypeWrapper<Contribution>;
  CityObligationSummary: ResolverTypeWrapper<CitySummary>;
  CitySharingRule: ResolverTypeWrapper<Omit<CitySharingRule, 'shares'> & { shares: Array<ResolversTypes['FixedShare']> }>;
  CitySharingRuleInput: CitySharingRuleInput;
  CitySituation: ResolverTypeWrapper<CitySituationView>;
  Claim: ResolverTypeWrapper<StoredClaim>;
  ClaimActionInput: ClaimActionInput;
  ClaimAppeal: ResolverTypeWrapper<ClaimAppeal>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'nodes'> & { nodes: Array<ResolversTypes['Claim']> }>;
  ClaimDecision: ClaimDecision;
  ClaimItem: ResolverTypeWrapper<ClaimItem>;
  ClaimItemInput: ClaimItemInput;
  ClaimStatus: ClaimStatus;
  Cluster: ResolverTypeWrapper<StoredCluster>;
  ClusterConnection: ResolverTypeWrapper<Omit<ClusterConnection, 'nodes'> & { nodes: Array<ResolversTypes['Cluster']> }>;
  ClusterMode: ClusterMode;
  ClusterTrust: ResolverTypeWrapper<ClusterTrustView>;
  CompensationCostKind: CompensationCostKind;
  CompensationTerms: ResolverTypeWrapper<Omit<CompensationTerms, 'sharingRule'> & { sharingRule: ResolversTypes['SharingRule'] }>;
  CompensationTermsInput: CompensationTermsInput;
  CompleteCorrectiveActionInput: CompleteCorrectiveActionInput;
  ComplianceFilter: ComplianceFilter;
  ComplianceKind: ComplianceKind;
  ComplianceRecord: ResolverTypeWrapper<StoredComplianceRecord>;
  ComplianceRecordConnection: ResolverTypeWrapper<Omit<ComplianceRecordConnection, 'nodes'> & { nodes: Array<ResolversTypes['ComplianceRecord']> }>;
  ComplianceRecordStatus: ComplianceRecordStatus;
  ConfirmRiskEventInput: ConfirmRiskEventInput;
  Consequence: ResolverTypeWrapper<StoredConsequence>;
  ConsequenceInput: ConsequenceInput;
  ConsequenceKind: ConsequenceKind;
  CoordinationDesk: ResolverTypeWrapper<StoredDesk>;
  CorrectDispatchCostsInput: CorrectDispatchCostsInput;
  CorrectiveAction: ResolverTypeWrapper<StoredCorrectiveAction>;
  CorrectiveActionConnection: ResolverTypeWrapper<Omit<CorrectiveActionConnection, 'nodes'> & { nodes: Array<ResolversTypes['CorrectiveAction']> }>;
  CorrectiveActionFilter: CorrectiveActionFilter;
  CorrectiveActionRejection: ResolverTypeWrapper<StoredCorrectiveActionRejection>;
  CorrectiveActionStatus: CorrectiveActionStatus;
  CorrectiveActionStep: ResolverTypeWrapper<StoredCorrectiveActionStep>;
  CorrectiveActionStepConnection: ResolverTypeWrapper<Omit<CorrectiveActionStepConnection, 'nodes'> & { nodes: Array<ResolversTypes['CorrectiveActionStep']> }>;
  CorrectiveActionStepKind: CorrectiveActionStepKind;
  CostItem: ResolverTypeWrapper<CostItem>;
  CostItemInput: CostItemInput;
  CostKind: CostKind;
  CoveredCostKind: ResolverTypeWrapper<CoveredCostKind>;
  CoveredCostKindInput: CoveredCostKindInput;
  CreateCorrectiveActionInput: CreateCorrectiveActionInput;
  CreateInventoryItemInput: CreateInventoryItemInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreatedWebhookSubscription: ResolverTypeWrapper<CreatedSubscription>;
  Criterion: ResolverTypeWrapper<StoredCriterion>;
  CriterionInput: CriterionInput;
  CriterionResult: ResolverTypeWrapper<StoredCriterionResult>;
  CriterionScore: ResolverTypeWrapper<CriterionScore>;
  CriterionScoreInput: CriterionScoreInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideAppealInput: DecideAppealInput;
  DecideClaimInput: DecideClaimInput;
  Decline: ResolverTypeWrapper<StoredDecline>;
  DeclineAgreementInput: DeclineAgreementInput;
  DefineResourceTypeInput: DefineResourceTypeInput;
  DefineRubricInput: DefineRubricInput;
  DispatchAidInput: DispatchAidInput;
  Dispute: ResolverTypeWrapper<StoredDispute>;
  DisputeComplianceRecordInput: DisputeComplianceRecordInput;
  DisputeResolution: DisputeResolution;
  DraftAgreementInput: DraftAgreementInput;
  Duration: ResolverTypeWrapper<Scalars['Duration']['output']>;
  Duty: ResolverTypeWrapper<StoredDuty>;
  DutyInput: DutyInput;
  DutyKind: DutyKind;
  DutyParty: DutyParty;
  DutyRole: DutyRole;
  EmergencyLevel: EmergencyLevel;
  EscalateRiskEventInput: EscalateRiskEventInput;
  Escalation: ResolverTypeWrapper<Escalation>;
  Evaluation: ResolverTypeWrapper<StoredEvaluation>;
  EvaluationConnection: ResolverTypeWrapper<Omit<EvaluationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Evaluation']> }>;
  EvaluationOutcome: EvaluationOutcome;
  EvaluationResult: ResolverTypeWrapper<EvaluationResultView>;
  EvaluationStatus: EvaluationStatus;
  EvaluationTargetKind: EvaluationTargetKind;
  EvaluationTargetType: EvaluationTargetType;
  EvaluatorAccreditation: ResolverTypeWrapper<StoredAccreditation>;
  EventClosure: ResolverTypeWrapper<EventClosure>;
  EventLocation: ResolverTypeWrapper<EventLocation>;
  EventLocationInput: EventLocationInput;
  EventPicture: ResolverTypeWrapper<EventPictureView>;
  Evidence: ResolverTypeWrapper<Evidence>;
  EvidenceInput: EvidenceInput;
  ExcludedAssessment: ResolverTypeWrapper<ExcludedAssessment>;
  FileClaimInput: FileClaimInput;
  FinalizeEvaluationInput: FinalizeEvaluationInput;
  FixedShare: ResolverTypeWrapper<CityShare>;
  FixedShareInput: FixedShareInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FormationMode: FormationMode;
  FulfilObligationInput: FulfilObligationInput;
  Fund: ResolverTypeWrapper<FundView>;
  FundContribution: ResolverTypeWrapper<StoredFundContribution>;
  FundContributionInput: FundContributionInput;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InKindEntry: ResolverTypeWrapper<InKindEntry>;
  InKindEntryInput: InKindEntryInput;
  InKindForm: InKindForm;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InventoryItem: ResolverTypeWrapper<StoredInventoryItem>;
  InventoryItemConnection: ResolverTypeWrapper<Omit<InventoryItemConnection, 'nodes'> & { nodes: Array<ResolversTypes['InventoryItem']> }>;
  ItemDecisionInput: ItemDecisionInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LedgerEntry: ResolverTypeWrapper<StoredLedgerEntry>;
  LedgerEntryKind: LedgerEntryKind;
  Lesson: ResolverTypeWrapper<StoredLesson>;
  LessonConnection: ResolverTypeWrapper<Omit<LessonConnection, 'nodes'> & { nodes: Array<ResolversTypes['Lesson']> }>;
  LessonKind: LessonKind;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  Me: ResolverTypeWrapper<Caller>;
  ModeChange: ResolverTypeWrapper<StoredModeChange>;
  ModeChangeConnection: ResolverTypeWrapper<Omit<ModeChangeConnection, 'nodes'> & { nodes: Array<ResolversTypes['ModeChange']> }>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<StoredNotification>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Notification']> }>;
  NotificationSettings: ResolverTypeWrapper<NotificationSettingsView>;
  NotificationType: NotificationType;
  Obligation: ResolverTypeWrapper<StoredObligation>;
  ObligationConnection: ResolverTypeWrapper<Omit<ObligationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Obligation']> }>;
  ObligationFilter: ObligationFilter;
  ObligationStatus: ObligationStatus;
  OfferAidInput: OfferAidInput;
  OfferableStock: ResolverTypeWrapper<OfferableStock>;
  OpenEvaluationInput: OpenEvaluationInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayerOwed: ResolverTypeWrapper<PayerOwedView>;
  Payment: ResolverTypeWrapper<StoredLedgerEntry>;
  PeriodInput: PeriodInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankedTrust: ResolverTypeWrapper<RankedTrustView>;
  Ratification: ResolverTypeWrapper<StoredRatification>;
  RatifyAgreementInput: RatifyAgreementInput;
  Readiness: Readiness;
  RecordComplianceInput: RecordComplianceInput;
  RecordPaymentInput: RecordPaymentInput;
  ReportCorrectiveActionProgressInput: ReportCorrectiveActionProgressInput;
  ReportRiskEventInput: ReportRiskEventInput;
  RequestAidInput: RequestAidInput;
  ReserveBasis: ReserveBasis;
  ReserveRequirement: ResolverTypeWrapper<StoredReserveRequirement>;
  ResolveComplianceDisputeInput: ResolveComplianceDisputeInput;
  ResourceTier: ResourceTier;
  ResourceType: ResolverTypeWrapper<StoredResourceType>;
  ReturnAidInput: ReturnAidInput;
  RevokeAccreditationInput: RevokeAccreditationInput;
  RiskCategory: RiskCategory;
  RiskEvent: ResolverTypeWrapper<StoredRiskEvent>;
  RiskEventConnection: ResolverTypeWrapper<Omit<RiskEventConnection, 'nodes'> & { nodes: Array<ResolversTypes['RiskEvent']> }>;
  RiskEventStatus: RiskEventStatus;
  Role: Role;
  Rubric: ResolverTypeWrapper<StoredRubric>;
  SetClusterModeInput: SetClusterModeInput;
  SetNotificationSettingsInput: SetNotificationSettingsInput;
  SetReserveRequirementInput: SetReserveRequirementInput;
  SetRiskEventStatusInput: SetRiskEventStatusInput;
  SetTrustSettingsInput: SetTrustSettingsInput;
  Severity: Severity;
  SharingRule: ResolverTypeWrapper<Omit<SharingRule, 'remainderRule' | 'shares'> & { remainderRule?: Maybe<ResolversTypes['CitySharingRule']>, shares: Array<ResolversTypes['FixedShare']> }>;
  SharingRuleInput: SharingRuleInput;
  SharingRuleKind: SharingRuleKind;
  Shortfall: ResolverTypeWrapper<ShortfallView>;
  SituationReport: ResolverTypeWrapper<StoredSituationReport>;
  SituationReportConnection: ResolverTypeWrapper<Omit<SituationReportConnection, 'nodes'> & { nodes: Array<ResolversTypes['SituationReport']> }>;
  SituationTotals: ResolverTypeWrapper<SituationTotals>;
  StorageLocation: ResolverTypeWrapper<StorageLocation>;
  StorageLocationInput: StorageLocationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitSituationReportInput: SubmitSituationReportInput;
  Supervision: Supervision;
  TimelineEntry: ResolverTypeWrapper<TimelineEntry>;
  Transfer: ResolverTypeWrapper<Transfer>;
  TrustDirection: TrustDirection;
  TrustDriver: ResolverTypeWrapper<DriverView>;
  TrustDriverGroup: ResolverTypeWrapper<DriverGroupView>;
  TrustSettings: ResolverTypeWrapper<TrustSettingsView>;
  TrustStanding: ResolverTypeWrapper<TrustStandingView>;
  TrustTrendPoint: ResolverTypeWrapper<TrustTrendPoint>;
  UpdateAgreementDraftInput: UpdateAgreementDraftInput;
  UpdateCityBaselineInput: UpdateCityBaselineInput;
  UpdateInventoryItemInput: UpdateInventoryItemInput;
  UpdateRiskEventInput: UpdateRiskEventInput;
  VerifyCorrectiveActionInput: VerifyCorrectiveActionInput;
  WaiveObligationInput: WaiveObligationInput;
  WarningLevel: WarningLevel;
  WebhookAttempt: ResolverTypeWrapper<StoredWebhookAttempt>;
  WebhookDelivery: ResolverTypeWrapper<StoredWebhookDelivery>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'nodes'> & { nodes: Array<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryState: WebhookDeliveryState;
  WebhookSubscription: ResolverTypeWrapper<StoredWebhookSubscription>;
  WebhookSubscriptionActionInput: WebhookSubscriptionActionInput;
  WebhookSubscriptionStatus: WebhookSubscriptionStatus;
  Withdrawal: ResolverTypeWrapper<Withdrawal>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccreditEvaluatorInput: AccreditEvaluatorInput;
  Agreement: StoredAgreement;
  AgreementActionInput: AgreementActionInput;
  AgreementConnection: Omit<AgreementConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Agreement']> };
  AgreementReasonInput: AgreementReasonInput;
  AgreementVersion: StoredAgreementVersion;
  AidOffer: StoredAidOffer;
  AidOfferActionInput: AidOfferActionInput;
  AidOfferReasonInput: AidOfferReasonInput;
  AidRequest: StoredAidRequest;
  AidRequestConnection: Omit<AidRequestConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AidRequest']> };
  AidRequestReasonInput: AidRequestReasonInput;
  AppealClaimInput: AppealClaimInput;
  Assessment: StoredAssessment;
  AssessmentInput: AssessmentInput;
  AuditEvent: StoredAuditEvent;
  AuditEventConnection: Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditLogFilter: AuditLogFilter;
  Balance: Omit<Balance, 'city'> & { city?: Maybe<ResolversParentTypes['City']> };
  Boolean: Scalars['Boolean']['output'];
  CapabilityTier: CapabilityTier;
  CapabilityTierInput: CapabilityTierInput;
  Casualties: Casualties;
  CasualtiesInput: CasualtiesInput;
  City: StoredCity;
  CityAvailability: CityAvailabilityView;
  CityBaseline: CityBaseline;
  CityConnection: Omit<CityConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['City']> };
  CityContribution: Contribution;
  CityObligationSummary: CitySummary;
  CitySharingRule: Omit<CitySharingRule, 'shares'> & { shares: Array<ResolversParentTypes['FixedShare']> };
  CitySharingRuleInput: CitySharingRuleInput;
  CitySituation: CitySituationView;
  Claim: StoredClaim;
  ClaimActionInput: ClaimActionInput;
  ClaimAppeal: ClaimAppeal;
  ClaimConnection: Omit<ClaimConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Claim']> };
  ClaimItem: ClaimItem;
  ClaimItemInput: ClaimItemInput;
  Cluster: StoredCluster;
  ClusterConnection: Omit<ClusterConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Cluster']> };
  ClusterTrust: ClusterTrustView;
  CompensationTerms: Omit<CompensationTerms, 'sharingRule'> & { sharingRule: ResolversParentTypes['SharingRule'] };
  CompensationTermsInput: CompensationTermsInput;
  CompleteCorrectiveActionInput: CompleteCorrectiveActionInput;
  ComplianceFilter: ComplianceFilter;
  ComplianceRecord: StoredComplianceRecord;
  ComplianceRecordConnection: Omit<ComplianceRecordConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ComplianceRecord']> };
  ConfirmRiskEventInput: ConfirmRiskEventInput;
  Consequence: StoredConsequence;
  ConsequenceInput: ConsequenceInput;
  CoordinationDesk: StoredDesk;
  CorrectDispatchCostsInput: CorrectDispatchCostsInput;
  CorrectiveAction: StoredCorrectiveAction;
  CorrectiveActionConnection: Omit<CorrectiveActionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['CorrectiveAction']> };
  CorrectiveActionFilter: CorrectiveActionFilter;
  CorrectiveActionRejection: StoredCorrectiveActionRejection;
  CorrectiveActionStep: StoredCorrectiveActionStep;
  CorrectiveActionStepConnection: Omit<CorrectiveActionStepConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['CorrectiveActionStep']> };
  CostItem: CostItem;
  CostItemInput: CostItemInput;
  CoveredCostKind: CoveredCostKind;
  CoveredCostKindInput: CoveredCostKindInput;
  CreateCorrectiveActionInput: CreateCorrectiveActionInput;
  CreateInventoryItemInput: CreateInventoryItemInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreatedWebhookSubscription: CreatedSubscription;
  Criterion: StoredCriterion;
  CriterionInput: CriterionInput;
  CriterionResult: StoredCriterionResult;
  CriterionScore: CriterionScore;
  CriterionScoreInput: CriterionScoreInput;
  DateTime: Scalars['DateTime']['output'];
  DecideAppealInput: DecideAppealInput;
  DecideClaimInput: DecideClaimInput;
  Decline: StoredDecline;
  DeclineAgreementInput: DeclineAgreementInput;
  DefineResourceTypeInput: DefineResourceTypeInput;
  DefineRubricInput: DefineRubricInput;
  DispatchAidInput: DispatchAidInput;
  Dispute: StoredDispute;
  DisputeComplianceRecordInput: DisputeComplianceRecordInput;
  DraftAgreementInput: DraftAgreementInput;
  Duration: Scalars['Duration']['output'];
  Duty: StoredDuty;
  DutyInput: DutyInput;
  EscalateRiskEventInput: EscalateRiskEventInput;
  Escalation: Escalation;
  Evaluation: StoredEvaluation;
  EvaluationConnection: Omit<EvaluationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Evaluation']> };
  EvaluationResult: EvaluationResultView;
  EvaluatorAccreditation: StoredAccreditation;
  EventClosure: EventClosure;
  EventLocation: EventLocation;
  EventLocationInput: EventLocationInput;
  EventPicture: EventPictureView;
  Evidence: Evidence;
  EvidenceInput: EvidenceInput;
  ExcludedAssessment: ExcludedAssessment;
  FileClaimInput: FileClaimInput;
  FinalizeEvaluationInput: FinalizeEvaluationInput;
  FixedShare: CityShare;
  FixedShareInput: FixedShareInput;
  Float: Scalars['Float']['output'];
  FulfilObligationInput: FulfilObligationInput;
  Fund: FundView;
  FundContribution: StoredFundContribution;
  FundContributionInput: FundContributionInput;
  GeoPoint: GeoPoint;
  ID: Scalars['ID']['output'];
  InKindEntry: InKindEntry;
  InKindEntryInput: InKindEntryInput;
  Int: Scalars['Int']['output'];
  InventoryItem: StoredInventoryItem;
  InventoryItemConnection: Omit<InventoryItemConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['InventoryItem']> };
  ItemDecisionInput: ItemDecisionInput;
  JSON: Scalars['JSON']['output'];
  LedgerEntry: StoredLedgerEntry;
  Lesson: StoredLesson;
  LessonConnection: Omit<LessonConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Lesson']> };
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  Me: Caller;
  ModeChange: StoredModeChange;
  ModeChangeConnection: Omit<ModeChangeConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ModeChange']> };
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Notification: StoredNotification;
  NotificationConnection: Omit<NotificationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Notification']> };
  NotificationSettings: NotificationSettingsView;
  Obligation: StoredObligation;
  ObligationConnection: Omit<ObligationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Obligation']> };
  ObligationFilter: ObligationFilter;
  OfferAidInput: OfferAidInput;
  OfferableStock: OfferableStock;
  OpenEvaluationInput: OpenEvaluationInput;
  PageInfo: PageInfo;
  PayerOwed: PayerOwedView;
  Payment: StoredLedgerEntry;
  PeriodInput: PeriodInput;
  Query: Record<PropertyKey, never>;
  RankedTrust: RankedTrustView;
  Ratification: StoredRatification;
  RatifyAgreementInput: RatifyAgreementInput;
  RecordComplianceInput: RecordComplianceInput;
  RecordPaymentInput: RecordPaymentInput;
  ReportCorrectiveActionProgressInput: ReportCorrectiveActionProgressInput;
  ReportRiskEventInput: ReportRiskEventInput;
  RequestAidInput: RequestAidInput;
  ReserveRequirement: StoredReserveRequirement;
  ResolveComplianceDisputeInput: ResolveComplianceDisputeInput;
  ResourceType: StoredResourceType;
  ReturnAidInput: ReturnAidInput;
  RevokeAccreditationInput: RevokeAccreditationInput;
  RiskEvent: StoredRiskEvent;
  RiskEventConnection: Omit<RiskEventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['RiskEvent']> };
  Rubric: StoredRubric;
  SetClusterModeInput: SetClusterModeInput;
  SetNotificationSettingsInput: SetNotificationSettingsInput;
  SetReserveRequirementInput: SetReserveRequirementInput;
  SetRiskEventStatusInput: SetRiskEventStatusInput;
  SetTrustSettingsInput: SetTrustSettingsInput;
  SharingRule: Omit<SharingRule, 'remainderRule' | 'shares'> & { remainderRule?: Maybe<ResolversParentTypes['CitySharingRule']>, shares: Array<ResolversParentTypes['FixedShare']> };
  SharingRuleInput: SharingRuleInput;
  Shortfall: ShortfallView;
  SituationReport: StoredSituationReport;
  SituationReportConnection: Omit<SituationReportConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SituationReport']> };
  SituationTotals: SituationTotals;
  StorageLocation: StorageLocation;
  StorageLocationInput: StorageLocationInput;
  String: Scalars['String']['output'];
  SubmitSituationReportInput: SubmitSituationReportInput;
  TimelineEntry: TimelineEntry;
  Transfer: Transfer;
  TrustDriver: DriverView;
  TrustDriverGroup: DriverGroupView;
  TrustSettings: TrustSettingsView;
  TrustStanding: TrustStandingView;
  TrustTrendPoint: TrustTrendPoint;
  UpdateAgreementDraftInput: UpdateAgreementDraftInput;
  UpdateCityBaselineInput: UpdateCityBaselineInput;
  UpdateInventoryItemInput: UpdateInventoryItemInput;
  UpdateRiskEventInput: UpdateRiskEventInput;
  VerifyCorrectiveActionInput: VerifyCorrectiveActionInput;
  WaiveObligationInput: WaiveObligationInput;
  WebhookAttempt: StoredWebhookAttempt;
  WebhookDelivery: StoredWebhookDelivery;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['WebhookDelivery']> };
  WebhookSubscription: StoredWebhookSubscription;
  WebhookSubscriptionActionInput: WebhookSubscriptionActionInput;
  Withdrawal: Withdrawal;
};

export type AgreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<Maybe<ResolversTypes['AgreementVersion']>, ParentType, ContextType>;
  pending?: Resolver<Maybe<ResolversTypes['AgreementVersion']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['AgreementVersion']>, ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgreementVersionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementVersion'] = ResolversParentTypes['AgreementVersion']> = {
  awaiting?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['RiskCategory']>, ParentType, ContextType>;
  compensation?: Resolver<Maybe<ResolversTypes['CompensationTerms']>, ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['Duty']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  inForceSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastDecline?: Resolver<Maybe<ResolversTypes['Decline']>, ParentType, ContextType>;
  minimumLevel?: Resolver<Maybe<ResolversTypes['EmergencyLevel']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  proposedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ratifications?: Resolver<Array<ResolversTypes['Ratification']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementVersionStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AidOfferResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AidOffer'] = ResolversParentTypes['AidOffer']> = {
  arrivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  consumed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  costItems?: Resolver<Array<ResolversTypes['CostItem']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dispatchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eta?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromCity?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['InventoryItem']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['AidRequest'], ParentType, ContextType>;
  returned?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  returnedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AidOfferStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ResourceTier'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AidRequestResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AidRequest'] = ResolversParentTypes['AidRequest']> = {
  acceptedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closingReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['StorageLocation'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['RiskEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumTier?: Resolver<ResolversTypes['ResourceTier'], ParentType, ContextType>;
  neededBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['AidOffer']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AidRequestStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AidRequestConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AidRequestConnection'] = ResolversParentTypes['AidRequestConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AidRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  evaluatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evaluatorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssessmentKind'], ParentType, ContextType>;
  recommendations?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssessmentStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  versionBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BalanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Balance'] = ResolversParentTypes['Balance']> = {
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  partyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CapabilityTierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CapabilityTier'] = ResolversParentTypes['CapabilityTier']> = {
  capability?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ResourceTier'], ParentType, ContextType>;
};

export type CasualtiesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Casualties'] = ResolversParentTypes['Casualties']> = {
  dead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  injured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = {
  baseline?: Resolver<ResolversTypes['CityBaseline'], ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CityAvailabilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CityAvailability'] = ResolversParentTypes['CityAvailability']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['InventoryItem']>, ParentType, ContextType>;
  stock?: Resolver<Array<ResolversTypes['OfferableStock']>, ParentType, ContextType>;
};

export type CityBaselineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CityBaseline'] = ResolversParentTypes['CityBaseline']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emergencyPersonnel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emergencyTeams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shelterCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vulnerablePopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CityConnection'] = ResolversParentTypes['CityConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CityContributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CityContribution'] = ResolversParentTypes['CityContribution']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CityObligationSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CityObligationSummary'] = ResolversParentTypes['CityObligationSummary']> = {
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  fulfilledLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fulfilledOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitySharingRuleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitySharingRule'] = ResolversParentTypes['CitySharingRule']> = {
  kind?: Resolver<ResolversTypes['SharingRuleKind'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['FixedShare']>, ParentType, ContextType>;
};

export type CitySituationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitySituation'] = ResolversParentTypes['CitySituation']> = {
  ageMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['SituationReport'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  agreementVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aidOfferId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  appeal?: Resolver<Maybe<ResolversTypes['ClaimAppeal']>, ParentType, ContextType>;
  approved?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  claimant?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ClaimItem']>, ParentType, ContextType>;
  ledgerEntries?: Resolver<Array<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  owedByPayer?: Resolver<Array<ResolversTypes['PayerOwed']>, ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimAppealResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimAppeal'] = ResolversParentTypes['ClaimAppeal']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClaimItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimItem'] = ResolversParentTypes['ClaimItem']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  approved?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompensationCostKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reductionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  cities?: Resolver<ResolversTypes['CityConnection'], ParentType, ContextType, RequireFields<ClusterCitiesArgs, 'first'>>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  desks?: Resolver<Array<ResolversTypes['CoordinationDesk']>, ParentType, ContextType>;
  formationMode?: Resolver<ResolversTypes['FormationMode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ClusterMode'], ParentType, ContextType>;
  modeHistory?: Resolver<ResolversTypes['ModeChangeConnection'], ParentType, ContextType, RequireFields<ClusterModeHistoryArgs, 'first'>>;
  modeSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType>;
  trustSettings?: Resolver<ResolversTypes['TrustSettings'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClusterConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterConnection'] = ResolversParentTypes['ClusterConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClusterTrustResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterTrust'] = ResolversParentTypes['ClusterTrust']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  coordinationOffice?: Resolver<ResolversTypes['TrustStanding'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['RankedTrust']>, ParentType, ContextType>;
  minimumEvidenceToRank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trustHalfLifeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompensationTermsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompensationTerms'] = ResolversParentTypes['CompensationTerms']> = {
  capPerClaim?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  capPerEvent?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  coveredKinds?: Resolver<Array<ResolversTypes['CoveredCostKind']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filingWindow?: Resolver<ResolversTypes['Duration'], ParentType, ContextType>;
  inKind?: Resolver<Array<ResolversTypes['InKindEntry']>, ParentType, ContextType>;
  sharingRule?: Resolver<ResolversTypes['SharingRule'], ParentType, ContextType>;
};

export type ComplianceRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplianceRecord'] = ResolversParentTypes['ComplianceRecord']> = {
  aboutCoordinationOffice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  consequence?: Resolver<Maybe<ResolversTypes['Consequence']>, ParentType, ContextType>;
  correctiveAction?: Resolver<Maybe<ResolversTypes['CorrectiveAction']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType>;
  disputeWindowEndsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['RiskEvent']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ComplianceKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligation?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType>;
  recordedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedByRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceRecordStatus'], ParentType, ContextType>;
  supervision?: Resolver<ResolversTypes['Supervision'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawal?: Resolver<Maybe<ResolversTypes['Withdrawal']>, ParentType, ContextType>;
};

export type ComplianceRecordConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplianceRecordConnection'] = ResolversParentTypes['ComplianceRecordConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ComplianceRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConsequenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consequence'] = ResolversParentTypes['Consequence']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  inEffect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsequenceKind'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CoordinationDeskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoordinationDesk'] = ResolversParentTypes['CoordinationDesk']> = {
  category?: Resolver<ResolversTypes['RiskCategory'], ParentType, ContextType>;
  dutyPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostCity?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrectiveActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CorrectiveAction'] = ResolversParentTypes['CorrectiveAction']> = {
  aboutCoordinationOffice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['CorrectiveActionStepConnection'], ParentType, ContextType, RequireFields<CorrectiveActionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRejection?: Resolver<Maybe<ResolversTypes['CorrectiveActionRejection']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueRecord?: Resolver<Maybe<ResolversTypes['ComplianceRecord']>, ParentType, ContextType>;
  ownerCity?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CorrectiveActionStatus'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CorrectiveActionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CorrectiveActionConnection'] = ResolversParentTypes['CorrectiveActionConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['CorrectiveAction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CorrectiveActionRejectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CorrectiveActionRejection'] = ResolversParentTypes['CorrectiveActionRejection']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrectiveActionStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CorrectiveActionStep'] = ResolversParentTypes['CorrectiveActionStep']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CorrectiveActionStepKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CorrectiveActionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CorrectiveActionStepConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CorrectiveActionStepConnection'] = ResolversParentTypes['CorrectiveActionStepConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['CorrectiveActionStep']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CostItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CostItem'] = ResolversParentTypes['CostItem']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CostKind'], ParentType, ContextType>;
};

export type CoveredCostKindResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoveredCostKind'] = ResolversParentTypes['CoveredCostKind']> = {
  capPerClaim?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompensationCostKind'], ParentType, ContextType>;
};

export type CreatedWebhookSubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreatedWebhookSubscription'] = ResolversParentTypes['CreatedWebhookSubscription']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type CriterionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CriterionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriterionResult'] = ResolversParentTypes['CriterionResult']> = {
  combined?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selfMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  spread?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standardDeviation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  thirdPartyMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CriterionScoreResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriterionScore'] = ResolversParentTypes['CriterionScore']> = {
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Decline'] = ResolversParentTypes['Decline']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisputeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute']> = {
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['DisputeResolution']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DurationScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Duration'], any> {
  name: 'Duration';
}

export type DutyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Duty'] = ResolversParentTypes['Duty']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['RiskCategory']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Duration'], ParentType, ContextType>;
  fromLevel?: Resolver<Maybe<ResolversTypes['EmergencyLevel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DutyKind'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['DutyParty'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['Duration']>, ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DutyRole'], ParentType, ContextType>;
};

export type EscalationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Escalation'] = ResolversParentTypes['Escalation']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  complianceRecord?: Resolver<Maybe<ResolversTypes['ComplianceRecord']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['RiskEvent']>, ParentType, ContextType>;
  finalizedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  finalizedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myAssessment?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType>;
  obligation?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  panel?: Resolver<Maybe<Array<ResolversTypes['EvaluatorAccreditation']>>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['EvaluationResult']>, ParentType, ContextType>;
  rubric?: Resolver<ResolversTypes['Rubric'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvaluationStatus'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['EvaluationTargetKind'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['EvaluationTargetType'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvaluationConnection'] = ResolversParentTypes['EvaluationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EvaluationResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvaluationResult'] = ResolversParentTypes['EvaluationResult']> = {
  criteria?: Resolver<Array<ResolversTypes['CriterionResult']>, ParentType, ContextType>;
  excluded?: Resolver<Array<ResolversTypes['ExcludedAssessment']>, ParentType, ContextType>;
  normalized?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['EvaluationOutcome'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  selfCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selfOverall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  selfWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spreadMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spreadMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spreadRange?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spreadStandardDeviation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  thirdPartyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thirdPartyOverall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  thirdPartyWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EvaluatorAccreditationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvaluatorAccreditation'] = ResolversParentTypes['EvaluatorAccreditation']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  affiliatedCity?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  affiliatedWithCoordinationOffice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evaluatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssessmentKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventClosureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventClosure'] = ResolversParentTypes['EventClosure']> = {
  stillOwedObligations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waivedObligations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventLocationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventLocation'] = ResolversParentTypes['EventLocation']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EventPictureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventPicture'] = ResolversParentTypes['EventPicture']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['CitySituation']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType>;
  notReported?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  staleAfter?: Resolver<ResolversTypes['Duration'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['SituationTotals'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  links?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExcludedAssessmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExcludedAssessment'] = ResolversParentTypes['ExcludedAssessment']> = {
  evaluatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evaluatorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FixedShareResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FixedShare'] = ResolversParentTypes['FixedShare']> = {
  basisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
};

export type FundResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fund'] = ResolversParentTypes['Fund']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['FundContribution']>, ParentType, ContextType, RequireFields<FundContributionsArgs, 'first'>>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dueToFund?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  fromMembers?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  fromThirdParties?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  owed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type FundContributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FundContribution'] = ResolversParentTypes['FundContribution']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thirdParty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InKindEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InKindEntry'] = ResolversParentTypes['InKindEntry']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['InKindForm'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type InventoryItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InventoryItem'] = ResolversParentTypes['InventoryItem']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastVerifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readiness?: Resolver<ResolversTypes['Readiness'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  shareable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['StorageLocation'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ResourceTier'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InventoryItemConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InventoryItemConnection'] = ResolversParentTypes['InventoryItemConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['InventoryItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LedgerEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  claimId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerEntryKind'], ParentType, ContextType>;
  payeeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LessonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Lesson'] = ResolversParentTypes['Lesson']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['RiskCategory']>, ParentType, ContextType>;
  correctiveAction?: Resolver<Maybe<ResolversTypes['CorrectiveAction']>, ParentType, ContextType>;
  evaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
  evaluationTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LessonKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LessonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LessonConnection'] = ResolversParentTypes['LessonConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Lesson']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overseenClusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ModeChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModeChange'] = ResolversParentTypes['ModeChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ClusterMode'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ClusterMode'], ParentType, ContextType>;
};

export type ModeChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModeChangeConnection'] = ResolversParentTypes['ModeChangeConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ModeChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptAidOffer?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationAcceptAidOfferArgs, 'input'>>;
  accreditEvaluator?: Resolver<ResolversTypes['EvaluatorAccreditation'], ParentType, ContextType, RequireFields<MutationAccreditEvaluatorArgs, 'input'>>;
  amendAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationAmendAgreementArgs, 'input'>>;
  appealClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationAppealClaimArgs, 'input'>>;
  cancelAid?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationCancelAidArgs, 'input'>>;
  cancelAidRequest?: Resolver<ResolversTypes['AidRequest'], ParentType, ContextType, RequireFields<MutationCancelAidRequestArgs, 'input'>>;
  closeAidRequest?: Resolver<ResolversTypes['AidRequest'], ParentType, ContextType, RequireFields<MutationCloseAidRequestArgs, 'input'>>;
  completeCorrectiveAction?: Resolver<ResolversTypes['CorrectiveAction'], ParentType, ContextType, RequireFields<MutationCompleteCorrectiveActionArgs, 'input'>>;
  confirmAidArrival?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationConfirmAidArrivalArgs, 'input'>>;
  confirmRiskEvent?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType, RequireFields<MutationConfirmRiskEventArgs, 'input'>>;
  correctDispatchCosts?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationCorrectDispatchCostsArgs, 'input'>>;
  createCorrectiveAction?: Resolver<ResolversTypes['CorrectiveAction'], ParentType, ContextType, RequireFields<MutationCreateCorrectiveActionArgs, 'input'>>;
  createInventoryItem?: Resolver<ResolversTypes['InventoryItem'], ParentType, ContextType, RequireFields<MutationCreateInventoryItemArgs, 'input'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['CreatedWebhookSubscription'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  decideAppeal?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationDecideAppealArgs, 'input'>>;
  decideClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationDecideClaimArgs, 'input'>>;
  declineAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationDeclineAgreementArgs, 'input'>>;
  declineAidOffer?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationDeclineAidOfferArgs, 'input'>>;
  defineResourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType, RequireFields<MutationDefineResourceTypeArgs, 'input'>>;
  defineRubric?: Resolver<ResolversTypes['Rubric'], ParentType, ContextType, RequireFields<MutationDefineRubricArgs, 'input'>>;
  deleteWebhookSubscription?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteWebhookSubscriptionArgs, 'input'>>;
  dispatchAid?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationDispatchAidArgs, 'input'>>;
  disputeComplianceRecord?: Resolver<ResolversTypes['ComplianceRecord'], ParentType, ContextType, RequireFields<MutationDisputeComplianceRecordArgs, 'input'>>;
  draftAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationDraftAgreementArgs, 'input'>>;
  escalateRiskEvent?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType, RequireFields<MutationEscalateRiskEventArgs, 'input'>>;
  fileClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationFileClaimArgs, 'input'>>;
  finalizeEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationFinalizeEvaluationArgs, 'input'>>;
  fulfilObligation?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType, RequireFields<MutationFulfilObligationArgs, 'input'>>;
  markNotificationsRead?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  offerAid?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationOfferAidArgs, 'input'>>;
  openEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationOpenEvaluationArgs, 'input'>>;
  pauseWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationPauseWebhookSubscriptionArgs, 'input'>>;
  proposeAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationProposeAgreementArgs, 'input'>>;
  ratifyAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationRatifyAgreementArgs, 'input'>>;
  recordCompliance?: Resolver<ResolversTypes['ComplianceRecord'], ParentType, ContextType, RequireFields<MutationRecordComplianceArgs, 'input'>>;
  recordFundContribution?: Resolver<ResolversTypes['FundContribution'], ParentType, ContextType, RequireFields<MutationRecordFundContributionArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  reportCorrectiveActionProgress?: Resolver<ResolversTypes['CorrectiveAction'], ParentType, ContextType, RequireFields<MutationReportCorrectiveActionProgressArgs, 'input'>>;
  reportRiskEvent?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType, RequireFields<MutationReportRiskEventArgs, 'input'>>;
  requestAid?: Resolver<ResolversTypes['AidRequest'], ParentType, ContextType, RequireFields<MutationRequestAidArgs, 'input'>>;
  resolveComplianceDispute?: Resolver<ResolversTypes['ComplianceRecord'], ParentType, ContextType, RequireFields<MutationResolveComplianceDisputeArgs, 'input'>>;
  resumeAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationResumeAgreementArgs, 'input'>>;
  resumeWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationResumeWebhookSubscriptionArgs, 'input'>>;
  returnAid?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationReturnAidArgs, 'input'>>;
  revokeAccreditation?: Resolver<ResolversTypes['EvaluatorAccreditation'], ParentType, ContextType, RequireFields<MutationRevokeAccreditationArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['CreatedWebhookSubscription'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'input'>>;
  saveAssessmentDraft?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationSaveAssessmentDraftArgs, 'input'>>;
  setClusterMode?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType, RequireFields<MutationSetClusterModeArgs, 'input'>>;
  setNotificationSettings?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType, RequireFields<MutationSetNotificationSettingsArgs, 'input'>>;
  setReserveRequirement?: Resolver<ResolversTypes['ReserveRequirement'], ParentType, ContextType, RequireFields<MutationSetReserveRequirementArgs, 'input'>>;
  setRiskEventStatus?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType, RequireFields<MutationSetRiskEventStatusArgs, 'input'>>;
  setTrustSettings?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType, RequireFields<MutationSetTrustSettingsArgs, 'input'>>;
  startClaimReview?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationStartClaimReviewArgs, 'input'>>;
  submitAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationSubmitAssessmentArgs, 'input'>>;
  submitSituationReport?: Resolver<ResolversTypes['SituationReport'], ParentType, ContextType, RequireFields<MutationSubmitSituationReportArgs, 'input'>>;
  suspendAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationSuspendAgreementArgs, 'input'>>;
  terminateAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationTerminateAgreementArgs, 'input'>>;
  updateAgreementDraft?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationUpdateAgreementDraftArgs, 'input'>>;
  updateCityBaseline?: Resolver<ResolversTypes['City'], ParentType, ContextType, RequireFields<MutationUpdateCityBaselineArgs, 'input'>>;
  updateInventoryItem?: Resolver<ResolversTypes['InventoryItem'], ParentType, ContextType, RequireFields<MutationUpdateInventoryItemArgs, 'input'>>;
  updateInventoryItems?: Resolver<Array<ResolversTypes['InventoryItem']>, ParentType, ContextType, RequireFields<MutationUpdateInventoryItemsArgs, 'items'>>;
  updateRiskEvent?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType, RequireFields<MutationUpdateRiskEventArgs, 'input'>>;
  verifyCorrectiveAction?: Resolver<ResolversTypes['CorrectiveAction'], ParentType, ContextType, RequireFields<MutationVerifyCorrectiveActionArgs, 'input'>>;
  waiveObligation?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType, RequireFields<MutationWaiveObligationArgs, 'input'>>;
  withdrawAidOffer?: Resolver<ResolversTypes['AidOffer'], ParentType, ContextType, RequireFields<MutationWithdrawAidOfferArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  agreementId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  aidOfferId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  aidRequestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  claimId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evaluationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['RiskEvent']>, ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligation?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType>;
  obligationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NotificationSettingsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = {
  reminderLeadTime?: Resolver<Maybe<ResolversTypes['Duration']>, ParentType, ContextType>;
};

export type ObligationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  agreementVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duty?: Resolver<ResolversTypes['Duty'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['RiskEvent']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  fulfilledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fulfilledByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DutyKind'], ParentType, ContextType>;
  owedByCoordinationOffice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DutyRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObligationStatus'], ParentType, ContextType>;
  triggeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waivedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ObligationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ObligationConnection'] = ResolversParentTypes['ObligationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OfferableStockResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfferableStock'] = ResolversParentTypes['OfferableStock']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ResourceTier'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PayerOwedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PayerOwed'] = ResolversParentTypes['PayerOwed']> = {
  owed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payer?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  payerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  claimId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'clusterId' | 'first'>>;
  aidRequest?: Resolver<ResolversTypes['AidRequest'], ParentType, ContextType, RequireFields<QueryAidRequestArgs, 'id'>>;
  aidRequests?: Resolver<ResolversTypes['AidRequestConnection'], ParentType, ContextType, RequireFields<QueryAidRequestsArgs, 'clusterId' | 'first'>>;
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'clusterId' | 'first'>>;
  balances?: Resolver<Array<ResolversTypes['Balance']>, ParentType, ContextType, RequireFields<QueryBalancesArgs, 'clusterId'>>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType, RequireFields<QueryCityArgs, 'id'>>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'clusterId' | 'first'>>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  clusterShortfalls?: Resolver<Array<ResolversTypes['Shortfall']>, ParentType, ContextType, RequireFields<QueryClusterShortfallsArgs, 'clusterId'>>;
  clusterTrust?: Resolver<ResolversTypes['ClusterTrust'], ParentType, ContextType, RequireFields<QueryClusterTrustArgs, 'clusterId'>>;
  clusters?: Resolver<ResolversTypes['ClusterConnection'], ParentType, ContextType, RequireFields<QueryClustersArgs, 'first'>>;
  complianceRecord?: Resolver<ResolversTypes['ComplianceRecord'], ParentType, ContextType, RequireFields<QueryComplianceRecordArgs, 'id'>>;
  complianceRecords?: Resolver<ResolversTypes['ComplianceRecordConnection'], ParentType, ContextType, RequireFields<QueryComplianceRecordsArgs, 'clusterId' | 'first'>>;
  correctiveAction?: Resolver<ResolversTypes['CorrectiveAction'], ParentType, ContextType, RequireFields<QueryCorrectiveActionArgs, 'id'>>;
  correctiveActions?: Resolver<ResolversTypes['CorrectiveActionConnection'], ParentType, ContextType, RequireFields<QueryCorrectiveActionsArgs, 'clusterId' | 'first'>>;
  escalations?: Resolver<ResolversTypes['RiskEventConnection'], ParentType, ContextType, RequireFields<QueryEscalationsArgs, 'first'>>;
  evaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<QueryEvaluationArgs, 'id'>>;
  evaluations?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, RequireFields<QueryEvaluationsArgs, 'clusterId' | 'first'>>;
  evaluatorAccreditations?: Resolver<Array<ResolversTypes['EvaluatorAccreditation']>, ParentType, ContextType, RequireFields<QueryEvaluatorAccreditationsArgs, 'clusterId'>>;
  eventPicture?: Resolver<ResolversTypes['EventPicture'], ParentType, ContextType, RequireFields<QueryEventPictureArgs, 'eventId' | 'staleAfter'>>;
  fund?: Resolver<ResolversTypes['Fund'], ParentType, ContextType, RequireFields<QueryFundArgs, 'clusterId'>>;
  inventory?: Resolver<ResolversTypes['InventoryItemConnection'], ParentType, ContextType, RequireFields<QueryInventoryArgs, 'clusterId' | 'first'>>;
  inventoryHistory?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryInventoryHistoryArgs, 'first' | 'itemId'>>;
  inventoryItem?: Resolver<ResolversTypes['InventoryItem'], ParentType, ContextType, RequireFields<QueryInventoryItemArgs, 'id'>>;
  lessons?: Resolver<ResolversTypes['LessonConnection'], ParentType, ContextType, RequireFields<QueryLessonsArgs, 'clusterId' | 'first'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  obligationSummary?: Resolver<Array<ResolversTypes['CityObligationSummary']>, ParentType, ContextType, RequireFields<QueryObligationSummaryArgs, 'clusterId'>>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, RequireFields<QueryObligationsArgs, 'clusterId' | 'first'>>;
  officeTrustStanding?: Resolver<ResolversTypes['TrustStanding'], ParentType, ContextType, RequireFields<QueryOfficeTrustStandingArgs, 'clusterId'>>;
  reserveRequirements?: Resolver<Array<ResolversTypes['ReserveRequirement']>, ParentType, ContextType, RequireFields<QueryReserveRequirementsArgs, 'clusterId'>>;
  resourceAvailability?: Resolver<Array<ResolversTypes['CityAvailability']>, ParentType, ContextType, RequireFields<QueryResourceAvailabilityArgs, 'requestId'>>;
  resourceCatalogue?: Resolver<Array<ResolversTypes['ResourceType']>, ParentType, ContextType, RequireFields<QueryResourceCatalogueArgs, 'clusterId'>>;
  riskEvent?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType, RequireFields<QueryRiskEventArgs, 'id'>>;
  riskEvents?: Resolver<ResolversTypes['RiskEventConnection'], ParentType, ContextType, RequireFields<QueryRiskEventsArgs, 'clusterId' | 'first'>>;
  rubrics?: Resolver<Array<ResolversTypes['Rubric']>, ParentType, ContextType, RequireFields<QueryRubricsArgs, 'clusterId'>>;
  settlementPlan?: Resolver<Array<ResolversTypes['Transfer']>, ParentType, ContextType, RequireFields<QuerySettlementPlanArgs, 'clusterId'>>;
  situationReports?: Resolver<ResolversTypes['SituationReportConnection'], ParentType, ContextType, RequireFields<QuerySituationReportsArgs, 'eventId' | 'first'>>;
  trustStanding?: Resolver<ResolversTypes['TrustStanding'], ParentType, ContextType, RequireFields<QueryTrustStandingArgs, 'cityId'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first' | 'subscriptionId'>>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType, RequireFields<QueryWebhookSubscriptionsArgs, 'clusterId'>>;
};

export type RankedTrustResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RankedTrust'] = ResolversParentTypes['RankedTrust']> = {
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ranked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['TrustStanding'], ParentType, ContextType>;
};

export type RatificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Ratification'] = ResolversParentTypes['Ratification']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
};

export type ReserveRequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReserveRequirement'] = ResolversParentTypes['ReserveRequirement']> = {
  basis?: Resolver<ResolversTypes['ReserveBasis'], ParentType, ContextType>;
  minimumTier?: Resolver<ResolversTypes['ResourceTier'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResourceTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResourceType'] = ResolversParentTypes['ResourceType']> = {
  categories?: Resolver<Array<ResolversTypes['RiskCategory']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['CapabilityTier']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RiskEvent'] = ResolversParentTypes['RiskEvent']> = {
  affectedCities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['RiskCategory'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closure?: Resolver<Maybe<ResolversTypes['EventClosure']>, ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  escalation?: Resolver<Maybe<ResolversTypes['Escalation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EmergencyLevel'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['EventLocation'], ParentType, ContextType>;
  observedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  originCity?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RiskEventStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warning?: Resolver<ResolversTypes['WarningLevel'], ParentType, ContextType>;
};

export type RiskEventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RiskEventConnection'] = ResolversParentTypes['RiskEventConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['RiskEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RubricResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rubric'] = ResolversParentTypes['Rubric']> = {
  criteria?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scaleMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scaleMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['EvaluationTargetKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SharingRuleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SharingRule'] = ResolversParentTypes['SharingRule']> = {
  fundBasisPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SharingRuleKind'], ParentType, ContextType>;
  remainderRule?: Resolver<Maybe<ResolversTypes['CitySharingRule']>, ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['FixedShare']>, ParentType, ContextType>;
};

export type ShortfallResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Shortfall'] = ResolversParentTypes['Shortfall']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['ReserveBasis'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['CityContribution']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minimumTier?: Resolver<ResolversTypes['ResourceTier'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SituationReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SituationReport'] = ResolversParentTypes['SituationReport']> = {
  affectedPopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  casualties?: Resolver<ResolversTypes['Casualties'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  evacuated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['RiskEvent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedByRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SituationReportConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SituationReportConnection'] = ResolversParentTypes['SituationReportConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['SituationReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SituationTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SituationTotals'] = ResolversParentTypes['SituationTotals']> = {
  affectedPopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citiesReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evacuated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  injured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StorageLocationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StorageLocation'] = ResolversParentTypes['StorageLocation']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TransferResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TrustDriverResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrustDriver'] = ResolversParentTypes['TrustDriver']> = {
  effect?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['ComplianceRecord'], ParentType, ContextType>;
  weightRemaining?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrustDriverGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrustDriverGroup'] = ResolversParentTypes['TrustDriverGroup']> = {
  effect?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['RiskEvent']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ComplianceKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsShown?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrustSettingsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrustSettings'] = ResolversParentTypes['TrustSettings']> = {
  disputeWindow?: Resolver<ResolversTypes['Duration'], ParentType, ContextType>;
  minimumEvidenceToRank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  penaltyThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rewardThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  selfWeight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thirdPartyWeight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trustHalfLifeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrustStandingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrustStanding'] = ResolversParentTypes['TrustStanding']> = {
  aboutCoordinationOffice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['TrustDirection'], ParentType, ContextType>;
  driverGroups?: Resolver<Array<ResolversTypes['TrustDriverGroup']>, ParentType, ContextType, RequireFields<TrustStandingDriverGroupsArgs, 'first'>>;
  drivers?: Resolver<Array<ResolversTypes['TrustDriver']>, ParentType, ContextType, RequireFields<TrustStandingDriversArgs, 'first'>>;
  lowerBound?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  negativeEvidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  positiveEvidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recordsCounted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['TrustTrendPoint']>, ParentType, ContextType>;
  uncertainty?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrustTrendPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrustTrendPoint'] = ResolversParentTypes['TrustTrendPoint']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  uncertainty?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notificationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  parkedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WebhookDeliveryState'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = {
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['NotificationType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  secretRotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookSubscriptionStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WithdrawalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Withdrawal'] = ResolversParentTypes['Withdrawal']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementVersion?: AgreementVersionResolvers<ContextType>;
  AidOffer?: AidOfferResolvers<ContextType>;
  AidRequest?: AidRequestResolvers<ContextType>;
  AidRequestConnection?: AidRequestConnectionResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  Balance?: BalanceResolvers<ContextType>;
  CapabilityTier?: CapabilityTierResolvers<ContextType>;
  Casualties?: CasualtiesResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CityAvailability?: CityAvailabilityResolvers<ContextType>;
  CityBaseline?: CityBaselineResolvers<ContextType>;
  CityConnection?: CityConnectionResolvers<ContextType>;
  CityContribution?: CityContributionResolvers<ContextType>;
  CityObligationSummary?: CityObligationSummaryResolvers<ContextType>;
  CitySharingRule?: CitySharingRuleResolvers<ContextType>;
  CitySituation?: CitySituationResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimAppeal?: ClaimAppealResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimItem?: ClaimItemResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterConnection?: ClusterConnectionResolvers<ContextType>;
  ClusterTrust?: ClusterTrustResolvers<ContextType>;
  CompensationTerms?: CompensationTermsResolvers<ContextType>;
  ComplianceRecord?: ComplianceRecordResolvers<ContextType>;
  ComplianceRecordConnection?: ComplianceRecordConnectionResolvers<ContextType>;
  Consequence?: ConsequenceResolvers<ContextType>;
  CoordinationDesk?: CoordinationDeskResolvers<ContextType>;
  CorrectiveAction?: CorrectiveActionResolvers<ContextType>;
  CorrectiveActionConnection?: CorrectiveActionConnectionResolvers<ContextType>;
  CorrectiveActionRejection?: CorrectiveActionRejectionResolvers<ContextType>;
  CorrectiveActionStep?: CorrectiveActionStepResolvers<ContextType>;
  CorrectiveActionStepConnection?: CorrectiveActionStepConnectionResolvers<ContextType>;
  CostItem?: CostItemResolvers<ContextType>;
  CoveredCostKind?: CoveredCostKindResolvers<ContextType>;
  CreatedWebhookSubscription?: CreatedWebhookSubscriptionResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  CriterionResult?: CriterionResultResolvers<ContextType>;
  CriterionScore?: CriterionScoreResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decline?: DeclineResolvers<ContextType>;
  Dispute?: DisputeResolvers<ContextType>;
  Duration?: GraphQLScalarType;
  Duty?: DutyResolvers<ContextType>;
  Escalation?: EscalationResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationConnection?: EvaluationConnectionResolvers<ContextType>;
  EvaluationResult?: EvaluationResultResolvers<ContextType>;
  EvaluatorAccreditation?: EvaluatorAccreditationResolvers<ContextType>;
  EventClosure?: EventClosureResolvers<ContextType>;
  EventLocation?: EventLocationResolvers<ContextType>;
  EventPicture?: EventPictureResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExcludedAssessment?: ExcludedAssessmentResolvers<ContextType>;
  FixedShare?: FixedShareResolvers<ContextType>;
  Fund?: FundResolvers<ContextType>;
  FundContribution?: FundContributionResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  InKindEntry?: InKindEntryResolvers<ContextType>;
  InventoryItem?: InventoryItemResolvers<ContextType>;
  InventoryItemConnection?: InventoryItemConnectionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  Lesson?: LessonResolvers<ContextType>;
  LessonConnection?: LessonConnectionResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  ModeChange?: ModeChangeResolvers<ContextType>;
  ModeChangeConnection?: ModeChangeConnectionResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  Obligation?: ObligationResolvers<ContextType>;
  ObligationConnection?: ObligationConnectionResolvers<ContextType>;
  OfferableStock?: OfferableStockResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PayerOwed?: PayerOwedResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedTrust?: RankedTrustResolvers<ContextType>;
  Ratification?: RatificationResolvers<ContextType>;
  ReserveRequirement?: ReserveRequirementResolvers<ContextType>;
  ResourceType?: ResourceTypeResolvers<ContextType>;
  RiskEvent?: RiskEventResolvers<ContextType>;
  RiskEventConnection?: RiskEventConnectionResolvers<ContextType>;
  Rubric?: RubricResolvers<ContextType>;
  SharingRule?: SharingRuleResolvers<ContextType>;
  Shortfall?: ShortfallResolvers<ContextType>;
  SituationReport?: SituationReportResolvers<ContextType>;
  SituationReportConnection?: SituationReportConnectionResolvers<ContextType>;
  SituationTotals?: SituationTotalsResolvers<ContextType>;
  StorageLocation?: StorageLocationResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  TrustDriver?: TrustDriverResolvers<ContextType>;
  TrustDriverGroup?: TrustDriverGroupResolvers<ContextType>;
  TrustSettings?: TrustSettingsResolvers<ContextType>;
  TrustStanding?: TrustStandingResolvers<ContextType>;
  TrustTrendPoint?: TrustTrendPointResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  Withdrawal?: WithdrawalResolvers<ContextType>;
};

