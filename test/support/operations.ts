// The GraphQL operations the integration tests send, written as a client would, and helpers several tests share.
// `graphql()` types each from the schema (`npm run codegen` regenerates test/generated/ after an operation here or in a
// test changes).
import { graphql } from '../generated';
import { gql } from './api';
import type { BuiltCluster } from './world';

graphql(`
  fragment AgreementFields on Agreement {
    id
    status
    version
    statusReason
    inForce {
      number
      status
      title
    }
    pending {
      number
      status
      ratifications {
        city {
          id
        }
      }
      awaiting {
        id
      }
      lastDecline {
        city {
          id
        }
        reason
      }
    }
    versions {
      number
      status
    }
  }
`);
export const DRAFT = graphql(`
  mutation DraftAgreement($input: DraftAgreementInput!) {
    draftAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
export const PROPOSE = graphql(`
  mutation ProposeAgreement($input: AgreementActionInput!) {
    proposeAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
export const RATIFY = graphql(`
  mutation RatifyAgreement($input: RatifyAgreementInput!) {
    ratifyAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
export const DECLINE = graphql(`
  mutation DeclineAgreement($input: DeclineAgreementInput!) {
    declineAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
export const AMEND = graphql(`
  mutation AmendAgreement($input: AgreementActionInput!) {
    amendAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
export const UPDATE_DRAFT = graphql(`
  mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) {
    updateAgreementDraft(input: $input) {
      ...AgreementFields
    }
  }
`);
export const SUSPEND = graphql(`
  mutation SuspendAgreement($input: AgreementReasonInput!) {
    suspendAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
export const RESUME = graphql(`
  mutation ResumeAgreement($input: AgreementReasonInput!) {
    resumeAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
export const TERMINATE = graphql(`
  mutation TerminateAgreement($input: AgreementReasonInput!) {
    terminateAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

graphql(`
  fragment EventFields on RiskEvent {
    id
    status
    level
    warning
    version
    confirmedAt
    originCity {
      id
    }
    affectedCities {
      id
    }
    escalation {
      automatic
      reason
    }
    timeline {
      kind
      from
      to
    }
  }
`);
export const REPORT = graphql(`
  mutation ReportRiskEvent($input: ReportRiskEventInput!) {
    reportRiskEvent(input: $input) {
      ...EventFields
    }
  }
`);
export const CONFIRM = graphql(`
  mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) {
    confirmRiskEvent(input: $input) {
      ...EventFields
    }
  }
`);
export const UPDATE_EVENT = graphql(`
  mutation UpdateRiskEvent($input: UpdateRiskEventInput!) {
    updateRiskEvent(input: $input) {
      ...EventFields
    }
  }
`);
export const ESCALATE = graphql(`
  mutation EscalateRiskEvent($input: EscalateRiskEventInput!) {
    escalateRiskEvent(input: $input) {
      ...EventFields
    }
  }
`);
export const SET_EVENT_STATUS = graphql(`
  mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) {
    setRiskEventStatus(input: $input) {
      ...EventFields
    }
  }
`);

graphql(`
  fragment ObligationFields on Obligation {
    id
    status
    version
    kind
    role
    action
    dueAt
    triggeredAt
    fulfilledAt
    recordedAt
    agreementVersion
    owedByCoordinationOffice
    city {
      id
    }
    duty {
      id
      action
      deadline
    }
    agreement {
      id
    }
    event {
      id
    }
    evidence {
      text
      links
    }
    waivedReason
  }
`);
export const OBLIGATIONS = graphql(`
  query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {
    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {
      nodes {
        ...ObligationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const FULFIL = graphql(`
  mutation FulfilObligation($input: FulfilObligationInput!) {
    fulfilObligation(input: $input) {
      ...ObligationFields
    }
  }
`);
export const WAIVE = graphql(`
  mutation WaiveObligation($input: WaiveObligationInput!) {
    waiveObligation(input: $input) {
      ...ObligationFields
    }
  }
`);
export const SUMMARY = graphql(`
  query ObligationSummary($clusterId: ID!, $eventId: ID) {
    obligationSummary(clusterId: $clusterId, eventId: $eventId) {
      city {
        id
      }
      open
      overdue
      fulfilledOnTime
      fulfilledLate
      waived
    }
  }
`);
export const COMPLIANCE = graphql(`
  query ComplianceRecords($clusterId: ID!, $cityId: ID) {
    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {
      nodes {
        id
        kind
        city {
          id
        }
        obligation {
          id
        }
        supervision
        recordedByName
        note
      }
    }
  }
`);
/** The ranking with every figure a tally keeps, for comparing the figures of tallies and of records. */
export const RANKING = graphql(`
  query TrustRankingFigures($clusterId: ID!) {
    clusterTrust(clusterId: $clusterId) {
      members {
        rank
        standing {
          city {
            id
          }
          score
          lowerBound
          positiveEvidence
          negativeEvidence
          recordsCounted
          trend {
            score
          }
        }
      }
      coordinationOffice {
        score
        recordsCounted
      }
    }
  }
`);

/**
 * An answer's figures to 12 significant digits: the same evidence aged from a tally or summed from the records, or
 * from tallies built at another instant (scaled to another reference), can differ in the last binary digit.
 */
export function toTwelveDigits<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_, figure: unknown) =>
      typeof figure === 'number' ? Number(figure.toPrecision(12)) : figure,
    ),
  ) as T;
}

/** The ranking as the API answers the coordinator, figures to 12 significant digits; any error fails the test. */
export async function ranking(world: BuiltCluster) {
  const response = await gql(world.coordinator, RANKING, { clusterId: world.id });
  expect(response.errors).toBeUndefined();
  return toTwelveDigits(response.data!.clusterTrust);
}

graphql(`
  fragment AidRequestFields on AidRequest {
    id
    status
    quantity
    acceptedQuantity
    version
    closedAt
    closingReason
    requester {
      id
    }
    resourceType {
      id
    }
    offers {
      id
      status
      quantity
      reason
    }
  }
`);
graphql(`
  fragment AidOfferFields on AidOffer {
    id
    status
    quantity
    eta
    consumed
    returned
    fromCity {
      id
    }
    costItems {
      kind
      description
      amount {
        amountMinor
        currency
      }
    }
    item {
      id
      onHand
      shareable
      committed
      available
    }
  }
`);
export const REQUEST_AID = graphql(`
  mutation RequestAid($input: RequestAidInput!) {
    requestAid(input: $input) {
      ...AidRequestFields
    }
  }
`);
export const AID_REQUEST = graphql(`
  query AidRequest($id: ID!) {
    aidRequest(id: $id) {
      ...AidRequestFields
    }
  }
`);
export const CANCEL_AID_REQUEST = graphql(`
  mutation CancelAidRequest($input: AidRequestReasonInput!) {
    cancelAidRequest(input: $input) {
      ...AidRequestFields
    }
  }
`);
export const CLOSE_AID_REQUEST = graphql(`
  mutation CloseAidRequest($input: AidRequestReasonInput!) {
    closeAidRequest(input: $input) {
      ...AidRequestFields
    }
  }
`);
export const OFFER_AID = graphql(`
  mutation OfferAid($input: OfferAidInput!) {
    offerAid(input: $input) {
      ...AidOfferFields
    }
  }
`);
export const ACCEPT_AID_OFFER = graphql(`
  mutation AcceptAidOffer($offerId: ID!) {
    acceptAidOffer(input: { offerId: $offerId }) {
      ...AidOfferFields
    }
  }
`);
export const DECLINE_AID_OFFER = graphql(`
  mutation DeclineAidOffer($offerId: ID!, $reason: String!) {
    declineAidOffer(input: { offerId: $offerId, reason: $reason }) {
      ...AidOfferFields
    }
  }
`);
export const DISPATCH_AID = graphql(`
  mutation DispatchAid($input: DispatchAidInput!) {
    dispatchAid(input: $input) {
      ...AidOfferFields
    }
  }
`);
export const CONFIRM_AID_ARRIVAL = graphql(`
  mutation ConfirmAidArrival($offerId: ID!) {
    confirmAidArrival(input: { offerId: $offerId }) {
      ...AidOfferFields
    }
  }
`);
export const RETURN_AID = graphql(`
  mutation ReturnAid($input: ReturnAidInput!) {
    returnAid(input: $input) {
      ...AidOfferFields
    }
  }
`);
export const CANCEL_AID = graphql(`
  mutation CancelAid($offerId: ID!, $reason: String!) {
    cancelAid(input: { offerId: $offerId, reason: $reason }) {
      ...AidOfferFields
    }
  }
`);
export const INVENTORY_ITEM = graphql(`
  query InventoryItem($id: ID!) {
    inventoryItem(id: $id) {
      id
      onHand
      shareable
      committed
      available
      version
    }
  }
`);
