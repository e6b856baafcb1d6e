import { repositories } from '../../src/store';
import { gql, onlyError, type GraphQLResponse } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import {
  AMEND,
  CONFIRM,
  DRAFT,
  OBLIGATIONS,
  PROPOSE,
  FULFIL,
  REPORT,
  RESUME,
  SET_EVENT_STATUS,
  SUSPEND,
  TERMINATE,
  UPDATE_DRAFT,
  UPDATE_EVENT,
  WAIVE,
} from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

// docs/API.md: a stale `expectedVersion` is CONFLICT with `extensions.yourVersion` and `currentVersion`, and nothing
// changes. Every mutation that takes `expectedVersion` (outside compensation and compliance) is held to it here, and
// two writers racing on one record prove the same answer comes from inside the transaction.

// Each case has two clusters of its own: a Beijing–Tianjin–Hebei with the resource catalogue, reserve requirements
// and rubrics, and a Yangtze River Delta whose office drafts the agreements.
let jjjWorld: BuiltCluster;
let yrdWorld: BuiltCluster;
beforeEach(async () => {
  [jjjWorld, yrdWorld] = await Promise.all([
    aCluster({
      cities: ['Beijing', 'Tianjin', 'Langfang', 'Chengde', 'Hengshui'],
      requirements: true,
      rubrics: true,
    }).build(),
    aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai'] }).build(),
  ]);
});
const idOf = (cityName: string) => jjjWorld.city(cityName).id;

const BASELINE = graphql(`
  mutation VersionConflictsBaseline($input: UpdateCityBaselineInput!) {
    updateCityBaseline(input: $input) {
      version
      baseline {
        shelterCapacity
      }
    }
  }
`);
const MODE = graphql(`
  mutation VersionConflictsMode($input: SetClusterModeInput!) {
    setClusterMode(input: $input) {
      version
      mode
    }
  }
`);
const TRUST = graphql(`
  mutation VersionConflictsTrust($input: SetTrustSettingsInput!) {
    setTrustSettings(input: $input) {
      version
    }
  }
`);
const DEFINE_TYPE = graphql(`
  mutation VersionConflictsDefineType($input: DefineResourceTypeInput!) {
    defineResourceType(input: $input) {
      version
    }
  }
`);
const REQUIREMENT = graphql(`
  mutation VersionConflictsRequirement($input: SetReserveRequirementInput!) {
    setReserveRequirement(input: $input) {
      version
    }
  }
`);
const CREATE_ITEM = graphql(`
  mutation VersionConflictsCreateItem($input: CreateInventoryItemInput!) {
    createInventoryItem(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_ITEM = graphql(`
  mutation VersionConflictsUpdateItem($input: UpdateInventoryItemInput!) {
    updateInventoryItem(input: $input) {
      version
    }
  }
`);
const REQUEST_AID = graphql(`
  mutation VersionConflictsRequestAid($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
      version
    }
  }
`);
const CANCEL_REQUEST = graphql(`
  mutation VersionConflictsCancelRequest($input: AidRequestReasonInput!) {
    cancelAidRequest(input: $input) {
      version
    }
  }
`);
const CLOSE_REQUEST = graphql(`
  mutation VersionConflictsCloseRequest($input: AidRequestReasonInput!) {
    closeAidRequest(input: $input) {
      version
    }
  }
`);
const RUBRIC = graphql(`
  mutation VersionConflictsRubric($input: DefineRubricInput!) {
    defineRubric(input: $input) {
      version
    }
  }
`);
const OPEN_EVALUATION = graphql(`
  mutation VersionConflictsOpenEvaluation($input: OpenEvaluationInput!) {
    openEvaluation(input: $input) {
      id
      version
    }
  }
`);
const FINALIZE = graphql(`
  mutation VersionConflictsFinalize($input: FinalizeEvaluationInput!) {
    finalizeEvaluation(input: $input) {
      version
    }
  }
`);

const jjj = async () => jjjWorld.coordinator;
const yrd = async () => yrdWorld.coordinator;
const langfang = async () => jjjWorld.city('Langfang').officer;
/** An agreement among the Yangtze River Delta's cities, owing a report of the origin. */
const yrdAgreement = () =>
  new AgreementBuilder()
    .with({ clusterId: yrdWorld.id, partyCityIds: yrdWorld.cityIds() })
    .duty('ORIGIN', 'REPORT', 'PT2H')
    .build();

/** What a case reads of its record (a plain query with its shape named), to show nothing changed. */
async function read<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await gql<T>(token, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function succeeded<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** A record at some version, a way to send a change at any version, and a read of what a change would touch. */
interface Prepared {
  version: number;
  send: (expectedVersion: number) => Promise<GraphQLResponse<unknown>>;
  read: () => Promise<unknown>;
}

/** The version a client read before the last change (or, for a record never changed, one it never had). */
const staleOf = (version: number) => (version > 1 ? version - 1 : version + 1);

const agreementRead = (agreementId: string) => async () =>
  read(await yrd(), 'query ($id: ID!) { agreement(id: $id) { version status pending { number status title } } }', {
    id: agreementId,
  });

/** A draft changed once (version 2): a client still holding version 1 is stale. */
async function changedDraft(): Promise<string> {
  const token = await yrd();
  const input = yrdAgreement();
  const agreementId = succeeded(await gql(token, DRAFT, { input })).draftAgreement.id;
  succeeded(await gql(token, UPDATE_DRAFT, { input: { agreementId, expectedVersion: 1, title: 'Renamed once' } }));
  return agreementId;
}

async function inForce(): Promise<{ agreementId: string; version: number }> {
  const agreementId = await agreementInForce(await yrd(), yrdAgreement());
  const { agreement } = await read<{ agreement: { version: number } }>(
    await yrd(),
    'query ($id: ID!) { agreement(id: $id) { version } }',
    { id: agreementId },
  );
  return { agreementId, version: agreement.version };
}

/** A reported event, confirmed (version 2), with the obligations its agreements owe. */
async function confirmedEvent(): Promise<string> {
  const eventId = succeeded(
    await gql(await langfang(), REPORT, {
      input: {
        clusterId: jjjWorld.id,
        category: 'NATURAL_DISASTER',
        level: 'III',
        warning: 'ORANGE',
        originCityId: idOf('Langfang'),
        affectedCityIds: [idOf('Tianjin')],
        location: { description: 'Yongding River' },
        description: 'Levee seepage',
        observedAt: hoursFrom(new Date().toISOString(), -2),
      },
    }),
  ).reportRiskEvent.id;
  succeeded(await gql(await jjj(), CONFIRM, { input: { eventId } }));
  return eventId;
}

const eventRead = (eventId: string) => async () =>
  read(await jjj(), 'query ($id: ID!) { riskEvent(id: $id) { version status level warning } }', { id: eventId });

/** An open obligation of Tianjin (affected by an event under an agreement of the test's own). */
async function openObligation(): Promise<{ obligationId: string; eventId: string; version: number }> {
  await agreementInForce(
    await jjj(),
    new AgreementBuilder()
      .with({
        clusterId: jjjWorld.id,
        partyCityIds: [idOf('Langfang'), idOf('Tianjin')],
        categories: ['NATURAL_DISASTER'],
      })
      .duty('AFFECTED', 'SHARE_INFORMATION', 'PT12H')
      .build(),
  );
  const eventId = await confirmedEvent();
  const owed = succeeded(
    await gql(await jjj(), OBLIGATIONS, { clusterId: jjjWorld.id, filter: { eventId, status: ['OPEN'] } }),
  ).obligations.nodes.find((obligation) => obligation.city?.id === idOf('Tianjin'));
  expect(owed).toBeDefined();
  return { obligationId: owed!.id, eventId, version: owed!.version };
}

const obligationRead = (eventId: string, obligationId: string) => async () =>
  succeeded(
    await gql(await jjj(), OBLIGATIONS, { clusterId: jjjWorld.id, filter: { eventId } }),
  ).obligations.nodes.find((obligation) => obligation.id === obligationId);

async function aidRequest(): Promise<{ requestId: string; version: number }> {
  const { requestAid } = succeeded(
    await gql(await langfang(), REQUEST_AID, {
      input: {
        clusterId: jjjWorld.id,
        requesterCityId: idOf('Langfang'),
        resourceTypeId: 'mobile-pump-unit',
        minimumTier: 'II',
        quantity: 4,
        neededBy: hoursFrom(new Date().toISOString(), 12),
        destination: { name: 'Gu\u2019an flood line', latitude: 39.44, longitude: 116.3 },
      },
    }),
  );
  return { requestId: requestAid.id, version: requestAid.version };
}

const aidRead = (requestId: string) => async () =>
  read(await langfang(), 'query ($id: ID!) { aidRequest(id: $id) { version status } }', { id: requestId });

const cases: Array<[string, () => Promise<Prepared>]> = [
  [
    'updateCityBaseline',
    async () => {
      const token = jjjWorld.city('Hengshui').officer;
      const hengshui = idOf('Hengshui');
      const first = succeeded(
        await gql(token, BASELINE, {
          input: { cityId: hengshui, expectedVersion: 1, shelterCapacity: 301_500 },
        }),
      );
      return {
        version: first.updateCityBaseline.version,
        send: (expectedVersion) =>
          gql(token, BASELINE, { input: { cityId: hengshui, expectedVersion, shelterCapacity: 1 } }),
        read: async () =>
          read(token, 'query ($id: ID!) { city(id: $id) { version baseline { shelterCapacity population } } }', {
            id: hengshui,
          }),
      };
    },
  ],
  [
    'setClusterMode',
    async () => {
      const token = await jjj();
      const clusterOf = () =>
        read<{ cluster: { version: number; mode: string } }>(
          token,
          'query ($id: ID!) { cluster(id: $id) { version mode modeSince } }',
          { id: jjjWorld.id },
        );
      const { cluster } = await clusterOf();
      const switched = succeeded(
        await gql(token, MODE, {
          input: {
            clusterId: jjjWorld.id,
            mode: cluster.mode === 'NORMAL' ? 'EMERGENCY' : 'NORMAL',
            reason: 'Flood season drill',
            expectedVersion: cluster.version,
          },
        }),
      ).setClusterMode;
      return {
        version: switched.version,
        send: (expectedVersion) =>
          gql(token, MODE, {
            input: {
              clusterId: jjjWorld.id,
              mode: switched.mode === 'NORMAL' ? 'EMERGENCY' : 'NORMAL',
              reason: 'Switch back',
              expectedVersion,
            },
          }),
        read: clusterOf,
      };
    },
  ],
  [
    'setTrustSettings',
    async () => {
      const token = await jjj();
      const clusterOf = () =>
        read<{ cluster: { version: number } }>(
          token,
          'query ($id: ID!) { cluster(id: $id) { version trustSettings { trustHalfLifeDays } } }',
          { id: jjjWorld.id },
        );
      const { cluster } = await clusterOf();
      const changed = succeeded(
        await gql(token, TRUST, {
          input: { clusterId: jjjWorld.id, expectedVersion: cluster.version, trustHalfLifeDays: 200 },
        }),
      ).setTrustSettings;
      return {
        version: changed.version,
        send: (expectedVersion) =>
          gql(token, TRUST, { input: { clusterId: jjjWorld.id, expectedVersion, trustHalfLifeDays: 90 } }),
        read: clusterOf,
      };
    },
  ],
  [
    'updateAgreementDraft',
    async () => {
      const agreementId = await changedDraft();
      return {
        version: 2,
        send: async (expectedVersion) =>
          gql(await yrd(), UPDATE_DRAFT, { input: { agreementId, expectedVersion, title: 'Renamed twice' } }),
        read: agreementRead(agreementId),
      };
    },
  ],
  [
    'proposeAgreement',
    async () => {
      const agreementId = await changedDraft();
      return {
        version: 2,
        send: async (expectedVersion) => gql(await yrd(), PROPOSE, { input: { agreementId, expectedVersion } }),
        read: agreementRead(agreementId),
      };
    },
  ],
  [
    'amendAgreement',
    async () => {
      const { agreementId, version } = await inForce();
      return {
        version,
        send: async (expectedVersion) => gql(await yrd(), AMEND, { input: { agreementId, expectedVersion } }),
        read: agreementRead(agreementId),
      };
    },
  ],
  [
    'suspendAgreement',
    async () => {
      const { agreementId, version } = await inForce();
      return {
        version,
        send: async (expectedVersion) =>
          gql(await yrd(), SUSPEND, { input: { agreementId, expectedVersion, reason: 'Audit' } }),
        read: agreementRead(agreementId),
      };
    },
  ],
  [
    'resumeAgreement',
    async () => {
      const { agreementId, version } = await inForce();
      const suspended = succeeded(
        await gql(await yrd(), SUSPEND, { input: { agreementId, expectedVersion: version, reason: 'Audit' } }),
      ).suspendAgreement;
      return {
        version: suspended.version,
        send: async (expectedVersion) =>
          gql(await yrd(), RESUME, { input: { agreementId, expectedVersion, reason: 'Audit done' } }),
        read: agreementRead(agreementId),
      };
    },
  ],
  [
    'terminateAgreement',
    async () => {
      const { agreementId, version } = await inForce();
      return {
        version,
        send: async (expectedVersion) =>
          gql(await yrd(), TERMINATE, { input: { agreementId, expectedVersion, reason: 'Superseded' } }),
        read: agreementRead(agreementId),
      };
    },
  ],
  [
    'updateRiskEvent',
    async () => {
      const eventId = await confirmedEvent();
      return {
        version: 2,
        send: async (expectedVersion) =>
          gql(await jjj(), UPDATE_EVENT, { input: { eventId, expectedVersion, warning: 'RED' } }),
        read: eventRead(eventId),
      };
    },
  ],
  [
    'setRiskEventStatus',
    async () => {
      const eventId = await confirmedEvent();
      return {
        version: 2,
        send: async (expectedVersion) =>
          gql(await jjj(), SET_EVENT_STATUS, { input: { eventId, expectedVersion, status: 'RESPONDING' } }),
        read: eventRead(eventId),
      };
    },
  ],
  [
    'fulfilObligation',
    async () => {
      const { obligationId, eventId, version } = await openObligation();
      return {
        version,
        send: async (expectedVersion) =>
          gql(jjjWorld.city('Tianjin').officer, FULFIL, {
            input: { obligationId, expectedVersion, evidence: { text: 'Shared the gauge readings' } },
          }),
        read: obligationRead(eventId, obligationId),
      };
    },
  ],
  [
    'waiveObligation',
    async () => {
      const { obligationId, eventId, version } = await openObligation();
      return {
        version,
        send: async (expectedVersion) =>
          gql(await jjj(), WAIVE, { input: { obligationId, expectedVersion, reason: 'Not needed' } }),
        read: obligationRead(eventId, obligationId),
      };
    },
  ],
  [
    'defineResourceType',
    async () => {
      const token = await jjj();
      const boat = {
        clusterId: jjjWorld.id,
        id: 'version-conflict-boat',
        name: 'Rescue boat',
        unit: 'boat',
        description: 'Inflatable rescue boat with outboard motor.',
        categories: ['NATURAL_DISASTER' as const],
        tiers: [{ tier: 'I' as const, capability: 'Carries 12 people', minimum: 12, measure: 'people' }],
      };
      succeeded(await gql(token, DEFINE_TYPE, { input: boat }));
      succeeded(await gql(token, DEFINE_TYPE, { input: { ...boat, name: 'River rescue boat', expectedVersion: 1 } }));
      return {
        version: 2,
        send: (expectedVersion) =>
          gql(token, DEFINE_TYPE, { input: { ...boat, name: 'Another name', expectedVersion } }),
        read: async () =>
          (
            await read<{ resourceCatalogue: Array<{ id: string }> }>(
              token,
              'query ($clusterId: ID!) { resourceCatalogue(clusterId: $clusterId) { id name version } }',
              { clusterId: jjjWorld.id },
            )
          ).resourceCatalogue.find((type) => type.id === boat.id),
      };
    },
  ],
  [
    'setReserveRequirement',
    async () => {
      const token = await jjj();
      const requirementOf = async () =>
        (
          await read<{ reserveRequirements: Array<{ resourceType: { id: string }; version: number }> }>(
            token,
            'query ($clusterId: ID!) { reserveRequirements(clusterId: $clusterId) { resourceType { id } quantity version } }',
            { clusterId: jjjWorld.id },
          )
        ).reserveRequirements.find((requirement) => requirement.resourceType.id === 'mobile-pump-unit');
      const input = {
        clusterId: jjjWorld.id,
        resourceTypeId: 'mobile-pump-unit',
        minimumTier: 'II' as const,
        basis: 'PER_10K_RESIDENTS' as const,
      };
      const current = await requirementOf();
      const set = succeeded(
        await gql(token, REQUIREMENT, { input: { ...input, quantity: 0.06, expectedVersion: current?.version } }),
      ).setReserveRequirement;
      return {
        version: set.version,
        send: (expectedVersion) => gql(token, REQUIREMENT, { input: { ...input, quantity: 0.5, expectedVersion } }),
        read: requirementOf,
      };
    },
  ],
  [
    'updateInventoryItem',
    async () => {
      const token = await langfang();
      const item = succeeded(
        await gql(token, CREATE_ITEM, {
          input: {
            cityId: idOf('Langfang'),
            resourceTypeId: 'mobile-pump-unit',
            tier: 'II',
            onHand: 6,
            shareable: 2,
            readiness: 'READY',
            storage: { name: 'Version conflict depot', latitude: 39.5, longitude: 116.7 },
          },
        }),
      ).createInventoryItem;
      succeeded(await gql(token, UPDATE_ITEM, { input: { itemId: item.id, expectedVersion: 1, onHand: 7 } }));
      return {
        version: 2,
        send: (expectedVersion) => gql(token, UPDATE_ITEM, { input: { itemId: item.id, expectedVersion, onHand: 99 } }),
        read: async () =>
          read(token, 'query ($id: ID!) { inventoryItem(id: $id) { version onHand shareable } }', { id: item.id }),
      };
    },
  ],
  [
    'cancelAidRequest',
    async () => {
      const { requestId, version } = await aidRequest();
      return {
        version,
        send: async (expectedVersion) =>
          gql(await langfang(), CANCEL_REQUEST, { input: { requestId, expectedVersion, reason: 'Levee held' } }),
        read: aidRead(requestId),
      };
    },
  ],
  [
    'closeAidRequest',
    async () => {
      const { requestId, version } = await aidRequest();
      return {
        version,
        send: async (expectedVersion) =>
          gql(await langfang(), CLOSE_REQUEST, { input: { requestId, expectedVersion, reason: 'Enough pumps' } }),
        read: aidRead(requestId),
      };
    },
  ],
  [
    'defineRubric',
    async () => {
      const token = await jjj();
      const rubric = {
        clusterId: jjjWorld.id,
        rubricId: 'version-conflict-rubric',
        name: 'Drill review',
        targetKind: 'ACTIVITY' as const,
        criteria: [
          { id: 'speed', name: 'Speed', description: 'How fast', weight: '0.5' },
          { id: 'care', name: 'Care', description: 'How careful', weight: '0.5' },
        ],
        scaleMin: 1,
        scaleMax: 5,
      };
      succeeded(await gql(token, RUBRIC, { input: rubric }));
      succeeded(await gql(token, RUBRIC, { input: { ...rubric, name: 'Drill review (2)', expectedVersion: 1 } }));
      return {
        version: 2,
        send: (expectedVersion) => gql(token, RUBRIC, { input: { ...rubric, name: 'Another', expectedVersion } }),
        read: async () =>
          (
            await read<{ rubrics: Array<{ id: string }> }>(
              token,
              'query ($clusterId: ID!) { rubrics(clusterId: $clusterId) { id name version } }',
              { clusterId: jjjWorld.id },
            )
          ).rubrics.find((found) => found.id === rubric.rubricId),
      };
    },
  ],
  [
    'finalizeEvaluation',
    async () => {
      const token = await jjj();
      const evaluation = succeeded(
        await gql(token, OPEN_EVALUATION, {
          input: {
            clusterId: jjjWorld.id,
            rubricId: 'participant-performance',
            title: 'Beijing over the year',
            targetType: 'CITY',
            cityId: idOf('Beijing'),
            panel: [jjjWorld.evaluator.id],
          },
        }),
      ).openEvaluation;
      return {
        version: evaluation.version,
        send: (expectedVersion) => gql(token, FINALIZE, { input: { evaluationId: evaluation.id, expectedVersion } }),
        read: async () =>
          read(token, 'query ($id: ID!) { evaluation(id: $id) { version status } }', { id: evaluation.id }),
      };
    },
  ],
];

describe('a stale expectedVersion is CONFLICT with yourVersion and currentVersion, and changes nothing', () => {
  it.each(cases)('%s', async (_, prepare) => {
    const { version, send, read: readRecord } = await prepare();
    const before = await readRecord();
    expect(before).toBeDefined();
    const yourVersion = staleOf(version);
    const error = onlyError(await send(yourVersion));
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({ yourVersion, currentVersion: version });
    expect(await readRecord()).toEqual(before);
  });
});

describe('two writers at once on one record', () => {
  it('exactly one wins; the other, refused inside the transaction, gets CONFLICT with both versions', async () => {
    const token = jjjWorld.city('Chengde').officer;
    const chengde = idOf('Chengde');
    const { city } = await read<{ city: { version: number } }>(
      token,
      'query ($id: ID!) { city(id: $id) { version } }',
      {
        id: chengde,
      },
    );
    // Both writers read the city before either writes, so the loser is refused by the version condition of its own
    // transaction (not by the check before it), with the version as it is now.
    const get = repositories.cities.get.bind(repositories.cities);
    let release = () => {};
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const spy = jest.spyOn(repositories.cities, 'get').mockImplementation(async (cityId) => {
      const found = await get(cityId);
      if (++reads === 2) release();
      await bothRead;
      return found;
    });
    const capacities = [250_000, 260_000];
    let responses: Array<GraphQLResponse<{ updateCityBaseline: { version: number } }>>;
    try {
      responses = await Promise.all(
        capacities.map((shelterCapacity) =>
          gql(token, BASELINE, { input: { cityId: chengde, expectedVersion: city.version, shelterCapacity } }),
        ),
      );
    } finally {
      spy.mockRestore();
    }
    expect(reads).toBe(2);
    const won = responses.filter((response) => !response.errors);
    const lost = responses.filter((response) => response.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(won[0].data?.updateCityBaseline.version).toBe(city.version + 1);
    expect(onlyError(lost[0])).toMatchObject({
      code: 'CONFLICT',
      extensions: { yourVersion: city.version, currentVersion: city.version + 1 },
    });
    const winner = capacities[responses.indexOf(won[0])];
    expect(
      await read(token, 'query ($id: ID!) { city(id: $id) { version baseline { shelterCapacity } } }', { id: chengde }),
    ).toEqual({ city: { version: city.version + 1, baseline: { shelterCapacity: winner } } });
  });
});
