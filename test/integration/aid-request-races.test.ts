import { inventoryItemId } from '../../src/domain/resources/ids';
import { demoToken, gql } from '../support/api';
import { hoursFrom, officerOf } from '../support/builders';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';

beforeAll(freshTableWithDemoData);

const REQUEST = graphql(`
  mutation AidRacesRequest($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
      version
    }
  }
`);
const OFFER = graphql(`
  mutation AidRacesOffer($input: OfferAidInput!) {
    offerAid(input: $input) {
      id
      status
      quantity
    }
  }
`);
const ACCEPT = graphql(`
  mutation AidRacesAccept($offerId: ID!) {
    acceptAidOffer(input: { offerId: $offerId }) {
      id
      status
    }
  }
`);
const DISPATCH = graphql(`
  mutation AidRacesDispatch($offerId: ID!, $eta: DateTime!) {
    dispatchAid(input: { offerId: $offerId, eta: $eta }) {
      status
    }
  }
`);
const CANCEL_REQUEST = graphql(`
  mutation AidRacesCancel($input: AidRequestReasonInput!) {
    cancelAidRequest(input: $input) {
      id
      status
    }
  }
`);
const CLOSE_REQUEST = graphql(`
  mutation AidRacesClose($input: AidRequestReasonInput!) {
    closeAidRequest(input: $input) {
      id
      status
    }
  }
`);
const READ_REQUEST = graphql(`
  query AidRacesReadRequest($id: ID!) {
    aidRequest(id: $id) {
      id
      status
      quantity
      acceptedQuantity
      version
      offers {
        id
        status
        quantity
      }
    }
  }
`);
const ITEM = graphql(`
  query AidRacesItem($id: ID!) {
    inventoryItem(id: $id) {
      committed
      version
    }
  }
`);

const depotOf = (cityId: string, name: string) =>
  inventoryItemId(cityId, 'mobile-pump-unit', 'II', `${name} Municipal Emergency Materials Depot`);
const TIANJIN_DEPOT = depotOf('city-tianjin', 'Tianjin');
const BEIJING_DEPOT = depotOf('city-beijing', 'Beijing');
const langfang = () => officerOf('city-langfang', 'cluster-jjj');
const tianjin = () => officerOf('city-tianjin', 'cluster-jjj');
const beijing = () => officerOf('city-beijing', 'cluster-jjj');
const coordinator = () => demoToken('demo-coordinator-jjj');
const committedAt = async (itemId: string, token: string) =>
  (await gql(token, ITEM, { id: itemId })).data?.inventoryItem.committed as number;

async function request(quantity: number) {
  const response = await gql(await langfang(), REQUEST, {
    input: {
      clusterId: 'cluster-jjj',
      requesterCityId: 'city-langfang',
      resourceTypeId: 'mobile-pump-unit',
      minimumTier: 'II',
      quantity,
      neededBy: hoursFrom(new Date().toISOString(), 12),
      destination: { name: 'Gu\u2019an flood line', latitude: 39.44, longitude: 116.3 },
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.requestAid;
}
const readRequest = async (id: string) => (await gql(await langfang(), READ_REQUEST, { id })).data!.aidRequest;

test('cancel, close, accept and dispatch racing (ten at once each): stock committed equals what stands accepted or sent', async () => {
  const aid = await request(10);
  const t = await gql(await tianjin(), OFFER, { input: { requestId: aid.id, itemId: TIANJIN_DEPOT, quantity: 5 } });
  const b = await gql(await beijing(), OFFER, { input: { requestId: aid.id, itemId: BEIJING_DEPOT, quantity: 5 } });
  const tId = t.data!.offerAid.id;
  const bId = b.data!.offerAid.id;
  const tBefore = await committedAt(TIANJIN_DEPOT, await tianjin());
  const bBefore = await committedAt(BEIJING_DEPOT, await beijing());
  expect((await gql(await langfang(), ACCEPT, { offerId: tId })).errors).toBeUndefined();
  const version = (await readRequest(aid.id)).version;
  const [lf, tj, co] = [await langfang(), await tianjin(), await coordinator()];
  const eta = hoursFrom(new Date().toISOString(), 6);
  await Promise.all([
    ...Array.from({ length: 10 }, () =>
      gql(lf, CANCEL_REQUEST, { input: { requestId: aid.id, expectedVersion: version, reason: 'race' } }),
    ),
    ...Array.from({ length: 10 }, () =>
      gql(co, CLOSE_REQUEST, { input: { requestId: aid.id, expectedVersion: version, reason: 'race' } }),
    ),
    ...Array.from({ length: 10 }, () => gql(lf, ACCEPT, { offerId: bId })),
    ...Array.from({ length: 10 }, () => gql(tj, DISPATCH, { offerId: tId, eta })),
  ]);
  const final = await readRequest(aid.id);
  const holding = (offerId: string) =>
    ['ACCEPTED', 'DISPATCHED'].includes(final.offers.find((o: { id: string }) => o.id === offerId)!.status) ? 5 : 0;
  expect(await committedAt(TIANJIN_DEPOT, tj)).toBe(tBefore + holding(tId));
  expect(await committedAt(BEIJING_DEPOT, await beijing())).toBe(bBefore + holding(bId));
  expect(final.acceptedQuantity).toBe(holding(tId) + holding(bId));
});

test('offers racing a cancellation: a cancelled request keeps no pending offer', async () => {
  let dangling = 0;
  for (let round = 0; round < 4; round++) {
    const aid = await request(10);
    const [tj, lf] = [await tianjin(), await langfang()];
    const version = (await readRequest(aid.id)).version;
    await Promise.all([
      ...Array.from({ length: 8 }, () =>
        gql(tj, OFFER, { input: { requestId: aid.id, itemId: TIANJIN_DEPOT, quantity: 1 } }),
      ),
      gql(lf, CANCEL_REQUEST, { input: { requestId: aid.id, expectedVersion: version, reason: 'race' } }),
    ]);
    const final = await readRequest(aid.id);
    if (final.status === 'CANCELLED')
      dangling += final.offers.filter((o: { status: string }) => o.status === 'OFFERED').length;
  }
  expect(dangling).toBe(0);
});

test('an offer the request index does not list yet is not left pending by a cancellation (CONFLICT: read again)', async () => {
  const { repositories } = await import('../../src/store');
  const aid = await request(10);
  const [tj, lf] = [await tianjin(), await langfang()];
  const late = await gql(tj, OFFER, { input: { requestId: aid.id, itemId: TIANJIN_DEPOT, quantity: 2 } });
  expect(late.errors).toBeUndefined();
  const version = (await readRequest(aid.id)).version;
  // The offers of a request are listed through an index that DynamoDB updates a moment after the write.
  const listed = repositories.aid.offersOf.bind(repositories.aid);
  const spy = jest
    .spyOn(repositories.aid, 'offersOf')
    .mockImplementationOnce(async (requestId) =>
      (await listed(requestId)).filter((o) => o.offerId !== late.data!.offerAid.id),
    );
  try {
    const cancelled = await gql(lf, CANCEL_REQUEST, {
      input: { requestId: aid.id, expectedVersion: version, reason: 'Levee held' },
    });
    expect(cancelled.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  } finally {
    spy.mockRestore();
  }
  expect((await readRequest(aid.id)).status).toBe('OPEN');
  const again = await gql(lf, CANCEL_REQUEST, {
    input: { requestId: aid.id, expectedVersion: version, reason: 'Levee held' },
  });
  expect(again.data?.cancelAidRequest.status).toBe('CANCELLED');
  expect((await readRequest(aid.id)).offers.map((o: { status: string }) => o.status)).toEqual(['DECLINED']);
});
