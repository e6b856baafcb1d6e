import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { dynamoClients } from '../../src/store/client';
import { gql } from '../support/api';
import { hoursFrom } from '../support/builders';
import { testClock } from '../support/clock';
import { EVENT_PICTURE, SITUATION_REPORTS, SUBMIT_SITUATION, aFlood, sitrep } from '../support/situation-reports';
import { aCluster, type BuiltCluster } from '../support/world';

const START = '2026-08-02T04:00:00.000Z';
afterAll(() => testClock.reset());

const CITIES = ['Langfang', 'Tianjin', 'Baoding'] as const;
type Figures = { dead: number; injured: number; missing: number; evacuated: number; affectedPopulation: number };

async function submit(token: string, eventId: string, cityId: string | undefined, asOf: string, figures: Figures) {
  const { evacuated, affectedPopulation, ...casualties } = figures;
  const response = await gql(token, SUBMIT_SITUATION, {
    input: sitrep(eventId, { cityId, asOf, casualties, evacuated, affectedPopulation }),
  });
  expect(response.errors).toBeUndefined();
  return response.data!.submitSituationReport;
}

async function picture(world: BuiltCluster, eventId: string) {
  const response = await gql(world.coordinator, EVENT_PICTURE, { eventId });
  expect(response.errors).toBeUndefined();
  return response.data!.eventPicture;
}

/** Every report of the event, newest first, read page by page. */
async function allReports(world: BuiltCluster, eventId: string) {
  const reports = [];
  let after: string | null | undefined;
  do {
    const response = await gql(world.coordinator, SITUATION_REPORTS, { eventId, first: 100, after });
    expect(response.errors).toBeUndefined();
    reports.push(...response.data!.situationReports.nodes);
    after = response.data!.situationReports.pageInfo.hasNextPage
      ? response.data!.situationReports.pageInfo.endCursor
      : null;
  } while (after);
  return reports;
}

/** The totals as the reports themselves say: each city's first report in the newest-first list is its latest. */
async function recomputedTotals(world: BuiltCluster, eventId: string) {
  const latest = new Map<string, Awaited<ReturnType<typeof allReports>>[number]>();
  for (const report of await allReports(world, eventId))
    if (!latest.has(report.city.id)) latest.set(report.city.id, report);
  const sum = (figure: (report: Awaited<ReturnType<typeof allReports>>[number]) => number) =>
    [...latest.values()].reduce((total, report) => total + figure(report), 0);
  return {
    dead: sum((report) => report.casualties.dead),
    injured: sum((report) => report.casualties.injured),
    missing: sum((report) => report.casualties.missing),
    evacuated: sum((report) => report.evacuated),
    affectedPopulation: sum((report) => report.affectedPopulation),
    citiesReporting: latest.size,
  };
}

/** A small seeded generator, so a failing sequence can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % below;
  };
}

const figuresFrom = (random: (below: number) => number): Figures => ({
  dead: random(50),
  injured: random(500),
  missing: random(80),
  evacuated: random(20_000),
  affectedPopulation: random(200_000),
});

let world: BuiltCluster;
beforeAll(async () => {
  testClock.setTo(START);
  world = await aCluster({ cities: [...CITIES] }).build();
});

test('three cities reporting at the same moment are all counted', async () => {
  testClock.setTo(START);
  const flood = await aFlood(world, 'Langfang', ['Tianjin', 'Baoding']);
  const figures = CITIES.map((_, index) => ({
    dead: index + 1,
    injured: 10 * (index + 1),
    missing: index,
    evacuated: 100 * (index + 1),
    affectedPopulation: 1000 * (index + 1),
  }));
  await Promise.all(
    CITIES.map((name, index) => submit(world.city(name).officer, flood.id, undefined, testClock.now(), figures[index])),
  );
  const { totals, notReported } = await picture(world, flood.id);
  expect(totals).toEqual({
    dead: 6,
    injured: 60,
    missing: 3,
    evacuated: 600,
    affectedPopulation: 6000,
    citiesReporting: 3,
  });
  expect(notReported).toEqual([]);
  expect(await allReports(world, flood.id)).toHaveLength(3);
});

test('two reports of one city at once: the newer asOf is the latest, whichever lands first', async () => {
  testClock.setTo(START);
  const flood = await aFlood(world, 'Langfang', ['Tianjin']);
  const langfang = world.city('Langfang');
  const tianjin = await submit(world.city('Tianjin').officer, flood.id, undefined, START, {
    dead: 1,
    injured: 1,
    missing: 1,
    evacuated: 1,
    affectedPopulation: 1,
  });
  for (let round = 1; round <= 8; round++) {
    testClock.setTo(hoursFrom(START, round));
    const older = { dead: round, injured: 0, missing: 100 + round, evacuated: 0, affectedPopulation: 0 };
    const newer = { dead: round + 1, injured: 0, missing: round, evacuated: round, affectedPopulation: 1000 };
    // The officer and the office send at the same moment, in either order.
    const sends = [
      () => submit(langfang.officer, flood.id, undefined, hoursFrom(START, round - 0.5), older),
      () => submit(world.coordinator, flood.id, langfang.id, hoursFrom(START, round - 0.25), newer),
    ];
    const [first, second] = round % 2 ? sends : [...sends].reverse();
    const sent = await Promise.all([first(), second()]);
    const expected = sent.find((report) => report.asOf === hoursFrom(START, round - 0.25))!;
    const now = await picture(world, flood.id);
    expect(now.cities.find((entry) => entry.city.id === langfang.id)!.latest.id).toBe(expected.id);
    expect(now.totals).toEqual({
      dead: round + 1 + tianjin.casualties.dead,
      injured: tianjin.casualties.injured,
      missing: round + tianjin.casualties.missing,
      evacuated: round + tianjin.evacuated,
      affectedPopulation: 1000 + tianjin.affectedPopulation,
      citiesReporting: 2,
    });
  }
});

test('after random bursts of simultaneous reports, the picture equals what the reports say', async () => {
  testClock.setTo(START);
  const flood = await aFlood(world, 'Langfang', ['Tianjin', 'Baoding']);
  const random = seeded(20260802);
  for (let burst = 1; burst <= 6; burst++) {
    testClock.setTo(hoursFrom(START, burst));
    // Up to five reports at once, from any city, speaking for any instant since the flood was observed.
    const sends = Array.from({ length: 2 + random(4) }, () => {
      const city = world.city(CITIES[random(CITIES.length)]);
      const asOf = hoursFrom(flood.observedAt, random(4 * (burst + 2)) / 4);
      return random(2)
        ? submit(city.officer, flood.id, undefined, asOf, figuresFrom(random))
        : submit(world.coordinator, flood.id, city.id, asOf, figuresFrom(random));
    });
    await Promise.all(sends);
    expect((await picture(world, flood.id)).totals).toEqual(await recomputedTotals(world, flood.id));
  }
}, 90_000); // sized to the work under load: six bursts of up to five reports at once

test("the picture's reads do not grow with the number of reports", async () => {
  testClock.setTo(START);
  const flood = await aFlood(world, 'Langfang', ['Tianjin', 'Baoding']);
  const counter = countDynamoCalls(dynamoClients);
  const random = seeded(7);
  const measure = async () => {
    await picture(world, flood.id); // the caller's scope is checked once per container: not part of the picture
    counter.reset();
    await picture(world, flood.id);
    return { ...counter.byCommand };
  };
  await submit(world.city('Langfang').officer, flood.id, undefined, START, figuresFrom(random));
  const few = await measure();
  // The event, its cities in one batch, and its picture in one Query.
  expect(few).toEqual({ GetItemCommand: 1, BatchGetItemCommand: 1, QueryCommand: 1 });
  for (let hour = 1; hour <= 20; hour++) {
    testClock.setTo(hoursFrom(START, hour / 4));
    await Promise.all(
      CITIES.map((name) => submit(world.city(name).officer, flood.id, undefined, testClock.now(), figuresFrom(random))),
    );
  }
  expect(await allReports(world, flood.id)).toHaveLength(61);
  expect(await measure()).toEqual(few);
}, 120_000); // sized to the work under load: 61 reports, each a transaction on the event's picture

describe('the write itself checks the event, whatever the report was decided on', () => {
  /** The event as it was read a moment before its last change, handed to the next report once. */
  async function decidedOnStaleEvent(eventId: string, change: () => Promise<void>) {
    const { riskEventRepository } = await import('../../src/store/events');
    const before = await riskEventRepository.get(eventId);
    await change();
    jest.spyOn(riskEventRepository, 'get').mockResolvedValueOnce(before);
  }

  afterEach(() => jest.restoreAllMocks());

  test('an event closed beyond the grace between the read and the write takes no report', async () => {
    testClock.setTo(START);
    const flood = await aFlood(world, 'Langfang', ['Tianjin']);
    await decidedOnStaleEvent(flood.id, async () => {
      const { riskEventRepository } = await import('../../src/store/events');
      const event = (await riskEventRepository.get(flood.id))!;
      // Closed long ago, as a close that landed just before this report would leave it after the grace.
      await riskEventRepository.apply(
        event,
        { status: 'CLOSED', closedAt: hoursFrom(START, -100) },
        { action: 'RISK_EVENT_STATUS_CHANGED', changes: { status: [event.status, 'CLOSED'] } },
        { id: 'test', name: 'Test', role: 'COORDINATOR' },
        START,
      );
    });
    const refused = await gql(world.city('Tianjin').officer, SUBMIT_SITUATION, { input: sitrep(flood.id) });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentState: 'CLOSED' });
    expect(await allReports(world, flood.id)).toEqual([]);
  });

  test('a city taken off the event between the read and the write cannot report', async () => {
    testClock.setTo(START);
    const flood = await aFlood(world, 'Langfang', ['Tianjin', 'Baoding']);
    await decidedOnStaleEvent(flood.id, async () => {
      const { riskEventRepository } = await import('../../src/store/events');
      const event = (await riskEventRepository.get(flood.id))!;
      await riskEventRepository.apply(
        event,
        { affectedCityIds: [world.city('Tianjin').id] },
        { action: 'RISK_EVENT_UPDATED', changes: {} },
        { id: 'test', name: 'Test', role: 'COORDINATOR' },
        START,
      );
    });
    const refused = await gql(world.city('Baoding').officer, SUBMIT_SITUATION, { input: sitrep(flood.id) });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('Baoding is not a party to this event') as string,
    });
    expect(await allReports(world, flood.id)).toEqual([]);
    expect((await picture(world, flood.id)).totals.citiesReporting).toBe(0);
  });
});
