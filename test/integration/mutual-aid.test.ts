import { inventoryItemId } from '../../src/domain/resources/ids';
import { demoToken, gql, onlyError } from '../support/api';
import { AgreementBuilder, hoursFrom, officerOf } from '../support/builders';
import { CONFIRM, DRAFT, OBLIGATIONS, PROPOSE, RATIFY, REPORT } from '../support/operations';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';
import type { RequestAidInput } from '../generated/graphql';

beforeAll(freshTableWithDemoData);

graphql(`
  fragment MutualAidOfferFields on AidOffer {
    id
    status
    quantity
    eta
    consumed
    returned
    fromCity {
      id
    }
    costItems {
      kind
      description
      amount {
        amountMinor
        currency
      }
    }
    item {
      id
      onHand
      shareable
      committed
      available
    }
  }
`);
const REQUEST = graphql(`
  mutation MutualAidRequest($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
      status
      quantity
      acceptedQuantity
      requester {
        id
      }
      resourceType {
        id
      }
    }
  }
`);
const OFFER = graphql(`
  mutation MutualAidOffer($input: OfferAidInput!) {
    offerAid(input: $input) {
      ...MutualAidOfferFields
    }
  }
`);
const ACCEPT = graphql(`
  mutation MutualAidAccept($offerId: ID!) {
    acceptAidOffer(input: { offerId: $offerId }) {
      ...MutualAidOfferFields
    }
  }
`);
const DECLINE = graphql(`
  mutation MutualAidDecline($offerId: ID!) {
    declineAidOffer(input: { offerId: $offerId, reason: "Two offers cover it" }) {
      ...MutualAidOfferFields
    }
  }
`);
const DISPATCH = graphql(`
  mutation MutualAidDispatch($input: DispatchAidInput!) {
    dispatchAid(input: $input) {
      ...MutualAidOfferFields
    }
  }
`);
const ARRIVED = graphql(`
  mutation MutualAidArrived($offerId: ID!) {
    confirmAidArrival(input: { offerId: $offerId }) {
      ...MutualAidOfferFields
    }
  }
`);
const RETURN = graphql(`
  mutation MutualAidReturn($input: ReturnAidInput!) {
    returnAid(input: $input) {
      ...MutualAidOfferFields
    }
  }
`);
const CANCEL = graphql(`
  mutation MutualAidCancel($offerId: ID!) {
    cancelAid(input: { offerId: $offerId, reason: "Water receding" }) {
      ...MutualAidOfferFields
    }
  }
`);
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
const READ_REQUEST = graphql(`
  query MutualAidReadRequest($id: ID!) {
    aidRequest(id: $id) {
      status
      quantity
      acceptedQuantity
      offers {
        id
        status
      }
    }
  }
`);
const SHORTFALLS = graphql(`
  query MutualAidShortfalls {
    clusterShortfalls(clusterId: "cluster-jjj") {
      resourceType {
        id
      }
      available
    }
  }
`);

const depotOf = (cityId: string, name: string) =>
  inventoryItemId(cityId, 'mobile-pump-unit', 'II', `${name} Municipal Emergency Materials Depot`);
const pumpsAvailable = async () =>
  (
    (await gql(await demoToken('demo-coordinator-jjj'), SHORTFALLS)).data?.clusterShortfalls as Array<{
      resourceType: { id: string };
      available: number;
    }>
  ).find((row) => row.resourceType.id === 'mobile-pump-unit')!.available;
const destination = { name: 'Langfang Gu\u2019an flood line', latitude: 39.44, longitude: 116.3 };
const inTwelveHours = () => hoursFrom(new Date().toISOString(), 12);

async function request(quantity: number, fields: Record<string, unknown> = {}) {
  const response = await gql(await officerOf('city-langfang', 'cluster-jjj'), REQUEST, {
    input: {
      clusterId: 'cluster-jjj',
      requesterCityId: 'city-langfang',
      resourceTypeId: 'mobile-pump-unit',
      minimumTier: 'II',
      quantity,
      neededBy: inTwelveHours(),
      destination,
      ...fields,
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.requestAid as { id: string };
}

/**
 * The story: a flood in the Beijing–Tianjin–Hebei cluster; Langfang (downstream) asks for 40 pump units;
 * three partners offer, two are accepted, the stock is committed, dispatched (fulfilling Tianjin's pump duty under a
 * flood agreement), returned with some consumed, and the cluster's shortfall follows every step.
 */
test('a flood, a request for 40 pump units, three offers, two accepted, dispatched and returned', async () => {
  const coordinator = await demoToken('demo-coordinator-jjj');
  const [langfang, tianjin, beijing, baoding] = await Promise.all(
    ['city-langfang', 'city-tianjin', 'city-beijing', 'city-baoding'].map((id) => officerOf(id, 'cluster-jjj')),
  );

  // A flood mutual-aid agreement in which Tianjin owes 20 pump units within 12 hours.
  const parties = ['city-langfang', 'city-tianjin', 'city-beijing', 'city-baoding'];
  const draft = await gql(coordinator, DRAFT, {
    input: new AgreementBuilder()
      .with({ clusterId: 'cluster-jjj', partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
      .duty('NAMED_CITY', 'PROVIDE_RESOURCES', 'PT12H', {
        cityId: 'city-tianjin',
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
      clusterId: 'cluster-jjj',
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: 'city-langfang',
      affectedCityIds: ['city-tianjin'],
      location: { latitude: destination.latitude, longitude: destination.longitude, description: destination.name },
      description: 'Yongding River levee overtopping near Gu\u2019an',
      observedAt: hoursFrom(new Date().toISOString(), -1),
    },
  });
  expect(flood.errors).toBeUndefined();
  const eventId = flood.data!.reportRiskEvent.id;
  await gql(coordinator, CONFIRM, { input: { eventId } });

  const before = await pumpsAvailable();
  const aid = await request(40, { eventId });
  const nearest = (await gql(langfang, AVAILABILITY, { id: aid.id })).data!.resourceAvailability;
  expect(nearest.map((entry: { city: { id: string } }) => entry.city.id)).not.toContain('city-langfang');
  expect(nearest.map((entry: { distanceKm: number }) => entry.distanceKm)).toEqual(
    [...nearest.map((entry: { distanceKm: number }) => entry.distanceKm)].sort((a, b) => a - b),
  );

  // Three partners offer; Langfang accepts two and declines the third.
  const offerFrom = async (token: string, cityId: string, name: string, quantity: number) =>
    (await gql(token, OFFER, { input: { requestId: aid.id, itemId: depotOf(cityId, name), quantity } })).data!.offerAid;
  const fromTianjin = await offerFrom(tianjin, 'city-tianjin', 'Tianjin', 20);
  const fromBeijing = await offerFrom(beijing, 'city-beijing', 'Beijing', 15);
  const fromBaoding = await offerFrom(baoding, 'city-baoding', 'Baoding', 10);
  const accepted = await gql(langfang, ACCEPT, { offerId: fromTianjin.id });
  // The requesting city sees the offer, not Tianjin's inventory row; Tianjin sees its stock committed.
  expect(accepted.data?.acceptAidOffer).toMatchObject({ status: 'ACCEPTED', quantity: 20, item: null });
  const tianjinBefore = (
    await gql<{ inventoryItem: { onHand: number; shareable: number; committed: number } }>(
      tianjin,
      'query ($id: ID!) { inventoryItem(id: $id) { onHand shareable committed } }',
      {
        id: depotOf('city-tianjin', 'Tianjin'),
      },
    )
  ).data!.inventoryItem;
  expect(tianjinBefore.committed).toBe(20);
  await gql(coordinator, ACCEPT, { offerId: fromBeijing.id });
  expect((await gql(langfang, DECLINE, { offerId: fromBaoding.id })).data?.declineAidOffer.status).toBe('DECLINED');
  expect((await gql(langfang, READ_REQUEST, { id: aid.id })).data?.aidRequest).toMatchObject({
    status: 'OPEN',
    quantity: 40,
    acceptedQuantity: 35,
  });
  const requestAudit = await gql<{ auditLog: { nodes: Array<{ action: string; actorName: string }> } }>(
    coordinator,
    'query ($id: ID!) { auditLog(clusterId: "cluster-jjj", filter: { targetId: $id }) { nodes { action actorName } } }',
    { id: aid.id },
  );
  expect(requestAudit.data?.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual([
    'AID_REQUEST_ACCEPTED',
    'AID_REQUEST_ACCEPTED',
    'AID_REQUESTED',
  ]);
  expect(await pumpsAvailable()).toBe(before - 35);

  // Tianjin dispatches with its costs; that fulfils its pump duty under the flood agreement.
  const dispatched = await gql(tianjin, DISPATCH, {
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
  const duty = await gql(coordinator, OBLIGATIONS, { clusterId: 'cluster-jjj', filter: { agreementId, eventId } });
  expect(duty.data?.obligations.nodes).toEqual([
    expect.objectContaining({
      status: 'FULFILLED',
      city: { id: 'city-tianjin' },
      evidence: expect.objectContaining({ text: expect.stringContaining(fromTianjin.id) as string }) as unknown,
    }),
  ]);
  await gql(beijing, DISPATCH, { input: { offerId: fromBeijing.id, eta: inTwelveHours() } });
  expect((await gql(langfang, ARRIVED, { offerId: fromTianjin.id })).data?.confirmAidArrival.status).toBe('ARRIVED');

  // Returned: Tianjin's two pumps were lost in the flood; Beijing's all came back.
  const back = await gql(tianjin, RETURN, {
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
  await gql(beijing, RETURN, { input: { offerId: fromBeijing.id, consumed: 0, returned: 15 } });
  expect(await pumpsAvailable()).toBe(before - 2);
});

test('50 parallel acceptances against one item never over-commit it', async () => {
  // Hengshui's depot: shareable pumps, offered one by one to 50 requests that all get accepted at once.
  const item = depotOf('city-hengshui', 'Hengshui');
  const hengshui = await officerOf('city-hengshui', 'cluster-jjj');
  const start = (
    await gql<{ inventoryItem: { shareable: number; committed: number } }>(
      hengshui,
      'query ($id: ID!) { inventoryItem(id: $id) { shareable committed } }',
      { id: item },
    )
  ).data!.inventoryItem;
  const offers: string[] = [];
  for (let i = 0; i < 50; i++) {
    const aid = await request(1);
    // Offers are checked against stock only softly (acceptance is the hard check), so all 50 can be made.
    offers.push(
      (await gql(hengshui, OFFER, { input: { requestId: aid.id, itemId: item, quantity: 1 } })).data?.offerAid.id ??
        `failed-${i}`,
    );
    if (i + 1 >= start.shareable) break;
  }
  // Offer more than the stock by recording extra offers before any acceptance.
  const extra = await Promise.all(
    Array.from({ length: 50 - offers.length }, async () => {
      const aid = await request(1);
      return (await gql(hengshui, OFFER, { input: { requestId: aid.id, itemId: item, quantity: 1 } })).data?.offerAid
        .id;
    }),
  );
  const all = [...offers, ...extra].filter((offerId): offerId is string => Boolean(offerId));
  expect(all).toHaveLength(50);
  const coordinator = await demoToken('demo-coordinator-jjj');
  const results = await Promise.all(all.map((offerId) => gql(coordinator, ACCEPT, { offerId })));
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
}, 60_000);

test('the same idempotency key sent 20 times in parallel creates one request', async () => {
  const token = await officerOf('city-langfang', 'cluster-jjj');
  const input: RequestAidInput = {
    clusterId: 'cluster-jjj',
    requesterCityId: 'city-langfang',
    resourceTypeId: 'sandbags',
    minimumTier: 'III',
    quantity: 5000,
    neededBy: inTwelveHours(),
    destination,
    idempotencyKey: 'sandbags-gu-an-1',
  };
  const results = await Promise.all(Array.from({ length: 20 }, () => gql(token, REQUEST, { input })));
  expect(results.every((result) => !result.errors)).toBe(true);
  expect(new Set(results.map((result) => result.data?.requestAid.id)).size).toBe(1);
});

describe('who may do what in mutual aid', () => {
  test('requests: a city for itself (or the coordinator on its behalf); never evaluators, superiors or other clusters', async () => {
    const input: RequestAidInput = {
      clusterId: 'cluster-jjj',
      requesterCityId: 'city-langfang',
      resourceTypeId: 'mobile-pump-unit',
      minimumTier: 'II',
      quantity: 5,
      neededBy: inTwelveHours(),
      destination,
    };
    expect((await gql(await demoToken('demo-coordinator-jjj'), REQUEST, { input })).errors).toBeUndefined();
    expect(onlyError(await gql(await officerOf('city-tianjin', 'cluster-jjj'), REQUEST, { input })).code).toBe(
      'FORBIDDEN',
    );
    expect(onlyError(await gql(await demoToken('demo-evaluator-jjj'), REQUEST, { input })).code).toBe('FORBIDDEN');
    expect(onlyError(await gql(await demoToken('demo-superior'), REQUEST, { input })).code).toBe('FORBIDDEN');
    expect(onlyError(await gql(await demoToken('demo-city-jiaxing'), REQUEST, { input })).code).toBe('NOT_FOUND');
  });

  test('offers: only from your own stock, never to your own request, never more than available; only the requester or coordinator accepts', async () => {
    const aid = await request(10);
    const tianjinItem = depotOf('city-tianjin', 'Tianjin');
    expect(
      onlyError(
        await gql(await officerOf('city-beijing', 'cluster-jjj'), OFFER, {
          input: { requestId: aid.id, itemId: tianjinItem, quantity: 1 },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', message: "You can offer and ship only your own city's stock." });
    expect(
      onlyError(
        await gql(await officerOf('city-langfang', 'cluster-jjj'), OFFER, {
          input: { requestId: aid.id, itemId: depotOf('city-langfang', 'Langfang'), quantity: 1 },
        }),
      ).message,
    ).toBe('A city cannot offer to its own request.');
    expect(
      onlyError(
        await gql(await officerOf('city-tianjin', 'cluster-jjj'), OFFER, {
          input: { requestId: aid.id, itemId: tianjinItem, quantity: 9999 },
        }),
      ).message,
    ).toMatch(/are shareable and uncommitted; you offered 9999/);
    const offer = (
      await gql(await officerOf('city-tianjin', 'cluster-jjj'), OFFER, {
        input: { requestId: aid.id, itemId: tianjinItem, quantity: 2 },
      })
    ).data!.offerAid;
    for (const token of [
      await officerOf('city-tianjin', 'cluster-jjj'),
      await officerOf('city-beijing', 'cluster-jjj'),
      await demoToken('demo-evaluator-jjj'),
      await demoToken('demo-superior'),
    ]) {
      expect(onlyError(await gql(token, ACCEPT, { offerId: offer.id })).code).toBe('FORBIDDEN');
    }
    expect(onlyError(await gql(await demoToken('demo-coordinator-yrd'), ACCEPT, { offerId: offer.id })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await gql(await officerOf('city-langfang', 'cluster-jjj'), ACCEPT, { offerId: offer.id })).data?.acceptAidOffer
        .status,
    ).toBe('ACCEPTED');
    expect(
      onlyError(
        await gql(await officerOf('city-langfang', 'cluster-jjj'), DISPATCH, {
          input: { offerId: offer.id, eta: inTwelveHours() },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    const cancelled = await gql(await officerOf('city-tianjin', 'cluster-jjj'), CANCEL, { offerId: offer.id });
    expect(cancelled.data?.cancelAid).toMatchObject({ status: 'CANCELLED' });
    expect(
      (await gql(await officerOf('city-langfang', 'cluster-jjj'), READ_REQUEST, { id: aid.id })).data?.aidRequest,
    ).toMatchObject({ acceptedQuantity: 0, status: 'OPEN' });
    expect(
      onlyError(await gql(await officerOf('city-langfang', 'cluster-jjj'), ACCEPT, { offerId: offer.id })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/An offer that is CANCELLED cannot be accepted/) as string,
      extensions: { currentState: 'CANCELLED', allowed: [] },
    });
  });

  test('a request is never filled beyond what it asked', async () => {
    const aid = await request(3);
    const offer = async (cityId: string, name: string) =>
      (
        await gql(await officerOf(cityId, 'cluster-jjj'), OFFER, {
          input: { requestId: aid.id, itemId: depotOf(cityId, name), quantity: 2 },
        })
      ).data?.offerAid.id;
    const offers = [
      await offer('city-tianjin', 'Tianjin'),
      await offer('city-beijing', 'Beijing'),
      await offer('city-baoding', 'Baoding'),
    ];
    const results = await Promise.all(
      offers.map(async (offerId) =>
        gql(await officerOf('city-langfang', 'cluster-jjj'), ACCEPT, { offerId: offerId! }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    // Refused by the request's state (filled), or by a race lost too often: CONFLICT either way.
    for (const failure of results.filter((result) => result.errors)) expect(onlyError(failure).code).toBe('CONFLICT');
    expect(
      (await gql(await officerOf('city-langfang', 'cluster-jjj'), READ_REQUEST, { id: aid.id })).data?.aidRequest
        .acceptedQuantity,
    ).toBe(2);
  });

  test('money in cost items is whole minor units, never a float', async () => {
    const aid = await request(1);
    const offer = (
      await gql(await officerOf('city-tianjin', 'cluster-jjj'), OFFER, {
        input: { requestId: aid.id, itemId: depotOf('city-tianjin', 'Tianjin'), quantity: 1 },
      })
    ).data!.offerAid;
    await gql(await officerOf('city-langfang', 'cluster-jjj'), ACCEPT, { offerId: offer.id });
    const floaty = await gql(await officerOf('city-tianjin', 'cluster-jjj'), DISPATCH, {
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
