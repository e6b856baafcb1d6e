/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AidRequestsRequest($input: RequestAidInput!) { requestAid(input: $input) { id version } }": typeof types.AidRequestsRequestDocument,
    "mutation AidRequestsOffer($input: OfferAidInput!) { offerAid(input: $input) { id status quantity } }": typeof types.AidRequestsOfferDocument,
    "mutation AidRequestsAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { id status } }": typeof types.AidRequestsAcceptDocument,
    "mutation AidRequestsDispatch($offerId: ID!, $eta: DateTime!) { dispatchAid(input: { offerId: $offerId, eta: $eta }) { status } }": typeof types.AidRequestsDispatchDocument,
    "mutation AidRequestsArrived($offerId: ID!) { confirmAidArrival(input: { offerId: $offerId }) { status } }": typeof types.AidRequestsArrivedDocument,
    "fragment AidRequestsRequestFields on AidRequest { id status quantity acceptedQuantity version closedAt closingReason offers { id status reason } }": typeof types.AidRequestsRequestFieldsFragmentDoc,
    "mutation AidRequestsCancelRequest($input: AidRequestReasonInput!) { cancelAidRequest(input: $input) { ...AidRequestsRequestFields } }": typeof types.AidRequestsCancelRequestDocument,
    "mutation AidRequestsCloseRequest($input: AidRequestReasonInput!) { closeAidRequest(input: $input) { ...AidRequestsRequestFields } }": typeof types.AidRequestsCloseRequestDocument,
    "query AidRequestsReadRequest($id: ID!) { aidRequest(id: $id) { ...AidRequestsRequestFields } }": typeof types.AidRequestsReadRequestDocument,
    "query AidRequestsItem($id: ID!) { inventoryItem(id: $id) { committed version } }": typeof types.AidRequestsItemDocument,
    "query AidRequestsAudit($id: ID!) { auditLog(clusterId: \"cluster-jjj\", filter: { targetId: $id }) { nodes { action } } }": typeof types.AidRequestsAuditDocument,
    "mutation AuditUpdate($input: UpdateCityBaselineInput!) { updateCityBaseline(input: $input) { version updatedAt } }": typeof types.AuditUpdateDocument,
    "query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n    nodes { id action targetId versionAfter at } pageInfo { hasNextPage endCursor } } }": typeof types.AuditAuditDocument,
    "mutation BaselineUpdate($input: UpdateCityBaselineInput!) { updateCityBaseline(input: $input) {\n  id version updatedAt baseline { population vulnerablePopulation emergencyTeams emergencyPersonnel shelterCapacity asOf } } }": typeof types.BaselineUpdateDocument,
    "query BaselineRead($id: ID!) { city(id: $id) { version baseline { population shelterCapacity emergencyTeams asOf } } }": typeof types.BaselineReadDocument,
    "query BaselineAudit($targetId: ID!) { auditLog(clusterId: \"cluster-jjj\", filter: { targetId: $targetId }) {\n  nodes { action actorId actorName actorRole targetType targetId versionBefore versionAfter changes at } } }": typeof types.BaselineAuditDocument,
    "query BoundsAgreements($clusterId: ID!) { agreements(clusterId: $clusterId, first: 100) { nodes { id } } }": typeof types.BoundsAgreementsDocument,
    "mutation BoundsSettings($input: SetTrustSettingsInput!) { setTrustSettings(input: $input) { version } }": typeof types.BoundsSettingsDocument,
    "mutation BoundsSetReserve($input: SetReserveRequirementInput!) { setReserveRequirement(input: $input) { quantity version } }": typeof types.BoundsSetReserveDocument,
    "query BoundsShortfalls($clusterId: ID!) { clusterShortfalls(clusterId: $clusterId) { resourceType { id } required available shortfall coverage } }": typeof types.BoundsShortfallsDocument,
    "mutation BoundsRequest($input: RequestAidInput!) { requestAid(input: $input) { id quantity } }": typeof types.BoundsRequestDocument,
    "query BoundsRequests($clusterId: ID!) { aidRequests(clusterId: $clusterId, first: 100) { nodes { id } } }": typeof types.BoundsRequestsDocument,
    "mutation ClaimsCapFile($input: FileClaimInput!) { fileClaim(input: $input) { id version } }": typeof types.ClaimsCapFileDocument,
    "mutation ClaimsCapReview($input: ClaimActionInput!) { startClaimReview(input: $input) { id version } }": typeof types.ClaimsCapReviewDocument,
    "mutation ClaimsCapDecide($input: DecideClaimInput!) { decideClaim(input: $input) { status } }": typeof types.ClaimsCapDecideDocument,
    "fragment ClaimsClaimFields on Claim { id status version claimed { amountMinor currency } approved { amountMinor } items { number kind amount { amountMinor } approved { amountMinor } reductionReason } ledgerEntries { payerId payeeId amount { amountMinor } } }": typeof types.ClaimsClaimFieldsFragmentDoc,
    "mutation ClaimsFile($input: FileClaimInput!) { fileClaim(input: $input) { ...ClaimsClaimFields } }": typeof types.ClaimsFileDocument,
    "mutation ClaimsReview($input: ClaimActionInput!) { startClaimReview(input: $input) { ...ClaimsClaimFields } }": typeof types.ClaimsReviewDocument,
    "mutation ClaimsDecide($input: DecideClaimInput!) { decideClaim(input: $input) { ...ClaimsClaimFields } }": typeof types.ClaimsDecideDocument,
    "query ClaimsBalances { balances(clusterId: \"cluster-jjj\") { partyId city { id } net { amountMinor currency } } settlementPlan(clusterId: \"cluster-jjj\") { fromId toId amount { amountMinor } } }": typeof types.ClaimsBalancesDocument,
    "mutation ClaimsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id kind amount { amountMinor } reference } }": typeof types.ClaimsPayDocument,
    "mutation ClaimsAppeal($input: AppealClaimInput!) { appealClaim(input: $input) { ...ClaimsClaimFields appeal { statement outcome } } }": typeof types.ClaimsAppealDocument,
    "mutation ClaimsDecideAppeal($input: DecideAppealInput!) { decideAppeal(input: $input) { ...ClaimsClaimFields appeal { outcome reason decidedByName } } }": typeof types.ClaimsDecideAppealDocument,
    "query ClustersCluster($id: ID!) { cluster(id: $id) { id name formationMode mode modeSince version\n  desks { category name dutyPhone hostCity { id name } } } }": typeof types.ClustersClusterDocument,
    "query ClustersClusters($after: String, $first: Int) { clusters(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }": typeof types.ClustersClustersDocument,
    "query ClustersCities($first: Int, $after: String) { cluster(id: \"cluster-jjj\") {\n    cities(first: $first, after: $after) { nodes { id name province cluster { id } location { latitude longitude }\n      baseline { population vulnerablePopulation emergencyTeams emergencyPersonnel shelterCapacity asOf } }\n      pageInfo { hasNextPage endCursor } } } }": typeof types.ClustersCitiesDocument,
    "query CompensationTermsRead($id: ID!) { agreement(id: $id) { version inForce { compensation { currency filingWindow coveredKinds { kind capPerClaim { amountMinor currency } } capPerClaim { amountMinor } capPerEvent { amountMinor }\n  sharingRule { kind fundBasisPoints shares { city { id } basisPoints } remainderRule { kind shares { city { id } basisPoints } } } inKind { form description value { amountMinor currency } } } } pending { number compensation { currency filingWindow coveredKinds { kind capPerClaim { amountMinor currency } } capPerClaim { amountMinor } capPerEvent { amountMinor }\n  sharingRule { kind fundBasisPoints shares { city { id } basisPoints } remainderRule { kind shares { city { id } basisPoints } } } inKind { form description value { amountMinor currency } } } } } }": typeof types.CompensationTermsReadDocument,
    "mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId kind affiliatedCity { id } active version } }": typeof types.EvaluationsAccreditDocument,
    "mutation EvaluationsOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id status version targetKind targetType city { id } event { id }\n  rubric { id criteria { id weight } scaleMin scaleMax } panel { evaluatorId kind } } }": typeof types.EvaluationsOpenDocument,
    "mutation EvaluationsDraft($input: AssessmentInput!) { saveAssessmentDraft(input: $input) { status kind scores { criterionId score } version } }": typeof types.EvaluationsDraftDocument,
    "mutation EvaluationsSubmit($input: AssessmentInput!) { submitAssessment(input: $input) { status kind scores { criterionId score } findings submittedAt version } }": typeof types.EvaluationsSubmitDocument,
    "mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) { finalizeEvaluation(input: $input) { status version finalizedByName\n  result { overall normalized thirdPartyOverall selfOverall thirdPartyWeight selfWeight thirdPartyCount selfCount spreadMin spreadMax spreadRange outcome\n    criteria { criterionId name thirdPartyMean selfMean combined spread } }\n  complianceRecord { id kind city { id } supervision automatic note consequence { kind } } } }": typeof types.EvaluationsFinalizeDocument,
    "query EvaluationsEvaluation($id: ID!) { evaluation(id: $id) { id status version assessments { evaluatorId kind findings } myAssessment { status }\n  result { overall normalized outcome } complianceRecord { id kind } } }": typeof types.EvaluationsEvaluationDocument,
    "query EvaluationsList($clusterId: ID!) { evaluations(clusterId: $clusterId) { nodes { id title } } }": typeof types.EvaluationsListDocument,
    "query EvaluationsStanding { trustStanding(cityId: \"city-tianjin\") { score recordsCounted drivers { record { kind evaluation { id } } } } }": typeof types.EvaluationsStandingDocument,
    "mutation EvaluationsRubric($input: DefineRubricInput!) { defineRubric(input: $input) { id version criteria { id weight } } }": typeof types.EvaluationsRubricDocument,
    "query EvaluationsObligations($filter: ObligationFilter) { obligations(clusterId: \"cluster-jjj\", filter: $filter) { nodes { id } } }": typeof types.EvaluationsObligationsDocument,
    "mutation FundContribute($input: FundContributionInput!) { recordFundContribution(input: $input) { id city { id } thirdParty amount { amountMinor } reference } }": typeof types.FundContributeDocument,
    "query FundFund { fund(clusterId: \"cluster-jjj\") { fromMembers { amountMinor } fromThirdParties { amountMinor } disbursed { amountMinor } balance { amountMinor currency } owed { amountMinor } contributions { reference } } }": typeof types.FundFundDocument,
    "mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) { setClusterMode(input: $input) { id mode version } }": typeof types.IdsKeysAndTextSetModeDocument,
    "query IdsKeysAndTextMode { cluster(id: \"cluster-yrd\") { mode version modeHistory { nodes { reason } } } }": typeof types.IdsKeysAndTextModeDocument,
    "query IdsKeysAndTextEvents { riskEvents(clusterId: \"cluster-yrd\", first: 100) { nodes { id description } } }": typeof types.IdsKeysAndTextEventsDocument,
    "mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) { updateInventoryItem(input: $input, idempotencyKey: $key) { version onHand } }": typeof types.IdsKeysAndTextUpdateDocument,
    "fragment InventoryItemFields on InventoryItem { id version onHand shareable committed available readiness lastVerifiedAt storage { name latitude longitude } city { id } resourceType { id unit } tier }": typeof types.InventoryItemFieldsFragmentDoc,
    "mutation InventoryCreate($input: CreateInventoryItemInput!) { createInventoryItem(input: $input) { ...InventoryItemFields } }": typeof types.InventoryCreateDocument,
    "mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) { updateInventoryItem(input: $input, idempotencyKey: $key) { ...InventoryItemFields } }": typeof types.InventoryUpdateDocument,
    "mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) { updateInventoryItems(items: $items, idempotencyKey: $key) { ...InventoryItemFields } }": typeof types.InventoryUpdateManyDocument,
    "query InventoryRead($id: ID!) { inventoryItem(id: $id) { ...InventoryItemFields } }": typeof types.InventoryReadDocument,
    "query InventoryHistory($id: ID!) { inventoryHistory(itemId: $id, first: 100) { nodes { action actorName versionBefore versionAfter changes } } }": typeof types.InventoryHistoryDocument,
    "query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) { inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) { nodes { id city { id } resourceType { id } } } }": typeof types.InventoryListDocument,
    "mutation MessagesNameCitiesFile($input: FileClaimInput!) { fileClaim(input: $input) { id version } }": typeof types.MessagesNameCitiesFileDocument,
    "mutation MessagesNameCitiesPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }": typeof types.MessagesNameCitiesPayDocument,
    "mutation ModeSetMode($input: SetClusterModeInput!) { setClusterMode(input: $input) { id mode modeSince version } }": typeof types.ModeSetModeDocument,
    "query ModeHistory($id: ID!) { cluster(id: $id) { mode version modeHistory { nodes { from to reason at byName byRole } } } }": typeof types.ModeHistoryDocument,
    "query ModeAudit($id: ID!) { auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) { nodes { action targetId versionBefore versionAfter changes at } } }": typeof types.ModeAuditDocument,
    "fragment MutualAidOfferFields on AidOffer { id status quantity eta consumed returned fromCity { id } costItems { kind description amount { amountMinor currency } } item { id onHand shareable committed available } }": typeof types.MutualAidOfferFieldsFragmentDoc,
    "mutation MutualAidRequest($input: RequestAidInput!) { requestAid(input: $input) { id status quantity acceptedQuantity requester { id } resourceType { id } } }": typeof types.MutualAidRequestDocument,
    "mutation MutualAidOffer($input: OfferAidInput!) { offerAid(input: $input) { ...MutualAidOfferFields } }": typeof types.MutualAidOfferDocument,
    "mutation MutualAidAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { ...MutualAidOfferFields } }": typeof types.MutualAidAcceptDocument,
    "mutation MutualAidDecline($offerId: ID!) { declineAidOffer(input: { offerId: $offerId, reason: \"Two offers cover it\" }) { ...MutualAidOfferFields } }": typeof types.MutualAidDeclineDocument,
    "mutation MutualAidDispatch($input: DispatchAidInput!) { dispatchAid(input: $input) { ...MutualAidOfferFields } }": typeof types.MutualAidDispatchDocument,
    "mutation MutualAidArrived($offerId: ID!) { confirmAidArrival(input: { offerId: $offerId }) { ...MutualAidOfferFields } }": typeof types.MutualAidArrivedDocument,
    "mutation MutualAidReturn($input: ReturnAidInput!) { returnAid(input: $input) { ...MutualAidOfferFields } }": typeof types.MutualAidReturnDocument,
    "mutation MutualAidCancel($offerId: ID!) { cancelAid(input: { offerId: $offerId, reason: \"Water receding\" }) { ...MutualAidOfferFields } }": typeof types.MutualAidCancelDocument,
    "query MutualAidAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available distanceKm } }": typeof types.MutualAidAvailabilityDocument,
    "query MutualAidReadRequest($id: ID!) { aidRequest(id: $id) { status quantity acceptedQuantity offers { id status } } }": typeof types.MutualAidReadRequestDocument,
    "query MutualAidShortfalls { clusterShortfalls(clusterId: \"cluster-jjj\") { resourceType { id } available } }": typeof types.MutualAidShortfallsDocument,
    "query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n  nodes { id kind counts obligation { id } withdrawal { reason byName } } } }": typeof types.ObligationOutcomesRecordsDocument,
    "query ObligationOutcomesStanding($cityId: ID!) { trustStanding(cityId: $cityId) { score negativeEvidence recordsCounted } }": typeof types.ObligationOutcomesStandingDocument,
    "mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) {\n  status closedAt version closure { waivedObligations stillOwedObligations summary } } }": typeof types.ObligationOutcomesCloseDocument,
    "mutation ObligationOutcomesRequestAid($input: RequestAidInput!) { requestAid(input: $input) { id } }": typeof types.ObligationOutcomesRequestAidDocument,
    "query OverdueRacesRecords($cityId: ID) { complianceRecords(clusterId: \"cluster-jjj\", cityId: $cityId, first: 100) { nodes { kind counts obligation { id } } } }": typeof types.OverdueRacesRecordsDocument,
    "mutation OverdueRacesClose($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { status } }": typeof types.OverdueRacesCloseDocument,
    "mutation PartnerRecordsRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id status counts version } }": typeof types.PartnerRecordsRecordDocument,
    "mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) { disputeComplianceRecord(input: $input) { status version } }": typeof types.PartnerRecordsDisputeDocument,
    "mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) { resolveComplianceDispute(input: $input) { status counts } }": typeof types.PartnerRecordsResolveDocument,
    "query PartnerRecordsStanding($cityId: ID!) { trustStanding(cityId: $cityId) { recordsCounted } }": typeof types.PartnerRecordsStandingDocument,
    "mutation ReadRulesRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id } }": typeof types.ReadRulesRecordDocument,
    "mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }": typeof types.ReadRulesAccreditDocument,
    "mutation ReadRulesOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id } }": typeof types.ReadRulesOpenDocument,
    "fragment ReadRulesItemFields on InventoryItem { id onHand shareable committed available version storage { name latitude longitude } }": typeof types.ReadRulesItemFieldsFragmentDoc,
    "query ReadRulesItem($id: ID!) { inventoryItem(id: $id) { ...ReadRulesItemFields } }": typeof types.ReadRulesItemDocument,
    "query ReadRulesOffers($id: ID!) { aidRequest(id: $id) { offers { quantity tier fromCity { id } item { ...ReadRulesItemFields } } } }": typeof types.ReadRulesOffersDocument,
    "query ReadRulesListedOffers { aidRequests(clusterId: \"cluster-jjj\") { nodes { offers { item { ...ReadRulesItemFields } } } } }": typeof types.ReadRulesListedOffersDocument,
    "query ReadRulesAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available stock { tier available distanceKm } items { ...ReadRulesItemFields } } }": typeof types.ReadRulesAvailabilityDocument,
    "query ReadRulesStanding { trustStanding(cityId: \"city-tianjin\") { score summary } }": typeof types.ReadRulesStandingDocument,
    "query ReadRulesDrivers { trustStanding(cityId: \"city-tianjin\") { drivers { record { id } } } }": typeof types.ReadRulesDriversDocument,
    "query ReadRulesRead($id: ID!) { evaluation(id: $id) { title panel { evaluatorId organisation kind affiliatedWithCoordinationOffice active grantedAt } } }": typeof types.ReadRulesReadDocument,
    "query ReadRulesAccreditations { evaluatorAccreditations(clusterId: \"cluster-jjj\") { evaluatorId organisation } }": typeof types.ReadRulesAccreditationsDocument,
    "query ReadRulesClaim($id: ID!) { claim(id: $id) { id claimed { amountMinor } items { description } } }": typeof types.ReadRulesClaimDocument,
    "query ReadRulesClaims { claims(clusterId: \"cluster-jjj\") { nodes { id } } }": typeof types.ReadRulesClaimsDocument,
    "query ReadRulesThroughRecord($id: ID!) { complianceRecord(id: $id) { id claim { id claimed { amountMinor } } } }": typeof types.ReadRulesThroughRecordDocument,
    "query ReadRulesObligations($filter: ObligationFilter) { obligations(clusterId: \"cluster-jjj\", filter: $filter) { nodes { id city { id } event { id } } } }": typeof types.ReadRulesObligationsDocument,
    "query ReadRulesRecords { complianceRecords(clusterId: \"cluster-jjj\", filter: { cityId: \"city-tianjin\" }) { nodes { id event { id } } } }": typeof types.ReadRulesRecordsDocument,
    "query ResourcesCatalogue($clusterId: ID!) { resourceCatalogue(clusterId: $clusterId) { id name unit categories version tiers { tier capability minimum measure } } }": typeof types.ResourcesCatalogueDocument,
    "mutation ResourcesDefine($input: DefineResourceTypeInput!) { defineResourceType(input: $input) { id name version tiers { tier minimum } } }": typeof types.ResourcesDefineDocument,
    "query ShortfallsShortfalls($clusterId: ID!) { clusterShortfalls(clusterId: $clusterId) {\n  resourceType { id } minimumTier basis required available shortfall coverage contributions { city { id } available share } } }": typeof types.ShortfallsShortfallsDocument,
    "mutation ShortfallsSet($input: SetReserveRequirementInput!) { setReserveRequirement(input: $input) { resourceType { id } basis quantity version } }": typeof types.ShortfallsSetDocument,
    "mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { version shareable } }": typeof types.ShortfallsUpdateDocument,
    "mutation StateConflictsAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { status } }": typeof types.StateConflictsAcceptDocument,
    "mutation StateConflictsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }": typeof types.StateConflictsPayDocument,
    "mutation StateConflictsRevoke { revokeAccreditation(input: { clusterId: \"cluster-jjj\", evaluatorId: \"state-test-institute\", reason: \"Contract ended\" }) { active version } }": typeof types.StateConflictsRevokeDocument,
    "fragment TrustRecordFields on ComplianceRecord { id kind kindLabel city { id } aboutCoordinationOffice agreement { id } supervision severity note evidence { text links }\n  automatic recordedByName recordedByRole status counts disputeWindowEndsAt version\n  dispute { statement filedByName resolution reasons resolvedByName }\n  consequence { kind amount { amountMinor currency } until inEffect } }": typeof types.TrustRecordFieldsFragmentDoc,
    "mutation TrustRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { ...TrustRecordFields } }": typeof types.TrustRecordDocument,
    "mutation TrustDispute($input: DisputeComplianceRecordInput!) { disputeComplianceRecord(input: $input) { ...TrustRecordFields } }": typeof types.TrustDisputeDocument,
    "mutation TrustResolve($input: ResolveComplianceDisputeInput!) { resolveComplianceDispute(input: $input) { ...TrustRecordFields } }": typeof types.TrustResolveDocument,
    "query TrustOne($id: ID!) { complianceRecord(id: $id) { ...TrustRecordFields } }": typeof types.TrustOneDocument,
    "query TrustList($clusterId: ID!, $filter: ComplianceFilter) { complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) { nodes { id kind status city { id } } } }": typeof types.TrustListDocument,
    "query TrustStanding($cityId: ID!) { trustStanding(cityId: $cityId) { city { id } score uncertainty recordsCounted positiveEvidence negativeEvidence direction summary\n  trend { month score } } }": typeof types.TrustStandingDocument,
    "query TrustDrivers($cityId: ID!) { trustStanding(cityId: $cityId) { score drivers { effect weightRemaining explanation record { id kind } } } }": typeof types.TrustDriversDocument,
    "query TrustRanking($clusterId: ID!) { clusterTrust(clusterId: $clusterId) { trustHalfLifeDays members { rank standing { city { id } score uncertainty recordsCounted } }\n  coordinationOffice { aboutCoordinationOffice recordsCounted score } } }": typeof types.TrustRankingDocument,
    "query TrustBalances { balances(clusterId: \"cluster-jjj\") { partyId net { amountMinor } } }": typeof types.TrustBalancesDocument,
    "mutation TrustPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }": typeof types.TrustPayDocument,
    "mutation TrustSettings($input: SetTrustSettingsInput!) { setTrustSettings(input: $input) { version trustSettings { disputeWindow trustHalfLifeDays thirdPartyWeight selfWeight rewardThreshold penaltyThreshold } } }": typeof types.TrustSettingsDocument,
    "\n  fragment AgreementFields on Agreement {\n    id status version statusReason\n    inForce { number status title }\n    pending { number status ratifications { city { id } } awaiting { id } lastDecline { city { id } reason } }\n    versions { number status }\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "mutation DraftAgreement($input: DraftAgreementInput!) { draftAgreement(input: $input) { ...AgreementFields } }": typeof types.DraftAgreementDocument,
    "mutation ProposeAgreement($input: AgreementActionInput!) { proposeAgreement(input: $input) { ...AgreementFields } }": typeof types.ProposeAgreementDocument,
    "mutation RatifyAgreement($input: RatifyAgreementInput!) { ratifyAgreement(input: $input) { ...AgreementFields } }": typeof types.RatifyAgreementDocument,
    "mutation DeclineAgreement($input: DeclineAgreementInput!) { declineAgreement(input: $input) { ...AgreementFields } }": typeof types.DeclineAgreementDocument,
    "mutation AmendAgreement($input: AgreementActionInput!) { amendAgreement(input: $input) { ...AgreementFields } }": typeof types.AmendAgreementDocument,
    "mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) { updateAgreementDraft(input: $input) { ...AgreementFields } }": typeof types.UpdateAgreementDraftDocument,
    "mutation SuspendAgreement($input: AgreementReasonInput!) { suspendAgreement(input: $input) { ...AgreementFields } }": typeof types.SuspendAgreementDocument,
    "mutation ResumeAgreement($input: AgreementReasonInput!) { resumeAgreement(input: $input) { ...AgreementFields } }": typeof types.ResumeAgreementDocument,
    "mutation TerminateAgreement($input: AgreementReasonInput!) { terminateAgreement(input: $input) { ...AgreementFields } }": typeof types.TerminateAgreementDocument,
    "\n  fragment EventFields on RiskEvent {\n    id status level warning version confirmedAt\n    originCity { id } affectedCities { id }\n    escalation { automatic reason } timeline { kind from to }\n  }\n": typeof types.EventFieldsFragmentDoc,
    "mutation ReportRiskEvent($input: ReportRiskEventInput!) { reportRiskEvent(input: $input) { ...EventFields } }": typeof types.ReportRiskEventDocument,
    "mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) { confirmRiskEvent(input: $input) { ...EventFields } }": typeof types.ConfirmRiskEventDocument,
    "mutation UpdateRiskEvent($input: UpdateRiskEventInput!) { updateRiskEvent(input: $input) { ...EventFields } }": typeof types.UpdateRiskEventDocument,
    "mutation EscalateRiskEvent($input: EscalateRiskEventInput!) { escalateRiskEvent(input: $input) { ...EventFields } }": typeof types.EscalateRiskEventDocument,
    "mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { ...EventFields } }": typeof types.SetRiskEventStatusDocument,
    "\n  fragment ObligationFields on Obligation {\n    id status version kind role action dueAt triggeredAt fulfilledAt recordedAt agreementVersion owedByCoordinationOffice\n    city { id } duty { id action deadline } agreement { id } event { id } evidence { text links } waivedReason\n  }\n": typeof types.ObligationFieldsFragmentDoc,
    "query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n  obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n    nodes { ...ObligationFields } pageInfo { hasNextPage endCursor } } }": typeof types.ObligationsDocument,
    "mutation FulfilObligation($input: FulfilObligationInput!) { fulfilObligation(input: $input) { ...ObligationFields } }": typeof types.FulfilObligationDocument,
    "mutation WaiveObligation($input: WaiveObligationInput!) { waiveObligation(input: $input) { ...ObligationFields } }": typeof types.WaiveObligationDocument,
    "query ObligationSummary($clusterId: ID!, $eventId: ID) { obligationSummary(clusterId: $clusterId, eventId: $eventId) {\n  city { id } open overdue fulfilledOnTime fulfilledLate waived } }": typeof types.ObligationSummaryDocument,
    "query ComplianceRecords($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n  nodes { id kind city { id } obligation { id } supervision recordedByName note } } }": typeof types.ComplianceRecordsDocument,
};
const documents: Documents = {
    "mutation AidRequestsRequest($input: RequestAidInput!) { requestAid(input: $input) { id version } }": types.AidRequestsRequestDocument,
    "mutation AidRequestsOffer($input: OfferAidInput!) { offerAid(input: $input) { id status quantity } }": types.AidRequestsOfferDocument,
    "mutation AidRequestsAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { id status } }": types.AidRequestsAcceptDocument,
    "mutation AidRequestsDispatch($offerId: ID!, $eta: DateTime!) { dispatchAid(input: { offerId: $offerId, eta: $eta }) { status } }": types.AidRequestsDispatchDocument,
    "mutation AidRequestsArrived($offerId: ID!) { confirmAidArrival(input: { offerId: $offerId }) { status } }": types.AidRequestsArrivedDocument,
    "fragment AidRequestsRequestFields on AidRequest { id status quantity acceptedQuantity version closedAt closingReason offers { id status reason } }": types.AidRequestsRequestFieldsFragmentDoc,
    "mutation AidRequestsCancelRequest($input: AidRequestReasonInput!) { cancelAidRequest(input: $input) { ...AidRequestsRequestFields } }": types.AidRequestsCancelRequestDocument,
    "mutation AidRequestsCloseRequest($input: AidRequestReasonInput!) { closeAidRequest(input: $input) { ...AidRequestsRequestFields } }": types.AidRequestsCloseRequestDocument,
    "query AidRequestsReadRequest($id: ID!) { aidRequest(id: $id) { ...AidRequestsRequestFields } }": types.AidRequestsReadRequestDocument,
    "query AidRequestsItem($id: ID!) { inventoryItem(id: $id) { committed version } }": types.AidRequestsItemDocument,
    "query AidRequestsAudit($id: ID!) { auditLog(clusterId: \"cluster-jjj\", filter: { targetId: $id }) { nodes { action } } }": types.AidRequestsAuditDocument,
    "mutation AuditUpdate($input: UpdateCityBaselineInput!) { updateCityBaseline(input: $input) { version updatedAt } }": types.AuditUpdateDocument,
    "query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n    nodes { id action targetId versionAfter at } pageInfo { hasNextPage endCursor } } }": types.AuditAuditDocument,
    "mutation BaselineUpdate($input: UpdateCityBaselineInput!) { updateCityBaseline(input: $input) {\n  id version updatedAt baseline { population vulnerablePopulation emergencyTeams emergencyPersonnel shelterCapacity asOf } } }": types.BaselineUpdateDocument,
    "query BaselineRead($id: ID!) { city(id: $id) { version baseline { population shelterCapacity emergencyTeams asOf } } }": types.BaselineReadDocument,
    "query BaselineAudit($targetId: ID!) { auditLog(clusterId: \"cluster-jjj\", filter: { targetId: $targetId }) {\n  nodes { action actorId actorName actorRole targetType targetId versionBefore versionAfter changes at } } }": types.BaselineAuditDocument,
    "query BoundsAgreements($clusterId: ID!) { agreements(clusterId: $clusterId, first: 100) { nodes { id } } }": types.BoundsAgreementsDocument,
    "mutation BoundsSettings($input: SetTrustSettingsInput!) { setTrustSettings(input: $input) { version } }": types.BoundsSettingsDocument,
    "mutation BoundsSetReserve($input: SetReserveRequirementInput!) { setReserveRequirement(input: $input) { quantity version } }": types.BoundsSetReserveDocument,
    "query BoundsShortfalls($clusterId: ID!) { clusterShortfalls(clusterId: $clusterId) { resourceType { id } required available shortfall coverage } }": types.BoundsShortfallsDocument,
    "mutation BoundsRequest($input: RequestAidInput!) { requestAid(input: $input) { id quantity } }": types.BoundsRequestDocument,
    "query BoundsRequests($clusterId: ID!) { aidRequests(clusterId: $clusterId, first: 100) { nodes { id } } }": types.BoundsRequestsDocument,
    "mutation ClaimsCapFile($input: FileClaimInput!) { fileClaim(input: $input) { id version } }": types.ClaimsCapFileDocument,
    "mutation ClaimsCapReview($input: ClaimActionInput!) { startClaimReview(input: $input) { id version } }": types.ClaimsCapReviewDocument,
    "mutation ClaimsCapDecide($input: DecideClaimInput!) { decideClaim(input: $input) { status } }": types.ClaimsCapDecideDocument,
    "fragment ClaimsClaimFields on Claim { id status version claimed { amountMinor currency } approved { amountMinor } items { number kind amount { amountMinor } approved { amountMinor } reductionReason } ledgerEntries { payerId payeeId amount { amountMinor } } }": types.ClaimsClaimFieldsFragmentDoc,
    "mutation ClaimsFile($input: FileClaimInput!) { fileClaim(input: $input) { ...ClaimsClaimFields } }": types.ClaimsFileDocument,
    "mutation ClaimsReview($input: ClaimActionInput!) { startClaimReview(input: $input) { ...ClaimsClaimFields } }": types.ClaimsReviewDocument,
    "mutation ClaimsDecide($input: DecideClaimInput!) { decideClaim(input: $input) { ...ClaimsClaimFields } }": types.ClaimsDecideDocument,
    "query ClaimsBalances { balances(clusterId: \"cluster-jjj\") { partyId city { id } net { amountMinor currency } } settlementPlan(clusterId: \"cluster-jjj\") { fromId toId amount { amountMinor } } }": types.ClaimsBalancesDocument,
    "mutation ClaimsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id kind amount { amountMinor } reference } }": types.ClaimsPayDocument,
    "mutation ClaimsAppeal($input: AppealClaimInput!) { appealClaim(input: $input) { ...ClaimsClaimFields appeal { statement outcome } } }": types.ClaimsAppealDocument,
    "mutation ClaimsDecideAppeal($input: DecideAppealInput!) { decideAppeal(input: $input) { ...ClaimsClaimFields appeal { outcome reason decidedByName } } }": types.ClaimsDecideAppealDocument,
    "query ClustersCluster($id: ID!) { cluster(id: $id) { id name formationMode mode modeSince version\n  desks { category name dutyPhone hostCity { id name } } } }": types.ClustersClusterDocument,
    "query ClustersClusters($after: String, $first: Int) { clusters(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }": types.ClustersClustersDocument,
    "query ClustersCities($first: Int, $after: String) { cluster(id: \"cluster-jjj\") {\n    cities(first: $first, after: $after) { nodes { id name province cluster { id } location { latitude longitude }\n      baseline { population vulnerablePopulation emergencyTeams emergencyPersonnel shelterCapacity asOf } }\n      pageInfo { hasNextPage endCursor } } } }": types.ClustersCitiesDocument,
    "query CompensationTermsRead($id: ID!) { agreement(id: $id) { version inForce { compensation { currency filingWindow coveredKinds { kind capPerClaim { amountMinor currency } } capPerClaim { amountMinor } capPerEvent { amountMinor }\n  sharingRule { kind fundBasisPoints shares { city { id } basisPoints } remainderRule { kind shares { city { id } basisPoints } } } inKind { form description value { amountMinor currency } } } } pending { number compensation { currency filingWindow coveredKinds { kind capPerClaim { amountMinor currency } } capPerClaim { amountMinor } capPerEvent { amountMinor }\n  sharingRule { kind fundBasisPoints shares { city { id } basisPoints } remainderRule { kind shares { city { id } basisPoints } } } inKind { form description value { amountMinor currency } } } } } }": types.CompensationTermsReadDocument,
    "mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId kind affiliatedCity { id } active version } }": types.EvaluationsAccreditDocument,
    "mutation EvaluationsOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id status version targetKind targetType city { id } event { id }\n  rubric { id criteria { id weight } scaleMin scaleMax } panel { evaluatorId kind } } }": types.EvaluationsOpenDocument,
    "mutation EvaluationsDraft($input: AssessmentInput!) { saveAssessmentDraft(input: $input) { status kind scores { criterionId score } version } }": types.EvaluationsDraftDocument,
    "mutation EvaluationsSubmit($input: AssessmentInput!) { submitAssessment(input: $input) { status kind scores { criterionId score } findings submittedAt version } }": types.EvaluationsSubmitDocument,
    "mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) { finalizeEvaluation(input: $input) { status version finalizedByName\n  result { overall normalized thirdPartyOverall selfOverall thirdPartyWeight selfWeight thirdPartyCount selfCount spreadMin spreadMax spreadRange outcome\n    criteria { criterionId name thirdPartyMean selfMean combined spread } }\n  complianceRecord { id kind city { id } supervision automatic note consequence { kind } } } }": types.EvaluationsFinalizeDocument,
    "query EvaluationsEvaluation($id: ID!) { evaluation(id: $id) { id status version assessments { evaluatorId kind findings } myAssessment { status }\n  result { overall normalized outcome } complianceRecord { id kind } } }": types.EvaluationsEvaluationDocument,
    "query EvaluationsList($clusterId: ID!) { evaluations(clusterId: $clusterId) { nodes { id title } } }": types.EvaluationsListDocument,
    "query EvaluationsStanding { trustStanding(cityId: \"city-tianjin\") { score recordsCounted drivers { record { kind evaluation { id } } } } }": types.EvaluationsStandingDocument,
    "mutation EvaluationsRubric($input: DefineRubricInput!) { defineRubric(input: $input) { id version criteria { id weight } } }": types.EvaluationsRubricDocument,
    "query EvaluationsObligations($filter: ObligationFilter) { obligations(clusterId: \"cluster-jjj\", filter: $filter) { nodes { id } } }": types.EvaluationsObligationsDocument,
    "mutation FundContribute($input: FundContributionInput!) { recordFundContribution(input: $input) { id city { id } thirdParty amount { amountMinor } reference } }": types.FundContributeDocument,
    "query FundFund { fund(clusterId: \"cluster-jjj\") { fromMembers { amountMinor } fromThirdParties { amountMinor } disbursed { amountMinor } balance { amountMinor currency } owed { amountMinor } contributions { reference } } }": types.FundFundDocument,
    "mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) { setClusterMode(input: $input) { id mode version } }": types.IdsKeysAndTextSetModeDocument,
    "query IdsKeysAndTextMode { cluster(id: \"cluster-yrd\") { mode version modeHistory { nodes { reason } } } }": types.IdsKeysAndTextModeDocument,
    "query IdsKeysAndTextEvents { riskEvents(clusterId: \"cluster-yrd\", first: 100) { nodes { id description } } }": types.IdsKeysAndTextEventsDocument,
    "mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) { updateInventoryItem(input: $input, idempotencyKey: $key) { version onHand } }": types.IdsKeysAndTextUpdateDocument,
    "fragment InventoryItemFields on InventoryItem { id version onHand shareable committed available readiness lastVerifiedAt storage { name latitude longitude } city { id } resourceType { id unit } tier }": types.InventoryItemFieldsFragmentDoc,
    "mutation InventoryCreate($input: CreateInventoryItemInput!) { createInventoryItem(input: $input) { ...InventoryItemFields } }": types.InventoryCreateDocument,
    "mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) { updateInventoryItem(input: $input, idempotencyKey: $key) { ...InventoryItemFields } }": types.InventoryUpdateDocument,
    "mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) { updateInventoryItems(items: $items, idempotencyKey: $key) { ...InventoryItemFields } }": types.InventoryUpdateManyDocument,
    "query InventoryRead($id: ID!) { inventoryItem(id: $id) { ...InventoryItemFields } }": types.InventoryReadDocument,
    "query InventoryHistory($id: ID!) { inventoryHistory(itemId: $id, first: 100) { nodes { action actorName versionBefore versionAfter changes } } }": types.InventoryHistoryDocument,
    "query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) { inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) { nodes { id city { id } resourceType { id } } } }": types.InventoryListDocument,
    "mutation MessagesNameCitiesFile($input: FileClaimInput!) { fileClaim(input: $input) { id version } }": types.MessagesNameCitiesFileDocument,
    "mutation MessagesNameCitiesPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }": types.MessagesNameCitiesPayDocument,
    "mutation ModeSetMode($input: SetClusterModeInput!) { setClusterMode(input: $input) { id mode modeSince version } }": types.ModeSetModeDocument,
    "query ModeHistory($id: ID!) { cluster(id: $id) { mode version modeHistory { nodes { from to reason at byName byRole } } } }": types.ModeHistoryDocument,
    "query ModeAudit($id: ID!) { auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) { nodes { action targetId versionBefore versionAfter changes at } } }": types.ModeAuditDocument,
    "fragment MutualAidOfferFields on AidOffer { id status quantity eta consumed returned fromCity { id } costItems { kind description amount { amountMinor currency } } item { id onHand shareable committed available } }": types.MutualAidOfferFieldsFragmentDoc,
    "mutation MutualAidRequest($input: RequestAidInput!) { requestAid(input: $input) { id status quantity acceptedQuantity requester { id } resourceType { id } } }": types.MutualAidRequestDocument,
    "mutation MutualAidOffer($input: OfferAidInput!) { offerAid(input: $input) { ...MutualAidOfferFields } }": types.MutualAidOfferDocument,
    "mutation MutualAidAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { ...MutualAidOfferFields } }": types.MutualAidAcceptDocument,
    "mutation MutualAidDecline($offerId: ID!) { declineAidOffer(input: { offerId: $offerId, reason: \"Two offers cover it\" }) { ...MutualAidOfferFields } }": types.MutualAidDeclineDocument,
    "mutation MutualAidDispatch($input: DispatchAidInput!) { dispatchAid(input: $input) { ...MutualAidOfferFields } }": types.MutualAidDispatchDocument,
    "mutation MutualAidArrived($offerId: ID!) { confirmAidArrival(input: { offerId: $offerId }) { ...MutualAidOfferFields } }": types.MutualAidArrivedDocument,
    "mutation MutualAidReturn($input: ReturnAidInput!) { returnAid(input: $input) { ...MutualAidOfferFields } }": types.MutualAidReturnDocument,
    "mutation MutualAidCancel($offerId: ID!) { cancelAid(input: { offerId: $offerId, reason: \"Water receding\" }) { ...MutualAidOfferFields } }": types.MutualAidCancelDocument,
    "query MutualAidAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available distanceKm } }": types.MutualAidAvailabilityDocument,
    "query MutualAidReadRequest($id: ID!) { aidRequest(id: $id) { status quantity acceptedQuantity offers { id status } } }": types.MutualAidReadRequestDocument,
    "query MutualAidShortfalls { clusterShortfalls(clusterId: \"cluster-jjj\") { resourceType { id } available } }": types.MutualAidShortfallsDocument,
    "query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n  nodes { id kind counts obligation { id } withdrawal { reason byName } } } }": types.ObligationOutcomesRecordsDocument,
    "query ObligationOutcomesStanding($cityId: ID!) { trustStanding(cityId: $cityId) { score negativeEvidence recordsCounted } }": types.ObligationOutcomesStandingDocument,
    "mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) {\n  status closedAt version closure { waivedObligations stillOwedObligations summary } } }": types.ObligationOutcomesCloseDocument,
    "mutation ObligationOutcomesRequestAid($input: RequestAidInput!) { requestAid(input: $input) { id } }": types.ObligationOutcomesRequestAidDocument,
    "query OverdueRacesRecords($cityId: ID) { complianceRecords(clusterId: \"cluster-jjj\", cityId: $cityId, first: 100) { nodes { kind counts obligation { id } } } }": types.OverdueRacesRecordsDocument,
    "mutation OverdueRacesClose($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { status } }": types.OverdueRacesCloseDocument,
    "mutation PartnerRecordsRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id status counts version } }": types.PartnerRecordsRecordDocument,
    "mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) { disputeComplianceRecord(input: $input) { status version } }": types.PartnerRecordsDisputeDocument,
    "mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) { resolveComplianceDispute(input: $input) { status counts } }": types.PartnerRecordsResolveDocument,
    "query PartnerRecordsStanding($cityId: ID!) { trustStanding(cityId: $cityId) { recordsCounted } }": types.PartnerRecordsStandingDocument,
    "mutation ReadRulesRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id } }": types.ReadRulesRecordDocument,
    "mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }": types.ReadRulesAccreditDocument,
    "mutation ReadRulesOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id } }": types.ReadRulesOpenDocument,
    "fragment ReadRulesItemFields on InventoryItem { id onHand shareable committed available version storage { name latitude longitude } }": types.ReadRulesItemFieldsFragmentDoc,
    "query ReadRulesItem($id: ID!) { inventoryItem(id: $id) { ...ReadRulesItemFields } }": types.ReadRulesItemDocument,
    "query ReadRulesOffers($id: ID!) { aidRequest(id: $id) { offers { quantity tier fromCity { id } item { ...ReadRulesItemFields } } } }": types.ReadRulesOffersDocument,
    "query ReadRulesListedOffers { aidRequests(clusterId: \"cluster-jjj\") { nodes { offers { item { ...ReadRulesItemFields } } } } }": types.ReadRulesListedOffersDocument,
    "query ReadRulesAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available stock { tier available distanceKm } items { ...ReadRulesItemFields } } }": types.ReadRulesAvailabilityDocument,
    "query ReadRulesStanding { trustStanding(cityId: \"city-tianjin\") { score summary } }": types.ReadRulesStandingDocument,
    "query ReadRulesDrivers { trustStanding(cityId: \"city-tianjin\") { drivers { record { id } } } }": types.ReadRulesDriversDocument,
    "query ReadRulesRead($id: ID!) { evaluation(id: $id) { title panel { evaluatorId organisation kind affiliatedWithCoordinationOffice active grantedAt } } }": types.ReadRulesReadDocument,
    "query ReadRulesAccreditations { evaluatorAccreditations(clusterId: \"cluster-jjj\") { evaluatorId organisation } }": types.ReadRulesAccreditationsDocument,
    "query ReadRulesClaim($id: ID!) { claim(id: $id) { id claimed { amountMinor } items { description } } }": types.ReadRulesClaimDocument,
    "query ReadRulesClaims { claims(clusterId: \"cluster-jjj\") { nodes { id } } }": types.ReadRulesClaimsDocument,
    "query ReadRulesThroughRecord($id: ID!) { complianceRecord(id: $id) { id claim { id claimed { amountMinor } } } }": types.ReadRulesThroughRecordDocument,
    "query ReadRulesObligations($filter: ObligationFilter) { obligations(clusterId: \"cluster-jjj\", filter: $filter) { nodes { id city { id } event { id } } } }": types.ReadRulesObligationsDocument,
    "query ReadRulesRecords { complianceRecords(clusterId: \"cluster-jjj\", filter: { cityId: \"city-tianjin\" }) { nodes { id event { id } } } }": types.ReadRulesRecordsDocument,
    "query ResourcesCatalogue($clusterId: ID!) { resourceCatalogue(clusterId: $clusterId) { id name unit categories version tiers { tier capability minimum measure } } }": types.ResourcesCatalogueDocument,
    "mutation ResourcesDefine($input: DefineResourceTypeInput!) { defineResourceType(input: $input) { id name version tiers { tier minimum } } }": types.ResourcesDefineDocument,
    "query ShortfallsShortfalls($clusterId: ID!) { clusterShortfalls(clusterId: $clusterId) {\n  resourceType { id } minimumTier basis required available shortfall coverage contributions { city { id } available share } } }": types.ShortfallsShortfallsDocument,
    "mutation ShortfallsSet($input: SetReserveRequirementInput!) { setReserveRequirement(input: $input) { resourceType { id } basis quantity version } }": types.ShortfallsSetDocument,
    "mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { version shareable } }": types.ShortfallsUpdateDocument,
    "mutation StateConflictsAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { status } }": types.StateConflictsAcceptDocument,
    "mutation StateConflictsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }": types.StateConflictsPayDocument,
    "mutation StateConflictsRevoke { revokeAccreditation(input: { clusterId: \"cluster-jjj\", evaluatorId: \"state-test-institute\", reason: \"Contract ended\" }) { active version } }": types.StateConflictsRevokeDocument,
    "fragment TrustRecordFields on ComplianceRecord { id kind kindLabel city { id } aboutCoordinationOffice agreement { id } supervision severity note evidence { text links }\n  automatic recordedByName recordedByRole status counts disputeWindowEndsAt version\n  dispute { statement filedByName resolution reasons resolvedByName }\n  consequence { kind amount { amountMinor currency } until inEffect } }": types.TrustRecordFieldsFragmentDoc,
    "mutation TrustRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { ...TrustRecordFields } }": types.TrustRecordDocument,
    "mutation TrustDispute($input: DisputeComplianceRecordInput!) { disputeComplianceRecord(input: $input) { ...TrustRecordFields } }": types.TrustDisputeDocument,
    "mutation TrustResolve($input: ResolveComplianceDisputeInput!) { resolveComplianceDispute(input: $input) { ...TrustRecordFields } }": types.TrustResolveDocument,
    "query TrustOne($id: ID!) { complianceRecord(id: $id) { ...TrustRecordFields } }": types.TrustOneDocument,
    "query TrustList($clusterId: ID!, $filter: ComplianceFilter) { complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) { nodes { id kind status city { id } } } }": types.TrustListDocument,
    "query TrustStanding($cityId: ID!) { trustStanding(cityId: $cityId) { city { id } score uncertainty recordsCounted positiveEvidence negativeEvidence direction summary\n  trend { month score } } }": types.TrustStandingDocument,
    "query TrustDrivers($cityId: ID!) { trustStanding(cityId: $cityId) { score drivers { effect weightRemaining explanation record { id kind } } } }": types.TrustDriversDocument,
    "query TrustRanking($clusterId: ID!) { clusterTrust(clusterId: $clusterId) { trustHalfLifeDays members { rank standing { city { id } score uncertainty recordsCounted } }\n  coordinationOffice { aboutCoordinationOffice recordsCounted score } } }": types.TrustRankingDocument,
    "query TrustBalances { balances(clusterId: \"cluster-jjj\") { partyId net { amountMinor } } }": types.TrustBalancesDocument,
    "mutation TrustPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }": types.TrustPayDocument,
    "mutation TrustSettings($input: SetTrustSettingsInput!) { setTrustSettings(input: $input) { version trustSettings { disputeWindow trustHalfLifeDays thirdPartyWeight selfWeight rewardThreshold penaltyThreshold } } }": types.TrustSettingsDocument,
    "\n  fragment AgreementFields on Agreement {\n    id status version statusReason\n    inForce { number status title }\n    pending { number status ratifications { city { id } } awaiting { id } lastDecline { city { id } reason } }\n    versions { number status }\n  }\n": types.AgreementFieldsFragmentDoc,
    "mutation DraftAgreement($input: DraftAgreementInput!) { draftAgreement(input: $input) { ...AgreementFields } }": types.DraftAgreementDocument,
    "mutation ProposeAgreement($input: AgreementActionInput!) { proposeAgreement(input: $input) { ...AgreementFields } }": types.ProposeAgreementDocument,
    "mutation RatifyAgreement($input: RatifyAgreementInput!) { ratifyAgreement(input: $input) { ...AgreementFields } }": types.RatifyAgreementDocument,
    "mutation DeclineAgreement($input: DeclineAgreementInput!) { declineAgreement(input: $input) { ...AgreementFields } }": types.DeclineAgreementDocument,
    "mutation AmendAgreement($input: AgreementActionInput!) { amendAgreement(input: $input) { ...AgreementFields } }": types.AmendAgreementDocument,
    "mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) { updateAgreementDraft(input: $input) { ...AgreementFields } }": types.UpdateAgreementDraftDocument,
    "mutation SuspendAgreement($input: AgreementReasonInput!) { suspendAgreement(input: $input) { ...AgreementFields } }": types.SuspendAgreementDocument,
    "mutation ResumeAgreement($input: AgreementReasonInput!) { resumeAgreement(input: $input) { ...AgreementFields } }": types.ResumeAgreementDocument,
    "mutation TerminateAgreement($input: AgreementReasonInput!) { terminateAgreement(input: $input) { ...AgreementFields } }": types.TerminateAgreementDocument,
    "\n  fragment EventFields on RiskEvent {\n    id status level warning version confirmedAt\n    originCity { id } affectedCities { id }\n    escalation { automatic reason } timeline { kind from to }\n  }\n": types.EventFieldsFragmentDoc,
    "mutation ReportRiskEvent($input: ReportRiskEventInput!) { reportRiskEvent(input: $input) { ...EventFields } }": types.ReportRiskEventDocument,
    "mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) { confirmRiskEvent(input: $input) { ...EventFields } }": types.ConfirmRiskEventDocument,
    "mutation UpdateRiskEvent($input: UpdateRiskEventInput!) { updateRiskEvent(input: $input) { ...EventFields } }": types.UpdateRiskEventDocument,
    "mutation EscalateRiskEvent($input: EscalateRiskEventInput!) { escalateRiskEvent(input: $input) { ...EventFields } }": types.EscalateRiskEventDocument,
    "mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { ...EventFields } }": types.SetRiskEventStatusDocument,
    "\n  fragment ObligationFields on Obligation {\n    id status version kind role action dueAt triggeredAt fulfilledAt recordedAt agreementVersion owedByCoordinationOffice\n    city { id } duty { id action deadline } agreement { id } event { id } evidence { text links } waivedReason\n  }\n": types.ObligationFieldsFragmentDoc,
    "query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n  obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n    nodes { ...ObligationFields } pageInfo { hasNextPage endCursor } } }": types.ObligationsDocument,
    "mutation FulfilObligation($input: FulfilObligationInput!) { fulfilObligation(input: $input) { ...ObligationFields } }": types.FulfilObligationDocument,
    "mutation WaiveObligation($input: WaiveObligationInput!) { waiveObligation(input: $input) { ...ObligationFields } }": types.WaiveObligationDocument,
    "query ObligationSummary($clusterId: ID!, $eventId: ID) { obligationSummary(clusterId: $clusterId, eventId: $eventId) {\n  city { id } open overdue fulfilledOnTime fulfilledLate waived } }": types.ObligationSummaryDocument,
    "query ComplianceRecords($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n  nodes { id kind city { id } obligation { id } supervision recordedByName note } } }": types.ComplianceRecordsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AidRequestsRequest($input: RequestAidInput!) { requestAid(input: $input) { id version } }"): (typeof documents)["mutation AidRequestsRequest($input: RequestAidInput!) { requestAid(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AidRequestsOffer($input: OfferAidInput!) { offerAid(input: $input) { id status quantity } }"): (typeof documents)["mutation AidRequestsOffer($input: OfferAidInput!) { offerAid(input: $input) { id status quantity } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AidRequestsAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { id status } }"): (typeof documents)["mutation AidRequestsAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AidRequestsDispatch($offerId: ID!, $eta: DateTime!) { dispatchAid(input: { offerId: $offerId, eta: $eta }) { status } }"): (typeof documents)["mutation AidRequestsDispatch($offerId: ID!, $eta: DateTime!) { dispatchAid(input: { offerId: $offerId, eta: $eta }) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AidRequestsArrived($offerId: ID!) { confirmAidArrival(input: { offerId: $offerId }) { status } }"): (typeof documents)["mutation AidRequestsArrived($offerId: ID!) { confirmAidArrival(input: { offerId: $offerId }) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AidRequestsRequestFields on AidRequest { id status quantity acceptedQuantity version closedAt closingReason offers { id status reason } }"): (typeof documents)["fragment AidRequestsRequestFields on AidRequest { id status quantity acceptedQuantity version closedAt closingReason offers { id status reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AidRequestsCancelRequest($input: AidRequestReasonInput!) { cancelAidRequest(input: $input) { ...AidRequestsRequestFields } }"): (typeof documents)["mutation AidRequestsCancelRequest($input: AidRequestReasonInput!) { cancelAidRequest(input: $input) { ...AidRequestsRequestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AidRequestsCloseRequest($input: AidRequestReasonInput!) { closeAidRequest(input: $input) { ...AidRequestsRequestFields } }"): (typeof documents)["mutation AidRequestsCloseRequest($input: AidRequestReasonInput!) { closeAidRequest(input: $input) { ...AidRequestsRequestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AidRequestsReadRequest($id: ID!) { aidRequest(id: $id) { ...AidRequestsRequestFields } }"): (typeof documents)["query AidRequestsReadRequest($id: ID!) { aidRequest(id: $id) { ...AidRequestsRequestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AidRequestsItem($id: ID!) { inventoryItem(id: $id) { committed version } }"): (typeof documents)["query AidRequestsItem($id: ID!) { inventoryItem(id: $id) { committed version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AidRequestsAudit($id: ID!) { auditLog(clusterId: \"cluster-jjj\", filter: { targetId: $id }) { nodes { action } } }"): (typeof documents)["query AidRequestsAudit($id: ID!) { auditLog(clusterId: \"cluster-jjj\", filter: { targetId: $id }) { nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditUpdate($input: UpdateCityBaselineInput!) { updateCityBaseline(input: $input) { version updatedAt } }"): (typeof documents)["mutation AuditUpdate($input: UpdateCityBaselineInput!) { updateCityBaseline(input: $input) { version updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n    nodes { id action targetId versionAfter at } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n    nodes { id action targetId versionAfter at } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BaselineUpdate($input: UpdateCityBaselineInput!) { updateCityBaseline(input: $input) {\n  id version updatedAt baseline { population vulnerablePopulation emergencyTeams emergencyPersonnel shelterCapacity asOf } } }"): (typeof documents)["mutation BaselineUpdate($input: UpdateCityBaselineInput!) { updateCityBaseline(input: $input) {\n  id version updatedAt baseline { population vulnerablePopulation emergencyTeams emergencyPersonnel shelterCapacity asOf } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BaselineRead($id: ID!) { city(id: $id) { version baseline { population shelterCapacity emergencyTeams asOf } } }"): (typeof documents)["query BaselineRead($id: ID!) { city(id: $id) { version baseline { population shelterCapacity emergencyTeams asOf } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BaselineAudit($targetId: ID!) { auditLog(clusterId: \"cluster-jjj\", filter: { targetId: $targetId }) {\n  nodes { action actorId actorName actorRole targetType targetId versionBefore versionAfter changes at } } }"): (typeof documents)["query BaselineAudit($targetId: ID!) { auditLog(clusterId: \"cluster-jjj\", filter: { targetId: $targetId }) {\n  nodes { action actorId actorName actorRole targetType targetId versionBefore versionAfter changes at } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundsAgreements($clusterId: ID!) { agreements(clusterId: $clusterId, first: 100) { nodes { id } } }"): (typeof documents)["query BoundsAgreements($clusterId: ID!) { agreements(clusterId: $clusterId, first: 100) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundsSettings($input: SetTrustSettingsInput!) { setTrustSettings(input: $input) { version } }"): (typeof documents)["mutation BoundsSettings($input: SetTrustSettingsInput!) { setTrustSettings(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundsSetReserve($input: SetReserveRequirementInput!) { setReserveRequirement(input: $input) { quantity version } }"): (typeof documents)["mutation BoundsSetReserve($input: SetReserveRequirementInput!) { setReserveRequirement(input: $input) { quantity version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundsShortfalls($clusterId: ID!) { clusterShortfalls(clusterId: $clusterId) { resourceType { id } required available shortfall coverage } }"): (typeof documents)["query BoundsShortfalls($clusterId: ID!) { clusterShortfalls(clusterId: $clusterId) { resourceType { id } required available shortfall coverage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundsRequest($input: RequestAidInput!) { requestAid(input: $input) { id quantity } }"): (typeof documents)["mutation BoundsRequest($input: RequestAidInput!) { requestAid(input: $input) { id quantity } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundsRequests($clusterId: ID!) { aidRequests(clusterId: $clusterId, first: 100) { nodes { id } } }"): (typeof documents)["query BoundsRequests($clusterId: ID!) { aidRequests(clusterId: $clusterId, first: 100) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCapFile($input: FileClaimInput!) { fileClaim(input: $input) { id version } }"): (typeof documents)["mutation ClaimsCapFile($input: FileClaimInput!) { fileClaim(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCapReview($input: ClaimActionInput!) { startClaimReview(input: $input) { id version } }"): (typeof documents)["mutation ClaimsCapReview($input: ClaimActionInput!) { startClaimReview(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCapDecide($input: DecideClaimInput!) { decideClaim(input: $input) { status } }"): (typeof documents)["mutation ClaimsCapDecide($input: DecideClaimInput!) { decideClaim(input: $input) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClaimsClaimFields on Claim { id status version claimed { amountMinor currency } approved { amountMinor } items { number kind amount { amountMinor } approved { amountMinor } reductionReason } ledgerEntries { payerId payeeId amount { amountMinor } } }"): (typeof documents)["fragment ClaimsClaimFields on Claim { id status version claimed { amountMinor currency } approved { amountMinor } items { number kind amount { amountMinor } approved { amountMinor } reductionReason } ledgerEntries { payerId payeeId amount { amountMinor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsFile($input: FileClaimInput!) { fileClaim(input: $input) { ...ClaimsClaimFields } }"): (typeof documents)["mutation ClaimsFile($input: FileClaimInput!) { fileClaim(input: $input) { ...ClaimsClaimFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsReview($input: ClaimActionInput!) { startClaimReview(input: $input) { ...ClaimsClaimFields } }"): (typeof documents)["mutation ClaimsReview($input: ClaimActionInput!) { startClaimReview(input: $input) { ...ClaimsClaimFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsDecide($input: DecideClaimInput!) { decideClaim(input: $input) { ...ClaimsClaimFields } }"): (typeof documents)["mutation ClaimsDecide($input: DecideClaimInput!) { decideClaim(input: $input) { ...ClaimsClaimFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsBalances { balances(clusterId: \"cluster-jjj\") { partyId city { id } net { amountMinor currency } } settlementPlan(clusterId: \"cluster-jjj\") { fromId toId amount { amountMinor } } }"): (typeof documents)["query ClaimsBalances { balances(clusterId: \"cluster-jjj\") { partyId city { id } net { amountMinor currency } } settlementPlan(clusterId: \"cluster-jjj\") { fromId toId amount { amountMinor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id kind amount { amountMinor } reference } }"): (typeof documents)["mutation ClaimsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id kind amount { amountMinor } reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsAppeal($input: AppealClaimInput!) { appealClaim(input: $input) { ...ClaimsClaimFields appeal { statement outcome } } }"): (typeof documents)["mutation ClaimsAppeal($input: AppealClaimInput!) { appealClaim(input: $input) { ...ClaimsClaimFields appeal { statement outcome } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsDecideAppeal($input: DecideAppealInput!) { decideAppeal(input: $input) { ...ClaimsClaimFields appeal { outcome reason decidedByName } } }"): (typeof documents)["mutation ClaimsDecideAppeal($input: DecideAppealInput!) { decideAppeal(input: $input) { ...ClaimsClaimFields appeal { outcome reason decidedByName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClustersCluster($id: ID!) { cluster(id: $id) { id name formationMode mode modeSince version\n  desks { category name dutyPhone hostCity { id name } } } }"): (typeof documents)["query ClustersCluster($id: ID!) { cluster(id: $id) { id name formationMode mode modeSince version\n  desks { category name dutyPhone hostCity { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClustersClusters($after: String, $first: Int) { clusters(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query ClustersClusters($after: String, $first: Int) { clusters(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClustersCities($first: Int, $after: String) { cluster(id: \"cluster-jjj\") {\n    cities(first: $first, after: $after) { nodes { id name province cluster { id } location { latitude longitude }\n      baseline { population vulnerablePopulation emergencyTeams emergencyPersonnel shelterCapacity asOf } }\n      pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query ClustersCities($first: Int, $after: String) { cluster(id: \"cluster-jjj\") {\n    cities(first: $first, after: $after) { nodes { id name province cluster { id } location { latitude longitude }\n      baseline { population vulnerablePopulation emergencyTeams emergencyPersonnel shelterCapacity asOf } }\n      pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompensationTermsRead($id: ID!) { agreement(id: $id) { version inForce { compensation { currency filingWindow coveredKinds { kind capPerClaim { amountMinor currency } } capPerClaim { amountMinor } capPerEvent { amountMinor }\n  sharingRule { kind fundBasisPoints shares { city { id } basisPoints } remainderRule { kind shares { city { id } basisPoints } } } inKind { form description value { amountMinor currency } } } } pending { number compensation { currency filingWindow coveredKinds { kind capPerClaim { amountMinor currency } } capPerClaim { amountMinor } capPerEvent { amountMinor }\n  sharingRule { kind fundBasisPoints shares { city { id } basisPoints } remainderRule { kind shares { city { id } basisPoints } } } inKind { form description value { amountMinor currency } } } } } }"): (typeof documents)["query CompensationTermsRead($id: ID!) { agreement(id: $id) { version inForce { compensation { currency filingWindow coveredKinds { kind capPerClaim { amountMinor currency } } capPerClaim { amountMinor } capPerEvent { amountMinor }\n  sharingRule { kind fundBasisPoints shares { city { id } basisPoints } remainderRule { kind shares { city { id } basisPoints } } } inKind { form description value { amountMinor currency } } } } pending { number compensation { currency filingWindow coveredKinds { kind capPerClaim { amountMinor currency } } capPerClaim { amountMinor } capPerEvent { amountMinor }\n  sharingRule { kind fundBasisPoints shares { city { id } basisPoints } remainderRule { kind shares { city { id } basisPoints } } } inKind { form description value { amountMinor currency } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId kind affiliatedCity { id } active version } }"): (typeof documents)["mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId kind affiliatedCity { id } active version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluationsOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id status version targetKind targetType city { id } event { id }\n  rubric { id criteria { id weight } scaleMin scaleMax } panel { evaluatorId kind } } }"): (typeof documents)["mutation EvaluationsOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id status version targetKind targetType city { id } event { id }\n  rubric { id criteria { id weight } scaleMin scaleMax } panel { evaluatorId kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluationsDraft($input: AssessmentInput!) { saveAssessmentDraft(input: $input) { status kind scores { criterionId score } version } }"): (typeof documents)["mutation EvaluationsDraft($input: AssessmentInput!) { saveAssessmentDraft(input: $input) { status kind scores { criterionId score } version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluationsSubmit($input: AssessmentInput!) { submitAssessment(input: $input) { status kind scores { criterionId score } findings submittedAt version } }"): (typeof documents)["mutation EvaluationsSubmit($input: AssessmentInput!) { submitAssessment(input: $input) { status kind scores { criterionId score } findings submittedAt version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) { finalizeEvaluation(input: $input) { status version finalizedByName\n  result { overall normalized thirdPartyOverall selfOverall thirdPartyWeight selfWeight thirdPartyCount selfCount spreadMin spreadMax spreadRange outcome\n    criteria { criterionId name thirdPartyMean selfMean combined spread } }\n  complianceRecord { id kind city { id } supervision automatic note consequence { kind } } } }"): (typeof documents)["mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) { finalizeEvaluation(input: $input) { status version finalizedByName\n  result { overall normalized thirdPartyOverall selfOverall thirdPartyWeight selfWeight thirdPartyCount selfCount spreadMin spreadMax spreadRange outcome\n    criteria { criterionId name thirdPartyMean selfMean combined spread } }\n  complianceRecord { id kind city { id } supervision automatic note consequence { kind } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvaluationsEvaluation($id: ID!) { evaluation(id: $id) { id status version assessments { evaluatorId kind findings } myAssessment { status }\n  result { overall normalized outcome } complianceRecord { id kind } } }"): (typeof documents)["query EvaluationsEvaluation($id: ID!) { evaluation(id: $id) { id status version assessments { evaluatorId kind findings } myAssessment { status }\n  result { overall normalized outcome } complianceRecord { id kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvaluationsList($clusterId: ID!) { evaluations(clusterId: $clusterId) { nodes { id title } } }"): (typeof documents)["query EvaluationsList($clusterId: ID!) { evaluations(clusterId: $clusterId) { nodes { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvaluationsStanding { trustStanding(cityId: \"city-tianjin\") { score recordsCounted drivers { record { kind evaluation { id } } } } }"): (typeof documents)["query EvaluationsStanding { trustStanding(cityId: \"city-tianjin\") { score recordsCounted drivers { record { kind evaluation { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluationsRubric($input: DefineRubricInput!) { defineRubric(input: $input) { id version criteria { id weight } } }"): (typeof documents)["mutation EvaluationsRubric($input: DefineRubricInput!) { defineRubric(input: $input) { id version criteria { id weight } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvaluationsObligations($filter: ObligationFilter) { obligations(clusterId: \"cluster-jjj\", filter: $filter) { nodes { id } } }"): (typeof documents)["query EvaluationsObligations($filter: ObligationFilter) { obligations(clusterId: \"cluster-jjj\", filter: $filter) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundContribute($input: FundContributionInput!) { recordFundContribution(input: $input) { id city { id } thirdParty amount { amountMinor } reference } }"): (typeof documents)["mutation FundContribute($input: FundContributionInput!) { recordFundContribution(input: $input) { id city { id } thirdParty amount { amountMinor } reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundFund { fund(clusterId: \"cluster-jjj\") { fromMembers { amountMinor } fromThirdParties { amountMinor } disbursed { amountMinor } balance { amountMinor currency } owed { amountMinor } contributions { reference } } }"): (typeof documents)["query FundFund { fund(clusterId: \"cluster-jjj\") { fromMembers { amountMinor } fromThirdParties { amountMinor } disbursed { amountMinor } balance { amountMinor currency } owed { amountMinor } contributions { reference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) { setClusterMode(input: $input) { id mode version } }"): (typeof documents)["mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) { setClusterMode(input: $input) { id mode version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsKeysAndTextMode { cluster(id: \"cluster-yrd\") { mode version modeHistory { nodes { reason } } } }"): (typeof documents)["query IdsKeysAndTextMode { cluster(id: \"cluster-yrd\") { mode version modeHistory { nodes { reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsKeysAndTextEvents { riskEvents(clusterId: \"cluster-yrd\", first: 100) { nodes { id description } } }"): (typeof documents)["query IdsKeysAndTextEvents { riskEvents(clusterId: \"cluster-yrd\", first: 100) { nodes { id description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) { updateInventoryItem(input: $input, idempotencyKey: $key) { version onHand } }"): (typeof documents)["mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) { updateInventoryItem(input: $input, idempotencyKey: $key) { version onHand } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InventoryItemFields on InventoryItem { id version onHand shareable committed available readiness lastVerifiedAt storage { name latitude longitude } city { id } resourceType { id unit } tier }"): (typeof documents)["fragment InventoryItemFields on InventoryItem { id version onHand shareable committed available readiness lastVerifiedAt storage { name latitude longitude } city { id } resourceType { id unit } tier }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InventoryCreate($input: CreateInventoryItemInput!) { createInventoryItem(input: $input) { ...InventoryItemFields } }"): (typeof documents)["mutation InventoryCreate($input: CreateInventoryItemInput!) { createInventoryItem(input: $input) { ...InventoryItemFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) { updateInventoryItem(input: $input, idempotencyKey: $key) { ...InventoryItemFields } }"): (typeof documents)["mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) { updateInventoryItem(input: $input, idempotencyKey: $key) { ...InventoryItemFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) { updateInventoryItems(items: $items, idempotencyKey: $key) { ...InventoryItemFields } }"): (typeof documents)["mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) { updateInventoryItems(items: $items, idempotencyKey: $key) { ...InventoryItemFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryRead($id: ID!) { inventoryItem(id: $id) { ...InventoryItemFields } }"): (typeof documents)["query InventoryRead($id: ID!) { inventoryItem(id: $id) { ...InventoryItemFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryHistory($id: ID!) { inventoryHistory(itemId: $id, first: 100) { nodes { action actorName versionBefore versionAfter changes } } }"): (typeof documents)["query InventoryHistory($id: ID!) { inventoryHistory(itemId: $id, first: 100) { nodes { action actorName versionBefore versionAfter changes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) { inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) { nodes { id city { id } resourceType { id } } } }"): (typeof documents)["query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) { inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) { nodes { id city { id } resourceType { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessagesNameCitiesFile($input: FileClaimInput!) { fileClaim(input: $input) { id version } }"): (typeof documents)["mutation MessagesNameCitiesFile($input: FileClaimInput!) { fileClaim(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessagesNameCitiesPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }"): (typeof documents)["mutation MessagesNameCitiesPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeSetMode($input: SetClusterModeInput!) { setClusterMode(input: $input) { id mode modeSince version } }"): (typeof documents)["mutation ModeSetMode($input: SetClusterModeInput!) { setClusterMode(input: $input) { id mode modeSince version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModeHistory($id: ID!) { cluster(id: $id) { mode version modeHistory { nodes { from to reason at byName byRole } } } }"): (typeof documents)["query ModeHistory($id: ID!) { cluster(id: $id) { mode version modeHistory { nodes { from to reason at byName byRole } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModeAudit($id: ID!) { auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) { nodes { action targetId versionBefore versionAfter changes at } } }"): (typeof documents)["query ModeAudit($id: ID!) { auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) { nodes { action targetId versionBefore versionAfter changes at } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MutualAidOfferFields on AidOffer { id status quantity eta consumed returned fromCity { id } costItems { kind description amount { amountMinor currency } } item { id onHand shareable committed available } }"): (typeof documents)["fragment MutualAidOfferFields on AidOffer { id status quantity eta consumed returned fromCity { id } costItems { kind description amount { amountMinor currency } } item { id onHand shareable committed available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutualAidRequest($input: RequestAidInput!) { requestAid(input: $input) { id status quantity acceptedQuantity requester { id } resourceType { id } } }"): (typeof documents)["mutation MutualAidRequest($input: RequestAidInput!) { requestAid(input: $input) { id status quantity acceptedQuantity requester { id } resourceType { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutualAidOffer($input: OfferAidInput!) { offerAid(input: $input) { ...MutualAidOfferFields } }"): (typeof documents)["mutation MutualAidOffer($input: OfferAidInput!) { offerAid(input: $input) { ...MutualAidOfferFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutualAidAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { ...MutualAidOfferFields } }"): (typeof documents)["mutation MutualAidAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { ...MutualAidOfferFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutualAidDecline($offerId: ID!) { declineAidOffer(input: { offerId: $offerId, reason: \"Two offers cover it\" }) { ...MutualAidOfferFields } }"): (typeof documents)["mutation MutualAidDecline($offerId: ID!) { declineAidOffer(input: { offerId: $offerId, reason: \"Two offers cover it\" }) { ...MutualAidOfferFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutualAidDispatch($input: DispatchAidInput!) { dispatchAid(input: $input) { ...MutualAidOfferFields } }"): (typeof documents)["mutation MutualAidDispatch($input: DispatchAidInput!) { dispatchAid(input: $input) { ...MutualAidOfferFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutualAidArrived($offerId: ID!) { confirmAidArrival(input: { offerId: $offerId }) { ...MutualAidOfferFields } }"): (typeof documents)["mutation MutualAidArrived($offerId: ID!) { confirmAidArrival(input: { offerId: $offerId }) { ...MutualAidOfferFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutualAidReturn($input: ReturnAidInput!) { returnAid(input: $input) { ...MutualAidOfferFields } }"): (typeof documents)["mutation MutualAidReturn($input: ReturnAidInput!) { returnAid(input: $input) { ...MutualAidOfferFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutualAidCancel($offerId: ID!) { cancelAid(input: { offerId: $offerId, reason: \"Water receding\" }) { ...MutualAidOfferFields } }"): (typeof documents)["mutation MutualAidCancel($offerId: ID!) { cancelAid(input: { offerId: $offerId, reason: \"Water receding\" }) { ...MutualAidOfferFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutualAidAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available distanceKm } }"): (typeof documents)["query MutualAidAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available distanceKm } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutualAidReadRequest($id: ID!) { aidRequest(id: $id) { status quantity acceptedQuantity offers { id status } } }"): (typeof documents)["query MutualAidReadRequest($id: ID!) { aidRequest(id: $id) { status quantity acceptedQuantity offers { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutualAidShortfalls { clusterShortfalls(clusterId: \"cluster-jjj\") { resourceType { id } available } }"): (typeof documents)["query MutualAidShortfalls { clusterShortfalls(clusterId: \"cluster-jjj\") { resourceType { id } available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n  nodes { id kind counts obligation { id } withdrawal { reason byName } } } }"): (typeof documents)["query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n  nodes { id kind counts obligation { id } withdrawal { reason byName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObligationOutcomesStanding($cityId: ID!) { trustStanding(cityId: $cityId) { score negativeEvidence recordsCounted } }"): (typeof documents)["query ObligationOutcomesStanding($cityId: ID!) { trustStanding(cityId: $cityId) { score negativeEvidence recordsCounted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) {\n  status closedAt version closure { waivedObligations stillOwedObligations summary } } }"): (typeof documents)["mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) {\n  status closedAt version closure { waivedObligations stillOwedObligations summary } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ObligationOutcomesRequestAid($input: RequestAidInput!) { requestAid(input: $input) { id } }"): (typeof documents)["mutation ObligationOutcomesRequestAid($input: RequestAidInput!) { requestAid(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverdueRacesRecords($cityId: ID) { complianceRecords(clusterId: \"cluster-jjj\", cityId: $cityId, first: 100) { nodes { kind counts obligation { id } } } }"): (typeof documents)["query OverdueRacesRecords($cityId: ID) { complianceRecords(clusterId: \"cluster-jjj\", cityId: $cityId, first: 100) { nodes { kind counts obligation { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverdueRacesClose($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { status } }"): (typeof documents)["mutation OverdueRacesClose($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnerRecordsRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id status counts version } }"): (typeof documents)["mutation PartnerRecordsRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id status counts version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) { disputeComplianceRecord(input: $input) { status version } }"): (typeof documents)["mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) { disputeComplianceRecord(input: $input) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) { resolveComplianceDispute(input: $input) { status counts } }"): (typeof documents)["mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) { resolveComplianceDispute(input: $input) { status counts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerRecordsStanding($cityId: ID!) { trustStanding(cityId: $cityId) { recordsCounted } }"): (typeof documents)["query PartnerRecordsStanding($cityId: ID!) { trustStanding(cityId: $cityId) { recordsCounted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadRulesRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id } }"): (typeof documents)["mutation ReadRulesRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }"): (typeof documents)["mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadRulesOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id } }"): (typeof documents)["mutation ReadRulesOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReadRulesItemFields on InventoryItem { id onHand shareable committed available version storage { name latitude longitude } }"): (typeof documents)["fragment ReadRulesItemFields on InventoryItem { id onHand shareable committed available version storage { name latitude longitude } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesItem($id: ID!) { inventoryItem(id: $id) { ...ReadRulesItemFields } }"): (typeof documents)["query ReadRulesItem($id: ID!) { inventoryItem(id: $id) { ...ReadRulesItemFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesOffers($id: ID!) { aidRequest(id: $id) { offers { quantity tier fromCity { id } item { ...ReadRulesItemFields } } } }"): (typeof documents)["query ReadRulesOffers($id: ID!) { aidRequest(id: $id) { offers { quantity tier fromCity { id } item { ...ReadRulesItemFields } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesListedOffers { aidRequests(clusterId: \"cluster-jjj\") { nodes { offers { item { ...ReadRulesItemFields } } } } }"): (typeof documents)["query ReadRulesListedOffers { aidRequests(clusterId: \"cluster-jjj\") { nodes { offers { item { ...ReadRulesItemFields } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available stock { tier available distanceKm } items { ...ReadRulesItemFields } } }"): (typeof documents)["query ReadRulesAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available stock { tier available distanceKm } items { ...ReadRulesItemFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesStanding { trustStanding(cityId: \"city-tianjin\") { score summary } }"): (typeof documents)["query ReadRulesStanding { trustStanding(cityId: \"city-tianjin\") { score summary } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesDrivers { trustStanding(cityId: \"city-tianjin\") { drivers { record { id } } } }"): (typeof documents)["query ReadRulesDrivers { trustStanding(cityId: \"city-tianjin\") { drivers { record { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesRead($id: ID!) { evaluation(id: $id) { title panel { evaluatorId organisation kind affiliatedWithCoordinationOffice active grantedAt } } }"): (typeof documents)["query ReadRulesRead($id: ID!) { evaluation(id: $id) { title panel { evaluatorId organisation kind affiliatedWithCoordinationOffice active grantedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesAccreditations { evaluatorAccreditations(clusterId: \"cluster-jjj\") { evaluatorId organisation } }"): (typeof documents)["query ReadRulesAccreditations { evaluatorAccreditations(clusterId: \"cluster-jjj\") { evaluatorId organisation } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesClaim($id: ID!) { claim(id: $id) { id claimed { amountMinor } items { description } } }"): (typeof documents)["query ReadRulesClaim($id: ID!) { claim(id: $id) { id claimed { amountMinor } items { description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesClaims { claims(clusterId: \"cluster-jjj\") { nodes { id } } }"): (typeof documents)["query ReadRulesClaims { claims(clusterId: \"cluster-jjj\") { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesThroughRecord($id: ID!) { complianceRecord(id: $id) { id claim { id claimed { amountMinor } } } }"): (typeof documents)["query ReadRulesThroughRecord($id: ID!) { complianceRecord(id: $id) { id claim { id claimed { amountMinor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesObligations($filter: ObligationFilter) { obligations(clusterId: \"cluster-jjj\", filter: $filter) { nodes { id city { id } event { id } } } }"): (typeof documents)["query ReadRulesObligations($filter: ObligationFilter) { obligations(clusterId: \"cluster-jjj\", filter: $filter) { nodes { id city { id } event { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesRecords { complianceRecords(clusterId: \"cluster-jjj\", filter: { cityId: \"city-tianjin\" }) { nodes { id event { id } } } }"): (typeof documents)["query ReadRulesRecords { complianceRecords(clusterId: \"cluster-jjj\", filter: { cityId: \"city-tianjin\" }) { nodes { id event { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourcesCatalogue($clusterId: ID!) { resourceCatalogue(clusterId: $clusterId) { id name unit categories version tiers { tier capability minimum measure } } }"): (typeof documents)["query ResourcesCatalogue($clusterId: ID!) { resourceCatalogue(clusterId: $clusterId) { id name unit categories version tiers { tier capability minimum measure } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesDefine($input: DefineResourceTypeInput!) { defineResourceType(input: $input) { id name version tiers { tier minimum } } }"): (typeof documents)["mutation ResourcesDefine($input: DefineResourceTypeInput!) { defineResourceType(input: $input) { id name version tiers { tier minimum } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortfallsShortfalls($clusterId: ID!) { clusterShortfalls(clusterId: $clusterId) {\n  resourceType { id } minimumTier basis required available shortfall coverage contributions { city { id } available share } } }"): (typeof documents)["query ShortfallsShortfalls($clusterId: ID!) { clusterShortfalls(clusterId: $clusterId) {\n  resourceType { id } minimumTier basis required available shortfall coverage contributions { city { id } available share } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShortfallsSet($input: SetReserveRequirementInput!) { setReserveRequirement(input: $input) { resourceType { id } basis quantity version } }"): (typeof documents)["mutation ShortfallsSet($input: SetReserveRequirementInput!) { setReserveRequirement(input: $input) { resourceType { id } basis quantity version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { version shareable } }"): (typeof documents)["mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { version shareable } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StateConflictsAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { status } }"): (typeof documents)["mutation StateConflictsAccept($offerId: ID!) { acceptAidOffer(input: { offerId: $offerId }) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StateConflictsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }"): (typeof documents)["mutation StateConflictsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StateConflictsRevoke { revokeAccreditation(input: { clusterId: \"cluster-jjj\", evaluatorId: \"state-test-institute\", reason: \"Contract ended\" }) { active version } }"): (typeof documents)["mutation StateConflictsRevoke { revokeAccreditation(input: { clusterId: \"cluster-jjj\", evaluatorId: \"state-test-institute\", reason: \"Contract ended\" }) { active version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TrustRecordFields on ComplianceRecord { id kind kindLabel city { id } aboutCoordinationOffice agreement { id } supervision severity note evidence { text links }\n  automatic recordedByName recordedByRole status counts disputeWindowEndsAt version\n  dispute { statement filedByName resolution reasons resolvedByName }\n  consequence { kind amount { amountMinor currency } until inEffect } }"): (typeof documents)["fragment TrustRecordFields on ComplianceRecord { id kind kindLabel city { id } aboutCoordinationOffice agreement { id } supervision severity note evidence { text links }\n  automatic recordedByName recordedByRole status counts disputeWindowEndsAt version\n  dispute { statement filedByName resolution reasons resolvedByName }\n  consequence { kind amount { amountMinor currency } until inEffect } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { ...TrustRecordFields } }"): (typeof documents)["mutation TrustRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { ...TrustRecordFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustDispute($input: DisputeComplianceRecordInput!) { disputeComplianceRecord(input: $input) { ...TrustRecordFields } }"): (typeof documents)["mutation TrustDispute($input: DisputeComplianceRecordInput!) { disputeComplianceRecord(input: $input) { ...TrustRecordFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustResolve($input: ResolveComplianceDisputeInput!) { resolveComplianceDispute(input: $input) { ...TrustRecordFields } }"): (typeof documents)["mutation TrustResolve($input: ResolveComplianceDisputeInput!) { resolveComplianceDispute(input: $input) { ...TrustRecordFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustOne($id: ID!) { complianceRecord(id: $id) { ...TrustRecordFields } }"): (typeof documents)["query TrustOne($id: ID!) { complianceRecord(id: $id) { ...TrustRecordFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustList($clusterId: ID!, $filter: ComplianceFilter) { complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) { nodes { id kind status city { id } } } }"): (typeof documents)["query TrustList($clusterId: ID!, $filter: ComplianceFilter) { complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) { nodes { id kind status city { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustStanding($cityId: ID!) { trustStanding(cityId: $cityId) { city { id } score uncertainty recordsCounted positiveEvidence negativeEvidence direction summary\n  trend { month score } } }"): (typeof documents)["query TrustStanding($cityId: ID!) { trustStanding(cityId: $cityId) { city { id } score uncertainty recordsCounted positiveEvidence negativeEvidence direction summary\n  trend { month score } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustDrivers($cityId: ID!) { trustStanding(cityId: $cityId) { score drivers { effect weightRemaining explanation record { id kind } } } }"): (typeof documents)["query TrustDrivers($cityId: ID!) { trustStanding(cityId: $cityId) { score drivers { effect weightRemaining explanation record { id kind } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustRanking($clusterId: ID!) { clusterTrust(clusterId: $clusterId) { trustHalfLifeDays members { rank standing { city { id } score uncertainty recordsCounted } }\n  coordinationOffice { aboutCoordinationOffice recordsCounted score } } }"): (typeof documents)["query TrustRanking($clusterId: ID!) { clusterTrust(clusterId: $clusterId) { trustHalfLifeDays members { rank standing { city { id } score uncertainty recordsCounted } }\n  coordinationOffice { aboutCoordinationOffice recordsCounted score } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustBalances { balances(clusterId: \"cluster-jjj\") { partyId net { amountMinor } } }"): (typeof documents)["query TrustBalances { balances(clusterId: \"cluster-jjj\") { partyId net { amountMinor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }"): (typeof documents)["mutation TrustPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustSettings($input: SetTrustSettingsInput!) { setTrustSettings(input: $input) { version trustSettings { disputeWindow trustHalfLifeDays thirdPartyWeight selfWeight rewardThreshold penaltyThreshold } } }"): (typeof documents)["mutation TrustSettings($input: SetTrustSettingsInput!) { setTrustSettings(input: $input) { version trustSettings { disputeWindow trustHalfLifeDays thirdPartyWeight selfWeight rewardThreshold penaltyThreshold } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on Agreement {\n    id status version statusReason\n    inForce { number status title }\n    pending { number status ratifications { city { id } } awaiting { id } lastDecline { city { id } reason } }\n    versions { number status }\n  }\n"): (typeof documents)["\n  fragment AgreementFields on Agreement {\n    id status version statusReason\n    inForce { number status title }\n    pending { number status ratifications { city { id } } awaiting { id } lastDecline { city { id } reason } }\n    versions { number status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftAgreement($input: DraftAgreementInput!) { draftAgreement(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation DraftAgreement($input: DraftAgreementInput!) { draftAgreement(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeAgreement($input: AgreementActionInput!) { proposeAgreement(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation ProposeAgreement($input: AgreementActionInput!) { proposeAgreement(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RatifyAgreement($input: RatifyAgreementInput!) { ratifyAgreement(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation RatifyAgreement($input: RatifyAgreementInput!) { ratifyAgreement(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineAgreement($input: DeclineAgreementInput!) { declineAgreement(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation DeclineAgreement($input: DeclineAgreementInput!) { declineAgreement(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendAgreement($input: AgreementActionInput!) { amendAgreement(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation AmendAgreement($input: AgreementActionInput!) { amendAgreement(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) { updateAgreementDraft(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) { updateAgreementDraft(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendAgreement($input: AgreementReasonInput!) { suspendAgreement(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation SuspendAgreement($input: AgreementReasonInput!) { suspendAgreement(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeAgreement($input: AgreementReasonInput!) { resumeAgreement(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation ResumeAgreement($input: AgreementReasonInput!) { resumeAgreement(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminateAgreement($input: AgreementReasonInput!) { terminateAgreement(input: $input) { ...AgreementFields } }"): (typeof documents)["mutation TerminateAgreement($input: AgreementReasonInput!) { terminateAgreement(input: $input) { ...AgreementFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields on RiskEvent {\n    id status level warning version confirmedAt\n    originCity { id } affectedCities { id }\n    escalation { automatic reason } timeline { kind from to }\n  }\n"): (typeof documents)["\n  fragment EventFields on RiskEvent {\n    id status level warning version confirmedAt\n    originCity { id } affectedCities { id }\n    escalation { automatic reason } timeline { kind from to }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportRiskEvent($input: ReportRiskEventInput!) { reportRiskEvent(input: $input) { ...EventFields } }"): (typeof documents)["mutation ReportRiskEvent($input: ReportRiskEventInput!) { reportRiskEvent(input: $input) { ...EventFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) { confirmRiskEvent(input: $input) { ...EventFields } }"): (typeof documents)["mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) { confirmRiskEvent(input: $input) { ...EventFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRiskEvent($input: UpdateRiskEventInput!) { updateRiskEvent(input: $input) { ...EventFields } }"): (typeof documents)["mutation UpdateRiskEvent($input: UpdateRiskEventInput!) { updateRiskEvent(input: $input) { ...EventFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EscalateRiskEvent($input: EscalateRiskEventInput!) { escalateRiskEvent(input: $input) { ...EventFields } }"): (typeof documents)["mutation EscalateRiskEvent($input: EscalateRiskEventInput!) { escalateRiskEvent(input: $input) { ...EventFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { ...EventFields } }"): (typeof documents)["mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { ...EventFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObligationFields on Obligation {\n    id status version kind role action dueAt triggeredAt fulfilledAt recordedAt agreementVersion owedByCoordinationOffice\n    city { id } duty { id action deadline } agreement { id } event { id } evidence { text links } waivedReason\n  }\n"): (typeof documents)["\n  fragment ObligationFields on Obligation {\n    id status version kind role action dueAt triggeredAt fulfilledAt recordedAt agreementVersion owedByCoordinationOffice\n    city { id } duty { id action deadline } agreement { id } event { id } evidence { text links } waivedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n  obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n    nodes { ...ObligationFields } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n  obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n    nodes { ...ObligationFields } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FulfilObligation($input: FulfilObligationInput!) { fulfilObligation(input: $input) { ...ObligationFields } }"): (typeof documents)["mutation FulfilObligation($input: FulfilObligationInput!) { fulfilObligation(input: $input) { ...ObligationFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaiveObligation($input: WaiveObligationInput!) { waiveObligation(input: $input) { ...ObligationFields } }"): (typeof documents)["mutation WaiveObligation($input: WaiveObligationInput!) { waiveObligation(input: $input) { ...ObligationFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObligationSummary($clusterId: ID!, $eventId: ID) { obligationSummary(clusterId: $clusterId, eventId: $eventId) {\n  city { id } open overdue fulfilledOnTime fulfilledLate waived } }"): (typeof documents)["query ObligationSummary($clusterId: ID!, $eventId: ID) { obligationSummary(clusterId: $clusterId, eventId: $eventId) {\n  city { id } open overdue fulfilledOnTime fulfilledLate waived } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceRecords($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n  nodes { id kind city { id } obligation { id } supervision recordedByName note } } }"): (typeof documents)["query ComplianceRecords($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n  nodes { id kind city { id } obligation { id } supervision recordedByName note } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;