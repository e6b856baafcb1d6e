import { dynamoClients } from '../../src/store/client';
import { repositories } from '../../src/store';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { gql } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom, officerOf } from '../support/builders';
import { testClock } from '../support/clock';
import { CREATE_ACTION, REPORT_PROGRESS, anEvaluation, daysFromNow, ok } from '../support/corrective';
import { CONFIRM, REPORT } from '../support/operations';
import { aCluster } from '../support/world';
import { graphql } from '../generated';

/**
 * Lists nested under every item of a page cost one call for the whole page, not one per item: a page of claims with
 * their ledger entries, a page of corrective actions with their history, each asserted at `levels + 1` calls (the
 * caller's scope is read when the request starts), and each showing exactly what the item's own read shows.
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

afterAll(() => testClock.reset());

const FILE = graphql(`
  mutation NestedCallsFile($input: FileClaimInput!) {
    fileClaim(input: $input) {
      id
      version
    }
  }
`);
const REVIEW = graphql(`
  mutation NestedCallsReview($input: ClaimActionInput!) {
    startClaimReview(input: $input) {
      id
      version
    }
  }
`);
const DECIDE = graphql(`
  mutation NestedCallsDecide($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      id
      status
    }
  }
`);
const CLAIMS_WITH_LEDGER = graphql(`
  query NestedCallsClaimsWithLedger($clusterId: ID!) {
    claims(clusterId: $clusterId, first: 20) {
      nodes {
        id
        ledgerEntries {
          id
          kind
          payerId
          payeeId
          claimId
          amount {
            amountMinor
            currency
          }
        }
      }
    }
  }
`);
const ACTIONS_WITH_HISTORY = graphql(`
  query NestedCallsActionsWithHistory($clusterId: ID!, $first: Int) {
    correctiveActions(clusterId: $clusterId, first: 20) {
      nodes {
        id
        version
        history(first: $first) {
          nodes {
            version
            kind
            status
            note
            percent
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);
const ACTION_HISTORY_AFTER = graphql(`
  query NestedCallsActionHistoryAfter($id: ID!, $first: Int, $after: String) {
    correctiveAction(id: $id) {
      history(first: $first, after: $after) {
        nodes {
          version
          kind
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const CLAIMANTS = ['Langfang', 'Tianjin', 'Beijing', 'Baoding'];

test('a page of claims with their ledger entries: 3 calls (scope, claims, every entry of the page), the entries each claim names', async () => {
  const world = await aCluster({ cities: CLAIMANTS, agreements: [] }).build();
  const parties = CLAIMANTS.map((name) => world.city(name).id);
  const agreementId = await agreementInForce(world.coordinator, {
    ...new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .build(),
    compensation: {
      coveredKinds: [{ kind: 'TRANSPORT' }],
      filingWindow: 'P90D',
      sharingRule: { kind: 'EQUAL_SHARE' },
    },
  });
  const event = await gql(await officerOf(parties[0], world.id), REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'IV',
      warning: 'BLUE',
      originCityId: parties[0],
      affectedCityIds: parties.slice(1),
      location: { description: 'Chaobai River' },
      description: 'Local flooding',
      observedAt: hoursFrom(new Date().toISOString(), -1),
    },
  });
  const eventId = event.data!.reportRiskEvent.id;
  expect((await gql(world.coordinator, CONFIRM, { input: { eventId } })).errors).toBeUndefined();
  for (const [i, cityId] of parties.entries()) {
    const filed = await gql(await officerOf(cityId, world.id), FILE, {
      input: {
        agreementId,
        eventId,
        claimantCityId: cityId,
        items: [
          {
            kind: 'TRANSPORT',
            description: 'Trucks',
            amount: { amountMinor: String(300_000 + i * 30_000), currency: 'CNY' },
            evidence: ['invoice'],
          },
        ],
      },
    });
    expect(filed.errors).toBeUndefined();
    const reviewed = await gql(world.coordinator, REVIEW, {
      input: { claimId: filed.data!.fileClaim.id, expectedVersion: filed.data!.fileClaim.version },
    });
    const claim = reviewed.data!.startClaimReview;
    const decided = await gql(world.coordinator, DECIDE, {
      input: {
        claimId: claim.id,
        expectedVersion: claim.version,
        decision: 'APPROVE',
        items: [{ number: 1, approved: { amountMinor: String(300_000 + i * 30_000), currency: 'CNY' } }],
      },
    });
    expect(decided.data?.decideClaim.status).toBe('APPROVED');
  }

  const { data, calls } = await callsOf(() => gql(world.coordinator, CLAIMS_WITH_LEDGER, { clusterId: world.id }));
  const claims = data.claims.nodes;
  expect(claims).toHaveLength(CLAIMANTS.length);
  // Equal shares among the four parties: each approval charged the three other parties.
  for (const claim of claims) expect(claim.ledgerEntries).toHaveLength(CLAIMANTS.length - 1);
  expect(calls).toBeLessThanOrEqual(2 + 1);

  // The same entries, in the same order, as each claim's own stored list names them.
  for (const claim of claims) {
    const stored = (await repositories.claims.getMany([claim.id]))[0]!;
    const entries = await repositories.ledger.getMany(world.id, stored.ledgerEntryIds ?? []);
    expect(claim.ledgerEntries).toEqual(
      entries.map((entry) => ({
        id: entry!.entryId,
        kind: entry!.kind,
        payerId: entry!.payerId,
        payeeId: entry!.payeeId,
        claimId: claim.id,
        amount: { amountMinor: entry!.amountMinor, currency: entry!.currency },
      })),
    );
  }
}, 120_000);

test('a page of corrective actions with their history: 3 calls (scope, actions, every step shown), each page as its own history reads it', async () => {
  testClock.setTo('2026-09-01T08:00:00Z');
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const langfang = cluster.city('Langfang');
  const evaluationId = await anEvaluation(cluster);
  // Four actions with 1, 2, 3 and 4 steps.
  for (let n = 0; n < 4; n++) {
    const created = ok(
      'creating',
      await gql(cluster.coordinator, CREATE_ACTION, {
        input: {
          evaluationId,
          ownerCityId: langfang.id,
          action: `Install gauge number ${n + 1} upstream of the Yongding sluice`,
          recommendation: 'Install a second water-level gauge upstream.',
          dueAt: daysFromNow(30),
          idempotencyKey: `gauge-${n}`,
        },
      }),
    ).createCorrectiveAction;
    for (let step = 1; step <= n; step++)
      ok(
        'progress',
        await gql(langfang.officer, REPORT_PROGRESS, {
          input: {
            correctiveActionId: created.id,
            expectedVersion: step,
            note: `Step ${step} of gauge ${n + 1}`,
            percent: step * 20,
          },
        }),
      );
  }

  for (const first of [20, 2]) {
    const { data, calls } = await callsOf(() =>
      gql(cluster.coordinator, ACTIONS_WITH_HISTORY, { clusterId: cluster.id, first }),
    );
    const actions = data.correctiveActions.nodes;
    expect(actions.map((action) => action.version).sort()).toEqual([1, 2, 3, 4]);
    expect(calls).toBeLessThanOrEqual(2 + 1);

    for (const action of actions) {
      // Newest first, as the action's own history reads it (one Query of that action).
      const own = await repositories.correctiveActions.history(action.id, { first });
      expect(action.history.nodes).toEqual(
        own.items.map((step) => ({
          version: step.version,
          kind: step.kind,
          status: step.statusAfter,
          note: step.note ?? null,
          percent: step.percent ?? null,
        })),
      );
      expect(action.history.nodes.map((step) => step.version)).toEqual(
        Array.from({ length: Math.min(first, action.version) }, (_, i) => action.version - i),
      );
      expect(action.history.pageInfo.hasNextPage).toBe(own.hasNextPage);
      // The page's cursor leads on to the rest of the history, as before.
      if (action.history.pageInfo.hasNextPage) {
        const rest = ok(
          'the next page',
          await gql(cluster.coordinator, ACTION_HISTORY_AFTER, {
            id: action.id,
            first: 20,
            after: action.history.pageInfo.endCursor,
          }),
        ).correctiveAction.history;
        expect(rest.nodes.map((step) => step.version)).toEqual(
          Array.from({ length: action.version - first }, (_, i) => action.version - first - i),
        );
        expect(rest.pageInfo.hasNextPage).toBe(false);
      }
    }
  }
}, 120_000);
