import { gql, onlyError } from '../support/api';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

const LARGEST = '9999999999999999'; // 16 digits of minor units: the largest amount CityPact records
const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });

const CONTRIBUTE = graphql(`
  mutation LimitsContribute($input: FundContributionInput!) {
    recordFundContribution(input: $input) {
      id
    }
  }
`);
const SURCHARGE = graphql(`
  mutation LimitsSurcharge($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const VIEWS = graphql(`
  query LimitsViews($clusterId: ID!) {
    fund(clusterId: $clusterId) {
      balance {
        amountMinor
      }
      fromThirdParties {
        amountMinor
      }
      dueToFund {
        amountMinor
      }
    }
    balances(clusterId: $clusterId) {
      partyId
      net {
        amountMinor
      }
    }
    settlementPlan(clusterId: $clusterId) {
      fromId
      toId
      amount {
        amountMinor
      }
    }
  }
`);

async function views(world: BuiltCluster) {
  const response = await gql(world.coordinator, VIEWS, { clusterId: world.id });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

test('a second 16-digit contribution is refused, and the fund and ledger views stay readable', async () => {
  const world = await aCluster().build();
  const coordinator = world.coordinator;
  const contribute = (reference: string) =>
    gql(coordinator, CONTRIBUTE, {
      input: {
        clusterId: world.id,
        thirdParty: 'Provincial treasury',
        amount: cny(LARGEST),
        reference,
        receivedAt: new Date().toISOString(),
      },
    });
  expect((await contribute('HUGE-1')).errors).toBeUndefined();
  const refused = onlyError(await contribute('HUGE-2'));
  expect(refused.code).toBe('BAD_USER_INPUT');
  expect(refused.message).toMatch(/would pass the largest amount CityPact records\. Nothing was recorded/);
  const after = await views(world);
  expect(after.fund.balance.amountMinor).toBe(LARGEST);
  expect(after.fund.fromThirdParties.amountMinor).toBe(LARGEST);
});

test('a second 16-digit surcharge on the same city is refused, and balances and the plan stay readable', async () => {
  const world = await aCluster({
    cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'],
    agreements: ['agr-jjj-accidents'],
  }).build();
  const coordinator = world.coordinator;
  const baoding = world.city('Baoding').id;
  const surcharge = () =>
    gql(coordinator, SURCHARGE, {
      input: {
        clusterId: world.id,
        cityId: baoding,
        agreementId: world.agreement('agr-jjj-accidents'),
        kind: 'NON_COOPERATION',
        note: 'Did not send the agreed liaison officer.',
        evidence: { text: 'Command post log', links: ['https://example.org/log'] },
        consequence: { kind: 'FUND_SURCHARGE', amount: cny(LARGEST) },
      },
    });
  expect((await surcharge()).errors).toBeUndefined();
  const refused = onlyError(await surcharge());
  expect(refused.code).toBe('BAD_USER_INPUT');
  expect(refused.message).toMatch(/Baoding|regional fund/);
  expect(refused.message).toMatch(
    /past the largest amount CityPact records \(16 digits of minor units\)\. Nothing was recorded/,
  );
  const after = await views(world);
  expect(after.balances.find((balance) => balance.partyId === baoding)?.net.amountMinor).toBe(`-${LARGEST}`);
  expect(after.fund.dueToFund.amountMinor).toBe(LARGEST);
  expect(after.settlementPlan).toEqual([{ fromId: baoding, toId: 'FUND', amount: { amountMinor: LARGEST } }]);
});
