import type { Resolvers } from '../generated/graphql';
import { clusterFor, notFound, referencedCity, referencedResourceType } from '../services/access';
import {
  acceptAidOffer,
  cancelAid,
  cancelAidRequest,
  closeAidRequest,
  confirmAidArrival,
  correctDispatchCosts,
  declineAidOffer,
  dispatchAid,
  offerAid,
  referencedAidRequest,
  requestAid,
  requestFor,
  resourceAvailability,
  returnAid,
  withdrawAidOffer,
} from '../services/aid';
import type { RequestContext } from '../context';
import { mayReadItem } from '../services/inventory';
import type { StoredAidOffer, StoredInventoryItem } from '../store/entities';
import { pageArgs, toConnection } from './connection';

async function offeredItem(ctx: RequestContext, offer: StoredAidOffer): Promise<StoredInventoryItem> {
  const item = await ctx.loaders.inventoryItem.load(offer.itemId);
  if (!item || item.clusterId !== offer.clusterId) throw notFound('inventory item', offer.itemId);
  return item;
}

export const aidResolvers: Resolvers = {
  Query: {
    aidRequests: async (_, { clusterId, status, ...args }, ctx) => {
      await clusterFor(ctx, clusterId, 'aid:read');
      const page = await ctx.store.aid.listRequests(clusterId, status, pageArgs(args));
      // Their offers name them: served from the page instead of read again.
      for (const request of page.items) ctx.loaders.aidRequest.prime(request.requestId, request);
      return toConnection(page);
    },
    aidRequest: (_, { id }, ctx) => requestFor(ctx, id),
    resourceAvailability: (_, { requestId }, ctx) => resourceAvailability(ctx, requestId),
  },
  Mutation: {
    requestAid: (_, { input }, ctx) => requestAid(ctx, { ...input, resourceTypeId: input.resourceTypeId }),
    offerAid: (_, { input }, ctx) => offerAid(ctx, input),
    acceptAidOffer: (_, { input }, ctx) => acceptAidOffer(ctx, input.offerId),
    declineAidOffer: (_, { input }, ctx) => declineAidOffer(ctx, input),
    withdrawAidOffer: (_, { input }, ctx) => withdrawAidOffer(ctx, input),
    dispatchAid: (_, { input }, ctx) => dispatchAid(ctx, input),
    correctDispatchCosts: (_, { input }, ctx) => correctDispatchCosts(ctx, input),
    confirmAidArrival: (_, { input }, ctx) => confirmAidArrival(ctx, input.offerId),
    returnAid: (_, { input }, ctx) => returnAid(ctx, input),
    cancelAid: (_, { input }, ctx) => cancelAid(ctx, input),
    cancelAidRequest: (_, { input }, ctx) => cancelAidRequest(ctx, input),
    closeAidRequest: (_, { input }, ctx) => closeAidRequest(ctx, input),
  },
  AidRequest: {
    id: (request) => request.requestId,
    cluster: (request, _, ctx) => clusterFor(ctx, request.clusterId, 'cluster:read'),
    requester: (request, _, ctx) => referencedCity(ctx, request.requesterCityId),
    resourceType: (request, _, ctx) => referencedResourceType(ctx, request.clusterId, request.typeId),
    event: async (request, _, ctx) => {
      if (!request.eventId) return null;
      const event = await ctx.loaders.riskEvent.load(request.eventId);
      return event && event.clusterId === request.clusterId ? event : null;
    },
    offers: (request, _, ctx) => ctx.loaders.aidOffers.load(request),
    requestedByName: (request) => request.requestedBy.name,
  },
  AidOffer: {
    id: (offer) => offer.offerId,
    request: (offer, _, ctx) => referencedAidRequest(ctx, offer.requestId),
    fromCity: (offer, _, ctx) => referencedCity(ctx, offer.fromCityId),
    tier: async (offer, _, ctx) => (await offeredItem(ctx, offer)).tier,
    // The whole item only for those who may read it through `inventoryItem`: partners see the offer, not the stock row.
    item: async (offer, _, ctx) => {
      const item = await offeredItem(ctx, offer);
      return mayReadItem(ctx, item) ? item : null;
    },
    costItems: (offer) =>
      offer.costItems.map((cost) => ({
        kind: cost.kind,
        description: cost.description,
        amount: { amountMinor: cost.amountMinor, currency: cost.currency },
      })),
  },
  CityAvailability: {
    city: (entry, _, ctx) => referencedCity(ctx, entry.cityId),
    items: (entry, _, ctx): StoredInventoryItem[] => entry.items.filter((item) => mayReadItem(ctx, item)),
  },
};
