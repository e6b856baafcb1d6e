import { graphql } from '../generated';
import { gql, onlyError } from '../support/api';
import { hoursFrom } from '../support/builders';
import { testClock } from '../support/clock';
import { SET_EVENT_STATUS, UPDATE_EVENT } from '../support/operations';
import { EVENT_PICTURE, SITUATION_REPORTS, SUBMIT_SITUATION, aFlood, sitrep } from '../support/situation-reports';
import { aCluster, type BuiltCluster } from '../support/world';

const START = '2026-07-20T06:00:00.000Z';
afterAll(() => testClock.reset());

const AUDIT = graphql(`
  query SituationReportsAudit($clusterId: ID!) {
    auditLog(clusterId: $clusterId, filter: { action: SITUATION_REPORT_SUBMITTED }, first: 100) {
      nodes {
        targetId
        targetType
        actorRole
        changes
      }
    }
  }
`);

/** Langfang's flood reaches Tianjin and Baoding; Hengshui is a member of the cluster but not a party. */
const floodCluster = () => aCluster({ cities: ['Langfang', 'Tianjin', 'Baoding', 'Hengshui'] }).build();

async function submitted(token: string, input: Parameters<typeof sitrep>[1] & { eventId: string }) {
  const response = await gql(token, SUBMIT_SITUATION, { input: sitrep(input.eventId, input) });
  expect(response.errors).toBeUndefined();
  return response.data!.submitSituationReport;
}

async function pictureOf(token: string, eventId: string, staleAfter?: string) {
  const response = await gql(token, EVENT_PICTURE, { eventId, ...(staleAfter ? { staleAfter } : {}) });
  expect(response.errors).toBeUndefined();
  return response.data!.eventPicture;
}

async function reportIds(token: string, eventId: string) {
  const response = await gql(token, SITUATION_REPORTS, { eventId, first: 100 });
  expect(response.errors).toBeUndefined();
  return response.data!.situationReports.nodes.map((report) => report.id);
}

async function auditedReports(world: BuiltCluster) {
  const response = await gql(world.coordinator, AUDIT, { clusterId: world.id });
  expect(response.errors).toBeUndefined();
  return response.data!.auditLog.nodes;
}

describe('the full path: cities report, the office sees one picture', () => {
  let world: BuiltCluster;
  let flood: { id: string; observedAt: string };
  beforeAll(async () => {
    testClock.setTo(START);
    world = await floodCluster();
    flood = await aFlood(world, 'Langfang', ['Tianjin', 'Baoding']);
  });

  test('reports from the origin, an affected city and the office add up to the picture, newest first in the list', async () => {
    const langfang = world.city('Langfang');
    const tianjin = world.city('Tianjin');
    testClock.setTo(hoursFrom(START, 1));
    const first = await submitted(langfang.officer, {
      eventId: flood.id,
      asOf: hoursFrom(START, 0.5),
      casualties: { dead: 2, injured: 15, missing: 6 },
      evacuated: 1200,
      affectedPopulation: 30000,
    });
    expect(first).toMatchObject({
      city: { id: langfang.id, name: 'Langfang' },
      event: { id: flood.id },
      asOf: hoursFrom(START, 0.5),
      submittedAt: hoursFrom(START, 1),
      submittedByRole: 'CITY',
      casualties: { dead: 2, injured: 15, missing: 6 },
      needs: ['Drinking water for 5,000 people', 'Two rescue boats'],
    });
    const fromTianjin = await submitted(tianjin.officer, {
      eventId: flood.id,
      cityId: tianjin.id,
      casualties: { dead: 0, injured: 3, missing: 1 },
      evacuated: 400,
      affectedPopulation: 5000,
    });
    // The office relays Tianjin's later figures phoned in from the field.
    testClock.setTo(hoursFrom(START, 2));
    const relayed = await submitted(world.coordinator, {
      eventId: flood.id,
      cityId: tianjin.id,
      casualties: { dead: 1, injured: 4, missing: 0 },
      evacuated: 900,
      affectedPopulation: 6000,
    });
    expect(relayed).toMatchObject({ city: { name: 'Tianjin' }, submittedByRole: 'COORDINATOR' });

    expect(await reportIds(world.coordinator, flood.id)).toEqual([relayed.id, fromTianjin.id, first.id]);
    const picture = await pictureOf(world.coordinator, flood.id);
    expect(picture.totals).toEqual({
      dead: 2 + 1,
      injured: 15 + 4,
      missing: 6 + 0,
      evacuated: 1200 + 900,
      affectedPopulation: 30000 + 6000,
      citiesReporting: 2,
    });
    expect(
      picture.cities.map(({ city, latest, ageMinutes, stale, party }) => [
        city.name,
        latest.id,
        ageMinutes,
        stale,
        party,
      ]),
    ).toEqual([
      ['Langfang', first.id, 90, false, true],
      ['Tianjin', relayed.id, 0, false, true],
    ]);
    expect(picture.notReported.map((city) => city.name)).toEqual(['Baoding']);

    // One audit event per report, naming the report.
    const audited = await auditedReports(world);
    expect(audited.map((entry) => entry.targetId).sort()).toEqual([first.id, fromTianjin.id, relayed.id].sort());
    expect(audited.every((entry) => entry.targetType === 'SituationReport')).toBe(true);
  });

  test('a report goes stale past the threshold; the reader may set its own', async () => {
    testClock.setTo(hoursFrom(START, 8));
    const picture = await pictureOf(world.coordinator, flood.id);
    expect(picture.staleAfter).toBe('PT6H');
    expect(picture.cities.map(({ city, stale, ageMinutes }) => [city.name, stale, ageMinutes])).toEqual([
      ['Langfang', true, 450],
      ['Tianjin', false, 360],
    ]);
    const strict = await pictureOf(world.coordinator, flood.id, 'PT1H');
    expect(strict.cities.map(({ stale }) => stale)).toEqual([true, true]);
    const tooLong = await gql(world.coordinator, EVENT_PICTURE, { eventId: flood.id, staleAfter: 'P30D' });
    expect(onlyError(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { max: 'P7D' } });
  });

  test('a later report may lower figures (people found); an older one sent late is kept but moves nothing', async () => {
    const langfang = world.city('Langfang');
    testClock.setTo(hoursFrom(START, 9));
    const before = await pictureOf(world.coordinator, flood.id);
    const found = await submitted(langfang.officer, {
      eventId: flood.id,
      casualties: { dead: 3, injured: 15, missing: 1 },
      evacuated: 1500,
      affectedPopulation: 30000,
    });
    const after = await pictureOf(world.coordinator, flood.id);
    expect(after.totals).toEqual({
      ...before.totals,
      dead: before.totals.dead + 1,
      missing: before.totals.missing - 5,
      evacuated: before.totals.evacuated + 300,
    });
    // Figures of an earlier hour, sent only now: on record, but the picture keeps the newer figures.
    const late = await submitted(langfang.officer, {
      eventId: flood.id,
      asOf: hoursFrom(START, 3),
      casualties: { dead: 9, injured: 9, missing: 9 },
    });
    expect(await pictureOf(world.coordinator, flood.id)).toMatchObject({ totals: after.totals });
    const ids = await reportIds(world.coordinator, flood.id);
    expect(ids[0]).toBe(found.id);
    expect(ids).toContain(late.id);
  });

  test('a report sent again for the same instant corrects the earlier one: the later submission wins', async () => {
    const langfang = world.city('Langfang');
    testClock.setTo(hoursFrom(START, 10));
    const asOf = hoursFrom(START, 9.5);
    await submitted(langfang.officer, { eventId: flood.id, asOf, casualties: { dead: 30, injured: 15, missing: 1 } });
    testClock.setTo(hoursFrom(START, 10.1));
    const corrected = await submitted(langfang.officer, {
      eventId: flood.id,
      asOf,
      casualties: { dead: 3, injured: 15, missing: 1 },
    });
    const picture = await pictureOf(world.coordinator, flood.id);
    const langfangNow = picture.cities.find((entry) => entry.city.name === 'Langfang')!;
    expect(langfangNow.latest).toMatchObject({ id: corrected.id, casualties: { dead: 3 } });
    expect(picture.totals.dead).toBe(3 + 1);
  });

  test('the office, the party cities, evaluators and the superior read; another member city is refused by name', async () => {
    for (const token of [world.coordinator, world.city('Baoding').officer, world.evaluator.token, world.superior]) {
      expect((await gql(token, EVENT_PICTURE, { eventId: flood.id })).errors).toBeUndefined();
      expect((await gql(token, SITUATION_REPORTS, { eventId: flood.id })).errors).toBeUndefined();
    }
    const hengshui = world.city('Hengshui').officer;
    for (const response of [
      await gql(hengshui, EVENT_PICTURE, { eventId: flood.id }),
      await gql(hengshui, SITUATION_REPORTS, { eventId: flood.id }),
    ]) {
      const refused = onlyError(response);
      expect(refused.code).toBe('FORBIDDEN');
      expect(refused.message).toContain('Hengshui is not a party to this event');
    }
  });
});

describe('who may report, and for whom', () => {
  let world: BuiltCluster;
  let other: BuiltCluster;
  let flood: { id: string };
  beforeAll(async () => {
    testClock.setTo(START);
    [world, other] = await Promise.all([floodCluster(), floodCluster()]);
    flood = await aFlood(world, 'Langfang', ['Tianjin']);
  });

  /** Every refusal leaves the event as it was: no report, no audit event, the same picture. */
  async function refused(token: string, input: Parameters<typeof sitrep>[1] & { eventId: string }) {
    const before = await Promise.all([pictureOf(world.coordinator, flood.id), auditedReports(world)]);
    const response = await gql(token, SUBMIT_SITUATION, { input: sitrep(input.eventId, input) });
    expect(response.data).toBeNull();
    expect(await Promise.all([pictureOf(world.coordinator, flood.id), auditedReports(world)])).toEqual(before);
    expect(await reportIds(world.coordinator, flood.id)).toEqual([]);
    return onlyError(response);
  }

  test('a member city that is not party to the event is refused, by name', async () => {
    const error = await refused(world.city('Hengshui').officer, { eventId: flood.id });
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('Hengshui is not a party to this event');
  });

  test('a party city reports for itself only; the office must name a party city', async () => {
    const forTianjin = await refused(world.city('Langfang').officer, {
      eventId: flood.id,
      cityId: world.city('Tianjin').id,
    });
    expect(forTianjin.code).toBe('FORBIDDEN');
    expect(await refused(world.coordinator, { eventId: flood.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'cityId' },
    });
    const forHengshui = await refused(world.coordinator, { eventId: flood.id, cityId: world.city('Hengshui').id });
    expect(forHengshui.code).toBe('BAD_USER_INPUT');
    expect(forHengshui.message).toContain('Hengshui is not a party to this event');
  });

  test('evaluators and the superior read reports but do not send them', async () => {
    for (const token of [world.evaluator.token, world.superior]) {
      const error = await refused(token, { eventId: flood.id, cityId: world.city('Langfang').id });
      expect(error.code).toBe('FORBIDDEN');
    }
  });

  test("another cluster's event is NOT_FOUND, for every role there, to send and to read", async () => {
    for (const token of [other.coordinator, other.city('Langfang').officer, other.evaluator.token, other.superior]) {
      const error = await refused(token, { eventId: flood.id, cityId: other.city('Langfang').id });
      expect(error).toMatchObject({ code: 'NOT_FOUND', message: `No risk event with id "${flood.id}" was found.` });
      expect(onlyError(await gql(token, EVENT_PICTURE, { eventId: flood.id })).code).toBe('NOT_FOUND');
      expect(onlyError(await gql(token, SITUATION_REPORTS, { eventId: flood.id })).code).toBe('NOT_FOUND');
    }
    // Nor may the office name a city of another cluster.
    const foreignCity = await refused(world.coordinator, { eventId: flood.id, cityId: other.city('Tianjin').id });
    expect(foreignCity.code).toBe('NOT_FOUND');
  });

  test('ids in another letter case name nothing', async () => {
    expect((await refused(world.city('Langfang').officer, { eventId: flood.id.toUpperCase() })).code).toBe('NOT_FOUND');
    const city = world.city('Tianjin').id;
    expect((await refused(world.coordinator, { eventId: flood.id, cityId: city.toUpperCase() })).code).toBe(
      'NOT_FOUND',
    );
    expect(onlyError(await gql(world.coordinator, EVENT_PICTURE, { eventId: flood.id.toUpperCase() })).code).toBe(
      'NOT_FOUND',
    );
  });

  test('a report cannot speak for the future, nor for before the event was observed', async () => {
    const officer = world.city('Langfang').officer;
    const future = await refused(officer, { eventId: flood.id, asOf: hoursFrom(START, 0.1) });
    expect(future).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('in the future') as string,
    });
    const early = await refused(officer, { eventId: flood.id, asOf: hoursFrom(START, -3) });
    expect(early).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('before the event was observed') as string,
    });
  });

  test('figures are whole numbers of people within bounds, text within its limits', async () => {
    const officer = world.city('Langfang').officer;
    const negative = await refused(officer, { eventId: flood.id, casualties: { dead: -1, injured: 0, missing: 0 } });
    expect(negative).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { min: 0 },
      message: expect.stringContaining('dead') as string,
    });
    const huge = await refused(officer, { eventId: flood.id, affectedPopulation: 60_000_000 });
    expect(huge).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { max: 50_000_000 },
      message: expect.stringContaining('people affected') as string,
    });
    const blank = await refused(officer, { eventId: flood.id, summary: ' \u200b ' });
    expect(blank.code).toBe('BAD_USER_INPUT');
    const tooMany = await refused(officer, {
      eventId: flood.id,
      needs: Array.from({ length: 21 }, (_, i) => `Need ${i}`),
    });
    expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { max: 20 } });
    const emptyNeed = await refused(officer, { eventId: flood.id, needs: ['Boats', '  '] });
    expect(emptyNeed).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('need number 2') as string,
    });
    // Beyond what a GraphQL Int holds, the request itself is refused before anything runs.
    const beyondInt = await gql(officer, SUBMIT_SITUATION, { input: sitrep(flood.id, { evacuated: 10_000_000_000 }) });
    expect(beyondInt.status).toBe(400);
    expect(onlyError(beyondInt).code).toBe('BAD_USER_INPUT');
    expect(await reportIds(world.coordinator, flood.id)).toEqual([]);
  });
});

describe('which events take reports', () => {
  test('a reported event takes them; a closed one for 72 hours, then CONFLICT with the deadline', async () => {
    testClock.setTo(START);
    const world = await floodCluster();
    const unconfirmed = await aFlood(world, 'Langfang', ['Tianjin'], false);
    await submitted(world.city('Langfang').officer, { eventId: unconfirmed.id });

    const flood = await aFlood(world, 'Langfang', ['Tianjin']);
    const closed = await gql(world.coordinator, SET_EVENT_STATUS, {
      input: { eventId: flood.id, expectedVersion: 2, status: 'CLOSED' },
    });
    expect(closed.errors).toBeUndefined();
    testClock.setTo(hoursFrom(START, 71));
    const final = await submitted(world.city('Tianjin').officer, {
      eventId: flood.id,
      casualties: { dead: 1, injured: 0, missing: 0 },
    });
    testClock.setTo(hoursFrom(START, 73));
    const late = onlyError(await gql(world.city('Tianjin').officer, SUBMIT_SITUATION, { input: sitrep(flood.id) }));
    expect(late).toMatchObject({
      code: 'CONFLICT',
      extensions: { currentState: 'CLOSED', deadline: hoursFrom(START, 72) },
    });
    expect(await reportIds(world.coordinator, flood.id)).toEqual([final.id]);
  });

  test('a city taken off the affected cities no longer reports; its figures stay in the totals, marked', async () => {
    testClock.setTo(START);
    const world = await floodCluster();
    const flood = await aFlood(world, 'Langfang', ['Tianjin', 'Baoding']);
    await submitted(world.city('Baoding').officer, {
      eventId: flood.id,
      casualties: { dead: 1, injured: 2, missing: 0 },
    });
    const updated = await gql(world.coordinator, UPDATE_EVENT, {
      input: { eventId: flood.id, expectedVersion: 2, affectedCityIds: [world.city('Tianjin').id] },
    });
    expect(updated.errors).toBeUndefined();
    const refusedNow = onlyError(
      await gql(world.city('Baoding').officer, SUBMIT_SITUATION, { input: sitrep(flood.id) }),
    );
    expect(refusedNow).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('Baoding is not a party') as string,
    });
    const picture = await pictureOf(world.coordinator, flood.id);
    expect(picture.cities.map(({ city, party }) => [city.name, party])).toEqual([['Baoding', false]]);
    expect(picture.totals).toMatchObject({ dead: 1, injured: 2, citiesReporting: 1 });
    expect(picture.notReported.map((city) => city.name)).toEqual(['Langfang', 'Tianjin']);
  });
});

describe('idempotent retries', () => {
  let world: BuiltCluster;
  let flood: { id: string };
  beforeAll(async () => {
    testClock.setTo(START);
    world = await floodCluster();
    flood = await aFlood(world, 'Langfang', ['Tianjin']);
  });

  test('the same key and content, sent again and in parallel, is one report with one audit event', async () => {
    const officer = world.city('Tianjin').officer;
    const input = sitrep(flood.id, { idempotencyKey: 'tianjin-0800' });
    const first = await gql(officer, SUBMIT_SITUATION, { input });
    expect(first.errors).toBeUndefined();
    const again = await Promise.all(Array.from({ length: 4 }, () => gql(officer, SUBMIT_SITUATION, { input })));
    expect(again.map((response) => response.data?.submitSituationReport.id)).toEqual(
      Array(4).fill(first.data!.submitSituationReport.id),
    );
    expect(await reportIds(world.coordinator, flood.id)).toEqual([first.data!.submitSituationReport.id]);
    expect(await auditedReports(world)).toHaveLength(1);
    expect((await pictureOf(world.coordinator, flood.id)).totals.citiesReporting).toBe(1);
  });

  test('parallel first sends with one key make one report', async () => {
    const officer = world.city('Langfang').officer;
    const input = sitrep(flood.id, { idempotencyKey: 'langfang-first' });
    const sent = await Promise.all(Array.from({ length: 5 }, () => gql(officer, SUBMIT_SITUATION, { input })));
    const ids = new Set(sent.map((response) => response.data?.submitSituationReport.id));
    expect(ids.size).toBe(1);
    expect((await reportIds(world.coordinator, flood.id)).filter((id) => ids.has(id))).toHaveLength(1);
  });

  test('the same key with other content is CONFLICT and changes nothing; keys differing in case are two keys', async () => {
    const officer = world.city('Tianjin').officer;
    const before = await reportIds(world.coordinator, flood.id);
    const changed = sitrep(flood.id, {
      idempotencyKey: 'tianjin-0800',
      casualties: { dead: 5, injured: 0, missing: 0 },
    });
    expect(onlyError(await gql(officer, SUBMIT_SITUATION, { input: changed }))).toMatchObject({
      code: 'CONFLICT',
      extensions: { idempotencyKey: 'tianjin-0800' },
    });
    expect(await reportIds(world.coordinator, flood.id)).toEqual(before);
    const otherCase = await gql(officer, SUBMIT_SITUATION, { input: { ...changed, idempotencyKey: 'Tianjin-0800' } });
    expect(otherCase.errors).toBeUndefined();
    expect(await reportIds(world.coordinator, flood.id)).toHaveLength(before.length + 1);
  });
});
