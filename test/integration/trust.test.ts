import { ComplianceRecordEntity } from '../../src/store/entities';
import { gql, onlyError } from '../support/api';
import { REPORT } from '../support/operations';
import { testClock } from '../support/clock';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { RecordComplianceInput, ResolveComplianceDisputeInput } from '../generated/graphql';

afterEach(() => testClock.reset());

graphql(`
  fragment TrustRecordFields on ComplianceRecord {
    id
    kind
    kindLabel
    city {
      id
    }
    aboutCoordinationOffice
    agreement {
      id
    }
    supervision
    severity
    note
    evidence {
      text
      links
    }
    automatic
    recordedByName
    recordedByRole
    status
    counts
    disputeWindowEndsAt
    version
    dispute {
      statement
      filedByName
      resolution
      reasons
      resolvedByName
    }
    consequence {
      kind
      amount {
        amountMinor
        currency
      }
      until
      inEffect
    }
  }
`);
const RECORD = graphql(`
  mutation TrustRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      ...TrustRecordFields
    }
  }
`);
const DISPUTE = graphql(`
  mutation TrustDispute($input: DisputeComplianceRecordInput!) {
    disputeComplianceRecord(input: $input) {
      ...TrustRecordFields
    }
  }
`);
const RESOLVE = graphql(`
  mutation TrustResolve($input: ResolveComplianceDisputeInput!) {
    resolveComplianceDispute(input: $input) {
      ...TrustRecordFields
    }
  }
`);
const ONE = graphql(`
  query TrustOne($id: ID!) {
    complianceRecord(id: $id) {
      ...TrustRecordFields
    }
  }
`);
const LIST = graphql(`
  query TrustList($clusterId: ID!, $filter: ComplianceFilter) {
    complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) {
      nodes {
        id
        kind
        status
        city {
          id
        }
      }
    }
  }
`);
const STANDING = graphql(`
  query TrustStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      city {
        id
      }
      score
      uncertainty
      recordsCounted
      positiveEvidence
      negativeEvidence
      direction
      summary
      trend {
        month
        score
      }
    }
  }
`);
const DRIVERS = graphql(`
  query TrustDrivers($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      drivers {
        effect
        weightRemaining
        explanation
        record {
          id
          kind
        }
      }
    }
  }
`);
const RANKING = graphql(`
  query TrustRanking($clusterId: ID!) {
    clusterTrust(clusterId: $clusterId) {
      trustHalfLifeDays
      minimumEvidenceToRank
      members {
        rank
        ranked
        note
        standing {
          city {
            id
          }
          score
          uncertainty
          lowerBound
          recordsCounted
        }
      }
      coordinationOffice {
        aboutCoordinationOffice
        recordsCounted
        score
      }
    }
  }
`);
const BALANCES = graphql(`
  query TrustBalances($clusterId: ID!) {
    balances(clusterId: $clusterId) {
      partyId
      net {
        amountMinor
      }
    }
  }
`);
const PAY = graphql(`
  mutation TrustPay($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
    }
  }
`);
const SETTINGS = graphql(`
  mutation TrustSettings($input: SetTrustSettingsInput!) {
    setTrustSettings(input: $input) {
      version
      trustSettings {
        disputeWindow
        trustHalfLifeDays
        thirdPartyWeight
        selfWeight
        rewardThreshold
        penaltyThreshold
      }
    }
  }
`);

const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });
/**
 * The thirteen cities of Beijing–Tianjin–Hebei. Six are party to its accidents agreement: Beijing, Tianjin, Tangshan,
 * Langfang, Baoding and Cangzhou.
 */
const JJJ_CITIES = [
  'Beijing',
  'Tianjin',
  'Shijiazhuang',
  'Tangshan',
  'Qinhuangdao',
  'Handan',
  'Xingtai',
  'Baoding',
  'Zhangjiakou',
  'Chengde',
  'Cangzhou',
  'Langfang',
  'Hengshui',
];
/** A Beijing–Tianjin–Hebei of the test's own, its accident responsibility list in force, with the default rubrics. */
const aJjj = () =>
  aCluster({
    name: 'Beijing–Tianjin–Hebei',
    cities: JJJ_CITIES,
    agreements: ['agr-jjj-accidents'],
    rubrics: true,
  }).build();

/** A breach under the cluster's accidents agreement; a test overrides what it is about. */
const breachesIn =
  (world: BuiltCluster) =>
  (fields: Partial<RecordComplianceInput>): RecordComplianceInput => ({
    clusterId: world.id,
    agreementId: world.agreement('agr-jjj-accidents'),
    kind: 'NON_COOPERATION',
    note: 'Did not send the agreed liaison officer to the joint command post.',
    evidence: { text: 'Command post attendance sheet', links: ['https://example.org/attendance'] },
    ...fields,
  });
const netOf = async (world: BuiltCluster, partyId: string) => {
  const balances = await gql(world.coordinator, BALANCES, { clusterId: world.id });
  return balances.data?.balances.find((b: { partyId: string }) => b.partyId === partyId)?.net.amountMinor ?? '0';
};

test('a partner records a breach, the city disputes it, the office overturns it: it stops counting but stays on file', async () => {
  const world = await aJjj();
  const breach = breachesIn(world);
  const tianjin = world.city('Tianjin').officer;
  const langfang = world.city('Langfang').officer;
  const coordinator = world.coordinator;

  // Tianjin and Langfang are both parties to the accidents agreement: horizontal supervision.
  const recorded = await gql(tianjin, RECORD, { input: breach({ cityId: world.city('Langfang').id }) });
  expect(recorded.errors).toBeUndefined();
  const record = recorded.data!.recordCompliance;
  expect(record).toMatchObject({
    kind: 'NON_COOPERATION',
    city: { id: world.city('Langfang').id },
    agreement: { id: world.agreement('agr-jjj-accidents') },
    supervision: 'HORIZONTAL',
    severity: 'SERIOUS',
    automatic: false,
    recordedByRole: 'CITY',
    status: 'STANDING',
    counts: true,
    version: 1,
    dispute: null,
    consequence: null,
  });
  // The default window is P14D from the time it was recorded.
  expect(Date.parse(record.disputeWindowEndsAt) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);

  // One fresh SERIOUS breach (weight 4): score (0 + 1) / (0 + 4 + 2) = 1/6, uncertainty 2/6.
  const standing = await gql(tianjin, STANDING, { cityId: world.city('Langfang').id });
  expect(standing.data?.trustStanding.score).toBeCloseTo(1 / 6, 5);
  expect(standing.data?.trustStanding.uncertainty).toBeCloseTo(2 / 6, 5);
  expect(standing.data?.trustStanding).toMatchObject({ recordsCounted: 1, positiveEvidence: 0 });
  expect(standing.data?.trustStanding.trend).toHaveLength(13);
  // Every partner sees the score; only Langfang itself (and the supervisors) see the records behind it.
  const own = await gql(langfang, DRIVERS, { cityId: world.city('Langfang').id });
  expect(own.data?.trustStanding.drivers).toEqual([
    expect.objectContaining({
      record: { id: record.id, kind: 'NON_COOPERATION' },
      explanation: expect.stringMatching(/lowered the score/) as string,
    }),
  ]);
  expect(own.data?.trustStanding.drivers[0].effect).toBeCloseTo(1 / 6 - 1 / 2, 5);
  expect(onlyError(await gql(tianjin, DRIVERS, { cityId: world.city('Langfang').id })).code).toBe('FORBIDDEN');
  // And the record itself is between Langfang, its recorder's supervisors and the office: another city gets NOT_FOUND.
  expect(onlyError(await gql(world.city('Tianjin').officer, ONE, { id: record.id })).code).toBe('NOT_FOUND');

  // Only the subject disputes; Langfang does, once.
  expect(
    onlyError(
      await gql(tianjin, DISPUTE, { input: { recordId: record.id, expectedVersion: 1, statement: 'Not mine' } }),
    ).code,
  ).toBe('NOT_FOUND');
  expect(
    onlyError(await gql(coordinator, DISPUTE, { input: { recordId: record.id, expectedVersion: 1, statement: 'x' } }))
      .code,
  ).toBe('FORBIDDEN');
  const disputed = await gql(langfang, DISPUTE, {
    input: {
      recordId: record.id,
      expectedVersion: 1,
      statement: 'Our liaison officer was at the command post from 09:10; the sheet was signed late.',
      evidence: { text: 'Gate log', links: ['https://example.org/gate-log'] },
    },
  });
  expect(disputed.data?.disputeComplianceRecord).toMatchObject({
    status: 'DISPUTED',
    counts: true,
    version: 2,
    dispute: { filedByName: 'Langfang Emergency Management Bureau', resolution: null },
  });
  expect(
    onlyError(await gql(langfang, DISPUTE, { input: { recordId: record.id, expectedVersion: 1, statement: 'again' } }))
      .code,
  ).toBe('CONFLICT');
  expect(
    onlyError(await gql(langfang, DISPUTE, { input: { recordId: record.id, expectedVersion: 2, statement: 'again' } })),
  ).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(/disputed once/) as string,
    extensions: { currentState: 'DISPUTED', allowed: [] },
  });

  // A city never resolves its own dispute, nor does the partner that recorded it.
  const resolve: ResolveComplianceDisputeInput = {
    recordId: record.id,
    expectedVersion: 2,
    resolution: 'OVERTURNED',
    reasons: 'The gate log shows the liaison officer arrived on time.',
  };
  expect(onlyError(await gql(langfang, RESOLVE, { input: resolve }))).toMatchObject({
    code: 'FORBIDDEN',
    message: expect.stringMatching(/coordination office/) as string,
  });
  expect(onlyError(await gql(tianjin, RESOLVE, { input: resolve })).code).toBe('NOT_FOUND');
  const overturned = await gql(coordinator, RESOLVE, { input: resolve });
  expect(overturned.data?.resolveComplianceDispute).toMatchObject({
    status: 'OVERTURNED',
    counts: false,
    version: 3,
    dispute: {
      resolution: 'OVERTURNED',
      reasons: resolve.reasons,
      resolvedByName: 'Beijing–Tianjin–Hebei Coordination Office (duty officer)',
    },
  });

  // It no longer counts: Langfang is back to no evidence at all. Nothing was deleted.
  const after = await gql(langfang, STANDING, { cityId: world.city('Langfang').id });
  expect(after.data?.trustStanding).toMatchObject({ score: 0.5, uncertainty: 1, recordsCounted: 0 });
  const listed = await gql(coordinator, LIST, {
    clusterId: world.id,
    filter: { cityId: world.city('Langfang').id, status: 'OVERTURNED' },
  });
  expect(listed.data?.complianceRecords.nodes).toEqual([
    { id: record.id, kind: 'NON_COOPERATION', status: 'OVERTURNED', city: { id: world.city('Langfang').id } },
  ]);
  const audit = await gql<{ auditLog: { nodes: Array<{ action: string; actorName: string }> } }>(
    coordinator,
    `query { auditLog(clusterId: "${world.id}", filter: { targetId: "${record.id}" }) { nodes { action actorName } } }`,
  );
  expect(audit.data?.auditLog.nodes.map((event: { action: string }) => event.action).sort()).toEqual([
    'COMPLIANCE_DISPUTED',
    'COMPLIANCE_DISPUTE_RESOLVED',
    'COMPLIANCE_RECORDED',
  ]);
});

test('who may record what about whom', async () => {
  const [world, other] = await Promise.all([
    aJjj(),
    aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou'], agreements: ['agr-yrd-water'] }).build(),
  ]);
  const breach = breachesIn(world);
  const tianjin = world.city('Tianjin').officer;
  // Hengshui is in the cluster but not a party to the accidents agreement: not Tianjin's partner there.
  expect(onlyError(await gql(tianjin, RECORD, { input: breach({ cityId: world.city('Hengshui').id }) }))).toMatchObject(
    {
      code: 'FORBIDDEN',
      message: expect.stringMatching(/not your partner/) as string,
    },
  );
  expect(onlyError(await gql(tianjin, RECORD, { input: breach({ cityId: world.city('Tianjin').id }) }))).toMatchObject({
    code: 'FORBIDDEN',
    message: expect.stringMatching(/about itself/) as string,
  });
  expect(onlyError(await gql(tianjin, RECORD, { input: breach({ aboutCoordinationOffice: true }) })).code).toBe(
    'FORBIDDEN',
  );
  expect(
    onlyError(
      await gql(tianjin, RECORD, {
        input: breach({ cityId: world.city('Baoding').id, consequence: { kind: 'FORMAL_WARNING' } }),
      }),
    ),
  ).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/Sanctions and rewards/) as string });
  expect(
    onlyError(await gql(world.evaluator.token, RECORD, { input: breach({ cityId: world.city('Baoding').id }) })).code,
  ).toBe('FORBIDDEN');
  // Partners record breaches, not praise: two cities cannot raise each other's standing.
  expect(
    onlyError(await gql(tianjin, RECORD, { input: breach({ cityId: world.city('Langfang').id, kind: 'FULFILLED' }) })),
  ).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/records breaches/) as string });
  // Partners share one thing named: Tianjin is party to the agreement and Hengshui is in the event, but not together.
  const hengshuiEvent = await gql(world.coordinator, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'IV',
      warning: 'BLUE',
      originCityId: world.city('Hengshui').id,
      affectedCityIds: [world.city('Xingtai').id],
      location: { latitude: 37.7, longitude: 115.7, description: 'Hengshui–Xingtai county road' },
      description: 'Tanker overturned.',
      observedAt: new Date().toISOString(),
    },
  });
  const eventId = hengshuiEvent.data!.reportRiskEvent.id;
  expect(
    onlyError(await gql(tianjin, RECORD, { input: breach({ cityId: world.city('Hengshui').id, eventId }) })),
  ).toMatchObject({
    code: 'FORBIDDEN',
    message: expect.stringMatching(/Hengshui is not your partner/) as string,
  });
  // Xingtai, affected by Hengshui's event, is its partner there.
  const xingtai = world.city('Xingtai').officer;
  const horizontal = await gql(xingtai, RECORD, {
    input: breach({
      cityId: world.city('Hengshui').id,
      agreementId: null,
      eventId,
      kind: 'SLOW_RESPONSE',
      note: 'Warned us two hours after the tanker overturned.',
    }),
  });
  expect(horizontal.data?.recordCompliance).toMatchObject({
    supervision: 'HORIZONTAL',
    city: { id: world.city('Hengshui').id },
  });
  expect(
    onlyError(await gql(world.coordinator, RECORD, { input: breach({ aboutCoordinationOffice: true }) })).code,
  ).toBe('FORBIDDEN');
  expect(
    onlyError(await gql(other.coordinator, RECORD, { input: breach({ cityId: world.city('Baoding').id }) })).code,
  ).toBe('NOT_FOUND');

  const coordinator = world.coordinator;
  // Facts the system records itself cannot be typed in; a record names what it concerns; it happened in the past.
  expect(
    onlyError(await gql(coordinator, RECORD, { input: breach({ cityId: world.city('Baoding').id, kind: 'LATE' }) })),
  ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/written by CityPact itself/) as string });
  expect(
    onlyError(
      await gql(coordinator, RECORD, { input: breach({ cityId: world.city('Baoding').id, agreementId: null }) }),
    ).code,
  ).toBe('BAD_USER_INPUT');
  expect(
    onlyError(
      await gql(coordinator, RECORD, {
        input: breach({ cityId: world.city('Baoding').id, at: new Date(Date.now() + 3_600_000).toISOString() }),
      }),
    ).code,
  ).toBe('BAD_USER_INPUT');
  expect(
    onlyError(
      await gql(coordinator, RECORD, {
        input: breach({ cityId: world.city('Baoding').id, agreementId: other.agreement('agr-yrd-water') }),
      }),
    ).code,
  ).toBe('NOT_FOUND');
  // A sanction follows a breach, a reward a fulfilment.
  expect(
    onlyError(
      await gql(coordinator, RECORD, {
        input: breach({ cityId: world.city('Baoding').id, kind: 'FULFILLED', consequence: { kind: 'FORMAL_WARNING' } }),
      }),
    ).code,
  ).toBe('BAD_USER_INPUT');
  expect(
    onlyError(
      await gql(coordinator, RECORD, {
        input: breach({ cityId: world.city('Baoding').id, consequence: { kind: 'FUND_SURCHARGE' } }),
      }),
    ),
  ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/needs its amount/) as string });
  // Vertical supervision: the office records about any member, in or out of the agreement.
  const vertical = await gql(coordinator, RECORD, {
    input: breach({ cityId: world.city('Hengshui').id, kind: 'INCOMPLETE_REPORT', severity: 'MINOR' }),
  });
  expect(vertical.data?.recordCompliance).toMatchObject({
    supervision: 'VERTICAL',
    severity: 'MINOR',
    recordedByRole: 'COORDINATOR',
  });
});

const FUND_IN = graphql(`
  mutation TrustFundIn($input: FundContributionInput!) {
    recordFundContribution(input: $input) {
      id
    }
  }
`);

test('a bonus is owed by the fund and a suspension stops the fund paying it', async () => {
  const world = await aJjj();
  const breach = breachesIn(world);
  const coordinator = world.coordinator;
  const bonus = await gql(coordinator, RECORD, {
    input: breach({
      cityId: world.city('Cangzhou').id,
      kind: 'FULFILLED',
      note: 'Evacuated 3,000 residents downstream ahead of the plume.',
      consequence: { kind: 'FUND_BONUS', amount: cny('2000000') },
    }),
  });
  expect(bonus.data?.recordCompliance.consequence).toMatchObject({ kind: 'FUND_BONUS', inEffect: true });
  expect(await netOf(world, world.city('Cangzhou').id)).toBe('2000000');
  expect(await netOf(world, 'FUND')).toBe('-2000000');
  const beforeSuspension = testClock.setTo(new Date().toISOString());
  testClock.advance(1_000); // the suspension is recorded a second later
  const until = new Date(Date.parse(testClock.now()) + 30 * 86_400_000).toISOString();
  const suspended = await gql(coordinator, RECORD, {
    input: breach({
      cityId: world.city('Cangzhou').id,
      kind: 'CONCEALED_OR_FALSE_REPORT',
      consequence: { kind: 'FUND_DRAW_SUSPENSION', until },
    }),
  });
  expect(suspended.data?.recordCompliance).toMatchObject({
    severity: 'CRITICAL',
    consequence: { kind: 'FUND_DRAW_SUSPENSION', until, inEffect: true },
  });
  const payment = {
    clusterId: world.id,
    fromId: 'FUND',
    toId: world.city('Cangzhou').id,
    amount: cny('500000'),
    reference: 'FUND-BONUS-CZ-1',
    paidAt: testClock.now(),
  };
  expect(onlyError(await gql(coordinator, PAY, { input: payment }))).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(/Cangzhou may not draw from the regional fund until/) as string,
    extensions: { currentState: 'FUND_DRAW_SUSPENDED', until },
  });
  // What it is owed waits on the ledger; while the suspension stands, no fund payment is entered, whatever its date.
  expect(await netOf(world, world.city('Cangzhou').id)).toBe('2000000');
  expect(
    onlyError(
      await gql(coordinator, PAY, { input: { ...payment, reference: 'FUND-BONUS-CZ-0', paidAt: beforeSuspension } }),
    ),
  ).toMatchObject({ code: 'CONFLICT', extensions: { currentState: 'FUND_DRAW_SUSPENDED', until } });
  expect(await netOf(world, world.city('Cangzhou').id)).toBe('2000000');
  // Overturned, the suspension is lifted at once.
  const cangzhou = world.city('Cangzhou').officer;
  await gql(cangzhou, DISPUTE, {
    input: {
      recordId: suspended.data!.recordCompliance.id,
      expectedVersion: 1,
      statement: 'The report was corrected within the hour.',
    },
  });
  await gql(coordinator, RESOLVE, {
    input: {
      recordId: suspended.data!.recordCompliance.id,
      expectedVersion: 2,
      resolution: 'OVERTURNED',
      reasons: 'Corrected in time.',
    },
  });
  // The fund pays only what it holds: an insurer's contribution comes in first.
  expect(
    (
      await gql(coordinator, FUND_IN, {
        input: {
          clusterId: world.id,
          thirdParty: 'PICC Property and Casualty',
          amount: cny('500000'),
          reference: 'PICC-BONUS-CZ',
          receivedAt: testClock.now(),
        },
      })
    ).errors,
  ).toBeUndefined();
  expect(
    (await gql(coordinator, PAY, { input: { ...payment, reference: 'FUND-BONUS-CZ-2', paidAt: testClock.now() } }))
      .errors,
  ).toBeUndefined();
  expect(await netOf(world, world.city('Cangzhou').id)).toBe('1500000');
});

test('a surcharge is owed to the fund, charged once per key, reversed when overturned, and paid in', async () => {
  const world = await aJjj();
  const breach = breachesIn(world);
  const coordinator = world.coordinator;
  // The fund already owes Cangzhou a bonus, so part of what Baoding will owe the fund is the fund's to pass on.
  const bonus = await gql(coordinator, RECORD, {
    input: breach({
      cityId: world.city('Cangzhou').id,
      kind: 'FULFILLED',
      note: 'Evacuated 3,000 residents downstream ahead of the plume.',
      consequence: { kind: 'FUND_BONUS', amount: cny('1500000') },
    }),
  });
  expect(bonus.errors).toBeUndefined();
  const surcharge = (idempotencyKey?: string) =>
    gql(coordinator, RECORD, {
      input: breach({
        cityId: world.city('Baoding').id,
        kind: 'REFUSED_JOINT_ACTION',
        consequence: { kind: 'FUND_SURCHARGE', amount: cny('5000000') },
        ...(idempotencyKey ? { idempotencyKey } : {}),
      }),
    });
  const fundBefore = BigInt(await netOf(world, 'FUND'));
  const record = (await surcharge()).data!.recordCompliance;
  expect(record).toMatchObject({ consequence: { kind: 'FUND_SURCHARGE', amount: cny('5000000'), inEffect: true } });
  expect(await netOf(world, world.city('Baoding').id)).toBe('-5000000');
  expect(BigInt(await netOf(world, 'FUND'))).toBe(fundBefore + 5000000n);
  // A retry with the same key is answered with the same record; the surcharge is charged once.
  const first = await surcharge('bd-refusal');
  const again = await surcharge('bd-refusal');
  expect(again.data?.recordCompliance.id).toBe(first.data?.recordCompliance.id);
  expect(await netOf(world, world.city('Baoding').id)).toBe('-10000000');

  // Baoding disputes the first; the office overturns it; a reversing line nets that surcharge to nothing.
  const baoding = world.city('Baoding').officer;
  await gql(baoding, DISPUTE, {
    input: {
      recordId: record.id,
      expectedVersion: 1,
      statement: 'The joint action request reached us after the river had crested.',
    },
  });
  const overturned = await gql(coordinator, RESOLVE, {
    input: {
      recordId: record.id,
      expectedVersion: 2,
      resolution: 'OVERTURNED',
      reasons: 'The request was sent to a wrong duty number.',
    },
  });
  expect(overturned.data?.resolveComplianceDispute.consequence).toMatchObject({
    kind: 'FUND_SURCHARGE',
    inEffect: false,
  });
  expect(await netOf(world, world.city('Baoding').id)).toBe('-5000000');

  // The ledger nets every party, the fund included: what the fund is due, net, Baoding pays in; the rest of its debt
  // goes where the settlement plan sends it.
  const due = BigInt(await netOf(world, 'FUND'));
  expect(due).toBeGreaterThan(0n);
  const paidIn = await gql(coordinator, PAY, {
    input: {
      clusterId: world.id,
      fromId: world.city('Baoding').id,
      toId: 'FUND',
      amount: cny(due.toString()),
      reference: 'BD-SURCHARGE-1',
      paidAt: new Date().toISOString(),
    },
  });
  expect(paidIn.errors).toBeUndefined();
  const fund = await gql<{ fund: unknown }>(
    coordinator,
    `query { fund(clusterId: "${world.id}") { received { amountMinor } owed { amountMinor } dueToFund { amountMinor } } }`,
  );
  expect(fund.data?.fund).toEqual({
    received: { amountMinor: due.toString() },
    owed: { amountMinor: '0' },
    dueToFund: { amountMinor: '0' },
  });
  expect(
    onlyError(
      await gql(coordinator, PAY, {
        input: {
          clusterId: world.id,
          fromId: world.city('Baoding').id,
          toId: 'FUND',
          amount: cny('1'),
          reference: 'BD-SURCHARGE-2',
          paidAt: new Date().toISOString(),
        },
      }),
    ).code,
  ).toBe('BAD_USER_INPUT');
  const plan = await gql<{ settlementPlan: unknown }>(
    coordinator,
    `query { settlementPlan(clusterId: "${world.id}") { fromId toId amount { amountMinor } } }`,
  );
  expect(plan.data?.settlementPlan).toEqual([
    {
      fromId: world.city('Baoding').id,
      toId: world.city('Cangzhou').id,
      amount: { amountMinor: (5000000n - due).toString() },
    },
  ]);
});

test('records about the coordination office are kept and judged by the superior level', async () => {
  const world = await aJjj();
  const breach = breachesIn(world);
  const superior = world.superior;
  const coordinator = world.coordinator;
  const recorded = await gql(superior, RECORD, {
    input: breach({
      aboutCoordinationOffice: true,
      kind: 'SLOW_RESPONSE',
      note: 'Escalation report sent four hours after the agreed time.',
    }),
  });
  const record = recorded.data!.recordCompliance;
  expect(record).toMatchObject({
    aboutCoordinationOffice: true,
    city: null,
    supervision: 'VERTICAL',
    recordedByRole: 'SUPERIOR',
  });
  // The office disputes records about itself, but cannot be the judge of them.
  await gql(coordinator, DISPUTE, {
    input: {
      recordId: record.id,
      expectedVersion: 1,
      statement: 'The report was delayed by the provincial network outage.',
    },
  });
  expect(
    onlyError(
      await gql(coordinator, RESOLVE, {
        input: { recordId: record.id, expectedVersion: 2, resolution: 'OVERTURNED', reasons: 'x' },
      }),
    ),
  ).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/superior level/) as string });
  const upheld = await gql(superior, RESOLVE, {
    input: {
      recordId: record.id,
      expectedVersion: 2,
      resolution: 'UPHELD',
      reasons: 'The outage lasted twenty minutes, not four hours.',
    },
  });
  expect(upheld.data?.resolveComplianceDispute).toMatchObject({ status: 'UPHELD', counts: true });
  // A city sees the records about the office, and the office's standing.
  // A record the superior made about a city is judged by the superior too, not by the office below it.
  const aboutCity = await gql(superior, RECORD, {
    input: breach({
      cityId: world.city('Tangshan').id,
      kind: 'INCOMPLETE_REPORT',
      note: 'Casualty figures missing from the escalation report.',
    }),
  });
  const tangshan = world.city('Tangshan').officer;
  await gql(tangshan, DISPUTE, {
    input: {
      recordId: aboutCity.data!.recordCompliance.id,
      expectedVersion: 1,
      statement: 'The figures were in annex B.',
    },
  });
  expect(
    onlyError(
      await gql(coordinator, RESOLVE, {
        input: {
          recordId: aboutCity.data!.recordCompliance.id,
          expectedVersion: 2,
          resolution: 'OVERTURNED',
          reasons: 'x',
        },
      }),
    ).code,
  ).toBe('FORBIDDEN');
  expect(
    (
      await gql(superior, RESOLVE, {
        input: {
          recordId: aboutCity.data!.recordCompliance.id,
          expectedVersion: 2,
          resolution: 'OVERTURNED',
          reasons: 'Annex B has them.',
        },
      })
    ).data!.resolveComplianceDispute.status,
  ).toBe('OVERTURNED');
  const office = await gql<{ officeTrustStanding: unknown }>(
    world.city('Langfang').officer,
    `query { officeTrustStanding(clusterId: "${world.id}") { aboutCoordinationOffice recordsCounted score drivers { record { id } } } }`,
  );
  expect(office.data?.officeTrustStanding).toMatchObject({
    aboutCoordinationOffice: true,
    recordsCounted: 1,
    drivers: [{ record: { id: record.id } }],
  });
});

test('the dispute window closes', async () => {
  const world = await aCluster({ cities: ['Xingtai'] }).build();
  // A record from last month, its window long closed (written as the store holds it).
  await ComplianceRecordEntity.put({
    recordId: 'cr_test_old',
    clusterId: world.id,
    kind: 'SLOW_RESPONSE',
    subjectKey: world.city('Xingtai').id,
    cityId: world.city('Xingtai').id,
    supervision: 'VERTICAL',
    severity: 'MODERATE',
    note: 'Acknowledged the warning after six hours.',
    at: '2026-10-01T08:00:00.000Z',
    recordedAt: '2026-10-01T09:00:00.000Z',
    recordedBy: { id: world.coordinatorId, name: 'Office', role: 'COORDINATOR' },
    automatic: false,
    disputeWindowEndsAt: '2026-10-15T09:00:00.000Z',
    status: 'STANDING',
    version: 1,
  }).go();
  const xingtai = world.city('Xingtai').officer;
  expect(
    onlyError(
      await gql(xingtai, DISPUTE, {
        input: { recordId: 'cr_test_old', expectedVersion: 1, statement: 'Late, we know.' },
      }),
    ),
  ).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(/window .* closed/) as string,
    extensions: { currentState: 'STANDING', disputeWindowEndedAt: '2026-10-15T09:00:00.000Z' },
  });
});

test('the cluster ranking ranks by what the records show for sure; members with too little evidence follow, unranked', async () => {
  const world = await aJjj();
  const breach = breachesIn(world);
  const coordinator = world.coordinator;
  for (let i = 0; i < 3; i += 1) {
    await gql(coordinator, RECORD, {
      input: breach({
        cityId: world.city('Tangshan').id,
        kind: 'FULFILLED',
        note: `Hazmat team on site within the agreed time (${i + 1}).`,
      }),
    });
  }
  const ranking = await gql(world.city('Langfang').officer, RANKING, { clusterId: world.id });
  const members = ranking.data!.clusterTrust.members;
  expect(members).toHaveLength(13);
  expect(ranking.data?.clusterTrust).toMatchObject({ trustHalfLifeDays: 365, minimumEvidenceToRank: 3 });
  // Ranked members first, by lower bound; then the unranked, with no rank.
  const ranked = members.filter((m) => m.ranked);
  expect(members.slice(0, ranked.length)).toEqual(ranked);
  expect(ranked.map((m) => m.rank)).toEqual(ranked.map((_, i) => i + 1));
  ranked.forEach(
    (m, i) => i > 0 && expect(m.standing.lowerBound).toBeLessThanOrEqual(ranked[i - 1].standing.lowerBound),
  );
  expect(members.filter((m) => !m.ranked).every((m) => m.rank === null)).toBe(true);
  // Tangshan: three fresh FULFILLED (MINOR, 1 each), evidence 3: (3 + 1) / (3 + 2) = 0.8; its lower bound, the 10th
  // percentile of Beta(4, 1), is 0.1^(1/4) ≈ 0.562. It leads.
  expect(members[0]).toMatchObject({ rank: 1, ranked: true, standing: { city: { id: world.city('Tangshan').id } } });
  expect(members[0].standing.score).toBeCloseTo(0.8, 5);
  expect(members[0].standing.lowerBound).toBeCloseTo(0.1 ** 0.25, 5);
  expect(members[0].note).toMatch(
    /^Ranked 1 of \d+ by what its records show with 90% confidence: a standing of at least 56\.2 points\.$/,
  );
  // A city without records is not ranked above it for being unknown: it is not ranked at all, and told why.
  const rankOf = (cityId: string) => members.find((m) => m.standing.city?.id === cityId)!;
  expect(rankOf(world.city('Beijing').id)).toMatchObject({
    rank: null,
    ranked: false,
    standing: { score: 0.5, lowerBound: 0.1, recordsCounted: 0 },
    note: expect.stringMatching(
      /^Not ranked: no compliance record counts for it yet\. The cluster ranks a member once 3 records count\./,
    ) as string,
  });
  expect(members.indexOf(rankOf(world.city('Beijing').id))).toBeGreaterThan(
    members.indexOf(rankOf(world.city('Tangshan').id)),
  );
});

test('the coordinator sets the trust settings; nobody else can', async () => {
  const world = await aJjj();
  const breach = breachesIn(world);
  const coordinator = world.coordinator;
  const cluster = await gql<{ cluster: { version: number; trustSettings: unknown } }>(
    coordinator,
    `query { cluster(id: "${world.id}") { version trustSettings { disputeWindow trustHalfLifeDays thirdPartyWeight selfWeight rewardThreshold penaltyThreshold } } }`,
  );
  expect(cluster.data?.cluster.trustSettings).toEqual({
    disputeWindow: 'P14D',
    trustHalfLifeDays: 365,
    thirdPartyWeight: '0.7',
    selfWeight: '0.3',
    rewardThreshold: 0.8,
    penaltyThreshold: 0.4,
  });
  const input = {
    clusterId: world.id,
    expectedVersion: cluster.data!.cluster.version,
    disputeWindow: 'P21D',
    trustHalfLifeDays: 180,
    thirdPartyWeight: '0.8',
    selfWeight: '0.2',
  };
  for (const token of [world.city('Langfang').officer, world.evaluator.token, world.superior]) {
    expect(onlyError(await gql(token, SETTINGS, { input })).code).toBe('FORBIDDEN');
  }
  expect(
    onlyError(await gql(coordinator, SETTINGS, { input: { ...input, thirdPartyWeight: '0.3', selfWeight: '0.7' } })),
  ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/third-party/i) as string });
  expect(onlyError(await gql(coordinator, SETTINGS, { input: { ...input, selfWeight: '0.3' } })).code).toBe(
    'BAD_USER_INPUT',
  );
  expect(onlyError(await gql(coordinator, SETTINGS, { input: { ...input, disputeWindow: 'PT1H' } })).code).toBe(
    'BAD_USER_INPUT',
  );
  const changed = await gql(coordinator, SETTINGS, { input });
  expect(changed.data?.setTrustSettings.trustSettings).toEqual({
    disputeWindow: 'P21D',
    trustHalfLifeDays: 180,
    thirdPartyWeight: '0.8',
    selfWeight: '0.2',
    rewardThreshold: 0.8,
    penaltyThreshold: 0.4,
  });
  expect(onlyError(await gql(coordinator, SETTINGS, { input })).code).toBe('CONFLICT');
  // A new record gets the new window.
  const recorded = await gql(coordinator, RECORD, {
    input: breach({ cityId: world.city('Chengde').id, kind: 'SLOW_RESPONSE' }),
  });
  expect(Date.parse(recorded.data!.recordCompliance.disputeWindowEndsAt) - Date.now()).toBeGreaterThan(
    20.9 * 86_400_000,
  );
  const standing = await gql(coordinator, RANKING, { clusterId: world.id });
  expect(standing.data?.clusterTrust.trustHalfLifeDays).toBe(180);
});

test('an evaluator reads only the records of the parties it is evaluating', async () => {
  const world = await aJjj();
  const breach = breachesIn(world);
  const evaluator = world.evaluator.token;
  const coordinator = world.coordinator;
  for (const kind of ['SLOW_RESPONSE', 'INCOMPLETE_REPORT'] as const)
    await gql(coordinator, RECORD, { input: breach({ cityId: world.city('Zhangjiakou').id, kind }) });
  // Accredited, but on no panel yet: it sees scores, not the records behind them.
  expect(onlyError(await gql(evaluator, LIST, { clusterId: world.id })).code).toBe('FORBIDDEN');
  expect(
    onlyError(await gql(evaluator, LIST, { clusterId: world.id, filter: { cityId: world.city('Zhangjiakou').id } }))
      .code,
  ).toBe('FORBIDDEN');
  expect(onlyError(await gql(evaluator, DRIVERS, { cityId: world.city('Zhangjiakou').id })).code).toBe('FORBIDDEN');
  const ranking = await gql(evaluator, RANKING, { clusterId: world.id });
  expect(ranking.data?.clusterTrust.members).toHaveLength(13);
  // On the panel of an evaluation of Zhangjiakou, it reads Zhangjiakou's records, and no one else's.
  const opened = await gql(
    coordinator,
    `mutation ($input: OpenEvaluationInput!) { openEvaluation(input: $input) { id } }`,
    {
      input: {
        clusterId: world.id,
        rubricId: 'participant-performance',
        title: 'Zhangjiakou this year',
        targetType: 'CITY',
        cityId: world.city('Zhangjiakou').id,
        panel: [world.evaluator.id],
      },
    },
  );
  expect(opened.errors).toBeUndefined();
  const records = await gql(evaluator, LIST, { clusterId: world.id, filter: { cityId: world.city('Zhangjiakou').id } });
  expect(records.data?.complianceRecords.nodes.map((r: { kind: string }) => r.kind).sort()).toEqual([
    'INCOMPLETE_REPORT',
    'SLOW_RESPONSE',
  ]);
  expect(
    (await gql(evaluator, DRIVERS, { cityId: world.city('Zhangjiakou').id })).data?.trustStanding.drivers,
  ).toHaveLength(2);
  expect(onlyError(await gql(evaluator, DRIVERS, { cityId: world.city('Baoding').id })).code).toBe('FORBIDDEN');
  const elsewhere = await gql(coordinator, RECORD, {
    input: breach({ cityId: world.city('Baoding').id, kind: 'SLOW_RESPONSE' }),
  });
  expect(onlyError(await gql(evaluator, ONE, { id: elsewhere.data!.recordCompliance.id })).code).toBe('NOT_FOUND');
  expect(
    (await gql(evaluator, ONE, { id: records.data!.complianceRecords.nodes[0].id })).data!.complianceRecord.city,
  ).toEqual({ id: world.city('Zhangjiakou').id });
});

test('parallel disputes and resolutions: exactly one of each goes through', async () => {
  const world = await aJjj();
  const breach = breachesIn(world);
  const coordinator = world.coordinator;
  const recorded = await gql(coordinator, RECORD, {
    input: breach({ cityId: world.city('Qinhuangdao').id, kind: 'SLOW_RESPONSE' }),
  });
  const recordId = recorded.data!.recordCompliance.id;
  const qinhuangdao = world.city('Qinhuangdao').officer;
  const disputes = await Promise.all(
    [1, 2, 3].map((n) =>
      gql(qinhuangdao, DISPUTE, { input: { recordId, expectedVersion: 1, statement: `Statement ${n}` } }),
    ),
  );
  expect(disputes.filter((r) => !r.errors).length).toBe(1);
  expect(disputes.filter((r) => r.errors).map((r) => onlyError(r).code)).toEqual(['CONFLICT', 'CONFLICT']);
  // Two decisions at once: one stands, the other is told the record changed.
  const resolutions = await Promise.all([
    gql(coordinator, RESOLVE, {
      input: { recordId, expectedVersion: 2, resolution: 'UPHELD', reasons: 'The log is clear.' },
    }),
    gql(coordinator, RESOLVE, {
      input: { recordId, expectedVersion: 2, resolution: 'OVERTURNED', reasons: 'The log is unclear.' },
    }),
  ]);
  expect(resolutions.filter((r) => !r.errors).length).toBe(1);
  const winner = resolutions.find((r) => !r.errors)!.data!.resolveComplianceDispute;
  const stored = await gql(coordinator, ONE, { id: recordId });
  expect(stored.data!.complianceRecord).toMatchObject({
    status: winner.status,
    version: 3,
    dispute: { resolution: winner.status },
  });
});
