import { dynamoClients } from '../../src/store/client';
import { AidRequestEntity } from '../../src/store/entities';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { gql } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

/**
 * A list costs DynamoDB calls by its depth, never by its length: each level of a query that reads (the root field,
 * then every nested list or reference below it) is one batched call for all its items, plus one for the caller's scope
 * (the cluster, read when the request starts). Each query below is asserted at `levels + 1` calls with lists of
 * several items, so a field that reads once per item fails it. Lists stored inside their item (duties, ratifications,
 * claim items, cost items, criteria, scores, the panel) cost nothing and ride along.
 */
const counter = countDynamoCalls(dynamoClients);

async function callsOf<T>(
  send: () => Promise<{ data?: T | null; errors?: unknown[] }>,
): Promise<{ data: T; calls: number }> {
  counter.reset();
  const response = await send();
  const calls = counter.total;
  expect(response.errors).toBeUndefined();
  return { data: response.data!, calls };
}

const REQUEST = graphql(`
  mutation ListCallsRequest($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
    }
  }
`);
const OFFER = graphql(`
  mutation ListCallsOffer($input: OfferAidInput!) {
    offerAid(input: $input) {
      id
    }
  }
`);
const REQUESTS_WITH_OFFERS = graphql(`
  query ListCallsRequestsWithOffers($clusterId: ID!) {
    aidRequests(clusterId: $clusterId, first: 20) {
      nodes {
        id
        offers {
          id
          quantity
          costItems {
            kind
          }
        }
      }
    }
  }
`);
const OFFERS_WITH_THEIR_REQUEST = graphql(`
  query ListCallsOffersWithRequest($clusterId: ID!) {
    aidRequests(clusterId: $clusterId, first: 20) {
      nodes {
        offers {
          id
          request {
            id
            quantity
          }
        }
      }
    }
  }
`);
const OPEN = graphql(`
  mutation ListCallsOpenEvaluation($input: OpenEvaluationInput!) {
    openEvaluation(input: $input) {
      id
    }
  }
`);
const SAVE = graphql(`
  mutation ListCallsSaveAssessment($input: AssessmentInput!) {
    saveAssessmentDraft(input: $input) {
      version
    }
  }
`);
const EVALUATIONS_WITH_MINE = graphql(`
  query ListCallsEvaluationsWithMine($clusterId: ID!) {
    evaluations(clusterId: $clusterId, first: 20) {
      nodes {
        id
        myAssessment {
          scores {
            criterionId
          }
        }
      }
    }
  }
`);
const CITIES = graphql(`
  query ListCallsCities($clusterId: ID!) {
    cluster(id: $clusterId) {
      cities(first: 20) {
        nodes {
          id
        }
      }
    }
  }
`);
const AGREEMENTS = graphql(`
  query ListCallsAgreements($clusterId: ID!) {
    agreements(clusterId: $clusterId, first: 20) {
      nodes {
        id
        versions {
          number
          duties {
            action
          }
        }
      }
    }
  }
`);
const INVENTORY = graphql(`
  query ListCallsInventory($clusterId: ID!) {
    inventory(clusterId: $clusterId, first: 50) {
      nodes {
        id
      }
    }
  }
`);

const REQUESTS = 3;
const OFFERS_PER_REQUEST = 2;
const EVALUATIONS = 3;
const OFFERING_CITIES = ['Tianjin', 'Beijing'];

// Each test has a cluster of its own: six cities with their depot stock and the rubrics, the accidents agreement in
// force, and, made below, a second agreement, aid requests with offers and evaluations of Tianjin.
let world: BuiltCluster;
beforeEach(async () => {
  world = await aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'].map(factsOf),
    inventory: true,
    rubrics: true,
    agreements: ['agr-jjj-accidents'],
  }).build();
  const langfang = world.city('Langfang').officer;
  for (let i = 0; i < REQUESTS; i++) {
    const request = await gql(langfang, REQUEST, {
      input: {
        clusterId: world.id,
        requesterCityId: world.city('Langfang').id,
        resourceTypeId: 'mobile-pump-unit',
        minimumTier: 'II',
        quantity: 10,
        neededBy: hoursFrom(new Date().toISOString(), 12),
        destination: { name: 'Langfang flood line', latitude: 39.44, longitude: 116.3 },
      },
    });
    expect(request.errors).toBeUndefined();
    for (const name of OFFERING_CITIES.slice(0, OFFERS_PER_REQUEST)) {
      const itemId = world.depotItem(name, 'mobile-pump-unit', 'II');
      const offer = await gql(world.city(name).officer, OFFER, {
        input: { requestId: request.data!.requestAid.id, itemId, quantity: 1 },
      });
      expect(offer.errors).toBeUndefined();
    }
  }
  const coordinator = world.coordinator;
  await agreementInForce(
    coordinator,
    new AgreementBuilder()
      .with({
        clusterId: world.id,
        title: 'Haihe flood response (test)',
        partyCityIds: [world.city('Tianjin').id, world.city('Langfang').id],
      })
      .duty('ORIGIN', 'REPORT', 'PT2H')
      .build(),
  );
  const evaluator = world.evaluator.token;
  for (let i = 0; i < EVALUATIONS; i++) {
    const opened = await gql(coordinator, OPEN, {
      input: {
        clusterId: world.id,
        rubricId: 'participant-performance',
        title: `Tianjin, exercise ${i + 1}`,
        targetType: 'CITY',
        cityId: world.city('Tianjin').id,
        panel: [world.evaluator.id],
      },
    });
    expect(opened.errors).toBeUndefined();
    // The evaluator has a draft for all but the last, which shows no assessment of theirs.
    if (i < EVALUATIONS - 1) {
      const saved = await gql(evaluator, SAVE, {
        input: {
          evaluationId: opened.data!.openEvaluation.id,
          scores: [{ criterionId: 'leadership-coordination', score: 4 }],
        },
      });
      expect(saved.errors).toBeUndefined();
    }
  }
});

test('a page of aid requests with their offers: 3 calls (scope, requests, all their offers)', async () => {
  const { data, calls } = await callsOf(async () =>
    gql(world.coordinator, REQUESTS_WITH_OFFERS, { clusterId: world.id }),
  );
  expect(data.aidRequests.nodes).toHaveLength(REQUESTS);
  for (const request of data.aidRequests.nodes) expect(request.offers).toHaveLength(OFFERS_PER_REQUEST);
  expect(calls).toBeLessThanOrEqual(2 + 1);
});

test('offers name their request from the page already read: 3 calls however many offers', async () => {
  const { data, calls } = await callsOf(async () =>
    gql(world.coordinator, OFFERS_WITH_THEIR_REQUEST, { clusterId: world.id }),
  );
  const offers = data.aidRequests.nodes.flatMap((request) => request.offers);
  expect(offers).toHaveLength(REQUESTS * OFFERS_PER_REQUEST);
  for (const offer of offers) expect(offer.request.quantity).toBe(10);
  // Two levels read (the requests, their offers); each offer's request is one of the page already read.
  expect(calls).toBeLessThanOrEqual(2 + 1);
});

test("a page of evaluations with the evaluator's own assessment: 3 calls (scope, evaluations, all assessments)", async () => {
  const { data, calls } = await callsOf(async () =>
    gql(world.evaluator.token, EVALUATIONS_WITH_MINE, { clusterId: world.id }),
  );
  expect(data.evaluations.nodes).toHaveLength(EVALUATIONS);
  expect(data.evaluations.nodes.filter((evaluation) => evaluation.myAssessment !== null)).toHaveLength(EVALUATIONS - 1);
  expect(calls).toBeLessThanOrEqual(2 + 1);
});

test('cities of a cluster: 2 calls (scope, cities)', async () => {
  const { data, calls } = await callsOf(async () => gql(world.coordinator, CITIES, { clusterId: world.id }));
  expect(data.cluster.cities.nodes.length).toBeGreaterThan(2);
  expect(calls).toBeLessThanOrEqual(1 + 1);
});

test('agreements with their versions and duties: 3 calls (scope, agreements, their versions)', async () => {
  const { data, calls } = await callsOf(async () => gql(world.coordinator, AGREEMENTS, { clusterId: world.id }));
  expect(data.agreements.nodes.length).toBeGreaterThan(1);
  expect(calls).toBeLessThanOrEqual(2 + 1);
});

test('inventory: 2 calls (scope, items)', async () => {
  const { data, calls } = await callsOf(async () => gql(world.coordinator, INVENTORY, { clusterId: world.id }));
  expect(data.inventory.nodes.length).toBeGreaterThan(2);
  expect(calls).toBeLessThanOrEqual(1 + 1);
});

test('a request created before requests listed their offers still shows every offer, old and new', async () => {
  const coordinator = world.coordinator;
  const page = await gql(coordinator, REQUESTS_WITH_OFFERS, { clusterId: world.id });
  const older = page.data!.aidRequests.nodes[0];
  // As stored by the previous version: no list of offers on the request.
  await AidRequestEntity.patch({ requestId: older.id }).remove(['offerIds']).go();
  const itemId = world.depotItem('Baoding', 'mobile-pump-unit', 'II');
  const added = await gql(world.city('Baoding').officer, OFFER, {
    input: { requestId: older.id, itemId, quantity: 1 },
  });
  expect(added.errors).toBeUndefined();
  const after = await gql(coordinator, REQUESTS_WITH_OFFERS, { clusterId: world.id });
  expect(after.data!.aidRequests.nodes.find((request) => request.id === older.id)?.offers.map((o) => o.id)).toEqual([
    ...older.offers.map((offer) => offer.id),
    added.data!.offerAid.id,
  ]);
});
