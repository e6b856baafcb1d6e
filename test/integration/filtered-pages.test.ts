import { dynamoClients } from '../../src/store/client';
import { AidRequestEntity, type StoredAidRequest } from '../../src/store/entities';
import { MAX_PAGE_ROUNDS } from '../../src/store/pagination';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { gql } from '../support/api';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

/**
 * A filtered list costs a bounded number of DynamoDB calls per page, however far apart its matches lie: a page reads
 * in growing rounds, at most MAX_PAGE_ROUNDS, and ends short rather than reading on (src/store/pagination.ts).
 */
const OPEN_REQUESTS = graphql(`
  query FilteredPagesOpenRequests($clusterId: ID!, $first: Int!, $after: String) {
    aidRequests(clusterId: $clusterId, status: OPEN, first: $first, after: $after) {
      nodes {
        id
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

let world: BuiltCluster;
const counter = countDynamoCalls(dynamoClients);

/** Requests made directly in the store (the list's reads are what is measured), oldest first. */
function aidRequest(index: number, status: StoredAidRequest['status']): StoredAidRequest {
  return {
    requestId: `filtered-pages-${world.id}-${String(index).padStart(5, '0')}`,
    clusterId: world.id,
    requesterCityId: world.city('Suzhou').id,
    typeId: 'mobile-pump-unit',
    minimumTier: 'II',
    quantity: 5,
    acceptedQuantity: 0,
    status,
    neededBy: '2026-07-02T00:00:00.000Z',
    destination: { name: 'Suzhou depot', latitude: 31.3, longitude: 120.6 },
    requestedBy: { id: `officer-${world.city('Suzhou').id}`, name: 'Suzhou officer', role: 'CITY' },
    offerIds: [],
    createdAt: new Date(Date.UTC(2026, 6, 1) + index * 60_000).toISOString(),
    version: 1,
    ...(status === 'OPEN' ? {} : { closedAt: '2026-07-03T00:00:00.000Z', closingReason: 'Covered' }),
  };
}

async function seed(from: number, count: number, status: StoredAidRequest['status']): Promise<void> {
  const items = Array.from({ length: count }, (_, i) => aidRequest(from + i, status));
  const { unprocessed } = await AidRequestEntity.put(items).go();
  expect(unprocessed).toEqual([]);
}

async function openPage(first: number, after?: string | null) {
  counter.reset();
  const response = await gql(world.coordinator, OPEN_REQUESTS, {
    clusterId: world.id,
    first,
    after: after ?? null,
  });
  expect(response.errors).toBeUndefined();
  return { page: response.data!.aidRequests, calls: counter.total };
}

const openOne = () => aidRequest(0, 'OPEN').requestId;

// Each test has a cluster of its own, holding one open aid request and 400 closed ones.
beforeEach(async () => {
  world = await aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai'] }).build();
  // The one open request is the oldest: newest first, it comes after every closed one.
  await seed(0, 1, 'OPEN');
  await seed(1, 400, 'CLOSED');
});

test('an open request behind 400 closed ones is found in a few calls, not one per page size examined', async () => {
  const { page, calls } = await openPage(5);
  expect(page.nodes).toEqual([{ id: openOne(), status: 'OPEN' }]);
  expect(page.pageInfo.hasNextPage).toBe(false);
  // The caller's scope, then the rounds (6, 48, 384 items examined): 4 calls where 6 items a call took 68.
  expect(calls).toBeLessThanOrEqual(MAX_PAGE_ROUNDS + 1);
  expect(calls).toBe(4);
});

test('past what one page may read, the page ends short and the next one goes on: nothing is lost', async () => {
  await seed(401, 1_200, 'CLOSED');
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const { page, calls }: Awaited<ReturnType<typeof openPage>> = await openPage(1, after);
    expect(calls).toBeLessThanOrEqual(MAX_PAGE_ROUNDS + 1);
    seen.push(...page.nodes.map((node) => node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    pages += 1;
  } while (after !== null && pages < 10);
  expect(seen).toEqual([openOne()]);
  // 1,601 requests, at most 2 + 16 + 128 + 1,000 examined a page: the first page ends short (empty), the second finds it.
  expect(pages).toBe(2);
}, 90_000); // sized to the work under load: 1,200 requests written, then pages examining up to 1,146 each
