import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce } from '../support/builders';
import { OBLIGATIONS } from '../support/operations';
import { runUpkeepJob, testClock } from '../support/clock';
import { aCluster } from '../support/world';
import { graphql } from '../generated';

afterEach(() => testClock.reset());

const CONTRIBUTE = graphql(`
  mutation FundContribute($input: FundContributionInput!) {
    recordFundContribution(input: $input) {
      id
      city {
        id
      }
      thirdParty
      amount {
        amountMinor
      }
      reference
    }
  }
`);
const FUND = graphql(`
  query FundFund($clusterId: ID!) {
    fund(clusterId: $clusterId) {
      fromMembers {
        amountMinor
      }
      fromThirdParties {
        amountMinor
      }
      disbursed {
        amountMinor
      }
      balance {
        amountMinor
        currency
      }
      owed {
        amountMinor
      }
      contributions {
        reference
      }
    }
  }
`);
const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });

test('yearly contributions are owed by every party, and a recorded contribution fulfils the member\u2019s', async () => {
  const world = await aCluster({ cities: ['Langfang', 'Tianjin', 'Baoding'] }).build();
  // Another cluster under the Taipu agreement, whose yearly drill the same upkeep run opens for its four parties.
  await aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou'], agreements: ['agr-yrd-water'] }).build();
  const coordinator = world.coordinator;
  const parties = world.cityIds();
  // The first contribution period starts a moment after the parties ratify.
  const ratifiedAt = testClock.setTo(new Date().toISOString());
  const effectiveFrom = new Date(Date.parse(ratifiedAt) + 3000).toISOString();
  const agreementId = await agreementInForce(
    coordinator,
    new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: parties, categories: ['NATURAL_DISASTER'], effectiveFrom })
      .duty('AFFECTED', 'FUND_CONTRIBUTION', 'P30D', {
        recurrence: 'P1Y',
        action: 'Pay the yearly contribution to the regional compensation fund',
        amount: cny('50000000'),
      })
      .build(),
  );
  testClock.setTo(new Date(Date.parse(effectiveFrom) + 200).toISOString());

  expect((await runUpkeepJob()).opened).toBe(3 + 4); // ours, and the seeded Taipu agreement's yearly drill for its 4 parties
  const owed = await gql(coordinator, OBLIGATIONS, {
    clusterId: world.id,
    filter: { agreementId, kind: 'FUND_CONTRIBUTION' },
  });
  expect(owed.data!.obligations.nodes.map((o) => [o.city?.id, o.status]).sort()).toEqual(
    parties.map((city) => [city, 'OPEN']).sort(),
  );

  // Too little: recorded, but Tianjin's yearly contribution stays open.
  await gql(coordinator, CONTRIBUTE, {
    input: {
      clusterId: world.id,
      cityId: world.city('Tianjin').id,
      amount: cny('10000000'),
      reference: 'TJ-2026-FUND-PART',
      receivedAt: testClock.now(),
    },
  });
  const partial = await gql(coordinator, OBLIGATIONS, {
    clusterId: world.id,
    filter: { agreementId, kind: 'FUND_CONTRIBUTION', cityId: world.city('Tianjin').id },
  });
  expect(partial.data?.obligations.nodes[0].status).toBe('OPEN');

  const paid = await gql(coordinator, CONTRIBUTE, {
    input: {
      clusterId: world.id,
      cityId: world.city('Langfang').id,
      amount: cny('50000000'),
      reference: 'LF-2026-FUND',
      receivedAt: testClock.now(),
    },
  });
  expect(paid.data?.recordFundContribution).toMatchObject({
    city: { id: world.city('Langfang').id },
    amount: { amountMinor: '50000000' },
  });
  const after = await gql(coordinator, OBLIGATIONS, {
    clusterId: world.id,
    filter: { agreementId, kind: 'FUND_CONTRIBUTION', cityId: world.city('Langfang').id },
  });
  expect(after.data?.obligations.nodes[0]).toMatchObject({
    status: 'FULFILLED',
    evidence: { text: expect.stringMatching(/LF-2026-FUND/) as string },
  });

  await gql(coordinator, CONTRIBUTE, {
    input: {
      clusterId: world.id,
      thirdParty: 'PICC Property and Casualty (catastrophe cover)',
      amount: cny('20000000'),
      reference: 'PICC-2026-77',
      receivedAt: testClock.now(),
    },
  });
  expect(
    onlyError(
      await gql(coordinator, CONTRIBUTE, {
        input: {
          clusterId: world.id,
          cityId: world.city('Langfang').id,
          amount: cny('50000000'),
          reference: 'lf-2026-fund',
          receivedAt: testClock.now(),
        },
      }),
    ),
  ).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/never counted twice/) as string });
  const fund = await gql(world.city('Langfang').officer, FUND, { clusterId: world.id });
  expect(fund.data?.fund).toMatchObject({
    fromMembers: { amountMinor: '60000000' },
    fromThirdParties: { amountMinor: '20000000' },
    disbursed: { amountMinor: '0' },
    balance: { amountMinor: '80000000', currency: 'CNY' },
    owed: { amountMinor: '0' },
  });
});

test('only the coordination office records contributions, and not for another cluster', async () => {
  const [world, other] = await Promise.all([aCluster({ cities: ['Tianjin'] }).build(), aCluster().build()]);
  const input = {
    clusterId: world.id,
    cityId: world.city('Tianjin').id,
    amount: cny('1'),
    reference: 'x-1',
    receivedAt: new Date().toISOString(),
  };
  for (const token of [world.city('Tianjin').officer, world.evaluator.token, world.superior]) {
    expect(onlyError(await gql(token, CONTRIBUTE, { input })).code).toBe('FORBIDDEN');
  }
  expect(onlyError(await gql(other.coordinator, CONTRIBUTE, { input })).code).toBe('NOT_FOUND');
  expect(onlyError(await gql(world.coordinator, CONTRIBUTE, { input: { ...input, thirdParty: 'Both' } })).code).toBe(
    'BAD_USER_INPUT',
  );
});
