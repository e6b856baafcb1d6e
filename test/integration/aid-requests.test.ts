import { gql, onlyError } from '../support/api';
import { aFloodCluster, pumpsAt, requestPumps } from '../support/aid';
import { hoursFrom } from '../support/builders';
import {
  ACCEPT_AID_OFFER,
  AID_REQUEST,
  CANCEL_AID_REQUEST,
  CLOSE_AID_REQUEST,
  CONFIRM_AID_ARRIVAL,
  DISPATCH_AID,
  INVENTORY_ITEM,
  OFFER_AID,
} from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

const AUDIT = graphql(`
  query AidRequestsAudit($clusterId: ID!, $id: ID!) {
    auditLog(clusterId: $clusterId, filter: { targetId: $id }) {
      nodes {
        action
      }
    }
  }
`);

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

const offer = async (token: string, requestId: string, itemId: string, quantity: number) => {
  const response = await gql(token, OFFER_AID, { input: { requestId, itemId, quantity } });
  expect(response.errors).toBeUndefined();
  return response.data!.offerAid;
};
const versionOf = async (world: BuiltCluster, requestId: string) =>
  (await gql(world.city('Langfang').officer, AID_REQUEST, { id: requestId })).data?.aidRequest.version as number;

test('cancelling a request cancels its accepted offers, releases their stock and declines pending offers, in one step', async () => {
  const { world, TIANJIN_DEPOT, BEIJING_DEPOT, langfang, tianjin, beijing, coordinator } = await floodCluster();
  const aid = await requestPumps(world, 10);
  const tianjinBefore = await committedAt(TIANJIN_DEPOT, tianjin);
  const accepted = await offer(tianjin, aid.id, TIANJIN_DEPOT, 6);
  const pending = await offer(beijing, aid.id, BEIJING_DEPOT, 4);
  expect((await gql(langfang, ACCEPT_AID_OFFER, { offerId: accepted.id })).data?.acceptAidOffer.status).toBe(
    'ACCEPTED',
  );
  expect(await committedAt(TIANJIN_DEPOT, tianjin)).toBe(tianjinBefore + 6);

  const cancelled = await gql(langfang, CANCEL_AID_REQUEST, {
    input: {
      requestId: aid.id,
      expectedVersion: await versionOf(world, aid.id),
      reason: 'The levee held; pumps not needed.',
    },
  });
  expect(cancelled.errors).toBeUndefined();
  expect(cancelled.data?.cancelAidRequest).toMatchObject({
    status: 'CANCELLED',
    acceptedQuantity: 0,
    closingReason: 'The levee held; pumps not needed.',
    closedAt: expect.any(String) as string,
  });
  const byId = Object.fromEntries(cancelled.data!.cancelAidRequest.offers.map((o) => [o.id, o.status]));
  expect(byId).toEqual({ [accepted.id]: 'CANCELLED', [pending.id]: 'DECLINED' });
  expect(await committedAt(TIANJIN_DEPOT, tianjin)).toBe(tianjinBefore);
  const audit = (await gql(coordinator, AUDIT, { clusterId: world.id, id: aid.id })).data!.auditLog.nodes.map(
    (n: { action: string }) => n.action,
  );
  expect(audit).toContain('AID_REQUEST_CANCELLED');

  // A cancelled request takes nothing more, and cannot be cancelled or closed again.
  expect(
    onlyError(await gql(beijing, OFFER_AID, { input: { requestId: aid.id, itemId: BEIJING_DEPOT, quantity: 1 } })),
  ).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(
      /was cancelled on .* \(The levee held; pumps not needed.\); it takes no more offers/,
    ) as string,
    extensions: { currentState: 'CANCELLED', allowed: [] },
  });
  const again = await gql(langfang, CLOSE_AID_REQUEST, {
    input: { requestId: aid.id, expectedVersion: await versionOf(world, aid.id), reason: 'x' },
  });
  expect(onlyError(again)).toMatchObject({ code: 'CONFLICT', extensions: { currentState: 'CANCELLED' } });
});

test('a request with aid already dispatched cannot be cancelled, only closed: pending offers are declined, the aid under way goes on', async () => {
  const { world, TIANJIN_DEPOT, BEIJING_DEPOT, langfang, tianjin, beijing, coordinator } = await floodCluster();
  const aid = await requestPumps(world, 10);
  const sent = await offer(tianjin, aid.id, TIANJIN_DEPOT, 5);
  const pending = await offer(beijing, aid.id, BEIJING_DEPOT, 5);
  await gql(langfang, ACCEPT_AID_OFFER, { offerId: sent.id });
  expect(
    (await gql(tianjin, DISPATCH_AID, { input: { offerId: sent.id, eta: hoursFrom(new Date().toISOString(), 6) } }))
      .data?.dispatchAid.status,
  ).toBe('DISPATCHED');

  const refused = onlyError(
    await gql(langfang, CANCEL_AID_REQUEST, {
      input: { requestId: aid.id, expectedVersion: await versionOf(world, aid.id), reason: 'Enough' },
    }),
  );
  expect(refused).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(
      /^Tianjin already dispatched aid for this request, so it can no longer be cancelled\. Close it instead/,
    ) as string,
    extensions: { currentState: 'OPEN', allowed: ['closeAidRequest'] },
  });

  // The coordinator closes it on Langfang's behalf.
  const closed = await gql(coordinator, CLOSE_AID_REQUEST, {
    input: { requestId: aid.id, expectedVersion: await versionOf(world, aid.id), reason: 'Five pumps are enough.' },
  });
  expect(closed.errors).toBeUndefined();
  expect(closed.data?.closeAidRequest).toMatchObject({
    status: 'CLOSED',
    acceptedQuantity: 5,
    closingReason: 'Five pumps are enough.',
  });
  const byId = Object.fromEntries(closed.data!.closeAidRequest.offers.map((o) => [o.id, o.status]));
  expect(byId).toEqual({ [sent.id]: 'DISPATCHED', [pending.id]: 'DECLINED' });
  expect(onlyError(await gql(langfang, ACCEPT_AID_OFFER, { offerId: pending.id }))).toMatchObject({
    code: 'CONFLICT',
    extensions: { currentState: 'DECLINED' },
  });
  expect((await gql(langfang, CONFIRM_AID_ARRIVAL, { offerId: sent.id })).data?.confirmAidArrival.status).toBe(
    'ARRIVED',
  );
});

test('an offer larger than what the request still needs is refused', async () => {
  const { world, TIANJIN_DEPOT, BEIJING_DEPOT, langfang, tianjin, beijing } = await floodCluster();
  const aid = await requestPumps(world, 8);
  expect(
    onlyError(await gql(tianjin, OFFER_AID, { input: { requestId: aid.id, itemId: TIANJIN_DEPOT, quantity: 9 } })),
  ).toMatchObject({
    code: 'BAD_USER_INPUT',
    message:
      'The request still needs 8 units (0 of 8 are already accepted); you offered 9. Offer at most what is still needed.',
    extensions: { outstanding: 8 },
  });
  const first = await offer(tianjin, aid.id, TIANJIN_DEPOT, 5);
  await gql(langfang, ACCEPT_AID_OFFER, { offerId: first.id });
  expect(
    onlyError(await gql(beijing, OFFER_AID, { input: { requestId: aid.id, itemId: BEIJING_DEPOT, quantity: 4 } }))
      .message,
  ).toMatch(/still needs 3 units \(5 of 8 are already accepted\); you offered 4/);
  expect(
    (await gql(beijing, OFFER_AID, { input: { requestId: aid.id, itemId: BEIJING_DEPOT, quantity: 3 } })).errors,
  ).toBeUndefined();
});

test('who may cancel or close, and with which version', async () => {
  const { world, langfang, tianjin } = await floodCluster();
  const aid = await requestPumps(world, 2);
  const version = await versionOf(world, aid.id);
  const input = { requestId: aid.id, expectedVersion: version, reason: 'No longer needed' };
  expect(onlyError(await gql(tianjin, CANCEL_AID_REQUEST, { input })).code).toBe('FORBIDDEN');
  expect(onlyError(await gql(world.evaluator.token, CLOSE_AID_REQUEST, { input })).code).toBe('FORBIDDEN');
  expect(onlyError(await gql((await aCluster().build()).coordinator, CANCEL_AID_REQUEST, { input })).code).toBe(
    'NOT_FOUND',
  );
  expect(
    onlyError(await gql(langfang, CANCEL_AID_REQUEST, { input: { ...input, expectedVersion: version + 1 } })),
  ).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: version + 1, currentVersion: version } });
  expect((await gql(langfang, CANCEL_AID_REQUEST, { input })).data?.cancelAidRequest.status).toBe('CANCELLED');
});

test('a cancellation racing an acceptance: the stock is committed only if the request still stands', async () => {
  const { world, TIANJIN_DEPOT, langfang, tianjin, coordinator } = await floodCluster();
  for (let round = 0; round < 3; round += 1) {
    const aid = await requestPumps(world, 3);
    const pending = await offer(tianjin, aid.id, TIANJIN_DEPOT, 3);
    const before = await committedAt(TIANJIN_DEPOT, tianjin);
    const version = await versionOf(world, aid.id);
    const [accepted, cancelled] = await Promise.all([
      gql(coordinator, ACCEPT_AID_OFFER, { offerId: pending.id }),
      gql(langfang, CANCEL_AID_REQUEST, { input: { requestId: aid.id, expectedVersion: version, reason: 'Race' } }),
    ]);
    const final = (await gql(langfang, AID_REQUEST, { id: aid.id })).data!.aidRequest;
    const committed = await committedAt(TIANJIN_DEPOT, tianjin);
    if (!cancelled.errors) {
      // The cancellation won (or came after the acceptance and released it): nothing stays committed.
      expect(final).toMatchObject({ status: 'CANCELLED', acceptedQuantity: 0 });
      expect(final.offers[0].status).not.toBe('ACCEPTED');
      expect(committed).toBe(before);
    } else {
      expect(onlyError(cancelled).code).toBe('CONFLICT');
      expect(accepted.data?.acceptAidOffer.status).toBe('ACCEPTED');
      expect(final).toMatchObject({ status: 'FILLED', acceptedQuantity: 3 });
      expect(committed).toBe(before + 3);
    }
  }
});
