import { IdempotencyEntity } from '../../src/store/entities';
import { gql, onlyError } from '../support/api';
import { print } from 'graphql';
import type { ReportRiskEventInput } from '../generated/graphql';
import { REPORT } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

/** What the ad-hoc audit query by target reads. */
type AuditTargets = { auditLog: { nodes: Array<{ targetId: string }> } };

// Each test has a cluster of its own (with its cities' depot stock), so every list it reads holds only its own writes.
let world: BuiltCluster;
beforeEach(async () => {
  world = await aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Langfang', 'Tianjin'], inventory: true }).build();
});
const idOf = (cityName: string) => world.city(cityName).id;
/** The id with each of its words capitalised: the same letters, another case. */
const titleCased = (id: string) =>
  id.replace(/(^|-)([a-z])/g, (_all, dash: string, letter: string) => dash + letter.toUpperCase());

const SET_MODE = graphql(`
  mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) {
    setClusterMode(input: $input) {
      id
      mode
      version
    }
  }
`);
const MODE = graphql(`
  query IdsKeysAndTextMode($id: ID!) {
    cluster(id: $id) {
      mode
      version
      modeHistory {
        nodes {
          reason
        }
      }
    }
  }
`);
const EVENTS = graphql(`
  query IdsKeysAndTextEvents($clusterId: ID!) {
    riskEvents(clusterId: $clusterId, first: 100) {
      nodes {
        id
        description
      }
    }
  }
`);
const coordinator = () => world.coordinator;
const suzhou = () => world.city('Suzhou').officer;
const observedAt = new Date(Date.now() - 3_600_000).toISOString();
const spill = (fields: Partial<ReportRiskEventInput> = {}): ReportRiskEventInput => ({
  clusterId: world.id,
  category: 'ACCIDENT',
  level: 'IV',
  warning: 'BLUE',
  originCityId: idOf('Suzhou'),
  affectedCityIds: [idOf('Jiaxing')],
  location: { description: 'Wusong River, Kunshan section' },
  description: 'Diesel sheen on the river',
  observedAt,
  ...fields,
});
async function eventIds(): Promise<string[]> {
  return (await gql(coordinator(), EVENTS, { clusterId: world.id })).data!.riskEvents.nodes.map((event) => event.id);
}
async function modeUnchanged() {
  expect((await gql(coordinator(), MODE, { id: world.id })).data?.cluster).toEqual({
    mode: 'NORMAL',
    version: 1,
    modeHistory: { nodes: [] },
  });
}

describe('ids are compared exactly as stored', () => {
  test('a coordinator naming its cluster upper-cased cannot switch its mode: NOT_FOUND, nothing changes', async () => {
    const upper = world.id.toUpperCase();
    const response = await gql(coordinator(), SET_MODE, {
      input: { clusterId: upper, mode: 'EMERGENCY', reason: 'Typhoon In-fa' },
    });
    expect(onlyError(response)).toMatchObject({
      code: 'NOT_FOUND',
      message: `No cluster with id "${upper}" was found.`,
    });
    await modeUnchanged();
  });

  test('reads by a case variant find nothing, also when the exact id is asked in the same batch', async () => {
    const token = coordinator();
    const variant = titleCased(world.id);
    expect(variant).not.toBe(world.id);
    expect(onlyError(await gql(token, `{ cluster(id: "${variant}") { name } }`))).toMatchObject({
      code: 'NOT_FOUND',
      message: `No cluster with id "${variant}" was found.`,
    });
    const shanghai = idOf('Shanghai');
    expect((await gql<{ city: unknown }>(token, `{ city(id: "${shanghai}") { name } }`)).data?.city).toEqual({
      name: 'Shanghai',
    });
    // Both spellings name one DynamoDB key: one batch read, the exact spelling found, the variant not.
    const both = await gql(
      token,
      `{ exact: city(id: "${shanghai}") { name } variant: city(id: "${shanghai.toUpperCase()}") { name } }`,
    );
    expect(onlyError(both)).toMatchObject({
      code: 'NOT_FOUND',
      message: `No city with id "${shanghai.toUpperCase()}" was found.`,
    });
    expect(both.errors?.[0].path).toEqual(['variant']);
  });

  test('an audit filter on a case variant of a target lists nothing of that target', async () => {
    const query =
      'query ($cluster: ID!, $target: ID) { auditLog(clusterId: $cluster, filter: { targetId: $target }) { nodes { targetId } } }';
    const token = coordinator();
    const langfang = idOf('Langfang');
    const update = await gql(
      world.city('Langfang').officer,
      'mutation ($city: ID!) { updateCityBaseline(input: { cityId: $city, expectedVersion: 1, shelterCapacity: 440000 }) { version } }',
      { city: langfang },
    );
    expect(update.errors).toBeUndefined();
    expect(
      (await gql<AuditTargets>(token, query, { cluster: world.id, target: langfang })).data?.auditLog.nodes,
    ).toEqual([{ targetId: langfang }]);
    expect(
      (await gql<AuditTargets>(token, query, { cluster: world.id, target: langfang.toUpperCase() })).data?.auditLog
        .nodes,
    ).toEqual([]);
  });

  test('an inventory filter by resource type matches the exact type only, not a case variant or a prefix', async () => {
    const list = (type: string, cityId?: string) =>
      gql<{ inventory: { nodes: Array<{ resourceType: { id: string } }> } }>(
        coordinator(),
        'query ($cluster: ID!, $type: ID, $city: ID) { inventory(clusterId: $cluster, cityId: $city, resourceTypeId: $type, first: 100) { nodes { resourceType { id } } } }',
        { cluster: world.id, type, city: cityId },
      );
    const exact = (await list('mobile-pump-unit')).data!.inventory.nodes;
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((node: { resourceType: { id: string } }) => node.resourceType.id === 'mobile-pump-unit')).toBe(
      true,
    );
    expect((await list('MOBILE-PUMP-UNIT')).data?.inventory.nodes).toEqual([]);
    expect((await list('mobile-pump')).data?.inventory.nodes).toEqual([]);
    const langfang = idOf('Langfang');
    expect((await list('Mobile-Pump-Unit', langfang)).data?.inventory.nodes).toEqual([]);
    expect((await list('mobile-pump-unit', langfang)).data?.inventory.nodes.length).toBeGreaterThan(0);
    expect(onlyError(await list('mobile-pump-unit', titleCased(langfang))).code).toBe('NOT_FOUND');
  });

  test('compliance records filtered by a case variant of a city list nothing', async () => {
    const accidents = await aCluster({
      cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'],
      agreements: ['agr-jjj-accidents'],
    }).build();
    const token = accidents.coordinator;
    const tianjin = accidents.city('Tianjin').id;
    const recorded = await gql(
      token,
      'mutation ($input: RecordComplianceInput!) { recordCompliance(input: $input) { id } }',
      {
        input: {
          clusterId: accidents.id,
          cityId: tianjin,
          agreementId: accidents.agreement('agr-jjj-accidents'),
          kind: 'NON_COOPERATION',
          note: 'Did not send the agreed liaison officer.',
          evidence: { text: 'Attendance sheet', links: [] },
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const records = async (cityId: string) =>
      (
        await gql<{ complianceRecords: { nodes: Array<{ city: { id: string } }> } }>(
          token,
          'query ($cluster: ID!, $city: ID) { complianceRecords(clusterId: $cluster, filter: { cityId: $city }, first: 5) { nodes { city { id } } } }',
          { cluster: accidents.id, city: cityId },
        )
      ).data!.complianceRecords.nodes;
    expect((await records(tianjin)).length).toBeGreaterThan(0);
    expect(await records(tianjin.toUpperCase())).toEqual([]);
  });

  test('an evaluator id is exact: a case variant is not accredited, and cannot be accredited over the stored one', async () => {
    const token = coordinator();
    const accredit = (evaluatorId: string) =>
      gql<{ accreditEvaluator: unknown }>(
        token,
        'mutation ($input: AccreditEvaluatorInput!) { accreditEvaluator(input: $input) { evaluatorId } }',
        {
          input: {
            clusterId: world.id,
            evaluatorId,
            name: 'Hebei Safety Institute',
            organisation: 'HSI',
            kind: 'THIRD_PARTY',
          },
        },
      );
    expect((await accredit('hsi-team-1')).data?.accreditEvaluator).toEqual({ evaluatorId: 'hsi-team-1' });
    expect(onlyError(await accredit('HSI-Team-1'))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /"HSI-Team-1" differs only in letter case from the accredited account "hsi-team-1"/,
      ) as string,
    });
    const revoke = await gql(
      token,
      'mutation ($cluster: ID!) { revokeAccreditation(input: { clusterId: $cluster, evaluatorId: "HSI-TEAM-1", reason: "x" }) { active } }',
      { cluster: world.id },
    );
    expect(onlyError(revoke)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('idempotency keys', () => {
  test('keys that differ only in case are different keys: two reports, each retried to itself', async () => {
    const token = suzhou();
    const upper = await gql(token, REPORT, { input: spill({ idempotencyKey: 'Wusong-Sheen-1' }) });
    const lower = await gql(token, REPORT, { input: spill({ idempotencyKey: 'wusong-sheen-1' }) });
    expect(upper.errors).toBeUndefined();
    expect(lower.errors).toBeUndefined();
    expect(lower.data?.reportRiskEvent.id).not.toBe(upper.data?.reportRiskEvent.id);
    const retry = await gql(token, REPORT, { input: spill({ idempotencyKey: 'Wusong-Sheen-1' }) });
    expect(retry.data?.reportRiskEvent.id).toBe(upper.data?.reportRiskEvent.id);
  });

  test('the same key with different content is refused with CONFLICT, and nothing is created', async () => {
    const token = suzhou();
    const first = await gql(token, REPORT, { input: spill({ idempotencyKey: 'kunshan-2' }) });
    expect(first.errors).toBeUndefined();
    const before = await eventIds();
    const other = await gql(token, REPORT, {
      input: spill({ idempotencyKey: 'kunshan-2', description: 'Dead fish at the Kunshan intake', level: 'III' }),
    });
    expect(onlyError(other)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/idempotency key "kunshan-2" was already used for a different request/) as string,
      extensions: { idempotencyKey: 'kunshan-2' },
    });
    expect(await eventIds()).toEqual(before);
    // Omitting an optional field is the same request as sending it as null: the retry gets the first report.
    const same = await gql(token, REPORT, {
      input: spill({
        idempotencyKey: 'kunshan-2',
        location: { description: 'Wusong River, Kunshan section', latitude: null },
      }),
    });
    expect(same.data?.reportRiskEvent.id).toBe(first.data?.reportRiskEvent.id);
  });

  test('a key written before keys were hashed still answers its retry', async () => {
    const token = suzhou();
    const made = await gql(token, REPORT, { input: spill() });
    const eventId = made.data!.reportRiskEvent.id;
    await IdempotencyEntity.put({
      scope: `reportRiskEvent:${world.id}:officer-${idOf('Suzhou')}`,
      key: 'Legacy-Key',
      resultId: eventId,
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
    }).go();
    expect(
      (await gql(token, REPORT, { input: spill({ idempotencyKey: 'Legacy-Key', description: 'anything' }) })).data!
        .reportRiskEvent.id,
    ).toBe(eventId);
    // Matched exactly: a case variant of the old key is a new key.
    const variant = await gql(token, REPORT, { input: spill({ idempotencyKey: 'legacy-key' }) });
    expect(variant.data?.reportRiskEvent.id).not.toBe(eventId);
  });

  test('an inventory update retried with the same key and other content is refused', async () => {
    const langfang = world.city('Langfang').officer;
    const create = await gql<{ createInventoryItem: { id: string } }>(
      langfang,
      'mutation ($input: CreateInventoryItemInput!) { createInventoryItem(input: $input) { id version } }',
      {
        input: {
          cityId: idOf('Langfang'),
          resourceTypeId: 'mobile-pump-unit',
          tier: 'I',
          onHand: 20,
          shareable: 10,
          readiness: 'READY',
          storage: { name: 'Gu\u2019an Depot', latitude: 39.4, longitude: 116.3 },
        },
      },
    );
    const itemId = create.data!.createInventoryItem.id;
    const UPDATE = graphql(`
      mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) {
        updateInventoryItem(input: $input, idempotencyKey: $key) {
          version
          onHand
        }
      }
    `);
    expect(
      (await gql(langfang, UPDATE, { input: { itemId, expectedVersion: 1, onHand: 24 }, key: 'stocktake-11' })).data
        ?.updateInventoryItem,
    ).toEqual({ version: 2, onHand: 24 });
    expect(
      (await gql(langfang, UPDATE, { input: { itemId, expectedVersion: 1, onHand: 24 }, key: 'stocktake-11' })).data
        ?.updateInventoryItem,
    ).toEqual({ version: 2, onHand: 24 });
    expect(
      onlyError(
        await gql(langfang, UPDATE, { input: { itemId, expectedVersion: 1, onHand: 30 }, key: 'stocktake-11' }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      (
        await gql<{ inventoryItem: unknown }>(
          langfang,
          'query ($id: ID!) { inventoryItem(id: $id) { version onHand } }',
          {
            id: itemId,
          },
        )
      ).data?.inventoryItem,
    ).toEqual({ version: 2, onHand: 24 });
  });
});

describe('input bounds', () => {
  const long = 'k'.repeat(2048);

  test('a 2 KB idempotency key is refused with BAD_USER_INPUT naming the limit, and nothing is created', async () => {
    const before = await eventIds();
    const response = await gql(suzhou(), REPORT, { input: spill({ idempotencyKey: long }) });
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The idempotency key is 2048 characters long; the limit is 200.',
    });
    expect(await eventIds()).toEqual(before);
  });

  test.each([
    ['a query argument', 'query ($id: ID!) { cluster(id: $id) { name } }', () => ({ id: long }), 'id'],
    [
      'an input field',
      print(SET_MODE),
      () => ({ input: { clusterId: long, mode: 'EMERGENCY', reason: 'x' } }),
      'input.clusterId',
    ],
    [
      'an element of a list',
      print(REPORT),
      // Made when the test runs: the report names the test's own cluster and cities.
      () => ({ input: spill({ affectedCityIds: [idOf('Jiaxing'), long] }) }),
      'input.affectedCityIds[1]',
    ],
  ])('a 2 KB id in %s is refused with BAD_USER_INPUT naming the field', async (_where, query, variables, field) => {
    const response = await gql(coordinator(), query, variables());
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `"${field}" is 2048 characters long; an id is at most 200 characters.`,
      extensions: { field },
    });
  });

  test.each([
    ['NUL', 'Typhoon\u0000', 'U+0000, a control character'],
    [
      'the right-to-left override',
      'Typhoon \u202Etxt.exe',
      'U+202E, a control that reverses or isolates the reading direction',
    ],
    ['a lone surrogate', 'Typhoon \uD83D', 'U+D83D, half of a character'],
    ['an escape control', 'Typhoon \u001B[31m', 'U+001B, a control character'],
  ])(
    'a reason with %s is refused with BAD_USER_INPUT naming the field, and nothing changes',
    async (_what, reason, described) => {
      const response = await gql(coordinator(), SET_MODE, {
        input: { clusterId: world.id, mode: 'EMERGENCY', reason },
      });
      expect(onlyError(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: `"input.reason" contains a character CityPact does not store (${described}). Remove it and try again.`,
      });
      await modeUnchanged();
    },
  );

  test('refused characters are found in literals and in nested input too; tabs, line breaks and emoji are text', async () => {
    const literal = await gql(
      coordinator(),
      `mutation { setClusterMode(input: { clusterId: "${world.id}", mode: EMERGENCY, reason: "a\\u0000b" }) { mode } }`,
    );
    expect(onlyError(literal)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'input.reason' } });
    const nested = await gql(suzhou(), REPORT, {
      input: spill({ location: { description: 'Kunshan \u2066section' } }),
    });
    expect(onlyError(nested)).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'input.location.description' },
    });
    const fine = await gql(suzhou(), REPORT, {
      input: spill({ description: 'Sheen 2 km long\n\tseen from the bridge 🚤' }),
    });
    expect(fine.errors).toBeUndefined();
    await modeUnchanged();
  });

  test('text made only of invisible characters (zero-width spaces, word joiners, a byte-order mark) counts as empty', async () => {
    const before = await eventIds();
    const invisible = await gql(suzhou(), REPORT, { input: spill({ description: '\u200B\u2060\uFEFF \u200B' }) });
    expect(onlyError(invisible)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The description cannot be empty.' });
    expect(await eventIds()).toEqual(before);
    const fine = await gql(suzhou(), REPORT, { input: spill({ description: 'Sheen\u200B seen' }) });
    expect(fine.errors).toBeUndefined();
    await modeUnchanged();
  });
});
