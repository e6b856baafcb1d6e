import { gql, onlyError, tokenFor } from '../support/api';
import { AgreementBuilder, hoursFrom, officerOf } from '../support/builders';
import { CONFIRM, DRAFT, PROPOSE, RATIFY, REPORT } from '../support/operations';
import { aCluster, factsOf, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { RecordComplianceInput } from '../generated/graphql';

/**
 * Each read rule is decided once and holds on every path to the data: a record refused at its own query is not
 * readable through a field of another record either, and a caller allowed to read it still reads it everywhere.
 */

// Each test has a cluster of its own: four parties to a flood agreement, and Chengde, a member party to none of it.
const PARTIES = ['Langfang', 'Tianjin', 'Beijing', 'Baoding'];
const cny = (amountMinor: string) => ({ amountMinor, currency: 'CNY' });
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

let world: BuiltCluster;
const idOf = (cityName: string) => world.city(cityName).id;
let tianjinDepot: string;
let agreementId: string;
let eventA: string;
let eventB: string;
let coordinator: string;
let superior: string;
let tianjin: string;
let beijing: string;
let chengde: string;

async function confirmedFlood(origin: string, affected: string[]): Promise<string> {
  const reported = await gql(await officerOf(origin, world.id), REPORT, {
    input: {
      clusterId: world.id,
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

/** An evaluation of Tianjin's whole record this year by the cluster's accredited evaluator. */
const evaluationOfTianjin = () => ({
  clusterId: world.id,
  rubricId: 'participant-performance',
  title: 'Tianjin this year',
  targetType: 'CITY' as const,
  cityId: idOf('Tianjin'),
  panel: [world.evaluator.id],
});

const breachAboutTianjin = (eventId: string, note: string): RecordComplianceInput => ({
  clusterId: world.id,
  cityId: idOf('Tianjin'),
  kind: 'SLOW_RESPONSE',
  note,
  evidence: { text: 'Duty log' },
  eventId,
});

beforeEach(async () => {
  world = await aCluster({ cities: [...PARTIES, 'Chengde'].map(factsOf), inventory: true, rubrics: true }).build();
  tianjinDepot = world.depotItem('Tianjin', 'mobile-pump-unit', 'II');
  coordinator = world.coordinator;
  superior = world.superior;
  [tianjin, beijing, chengde] = ['Tianjin', 'Beijing', 'Chengde'].map((name) => world.city(name).officer);
  const parties = PARTIES.map(idOf);
  const draft = await gql(coordinator, DRAFT, {
    input: {
      ...new AgreementBuilder()
        .with({ clusterId: world.id, partyCityIds: parties, categories: ['NATURAL_DISASTER'] })
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
    await gql(await officerOf(city, world.id), RATIFY, { input: { agreementId, versionNumber: 1 } });
  // Event A: Langfang's flood reaching Tianjin. Event B: Tianjin's own flood reaching Beijing.
  eventA = await confirmedFlood(idOf('Langfang'), [idOf('Tianjin')]);
  eventB = await confirmedFlood(idOf('Tianjin'), [idOf('Beijing')]);
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
          clusterId: world.id,
          requesterCityId: idOf('Beijing'),
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
      { quantity: 3, tier: 'II', fromCity: { id: idOf('Tianjin') }, item: null },
    ]);
    const listed = await gql(
      beijing,
      graphql(`
        query ReadRulesListedOffers($clusterId: ID!) {
          aidRequests(clusterId: $clusterId) {
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
      { clusterId: world.id },
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
    const tianjinEntry = available.data!.resourceAvailability.find((entry) => entry.city.id === idOf('Tianjin'))!;
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
    const officeView = asOffice.data!.resourceAvailability.find((entry) => entry.city.id === idOf('Tianjin'))!;
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
      query ReadRulesStanding($cityId: ID!) {
        trustStanding(cityId: $cityId) {
          score
          summary
        }
      }
    `);
    const DRIVERS = graphql(`
      query ReadRulesDrivers($cityId: ID!) {
        trustStanding(cityId: $cityId) {
          drivers {
            record {
              id
            }
          }
        }
      }
    `);
    expect(onlyError(await gql(beijing, DRIVERS, { cityId: idOf('Tianjin') })).code).toBe('FORBIDDEN');
    const partner = await gql(beijing, STANDING, { cityId: idOf('Tianjin') });
    const own = await gql(tianjin, STANDING, { cityId: idOf('Tianjin') });
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
    const opened = await gql(coordinator, OPEN, { input: evaluationOfTianjin() });
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
      query ReadRulesAccreditations($clusterId: ID!) {
        evaluatorAccreditations(clusterId: $clusterId) {
          evaluatorId
          organisation
        }
      }
    `);
    for (const token of [tianjin, world.evaluator.token]) {
      expect(onlyError(await gql(token, ACCREDITATIONS, { clusterId: world.id })).code).toBe('FORBIDDEN');
      const read = await gql(token, READ, { id: opened.data!.openEvaluation.id });
      expect(read.data?.evaluation).toEqual({ title: 'Tianjin this year', panel: null });
      expect(onlyError(read)).toMatchObject({ code: 'FORBIDDEN' });
      expect(read.errors?.[0].path).toEqual(['evaluation', 'panel']);
    }
    const asOffice = await gql(coordinator, READ, { id: opened.data!.openEvaluation.id });
    expect(asOffice.errors).toBeUndefined();
    expect(asOffice.data?.evaluation.panel).toEqual([
      expect.objectContaining({ evaluatorId: world.evaluator.id, organisation: expect.any(String) as string }),
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
          claimantCityId: idOf('Tianjin'),
          items: [{ kind: 'TRANSPORT', description: 'Two trucks', amount: cny('300000'), evidence: ['invoice TJ-1'] }],
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    const claimId = filed.data!.fileClaim.id;
    // The superior records about the office, concerning the claim: every member reads records about the office.
    const recorded = await gql(superior, RECORD, {
      input: {
        clusterId: world.id,
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
      query ReadRulesClaims($clusterId: ID!) {
        claims(clusterId: $clusterId) {
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
      clusterId: world.id,
    });
    for (const token of [chengde, idleEvaluator]) {
      expect(onlyError(await gql(token, CLAIM, { id: claimId })).code).toBe('NOT_FOUND');
      expect((await gql(token, CLAIMS, { clusterId: world.id })).data?.claims.nodes).toEqual([]);
    }
    const viaRecord = await gql(chengde, THROUGH_RECORD, { id: recordId });
    expect(viaRecord.errors).toBeUndefined();
    expect(viaRecord.data?.complianceRecord).toEqual({ id: recordId, claim: null });

    // The cluster's evaluator sits on the panel evaluating Tianjin's whole record: the claimant's claims are part of it.
    expect((await gql(coordinator, OPEN, { input: evaluationOfTianjin() })).errors).toBeUndefined();
    for (const token of [tianjin, beijing, coordinator, superior, world.evaluator.token]) {
      expect((await gql(token, CLAIM, { id: claimId })).data?.claim).toMatchObject({
        id: claimId,
        claimed: { amountMinor: '300000' },
      });
      expect((await gql(token, CLAIMS, { clusterId: world.id })).data?.claims.nodes).toEqual([{ id: claimId }]);
    }
    expect((await gql(beijing, THROUGH_RECORD, { id: recordId })).data?.complianceRecord.claim).toEqual({
      id: claimId,
      claimed: { amountMinor: '300000' },
    });
  });
});

describe("an evaluator's scope", () => {
  const OBLIGATIONS = graphql(`
    query ReadRulesObligations($clusterId: ID!, $filter: ObligationFilter) {
      obligations(clusterId: $clusterId, filter: $filter) {
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
    query ReadRulesRecords($clusterId: ID!, $cityId: ID!) {
      complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {
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
        clusterId: world.id,
        evaluatorId: 'scope-institute',
        name: 'Scope Institute',
        organisation: 'Test',
        kind: 'THIRD_PARTY',
      },
    });
    const opened = await gql(coordinator, OPEN, {
      input: {
        clusterId: world.id,
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
      clusterId: world.id,
    });
    const inA = await gql(coordinator, RECORD, { input: breachAboutTianjin(eventA, 'Late in A') });
    const inB = await gql(coordinator, RECORD, { input: breachAboutTianjin(eventB, 'Late in B') });

    // The office sees Tianjin owing in both events.
    const all = await gql(coordinator, OBLIGATIONS, { clusterId: world.id, filter: { cityId: idOf('Tianjin') } });
    expect(new Set(all.data?.obligations.nodes.map((node) => node.event?.id))).toEqual(new Set([eventA, eventB]));

    const ofA = await gql(evaluator, OBLIGATIONS, {
      clusterId: world.id,
      filter: { eventId: eventA, cityId: idOf('Tianjin') },
    });
    expect(ofA.errors).toBeUndefined();
    expect(ofA.data?.obligations.nodes.length).toBeGreaterThan(0);
    expect(
      ofA.data?.obligations.nodes.every((node) => node.city?.id === idOf('Tianjin') && node.event?.id === eventA),
    ).toBe(true);
    for (const filter of [
      { eventId: eventB },
      { eventId: eventB, cityId: idOf('Tianjin') },
      { cityId: idOf('Tianjin') },
    ]) {
      expect(onlyError(await gql(evaluator, OBLIGATIONS, { clusterId: world.id, filter })).code).toBe('FORBIDDEN');
    }
    expect(
      onlyError(
        await gql(evaluator, 'query ($c: ID!, $e: ID) { obligationSummary(clusterId: $c, eventId: $e) { open } }', {
          c: world.id,
          e: eventB,
        }),
      ).code,
    ).toBe('FORBIDDEN');

    // Records: those concerning A (also the automatic ones of A's obligations), never B's.
    const records = await gql(evaluator, RECORDS, { clusterId: world.id, cityId: idOf('Tianjin') });
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
      onlyError(
        await gql(evaluator, 'query ($cityId: ID!) { trustStanding(cityId: $cityId) { drivers { effect } } }', {
          cityId: idOf('Tianjin'),
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await gql<{ trustStanding: { summary: string } }>(
          evaluator,
          'query ($cityId: ID!) { trustStanding(cityId: $cityId) { summary } }',
          { cityId: idOf('Tianjin') },
        )
      ).data?.trustStanding.summary,
    ).not.toMatch(/record that moved it most/);
  });

  test('a participant evaluation in one event reaches that party in that event only', async () => {
    await gql(coordinator, ACCREDIT, {
      input: {
        clusterId: world.id,
        evaluatorId: 'participant-institute',
        name: 'Participant Institute',
        organisation: 'Test',
        kind: 'THIRD_PARTY',
      },
    });
    const opened = await gql(coordinator, OPEN, {
      input: {
        clusterId: world.id,
        rubricId: 'participant-performance',
        title: 'Tianjin in flood B',
        targetType: 'CITY',
        cityId: idOf('Tianjin'),
        eventId: eventB,
        panel: ['participant-institute'],
      },
    });
    expect(opened.errors).toBeUndefined();
    const evaluator = await tokenFor({
      sub: 'participant-institute',
      name: 'Participant Institute',
      role: 'EVALUATOR',
      clusterId: world.id,
    });
    const own = await gql(evaluator, OBLIGATIONS, {
      clusterId: world.id,
      filter: { eventId: eventB, cityId: idOf('Tianjin') },
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.obligations.nodes.length).toBeGreaterThan(0);
    for (const filter of [
      { eventId: eventB },
      { eventId: eventB, cityId: idOf('Beijing') },
      { eventId: eventA, cityId: idOf('Tianjin') },
      { cityId: idOf('Tianjin') },
    ]) {
      expect(onlyError(await gql(evaluator, OBLIGATIONS, { clusterId: world.id, filter })).code).toBe('FORBIDDEN');
    }
  });
});

describe('what a record concerns', () => {
  test("a city cannot record about a partner's obligation it has no part in by naming another event they share", async () => {
    const obligationsOfB = await gql<{ obligations: { nodes: Array<{ id: string }> } }>(
      coordinator,
      'query ($c: ID!, $e: ID, $city: ID) { obligations(clusterId: $c, filter: { eventId: $e, cityId: $city }) { nodes { id } } }',
      { c: world.id, e: eventB, city: idOf('Tianjin') },
    );
    const obligationId = obligationsOfB.data?.obligations.nodes[0].id;
    expect(obligationId).toBeDefined();
    // Chengde is no party to the agreement behind Tianjin's obligation; it shares only a later, unrelated event.
    const shared = await gql(chengde, REPORT, {
      input: {
        clusterId: world.id,
        category: 'ACCIDENT',
        level: 'IV',
        warning: 'BLUE',
        originCityId: idOf('Chengde'),
        affectedCityIds: [idOf('Tianjin')],
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
