import { gql, onlyError } from '../support/api';
import { aFloodCluster, pumpsAt, requestPumps } from '../support/aid';
import { AgreementBuilder, hoursFrom } from '../support/builders';
import {
  ACCEPT_AID_OFFER,
  AID_REQUEST,
  CANCEL_AID,
  CONFIRM,
  CONFIRM_AID_ARRIVAL,
  DECLINE_AID_OFFER,
  DISPATCH_AID,
  DRAFT,
  OBLIGATIONS,
  OFFER_AID,
  PROPOSE,
  RATIFY,
  REPORT,
  REQUEST_AID,
  RETURN_AID,
} from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { RequestAidInput } from '../generated/graphql';

const AVAILABILITY = graphql(`
  query MutualAidAvailability($id: ID!) {
    resourceAvailability(requestId: $id) {
      city {
        id
      }
      available
      distanceKm
    }
  }
`);
const SHORTFALLS = graphql(`
  query MutualAidShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      resourceType {
        id
      }
      available
    }
  }
`);

const pumpsAvailable = async (world: BuiltCluster) =>
  (
    (await gql(world.coordinator, SHORTFALLS, { clusterId: world.id })).data?.clusterShortfalls as Array<{
      resourceType: { id: string };
      available: number;
    }>
  ).find((row) => row.resourceType.id === 'mobile-pump-unit')!.available;
const destination = { name: 'Langfang Gu\u2019an flood line', latitude: 39.44, longitude: 116.3 };
const inTwelveHours = () => hoursFrom(new Date().toISOString(), 12);
const request = (world: BuiltCluster, quantity: number, fields: Partial<RequestAidInput> = {}) =>
  requestPumps(world, quantity, { destination, ...fields });

/**
 * The story: a flood in the Beijing–Tianjin–Hebei cluster; Langfang (downstream) asks for 40 pump units;
 * three partners offer, two are accepted, the stock is committed, dispatched (fulfilling Tianjin's pump duty under a
 * flood agreement), returned with some consumed, and the cluster's shortfall follows every step.
 */
test('a flood, a request for 40 pump units, three offers, two accepted, dispatched and returned', async () => {
  const world = await aFloodCluster(['Tianjin', 'Beijing', 'Baoding'], { requirements: true });
  const coordinator = world.coordinator;
  const [langfang, tianjin, beijing, baoding] = ['Langfang', 'Tianjin', 'Beijing', 'Baoding'].map(
    (name) => world.city(name).officer,
  );

  // A flood mutual-aid agreement in which Tianjin owes 20 pump units within 12 hours.
  const parties = world.cityIds();
  const draft = await gql(coordinator, DRAFT, {
    input: new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
      .duty('NAMED_CITY', 'PROVIDE_RESOURCES', 'PT12H', {
        cityId: world.city('Tianjin').id,
        role: 'ASSIST',
        resourceType: 'mobile-pump-unit',
        quantity: 20,
      })
      .build(),
  });
  const agreementId = draft.data!.draftAgreement.id;
  await gql(coordinator, PROPOSE, { input: { agreementId, expectedVersion: 1 } });
  for (const token of [langfang, tianjin, beijing, baoding])
    await gql(token, RATIFY, { input: { agreementId, versionNumber: 1 } });
  const flood = await gql(langfang, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city('Langfang').id,
      affectedCityIds: [world.city('Tianjin').id],
      location: { latitude: destination.latitude, longitude: destination.longitude, description: destination.name },
      description: 'Yongding River levee overtopping near Gu\u2019an',
      observedAt: hoursFrom(new Date().toISOString(), -1),
    },
  });
  expect(flood.errors).toBeUndefined();
  const eventId = flood.data!.reportRiskEvent.id;
  await gql(coordinator, CONFIRM, { input: { eventId } });

  const before = await pumpsAvailable(world);
  const aid = await request(world, 40, { eventId });
  const nearest = (await gql(langfang, AVAILABILITY, { id: aid.id })).data!.resourceAvailability;
  expect(nearest.map((entry: { city: { id: string } }) => entry.city.id)).not.toContain(world.city('Langfang').id);
  expect(nearest.map((entry: { distanceKm: number }) => entry.distanceKm)).toEqual(
    [...nearest.map((entry: { distanceKm: number }) => entry.distanceKm)].sort((a, b) => a - b),
  );

  // Three partners offer; Langfang accepts two and declines the third.
  const offerFrom = async (token: string, name: string, quantity: number) =>
    (await gql(token, OFFER_AID, { input: { requestId: aid.id, itemId: pumpsAt(world, name), quantity } })).data!
      .offerAid;
  const fromTianjin = await offerFrom(tianjin, 'Tianjin', 20);
  const fromBeijing = await offerFrom(beijing, 'Beijing', 15);
  const fromBaoding = await offerFrom(baoding, 'Baoding', 10);
  const accepted = await gql(langfang, ACCEPT_AID_OFFER, { offerId: fromTianjin.id });
  // The requesting city sees the offer, not Tianjin's inventory row; Tianjin sees its stock committed.
  expect(accepted.data?.acceptAidOffer).toMatchObject({ status: 'ACCEPTED', quantity: 20, item: null });
  const tianjinBefore = (
    await gql<{ inventoryItem: { onHand: number; shareable: number; committed: number } }>(
      tianjin,
      'query ($id: ID!) { inventoryItem(id: $id) { onHand shareable committed } }',
      {
        id: pumpsAt(world, 'Tianjin'),
      },
    )
  ).data!.inventoryItem;
  expect(tianjinBefore.committed).toBe(20);
  await gql(coordinator, ACCEPT_AID_OFFER, { offerId: fromBeijing.id });
  expect(
    (await gql(langfang, DECLINE_AID_OFFER, { offerId: fromBaoding.id, reason: 'Two offers cover it' })).data
      ?.declineAidOffer.status,
  ).toBe('DECLINED');
  expect((await gql(langfang, AID_REQUEST, { id: aid.id })).data?.aidRequest).toMatchObject({
    status: 'OPEN',
    quantity: 40,
    acceptedQuantity: 35,
  });
  const requestAudit = await gql<{ auditLog: { nodes: Array<{ action: string; actorName: string }> } }>(
    coordinator,
    'query ($clusterId: ID!, $id: ID!) { auditLog(clusterId: $clusterId, filter: { targetId: $id }) { nodes { action actorName } } }',
    { clusterId: world.id, id: aid.id },
  );
  expect(requestAudit.data?.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual([
    'AID_REQUEST_ACCEPTED',
    'AID_REQUEST_ACCEPTED',
    'AID_REQUESTED',
  ]);
  expect(await pumpsAvailable(world)).toBe(before - 35);

  // Tianjin dispatches with its costs; that fulfils its pump duty under the flood agreement.
  const dispatched = await gql(tianjin, DISPATCH_AID, {
    input: {
      offerId: fromTianjin.id,
      eta: inTwelveHours(),
      costItems: [
        {
          kind: 'TRANSPORT',
          description: '6 flatbed trucks, Tianjin–Gu\u2019an',
          amount: { amountMinor: '1860000', currency: 'CNY' },
        },
        {
          kind: 'PERSONNEL_HOURS',
          description: '40 operators × 12 h',
          amount: { amountMinor: '2400000', currency: 'CNY' },
        },
      ],
    },
  });
  expect(dispatched.data?.dispatchAid).toMatchObject({
    status: 'DISPATCHED',
    costItems: [
      { kind: 'TRANSPORT', amount: { amountMinor: '1860000', currency: 'CNY' } },
      { kind: 'PERSONNEL_HOURS' },
    ],
  });
  const duty = await gql(coordinator, OBLIGATIONS, { clusterId: world.id, filter: { agreementId, eventId } });
  expect(duty.data?.obligations.nodes).toEqual([
    expect.objectContaining({
      status: 'FULFILLED',
      city: { id: world.city('Tianjin').id },
      evidence: expect.objectContaining({ text: expect.stringContaining(fromTianjin.id) as string }) as unknown,
    }),
  ]);
  await gql(beijing, DISPATCH_AID, { input: { offerId: fromBeijing.id, eta: inTwelveHours() } });
  expect((await gql(langfang, CONFIRM_AID_ARRIVAL, { offerId: fromTianjin.id })).data?.confirmAidArrival.status).toBe(
    'ARRIVED',
  );

  // Returned: Tianjin's two pumps were lost in the flood; Beijing's all came back.
  const back = await gql(tianjin, RETURN_AID, {
    input: {
      offerId: fromTianjin.id,
      consumed: 2,
      returned: 18,
      costItems: [
        { kind: 'EQUIPMENT_WEAR', description: '2 pumps lost', amount: { amountMinor: '9600000', currency: 'CNY' } },
      ],
    },
  });
  expect(back.data?.returnAid).toMatchObject({
    status: 'RETURNED',
    consumed: 2,
    returned: 18,
    item: { onHand: tianjinBefore.onHand - 2, shareable: tianjinBefore.shareable - 2, committed: 0 },
  });
  expect(back.data?.returnAid.costItems).toHaveLength(3);
  await gql(beijing, RETURN_AID, { input: { offerId: fromBeijing.id, consumed: 0, returned: 15 } });
  expect(await pumpsAvailable(world)).toBe(before - 2);
}, 120_000); // sized to the work under load: about 30 requests one after the other, 4 s each

test('50 parallel acceptances against one item never over-commit it', async () => {
  // Hengshui's depot: shareable pumps, offered one by one to 50 requests that all get accepted at once.
  const world = await aFloodCluster(['Hengshui']);
  const item = pumpsAt(world, 'Hengshui');
  const hengshui = world.city('Hengshui').officer;
  const start = (
    await gql<{ inventoryItem: { shareable: number; committed: number } }>(
      hengshui,
      'query ($id: ID!) { inventoryItem(id: $id) { shareable committed } }',
      { id: item },
    )
  ).data!.inventoryItem;
  const offers: string[] = [];
  for (let i = 0; i < 50; i++) {
    const aid = await request(world, 1);
    // Offers are checked against stock only softly (acceptance is the hard check), so all 50 can be made.
    offers.push(
      (await gql(hengshui, OFFER_AID, { input: { requestId: aid.id, itemId: item, quantity: 1 } })).data?.offerAid.id ??
        `failed-${i}`,
    );
    if (i + 1 >= start.shareable) break;
  }
  // Offer more than the stock by recording extra offers before any acceptance.
  const extra = await Promise.all(
    Array.from({ length: 50 - offers.length }, async () => {
      const aid = await request(world, 1);
      return (await gql(hengshui, OFFER_AID, { input: { requestId: aid.id, itemId: item, quantity: 1 } })).data
        ?.offerAid.id;
    }),
  );
  const all = [...offers, ...extra].filter((offerId): offerId is string => Boolean(offerId));
  expect(all).toHaveLength(50);
  const results = await Promise.all(all.map((offerId) => gql(world.coordinator, ACCEPT_AID_OFFER, { offerId })));
  const successes = results.filter((result) => !result.errors).length;
  const final = (
    await gql<{ inventoryItem: { shareable: number; committed: number } }>(
      hengshui,
      'query ($id: ID!) { inventoryItem(id: $id) { shareable committed } }',
      { id: item },
    )
  ).data!.inventoryItem;
  expect(final.committed).toBe(successes);
  expect(final.committed).toBeLessThanOrEqual(final.shareable);
  expect(successes).toBe(start.shareable);
  for (const failure of results.filter((result) => result.errors))
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(onlyError(failure).code);
}, 250_000); // sized to the work under load: 50 racers with their requests and offers, 5 s each

test('the same idempotency key sent 20 times in parallel creates one request', async () => {
  const world = await aFloodCluster([]);
  const token = world.city('Langfang').officer;
  const input: RequestAidInput = {
    clusterId: world.id,
    requesterCityId: world.city('Langfang').id,
    resourceTypeId: 'sandbags',
    minimumTier: 'III',
    quantity: 5000,
    neededBy: inTwelveHours(),
    destination,
    idempotencyKey: 'sandbags-gu-an-1',
  };
  const results = await Promise.all(Array.from({ length: 20 }, () => gql(token, REQUEST_AID, { input })));
  expect(results.every((result) => !result.errors)).toBe(true);
  expect(new Set(results.map((result) => result.data?.requestAid.id)).size).toBe(1);
}, 100_000); // sized to the work under load: 20 racers, 5 s each

describe('who may do what in mutual aid', () => {
  test('requests: a city for itself (or the coordinator on its behalf); never evaluators, superiors or other clusters', async () => {
    const [world, other] = await Promise.all([aFloodCluster(['Tianjin']), aCluster({ cities: 1 }).build()]);
    const input: RequestAidInput = {
      clusterId: world.id,
      requesterCityId: world.city('Langfang').id,
      resourceTypeId: 'mobile-pump-unit',
      minimumTier: 'II',
      quantity: 5,
      neededBy: inTwelveHours(),
      destination,
    };
    expect((await gql(world.coordinator, REQUEST_AID, { input })).errors).toBeUndefined();
    expect(onlyError(await gql(world.city('Tianjin').officer, REQUEST_AID, { input })).code).toBe('FORBIDDEN');
    expect(onlyError(await gql(world.evaluator.token, REQUEST_AID, { input })).code).toBe('FORBIDDEN');
    expect(onlyError(await gql(world.superior, REQUEST_AID, { input })).code).toBe('FORBIDDEN');
    expect(onlyError(await gql(other.cities[0].officer, REQUEST_AID, { input })).code).toBe('NOT_FOUND');
  });

  test('offers: only from your own stock, never to your own request, never more than available; only the requester or coordinator accepts', async () => {
    const world = await aFloodCluster();
    const aid = await request(world, 10);
    const tianjinItem = pumpsAt(world, 'Tianjin');
    expect(
      onlyError(
        await gql(world.city('Beijing').officer, OFFER_AID, {
          input: { requestId: aid.id, itemId: tianjinItem, quantity: 1 },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', message: "You can offer and ship only your own city's stock." });
    expect(
      onlyError(
        await gql(world.city('Langfang').officer, OFFER_AID, {
          input: { requestId: aid.id, itemId: pumpsAt(world, 'Langfang'), quantity: 1 },
        }),
      ).message,
    ).toBe('A city cannot offer to its own request.');
    expect(
      onlyError(
        await gql(world.city('Tianjin').officer, OFFER_AID, {
          input: { requestId: aid.id, itemId: tianjinItem, quantity: 9999 },
        }),
      ).message,
    ).toMatch(/are shareable and uncommitted; you offered 9999/);
    const offer = (
      await gql(world.city('Tianjin').officer, OFFER_AID, {
        input: { requestId: aid.id, itemId: tianjinItem, quantity: 2 },
      })
    ).data!.offerAid;
    for (const token of [
      world.city('Tianjin').officer,
      world.city('Beijing').officer,
      world.evaluator.token,
      world.superior,
    ]) {
      expect(onlyError(await gql(token, ACCEPT_AID_OFFER, { offerId: offer.id })).code).toBe('FORBIDDEN');
    }
    expect(
      onlyError(await gql((await aCluster({ cities: 1 }).build()).coordinator, ACCEPT_AID_OFFER, { offerId: offer.id }))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (await gql(world.city('Langfang').officer, ACCEPT_AID_OFFER, { offerId: offer.id })).data?.acceptAidOffer.status,
    ).toBe('ACCEPTED');
    expect(
      onlyError(
        await gql(world.city('Langfang').officer, DISPATCH_AID, {
          input: { offerId: offer.id, eta: inTwelveHours() },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    const cancelled = await gql(world.city('Tianjin').officer, CANCEL_AID, {
      offerId: offer.id,
      reason: 'Water receding',
    });
    expect(cancelled.data?.cancelAid).toMatchObject({ status: 'CANCELLED' });
    expect((await gql(world.city('Langfang').officer, AID_REQUEST, { id: aid.id })).data?.aidRequest).toMatchObject({
      acceptedQuantity: 0,
      status: 'OPEN',
    });
    expect(onlyError(await gql(world.city('Langfang').officer, ACCEPT_AID_OFFER, { offerId: offer.id }))).toMatchObject(
      {
        code: 'CONFLICT',
        message: expect.stringMatching(/An offer that is CANCELLED cannot be accepted/) as string,
        extensions: { currentState: 'CANCELLED', allowed: [] },
      },
    );
  });

  test('a request is never filled beyond what it asked', async () => {
    const world = await aFloodCluster();
    const aid = await request(world, 3);
    const offer = async (name: string) =>
      (
        await gql(world.city(name).officer, OFFER_AID, {
          input: { requestId: aid.id, itemId: pumpsAt(world, name), quantity: 2 },
        })
      ).data?.offerAid.id;
    const offers = [await offer('Tianjin'), await offer('Beijing'), await offer('Baoding')];
    const results = await Promise.all(
      offers.map(async (offerId) => gql(world.city('Langfang').officer, ACCEPT_AID_OFFER, { offerId: offerId! })),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    // Refused by the request's state (filled), or by a race lost too often: CONFLICT either way.
    for (const failure of results.filter((result) => result.errors)) expect(onlyError(failure).code).toBe('CONFLICT');
    expect(
      (await gql(world.city('Langfang').officer, AID_REQUEST, { id: aid.id })).data?.aidRequest.acceptedQuantity,
    ).toBe(2);
  });

  test('money in cost items is whole minor units, never a float', async () => {
    const world = await aFloodCluster();
    const aid = await request(world, 1);
    const offer = (
      await gql(world.city('Tianjin').officer, OFFER_AID, {
        input: { requestId: aid.id, itemId: pumpsAt(world, 'Tianjin'), quantity: 1 },
      })
    ).data!.offerAid;
    await gql(world.city('Langfang').officer, ACCEPT_AID_OFFER, { offerId: offer.id });
    const floaty = await gql(world.city('Tianjin').officer, DISPATCH_AID, {
      input: {
        offerId: offer.id,
        eta: inTwelveHours(),
        costItems: [{ kind: 'TRANSPORT', description: 'Truck', amount: { amountMinor: '1250.50', currency: 'CNY' } }],
      },
    });
    expect(onlyError(floaty)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/whole minor units \(fen\)/) as string,
    });
  });
});
