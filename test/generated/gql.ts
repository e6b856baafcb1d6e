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