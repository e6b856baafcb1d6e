import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { actorAttribute, createdAtAttribute, entityOptions, locationAttribute, versionAttribute } from './attributes';
import { RESOURCE_TIERS } from '../../domain/resources/catalogue';
import { AID_COST_KINDS, AID_REQUEST_STATUSES, OFFER_STATUSES } from '../../domain/resources/aid';

// Mutual aid requests and offers.

export const AidRequestEntity = new LazyEntity(
  {
    model: { entity: 'aidRequest', version: '1', service: 'citypact' },
    attributes: {
      requestId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      requesterCityId: { type: 'string', required: true, readOnly: true },
      typeId: { type: 'string', required: true, readOnly: true },
      minimumTier: { type: RESOURCE_TIERS, required: true },
      quantity: { type: 'number', required: true },
      acceptedQuantity: { type: 'number', required: true },
      status: { type: AID_REQUEST_STATUSES, required: true },
      neededBy: { type: 'string', required: true },
      /** Set when the request is cancelled or closed. */
      closedAt: { type: 'string' },
      closingReason: { type: 'string' },
      /** Offers made to the request, counted in each offer's transaction (absent on requests older than the count). */
      offerCount: { type: 'number' },
      /**
       * The ids of the offers made to the request, appended in each offer's transaction, so a page of requests reads
       * all their offers in one BatchGetItem. Absent on requests created before the list: their offers are read from
       * the request index.
       */
      offerIds: { type: 'list', items: { type: 'string' } },
      destination: { ...locationAttribute, required: true },
      eventId: { type: 'string' },
      requestedBy: { ...actorAttribute, required: true },
      createdAt: createdAtAttribute,
      version: versionAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['requestId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['createdAt', 'requestId'] },
      },
    },
  },
  entityOptions,
);

export const AidOfferEntity = new LazyEntity(
  {
    model: { entity: 'aidOffer', version: '1', service: 'citypact' },
    attributes: {
      offerId: { type: 'string', required: true, readOnly: true },
      requestId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      fromCityId: { type: 'string', required: true, readOnly: true },
      itemId: { type: 'string', required: true, readOnly: true },
      quantity: { type: 'number', required: true },
      status: { type: OFFER_STATUSES, required: true },
      eta: { type: 'string' },
      dispatchedAt: { type: 'string' },
      arrivedAt: { type: 'string' },
      returnedAt: { type: 'string' },
      consumed: { type: 'number' },
      returned: { type: 'number' },
      costItems: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            kind: { type: AID_COST_KINDS, required: true },
            description: { type: 'string', required: true },
            amountMinor: { type: 'string', required: true },
            currency: { type: 'string', required: true },
          },
        },
      },
      reason: { type: 'string' },
      offeredBy: { ...actorAttribute, required: true },
      createdAt: createdAtAttribute,
      version: versionAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['offerId'] }, sk: { field: 'sk', composite: [] } },
      byRequest: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['requestId'] },
        sk: { field: 'gsi1sk', composite: ['createdAt', 'offerId'] },
      },
    },
  },
  entityOptions,
);

export type StoredAidRequest = EntityItem<typeof AidRequestEntity>;
export type StoredAidOffer = EntityItem<typeof AidOfferEntity>;
