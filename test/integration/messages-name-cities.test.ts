import { demoToken, gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom, officerOf } from '../support/builders';
import { CONFIRM, DRAFT, REPORT } from '../support/operations';
import { freshTableWithDemoData } from '../support/table';
import type { DraftAgreementInput, FileClaimInput } from '../generated/graphql';
import { graphql } from '../generated';

// Refusals speak to officials: a city is named by its name ("Huzhou"), never by its id ("city-huzhou").

beforeAll(freshTableWithDemoData);

const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });

function refusedNaming(response: Parameters<typeof onlyError>[0], message: RegExp) {
  const error = onlyError(response);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) as string });
  expect(error.message).not.toMatch(/city-[a-z]/);
}

test('drafting an agreement: a duty or a fixed share for a member city that is not a party', async () => {
  const coordinator = await demoToken('demo-coordinator-yrd');
  const duty = new AgreementBuilder()
    .duty('NAMED_CITY', 'PROVIDE_RESOURCES', 'PT12H', { cityId: 'city-huzhou', role: 'ASSIST' })
    .build();
  refusedNaming(await gql(coordinator, DRAFT, { input: duty }), /^Duty 1: Huzhou is not a party to this agreement\.$/);
  const shares: DraftAgreementInput = {
    ...new AgreementBuilder().duty('ORIGIN', 'REPORT', 'PT2H').build(),
    compensation: {
      coveredKinds: [{ kind: 'TRANSPORT' }],
      filingWindow: 'P90D',
      sharingRule: {
        kind: 'FIXED_SHARES',
        shares: [
          { cityId: 'city-suzhou', basisPoints: 5000 },
          { cityId: 'city-huzhou', basisPoints: 5000 },
        ],
      },
    },
  };
  refusedNaming(
    await gql(coordinator, DRAFT, { input: shares }),
    /^Huzhou is given a share but is not a party to this agreement\.$/,
  );
});

describe('claims and payments', () => {
  const parties = ['city-langfang', 'city-tianjin', 'city-beijing'];
  const FILE = graphql(`
    mutation MessagesNameCitiesFile($input: FileClaimInput!) {
      fileClaim(input: $input) {
        id
        version
      }
    }
  `);
  const PAY = graphql(`
    mutation MessagesNameCitiesPay($input: RecordPaymentInput!) {
      recordPayment(input: $input) {
        id
      }
    }
  `);
  let agreementId: string;
  let eventId: string;

  beforeAll(async () => {
    const coordinator = await demoToken('demo-coordinator-jjj');
    agreementId = await agreementInForce(coordinator, {
      ...new AgreementBuilder()
        .with({ clusterId: 'cluster-jjj', partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
        .duty('AFFECTED', 'SHARE_INFORMATION', 'PT12H')
        .build(),
      compensation: {
        coveredKinds: [{ kind: 'TRANSPORT' }],
        filingWindow: 'P90D',
        sharingRule: { kind: 'ORIGIN_PAYS' },
      },
    });
    const flood = await gql(await officerOf('city-langfang', 'cluster-jjj'), REPORT, {
      input: {
        clusterId: 'cluster-jjj',
        category: 'NATURAL_DISASTER',
        level: 'III',
        warning: 'ORANGE',
        originCityId: 'city-langfang',
        affectedCityIds: ['city-tianjin'],
        location: { description: 'Yongding River' },
        description: 'Levee seepage',
        observedAt: hoursFrom(new Date().toISOString(), -2),
      },
    });
    eventId = flood.data!.reportRiskEvent.id;
    await gql(coordinator, CONFIRM, { input: { eventId } });
  });

  test('the origin claiming under ORIGIN_PAYS is named', async () => {
    const claim: FileClaimInput = {
      agreementId,
      eventId,
      claimantCityId: 'city-langfang',
      items: [{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('100000'), evidence: ['invoice'] }],
    };
    refusedNaming(
      await gql(await officerOf('city-langfang', 'cluster-jjj'), FILE, { input: claim }),
      /Langfang is the origin of this event: a city cannot claim compensation from itself/,
    );
  });

  test('a payment beyond what the ledger says names both parties, the fund as the fund', async () => {
    const coordinator = await demoToken('demo-coordinator-jjj');
    const payment = {
      clusterId: 'cluster-jjj',
      fromId: 'city-beijing',
      toId: 'city-tianjin',
      amount: cny('100'),
      reference: 'names-1',
      paidAt: new Date().toISOString(),
    };
    refusedNaming(
      await gql(coordinator, PAY, { input: payment }),
      /^¥1\.00 is more than the ledger allows: Beijing owes ¥0\.00 in all and Tianjin is owed ¥0\.00\.$/,
    );
    refusedNaming(
      await gql(coordinator, PAY, { input: { ...payment, fromId: 'FUND', reference: 'names-2' } }),
      /the regional fund owes ¥0\.00 in all and Tianjin is owed/,
    );
  });
});
