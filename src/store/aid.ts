import type { Announcement } from '../domain/notifications';
import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import type { AuditedChange } from './audit';
import { batchGetByIds } from './batch';
import {
  AidOfferEntity,
  AidRequestEntity,
  InventoryItemEntity,
  RiskEventEntity,
  cursors,
  type StoredAidOffer,
  type StoredAidRequest,
  type StoredInventoryItem,
} from './entities';
import { createOnce, type ScopedRequest } from './idempotency';
import { flaggedOr, moveInventoryTallies, withTallyFlags } from './inventory-tallies';
import {
  conditionOn,
  neverRefused,
  staleVersion,
  transaction,
  versionOf,
  type Refusal,
  type WriteTransaction,
} from './kernel';
import { readPage } from './pagination';
import { exactly, onlyExact } from './exact';
import { noClaimNamesDispatchStep } from './claim-limits';

type OfferSet = Partial<
  Omit<StoredAidOffer, 'offerId' | 'requestId' | 'clusterId' | 'fromCityId' | 'itemId' | 'createdAt' | 'version'>
>;
type RequestSet = Partial<Pick<StoredAidRequest, 'acceptedQuantity' | 'status' | 'closedAt' | 'closingReason'>>;
type ItemSet = Partial<Pick<StoredInventoryItem, 'onHand' | 'shareable' | 'committed'>>;

/**
 * One step of mutual aid: the offer, and where it moves stock the inventory item and the request, each written only if
 * still at the version read, with their audit events, in one transaction. Nothing is ever half-committed.
 */
export interface AidChange {
  offer: { read: StoredAidOffer; set: OfferSet };
  request?: { read: StoredAidRequest; set: RequestSet };
  item?: { read: StoredInventoryItem; set: ItemSet };
  audits: AuditedChange[];
  actor: Actor;
  at: string;
  /** What the change announces (an acceptance, a decline), written in the same transaction. */
  announce?: Announcement;
}

export interface RequestSettlement {
  request: { read: StoredAidRequest; set: RequestSet };
  offers: Array<{ read: StoredAidOffer; set: OfferSet }>;
  items: Array<{ read: StoredInventoryItem; set: ItemSet }>;
  audits: AuditedChange[];
  actor: Actor;
  at: string;
}

/** The order of the request index (created, then offer id). */
const byCreation = (a: StoredAidOffer, b: StoredAidOffer) => {
  const [x, y] = [`${a.createdAt}#${a.offerId}`, `${b.createdAt}#${b.offerId}`];
  return x < y ? -1 : x > y ? 1 : 0;
};

export const aidRepository = {
  async getRequest(requestId: string): Promise<StoredAidRequest | undefined> {
    const { data } = await AidRequestEntity.get({ requestId }).go({ consistent: true });
    return exactly({ requestId }, data);
  },

  /** Strongly consistent: a change's answer shows the request as the change left it. */
  async getRequests(ids: readonly string[]): Promise<(StoredAidRequest | undefined)[]> {
    return batchGetByIds(ids, 'requestId', (batch) =>
      AidRequestEntity.get(batch.map((requestId) => ({ requestId }))).go({ consistent: true }),
    );
  },

  async getOffers(ids: readonly string[]): Promise<(StoredAidOffer | undefined)[]> {
    return batchGetByIds(ids, 'offerId', (batch) => AidOfferEntity.get(batch.map((offerId) => ({ offerId }))).go());
  },

  /**
   * The offers of each request, in the order they were made: one BatchGetItem for every request that lists its
   * offers (`offerIds`), one Query for each older request that does not.
   */
  async offersOfMany(requests: readonly StoredAidRequest[]): Promise<StoredAidOffer[][]> {
    const listed = await aidRepository.getOffers(requests.flatMap((request) => request.offerIds ?? []));
    const byId = new Map(listed.filter((offer) => offer !== undefined).map((offer) => [offer.offerId, offer]));
    return Promise.all(
      requests.map(async (request) =>
        request.offerIds
          ? request.offerIds
              .map((offerId) => byId.get(offerId))
              .filter((offer): offer is StoredAidOffer => offer !== undefined)
              .sort(byCreation)
          : aidRepository.offersOf(request.requestId),
      ),
    );
  },

  async getOffer(offerId: string): Promise<StoredAidOffer | undefined> {
    const { data } = await AidOfferEntity.get({ offerId }).go({ consistent: true });
    return exactly({ offerId }, data);
  },

  async offersOf(requestId: string): Promise<StoredAidOffer[]> {
    const { data } = await AidOfferEntity.query.byRequest({ requestId }).go({ pages: 'all' });
    return onlyExact({ requestId }, data);
  },

  async listRequests(
    clusterId: string,
    status: StoredAidRequest['status'] | null | undefined,
    page: PageRequest,
  ): Promise<Page<StoredAidRequest>> {
    return readPage(
      `aid:${clusterId}:${status ?? ''}`,
      page,
      (options) => {
        const query = AidRequestEntity.query.byCluster({ clusterId });
        return (status ? query.where(({ status: s }, { eq }) => eq(s, status)) : query).go({
          order: 'desc',
          ...options,
        });
      },
      (request) => cursors.aidRequest.byAccessPattern.byCluster.fromComposite.toCursor(request),
    );
  },

  /** Creates a request or an offer with its audit event; an idempotency key makes a retry return the first. */
  async create<T extends StoredAidRequest | StoredAidOffer>(
    record: T,
    audit: AuditedChange,
    actor: Actor,
    at: string,
    idempotency: ScopedRequest | undefined,
    read: (id: string) => Promise<T | undefined>,
    /** For an offer: whether its request lists its offers (`offerIds`), so this one is appended to the list. */
    requestListsOffers = false,
    /** What the new request or offer announces, written in its creating transaction. */
    announcement?: Announcement,
  ): Promise<T> {
    const conflictMessage = 'It could not be saved because of a simultaneous change. Nothing was recorded; try again.';
    return createOnce({
      key: idempotency,
      resultId: 'offerId' in record ? record.offerId : record.requestId,
      at,
      read,
      created: record,
      conflictMessage,
      steps: (started) => {
        const simultaneous = () => new ConflictError(conflictMessage);
        if ('offerId' in record) {
          started.create('offer', AidOfferEntity.create(record), neverRefused);
          // An offer is made only to a request still open, even one cancelled or closed the moment before; it moves
          // the request's version, so a cancellation or closing decided without seeing it is refused as stale
          // instead of leaving it pending on an ended request.
          started.update(
            'request still open',
            (requestListsOffers
              ? AidRequestEntity.patch({ requestId: record.requestId })
                  .add({ version: 1, offerCount: 1 })
                  .append({ offerIds: [record.offerId] })
              : AidRequestEntity.patch({ requestId: record.requestId }).add({ version: 1, offerCount: 1 })
            ).where(({ status }, { eq }) => eq(status, 'OPEN')),
            simultaneous,
          );
        } else {
          started.create('request', AidRequestEntity.create(record), neverRefused);
          // A request names an event only while it is not closed: checked in the write, so a close in between wins.
          if (record.eventId)
            started.check(
              'event not closed',
              conditionOn(RiskEventEntity)
                .check({ eventId: record.eventId })
                .where(({ status }, { ne }) => ne(status, 'CLOSED')),
              simultaneous,
            );
        }
        if (announcement) started.announce(announcement);
        return started.audit(actor, audit, at);
      },
    });
  },

  /**
   * Ends a request (cancelled or closed) together with what it settles: its open offers and the stock they held, each
   * written only if still at the version read, with every audit event, in one transaction.
   */
  async settle(settlement: RequestSettlement): Promise<StoredAidRequest> {
    return withTallyFlags((asRead) =>
      settleAsRead({ ...settlement, items: settlement.items.map((item) => ({ ...item, read: asRead(item.read) })) }),
    );
  },
  /**
   * Replaces a dispatch's cost items at the version read, with its audit event, on condition that no claim names the
   * dispatch yet (`noClaimNamesDispatchStep`: CONFLICT otherwise).
   */
  async correctCosts(
    read: StoredAidOffer,
    costItems: StoredAidOffer['costItems'],
    audit: AuditedChange,
    actor: Actor,
    at: string,
  ): Promise<StoredAidOffer> {
    const tx = transaction()
      .update(
        'dispatch at version read',
        AidOfferEntity.patch({ offerId: read.offerId })
          .set({ costItems, version: read.version + 1 })
          .where(({ version }, { eq }) => eq(version, read.version)),
        staleVersion('dispatch', read.version),
      )
      .audit(actor, audit, at);
    await noClaimNamesDispatchStep(tx, read).commit();
    return { ...read, costItems, version: read.version + 1 };
  },

  async apply(
    change: AidChange,
  ): Promise<{ offer: StoredAidOffer; request?: StoredAidRequest; item?: StoredInventoryItem }> {
    return withTallyFlags((asRead) =>
      applyAsRead(change.item ? { ...change, item: { ...change.item, read: asRead(change.item.read) } } : change),
    );
  },
};

async function applyAsRead(
  change: AidChange,
): Promise<{ offer: StoredAidOffer; request?: StoredAidRequest; item?: StoredInventoryItem }> {
  const { offer, request, item, actor, at } = change;
  const message = 'The offer, the request or the stock changed at the same moment. Nothing was changed; try again.';
  const writes = offerStep(
    transaction(),
    offer,
    (current) => new ConflictError(message, versions(offer.read, current)),
  );
  if (request) requestStep(writes, request, (current) => new ConflictError(message, versions(request.read, current)));
  if (item) itemStep(writes, item, at, (current) => new ConflictError(message, versions(item.read, current)));
  if (item) await movedStock(writes, [item]);
  for (const audit of change.audits) writes.audit(actor, audit, at);
  if (change.announce) writes.announce(change.announce);
  await writes.commit();
  return {
    offer: { ...offer.read, ...offer.set, version: offer.read.version + 1 },
    ...(request ? { request: { ...request.read, ...request.set, version: request.read.version + 1 } } : {}),
    ...(item
      ? { item: { ...item.read, ...item.set, version: item.read.version + 1, updatedAt: at, tallied: true } }
      : {}),
  };
}

async function settleAsRead(change: RequestSettlement): Promise<StoredAidRequest> {
  const { request, actor, at } = change;
  const message =
    'The request, one of its offers or the stock changed at the same moment. Nothing was changed; read the request again and retry.';
  // The caller sent the request's version: whichever record moved, the conflict names the request's versions.
  const requestChanged = async () => {
    const current = await aidRepository.getRequest(request.read.requestId);
    return new ConflictError(message, { yourVersion: request.read.version, currentVersion: current?.version });
  };
  const writes = requestStep(
    transaction(),
    request,
    (current) => new ConflictError(message, versions(request.read, current)),
  );
  for (const offer of change.offers) offerStep(writes, offer, requestChanged);
  for (const item of change.items) itemStep(writes, item, at, requestChanged);
  await movedStock(writes, change.items);
  for (const audit of change.audits) writes.audit(actor, audit, at);
  await writes.commit();
  return { ...request.read, ...request.set, version: request.read.version + 1 };
}

// Each record of mutual aid changes the same way: at the version read, moving it by one.

function requestStep(
  writes: WriteTransaction,
  { read, set }: { read: StoredAidRequest; set: RequestSet },
  refused: Refusal,
): WriteTransaction {
  return writes.update(
    `request ${read.requestId} at version read`,
    AidRequestEntity.patch({ requestId: read.requestId })
      .set({ ...set, version: read.version + 1 })
      .where(({ version }, { eq }) => eq(version, read.version)),
    refused,
  );
}

function offerStep(
  writes: WriteTransaction,
  { read, set }: { read: StoredAidOffer; set: OfferSet },
  refused: Refusal,
): WriteTransaction {
  return writes.update(
    `offer ${read.offerId} at version read`,
    AidOfferEntity.patch({ offerId: read.offerId })
      .set({ ...set, version: read.version + 1 })
      .where(({ version }, { eq }) => eq(version, read.version)),
    refused,
  );
}

function itemStep(
  writes: WriteTransaction,
  { read, set }: { read: StoredInventoryItem; set: ItemSet },
  at: string,
  refused: Refusal,
): WriteTransaction {
  return writes.update(
    `stock ${read.itemId} at version read`,
    InventoryItemEntity.patch({ itemId: read.itemId })
      .set({ ...set, version: read.version + 1, updatedAt: at, tallied: true })
      .where(({ version, tallied }, { eq, notExists }) =>
        read.tallied ? eq(version, read.version) : `${eq(version, read.version)} AND ${notExists(tallied)}`,
      ),
    flaggedOr(read, refused),
  );
}

/** What the stock changes make available to partners moves the cities' inventory tallies in the same transaction. */
async function movedStock(
  writes: WriteTransaction,
  items: ReadonlyArray<{ read: StoredInventoryItem; set: ItemSet }>,
): Promise<WriteTransaction> {
  return moveInventoryTallies(
    writes,
    items.map(({ read, set }) => ({ before: read, after: { ...read, ...set, tallied: true } })),
  );
}

/** The versions a conflict on one record carries: the one read and the one stored now. */
function versions(read: { version: number }, current: Record<string, unknown> | undefined) {
  return { yourVersion: read.version, currentVersion: current && versionOf(current) };
}
