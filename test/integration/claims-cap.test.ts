import { demoToken, gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom, officerOf } from '../support/builders';
import { CONFIRM, REPORT } from '../support/operations';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';

beforeAll(freshTableWithDemoData);

const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });
const FILE = graphql(`
  mutation ClaimsCapFile($input: FileClaimInput!) {
    fileClaim(input: $input) {
      id
      version
    }
  }
`);
const REVIEW = graphql(`
  mutation ClaimsCapReview($input: ClaimActionInput!) {
    startClaimReview(input: $input) {
      id
      version
    }
  }
`);
const DECIDE = graphql(`
  mutation ClaimsCapDecide($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      status
    }
  }
`);

// Two approvals for the same event at the same moment must not together pass the cap per event.
test('parallel approvals never exceed the cap per event', async () => {
  const coordinator = await demoToken('demo-coordinator-jjj');
  const parties = ['city-langfang', 'city-tianjin', 'city-beijing'];
  const agreementId = await agreementInForce(coordinator, {
    ...new AgreementBuilder()
      .with({ clusterId: 'cluster-jjj', partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .build(),
    compensation: {
      coveredKinds: [{ kind: 'TRANSPORT' }],
      capPerEvent: cny('1000000'),
      filingWindow: 'P90D',
      sharingRule: { kind: 'EQUAL_SHARE' },
    },
  });
  const event = await gql(await officerOf('city-langfang', 'cluster-jjj'), REPORT, {
    input: {
      clusterId: 'cluster-jjj',
      category: 'NATURAL_DISASTER',
      level: 'IV',
      warning: 'BLUE',
      originCityId: 'city-langfang',
      affectedCityIds: ['city-tianjin', 'city-beijing'],
      location: { description: 'Chaobai River' },
      description: 'Local flooding',
      observedAt: hoursFrom(new Date().toISOString(), -1),
    },
  });
  const eventId = event.data!.reportRiskEvent.id;
  await gql(coordinator, CONFIRM, { input: { eventId } });

  const claims = [];
  for (const city of ['city-tianjin', 'city-beijing']) {
    const filed = (
      await gql(await officerOf(city, 'cluster-jjj'), FILE, {
        input: {
          agreementId,
          eventId,
          claimantCityId: city,
          items: [{ kind: 'TRANSPORT', description: 'Trucks', amount: cny('700000'), evidence: ['inv'] }],
        },
      })
    ).data!.fileClaim;
    claims.push(
      (await gql(coordinator, REVIEW, { input: { claimId: filed.id, expectedVersion: filed.version } })).data!
        .startClaimReview,
    );
  }
  const results = await Promise.all(
    claims.map((claim) =>
      gql(coordinator, DECIDE, {
        input: {
          claimId: claim.id,
          expectedVersion: claim.version,
          decision: 'APPROVE',
          items: [{ number: 1, approved: cny('700000') }],
        },
      }),
    ),
  );
  expect(results.filter((result) => !result.errors)).toHaveLength(1);
  const refused = results.find((result) => result.errors)!;
  expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(onlyError(refused).code);
});
