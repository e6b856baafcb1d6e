import { gql } from '../support/api';
import { aFloodCluster, pumpsAt, requestPumps } from '../support/aid';
import { hoursFrom } from '../support/builders';
import {
  ACCEPT_AID_OFFER,
  AID_REQUEST,
  CANCEL_AID_REQUEST,
  CLOSE_AID_REQUEST,
  DISPATCH_AID,
  INVENTORY_ITEM,
  OFFER_AID,
} from '../support/operations';
import type { BuiltCluster } from '../support/world';

/** A cluster of its own per test: Langfang asks, Tianjin and Beijing hold pumps to offer. */
async function floodCluster() {
  const world = await aFloodCluster(['Tianjin', 'Beijing']);
  return {
    world,
    TIANJIN_DEPOT: pumpsAt(world, 'Tianjin'),
    BEIJING_DEPOT: pumpsAt(world, 'Beijing'),
    langfang: world.city('Langfang').officer,
    tianjin: world.city('Tianjin').officer,
    beijing: world.city('Beijing').officer,
    coordinator: world.coordinator,
  };
}
const committedAt = async (itemId: string, token: string) =>
  (await gql(token, INVENTORY_ITEM, { id: itemId })).data?.inventoryItem.committed as number;
const readRequest = async (world: BuiltCluster, id: string) =>
  (await gql(world.city('Langfang').officer, AID_REQUEST, { id })).data!.aidRequest;

test('cancel, close, accept and dispatch racing (ten at once each): stock committed equals what stands accepted or sent', async () => {
  const { world, TIANJIN_DEPOT, BEIJING_DEPOT, langfang, tianjin, beijing, coordinator } = await floodCluster();
  const aid = await requestPumps(world, 10);
  const t = await gql(tianjin, OFFER_AID, { input: { requestId: aid.id, itemId: TIANJIN_DEPOT, quantity: 5 } });
  const b = await gql(beijing, OFFER_AID, { input: { requestId: aid.id, itemId: BEIJING_DEPOT, quantity: 5 } });
  const tId = t.data!.offerAid.id;
  const bId = b.data!.offerAid.id;
  const tBefore = await committedAt(TIANJIN_DEPOT, tianjin);
  const bBefore = await committedAt(BEIJING_DEPOT, beijing);
  expect((await gql(langfang, ACCEPT_AID_OFFER, { offerId: tId })).errors).toBeUndefined();
  const version = (await readRequest(world, aid.id)).version;
  const [lf, tj, co] = [langfang, tianjin, coordinator];
  const eta = hoursFrom(new Date().toISOString(), 6);
  await Promise.all([
    ...Array.from({ length: 10 }, () =>
      gql(lf, CANCEL_AID_REQUEST, { input: { requestId: aid.id, expectedVersion: version, reason: 'race' } }),
    ),
    ...Array.from({ length: 10 }, () =>
      gql(co, CLOSE_AID_REQUEST, { input: { requestId: aid.id, expectedVersion: version, reason: 'race' } }),
    ),
    ...Array.from({ length: 10 }, () => gql(lf, ACCEPT_AID_OFFER, { offerId: bId })),
    ...Array.from({ length: 10 }, () => gql(tj, DISPATCH_AID, { input: { offerId: tId, eta } })),
  ]);
  const final = await readRequest(world, aid.id);
  const holding = (offerId: string) =>
    ['ACCEPTED', 'DISPATCHED'].includes(final.offers.find((o: { id: string }) => o.id === offerId)!.status) ? 5 : 0;
  expect(await committedAt(TIANJIN_DEPOT, tj)).toBe(tBefore + holding(tId));
  expect(await committedAt(BEIJING_DEPOT, beijing)).toBe(bBefore + holding(bId));
  expect(final.acceptedQuantity).toBe(holding(tId) + holding(bId));
});

test('offers racing a cancellation: a cancelled request keeps no pending offer', async () => {
  const { world, TIANJIN_DEPOT, langfang, tianjin } = await floodCluster();
  let dangling = 0;
  for (let round = 0; round < 4; round++) {
    const aid = await requestPumps(world, 10);
    const [tj, lf] = [tianjin, langfang];
    const version = (await readRequest(world, aid.id)).version;
    await Promise.all([
      ...Array.from({ length: 8 }, () =>
        gql(tj, OFFER_AID, { input: { requestId: aid.id, itemId: TIANJIN_DEPOT, quantity: 1 } }),
      ),
      gql(lf, CANCEL_AID_REQUEST, { input: { requestId: aid.id, expectedVersion: version, reason: 'race' } }),
    ]);
    const final = await readRequest(world, aid.id);
    if (final.status === 'CANCELLED')
      dangling += final.offers.filter((o: { status: string }) => o.status === 'OFFERED').length;
  }
  expect(dangling).toBe(0);
});

test('an offer the request index does not list yet is not left pending by a cancellation (CONFLICT: read again)', async () => {
  const { world, TIANJIN_DEPOT, langfang, tianjin } = await floodCluster();
  const { repositories } = await import('../../src/store');
  const aid = await requestPumps(world, 10);
  const [tj, lf] = [tianjin, langfang];
  const late = await gql(tj, OFFER_AID, { input: { requestId: aid.id, itemId: TIANJIN_DEPOT, quantity: 2 } });
  expect(late.errors).toBeUndefined();
  const version = (await readRequest(world, aid.id)).version;
  // The offers of a request are listed through an index that DynamoDB updates a moment after the write.
  const listed = repositories.aid.offersOf.bind(repositories.aid);
  const spy = jest
    .spyOn(repositories.aid, 'offersOf')
    .mockImplementationOnce(async (requestId) =>
      (await listed(requestId)).filter((o) => o.offerId !== late.data!.offerAid.id),
    );
  try {
    const cancelled = await gql(lf, CANCEL_AID_REQUEST, {
      input: { requestId: aid.id, expectedVersion: version, reason: 'Levee held' },
    });
    expect(cancelled.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  } finally {
    spy.mockRestore();
  }
  expect((await readRequest(world, aid.id)).status).toBe('OPEN');
  const again = await gql(lf, CANCEL_AID_REQUEST, {
    input: { requestId: aid.id, expectedVersion: version, reason: 'Levee held' },
  });
  expect(again.data?.cancelAidRequest.status).toBe('CANCELLED');
  expect((await readRequest(world, aid.id)).offers.map((o: { status: string }) => o.status)).toEqual(['DECLINED']);
});
