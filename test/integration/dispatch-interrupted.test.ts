// A dispatch and the PROVIDE_RESOURCES obligation it fulfils are two writes. When the second fails (a crash, an
// outage), sending the same dispatch again completes it: the duty is fulfilled as of the dispatch, and the answer is
// the dispatched offer, not a CONFLICT.
import { obligationRepository } from '../../src/store/obligations';
import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { testClock } from '../support/clock';
import { acceptedOffer, cny, DISPATCH_AID, OFFER } from '../support/dispatches';
import { CONFIRM, OBLIGATIONS, REPORT } from '../support/operations';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';

let world: BuiltCluster;
const idOf = (cityName: string) => world.city(cityName).id;
let agreementId: string;
let eventId: string;
let coordinator: string;
let tianjin: string;

// A cluster of the test's own: Langfang and Tianjin with their depot stock.
beforeEach(async () => {
  world = await aCluster({ cities: ['Langfang', 'Tianjin'].map(factsOf), inventory: true }).build();
  coordinator = world.coordinator;
  tianjin = world.city('Tianjin').officer;
  // Tianjin owes 1 unit of sandbags within 12 hours of a flood.
  agreementId = await agreementInForce(coordinator, {
    ...new AgreementBuilder()
      .with({
        clusterId: world.id,
        partyCityIds: [idOf('Langfang'), idOf('Tianjin')],
        categories: ['NATURAL_DISASTER'],
      })
      .duty('NAMED_CITY', 'PROVIDE_RESOURCES', 'PT12H', {
        cityId: idOf('Tianjin'),
        role: 'ASSIST',
        resourceType: 'sandbags',
        quantity: 1,
      })
      .build(),
  });
  testClock.setTo('2026-07-21T08:00:00.000Z');
  const flood = await gql(world.city('Langfang').officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: idOf('Langfang'),
      affectedCityIds: [idOf('Tianjin')],
      location: { description: "Yongding River, Gu'an" },
      description: 'Levee overtopping',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  eventId = flood.data!.reportRiskEvent.id;
  await gql(coordinator, CONFIRM, { input: { eventId } });
});

afterEach(() => jest.restoreAllMocks());

const duty = async () =>
  (await gql(coordinator, OBLIGATIONS, { clusterId: world.id, filter: { agreementId, eventId } })).data!.obligations
    .nodes;

test('a dispatch interrupted before it fulfilled the duty is completed by sending it again', async () => {
  const { requestId, offerId } = await acceptedOffer({
    clusterId: world.id,
    eventId,
    requesterCityId: idOf('Langfang'),
    offeringCityId: idOf('Tianjin'),
    offeringCityName: 'Tianjin',
  });
  const dispatch = {
    offerId,
    eta: hoursFrom(testClock.now(), 3),
    costItems: [{ kind: 'TRANSPORT' as const, description: 'Truck', amount: cny('186000') }],
  };
  const dispatchedAt = testClock.now();
  // The write that fulfils the duty fails once, after the dispatch itself was written.
  const close = jest.spyOn(obligationRepository, 'close').mockRejectedValueOnce(new Error('DynamoDB Local was killed'));
  const interrupted = await gql(tianjin, DISPATCH_AID, { input: dispatch });
  expect(onlyError(interrupted).code).toBe('INTERNAL_SERVER_ERROR');
  expect(close).toHaveBeenCalledTimes(1);
  expect((await gql(tianjin, OFFER, { requestId })).data?.aidRequest?.offers[0].status).toBe('DISPATCHED');
  expect(await duty()).toEqual([expect.objectContaining({ status: 'OPEN', city: { id: idOf('Tianjin') } })]);

  // Retried an hour later: the answer is the dispatch, and the duty is fulfilled as of the dispatch, on time.
  testClock.advance(3_600_000);
  const retried = await gql(tianjin, DISPATCH_AID, { input: dispatch });
  expect(retried.errors).toBeUndefined();
  expect(retried.data?.dispatchAid).toMatchObject({ id: offerId, status: 'DISPATCHED', eta: dispatch.eta });
  expect(await duty()).toEqual([
    expect.objectContaining({
      status: 'FULFILLED',
      fulfilledAt: dispatchedAt,
      evidence: expect.objectContaining({ text: expect.stringContaining(offerId) as string }) as unknown,
    }),
  ]);

  // Sending it once more changes nothing; another dispatch of the same offer is still refused.
  expect((await gql(tianjin, DISPATCH_AID, { input: dispatch })).data?.dispatchAid.status).toBe('DISPATCHED');
  const other = await gql(tianjin, DISPATCH_AID, { input: { ...dispatch, eta: hoursFrom(testClock.now(), 5) } });
  expect(onlyError(other)).toMatchObject({ code: 'CONFLICT', extensions: { currentState: 'DISPATCHED' } });
});
