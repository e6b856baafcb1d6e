import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { auditItem, type AuditedChange } from './audit';
import { batchGetByIds } from './batch';
import {
  AidOfferEntity,
  AidRequestEntity,
  citypact,
  cursors,
  type StoredAidOffer,
  type StoredAidRequest,
  type StoredInventoryItem,
} from './entities';
import { createOnce, type ScopedRequest } from './idempotency';
import { readPage } from './pagination';
import { commitTransaction } from './transactions';
import { exactly, onlyExact } from './exact';

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
}

export interface RequestSettlement {
  request: { read: StoredAidRequest; set: RequestSet };
  offers: Array<{ read: StoredAidOffer; set: OfferSet }>;
  items: Array<{ read: StoredInventoryItem; set: ItemSet }>;
  audits: AuditedChange[];
  actor: Actor;
  at: string;
}

export const aidRepository = {
  async getRequest(requestId: string): Promise<StoredAidRequest | undefined> {
    const { data } = await AidRequestEntity.get({ requestId }).go({ consistent: true });
    return exactly({ requestId }, data);
  },

  async getRequests(ids: readonly string[]): Promise<(StoredAidRequest | undefined)[]> {
    return batchGetByIds(ids, 'requestId', (batch) =>
      AidRequestEntity.get(batch.map((requestId) => ({ requestId }))).go(),
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
  ): Promise<T> {
    return createOnce({
      key: idempotency,
      resultId: 'offerId' in record ? record.offerId : record.requestId,
      at,
      read,
      created: record,
      conflictMessage: 'It could not be saved because of a simultaneous change. Nothing was recorded; try again.',
      write: (keyRecord) =>
        citypact.transaction
          .write(({ aidRequest, aidOffer, riskEvent, auditEvent, idempotency: keys }) => [
            'offerId' in record ? aidOffer.create(record).commit() : aidRequest.create(record).commit(),
            // A request names an event only while it is not closed: checked in the write, so a close in between wins.
            ...(!('offerId' in record) && record.eventId
              ? [
                  riskEvent
                    .check({ eventId: record.eventId })
                    .where(({ status }, { ne }) => ne(status, 'CLOSED'))
                    .commit(),
                ]
              : []),
            // An offer is made only to a request still open, even one cancelled or closed the moment before; it moves
            // the request's version, so a cancellation or closing decided without seeing it is refused as stale
            // instead of leaving it pending on an ended request.
            ...('offerId' in record
              ? [
                  aidRequest
                    .patch({ requestId: record.requestId })
                    .add({ version: 1, offerCount: 1 })
                    .where(({ status }, { eq }) => eq(status, 'OPEN'))
                    .commit(),
                ]
              : []),
            auditEvent.create(auditItem(actor, audit, at)).commit(),
            ...(keyRecord ? [keys.create(keyRecord).commit()] : []),
          ])
          .go(),
    });
  },

  /**
   * Ends a request (cancelled or closed) together with what it settles: its open offers and the stock they held, each
   * written only if still at the version read, with every audit event, in one transaction.
   */
  async settle(change: RequestSettlement): Promise<StoredAidRequest> {
    const { request, at } = change;
    const transaction = citypact.transaction.write(({ aidOffer, aidRequest, inventoryItem, auditEvent }) => [
      aidRequest
        .patch({ requestId: request.read.requestId })
        .set({ ...request.set, version: request.read.version + 1 })
        .where(({ version }, { eq }) => eq(version, request.read.version))
        .commit(),
      ...change.offers.map(({ read, set }) =>
        aidOffer
          .patch({ offerId: read.offerId })
          .set({ ...set, version: read.version + 1 })
          .where(({ version }, { eq }) => eq(version, read.version))
          .commit(),
      ),
      ...change.items.map(({ read, set }) =>
        inventoryItem
          .patch({ itemId: read.itemId })
          .set({ ...set, version: read.version + 1, updatedAt: at })
          .where(({ version }, { eq }) => eq(version, read.version))
          .commit(),
      ),
      ...change.audits.map((audit) => auditEvent.create(auditItem(change.actor, audit, at)).commit()),
    ]);
    await commitTransaction(
      transaction,
      () =>
        new ConflictError(
          'The request, one of its offers or the stock changed at the same moment. Nothing was changed; read the request again and retry.',
        ),
    );
    return { ...request.read, ...request.set, version: request.read.version + 1 };
  },

  async apply(
    change: AidChange,
  ): Promise<{ offer: StoredAidOffer; request?: StoredAidRequest; item?: StoredInventoryItem }> {
    const { offer, request, item, at } = change;
    const transaction = citypact.transaction.write(({ aidOffer, aidRequest, inventoryItem, auditEvent }) => [
      aidOffer
        .patch({ offerId: offer.read.offerId })
        .set({ ...offer.set, version: offer.read.version + 1 })
        .where(({ version }, { eq }) => eq(version, offer.read.version))
        .commit(),
      ...(request
        ? [
            aidRequest
              .patch({ requestId: request.read.requestId })
              .set({ ...request.set, version: request.read.version + 1 })
              .where(({ version }, { eq }) => eq(version, request.read.version))
              .commit(),
          ]
        : []),
      ...(item
        ? [
            inventoryItem
              .patch({ itemId: item.read.itemId })
              .set({ ...item.set, version: item.read.version + 1, updatedAt: at })
              .where(({ version }, { eq }) => eq(version, item.read.version))
              .commit(),
          ]
        : []),
      ...change.audits.map((audit) => auditEvent.create(auditItem(change.actor, audit, at)).commit()),
    ]);
    await commitTransaction(
      transaction,
      () =>
        new ConflictError(
          'The offer, the request or the stock changed at the same moment. Nothing was changed; try again.',
        ),
    );
    return {
      offer: { ...offer.read, ...offer.set, version: offer.read.version + 1 },
      ...(request ? { request: { ...request.read, ...request.set, version: request.read.version + 1 } } : {}),
      ...(item ? { item: { ...item.read, ...item.set, version: item.read.version + 1, updatedAt: at } } : {}),
    };
  },
};
