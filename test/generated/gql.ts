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
    "query ClaimsBalances { balances(clusterId: \"cluster-jjj\") { partyId city { id } net { amountMinor currency } } settlementPlan(clusterId: \"cluster-jjj\") { fromId toId amount { amountMinor } } }": typeof types.ClaimsBalancesDocument,
    "mutation ClaimsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id kind amount { amountMinor } reference } }": typeof types.ClaimsPayDocument,
    "mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId kind affiliatedCity { id } active version } }": typeof types.EvaluationsAccreditDocument,
    "mutation EvaluationsOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id status version targetKind targetType city { id } event { id }\n  rubric { id criteria { id weight } scaleMin scaleMax } panel { evaluatorId kind } } }": typeof types.EvaluationsOpenDocument,
    "mutation EvaluationsDraft($input: AssessmentInput!) { saveAssessmentDraft(input: $input) { status kind scores { criterionId score } version } }": typeof types.EvaluationsDraftDocument,
    "mutation EvaluationsSubmit($input: AssessmentInput!) { submitAssessment(input: $input) { status kind scores { criterionId score } findings submittedAt version } }": typeof types.EvaluationsSubmitDocument,
    "mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) { finalizeEvaluation(input: $input) { status version finalizedByName\n  result { overall normalized thirdPartyOverall selfOverall thirdPartyWeight selfWeight thirdPartyCount selfCount spreadMin spreadMax spreadRange outcome\n    criteria { criterionId name thirdPartyMean selfMean combined spread } }\n  complianceRecord { id kind city { id } supervision automatic note consequence { kind } } } }": typeof types.EvaluationsFinalizeDocument,
    "query EvaluationsEvaluation($id: ID!) { evaluation(id: $id) { id status version assessments { evaluatorId kind findings } myAssessment { status }\n  result { overall normalized outcome } complianceRecord { id kind } } }": typeof types.EvaluationsEvaluationDocument,
    "query EvaluationsList($clusterId: ID!) { evaluations(clusterId: $clusterId) { nodes { id title } } }": typeof types.EvaluationsListDocument,
    "query EvaluationsStanding { trustStanding(cityId: \"city-tianjin\") { score recordsCounted drivers { record { kind evaluation { id } } } } }": typeof types.EvaluationsStandingDocument,
    "mutation MutualAidRequest($input: RequestAidInput!) { requestAid(input: $input) { id status quantity acceptedQuantity requester { id } resourceType { id } } }": typeof types.MutualAidRequestDocument,
    "query MutualAidAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available distanceKm } }": typeof types.MutualAidAvailabilityDocument,
    "query MutualAidReadRequest($id: ID!) { aidRequest(id: $id) { status quantity acceptedQuantity offers { id status } } }": typeof types.MutualAidReadRequestDocument,
    "query MutualAidShortfalls { clusterShortfalls(clusterId: \"cluster-jjj\") { resourceType { id } available } }": typeof types.MutualAidShortfallsDocument,
    "mutation ReadRulesRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id } }": typeof types.ReadRulesRecordDocument,
    "mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }": typeof types.ReadRulesAccreditDocument,
    "mutation ReadRulesOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id } }": typeof types.ReadRulesOpenDocument,
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
    "query ClaimsBalances { balances(clusterId: \"cluster-jjj\") { partyId city { id } net { amountMinor currency } } settlementPlan(clusterId: \"cluster-jjj\") { fromId toId amount { amountMinor } } }": types.ClaimsBalancesDocument,
    "mutation ClaimsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id kind amount { amountMinor } reference } }": types.ClaimsPayDocument,
    "mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId kind affiliatedCity { id } active version } }": types.EvaluationsAccreditDocument,
    "mutation EvaluationsOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id status version targetKind targetType city { id } event { id }\n  rubric { id criteria { id weight } scaleMin scaleMax } panel { evaluatorId kind } } }": types.EvaluationsOpenDocument,
    "mutation EvaluationsDraft($input: AssessmentInput!) { saveAssessmentDraft(input: $input) { status kind scores { criterionId score } version } }": types.EvaluationsDraftDocument,
    "mutation EvaluationsSubmit($input: AssessmentInput!) { submitAssessment(input: $input) { status kind scores { criterionId score } findings submittedAt version } }": types.EvaluationsSubmitDocument,
    "mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) { finalizeEvaluation(input: $input) { status version finalizedByName\n  result { overall normalized thirdPartyOverall selfOverall thirdPartyWeight selfWeight thirdPartyCount selfCount spreadMin spreadMax spreadRange outcome\n    criteria { criterionId name thirdPartyMean selfMean combined spread } }\n  complianceRecord { id kind city { id } supervision automatic note consequence { kind } } } }": types.EvaluationsFinalizeDocument,
    "query EvaluationsEvaluation($id: ID!) { evaluation(id: $id) { id status version assessments { evaluatorId kind findings } myAssessment { status }\n  result { overall normalized outcome } complianceRecord { id kind } } }": types.EvaluationsEvaluationDocument,
    "query EvaluationsList($clusterId: ID!) { evaluations(clusterId: $clusterId) { nodes { id title } } }": types.EvaluationsListDocument,
    "query EvaluationsStanding { trustStanding(cityId: \"city-tianjin\") { score recordsCounted drivers { record { kind evaluation { id } } } } }": types.EvaluationsStandingDocument,
    "mutation MutualAidRequest($input: RequestAidInput!) { requestAid(input: $input) { id status quantity acceptedQuantity requester { id } resourceType { id } } }": types.MutualAidRequestDocument,
    "query MutualAidAvailability($id: ID!) { resourceAvailability(requestId: $id) { city { id } available distanceKm } }": types.MutualAidAvailabilityDocument,
    "query MutualAidReadRequest($id: ID!) { aidRequest(id: $id) { status quantity acceptedQuantity offers { id status } } }": types.MutualAidReadRequestDocument,
    "query MutualAidShortfalls { clusterShortfalls(clusterId: \"cluster-jjj\") { resourceType { id } available } }": types.MutualAidShortfallsDocument,
    "mutation ReadRulesRecord($input: RecordComplianceInput!) { recordCompliance(input: $input) { id } }": types.ReadRulesRecordDocument,
    "mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }": types.ReadRulesAccreditDocument,
    "mutation ReadRulesOpen($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id } }": types.ReadRulesOpenDocument,
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
export function graphql(source: "query ClaimsBalances { balances(clusterId: \"cluster-jjj\") { partyId city { id } net { amountMinor currency } } settlementPlan(clusterId: \"cluster-jjj\") { fromId toId amount { amountMinor } } }"): (typeof documents)["query ClaimsBalances { balances(clusterId: \"cluster-jjj\") { partyId city { id } net { amountMinor currency } } settlementPlan(clusterId: \"cluster-jjj\") { fromId toId amount { amountMinor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id kind amount { amountMinor } reference } }"): (typeof documents)["mutation ClaimsPay($input: RecordPaymentInput!) { recordPayment(input: $input) { id kind amount { amountMinor } reference } }"];
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
export function graphql(source: "mutation MutualAidRequest($input: RequestAidInput!) { requestAid(input: $input) { id status quantity acceptedQuantity requester { id } resourceType { id } } }"): (typeof documents)["mutation MutualAidRequest($input: RequestAidInput!) { requestAid(input: $input) { id status quantity acceptedQuantity requester { id } resourceType { id } } }"];
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