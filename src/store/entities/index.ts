import { LazyService, createConversions } from './lazy';
import { entityOptions } from './attributes';
import { ClusterEntity, CityEntity, ModeChangeEntity } from './clusters';
import { AuditEventEntity } from './audit';
import { AgreementEntity, AgreementVersionEntity } from './agreements';
import { RiskEventEntity } from './events';
import { ObligationEntity } from './obligations';
import { ComplianceRecordEntity, FundSuspensionEntity, StandingRecordKeyEntity } from './compliance';
import { RubricEntity, AccreditationEntity, EvaluationEntity, AssessmentEntity } from './evaluations';
import { ResourceTypeEntity, InventoryItemEntity, ReserveRequirementEntity } from './resources';
import { AidRequestEntity, AidOfferEntity } from './aid';
import { ClaimEntity, LedgerEntryEntity, FundContributionEntity } from './compensation';
import { IdempotencyEntity } from './idempotency';
import { SituationReportEntity } from './situation-reports';
import { WebhookSubscriptionEntity, WebhookDeliveryEntity } from './webhooks';
import { CorrectiveActionEntity, CorrectiveActionStepEntity, LessonEntity } from './corrective';

// One file per area; this index groups them into the service and is what the rest of the store imports.
export * from './clusters';
export * from './audit';
export * from './agreements';
export * from './events';
export * from './obligations';
export * from './compliance';
export * from './evaluations';
export * from './resources';
export * from './aid';
export * from './compensation';
export * from './idempotency';
export * from './situation-reports';
export * from './webhooks';
export * from './corrective';

/** Groups the entities for transactions that span them (a change and its audit event commit together). */
export const citypact = new LazyService(
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
    fundSuspension: FundSuspensionEntity,
    standingRecordKey: StandingRecordKeyEntity,
    situationReport: SituationReportEntity,
    webhookSubscription: WebhookSubscriptionEntity,
    webhookDelivery: WebhookDeliveryEntity,
    correctiveAction: CorrectiveActionEntity,
    correctiveActionStep: CorrectiveActionStepEntity,
    lesson: LessonEntity,
  },
  entityOptions,
);

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
  situationReport: createConversions(SituationReportEntity),
  webhookSubscription: createConversions(WebhookSubscriptionEntity),
  webhookDelivery: createConversions(WebhookDeliveryEntity),
  correctiveAction: createConversions(CorrectiveActionEntity),
  correctiveActionStep: createConversions(CorrectiveActionStepEntity),
  lesson: createConversions(LessonEntity),
};
