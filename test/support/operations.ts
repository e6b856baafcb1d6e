// The GraphQL operations the integration tests send, written as a client would.
export const AGREEMENT_FIELDS = `id status version statusReason
  inForce { number status title }
  pending { number status ratifications { city { id } } awaiting { id } lastDecline { city { id } reason } }
  versions { number status }`;
export const DRAFT = `mutation ($input: DraftAgreementInput!) { draftAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const PROPOSE = `mutation ($input: AgreementActionInput!) { proposeAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const RATIFY = `mutation ($input: RatifyAgreementInput!) { ratifyAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const DECLINE = `mutation ($input: DeclineAgreementInput!) { declineAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const AMEND = `mutation ($input: AgreementActionInput!) { amendAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const UPDATE_DRAFT = `mutation ($input: UpdateAgreementDraftInput!) { updateAgreementDraft(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const SUSPEND = `mutation ($input: AgreementReasonInput!) { suspendAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const RESUME = `mutation ($input: AgreementReasonInput!) { resumeAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const TERMINATE = `mutation ($input: AgreementReasonInput!) { terminateAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;

export const EVENT_FIELDS = `id status level warning version confirmedAt
  originCity { id } affectedCities { id }
  escalation { automatic reason } timeline { kind from to }`;
export const REPORT = `mutation ($input: ReportRiskEventInput!) { reportRiskEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const CONFIRM = `mutation ($input: ConfirmRiskEventInput!) { confirmRiskEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const UPDATE_EVENT = `mutation ($input: UpdateRiskEventInput!) { updateRiskEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const ESCALATE = `mutation ($input: EscalateRiskEventInput!) { escalateRiskEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const SET_EVENT_STATUS = `mutation ($input: SetRiskEventStatusInput!) { setRiskEventStatus(input: $input) { ${EVENT_FIELDS} } }`;

export const OBLIGATION_FIELDS = `id status version kind role action dueAt triggeredAt fulfilledAt recordedAt agreementVersion owedByCoordinationOffice
  city { id } duty { id action deadline } agreement { id } event { id } evidence { text links } waivedReason`;
export const OBLIGATIONS = `query ($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {
  obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {
    nodes { ${OBLIGATION_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const FULFIL = `mutation ($input: FulfilObligationInput!) { fulfilObligation(input: $input) { ${OBLIGATION_FIELDS} } }`;
export const WAIVE = `mutation ($input: WaiveObligationInput!) { waiveObligation(input: $input) { ${OBLIGATION_FIELDS} } }`;
export const SUMMARY = `query ($clusterId: ID!, $eventId: ID) { obligationSummary(clusterId: $clusterId, eventId: $eventId) {
  city { id } open overdue fulfilledOnTime fulfilledLate waived } }`;
export const COMPLIANCE = `query ($clusterId: ID!, $cityId: ID) { complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {
  nodes { id kind city { id } obligation { id } supervision recordedByName note } } }`;
