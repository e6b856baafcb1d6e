import { inventoryItemId } from '../../src/domain/resources/ids';
import { demoToken, gql, onlyError } from '../support/api';
import { hoursFrom, officerOf } from '../support/builders';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';

beforeAll(freshTableWithDemoData);

const REQUEST = graphql(`
  mutation AidRequestsRequest($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
      version
    }
  }
`);
const OFFER = graphql(`
  mutation AidRequestsOffer($input: OfferAidInput!) {
    offerAid(input: $input) {
      id
      status
      quantity
    }
  }
`);
const ACCEPT = graphql(`
  mutation AidRequestsAccept($offerId: ID!) {
    acceptAidOffer(input: { offerId: $offerId }) {
      id
      status
    }
  }
`);
const DISPATCH = graphql(`
  mutation AidRequestsDispatch($offerId: ID!, $eta: DateTime!) {
    dispatchAid(input: { offerId: $offerId, eta: $eta }) {
      status
    }
  }
`);
const ARRIVED = graphql(`
  mutation AidRequestsArrived($offerId: ID!) {
    confirmAidArrival(input: { offerId: $offerId }) {
      status
    }
  }
`);
graphql(`
  fragment AidRequestsRequestFields on AidRequest {
    id
    status
    quantity
    acceptedQuantity
    version
    closedAt
    closingReason
    offers {
      id
      status
      reason
    }
  }
`);
const CANCEL_REQUEST = graphql(`
  mutation AidRequestsCancelRequest($input: AidRequestReasonInput!) {
    cancelAidRequest(input: $input) {
      ...AidRequestsRequestFields
    }
  }
`);
const CLOSE_REQUEST = graphql(`
  mutation AidRequestsCloseRequest($input: AidRequestReasonInput!) {
    closeAidRequest(input: $input) {
      ...AidRequestsRequestFields
    }
  }
`);
const READ_REQUEST = graphql(`
  query AidRequestsReadRequest($id: ID!) {
    aidRequest(id: $id) {
      ...AidRequestsRequestFields
    }
  }
`);
const ITEM = graphql(`
  query AidRequestsItem($id: ID!) {
    inventoryItem(id: $id) {
      committed
      version
    }
  }
`);
const AUDIT = graphql(`
  query AidRequestsAudit($id: ID!) {
    auditLog(clusterId: "cluster-jjj", filter: { targetId: $id }) {
      nodes {
        action
      }
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
const committedOf = async (itemId: string) =>
  (await gql(await tianjin(), ITEM, { id: itemId })).data?.inventoryItem.committed as number;
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
const offer = async (token: string, requestId: string, itemId: string, quantity: number) => {
  const response = await gql(token, OFFER, { input: { requestId, itemId, quantity } });
  expect(response.errors).toBeUndefined();
  return response.data!.offerAid as { id: string };
};
const versionOf = async (requestId: string) =>
  (await gql(await langfang(), READ_REQUEST, { id: requestId })).data?.aidRequest.version as number;

test('cancelling a request cancels its accepted offers, releases their stock and declines pending offers, in one step', async () => {
  const aid = await request(10);
  const tianjinBefore = await committedOf(TIANJIN_DEPOT);
  const accepted = await offer(await tianjin(), aid.id, TIANJIN_DEPOT, 6);
  const pending = await offer(await beijing(), aid.id, BEIJING_DEPOT, 4);
  expect((await gql(await langfang(), ACCEPT, { offerId: accepted.id })).data?.acceptAidOffer.status).toBe('ACCEPTED');
  expect(await committedOf(TIANJIN_DEPOT)).toBe(tianjinBefore + 6);

  const cancelled = await gql(await langfang(), CANCEL_REQUEST, {
    input: { requestId: aid.id, expectedVersion: await versionOf(aid.id), reason: 'The levee held; pumps not needed.' },
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
  expect(await committedOf(TIANJIN_DEPOT)).toBe(tianjinBefore);
  const audit = (await gql(await coordinator(), AUDIT, { id: aid.id })).data!.auditLog.nodes.map(
    (n: { action: string }) => n.action,
  );
  expect(audit).toContain('AID_REQUEST_CANCELLED');

  // A cancelled request takes nothing more, and cannot be cancelled or closed again.
  expect(
    onlyError(await gql(await beijing(), OFFER, { input: { requestId: aid.id, itemId: BEIJING_DEPOT, quantity: 1 } })),
  ).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(
      /was cancelled on .* \(The levee held; pumps not needed.\); it takes no more offers/,
    ) as string,
    extensions: { currentState: 'CANCELLED', allowed: [] },
  });
  const again = await gql(await langfang(), CLOSE_REQUEST, {
    input: { requestId: aid.id, expectedVersion: await versionOf(aid.id), reason: 'x' },
  });
  expect(onlyError(again)).toMatchObject({ code: 'CONFLICT', extensions: { currentState: 'CANCELLED' } });
});

test('a request with aid already dispatched cannot be cancelled, only closed: pending offers are declined, the aid under way goes on', async () => {
  const aid = await request(10);
  const sent = await offer(await tianjin(), aid.id, TIANJIN_DEPOT, 5);
  const pending = await offer(await beijing(), aid.id, BEIJING_DEPOT, 5);
  await gql(await langfang(), ACCEPT, { offerId: sent.id });
  expect(
    (await gql(await tianjin(), DISPATCH, { offerId: sent.id, eta: hoursFrom(new Date().toISOString(), 6) })).data
      ?.dispatchAid.status,
  ).toBe('DISPATCHED');

  const refused = onlyError(
    await gql(await langfang(), CANCEL_REQUEST, {
      input: { requestId: aid.id, expectedVersion: await versionOf(aid.id), reason: 'Enough' },
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
  const closed = await gql(await coordinator(), CLOSE_REQUEST, {
    input: { requestId: aid.id, expectedVersion: await versionOf(aid.id), reason: 'Five pumps are enough.' },
  });
  expect(closed.errors).toBeUndefined();
  expect(closed.data?.closeAidRequest).toMatchObject({
    status: 'CLOSED',
    acceptedQuantity: 5,
    closingReason: 'Five pumps are enough.',
  });
  const byId = Object.fromEntries(closed.data!.closeAidRequest.offers.map((o) => [o.id, o.status]));
  expect(byId).toEqual({ [sent.id]: 'DISPATCHED', [pending.id]: 'DECLINED' });
  expect(onlyError(await gql(await langfang(), ACCEPT, { offerId: pending.id }))).toMatchObject({
    code: 'CONFLICT',
    extensions: { currentState: 'DECLINED' },
  });
  expect((await gql(await langfang(), ARRIVED, { offerId: sent.id })).data?.confirmAidArrival.status).toBe('ARRIVED');
});

test('an offer larger than what the request still needs is refused', async () => {
  const aid = await request(8);
  expect(
    onlyError(await gql(await tianjin(), OFFER, { input: { requestId: aid.id, itemId: TIANJIN_DEPOT, quantity: 9 } })),
  ).toMatchObject({
    code: 'BAD_USER_INPUT',
    message:
      'The request still needs 8 units (0 of 8 are already accepted); you offered 9. Offer at most what is still needed.',
    extensions: { outstanding: 8 },
  });
  const first = await offer(await tianjin(), aid.id, TIANJIN_DEPOT, 5);
  await gql(await langfang(), ACCEPT, { offerId: first.id });
  expect(
    onlyError(await gql(await beijing(), OFFER, { input: { requestId: aid.id, itemId: BEIJING_DEPOT, quantity: 4 } }))
      .message,
  ).toMatch(/still needs 3 units \(5 of 8 are already accepted\); you offered 4/);
  expect(
    (await gql(await beijing(), OFFER, { input: { requestId: aid.id, itemId: BEIJING_DEPOT, quantity: 3 } })).errors,
  ).toBeUndefined();
});

test('who may cancel or close, and with which version', async () => {
  const aid = await request(2);
  const version = await versionOf(aid.id);
  const input = { requestId: aid.id, expectedVersion: version, reason: 'No longer needed' };
  expect(onlyError(await gql(await tianjin(), CANCEL_REQUEST, { input })).code).toBe('FORBIDDEN');
  expect(onlyError(await gql(await demoToken('demo-evaluator-jjj'), CLOSE_REQUEST, { input })).code).toBe('FORBIDDEN');
  expect(onlyError(await gql(await demoToken('demo-coordinator-yrd'), CANCEL_REQUEST, { input })).code).toBe(
    'NOT_FOUND',
  );
  expect(
    onlyError(await gql(await langfang(), CANCEL_REQUEST, { input: { ...input, expectedVersion: version + 1 } })),
  ).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: version + 1, currentVersion: version } });
  expect((await gql(await langfang(), CANCEL_REQUEST, { input })).data?.cancelAidRequest.status).toBe('CANCELLED');
});

test('a cancellation racing an acceptance: the stock is committed only if the request still stands', async () => {
  for (let round = 0; round < 3; round += 1) {
    const aid = await request(3);
    const pending = await offer(await tianjin(), aid.id, TIANJIN_DEPOT, 3);
    const before = await committedOf(TIANJIN_DEPOT);
    const version = await versionOf(aid.id);
    const [accepted, cancelled] = await Promise.all([
      gql(await coordinator(), ACCEPT, { offerId: pending.id }),
      gql(await langfang(), CANCEL_REQUEST, { input: { requestId: aid.id, expectedVersion: version, reason: 'Race' } }),
    ]);
    const final = (await gql(await langfang(), READ_REQUEST, { id: aid.id })).data!.aidRequest;
    const committed = await committedAt(TIANJIN_DEPOT, await tianjin());
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
