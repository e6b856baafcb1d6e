// A dispatch's costs are recorded in the cluster's currency and can be corrected by the offering city, at the version
// it read and with an audit event, until a compensation claim names them.
import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { testClock } from '../support/clock';
import { acceptedOffer, cny, CORRECT_COSTS, DISPATCH_AID, dispatched, OFFER, RETURN_AID } from '../support/dispatches';
import { CONFIRM, REPORT } from '../support/operations';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

const FILE = graphql(`
  mutation DispatchCostsFile($input: FileClaimInput!) {
    fileClaim(input: $input) {
      id
      status
    }
  }
`);
const CLUSTER_CURRENCY = graphql(`
  query DispatchCostsClusterCurrency($id: ID!) {
    cluster(id: $id) {
      currency
    }
  }
`);
const AUDIT = graphql(`
  query DispatchCostsAudit($clusterId: ID!, $targetId: ID!) {
    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {
      nodes {
        action
        actorName
        versionBefore
        versionAfter
      }
    }
  }
`);

// Each test has a cluster of its own with three cities and their depot stock, a flood agreement among them that
// compensates transport, and a confirmed flood.
let world: BuiltCluster;
const idOf = (cityName: string) => world.city(cityName).id;
let eventId: string;
let agreementId: string;
let tianjin: string;
let coordinator: string;

const trucks = { kind: 'TRANSPORT' as const, description: '6 flatbed trucks', amount: cny('1860000') };
const fromTianjin = () => ({
  clusterId: world.id,
  eventId,
  requesterCityId: idOf('Langfang'),
  offeringCityId: idOf('Tianjin'),
  offeringCityName: 'Tianjin',
});
const offerOf = async (requestId: string) => (await gql(tianjin, OFFER, { requestId })).data!.aidRequest.offers[0];

beforeEach(async () => {
  world = await aCluster({ cities: ['Langfang', 'Tianjin', 'Beijing'].map(factsOf), inventory: true }).build();
  coordinator = world.coordinator;
  tianjin = world.city('Tianjin').officer;
  agreementId = await agreementInForce(coordinator, {
    ...new AgreementBuilder()
      .with({
        clusterId: world.id,
        partyCityIds: world.cityIds(),
        categories: ['NATURAL_DISASTER'],
      })
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .build(),
    compensation: {
      coveredKinds: [{ kind: 'TRANSPORT' }],
      filingWindow: 'P90D',
      sharingRule: { kind: 'EQUAL_SHARE' },
    },
  });
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
      observedAt: hoursFrom(testClock.now(), -2),
    },
  });
  eventId = flood.data!.reportRiskEvent.id;
  await gql(coordinator, CONFIRM, { input: { eventId } });
});

test('costs in another currency than the cluster records money in are refused, at dispatch and at return', async () => {
  expect((await gql(coordinator, CLUSTER_CURRENCY, { id: world.id })).data?.cluster?.currency).toBe('CNY');
  const { requestId, offerId } = await acceptedOffer(fromTianjin());
  const inDollars = await gql(tianjin, DISPATCH_AID, {
    input: {
      offerId,
      eta: hoursFrom(testClock.now(), 3),
      costItems: [
        trucks,
        { kind: 'CONSUMABLES', description: 'Diesel', amount: { amountMinor: '186000', currency: 'USD' } },
      ],
    },
  });
  expect(onlyError(inDollars)).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: 'Cost item 2: record it in CNY, the currency this cluster records money in (not USD).',
    extensions: { currency: 'CNY' },
  });
  expect(await offerOf(requestId)).toMatchObject({ status: 'ACCEPTED', costItems: [] });

  const sent = await gql(tianjin, DISPATCH_AID, {
    input: { offerId, eta: hoursFrom(testClock.now(), 3), costItems: [trucks] },
  });
  expect(sent.data?.dispatchAid.status).toBe('DISPATCHED');
  const returnedInDollars = await gql(tianjin, RETURN_AID, {
    input: {
      offerId,
      consumed: 1,
      returned: 0,
      costItems: [
        { kind: 'CONSUMABLES', description: 'Sandbags lost', amount: { amountMinor: '5000', currency: 'USD' } },
      ],
    },
  });
  expect(onlyError(returnedInDollars).message).toBe(
    'Cost item 1: record it in CNY, the currency this cluster records money in (not USD).',
  );
  expect(await offerOf(requestId)).toMatchObject({ status: 'DISPATCHED', costItems: [{ kind: 'TRANSPORT' }] });
});

test('the offering city corrects the costs at the version it read, audited; nobody else can', async () => {
  // A misplaced digit: ¥186,000.00 of transport recorded for ¥18,600.00.
  const { requestId, offerId, version } = await dispatched(fromTianjin(), [{ ...trucks, amount: cny('18600000') }]);
  const corrected = [trucks, { kind: 'PERSONNEL_HOURS' as const, description: '40 operators', amount: cny('2400000') }];
  const correct = (token: string, expectedVersion: number, costItems = corrected) =>
    gql(token, CORRECT_COSTS, { input: { offerId, expectedVersion, costItems } });

  // Another city of the cluster (the requesting one included) and another cluster's city: refused.
  const another = await aCluster({ cities: ['Shanghai'] }).build();
  for (const [token, code] of [
    [world.city('Langfang').officer, 'FORBIDDEN'],
    [world.city('Beijing').officer, 'FORBIDDEN'],
    [another.city('Shanghai').officer, 'NOT_FOUND'],
  ] as const) {
    expect({ code: onlyError(await correct(token, version)).code }).toEqual({ code });
  }
  expect(
    onlyError(await correct(tianjin, version, [{ ...trucks, amount: { amountMinor: '1', currency: 'USD' } }])).code,
  ).toBe('BAD_USER_INPUT');
  expect(onlyError(await correct(tianjin, version - 1))).toMatchObject({
    code: 'CONFLICT',
    extensions: { yourVersion: version - 1, currentVersion: version },
  });
  expect((await offerOf(requestId)).costItems).toEqual([
    expect.objectContaining({ amount: { amountMinor: '18600000', currency: 'CNY' } }),
  ]);

  const done = await correct(tianjin, version);
  expect(done.data?.correctDispatchCosts).toMatchObject({
    version: version + 1,
    costItems: [
      { kind: 'TRANSPORT', amount: { amountMinor: '1860000', currency: 'CNY' } },
      { kind: 'PERSONNEL_HOURS', amount: { amountMinor: '2400000', currency: 'CNY' } },
    ],
  });
  const audit = await gql(coordinator, AUDIT, { clusterId: world.id, targetId: offerId });
  expect(audit.data?.auditLog.nodes[0]).toMatchObject({
    action: 'AID_COSTS_CORRECTED',
    versionBefore: version,
    versionAfter: version + 1,
  });
});

test('once a claim names the dispatch its costs stand; a correction and a claim at the same moment never both pass', async () => {
  const { requestId, offerId, version } = await dispatched(fromTianjin(), [trucks]);
  const claim = await gql(tianjin, FILE, {
    input: {
      agreementId,
      eventId,
      claimantCityId: idOf('Tianjin'),
      aidOfferId: offerId,
      items: [{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('1000000'), evidence: ['invoice'] }],
    },
  });
  expect(claim.data?.fileClaim.status).toBe('SUBMITTED');
  const late = await gql(tianjin, CORRECT_COSTS, {
    input: { offerId, expectedVersion: version, costItems: [{ ...trucks, amount: cny('1') }] },
  });
  expect(onlyError(late)).toMatchObject({
    code: 'CONFLICT',
    message:
      'A compensation claim already names this dispatch, so its costs can no longer be corrected: claims are reviewed against them.',
    extensions: { currentState: 'DISPATCHED' },
  });
  expect((await offerOf(requestId)).costItems).toEqual([
    expect.objectContaining({ amount: { amountMinor: '1860000', currency: 'CNY' } }),
  ]);

  // Lowering the costs to ¥1,000 while a ¥10,000 claim is filed: either the claim is filed against the costs as they
  // stood and the correction refused, or the costs are corrected and the claim refused as more than they are.
  for (let round = 0; round < 5; round++) {
    const race = await dispatched(fromTianjin(), [trucks]);
    const [corrected, filed] = await Promise.all([
      gql(tianjin, CORRECT_COSTS, {
        input: {
          offerId: race.offerId,
          expectedVersion: race.version,
          costItems: [{ ...trucks, amount: cny('100000') }],
        },
      }),
      gql(tianjin, FILE, {
        input: {
          agreementId,
          eventId,
          claimantCityId: idOf('Tianjin'),
          aidOfferId: race.offerId,
          items: [{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('1000000'), evidence: ['invoice'] }],
        },
      }),
    ]);
    const outcome = [
      corrected.errors ? onlyError(corrected).code : 'corrected',
      filed.errors ? onlyError(filed).code : 'filed',
    ];
    expect([
      ['CONFLICT', 'filed'],
      ['corrected', 'BAD_USER_INPUT'],
    ]).toContainEqual(outcome);
    const costs = (await offerOf(race.requestId)).costItems[0].amount.amountMinor;
    expect(costs).toBe(outcome[0] === 'corrected' ? '100000' : '1860000');
  }
});
