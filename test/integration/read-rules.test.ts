import { inventoryItemId } from '../../src/domain/resources/ids';
import { demoToken, gql, onlyError, tokenFor } from '../support/api';
import { AgreementBuilder, hoursFrom, officerOf } from '../support/builders';
import { CONFIRM, DRAFT, PROPOSE, RATIFY, REPORT } from '../support/operations';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';
import type { RecordComplianceInput } from '../generated/graphql';

/**
 * Each read rule is decided once and holds on every path to the data: a record refused at its own query is not
 * readable through a field of another record either, and a caller allowed to read it still reads it everywhere.
 */

const parties = ['city-langfang', 'city-tianjin', 'city-beijing', 'city-baoding'];
const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });
const tianjinDepot = inventoryItemId(
  'city-tianjin',
  'mobile-pump-unit',
  'II',
  'Tianjin Municipal Emergency Materials Depot',
);
const RECORD = graphql(`
  mutation ReadRulesRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const ACCREDIT = graphql(`
  mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) {
    accreditEvaluator(input: $input) {
      evaluatorId
    }
  }
`);
const OPEN = graphql(`
  mutation ReadRulesOpen($input: OpenEvaluationInput!) {
    openEvaluation(input: $input) {
      id
    }
  }
`);

let agreementId: string;
let eventA: string;
let eventB: string;
let coordinator: string;
let superior: string;
let tianjin: string;
let beijing: string;
let chengde: string;

async function confirmedFlood(origin: string, affected: string[]): Promise<string> {
  const reported = await gql(await officerOf(origin, 'cluster-jjj'), REPORT, {
    input: {
      clusterId: 'cluster-jjj',
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: origin,
      affectedCityIds: affected,
      location: { description: `Levee near ${origin}` },
      description: 'Levee overtopping',
      observedAt: hoursFrom(new Date().toISOString(), -2),
    },
  });
  const eventId = reported.data!.reportRiskEvent.id;
  expect((await gql(coordinator, CONFIRM, { input: { eventId } })).errors).toBeUndefined();
  return eventId;
}

const breachAboutTianjin = (eventId: string, note: string): RecordComplianceInput => ({
  clusterId: 'cluster-jjj',
  cityId: 'city-tianjin',
  kind: 'SLOW_RESPONSE',
  note,
  evidence: { text: 'Duty log' },
  eventId,
});

beforeAll(async () => {
  await freshTableWithDemoData();
  coordinator = await demoToken('demo-coordinator-jjj');
  superior = await demoToken('demo-superior');
  [tianjin, beijing, chengde] = await Promise.all(
    ['city-tianjin', 'city-beijing', 'city-chengde'].map((id) => officerOf(id, 'cluster-jjj')),
  );
  const draft = await gql(coordinator, DRAFT, {
    input: {
      ...new AgreementBuilder()
        .with({ clusterId: 'cluster-jjj', partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
        .duty('ORIGIN', 'REPORT', 'PT2H')
        .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
        .build(),
      compensation: {
        coveredKinds: [{ kind: 'TRANSPORT' }],
        capPerClaim: cny('10000000'),
        filingWindow: 'P90D',
        sharingRule: { kind: 'EQUAL_SHARE' },
      },
    },
  });
  expect(draft.errors).toBeUndefined();
  agreementId = draft.data!.draftAgreement.id;
  await gql(coordinator, PROPOSE, { input: { agreementId, expectedVersion: 1 } });
  for (const city of parties)
    await gql(await officerOf(city, 'cluster-jjj'), RATIFY, { input: { agreementId, versionNumber: 1 } });
  // Event A: Langfang's flood reaching Tianjin. Event B: Tianjin's own flood reaching Beijing.
  eventA = await confirmedFlood('city-langfang', ['city-tianjin']);
  eventB = await confirmedFlood('city-tianjin', ['city-beijing']);
});

describe("a partner's inventory item", () => {
  graphql(`
    fragment ReadRulesItemFields on InventoryItem {
      id
      onHand
      shareable
      committed
      available
      version
      storage {
        name
        latitude
        longitude
      }
    }
  `);

  test('is refused at inventoryItem and shows no field through an offer or the availability list; its owner and the office still read it', async () => {
    const requested = await gql<{ requestAid: { id: string } }>(
      beijing,
      'mutation ($input: RequestAidInput!) { requestAid(input: $input) { id } }',
      {
        input: {
          clusterId: 'cluster-jjj',
          requesterCityId: 'city-beijing',
          resourceTypeId: 'mobile-pump-unit',
          minimumTier: 'II',
          quantity: 5,
          neededBy: hoursFrom(new Date().toISOString(), 12),
          destination: { name: 'Tongzhou', latitude: 39.9, longitude: 116.66 },
        },
      },
    );
    const requestId = requested.data!.requestAid.id;
    const offered = await gql<{ offerAid: { id: string } }>(
      tianjin,
      'mutation ($input: OfferAidInput!) { offerAid(input: $input) { id } }',
      {
        input: { requestId, itemId: tianjinDepot, quantity: 3 },
      },
    );
    expect(offered.errors).toBeUndefined();

    expect(
      onlyError(
        await gql(
          beijing,
          graphql(`
            query ReadRulesItem($id: ID!) {
              inventoryItem(id: $id) {
                ...ReadRulesItemFields
              }
            }
          `),
          { id: tianjinDepot },
        ),
      ).code,
    ).toBe('FORBIDDEN');

    // Through the request's offers: the offer (who, how much, which tier), not Tianjin's stock row.
    const OFFERS = graphql(`
      query ReadRulesOffers($id: ID!) {
        aidRequest(id: $id) {
          offers {
            quantity
            tier
            fromCity {
              id
            }
            item {
              ...ReadRulesItemFields
            }
          }
        }
      }
    `);
    const asRequester = await gql(beijing, OFFERS, { id: requestId });
    expect(asRequester.errors).toBeUndefined();
    expect(asRequester.data?.aidRequest.offers).toEqual([
      { quantity: 3, tier: 'II', fromCity: { id: 'city-tianjin' }, item: null },
    ]);
    const listed = await gql(
      beijing,
      graphql(`
        query ReadRulesListedOffers {
          aidRequests(clusterId: "cluster-jjj") {
            nodes {
              offers {
                item {
                  ...ReadRulesItemFields
                }
              }
            }
          }
        }
      `),
    );
    expect(listed.errors).toBeUndefined();
    expect(
      listed.data?.aidRequests.nodes.flatMap((node: { offers: Array<{ item: unknown }> }) =>
        node.offers.map((offer) => offer.item),
      ),
    ).toEqual([null]);

    // Through availability: what Tianjin can offer, as quantities, not its items.
    const AVAILABILITY = graphql(`
      query ReadRulesAvailability($id: ID!) {
        resourceAvailability(requestId: $id) {
          city {
            id
          }
          available
          stock {
            tier
            available
            distanceKm
          }
          items {
            ...ReadRulesItemFields
          }
        }
      }
    `);
    const available = await gql(beijing, AVAILABILITY, { id: requestId });
    expect(available.errors).toBeUndefined();
    const tianjinEntry = available.data!.resourceAvailability.find((entry) => entry.city.id === 'city-tianjin')!;
    expect(tianjinEntry.stock.length).toBeGreaterThan(0);
    expect(tianjinEntry.stock.reduce((sum, stock) => sum + stock.available, 0)).toBe(tianjinEntry.available);
    expect(available.data?.resourceAvailability.flatMap((entry: { items: unknown[] }) => entry.items)).toEqual([]);

    // Those who may read the item still read it on every path.
    const ownOffer = await gql(tianjin, OFFERS, { id: requestId });
    expect(ownOffer.data?.aidRequest.offers[0].item).toMatchObject({
      id: tianjinDepot,
      onHand: expect.any(Number) as number,
      version: expect.any(Number) as number,
    });
    const asOffice = await gql(coordinator, AVAILABILITY, { id: requestId });
    const officeView = asOffice.data!.resourceAvailability.find((entry) => entry.city.id === 'city-tianjin')!;
    expect(officeView.items.map((item) => item.id)).toContain(tianjinDepot);
    expect((await gql(coordinator, OFFERS, { id: requestId })).data?.aidRequest.offers[0].item).toMatchObject({
      id: tianjinDepot,
    });
  });
});

describe('the records behind a standing', () => {
  test('a partner refused the drivers gets a summary that does not say which records moved it; the city itself gets the whole summary', async () => {
    expect(
      (
        await gql(coordinator, RECORD, {
          input: { ...breachAboutTianjin(eventA, 'Pumps arrived six hours late'), severity: 'CRITICAL' },
        })
      ).errors,
    ).toBeUndefined();
    const STANDING = graphql(`
      query ReadRulesStanding {
        trustStanding(cityId: "city-tianjin") {
          score
          summary
        }
      }
    `);
    const DRIVERS = graphql(`
      query ReadRulesDrivers {
        trustStanding(cityId: "city-tianjin") {
          drivers {
            record {
              id
            }
          }
        }
      }
    `);
    expect(onlyError(await gql(beijing, DRIVERS)).code).toBe('FORBIDDEN');
    const partner = await gql(beijing, STANDING);
    const own = await gql(tianjin, STANDING);
    expect(partner.errors).toBeUndefined();
    expect(own.data?.trustStanding.summary).toMatch(/The change of .* comes from: 1 slow response/);
    expect(partner.data?.trustStanding.summary).not.toMatch(/comes from|slow response/i);
    // The score itself stays public, and the rest of the summary is the same words.
    expect(partner.data?.trustStanding.score).toBeCloseTo(own.data!.trustStanding.score, 6);
    expect(own.data?.trustStanding.summary.startsWith(partner.data!.trustStanding.summary)).toBe(true);
  });
});

describe("an evaluation's panel", () => {
  test('follows the accreditations rule: the office reads it, the evaluated city and the panel get FORBIDDEN on that field only', async () => {
    const opened = await gql(coordinator, OPEN, {
      input: {
        clusterId: 'cluster-jjj',
        rubricId: 'participant-performance',
        title: 'Tianjin this year',
        targetType: 'CITY',
        cityId: 'city-tianjin',
        panel: ['demo-evaluator-jjj'],
      },
    });
    expect(opened.errors).toBeUndefined();
    const READ = graphql(`
      query ReadRulesRead($id: ID!) {
        evaluation(id: $id) {
          title
          panel {
            evaluatorId
            organisation
            kind
            affiliatedWithCoordinationOffice
            active
            grantedAt
          }
        }
      }
    `);
    const ACCREDITATIONS = graphql(`
      query ReadRulesAccreditations {
        evaluatorAccreditations(clusterId: "cluster-jjj") {
          evaluatorId
          organisation
        }
      }
    `);
    for (const token of [tianjin, await demoToken('demo-evaluator-jjj')]) {
      expect(onlyError(await gql(token, ACCREDITATIONS)).code).toBe('FORBIDDEN');
      const read = await gql(token, READ, { id: opened.data!.openEvaluation.id });
      expect(read.data?.evaluation).toEqual({ title: 'Tianjin this year', panel: null });
      expect(onlyError(read)).toMatchObject({ code: 'FORBIDDEN' });
      expect(read.errors?.[0].path).toEqual(['evaluation', 'panel']);
    }
    const asOffice = await gql(coordinator, READ, { id: opened.data!.openEvaluation.id });
    expect(asOffice.errors).toBeUndefined();
    expect(asOffice.data?.evaluation.panel).toEqual([
      expect.objectContaining({ evaluatorId: 'demo-evaluator-jjj', organisation: expect.any(String) as string }),
    ]);
  });
});

describe('claims', () => {
  test('are read by the claimant, the parties that pay them, the office and the superior; no one else finds one, on any path', async () => {
    const filed = await gql<{ fileClaim: { id: string } }>(
      tianjin,
      'mutation ($input: FileClaimInput!) { fileClaim(input: $input) { id } }',
      {
        input: {
          agreementId,
          eventId: eventA,
          claimantCityId: 'city-tianjin',
          items: [{ kind: 'TRANSPORT', description: 'Two trucks', amount: cny('300000'), evidence: ['invoice TJ-1'] }],
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    const claimId = filed.data!.fileClaim.id;
    // The superior records about the office, concerning the claim: every member reads records about the office.
    const recorded = await gql(superior, RECORD, {
      input: {
        clusterId: 'cluster-jjj',
        aboutCoordinationOffice: true,
        kind: 'SLOW_RESPONSE',
        note: 'Review took too long',
        evidence: { text: 'Claim log' },
        claimId,
      },
    });
    expect(recorded.errors).toBeUndefined();
    const CLAIM = graphql(`
      query ReadRulesClaim($id: ID!) {
        claim(id: $id) {
          id
          claimed {
            amountMinor
          }
          items {
            description
          }
        }
      }
    `);
    const CLAIMS = graphql(`
      query ReadRulesClaims {
        claims(clusterId: "cluster-jjj") {
          nodes {
            id
          }
        }
      }
    `);
    const THROUGH_RECORD = graphql(`
      query ReadRulesThroughRecord($id: ID!) {
        complianceRecord(id: $id) {
          id
          claim {
            id
            claimed {
              amountMinor
            }
          }
        }
      }
    `);
    const recordId = recorded.data!.recordCompliance.id;

    // Chengde is not a party to the agreement; an evaluator on no panel evaluates nothing of it.
    const idleEvaluator = await tokenFor({
      sub: 'idle-institute',
      name: 'Idle Institute',
      role: 'EVALUATOR',
      clusterId: 'cluster-jjj',
    });
    for (const token of [chengde, idleEvaluator]) {
      expect(onlyError(await gql(token, CLAIM, { id: claimId })).code).toBe('NOT_FOUND');
      expect((await gql(token, CLAIMS)).data?.claims.nodes).toEqual([]);
    }
    const viaRecord = await gql(chengde, THROUGH_RECORD, { id: recordId });
    expect(viaRecord.errors).toBeUndefined();
    expect(viaRecord.data?.complianceRecord).toEqual({ id: recordId, claim: null });

    // The demo evaluator sits on the panel evaluating Tianjin's whole record (above): the claimant's claims are part of it.
    for (const token of [tianjin, beijing, coordinator, superior, await demoToken('demo-evaluator-jjj')]) {
      expect((await gql(token, CLAIM, { id: claimId })).data?.claim).toMatchObject({
        id: claimId,
        claimed: { amountMinor: '300000' },
      });
      expect((await gql(token, CLAIMS)).data?.claims.nodes).toEqual([{ id: claimId }]);
    }
    expect((await gql(beijing, THROUGH_RECORD, { id: recordId })).data?.complianceRecord.claim).toEqual({
      id: claimId,
      claimed: { amountMinor: '300000' },
    });
  });
});

describe("an evaluator's scope", () => {
  const OBLIGATIONS = graphql(`
    query ReadRulesObligations($filter: ObligationFilter) {
      obligations(clusterId: "cluster-jjj", filter: $filter) {
        nodes {
          id
          city {
            id
          }
          event {
            id
          }
        }
      }
    }
  `);
  const RECORDS = graphql(`
    query ReadRulesRecords {
      complianceRecords(clusterId: "cluster-jjj", filter: { cityId: "city-tianjin" }) {
        nodes {
          id
          event {
            id
          }
        }
      }
    }
  `);

  test("an evaluator of event A reads the city's obligations and records of event A, not those of event B", async () => {
    await gql(coordinator, ACCREDIT, {
      input: {
        clusterId: 'cluster-jjj',
        evaluatorId: 'scope-institute',
        name: 'Scope Institute',
        organisation: 'Test',
        kind: 'THIRD_PARTY',
      },
    });
    const opened = await gql(coordinator, OPEN, {
      input: {
        clusterId: 'cluster-jjj',
        rubricId: 'activity-response',
        title: 'Response to flood A',
        targetType: 'EVENT_RESPONSE',
        eventId: eventA,
        panel: ['scope-institute'],
      },
    });
    expect(opened.errors).toBeUndefined();
    const evaluator = await tokenFor({
      sub: 'scope-institute',
      name: 'Scope Institute',
      role: 'EVALUATOR',
      clusterId: 'cluster-jjj',
    });
    const inA = await gql(coordinator, RECORD, { input: breachAboutTianjin(eventA, 'Late in A') });
    const inB = await gql(coordinator, RECORD, { input: breachAboutTianjin(eventB, 'Late in B') });

    // The office sees Tianjin owing in both events.
    const all = await gql(coordinator, OBLIGATIONS, { filter: { cityId: 'city-tianjin' } });
    expect(new Set(all.data?.obligations.nodes.map((node) => node.event?.id))).toEqual(new Set([eventA, eventB]));

    const ofA = await gql(evaluator, OBLIGATIONS, { filter: { eventId: eventA, cityId: 'city-tianjin' } });
    expect(ofA.errors).toBeUndefined();
    expect(ofA.data?.obligations.nodes.length).toBeGreaterThan(0);
    expect(
      ofA.data?.obligations.nodes.every((node) => node.city?.id === 'city-tianjin' && node.event?.id === eventA),
    ).toBe(true);
    for (const filter of [
      { eventId: eventB },
      { eventId: eventB, cityId: 'city-tianjin' },
      { cityId: 'city-tianjin' },
    ]) {
      expect(onlyError(await gql(evaluator, OBLIGATIONS, { filter })).code).toBe('FORBIDDEN');
    }
    expect(
      onlyError(
        await gql(evaluator, 'query ($e: ID) { obligationSummary(clusterId: "cluster-jjj", eventId: $e) { open } }', {
          e: eventB,
        }),
      ).code,
    ).toBe('FORBIDDEN');

    // Records: those concerning A (also the automatic ones of A's obligations), never B's.
    const records = await gql(evaluator, RECORDS);
    expect(records.errors).toBeUndefined();
    const ids = records.data!.complianceRecords.nodes.map((node: { id: string }) => node.id);
    expect(ids).toContain(inA.data?.recordCompliance.id);
    expect(ids).not.toContain(inB.data?.recordCompliance.id);
    expect(
      onlyError(
        await gql(evaluator, 'query ($id: ID!) { complianceRecord(id: $id) { note } }', {
          id: inB.data?.recordCompliance.id,
        }),
      ).code,
    ).toBe('NOT_FOUND');
    // Tianjin's whole record is not what it evaluates: no drivers, and a summary that names none.
    expect(
      onlyError(await gql(evaluator, 'query { trustStanding(cityId: "city-tianjin") { drivers { effect } } }')).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await gql<{ trustStanding: { summary: string } }>(
          evaluator,
          'query { trustStanding(cityId: "city-tianjin") { summary } }',
        )
      ).data?.trustStanding.summary,
    ).not.toMatch(/record that moved it most/);
  });

  test('a participant evaluation in one event reaches that party in that event only', async () => {
    await gql(coordinator, ACCREDIT, {
      input: {
        clusterId: 'cluster-jjj',
        evaluatorId: 'participant-institute',
        name: 'Participant Institute',
        organisation: 'Test',
        kind: 'THIRD_PARTY',
      },
    });
    const opened = await gql(coordinator, OPEN, {
      input: {
        clusterId: 'cluster-jjj',
        rubricId: 'participant-performance',
        title: 'Tianjin in flood B',
        targetType: 'CITY',
        cityId: 'city-tianjin',
        eventId: eventB,
        panel: ['participant-institute'],
      },
    });
    expect(opened.errors).toBeUndefined();
    const evaluator = await tokenFor({
      sub: 'participant-institute',
      name: 'Participant Institute',
      role: 'EVALUATOR',
      clusterId: 'cluster-jjj',
    });
    const own = await gql(evaluator, OBLIGATIONS, { filter: { eventId: eventB, cityId: 'city-tianjin' } });
    expect(own.errors).toBeUndefined();
    expect(own.data?.obligations.nodes.length).toBeGreaterThan(0);
    for (const filter of [
      { eventId: eventB },
      { eventId: eventB, cityId: 'city-beijing' },
      { eventId: eventA, cityId: 'city-tianjin' },
      { cityId: 'city-tianjin' },
    ]) {
      expect(onlyError(await gql(evaluator, OBLIGATIONS, { filter })).code).toBe('FORBIDDEN');
    }
  });
});

describe('what a record concerns', () => {
  test("a city cannot record about a partner's obligation it has no part in by naming another event they share", async () => {
    const obligationsOfB = await gql<{ obligations: { nodes: Array<{ id: string }> } }>(
      coordinator,
      'query ($e: ID) { obligations(clusterId: "cluster-jjj", filter: { eventId: $e, cityId: "city-tianjin" }) { nodes { id } } }',
      { e: eventB },
    );
    const obligationId = obligationsOfB.data?.obligations.nodes[0].id;
    expect(obligationId).toBeDefined();
    // Chengde is no party to the agreement behind Tianjin's obligation; it shares only a later, unrelated event.
    const shared = await gql(chengde, REPORT, {
      input: {
        clusterId: 'cluster-jjj',
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: 'city-chengde',
        affectedCityIds: ['city-tianjin'],
        location: { description: 'G1 expressway' },
        description: 'Tanker overturned',
        observedAt: hoursFrom(new Date().toISOString(), -1),
      },
    });
    const sharedEvent = shared.data!.reportRiskEvent.id;
    const attempt = await gql(chengde, RECORD, {
      input: { ...breachAboutTianjin(sharedEvent, 'Slow on the levee'), obligationId },
    });
    expect(onlyError(attempt)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/The obligation named belongs to another risk event/) as string,
    });
    // The office naming the obligation with its own event and agreement is consistent, and lands.
    const consistent = await gql(coordinator, RECORD, {
      input: { ...breachAboutTianjin(eventB, 'Slow on the levee'), obligationId, agreementId },
    });
    expect(consistent.errors).toBeUndefined();
    expect(
      onlyError(await gql(coordinator, RECORD, { input: { ...breachAboutTianjin(eventA, 'Slow'), obligationId } }))
        .code,
    ).toBe('BAD_USER_INPUT');
  });
});
