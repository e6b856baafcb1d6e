import { demoToken, gql, onlyError } from '../support/api';
import { AgreementBuilder, officerOf } from '../support/builders';
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
import { freshTableWithDemoData } from '../support/table';

beforeAll(freshTableWithDemoData);

const coordinator = () => demoToken('demo-coordinator-yrd');
const simple = () =>
  new AgreementBuilder().duty('ORIGIN', 'REPORT', 'PT2H').duty('AFFECTED', 'SHARE_INFORMATION', 'PT6H').build();

async function drafted(input = simple()) {
  const response = await gql(await coordinator(), DRAFT, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.draftAgreement as { id: string; version: number };
}

async function activated() {
  const { id } = await drafted();
  await gql(await coordinator(), PROPOSE, { input: { agreementId: id, expectedVersion: 1 } });
  const ratifications = [];
  for (const city of ['city-suzhou', 'city-jiaxing', 'city-shanghai'])
    ratifications.push(await gql(await officerOf(city), RATIFY, { input: { agreementId: id, versionNumber: 1 } }));
  const last = ratifications.at(-1)!;
  expect(last.data?.ratifyAgreement.status).toBe('ACTIVE');
  return last.data!.ratifyAgreement as { id: string; version: number };
}

describe('lifecycle', () => {
  test('a party declines with a reason: the version goes back to draft, ratifications are cleared', async () => {
    const { id } = await drafted();
    await gql(await coordinator(), PROPOSE, { input: { agreementId: id, expectedVersion: 1 } });
    await gql(await officerOf('city-suzhou'), RATIFY, { input: { agreementId: id, versionNumber: 1 } });
    const declined = await gql(await officerOf('city-jiaxing'), DECLINE, {
      input: { agreementId: id, versionNumber: 1, reason: 'The 6-hour monitoring deadline is not feasible at night' },
    });
    expect(declined.data?.declineAgreement).toMatchObject({
      status: 'DRAFT',
      pending: {
        status: 'DRAFT',
        ratifications: [],
        lastDecline: {
          city: { id: 'city-jiaxing' },
          reason: 'The 6-hour monitoring deadline is not feasible at night',
        },
      },
    });
  });

  test('amending an active agreement creates a new version; the old one stays in force until the amendment is ratified', async () => {
    const active = await activated();
    const amended = await gql(await coordinator(), AMEND, {
      input: { agreementId: active.id, expectedVersion: active.version },
    });
    expect(amended.data?.amendAgreement).toMatchObject({
      status: 'ACTIVE',
      inForce: { number: 1 },
      pending: { number: 2, status: 'DRAFT' },
    });
    const edited = await gql(await coordinator(), UPDATE_DRAFT, {
      input: {
        agreementId: active.id,
        expectedVersion: amended.data!.amendAgreement.version,
        title: 'Taipu River agreement, 2027 revision',
      },
    });
    expect(edited.data!.updateAgreementDraft.pending!.number).toBe(2);
    await gql(await coordinator(), PROPOSE, {
      input: { agreementId: active.id, expectedVersion: edited.data!.updateAgreementDraft.version },
    });
    const ratifications = [];
    for (const city of ['city-suzhou', 'city-jiaxing', 'city-shanghai'])
      ratifications.push(
        await gql(await officerOf(city), RATIFY, { input: { agreementId: active.id, versionNumber: 2 } }),
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
    const active = await activated();
    const confirmedEvent = async () => {
      const report = await gql(await coordinator(), REPORT, {
        input: {
          clusterId: 'cluster-yrd',
          category: 'ACCIDENT',
          level: 'IV',
          warning: 'BLUE',
          originCityId: 'city-suzhou',
          affectedCityIds: ['city-jiaxing'],
          location: { description: 'Wusong River' },
          description: 'Diesel sheen',
          observedAt: new Date().toISOString(),
        },
      });
      await gql(await coordinator(), CONFIRM, { input: { eventId: report.data!.reportRiskEvent.id } });
      return report.data?.reportRiskEvent.id as string;
    };
    const before = await confirmedEvent();
    const amended = await gql(await coordinator(), AMEND, {
      input: { agreementId: active.id, expectedVersion: active.version },
    });
    const edited = await gql(await coordinator(), UPDATE_DRAFT, {
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
    await gql(await coordinator(), PROPOSE, {
      input: { agreementId: active.id, expectedVersion: edited.data!.updateAgreementDraft.version },
    });
    for (const city of ['city-suzhou', 'city-jiaxing', 'city-shanghai'])
      await gql(await officerOf(city), RATIFY, { input: { agreementId: active.id, versionNumber: 2 } });
    const after = await confirmedEvent();

    const of = async (eventId: string) =>
      (
        await gql(await coordinator(), OBLIGATIONS, {
          clusterId: 'cluster-yrd',
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
    await gql(await coordinator(), CONFIRM, { input: { eventId: before } });
    expect(await of(before)).toEqual([
      [1, 'd1', 'REPORT (ORIGIN)', 'PT2H'],
      [1, 'd2', 'SHARE_INFORMATION (AFFECTED)', 'PT6H'],
    ]);
  });

  test('suspend, resume and terminate are recorded with their reasons', async () => {
    const active = await activated();
    const suspended = await gql(await coordinator(), SUSPEND, {
      input: { agreementId: active.id, expectedVersion: active.version, reason: 'Under review after the 2026 audit' },
    });
    expect(suspended.data?.suspendAgreement).toMatchObject({
      status: 'SUSPENDED',
      statusReason: 'Under review after the 2026 audit',
    });
    const resumed = await gql(await coordinator(), RESUME, {
      input: {
        agreementId: active.id,
        expectedVersion: suspended.data!.suspendAgreement.version,
        reason: 'Review complete',
      },
    });
    expect(resumed.data?.resumeAgreement.status).toBe('ACTIVE');
    const terminated = await gql(await coordinator(), TERMINATE, {
      input: {
        agreementId: active.id,
        expectedVersion: resumed.data!.resumeAgreement.version,
        reason: 'Replaced by the basin-wide agreement',
      },
    });
    expect(terminated.data?.terminateAgreement.status).toBe('TERMINATED');
  });

  test('every illegal transition is refused with CONFLICT naming the current state and the allowed steps', async () => {
    const { id } = await drafted();
    const ratifyDraft = await gql(await officerOf('city-suzhou'), RATIFY, {
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
      onlyError(await gql(await coordinator(), AMEND, { input: { agreementId: id, expectedVersion: 1 } })).message,
    ).toMatch(/cannot amend it: the agreement is DRAFT/);
    expect(
      onlyError(
        await gql(await coordinator(), SUSPEND, { input: { agreementId: id, expectedVersion: 1, reason: 'x' } }),
      ).code,
    ).toBe('CONFLICT');
    expect(
      onlyError(await gql(await coordinator(), RESUME, { input: { agreementId: id, expectedVersion: 1, reason: 'x' } }))
        .code,
    ).toBe('CONFLICT');
    const terminated = await gql(await coordinator(), TERMINATE, {
      input: { agreementId: id, expectedVersion: 1, reason: 'Abandoned' },
    });
    const afterEnd = await gql(await coordinator(), PROPOSE, {
      input: { agreementId: id, expectedVersion: terminated.data!.terminateAgreement.version },
    });
    expect(onlyError(afterEnd)).toMatchObject({
      code: 'CONFLICT',
      message: 'You cannot propose it: the agreement is TERMINATED. Nothing more can be done with it.',
      extensions: { currentState: 'TERMINATED', allowed: [] },
    });
  });

  test('a stale version gets CONFLICT and changes nothing', async () => {
    const { id } = await drafted();
    const stale = await gql(await coordinator(), PROPOSE, { input: { agreementId: id, expectedVersion: 7 } });
    expect(onlyError(stale)).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: 7, currentVersion: 1 } });
    const old = await gql(await officerOf('city-suzhou'), RATIFY, {
      input: { agreementId: 'agr-yrd-water', versionNumber: 1 },
    });
    // Nothing is proposed any more: the state, not the version read, refuses it.
    expect(onlyError(old)).toMatchObject({
      code: 'CONFLICT',
      extensions: { currentState: 'ACTIVE', allowed: ['amend', 'suspend', 'terminate'] },
    });
    expect(onlyError(old).extensions).not.toHaveProperty('currentVersion');
  });

  test('every party ratifying at the same moment: all ratifications count and the version goes in force once', async () => {
    const { id } = await drafted(
      new AgreementBuilder()
        .with({ partyCityIds: ['city-suzhou', 'city-jiaxing', 'city-shanghai', 'city-huzhou', 'city-hangzhou'] })
        .duty('ORIGIN', 'REPORT', 'PT2H')
        .build(),
    );
    await gql(await coordinator(), PROPOSE, { input: { agreementId: id, expectedVersion: 1 } });
    const results = await Promise.all(
      ['city-suzhou', 'city-jiaxing', 'city-shanghai', 'city-huzhou', 'city-hangzhou'].map(async (city) =>
        gql(await officerOf(city), RATIFY, { input: { agreementId: id, versionNumber: 1 } }),
      ),
    );
    expect(results.map((result) => result.errors?.[0]?.message ?? 'ok')).toEqual(Array(5).fill('ok'));
    const read = await gql<{
      agreement: { status: string; inForce: { number: number; ratifications: Array<{ city: { id: string } }> } };
    }>(
      await coordinator(),
      `query ($id: ID!) { agreement(id: $id) { status inForce { number ratifications { city { id } } } } }`,
      { id },
    );
    expect(read.data?.agreement.status).toBe('ACTIVE');
    expect(read.data?.agreement.inForce.ratifications).toHaveLength(5);
  });

  test('drafting with the same idempotency key 20 times in parallel creates one agreement', async () => {
    const input = { ...simple(), idempotencyKey: 'draft-2026-11-taipu' };
    const token = await coordinator();
    const results = await Promise.all(Array.from({ length: 20 }, () => gql(token, DRAFT, { input })));
    expect(results.every((result) => !result.errors)).toBe(true);
    expect(new Set(results.map((result) => result.data?.draftAgreement.id)).size).toBe(1);
  });
});

describe('denials', () => {
  test('a city cannot draft; the superior cannot propose; an evaluator cannot terminate', async () => {
    expect(onlyError(await gql(await officerOf('city-suzhou'), DRAFT, { input: simple() }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only the coordination office drafts, proposes, amends, suspends and terminates agreements.',
    });
    const { id } = await drafted();
    expect(
      onlyError(
        await gql(await demoToken('demo-superior'), PROPOSE, { input: { agreementId: id, expectedVersion: 1 } }),
      ).code,
    ).toBe('FORBIDDEN');
    const evaluator = await gql(await demoToken('demo-evaluator-jjj'), TERMINATE, {
      input: { agreementId: id, expectedVersion: 1, reason: 'x' },
    });
    expect(onlyError(evaluator)).toMatchObject({
      code: 'NOT_FOUND',
      message: `No agreement with id "${id}" was found.`,
    });
  });

  test('a city cannot ratify for another city, nor a non-party at all, nor the coordinator for a city', async () => {
    const { id } = await drafted();
    await gql(await coordinator(), PROPOSE, { input: { agreementId: id, expectedVersion: 1 } });
    expect(
      onlyError(await gql(await officerOf('city-huzhou'), RATIFY, { input: { agreementId: id, versionNumber: 1 } })),
    ).toMatchObject({ code: 'FORBIDDEN', message: 'Your city is not a party to this agreement.' });
    expect(
      onlyError(await gql(await coordinator(), RATIFY, { input: { agreementId: id, versionNumber: 1 } })).code,
    ).toBe('FORBIDDEN');
    await gql(await officerOf('city-suzhou'), RATIFY, { input: { agreementId: id, versionNumber: 1 } });
    expect(
      onlyError(await gql(await officerOf('city-suzhou'), RATIFY, { input: { agreementId: id, versionNumber: 1 } }))
        .message,
    ).toBe('Your city already ratified version 1.');
  });

  test("another cluster's agreements are invisible", async () => {
    const jjj = await demoToken('demo-coordinator-jjj');
    expect(onlyError(await gql(jjj, '{ agreement(id: "agr-yrd-water") { id } }'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No agreement with id "agr-yrd-water" was found.',
    });
    expect(onlyError(await gql(jjj, '{ agreements(clusterId: "cluster-yrd") { nodes { id } } }')).code).toBe(
      'NOT_FOUND',
    );
    const own = await gql<{ agreements: { nodes: Array<{ id: string; status: string }> } }>(
      jjj,
      '{ agreements(clusterId: "cluster-jjj") { nodes { id status inForce { title duties { id party kind deadline city { name } } } } } }',
    );
    expect(own.data?.agreements.nodes).toEqual([
      expect.objectContaining({ id: 'agr-jjj-accidents', status: 'ACTIVE' }),
    ]);
  });
});
