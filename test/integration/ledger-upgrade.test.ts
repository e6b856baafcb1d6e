import { demoToken, gql } from '../support/api';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';
import { FundContributionEntity, LedgerEntryEntity, type StoredLedgerEntry } from '../../src/store/entities';
import { forgetKeptTotals } from '../../src/store/ledger';

beforeAll(freshTableWithDemoData);

const CLUSTER = 'cluster-yrd';
const recordedBy = { id: 'demo-coordinator-yrd', name: 'Coordinator', role: 'COORDINATOR' as const };

const VIEWS = graphql(`
  query UpgradeViews($clusterId: ID!) {
    fund(clusterId: $clusterId) {
      balance {
        amountMinor
      }
      disbursed {
        amountMinor
      }
      fromMembers {
        amountMinor
      }
      owed {
        amountMinor
      }
    }
    balances(clusterId: $clusterId) {
      partyId
      net {
        amountMinor
      }
    }
  }
`);
const PAY = graphql(`
  mutation UpgradePay($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
    }
  }
`);

const line = (entryId: string, fields: Partial<StoredLedgerEntry>): StoredLedgerEntry => ({
  entryId,
  clusterId: CLUSTER,
  kind: 'CLAIM_SHARE',
  payerId: 'city-jiaxing',
  payeeId: 'city-shanghai',
  amountMinor: '100000',
  currency: 'CNY',
  at: '2026-03-01T08:00:00.000Z',
  recordedBy,
  ...fields,
});

async function views() {
  const response = await gql(await demoToken('demo-coordinator-yrd'), VIEWS, { clusterId: CLUSTER });
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  return { ...data, net: Object.fromEntries(data.balances.map((b) => [b.partyId, b.net.amountMinor])) };
}

test('a ledger written before totals were kept gets them computed once, and keeps them from then on', async () => {
  // Written the way an earlier release wrote them: lines and a contribution, no totals beside them.
  for (const entry of [
    line('legacy-1', {}),
    line('legacy-2', { payerId: 'FUND', payeeId: 'city-shanghai', amountMinor: '40000' }),
    line('legacy-3', { kind: 'PAYMENT', payerId: 'city-shanghai', payeeId: 'city-jiaxing', amountMinor: '25000' }),
  ])
    await LedgerEntryEntity.create(entry).go();
  await FundContributionEntity.create({
    contributionId: 'legacy-contribution',
    clusterId: CLUSTER,
    cityId: 'city-jiaxing',
    amountMinor: '90000',
    currency: 'CNY',
    reference: 'JX-2025',
    receivedAt: '2026-01-10T08:00:00.000Z',
    recordedBy,
  }).go();

  const first = await views();
  expect(first.net).toMatchObject({ 'city-jiaxing': '-75000', 'city-shanghai': '115000', FUND: '-40000' });
  expect(first.fund).toMatchObject({
    balance: { amountMinor: '90000' },
    fromMembers: { amountMinor: '90000' },
    owed: { amountMinor: '40000' },
  });

  // From now on the totals move with every write, and a new container does not compute them again.
  const paid = await gql(await demoToken('demo-coordinator-yrd'), PAY, {
    input: {
      clusterId: CLUSTER,
      fromId: 'FUND',
      toId: 'city-shanghai',
      amount: { amountMinor: '40000', currency: 'CNY' },
      reference: 'YRD-FUND-1',
      paidAt: new Date().toISOString(),
    },
  });
  expect(paid.errors).toBeUndefined();
  forgetKeptTotals();
  const later = await views();
  expect(later.net).toMatchObject({ 'city-jiaxing': '-75000', 'city-shanghai': '75000', FUND: '0' });
  expect(later.fund).toMatchObject({ balance: { amountMinor: '50000' }, disbursed: { amountMinor: '40000' } });
});
