import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { CONFIRM, REPORT } from '../support/operations';
import { aCluster } from '../support/world';
import { graphql } from '../generated';

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
  const world = await aCluster({ cities: ['Langfang', 'Tianjin', 'Beijing'] }).build();
  const coordinator = world.coordinator;
  const parties = world.cityIds();
  const agreementId = await agreementInForce(coordinator, {
    ...new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .build(),
    compensation: {
      coveredKinds: [{ kind: 'TRANSPORT' }],
      capPerEvent: cny('1000000'),
      filingWindow: 'P90D',
      sharingRule: { kind: 'EQUAL_SHARE' },
    },
  });
  const event = await gql(world.city('Langfang').officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'IV',
      warning: 'BLUE',
      originCityId: world.city('Langfang').id,
      affectedCityIds: [world.city('Tianjin').id, world.city('Beijing').id],
      location: { description: 'Chaobai River' },
      description: 'Local flooding',
      observedAt: hoursFrom(new Date().toISOString(), -1),
    },
  });
  const eventId = event.data!.reportRiskEvent.id;
  await gql(coordinator, CONFIRM, { input: { eventId } });

  const claims = [];
  for (const city of [world.city('Tianjin'), world.city('Beijing')]) {
    const filed = (
      await gql(city.officer, FILE, {
        input: {
          agreementId,
          eventId,
          claimantCityId: city.id,
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
