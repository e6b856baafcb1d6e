import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { CONFIRM, DRAFT, REPORT } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import type { DraftAgreementInput, FileClaimInput } from '../generated/graphql';
import { graphql } from '../generated';

// Refusals speak to officials: a city is named by its name ("Huzhou"), never by its id ("city-huzhou").

const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });

function refusedNaming(response: Parameters<typeof onlyError>[0], message: RegExp) {
  const error = onlyError(response);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) as string });
  expect(error.message).not.toMatch(/city-[a-z]/);
}

test('drafting an agreement: a duty or a fixed share for a member city that is not a party', async () => {
  const world = await aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou'] }).build();
  const coordinator = world.coordinator;
  const parties = { clusterId: world.id, partyCityIds: ['Suzhou', 'Jiaxing', 'Shanghai'].map((n) => world.city(n).id) };
  const duty = new AgreementBuilder()
    .with(parties)
    .duty('NAMED_CITY', 'PROVIDE_RESOURCES', 'PT12H', { cityId: world.city('Huzhou').id, role: 'ASSIST' })
    .build();
  refusedNaming(await gql(coordinator, DRAFT, { input: duty }), /^Duty 1: Huzhou is not a party to this agreement\.$/);
  const shares: DraftAgreementInput = {
    ...new AgreementBuilder().with(parties).duty('ORIGIN', 'REPORT', 'PT2H').build(),
    compensation: {
      coveredKinds: [{ kind: 'TRANSPORT' }],
      filingWindow: 'P90D',
      sharingRule: {
        kind: 'FIXED_SHARES',
        shares: [
          { cityId: world.city('Suzhou').id, basisPoints: 5000 },
          { cityId: world.city('Huzhou').id, basisPoints: 5000 },
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
  /** A cluster of the test's own under an ORIGIN_PAYS flood agreement, with a confirmed flood at Langfang. */
  async function floodAtLangfang(): Promise<{ world: BuiltCluster; agreementId: string; eventId: string }> {
    const world = await aCluster({ cities: ['Langfang', 'Tianjin', 'Beijing'] }).build();
    const coordinator = world.coordinator;
    const agreementId = await agreementInForce(coordinator, {
      ...new AgreementBuilder()
        .with({ clusterId: world.id, partyCityIds: world.cityIds(), categories: ['NATURAL_DISASTER'] })
        .duty('AFFECTED', 'SHARE_INFORMATION', 'PT12H')
        .build(),
      compensation: {
        coveredKinds: [{ kind: 'TRANSPORT' }],
        filingWindow: 'P90D',
        sharingRule: { kind: 'ORIGIN_PAYS' },
      },
    });
    const flood = await gql(world.city('Langfang').officer, REPORT, {
      input: {
        clusterId: world.id,
        category: 'NATURAL_DISASTER',
        level: 'III',
        warning: 'ORANGE',
        originCityId: world.city('Langfang').id,
        affectedCityIds: [world.city('Tianjin').id],
        location: { description: 'Yongding River' },
        description: 'Levee seepage',
        observedAt: hoursFrom(new Date().toISOString(), -2),
      },
    });
    const eventId = flood.data!.reportRiskEvent.id;
    await gql(coordinator, CONFIRM, { input: { eventId } });
    return { world, agreementId, eventId };
  }

  test('the origin claiming under ORIGIN_PAYS is named', async () => {
    const { world, agreementId, eventId } = await floodAtLangfang();
    const claim: FileClaimInput = {
      agreementId,
      eventId,
      claimantCityId: world.city('Langfang').id,
      items: [{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('100000'), evidence: ['invoice'] }],
    };
    refusedNaming(
      await gql(world.city('Langfang').officer, FILE, { input: claim }),
      /Langfang is the origin of this event: a city cannot claim compensation from itself/,
    );
  });

  test('a payment beyond what the ledger says names both parties, the fund as the fund', async () => {
    const { world } = await floodAtLangfang();
    const coordinator = world.coordinator;
    const payment = {
      clusterId: world.id,
      fromId: world.city('Beijing').id,
      toId: world.city('Tianjin').id,
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
