import { finishTallyBuild } from '../support/tally-builds';
import { inventoryTallyBuild } from '../../src/store/inventory-tallies';
import fc from 'fast-check';
import { inventoryItemId } from '../../src/domain/resources/ids';
import { dynamoClients } from '../../src/store/client';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { meterReads } from '../../scripts/bench/read-meter';
import { gql } from '../support/api';
import { officerOf } from '../support/builders';
import { expectTalliesMatchItems } from '../support/inventory-oracle';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { Readiness, ResourceTier } from '../generated/graphql';

// Each test has a cluster of its own with the catalogue and its cities' depot stock.
let world: BuiltCluster;
beforeEach(async () => {
  world = await aCluster({
    cities: ['Langfang', 'Tianjin', 'Beijing', 'Baoding'].map(factsOf),
    inventory: true,
  }).build();
});
const idOf = (cityName: string) => world.city(cityName).id;
const CITIES = ['Langfang', 'Tianjin', 'Beijing'] as const;
const TYPES = ['mobile-pump-unit', 'generator'] as const;
const TIERS: ResourceTier[] = ['I', 'II', 'III'];
const READINESS: Readiness[] = ['READY', 'DEGRADED', 'UNAVAILABLE'];

const CREATE = graphql(`
  mutation ShortfallTalliesCreate($input: CreateInventoryItemInput!) {
    createInventoryItem(input: $input) {
      id
    }
  }
`);
const UPDATE_MANY = graphql(`
  mutation ShortfallTalliesUpdate($items: [UpdateInventoryItemInput!]!) {
    updateInventoryItems(items: $items) {
      id
      version
    }
  }
`);
const ITEM = graphql(`
  query ShortfallTalliesItem($id: ID!) {
    inventoryItem(id: $id) {
      version
      onHand
      shareable
      committed
    }
  }
`);
const REQUEST = graphql(`
  mutation ShortfallTalliesRequest($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
    }
  }
`);
const OFFER = graphql(`
  mutation ShortfallTalliesOffer($input: OfferAidInput!) {
    offerAid(input: $input) {
      id
    }
  }
`);
const ACCEPT = graphql(`
  mutation ShortfallTalliesAccept($offerId: ID!) {
    acceptAidOffer(input: { offerId: $offerId }) {
      id
    }
  }
`);
const DISPATCH = graphql(`
  mutation ShortfallTalliesDispatch($input: DispatchAidInput!) {
    dispatchAid(input: $input) {
      id
    }
  }
`);
const ARRIVED = graphql(`
  mutation ShortfallTalliesArrived($offerId: ID!) {
    confirmAidArrival(input: { offerId: $offerId }) {
      id
    }
  }
`);
const RETURN = graphql(`
  mutation ShortfallTalliesReturn($input: ReturnAidInput!) {
    returnAid(input: $input) {
      id
    }
  }
`);
const CANCEL_OFFER = graphql(`
  mutation ShortfallTalliesCancelOffer($offerId: ID!) {
    cancelAid(input: { offerId: $offerId, reason: "No longer needed" }) {
      id
    }
  }
`);
const CANCEL_REQUEST = graphql(`
  mutation ShortfallTalliesCancelRequest($input: AidRequestReasonInput!) {
    cancelAidRequest(input: $input) {
      id
    }
  }
`);
const SHORTFALLS = graphql(`
  query ShortfallTalliesShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      available
      contributions {
        available
      }
    }
  }
`);

const depot = (cityId: string, slot: number) => `${cityId} tally depot ${slot}`;
const itemOf = (cityId: string, typeId: string, tier: ResourceTier, slot: number) =>
  inventoryItemId(cityId, typeId, tier, depot(cityId, slot));
const hoursLater = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const destination = { name: 'Langfang flood staging area', latitude: 39.52, longitude: 116.7 };

async function current(token: string, itemId: string) {
  return (await gql(token, ITEM, { id: itemId })).data?.inventoryItem;
}

type Stock = { city: number; type: number; tier: number; slot: number };
const stock = fc.record({
  city: fc.nat(CITIES.length - 1),
  type: fc.nat(TYPES.length - 1),
  tier: fc.nat(TIERS.length - 1),
  // Slot 0 holds stock from the start (so most writes land); slot 1 may be created by the sequence.
  slot: fc.nat(1),
});
const where = (s: Stock) => ({ cityId: idOf(CITIES[s.city]), typeId: TYPES[s.type], tier: TIERS[s.tier] });

/** One write through the handler; refusals (stale, not shareable, not found) are part of the sequence too. */
const write = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    at: stock,
    onHand: fc.integer({ min: 0, max: 60 }),
    share: fc.integer({ min: 0, max: 100 }),
    readiness: fc.constantFrom(...READINESS),
  }),
  fc.record({
    kind: fc.constant('update' as const),
    items: fc.array(
      fc.record({
        at: stock,
        shareable: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        onHand: fc.option(fc.integer({ min: 60, max: 90 }), { nil: undefined }),
        readiness: fc.option(fc.constantFrom(...READINESS), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  fc.record({
    kind: fc.constant('aid' as const),
    from: stock,
    quantity: fc.integer({ min: 1, max: 8 }),
    ending: fc.constantFrom('accepted', 'cancelOffer', 'cancelRequest', 'return', 'dispatched'),
    consumed: fc.nat(8),
  }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

/** Which writes went through (not refused), so the property is known to have exercised each. */
const landed: Record<string, number> = {};
const count = (what: string, response: { errors?: unknown[] }) => {
  if (!response.errors) landed[what] = (landed[what] ?? 0) + 1;
};

async function apply(step: Write): Promise<void> {
  if (step.kind === 'create') {
    const { cityId, typeId, tier } = where(step.at);
    const shareable = Math.floor((step.onHand * step.share) / 100);
    const created = await gql(await officerOf(cityId, world.id), CREATE, {
      input: {
        cityId,
        resourceTypeId: typeId,
        tier,
        onHand: step.onHand,
        shareable,
        readiness: step.readiness,
        storage: { name: depot(cityId, step.at.slot), latitude: 39.5, longitude: 116.7 },
      },
    });
    count('create', created);
    return;
  }
  if (step.kind === 'update') {
    // A batch is one city's: every item of the step in the first item's city.
    const cityId = idOf(CITIES[step.items[0].at.city]);
    const token = await officerOf(cityId, world.id);
    const ids = new Set<string>();
    const updates = [];
    for (const change of step.items) {
      const { typeId, tier } = where(change.at);
      const itemId = itemOf(cityId, typeId, tier, change.at.slot);
      if (ids.has(itemId)) continue;
      ids.add(itemId);
      const read = await current(token, itemId);
      updates.push({
        itemId,
        expectedVersion: read?.version ?? 1,
        shareable: change.shareable,
        onHand: change.onHand,
        readiness: change.readiness,
      });
    }
    count('update', await gql(token, UPDATE_MANY, { items: updates }));
    return;
  }
  const { cityId, typeId, tier } = where(step.from);
  const requester = CITIES.map(idOf).find((city) => city !== cityId)!;
  const requesterToken = await officerOf(requester, world.id);
  const offererToken = await officerOf(cityId, world.id);
  const request = await gql(requesterToken, REQUEST, {
    input: {
      clusterId: world.id,
      requesterCityId: requester,
      resourceTypeId: typeId,
      minimumTier: 'III',
      quantity: step.quantity,
      neededBy: hoursLater(12),
      destination,
    },
  });
  const requestId = request.data?.requestAid.id;
  if (!requestId) return;
  const offer = await gql(offererToken, OFFER, {
    input: { requestId, itemId: itemOf(cityId, typeId, tier, step.from.slot), quantity: step.quantity },
  });
  const offerId = offer.data?.offerAid.id;
  if (!offerId) return;
  const accepted = await gql(requesterToken, ACCEPT, { offerId });
  count('accept', accepted);
  if (accepted.errors || step.ending === 'accepted') return;
  if (step.ending === 'cancelOffer') {
    count('cancelOffer', await gql(requesterToken, CANCEL_OFFER, { offerId }));
    return;
  }
  if (step.ending === 'cancelRequest') {
    const input = { requestId, expectedVersion: 3, reason: 'Water receding' };
    count('cancelRequest', await gql(requesterToken, CANCEL_REQUEST, { input }));
    return;
  }
  const dispatched = await gql(offererToken, DISPATCH, { input: { offerId, eta: hoursLater(3) } });
  count('dispatch', dispatched);
  if (dispatched.errors || step.ending === 'dispatched') return;
  await gql(requesterToken, ARRIVED, { offerId });
  const consumed = Math.min(step.consumed, step.quantity);
  count(
    'return',
    await gql(offererToken, RETURN, { input: { offerId, consumed, returned: step.quantity - consumed } }),
  );
}

describe('shortfall tallies kept on write', () => {
  // Stock in slot 0 of every city, type and tier, so most writes of a sequence land.
  beforeEach(async () => {
    for (const cityId of CITIES.map(idOf))
      for (const typeId of TYPES)
        for (const tier of TIERS)
          await gql(await officerOf(cityId, world.id), CREATE, {
            input: {
              cityId,
              resourceTypeId: typeId,
              tier,
              onHand: 90,
              shareable: 40,
              readiness: 'READY',
              storage: { name: depot(cityId, 0), latitude: 39.5, longitude: 116.7 },
            },
          });
  });

  test('after any sequence of inventory and mutual-aid writes, the tallies equal what the items give', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const step of steps) await apply(step);
        await expectTalliesMatchItems(world.id, world.coordinator);
      }),
      { numRuns: 25, seed: 20261201, endOnFailure: true },
    );
    for (const what of ['create', 'update', 'accept', 'cancelOffer', 'cancelRequest', 'dispatch', 'return'])
      expect([what, landed[what] ?? 0]).not.toEqual([what, 0]);
  }, 240_000);

  test('20 officers of one city updating different items of one type at once: the tally equals the items', async () => {
    const cityId = idOf('Tianjin');
    const token = world.city('Tianjin').officer;
    const slots = Array.from({ length: 20 }, (_, index) => 100 + index);
    for (const slot of slots) {
      const created = await gql(token, CREATE, {
        input: {
          cityId,
          resourceTypeId: 'drone',
          tier: 'II',
          onHand: 10,
          shareable: 5,
          readiness: 'READY',
          storage: { name: depot(cityId, slot), latitude: 39.1, longitude: 117.2 },
        },
      });
      expect(created.errors).toBeUndefined();
    }
    const results = await Promise.all(
      slots.map(async (slot, index) =>
        gql(token, UPDATE_MANY, {
          items: [{ itemId: itemOf(cityId, 'drone', 'II', slot), expectedVersion: 1, shareable: index % 11 }],
        }),
      ),
    );
    expect(results.map((result) => result.errors?.[0]?.message)).toEqual(slots.map(() => undefined));
    const after = await Promise.all(slots.map((slot) => current(token, itemOf(cityId, 'drone', 'II', slot))));
    expect(after.map((item) => item?.shareable)).toEqual(slots.map((_, index) => index % 11));
    await expectTalliesMatchItems(world.id, world.coordinator);
  }, 120_000);
});

const REQUIREMENTS = graphql(`
  query ShortfallTalliesRequirements($clusterId: ID!) {
    reserveRequirements(clusterId: $clusterId) {
      resourceType {
        id
      }
      minimumTier
    }
    resourceCatalogue(clusterId: $clusterId) {
      id
      tiers {
        tier
      }
    }
  }
`);

test('what shortfalls read does not grow with items of unrequired types or of tiers below the minimum', async () => {
  const yrd = await aCluster({
    cities: ['Shanghai', 'Hangzhou', 'Suzhou'].map(factsOf),
    inventory: true,
    requirements: true,
  }).build();
  const clusterId = yrd.id;
  const cityId = yrd.city('Hangzhou').id;
  const coordinator = yrd.coordinator;
  const officer = yrd.city('Hangzhou').officer;
  const { reserveRequirements, resourceCatalogue } = (await gql(coordinator, REQUIREMENTS, { clusterId })).data!;
  const required = new Map(reserveRequirements.map((r) => [r.resourceType.id, r.minimumTier]));
  // Stock nobody's requirement counts: types without a requirement, and tiers below a requirement's minimum.
  const uncounted = resourceCatalogue.flatMap((type) =>
    type.tiers
      .map(({ tier }) => tier)
      .filter((tier) => {
        const minimum = required.get(type.id);
        return !minimum || TIERS.indexOf(tier) > TIERS.indexOf(minimum);
      })
      .map((tier) => ({ typeId: type.id, tier })),
  );
  expect(uncounted.length).toBeGreaterThan(1);
  const add = async (slot: number) => {
    const { typeId, tier } = uncounted[slot % uncounted.length];
    const created = await gql(officer, CREATE, {
      input: {
        cityId,
        resourceTypeId: typeId,
        tier,
        onHand: 20,
        shareable: 10,
        readiness: 'READY',
        storage: { name: depot(cityId, slot), latitude: 30.27, longitude: 120.15 },
      },
    });
    expect(created.errors).toBeUndefined();
  };
  await add(0);
  // Records are read on one client, kept totals on the other: each counted apart.
  const calls = dynamoClients.map((client) => countDynamoCalls(client));
  const reads = dynamoClients.map((client) => meterReads(client));
  const cost = async () => {
    for (const meter of [...calls, ...reads]) meter.reset();
    const response = await gql(coordinator, SHORTFALLS, { clusterId });
    expect(response.errors).toBeUndefined();
    return {
      answer: response.data!.clusterShortfalls,
      calls: calls.map((counter) => ({ ...counter.byCommand })),
      itemsRead: reads.reduce((sum, meter) => sum + meter.itemsRead, 0),
    };
  };
  // The cluster's stock was seeded straight into the table: its tallies are built first, as the scheduled job does.
  await finishTallyBuild(inventoryTallyBuild, clusterId);
  await cost();
  const before = await cost();
  for (let slot = 1; slot <= 40; slot++) await add(slot);
  const after = await cost();
  expect(after.answer).toEqual(before.answer);
  expect(after.calls).toEqual(before.calls);
  expect(after.itemsRead).toBe(before.itemsRead);
  // The tallies: one Query of a partition holding one item per city (and the marker), never the inventory.
  expect(before.calls[1]).toEqual({ QueryCommand: 1 });
  await expectTalliesMatchItems(clusterId, coordinator);
}, 120_000);

test('a full stocktake batch (49 items, each changing what is available) commits with its tally in one transaction', async () => {
  const cityId = idOf('Baoding');
  const token = world.city('Baoding').officer;
  const slots = Array.from({ length: 50 }, (_, index) => 200 + index);
  for (const slot of slots) {
    const created = await gql(token, CREATE, {
      input: {
        cityId,
        resourceTypeId: 'generator',
        tier: 'III',
        onHand: 10,
        shareable: 2,
        readiness: 'READY',
        storage: { name: depot(cityId, slot), latitude: 38.87, longitude: 115.46 },
      },
    });
    expect(created.errors).toBeUndefined();
  }
  const changes = slots.map((slot) => ({
    itemId: itemOf(cityId, 'generator', 'III', slot),
    expectedVersion: 1,
    shareable: 7,
  }));
  const tooMany = await gql(token, UPDATE_MANY, { items: changes });
  expect(tooMany.errors?.[0]).toMatchObject({
    message: 'Update at most 49 items at once (got 50).',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  const full = await gql(token, UPDATE_MANY, { items: changes.slice(0, 49) });
  expect(full.errors).toBeUndefined();
  expect(full.data?.updateInventoryItems).toHaveLength(49);
  await expectTalliesMatchItems(world.id, world.coordinator);
}, 120_000);
