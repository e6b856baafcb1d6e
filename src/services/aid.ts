import type { Announcement } from '../domain/notifications';
import {
  aidOfferAccepted,
  aidOfferDeclined,
  aidOfferReceived,
  aidRequested,
  type AidGoods,
} from '../domain/notifications/announcements';
import { randomUUID } from 'node:crypto';
import { actorOf } from '../auth/caller';
import type { Action } from '../auth/policy';
import type { RequestContext } from '../context';
import { BadInputError, ConflictError, InvalidStateError } from '../domain/errors';
import {
  aidQuantity,
  distanceKm,
  nextOfferStatus,
  splitReturn,
  validateCostItems,
  type CostItem,
  type OfferAction,
} from '../domain/resources/aid';
import { meetsTier, type ResourceTier } from '../domain/resources/catalogue';
import { validateStorage, type StorageLocation } from '../domain/resources/inventory';
import { requiredText } from '../domain/text';
import type { StoredAidOffer, StoredAidRequest, StoredInventoryItem, StoredResourceType } from '../store/entities';
import type { AuditAction } from '../domain/audit';
import type { AuditedChange } from '../store/audit';
import { cityFor, clusterFor, enforce, notFound } from './access';
import { cityName } from './participants';
import { clusterCurrency } from '../domain/clusters/currency';
import { fulfilFromDispatch } from './obligations';
import { idempotencyScope, idempotentRequest } from '../domain/idempotency';

/** Concurrent steps on the same stock (e.g. many acceptances) commute: a lost race is retried on fresh data. */
const MAX_ATTEMPTS = 12;

async function retryOnConflict<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((wait) => setTimeout(wait, Math.random() * 10 * attempt));
    }
  }
}

async function requestFor(ctx: RequestContext, requestId: string): Promise<StoredAidRequest> {
  const request = await ctx.store.aid.getRequest(requestId);
  if (!request) throw notFound('aid request', requestId);
  enforce(ctx, 'aid:read', { clusterId: request.clusterId }, () => notFound('aid request', requestId));
  return request;
}

/** The request an offer answers, read through the request's loader (a page of offers reads their requests at once). */
export async function referencedAidRequest(ctx: RequestContext, requestId: string): Promise<StoredAidRequest> {
  const request = await ctx.loaders.aidRequest.load(requestId);
  if (!request) throw notFound('aid request', requestId);
  enforce(ctx, 'aid:read', { clusterId: request.clusterId }, () => notFound('aid request', requestId));
  return request;
}

export interface RequestAidInput {
  clusterId: string;
  requesterCityId: string;
  resourceTypeId: string;
  minimumTier: ResourceTier;
  quantity: number;
  neededBy: string;
  destination: StorageLocation;
  eventId?: string | null;
  idempotencyKey?: string | null;
}

export async function requestAid(ctx: RequestContext, input: RequestAidInput): Promise<StoredAidRequest> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  await clusterFor(ctx, input.clusterId, 'aid:read');
  enforce(ctx, 'aid:request', { clusterId: input.clusterId, cityId: input.requesterCityId }, () =>
    notFound('cluster', input.clusterId),
  );
  const city = await ctx.loaders.city.load(input.requesterCityId);
  if (!city || city.clusterId !== input.clusterId) throw notFound('city', input.requesterCityId);
  const type = await ctx.store.resources.get(input.clusterId, input.resourceTypeId);
  if (!type) throw new BadInputError(`No resource type "${input.resourceTypeId}" is in the cluster's catalogue.`);
  if (input.eventId) {
    const event = await ctx.loaders.riskEvent.load(input.eventId);
    if (!event || event.clusterId !== input.clusterId) throw notFound('risk event', input.eventId);
    if (event.status === 'CLOSED') {
      throw new InvalidStateError(
        `The event was closed on ${event.closedAt}; aid can no longer be requested for it. Request it without naming the event, or name the event now under way.`,
        { currentState: event.status },
      );
    }
  }
  const at = ctx.now();
  if (input.neededBy <= at) throw new BadInputError('The time the resources are needed by has already passed.');
  const actor = actorOf(ctx.caller);
  const request: StoredAidRequest = {
    requestId: `aid_${randomUUID()}`,
    clusterId: input.clusterId,
    requesterCityId: city.cityId,
    typeId: type.typeId,
    minimumTier: input.minimumTier,
    quantity: aidQuantity(input.quantity, type.unit),
    acceptedQuantity: 0,
    status: 'OPEN',
    offerIds: [],
    neededBy: input.neededBy,
    destination: validateStorage(input.destination),
    ...(input.eventId ? { eventId: input.eventId } : {}),
    requestedBy: actor,
    createdAt: at,
    version: 1,
  };
  const audit: AuditedChange = {
    clusterId: request.clusterId,
    action: 'AID_REQUESTED',
    targetType: 'AidRequest',
    targetId: request.requestId,
    versionAfter: 1,
    changes: { typeId: [null, type.typeId], quantity: [null, request.quantity] },
  };
  const idempotency = keyed && { scope: idempotencyScope('requestAid', input.clusterId, actor.id), ...keyed };
  // Told: the member cities that hold stock of the type, at the tier asked or better, they could offer now.
  const holders = (await ctx.store.resources.holdings(request.clusterId, at))
    .filter((holding) => holding.typeId === request.typeId && meetsTier(holding.tier, request.minimumTier))
    .map((holding) => holding.cityId);
  const announcement = aidRequested(request, city.name, goodsOf(type), holders, at);
  return ctx.store.aid.create(
    request,
    audit,
    actor,
    at,
    idempotency,
    (id) => ctx.store.aid.getRequest(id),
    false,
    announcement,
  );
}

export async function offerAid(
  ctx: RequestContext,
  input: { requestId: string; itemId: string; quantity: number; idempotencyKey?: string | null },
): Promise<StoredAidOffer> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  const request = await requestFor(ctx, input.requestId);
  const item = await ctx.store.inventory.get(input.itemId);
  if (!item || item.clusterId !== request.clusterId) throw notFound('inventory item', input.itemId);
  enforce(ctx, 'aid:offer', { clusterId: item.clusterId, cityId: item.cityId }, () =>
    notFound('inventory item', input.itemId),
  );
  if (item.cityId === request.requesterCityId) throw new BadInputError('A city cannot offer to its own request.');
  assertTakesOffers(request);
  if (item.typeId !== request.typeId)
    throw new BadInputError(`The request is for ${request.typeId}; this item holds ${item.typeId}.`);
  if (!meetsTier(item.tier, request.minimumTier))
    throw new BadInputError(`The request needs Type ${request.minimumTier} or better; this item is Type ${item.tier}.`);
  if (item.readiness !== 'READY')
    throw new InvalidStateError(`This item is ${item.readiness}; only READY stock can be offered.`, {
      currentState: item.readiness,
    });
  const unit = (await ctx.store.resources.get(item.clusterId, item.typeId))?.unit ?? 'unit';
  const quantity = aidQuantity(input.quantity, unit);
  const available = item.shareable - item.committed;
  if (quantity > available)
    throw new BadInputError(
      `Only ${available} ${unit}s of this item are shareable and uncommitted; you offered ${quantity}.`,
      { available },
    );
  const outstanding = request.quantity - request.acceptedQuantity;
  if (quantity > outstanding) {
    throw new BadInputError(
      `The request still needs ${outstanding} ${unit}s (${request.acceptedQuantity} of ${request.quantity} are already accepted); you offered ${quantity}. Offer at most what is still needed.`,
      { outstanding },
    );
  }
  const at = ctx.now();
  const actor = actorOf(ctx.caller);
  const offer: StoredAidOffer = {
    offerId: `off_${randomUUID()}`,
    requestId: request.requestId,
    clusterId: request.clusterId,
    fromCityId: item.cityId,
    itemId: item.itemId,
    quantity,
    status: 'OFFERED',
    costItems: [],
    offeredBy: actor,
    createdAt: at,
    version: 1,
  };
  const audit: AuditedChange = {
    clusterId: offer.clusterId,
    action: 'AID_OFFERED',
    targetType: 'AidOffer',
    targetId: offer.offerId,
    versionAfter: 1,
    changes: { requestId: [null, request.requestId], quantity: [null, quantity] },
  };
  const idempotency = keyed && { scope: idempotencyScope('offerAid', request.requestId, actor.id), ...keyed };
  const offerer = await ctx.loaders.city.load(item.cityId);
  const type = await ctx.store.resources.get(item.clusterId, item.typeId);
  return ctx.store.aid.create(
    offer,
    audit,
    actor,
    at,
    idempotency,
    (id) => ctx.store.aid.getOffer(id),
    request.offerIds !== undefined,
    aidOfferReceived(offer, request.requesterCityId, offerer?.name ?? item.cityId, goodsOf(type, item.typeId), at),
  );
}

/** What announcements call the goods: the catalogue's name and unit of the type. */
function goodsOf(type: Pick<StoredResourceType, 'name' | 'unit'> | undefined, typeId = ''): AidGoods {
  return { typeName: type?.name ?? typeId, unit: type?.unit ?? 'unit' };
}

async function goodsOfRequest(ctx: RequestContext, request: StoredAidRequest): Promise<AidGoods> {
  return goodsOf(await ctx.store.resources.get(request.clusterId, request.typeId), request.typeId);
}

async function requesterNameOf(ctx: RequestContext, request: StoredAidRequest): Promise<string> {
  return (await ctx.loaders.city.load(request.requesterCityId))?.name ?? request.requesterCityId;
}

interface Loaded {
  offer: StoredAidOffer;
  request: StoredAidRequest;
  item: StoredInventoryItem;
}

/** Loads an offer with its request and item, and checks the caller may take `action` on it. */
async function offerFor(ctx: RequestContext, offerId: string, action: Action): Promise<Loaded> {
  const offer = await ctx.store.aid.getOffer(offerId);
  if (!offer) throw notFound('aid offer', offerId);
  const [request, item] = await Promise.all([
    ctx.store.aid.getRequest(offer.requestId),
    ctx.store.inventory.get(offer.itemId),
  ]);
  if (!request || !item) throw notFound('aid offer', offerId);
  const cityId = action === 'aid:ship' ? offer.fromCityId : request.requesterCityId;
  enforce(
    ctx,
    action,
    { clusterId: offer.clusterId, cityId, partyCityIds: [offer.fromCityId, request.requesterCityId] },
    () => notFound('aid offer', offerId),
  );
  return { offer, request, item };
}

function offerAudit(offer: StoredAidOffer, action: AuditAction, changes: Record<string, unknown>): AuditedChange {
  return {
    clusterId: offer.clusterId,
    action,
    targetType: 'AidOffer',
    targetId: offer.offerId,
    versionBefore: offer.version,
    versionAfter: offer.version + 1,
    changes,
  };
}

function requestAudit(request: StoredAidRequest, action: AuditAction, changes: Record<string, unknown>): AuditedChange {
  return {
    clusterId: request.clusterId,
    action,
    targetType: 'AidRequest',
    targetId: request.requestId,
    versionBefore: request.version,
    versionAfter: request.version + 1,
    changes,
  };
}

function itemAudit(item: StoredInventoryItem, action: AuditAction, after: Partial<StoredInventoryItem>): AuditedChange {
  const changes: Record<string, unknown> = {};
  for (const field of ['onHand', 'shareable', 'committed'] as const)
    if (after[field] !== undefined && after[field] !== item[field]) changes[field] = [item[field], after[field]];
  return {
    clusterId: item.clusterId,
    action,
    targetType: 'InventoryItem',
    targetId: item.itemId,
    versionBefore: item.version,
    versionAfter: item.version + 1,
    changes,
  };
}

/**
 * Accepting commits the offered stock: the offer, the item's committed quantity and the request's accepted quantity
 * change together, each conditioned on the version read. Re-checked on fresh data after every lost race, so under any
 * concurrency no item is committed beyond its shareable quantity and no request filled beyond what it asked.
 */
export async function acceptAidOffer(ctx: RequestContext, offerId: string): Promise<StoredAidOffer> {
  return retryOnConflict(async () => {
    const { offer, request, item } = await offerFor(ctx, offerId, 'aid:decide');
    const status = nextOfferStatus(offer.status, 'accept');
    assertNotEnded(request);
    if (request.acceptedQuantity + offer.quantity > request.quantity) {
      throw new InvalidStateError(
        `Accepting ${offer.quantity} would fill the request beyond what it asked: ${request.acceptedQuantity} of ${request.quantity} are already accepted.`,
        {
          currentState: request.status,
          acceptedQuantity: request.acceptedQuantity,
        },
      );
    }
    if (item.readiness !== 'READY')
      throw new InvalidStateError(`The offered stock is now ${item.readiness}; it cannot be committed.`, {
        currentState: item.readiness,
      });
    if (item.committed + offer.quantity > item.shareable) {
      throw new InvalidStateError(
        `The offering city no longer has ${offer.quantity} available: ${item.shareable - item.committed} are shareable and uncommitted.`,
        {
          currentState: item.readiness,
          available: item.shareable - item.committed,
        },
      );
    }
    const acceptedQuantity = request.acceptedQuantity + offer.quantity;
    const committed = item.committed + offer.quantity;
    const at = ctx.now();
    const accepted = aidOfferAccepted(
      offer,
      await requesterNameOf(ctx, request),
      await goodsOfRequest(ctx, request),
      at,
    );
    const result = await ctx.store.aid.apply({
      offer: { read: offer, set: { status } },
      request: {
        read: request,
        set: { acceptedQuantity, status: acceptedQuantity === request.quantity ? 'FILLED' : 'OPEN' },
      },
      item: { read: item, set: { committed } },
      audits: [
        offerAudit(offer, 'AID_ACCEPTED', { status: [offer.status, status] }),
        itemAudit(item, 'INVENTORY_COMMITTED', { committed }),
        requestAudit(request, 'AID_REQUEST_ACCEPTED', {
          acceptedQuantity: [request.acceptedQuantity, acceptedQuantity],
          status: [request.status, acceptedQuantity === request.quantity ? 'FILLED' : 'OPEN'],
        }),
      ],
      actor: actorOf(ctx.caller),
      at,
      announce: accepted,
    });
    return result.offer;
  });
}

async function simpleStep(
  ctx: RequestContext,
  offerId: string,
  action: OfferAction,
  permission: Action,
  set: (loaded: Loaded) => Partial<StoredAidOffer>,
  auditAction: AuditAction,
  announce?: (loaded: Loaded, at: string) => Promise<Announcement>,
) {
  const loaded = await offerFor(ctx, offerId, permission);
  const status = nextOfferStatus(loaded.offer.status, action);
  const changes = { ...set(loaded), status };
  const at = ctx.now();
  const result = await ctx.store.aid.apply({
    offer: { read: loaded.offer, set: changes },
    audits: [offerAudit(loaded.offer, auditAction, { status: [loaded.offer.status, status] })],
    actor: actorOf(ctx.caller),
    at,
    ...(announce ? { announce: await announce(loaded, at) } : {}),
  });
  return { ...loaded, offer: result.offer };
}

export async function declineAidOffer(
  ctx: RequestContext,
  input: { offerId: string; reason: string },
): Promise<StoredAidOffer> {
  const reason = requiredText(input.reason, 'reason');
  return (
    await simpleStep(
      ctx,
      input.offerId,
      'decline',
      'aid:decide',
      () => ({ reason }),
      'AID_DECLINED',
      async ({ offer, request }, at) =>
        aidOfferDeclined(offer, await requesterNameOf(ctx, request), await goodsOfRequest(ctx, request), reason, at),
    )
  ).offer;
}

export async function withdrawAidOffer(
  ctx: RequestContext,
  input: { offerId: string; reason: string },
): Promise<StoredAidOffer> {
  const reason = requiredText(input.reason, 'reason');
  return (await simpleStep(ctx, input.offerId, 'withdraw', 'aid:ship', () => ({ reason }), 'AID_WITHDRAWN')).offer;
}

type CostInput =
  | Array<{ kind: CostItem['kind']; description: string; amount: { amountMinor: string; currency: string } }>
  | null
  | undefined;

/** The currency the offer's cluster records money in: cost items are recorded in it. */
async function currencyOfCluster(ctx: RequestContext, clusterId: string): Promise<string> {
  const cluster = await ctx.loaders.cluster.load(clusterId);
  if (!cluster) throw notFound('cluster', clusterId);
  return clusterCurrency(cluster);
}

/** True when the offer already is this dispatch (same ETA and costs): the request is a retry of one that went through. */
function isSameDispatch(offer: StoredAidOffer, eta: string, costItems: readonly CostItem[]): boolean {
  const costsOf = (items: readonly CostItem[]) =>
    JSON.stringify(items.map((cost) => [cost.kind, cost.description, cost.amountMinor, cost.currency]));
  return offer.status === 'DISPATCHED' && offer.eta === eta && costsOf(offer.costItems) === costsOf(costItems);
}

/**
 * Dispatching also fulfils the offering city's matching PROVIDE_RESOURCES obligations for the request's event. The
 * two are separate writes; a dispatch interrupted between them is completed by sending it again: the same dispatch
 * (same ETA and costs) on an offer already DISPATCHED fulfils what is still open, as of the dispatch's time, and
 * answers the offer instead of a CONFLICT.
 */
export async function dispatchAid(
  ctx: RequestContext,
  input: { offerId: string; eta: string; costItems?: CostInput },
): Promise<StoredAidOffer> {
  const at = ctx.now();
  const loaded = await offerFor(ctx, input.offerId, 'aid:ship');
  const { request, item } = loaded;
  const costItems = validateCostItems(input.costItems ?? [], await currencyOfCluster(ctx, loaded.offer.clusterId));
  let offer = loaded.offer;
  if (!isSameDispatch(offer, input.eta, costItems)) {
    const status = nextOfferStatus(offer.status, 'dispatch');
    if (input.eta < at) throw new BadInputError('The estimated arrival cannot be in the past.');
    offer = (
      await ctx.store.aid.apply({
        offer: { read: offer, set: { eta: input.eta, dispatchedAt: at, costItems, status } },
        audits: [offerAudit(offer, 'AID_DISPATCHED', { status: [offer.status, status] })],
        actor: actorOf(ctx.caller),
        at,
      })
    ).offer;
  }
  if (request.eventId)
    await fulfilFromDispatch(
      ctx.store,
      { offer, request, typeId: item.typeId },
      actorOf(ctx.caller),
      offer.dispatchedAt ?? at,
    );
  return offer;
}

/**
 * The offering city corrects the cost items of a dispatch (all of them), at the version it read, until a claim names
 * the dispatch: from then on the claim is reviewed against those costs, so they stand (checked in the same write).
 */
export async function correctDispatchCosts(
  ctx: RequestContext,
  input: { offerId: string; expectedVersion: number; costItems: NonNullable<CostInput> },
): Promise<StoredAidOffer> {
  const { offer } = await offerFor(ctx, input.offerId, 'aid:ship');
  const costItems = validateCostItems(input.costItems, await currencyOfCluster(ctx, offer.clusterId));
  if (!['DISPATCHED', 'ARRIVED', 'RETURNED'].includes(offer.status))
    throw new InvalidStateError(
      `The offer is ${offer.status}; costs are recorded when stock is dispatched, so there are none to correct yet.`,
      { currentState: offer.status },
    );
  if (offer.version !== input.expectedVersion)
    throw new ConflictError(
      `The dispatch was changed by someone else after you read it (you had version ${input.expectedVersion}, it is now version ${offer.version}). Nothing was changed.`,
      { yourVersion: input.expectedVersion, currentVersion: offer.version },
    );
  return ctx.store.aid.correctCosts(
    offer,
    costItems,
    offerAudit(offer, 'AID_COSTS_CORRECTED', { costItems: [offer.costItems, costItems] }),
    actorOf(ctx.caller),
    ctx.now(),
  );
}

export async function confirmAidArrival(ctx: RequestContext, offerId: string): Promise<StoredAidOffer> {
  const at = ctx.now();
  return (await simpleStep(ctx, offerId, 'confirmArrival', 'aid:receive', () => ({ arrivedAt: at }), 'AID_ARRIVED'))
    .offer;
}

/**
 * The lender records the return: consumed units leave its stock (on hand and shareable) and the whole lent quantity
 * stops being committed, together with the offer, in one transaction.
 */
export async function returnAid(
  ctx: RequestContext,
  input: { offerId: string; consumed: number; returned: number; costItems?: CostInput },
): Promise<StoredAidOffer> {
  return retryOnConflict(async () => {
    const { offer, item } = await offerFor(ctx, input.offerId, 'aid:ship');
    const extraCosts = validateCostItems(input.costItems ?? [], await currencyOfCluster(ctx, offer.clusterId));
    const status = nextOfferStatus(offer.status, 'return');
    const { consumed, returned } = splitReturn(offer.quantity, input.consumed, input.returned);
    const onHand = item.onHand - consumed;
    if (onHand < 0 || item.committed < offer.quantity)
      throw new BadInputError(
        'The lent stock no longer matches the inventory item; ask the coordination office to review it.',
      );
    const after = {
      onHand,
      shareable: Math.max(0, Math.min(item.shareable - consumed, onHand)),
      committed: item.committed - offer.quantity,
    };
    const at = ctx.now();
    const result = await ctx.store.aid.apply({
      offer: {
        read: offer,
        set: { status, consumed, returned, returnedAt: at, costItems: [...offer.costItems, ...extraCosts] },
      },
      item: { read: item, set: after },
      audits: [
        offerAudit(offer, 'AID_RETURNED', {
          status: [offer.status, status],
          consumed: [null, consumed],
          returned: [null, returned],
        }),
        itemAudit(item, 'INVENTORY_RETURNED', after),
      ],
      actor: actorOf(ctx.caller),
      at,
    });
    return result.offer;
  });
}

/** Cancelling an accepted offer before dispatch releases the commitment and reopens the request's quantity. */
export async function cancelAid(
  ctx: RequestContext,
  input: { offerId: string; reason: string },
): Promise<StoredAidOffer> {
  const reason = requiredText(input.reason, 'reason');
  return retryOnConflict(async () => {
    const { offer, request, item } = await offerFor(ctx, input.offerId, 'aid:cancel');
    const status = nextOfferStatus(offer.status, 'cancel');
    const committed = item.committed - offer.quantity;
    const result = await ctx.store.aid.apply({
      offer: { read: offer, set: { status, reason } },
      // A filled request takes offers again; a closed one stays closed.
      request: {
        read: request,
        set: { acceptedQuantity: request.acceptedQuantity - offer.quantity, status: reopened(request) },
      },
      item: { read: item, set: { committed } },
      audits: [
        offerAudit(offer, 'AID_CANCELLED', { status: [offer.status, status], reason: [null, reason] }),
        itemAudit(item, 'INVENTORY_RELEASED', { committed }),
        requestAudit(request, 'AID_REQUEST_RELEASED', {
          acceptedQuantity: [request.acceptedQuantity, request.acceptedQuantity - offer.quantity],
          status: [request.status, reopened(request)],
        }),
      ],
      actor: actorOf(ctx.caller),
      at: ctx.now(),
    });
    return result.offer;
  });
}

const reopened = (request: StoredAidRequest): StoredAidRequest['status'] =>
  request.status === 'FILLED' ? 'OPEN' : request.status;

/** A cancelled or closed request is finished: nothing more is offered to it or accepted for it. */
function assertNotEnded(request: StoredAidRequest): void {
  if (request.status === 'CANCELLED' || request.status === 'CLOSED') {
    throw new InvalidStateError(
      `The request was ${request.status === 'CANCELLED' ? 'cancelled' : 'closed'} on ${request.closedAt}${request.closingReason ? ` (${request.closingReason})` : ''}; it takes no more offers or acceptances.`,
      { currentState: request.status, allowed: [] },
    );
  }
}

function assertTakesOffers(request: StoredAidRequest): void {
  assertNotEnded(request);
  if (request.status === 'FILLED')
    throw new InvalidStateError('The request is already filled: accepted offers cover its whole quantity.', {
      currentState: request.status,
    });
}

/** Offer steps that mean the stock is on its way or back: a request with one of them can be closed, not cancelled. */
const SHIPPED: StoredAidOffer['status'][] = ['DISPATCHED', 'ARRIVED', 'RETURNED'];
/** One transaction holds at most 100 writes; settling a request writes these besides its offers and items. */
const MAX_SETTLEMENT_WRITES = 100;

async function requestToSettle(
  ctx: RequestContext,
  input: { requestId: string; expectedVersion: number },
): Promise<{ request: StoredAidRequest; offers: StoredAidOffer[] }> {
  const request = await requestFor(ctx, input.requestId);
  enforce(ctx, 'aid:decide', { clusterId: request.clusterId, cityId: request.requesterCityId }, () =>
    notFound('aid request', input.requestId),
  );
  if (request.version !== input.expectedVersion) {
    throw new ConflictError(
      `The request changed since you read it (you had version ${input.expectedVersion}, it is now version ${request.version}, ${request.status}, ${request.acceptedQuantity} of ${request.quantity} accepted). Nothing was changed.`,
      { yourVersion: input.expectedVersion, currentVersion: request.version },
    );
  }
  assertNotEnded(request);
  // The request's offers, each read consistently: the transaction is conditioned on the versions read here.
  const listed = await ctx.store.aid.offersOf(request.requestId);
  const offers = (await Promise.all(listed.map((offer) => ctx.store.aid.getOffer(offer.offerId)))).filter(
    (offer): offer is StoredAidOffer => !!offer,
  );
  // The list comes from an index DynamoDB updates a moment after each write: an offer it does not show yet would be
  // left pending on the ended request. The request counts its offers (in their transactions), so a short list is seen.
  if (request.offerCount !== undefined && offers.length < request.offerCount) {
    throw new ConflictError(
      'An offer made a moment ago is not listed yet. Nothing was changed; read the request again (with that offer) and retry.',
      {
        currentVersion: request.version,
      },
    );
  }
  return { request, offers };
}

function declined(offers: StoredAidOffer[], reason: string) {
  return offers
    .filter((offer) => offer.status === 'OFFERED')
    .map((offer) => {
      const status = nextOfferStatus(offer.status, 'decline');
      return {
        change: { read: offer, set: { status, reason } },
        audit: offerAudit(offer, 'AID_DECLINED', { status: [offer.status, status], reason: [null, reason] }),
      };
    });
}

function assertFitsOneTransaction(writes: number): void {
  if (writes > MAX_SETTLEMENT_WRITES) {
    throw new BadInputError(
      'This request has too many open offers to settle at once; decline or cancel some of them first, then try again.',
    );
  }
}

/**
 * Withdraws a request while nothing has been dispatched for it: accepted offers are cancelled and the stock they held
 * released, pending offers declined, and the request CANCELLED, in one transaction conditioned on every version read.
 */
export async function cancelAidRequest(
  ctx: RequestContext,
  input: { requestId: string; expectedVersion: number; reason: string },
): Promise<StoredAidRequest> {
  const reason = requiredText(input.reason, 'reason');
  const { request, offers } = await requestToSettle(ctx, input);
  const shipped = offers.filter((offer) => SHIPPED.includes(offer.status));
  if (shipped.length) {
    const senders = [...new Set(await Promise.all(shipped.map((offer) => cityName(ctx, offer.fromCityId))))];
    throw new InvalidStateError(
      `${senders.join(', ')} already dispatched aid for this request, so it can no longer be cancelled. Close it instead: it then takes no more offers, and the aid under way goes on.`,
      { currentState: request.status, allowed: ['closeAidRequest'] },
    );
  }
  const accepted = offers.filter((offer) => offer.status === 'ACCEPTED');
  const released = new Map<string, number>();
  for (const offer of accepted) released.set(offer.itemId, (released.get(offer.itemId) ?? 0) + offer.quantity);
  const items = (await Promise.all([...released.keys()].map((itemId) => ctx.store.inventory.get(itemId)))).filter(
    (item): item is StoredInventoryItem => !!item,
  );
  if (items.length !== released.size)
    throw new ConflictError('The stock of an accepted offer could not be read. Nothing was changed; try again.');
  const itemChanges = items.map((item) => {
    const committed = item.committed - released.get(item.itemId)!;
    if (committed < 0)
      throw new BadInputError(
        'The committed stock no longer matches the accepted offers; ask the coordination office to review it.',
      );
    return { change: { read: item, set: { committed } }, audit: itemAudit(item, 'INVENTORY_RELEASED', { committed }) };
  });
  const cancelled = accepted.map((offer) => {
    const status = nextOfferStatus(offer.status, 'cancel');
    return {
      change: { read: offer, set: { status, reason } },
      audit: offerAudit(offer, 'AID_CANCELLED', { status: [offer.status, status], reason: [null, reason] }),
    };
  });
  const pending = declined(offers, reason);
  const at = ctx.now();
  assertFitsOneTransaction(2 + 2 * (cancelled.length + pending.length + itemChanges.length));
  return ctx.store.aid.settle({
    request: { read: request, set: { status: 'CANCELLED', acceptedQuantity: 0, closedAt: at, closingReason: reason } },
    offers: [...cancelled, ...pending].map((entry) => entry.change),
    items: itemChanges.map((entry) => entry.change),
    audits: [
      requestAudit(request, 'AID_REQUEST_CANCELLED', {
        status: [request.status, 'CANCELLED'],
        acceptedQuantity: [request.acceptedQuantity, 0],
        reason: [null, reason],
      }),
      ...[...cancelled, ...pending, ...itemChanges].map((entry) => entry.audit),
    ],
    actor: actorOf(ctx.caller),
    at,
  });
}

/**
 * Closes a request that is satisfied or no longer needed: it takes no more offers and pending ones are declined in the
 * same transaction. Accepted and dispatched offers go on (cancel them one by one with cancelAid if they are not needed).
 */
export async function closeAidRequest(
  ctx: RequestContext,
  input: { requestId: string; expectedVersion: number; reason: string },
): Promise<StoredAidRequest> {
  const reason = requiredText(input.reason, 'reason');
  const { request, offers } = await requestToSettle(ctx, input);
  const pending = declined(offers, reason);
  const at = ctx.now();
  assertFitsOneTransaction(2 + 2 * pending.length);
  return ctx.store.aid.settle({
    request: { read: request, set: { status: 'CLOSED', closedAt: at, closingReason: reason } },
    offers: pending.map((entry) => entry.change),
    items: [],
    audits: [
      requestAudit(request, 'AID_REQUEST_CLOSED', { status: [request.status, 'CLOSED'], reason: [null, reason] }),
      ...pending.map((entry) => entry.audit),
    ],
    actor: actorOf(ctx.caller),
    at,
  });
}

export interface CityAvailabilityView {
  cityId: string;
  available: number;
  distanceKm: number;
  /** What the city can offer, item by item, without the item itself. */
  stock: Array<{ tier: ResourceTier; available: number; distanceKm: number }>;
  /** The items behind it: the resolver shows only those the caller may read. */
  items: StoredInventoryItem[];
}

/** Partners that could help a request, nearest first: READY stock of the type and tier, shareable and uncommitted. */
export async function resourceAvailability(ctx: RequestContext, requestId: string): Promise<CityAvailabilityView[]> {
  const request = await requestFor(ctx, requestId);
  const items: StoredInventoryItem[] = [];
  let after: string | null = null;
  do {
    const page = await ctx.store.inventory.list(request.clusterId, { typeId: request.typeId }, { first: 100, after });
    items.push(...page.items);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  const byCity = new Map<string, CityAvailabilityView>();
  for (const item of items) {
    const available = item.shareable - item.committed;
    if (
      item.cityId === request.requesterCityId ||
      item.readiness !== 'READY' ||
      available <= 0 ||
      !meetsTier(item.tier, request.minimumTier)
    )
      continue;
    const entry: CityAvailabilityView = byCity.get(item.cityId) ?? {
      cityId: item.cityId,
      available: 0,
      distanceKm: Number.POSITIVE_INFINITY,
      stock: [],
      items: [],
    };
    const distance = Math.round(distanceKm(item.storage, request.destination) * 10) / 10;
    entry.available += available;
    entry.distanceKm = Math.min(entry.distanceKm, distance);
    entry.stock.push({ tier: item.tier, available, distanceKm: distance });
    entry.items.push(item);
    byCity.set(item.cityId, entry);
  }
  return [...byCity.values()].sort((a, b) => a.distanceKm - b.distanceKm || b.available - a.available);
}

export { requestFor, cityFor };
