// A dispatch of mutual aid for an event, step by step through the API, for tests of what is built on it (its costs,
// the claims naming it, the obligations it fulfils).
import { inventoryItemId } from '../../src/domain/resources/ids';
import { graphql } from '../generated';
import type { CostItemInput } from '../generated/graphql';
import { gql, type GraphQLResponse } from './api';
import { hoursFrom, officerOf } from './builders';
import { testClock } from './clock';
import { OFFER_AID, REQUEST_AID } from './operations';

graphql(`
  fragment DispatchedOfferFields on AidOffer {
    id
    status
    version
    eta
    costItems {
      kind
      description
      amount {
        amountMinor
        currency
      }
    }
  }
`);
export const ACCEPT_AID = graphql(`
  mutation DispatchesAcceptAid($offerId: ID!) {
    acceptAidOffer(input: { offerId: $offerId }) {
      status
    }
  }
`);
export const DISPATCH_AID = graphql(`
  mutation DispatchesDispatchAid($input: DispatchAidInput!) {
    dispatchAid(input: $input) {
      ...DispatchedOfferFields
    }
  }
`);
export const CORRECT_COSTS = graphql(`
  mutation DispatchesCorrectCosts($input: CorrectDispatchCostsInput!) {
    correctDispatchCosts(input: $input) {
      ...DispatchedOfferFields
    }
  }
`);
export const RETURN_AID = graphql(`
  mutation DispatchesReturnAid($input: ReturnAidInput!) {
    returnAid(input: $input) {
      ...DispatchedOfferFields
    }
  }
`);
export const OFFER = graphql(`
  query DispatchesOffer($requestId: ID!) {
    aidRequest(id: $requestId) {
      offers {
        ...DispatchedOfferFields
      }
    }
  }
`);

export const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });

function succeeded<T>(step: string, response: GraphQLResponse<T>): T {
  if (response.errors || !response.data) throw new Error(`${step} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/**
 * An accepted offer of one unit of the offering city's sandbags towards a request of the requesting city for the
 * event: ready to be dispatched. Any refused step fails the test loudly.
 */
export async function acceptedOffer(options: {
  clusterId: string;
  eventId: string;
  requesterCityId: string;
  offeringCityId: string;
  offeringCityName: string;
  quantity?: number;
}): Promise<{ requestId: string; offerId: string }> {
  const requester = await officerOf(options.requesterCityId, options.clusterId);
  const offering = await officerOf(options.offeringCityId, options.clusterId);
  const quantity = options.quantity ?? 1;
  const requestId = succeeded(
    'requesting aid',
    await gql(requester, REQUEST_AID, {
      input: {
        clusterId: options.clusterId,
        requesterCityId: options.requesterCityId,
        resourceTypeId: 'sandbags',
        minimumTier: 'III',
        quantity,
        eventId: options.eventId,
        neededBy: hoursFrom(testClock.now(), 6),
        destination: { name: 'Flood line', latitude: 39.44, longitude: 116.3 },
      },
    }),
  ).requestAid.id;
  const offerId = succeeded(
    'offering aid',
    await gql(offering, OFFER_AID, {
      input: {
        requestId,
        itemId: inventoryItemId(
          options.offeringCityId,
          'sandbags',
          'III',
          `${options.offeringCityName} Municipal Emergency Materials Depot`,
        ),
        quantity,
      },
    }),
  ).offerAid.id;
  succeeded('accepting the offer', await gql(requester, ACCEPT_AID, { offerId }));
  return { requestId, offerId };
}

/** An accepted offer, dispatched with these costs: the dispatch and its version. */
export async function dispatched(
  options: Parameters<typeof acceptedOffer>[0],
  costItems: CostItemInput[],
): Promise<{ requestId: string; offerId: string; version: number }> {
  const { requestId, offerId } = await acceptedOffer(options);
  const offer = succeeded(
    'dispatching',
    await gql(await officerOf(options.offeringCityId, options.clusterId), DISPATCH_AID, {
      input: { offerId, eta: hoursFrom(testClock.now(), 3), costItems },
    }),
  ).dispatchAid;
  return { requestId, offerId, version: offer.version };
}
