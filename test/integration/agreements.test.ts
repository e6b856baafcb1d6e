import { gql, onlyError } from '../support/api';
import { AgreementBuilder } from '../support/builders';
import {
  AMEND,
  CONFIRM,
  DECLINE,
  DRAFT,
  OBLIGATIONS,
  PROPOSE,
  RATIFY,
  REPORT,
  RESUME,
  SUSPEND,
  TERMINATE,
  UPDATE_DRAFT,
} from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';

/** A cluster of the test's own: Suzhou, Jiaxing and Shanghai draft together; Huzhou and Hangzhou are members too. */
const deltaCluster = () =>
  aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou', 'Hangzhou'], agreements: ['agr-yrd-water'] }).build();
const parties = (world: BuiltCluster, names = ['Suzhou', 'Jiaxing', 'Shanghai']) =>
  names.map((name) => world.city(name).id);
const builderIn = (world: BuiltCluster) =>
  new AgreementBuilder().with({ clusterId: world.id, partyCityIds: parties(world) });
const simple = (world: BuiltCluster) =>
  builderIn(world).duty('ORIGIN', 'REPORT', 'PT2H').duty('AFFECTED', 'SHARE_INFORMATION', 'PT6H').build();

async function drafted(world: BuiltCluster, input = simple(world)) {
  const response = await gql(world.coordinator, DRAFT, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.draftAgreement as { id: string; version: number };
}

async function activated(world: BuiltCluster) {
  const { id } = await drafted(world);
  await gql(world.coordinator, PROPOSE, { input: { agreementId: id, expectedVersion: 1 } });
  const ratifications = [];
  for (const city of ['Suzhou', 'Jiaxing', 'Shanghai'])
    ratifications.push(await gql(world.city(city).officer, RATIFY, { input: { agreementId: id, versionNumber: 1 } }));
  const last = ratifications.at(-1)!;
  expect(last.data?.ratifyAgreement.status).toBe('ACTIVE');
  return last.data!.ratifyAgreement as { id: string; version: number };
}

describe('lifecycle', () => {
  test('a party declines with a reason: the version goes back to draft, ratifications are cleared', async () => {
    const world = await deltaCluster();
    const { id } = await drafted(world);
    await gql(world.coordinator, PROPOSE, { input: { agreementId: id, expectedVersion: 1 } });
    await gql(world.city('Suzhou').officer, RATIFY, { input: { agreementId: id, versionNumber: 1 } });
    const declined = await gql(world.city('Jiaxing').officer, DECLINE, {
      input: { agreementId: id, versionNumber: 1, reason: 'The 6-hour monitoring deadline is not feasible at night' },
    });
    expect(declined.data?.declineAgreement).toMatchObject({
      status: 'DRAFT',
      pending: {
        status: 'DRAFT',
        ratifications: [],
        lastDecline: {
          city: { id: world.city('Jiaxing').id },
          reason: 'The 6-hour monitoring deadline is not feasible at night',
        },
      },
    });
  });

  test('amending an active agreement creates a new version; the old one stays in force until the amendment is ratified', async () => {
    const world = await deltaCluster();
    const active = await activated(world);
    const amended = await gql(world.coordinator, AMEND, {
      input: { agreementId: active.id, expectedVersion: active.version },
    });
    expect(amended.data?.amendAgreement).toMatchObject({
      status: 'ACTIVE',
      inForce: { number: 1 },
      pending: { number: 2, status: 'DRAFT' },
    });
    const edited = await gql(world.coordinator, UPDATE_DRAFT, {
      input: {
        agreementId: active.id,
        expectedVersion: amended.data!.amendAgreement.version,
        title: 'Taipu River agreement, 2027 revision',
      },
    });
    expect(edited.data!.updateAgreementDraft.pending!.number).toBe(2);
    await gql(world.coordinator, PROPOSE, {
      input: { agreementId: active.id, expectedVersion: edited.data!.updateAgreementDraft.version },
    });
    const ratifications = [];
    for (const city of ['Suzhou', 'Jiaxing', 'Shanghai'])
      ratifications.push(
        await gql(world.city(city).officer, RATIFY, { input: { agreementId: active.id, versionNumber: 2 } }),
      );
    const last = ratifications.at(-1)!;
    expect(last.data?.ratifyAgreement).toMatchObject({
      status: 'ACTIVE',
      inForce: { number: 2, status: 'IN_FORCE', title: 'Taipu River agreement, 2027 revision' },
      pending: null,
      versions: [
        { number: 2, status: 'IN_FORCE' },
        { number: 1, status: 'SUPERSEDED' },
      ],
    });
  });

  test('obligations keep pointing at the version they came from; after an amendment new events use the new version', async () => {
    const world = await deltaCluster();
    const active = await activated(world);
    const confirmedEvent = async () => {
      const report = await gql(world.coordinator, REPORT, {
        input: {
          clusterId: world.id,
          category: 'ACCIDENT',
          level: 'IV',
          warning: 'BLUE',
          originCityId: world.city('Suzhou').id,
          affectedCityIds: [world.city('Jiaxing').id],
          location: { description: 'Wusong River' },
          description: 'Diesel sheen',
          observedAt: new Date().toISOString(),
        },
      });
      await gql(world.coordinator, CONFIRM, { input: { eventId: report.data!.reportRiskEvent.id } });
      return report.data?.reportRiskEvent.id as string;
    };
    const before = await confirmedEvent();
    const amended = await gql(world.coordinator, AMEND, {
      input: { agreementId: active.id, expectedVersion: active.version },
    });
    const edited = await gql(world.coordinator, UPDATE_DRAFT, {
      input: {
        agreementId: active.id,
        expectedVersion: amended.data!.amendAgreement.version,
        duties: [
          {
            id: 'd1',
            party: 'ORIGIN',
            role: 'LEAD',
            kind: 'REPORT',
            action: 'Report within one hour (2027 revision)',
            deadline: 'PT1H',
          },
        ],
      },
    });
    await gql(world.coordinator, PROPOSE, {
      input: { agreementId: active.id, expectedVersion: edited.data!.updateAgreementDraft.version },
    });
    for (const city of ['Suzhou', 'Jiaxing', 'Shanghai'])
      await gql(world.city(city).officer, RATIFY, { input: { agreementId: active.id, versionNumber: 2 } });
    const after = await confirmedEvent();

    const of = async (eventId: string) =>
      (
        await gql(world.coordinator, OBLIGATIONS, {
          clusterId: world.id,
          filter: { eventId, agreementId: active.id },
        })
      ).data?.obligations.nodes
        .map((o: { agreementVersion: number; duty: { id: string; action: string; deadline: string } }) => [
          o.agreementVersion,
          o.duty.id,
          o.duty.action,
          o.duty.deadline,
        ])
        .sort();
    expect(await of(before)).toEqual([
      [1, 'd1', 'REPORT (ORIGIN)', 'PT2H'],
      [1, 'd2', 'SHARE_INFORMATION (AFFECTED)', 'PT6H'],
    ]);
    expect(await of(after)).toEqual([[2, 'd1', 'Report within one hour (2027 revision)', 'PT1H']]);
    // Re-activating the earlier event under the new version owes nothing twice.
    await gql(world.coordinator, CONFIRM, { input: { eventId: before } });
    expect(await of(before)).toEqual([
      [1, 'd1', 'REPORT (ORIGIN)', 'PT2H'],
      [1, 'd2', 'SHARE_INFORMATION (AFFECTED)', 'PT6H'],
    ]);
  });

  test('suspend, resume and terminate are recorded with their reasons', async () => {
    const world = await deltaCluster();
    const active = await activated(world);
    const suspended = await gql(world.coordinator, SUSPEND, {
      input: { agreementId: active.id, expectedVersion: active.version, reason: 'Under review after the 2026 audit' },
    });
    expect(suspended.data?.suspendAgreement).toMatchObject({
      status: 'SUSPENDED',
      statusReason: 'Under review after the 2026 audit',
    });
    const resumed = await gql(world.coordinator, RESUME, {
      input: {
        agreementId: active.id,
        expectedVersion: suspended.data!.suspendAgreement.version,
        reason: 'Review complete',
      },
    });
    expect(resumed.data?.resumeAgreement.status).toBe('ACTIVE');
    const terminated = await gql(world.coordinator, TERMINATE, {
      input: {
        agreementId: active.id,
        expectedVersion: resumed.data!.resumeAgreement.version,
        reason: 'Replaced by the basin-wide agreement',
      },
    });
    expect(terminated.data?.terminateAgreement.status).toBe('TERMINATED');
  });

  test('every illegal transition is refused with CONFLICT naming the current state and the allowed steps', async () => {
    const world = await deltaCluster();
    const { id } = await drafted(world);
    const ratifyDraft = await gql(world.city('Suzhou').officer, RATIFY, {
      input: { agreementId: id, versionNumber: 1 },
    });
    expect(onlyError(ratifyDraft)).toMatchObject({
      code: 'CONFLICT',
      message: 'You cannot ratify it: the agreement is DRAFT. Allowed now: edit the draft, propose it, terminate it.',
      extensions: {
        currentState: 'DRAFT',
        pendingVersionStatus: 'DRAFT',
        allowed: ['updateDraft', 'propose', 'terminate'],
      },
    });
    expect(
      onlyError(await gql(world.coordinator, AMEND, { input: { agreementId: id, expectedVersion: 1 } })).message,
    ).toMatch(/cannot amend it: the agreement is DRAFT/);
    expect(
      onlyError(await gql(world.coordinator, SUSPEND, { input: { agreementId: id, expectedVersion: 1, reason: 'x' } }))
        .code,
    ).toBe('CONFLICT');
    expect(
      onlyError(await gql(world.coordinator, RESUME, { input: { agreementId: id, expectedVersion: 1, reason: 'x' } }))
        .code,
    ).toBe('CONFLICT');
    const terminated = await gql(world.coordinator, TERMINATE, {
      input: { agreementId: id, expectedVersion: 1, reason: 'Abandoned' },
    });
    const afterEnd = await gql(world.coordinator, PROPOSE, {
      input: { agreementId: id, expectedVersion: terminated.data!.terminateAgreement.version },
    });
    expect(onlyError(afterEnd)).toMatchObject({
      code: 'CONFLICT',
      message: 'You cannot propose it: the agreement is TERMINATED. Nothing more can be done with it.',
      extensions: { currentState: 'TERMINATED', allowed: [] },
    });
  });

  test('a stale version gets CONFLICT and changes nothing', async () => {
    const world = await deltaCluster();
    const { id } = await drafted(world);
    const stale = await gql(world.coordinator, PROPOSE, { input: { agreementId: id, expectedVersion: 7 } });
    expect(onlyError(stale)).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: 7, currentVersion: 1 } });
    const old = await gql(world.city('Suzhou').officer, RATIFY, {
      input: { agreementId: world.agreement('agr-yrd-water'), versionNumber: 1 },
    });
    // Nothing is proposed any more: the state, not the version read, refuses it.
    expect(onlyError(old)).toMatchObject({
      code: 'CONFLICT',
      extensions: { currentState: 'ACTIVE', allowed: ['amend', 'suspend', 'terminate'] },
    });
    expect(onlyError(old).extensions).not.toHaveProperty('currentVersion');
  });

  test('every party ratifying at the same moment: all ratifications count and the version goes in force once', async () => {
    const world = await deltaCluster();
    const { id } = await drafted(
      world,
      builderIn(world)
        .with({ partyCityIds: parties(world, ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou', 'Hangzhou']) })
        .duty('ORIGIN', 'REPORT', 'PT2H')
        .build(),
    );
    await gql(world.coordinator, PROPOSE, { input: { agreementId: id, expectedVersion: 1 } });
    const results = await Promise.all(
      ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou', 'Hangzhou'].map(async (city) =>
        gql(world.city(city).officer, RATIFY, { input: { agreementId: id, versionNumber: 1 } }),
      ),
    );
    expect(results.map((result) => result.errors?.[0]?.message ?? 'ok')).toEqual(Array(5).fill('ok'));
    const read = await gql<{
      agreement: { status: string; inForce: { number: number; ratifications: Array<{ city: { id: string } }> } };
    }>(
      world.coordinator,
      `query ($id: ID!) { agreement(id: $id) { status inForce { number ratifications { city { id } } } } }`,
      { id },
    );
    expect(read.data?.agreement.status).toBe('ACTIVE');
    expect(read.data?.agreement.inForce.ratifications).toHaveLength(5);
  });

  test('drafting with the same idempotency key 20 times in parallel creates one agreement', async () => {
    const world = await deltaCluster();
    const input = { ...simple(world), idempotencyKey: 'draft-2026-11-taipu' };
    const token = world.coordinator;
    const results = await Promise.all(Array.from({ length: 20 }, () => gql(token, DRAFT, { input })));
    expect(results.every((result) => !result.errors)).toBe(true);
    expect(new Set(results.map((result) => result.data?.draftAgreement.id)).size).toBe(1);
  });
});

describe('denials', () => {
  test('a city cannot draft; the superior cannot propose; an evaluator cannot terminate', async () => {
    const world = await deltaCluster();
    expect(onlyError(await gql(world.city('Suzhou').officer, DRAFT, { input: simple(world) }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only the coordination office drafts, proposes, amends, suspends and terminates agreements.',
    });
    const { id } = await drafted(world);
    expect(onlyError(await gql(world.superior, PROPOSE, { input: { agreementId: id, expectedVersion: 1 } })).code).toBe(
      'FORBIDDEN',
    );
    const evaluator = await gql((await aCluster().build()).evaluator.token, TERMINATE, {
      input: { agreementId: id, expectedVersion: 1, reason: 'x' },
    });
    expect(onlyError(evaluator)).toMatchObject({
      code: 'NOT_FOUND',
      message: `No agreement with id "${id}" was found.`,
    });
  });

  test('a city cannot ratify for another city, nor a non-party at all, nor the coordinator for a city', async () => {
    const world = await deltaCluster();
    const { id } = await drafted(world);
    await gql(world.coordinator, PROPOSE, { input: { agreementId: id, expectedVersion: 1 } });
    expect(
      onlyError(await gql(world.city('Huzhou').officer, RATIFY, { input: { agreementId: id, versionNumber: 1 } })),
    ).toMatchObject({ code: 'FORBIDDEN', message: 'Your city is not a party to this agreement.' });
    expect(onlyError(await gql(world.coordinator, RATIFY, { input: { agreementId: id, versionNumber: 1 } })).code).toBe(
      'FORBIDDEN',
    );
    await gql(world.city('Suzhou').officer, RATIFY, { input: { agreementId: id, versionNumber: 1 } });
    expect(
      onlyError(await gql(world.city('Suzhou').officer, RATIFY, { input: { agreementId: id, versionNumber: 1 } }))
        .message,
    ).toBe('Your city already ratified version 1.');
  });

  test("another cluster's agreements are invisible", async () => {
    const world = await deltaCluster();
    const other = await aCluster({
      cities: ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'],
      agreements: ['agr-jjj-accidents'],
    }).build();
    const jjj = other.coordinator;
    const taipu = world.agreement('agr-yrd-water');
    expect(onlyError(await gql(jjj, 'query ($id: ID!) { agreement(id: $id) { id } }', { id: taipu }))).toMatchObject({
      code: 'NOT_FOUND',
      message: `No agreement with id "${taipu}" was found.`,
    });
    expect(
      onlyError(
        await gql(jjj, 'query ($clusterId: ID!) { agreements(clusterId: $clusterId) { nodes { id } } }', {
          clusterId: world.id,
        }),
      ).code,
    ).toBe('NOT_FOUND');
    const own = await gql<{ agreements: { nodes: Array<{ id: string; status: string }> } }>(
      jjj,
      'query ($clusterId: ID!) { agreements(clusterId: $clusterId) { nodes { id status inForce { title duties { id party kind deadline city { name } } } } } }',
      { clusterId: other.id },
    );
    expect(own.data?.agreements.nodes).toEqual([
      expect.objectContaining({ id: other.agreement('agr-jjj-accidents'), status: 'ACTIVE' }),
    ]);
  });
});
