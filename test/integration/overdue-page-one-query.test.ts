import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { config } from '../../src/config';
import { dynamoClients, documentClient } from '../../src/store/client';
import { ObligationEntity } from '../../src/store/entities';
import { gql } from '../support/api';
import { hoursFrom } from '../support/builders';
import { testClock } from '../support/clock';
import { CONFIRM, REPORT } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

// Each test has a Beijing–Tianjin–Hebei of its own under the accident responsibility list: a level III accident owes
// the origin a 1-hour report and a 2-hour on-site command, each affected city a 2-hour warning, and the office a 6-hour
// bulletin; three hours on, four of them are overdue.
afterAll(() => testClock.reset());

let world: BuiltCluster;
const coordinator = async () => world.coordinator;

/** "Overdue in my cluster", the coordinator's first screen. */
const OVERDUE_PAGE = graphql(`
  query OverduePage($clusterId: ID!) {
    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {
      nodes {
        id
        status
        dueAt
        city {
          name
        }
        duty {
          action
        }
        event {
          category
          description
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
/** The same page asking for more of each nested record, so they are loaded: the reference answer. */
const LOADED_PAGE = graphql(`
  query OverduePageLoaded($clusterId: ID!) {
    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {
      nodes {
        id
        city {
          name
          province
        }
        duty {
          action
          deadline
        }
        event {
          category
          description
          status
        }
      }
    }
  }
`);

const shown = (nodes: Array<{ id: string; city: { name: string } | null; duty: { action: string }; event: unknown }>) =>
  nodes.map(({ id, city, duty, event }) => ({
    id,
    city: city?.name ?? null,
    action: duty.action,
    event: event && {
      category: (event as { category: string }).category,
      description: (event as { description: string }).description,
    },
  }));

let counter: ReturnType<typeof countDynamoCalls>;
beforeAll(() => {
  counter = countDynamoCalls(dynamoClients);
});

beforeEach(async () => {
  world = await aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'],
    agreements: ['agr-jjj-accidents'],
  }).build();
  testClock.setTo(new Date().toISOString());
  const reported = await gql(world.city('Tangshan').officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city('Tangshan').id,
      affectedCityIds: [world.city('Tianjin').id, world.city('Langfang').id],
      location: { description: 'Port chemical yard' },
      description: 'Chlorine tank leak at the port',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const confirmed = await gql(await coordinator(), CONFIRM, { input: { eventId: reported.data!.reportRiskEvent.id } });
  expect(confirmed.errors).toBeUndefined();
  testClock.advance(3 * 3_600_000);
});

test('the overdue page of fresh obligations is one Query: city name, duty action and event come from the obligation', async () => {
  counter.reset();
  const page = await gql(await coordinator(), OVERDUE_PAGE, { clusterId: world.id });
  expect(page.errors).toBeUndefined();
  expect(counter.byCommand).toEqual({ QueryCommand: 1 });
  const nodes = page.data!.obligations.nodes;
  expect(nodes.length).toBeGreaterThanOrEqual(4);
  expect(nodes.every((node) => node.status === 'OVERDUE')).toBe(true);
  expect(new Set(nodes.map((node) => node.city?.name))).toEqual(new Set(['Tangshan', 'Tianjin', 'Langfang']));
  expect(nodes.every((node) => node.event?.description === 'Chlorine tank leak at the port')).toBe(true);
  // What the page shows is what the records say.
  const loaded = await gql(await coordinator(), LOADED_PAGE, { clusterId: world.id });
  expect(loaded.errors).toBeUndefined();
  expect(shown(nodes)).toEqual(shown(loaded.data!.obligations.nodes));
});

test('an obligation stored before it carried its city and event still shows them, loaded from their records', async () => {
  const before = await gql(await coordinator(), OVERDUE_PAGE, { clusterId: world.id });
  const { data } = await ObligationEntity.query
    .byClusterState({ clusterId: world.id, openState: 'OPEN' })
    .go({ pages: 'all' });
  const legacy = data.find(
    (obligation) => obligation.cityId && obligation.eventId && obligation.dueAt < testClock.now(),
  )!;
  // As an earlier release stored it: no copies of the city's name or the event's category and description.
  await documentClient.send(
    new UpdateCommand({
      TableName: config.TABLE_NAME,
      Key: ObligationEntity.get({ obligationId: legacy.obligationId }).params<{ Key: Record<string, string> }>().Key,
      UpdateExpression: 'REMOVE cityName, eventCategory, eventDescription',
    }),
  );
  counter.reset();
  const after = await gql(await coordinator(), OVERDUE_PAGE, { clusterId: world.id });
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual(before.data);
  // The legacy obligation's city and event are loaded (one batch each); the others still answer from themselves.
  expect(counter.byCommand).toEqual({ QueryCommand: 1, BatchGetItemCommand: 2 });
});

test('a cluster the caller cannot see is still NOT_FOUND, and an empty page of an existing cluster is empty', async () => {
  // Without the cluster read first: a cluster the caller may not see answers as one that does not exist.
  const missing = await gql(world.superior, OVERDUE_PAGE, { clusterId: 'cluster-nowhere' });
  expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  testClock.setTo(hoursFrom(new Date().toISOString(), -24 * 365));
  const empty = await gql(await coordinator(), OVERDUE_PAGE, { clusterId: world.id });
  expect(empty.errors).toBeUndefined();
  expect(empty.data!.obligations.nodes).toEqual([]);
});
