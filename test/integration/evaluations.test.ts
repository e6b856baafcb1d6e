import { gql, onlyError, tokenFor } from '../support/api';
import { REPORT } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { AssessmentKind, DefineRubricInput, OpenEvaluationInput } from '../generated/graphql';

const ACCREDIT = graphql(`
  mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) {
    accreditEvaluator(input: $input) {
      evaluatorId
      kind
      affiliatedCity {
        id
      }
      active
      version
    }
  }
`);
const OPEN = graphql(`
  mutation EvaluationsOpen($input: OpenEvaluationInput!) {
    openEvaluation(input: $input) {
      id
      status
      version
      targetKind
      targetType
      city {
        id
      }
      event {
        id
      }
      rubric {
        id
        criteria {
          id
          weight
        }
        scaleMin
        scaleMax
      }
      panel {
        evaluatorId
        kind
      }
    }
  }
`);
const DRAFT = graphql(`
  mutation EvaluationsDraft($input: AssessmentInput!) {
    saveAssessmentDraft(input: $input) {
      status
      kind
      scores {
        criterionId
        score
      }
      version
    }
  }
`);
const SUBMIT = graphql(`
  mutation EvaluationsSubmit($input: AssessmentInput!) {
    submitAssessment(input: $input) {
      status
      kind
      scores {
        criterionId
        score
      }
      findings
      submittedAt
      version
    }
  }
`);
const FINALIZE = graphql(`
  mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) {
    finalizeEvaluation(input: $input) {
      status
      version
      finalizedByName
      result {
        overall
        normalized
        thirdPartyOverall
        selfOverall
        thirdPartyWeight
        selfWeight
        thirdPartyCount
        selfCount
        spreadMin
        spreadMax
        spreadRange
        outcome
        criteria {
          criterionId
          name
          thirdPartyMean
          selfMean
          combined
          spread
        }
      }
      complianceRecord {
        id
        kind
        city {
          id
        }
        supervision
        automatic
        note
        consequence {
          kind
        }
      }
    }
  }
`);
const EVALUATION = graphql(`
  query EvaluationsEvaluation($id: ID!) {
    evaluation(id: $id) {
      id
      status
      version
      assessments {
        evaluatorId
        kind
        findings
      }
      myAssessment {
        status
      }
      result {
        overall
        normalized
        outcome
      }
      complianceRecord {
        id
        kind
      }
    }
  }
`);
const LIST = graphql(`
  query EvaluationsList($clusterId: ID!) {
    evaluations(clusterId: $clusterId) {
      nodes {
        id
        title
      }
    }
  }
`);
const STANDING = graphql(`
  query EvaluationsStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      recordsCounted
      drivers {
        record {
          kind
          evaluation {
            id
          }
        }
      }
    }
  }
`);

const scores = (ids: readonly string[], values: readonly number[]) =>
  ids.map((criterionId, i) => ({ criterionId, score: values[i] }));
const PARTICIPANT = ['leadership-coordination', 'cooperation', 'cost-inputs', 'results', 'duty-fulfilment'] as const;
const ACTIVITY = ['plan-effectiveness', 'timeliness', 'resources-information', 'response-efficiency'] as const;

/**
 * A Beijing–Tianjin–Hebei of the test's own, with the default rubrics; the evaluators the tests name, accredited through
 * the API (four third parties, a university affiliated with Tianjin and Tianjin's self-assessors); and a Haihe flood
 * with Tianjin its origin and Langfang and Cangzhou affected. Hengshui took no part in it.
 */
async function aFloodWorld(): Promise<{
  world: BuiltCluster;
  floodId: string;
  /** The token of an evaluator of this cluster, by its id. */
  evaluator: (sub: string) => Promise<string>;
}> {
  const world = await aCluster({
    name: 'Beijing–Tianjin–Hebei',
    cities: ['Tianjin', 'Langfang', 'Cangzhou', 'Hengshui'],
    rubrics: true,
  }).build();
  const coordinator = world.coordinator;
  const tianjin = world.city('Tianjin').id;
  const accredit = (evaluatorId: string, kind: AssessmentKind, extra: Record<string, unknown> = {}) =>
    gql(coordinator, ACCREDIT, {
      input: {
        clusterId: world.id,
        evaluatorId,
        name: `Evaluator ${evaluatorId}`,
        organisation: 'Test',
        kind,
        ...extra,
      },
    });
  expect((await accredit('institute-a', 'THIRD_PARTY')).data?.accreditEvaluator).toMatchObject({
    kind: 'THIRD_PARTY',
    active: true,
    version: 1,
  });
  await accredit('team-b', 'THIRD_PARTY');
  await accredit('team-c', 'THIRD_PARTY');
  await accredit('team-e', 'THIRD_PARTY');
  await accredit('tianjin-university', 'THIRD_PARTY', { affiliatedCityId: tianjin });
  expect((await accredit('self-tianjin', 'SELF', { affiliatedCityId: tianjin })).data?.accreditEvaluator).toMatchObject(
    { kind: 'SELF', affiliatedCity: { id: tianjin } },
  );
  const flood = await gql(coordinator, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'II',
      warning: 'RED',
      originCityId: tianjin,
      affectedCityIds: [world.city('Langfang').id, world.city('Cangzhou').id],
      location: { latitude: 39.1, longitude: 117.2, description: 'Haihe mainstream at the Tianjin–Langfang border' },
      description: 'Haihe flood crest after three days of torrential rain.',
      observedAt: new Date(Date.now() - 86_400_000).toISOString(),
    },
  });
  const floodId = flood.data!.reportRiskEvent.id;
  expect(floodId).toBeDefined();
  const evaluator = (sub: string) =>
    tokenFor({ sub, name: `Evaluator ${sub}`, role: 'EVALUATOR', clusterId: world.id });
  return { world, floodId, evaluator };
}

/**
 * The story: Tianjin's performance in the flood response is evaluated by two third-party evaluators and its own
 * self-assessors, against the seeded participant rubric (five criteria at 0.2, scale 1 to 5). Finalized, the weighted
 * result crosses the reward threshold and becomes a commendation record that raises Tianjin's trust standing.
 */
test('a flood response: two third-party assessments and one self-assessment, finalized into a weighted result and a record', async () => {
  const { world, floodId, evaluator } = await aFloodWorld();
  const coordinator = world.coordinator;
  const [instituteA, teamB, selfTianjin] = await Promise.all(['institute-a', 'team-b', 'self-tianjin'].map(evaluator));
  const opened = await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'participant-performance',
      title: 'Tianjin in the Haihe flood response',
      targetType: 'CITY',
      cityId: world.city('Tianjin').id,
      eventId: floodId,
      panel: ['institute-a', 'team-b', 'self-tianjin'],
      idempotencyKey: 'tj-flood-eval',
    },
  });
  expect(opened.errors).toBeUndefined();
  const evaluation = opened.data!.openEvaluation;
  expect(evaluation).toMatchObject({
    status: 'OPEN',
    targetKind: 'PARTICIPANT',
    targetType: 'CITY',
    city: { id: world.city('Tianjin').id },
    event: { id: floodId },
    rubric: { id: 'participant-performance', scaleMin: 1, scaleMax: 5 },
  });
  expect(evaluation.rubric.criteria.map((c: { id: string }) => c.id)).toEqual([...PARTICIPANT]);
  // Opening again with the same key returns the same evaluation.
  const again = await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'participant-performance',
      title: 'Tianjin in the Haihe flood response',
      targetType: 'CITY',
      cityId: world.city('Tianjin').id,
      eventId: floodId,
      panel: ['institute-a', 'team-b', 'self-tianjin'],
      idempotencyKey: 'tj-flood-eval',
    },
  });
  expect(again.data?.openEvaluation.id).toBe(evaluation.id);

  // A draft may be partial, and only its author sees it.
  const draft = await gql(instituteA, DRAFT, {
    input: { evaluationId: evaluation.id, scores: scores(['cooperation'], [4]) },
  });
  expect(draft.data?.saveAssessmentDraft).toMatchObject({ status: 'DRAFT', kind: 'THIRD_PARTY', version: 1 });
  expect(
    onlyError(
      await gql(instituteA, SUBMIT, { input: { evaluationId: evaluation.id, scores: scores(['cooperation'], [4]) } }),
    ),
  ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/Score every criterion/) as string });
  expect(
    onlyError(
      await gql(instituteA, SUBMIT, {
        input: { evaluationId: evaluation.id, scores: scores(PARTICIPANT, [5, 5, 4, 5, 6]) },
      }),
    ),
  ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/scores from 1 to 5/) as string });

  // A = [5,5,4,5,5] → 4.8; B = [4,5,4,4,5] → 4.4; self = [5,5,5,5,5] → 5.
  const submitA = {
    evaluationId: evaluation.id,
    scores: scores(PARTICIPANT, [5, 5, 4, 5, 5]),
    findings: 'Opened the Duliu Jian spillway on time and shared gauge data hourly.',
    recommendations: 'Pre-position pumps at the border townships.',
  };
  const a = await gql(instituteA, SUBMIT, { input: submitA });
  expect(a.data?.submitAssessment).toMatchObject({ status: 'SUBMITTED', version: 2 });
  // Submitting the same again is answered with the submission; a different one is refused.
  expect((await gql(instituteA, SUBMIT, { input: submitA })).data?.submitAssessment).toEqual(a.data?.submitAssessment);
  expect(
    onlyError(await gql(instituteA, SUBMIT, { input: { ...submitA, findings: 'Changed my mind' } })),
  ).toMatchObject({ code: 'CONFLICT', extensions: { currentState: 'SUBMITTED' } });
  await gql(teamB, SUBMIT, {
    input: {
      evaluationId: evaluation.id,
      scores: scores(PARTICIPANT, [4, 5, 4, 4, 5]),
      findings: 'Good cooperation; cost records were late.',
    },
  });
  await gql(selfTianjin, SUBMIT, {
    input: { evaluationId: evaluation.id, scores: scores(PARTICIPANT, [5, 5, 5, 5, 5]), findings: 'All duties met.' },
  });

  // Before finalization, evaluators see their own work only; the office sees the provisional result.
  const seenByB = await gql(teamB, EVALUATION, { id: evaluation.id });
  expect(seenByB.data?.evaluation).toMatchObject({
    assessments: [],
    myAssessment: { status: 'SUBMITTED' },
    result: null,
  });
  const provisional = await gql(coordinator, EVALUATION, { id: evaluation.id });
  expect(provisional.data?.evaluation.assessments).toHaveLength(3);
  // Every submission moved the evaluation's version: a finalize made on an older read of the submissions is refused.
  expect(provisional.data?.evaluation.version).toBe(4);

  // Only the coordinator finalizes, at the version read.
  expect(
    onlyError(await gql(instituteA, FINALIZE, { input: { evaluationId: evaluation.id, expectedVersion: 4 } })).code,
  ).toBe('FORBIDDEN');
  expect(
    onlyError(
      await gql(world.superior, FINALIZE, {
        input: { evaluationId: evaluation.id, expectedVersion: 4 },
      }),
    ).code,
  ).toBe('FORBIDDEN');
  expect(
    onlyError(await gql(coordinator, FINALIZE, { input: { evaluationId: evaluation.id, expectedVersion: 3 } })).code,
  ).toBe('CONFLICT');
  const finalized = await gql(coordinator, FINALIZE, { input: { evaluationId: evaluation.id, expectedVersion: 4 } });
  expect(finalized.errors).toBeUndefined();
  const result = finalized.data!.finalizeEvaluation.result!;
  // Third party: mean(4.8, 4.4) = 4.6; self 5; combined 0.7 × 4.6 + 0.3 × 5 = 4.72; normalized (4.72 − 1) / 4 = 0.93.
  expect(result.thirdPartyOverall).toBeCloseTo(4.6, 10);
  expect(result.selfOverall).toBeCloseTo(5, 10);
  expect(result.overall).toBeCloseTo(4.72, 10);
  expect(result.normalized).toBeCloseTo(0.93, 10);
  expect(result).toMatchObject({
    thirdPartyWeight: 0.7,
    selfWeight: 0.3,
    thirdPartyCount: 2,
    selfCount: 1,
    spreadMin: 4.4,
    spreadMax: 5,
    outcome: 'REWARD',
  });
  expect(result.spreadRange).toBeCloseTo(0.6, 10);
  // Leadership: third party mean(5, 4) = 4.5, self 5: 0.7 × 4.5 + 0.3 × 5 = 4.65; spread 5 − 4 = 1.
  expect(result.criteria[0]).toMatchObject({
    criterionId: 'leadership-coordination',
    name: expect.stringMatching(/leadership/i) as string,
    thirdPartyMean: 4.5,
    selfMean: 5,
    spread: 1,
  });
  expect(result.criteria[0].combined).toBeCloseTo(4.65, 10);
  expect(finalized.data?.finalizeEvaluation).toMatchObject({
    status: 'FINALIZED',
    version: 5,
    finalizedByName: 'Beijing–Tianjin–Hebei Coordination Office (duty officer)',
    complianceRecord: {
      kind: 'EVALUATION_REWARD',
      city: { id: world.city('Tianjin').id },
      supervision: 'VERTICAL',
      automatic: true,
      note: expect.stringMatching(/4\.72 of 5 \(93%\)/) as string,
      consequence: { kind: 'COMMENDATION' },
    },
  });

  // After finalization: nobody edits, nothing is finalized twice.
  const fixedForGood = {
    code: 'CONFLICT',
    message: expect.stringMatching(/finalized/) as string,
    extensions: { currentState: 'FINALIZED' },
  };
  expect(
    onlyError(
      await gql(teamB, SUBMIT, {
        input: { evaluationId: evaluation.id, scores: scores(PARTICIPANT, [1, 1, 1, 1, 1]) },
      }),
    ),
  ).toMatchObject(fixedForGood);
  expect(
    onlyError(
      await gql(teamB, DRAFT, { input: { evaluationId: evaluation.id, scores: scores(['cooperation'], [1]) } }),
    ),
  ).toMatchObject(fixedForGood);
  expect(
    onlyError(await gql(coordinator, FINALIZE, { input: { evaluationId: evaluation.id, expectedVersion: 5 } })),
  ).toMatchObject(fixedForGood);
  // A retried submission is still answered with what was stored.
  expect((await gql(instituteA, SUBMIT, { input: submitA })).data?.submitAssessment).toEqual(a.data?.submitAssessment);

  // Tianjin sees its result, the assessments and the record; its standing now carries the commendation
  // (one fresh MODERATE positive record, weight 2: (2 + 1) / (2 + 2) = 0.75).
  const tianjin = world.city('Tianjin').officer;
  const seenByTianjin = await gql(tianjin, EVALUATION, { id: evaluation.id });
  expect(seenByTianjin.data?.evaluation).toMatchObject({
    status: 'FINALIZED',
    result: { outcome: 'REWARD' },
    complianceRecord: { kind: 'EVALUATION_REWARD' },
  });
  expect(seenByTianjin.data?.evaluation.assessments.map((x: { kind: string }) => x.kind).sort()).toEqual([
    'SELF',
    'THIRD_PARTY',
    'THIRD_PARTY',
  ]);
  const standing = await gql(tianjin, STANDING, { cityId: world.city('Tianjin').id });
  expect(standing.data?.trustStanding.score).toBeCloseTo(0.75, 5);
  expect(standing.data?.trustStanding.drivers[0].record).toEqual({
    kind: 'EVALUATION_REWARD',
    evaluation: { id: evaluation.id },
  });
  // Another city does not see Tianjin's participant evaluation at all.
  const langfang = world.city('Langfang').officer;
  expect(onlyError(await gql(langfang, EVALUATION, { id: evaluation.id })).code).toBe('NOT_FOUND');
  expect((await gql(langfang, LIST, { clusterId: world.id })).data?.evaluations.nodes).toEqual([]);
});

test('a city that took no part in an event (neither origin nor affected) is not evaluated in it', async () => {
  const { world, floodId } = await aFloodWorld();
  const coordinator = world.coordinator;
  const before = (await gql(coordinator, LIST, { clusterId: world.id })).data!.evaluations.nodes.length;
  const open = (cityId: string) =>
    gql(coordinator, OPEN, {
      input: {
        clusterId: world.id,
        rubricId: 'participant-performance',
        title: 'In the Haihe flood',
        targetType: 'CITY',
        cityId,
        eventId: floodId,
        panel: ['team-e'],
      },
    });
  const refused = onlyError(await open(world.city('Hengshui').id));
  expect(refused).toMatchObject({
    code: 'BAD_USER_INPUT',
    message:
      'Hengshui took no part in the event "Haihe flood crest after three days of torrential rain.": it is neither its origin nor an affected city, so it cannot be evaluated in it.',
  });
  expect((await gql(coordinator, LIST, { clusterId: world.id })).data?.evaluations.nodes.length).toBe(before);
  // The origin (Tianjin, above) and the affected cities (Cangzhou and Langfang, below) are evaluated in it.
});

test('conflicts of interest and who may assess', async () => {
  const { world, evaluator } = await aFloodWorld();
  const coordinator = world.coordinator;
  const open = (fields: Record<string, unknown>) =>
    gql(coordinator, OPEN, {
      input: {
        clusterId: world.id,
        rubricId: 'participant-performance',
        title: 'Tianjin, second look',
        targetType: 'CITY',
        cityId: world.city('Tianjin').id,
        panel: ['institute-a'],
        ...fields,
      },
    });
  // A university affiliated with Tianjin cannot evaluate Tianjin as a third party.
  expect(onlyError(await open({ panel: ['tianjin-university'] }))).toMatchObject({
    code: 'FORBIDDEN',
    message: expect.stringMatching(/cannot evaluate its own side/) as string,
  });
  // Tianjin's self-assessors cannot assess Langfang; a panel needs a third party; rubric and target must match.
  expect(
    onlyError(await open({ cityId: world.city('Langfang').id, panel: ['institute-a', 'self-tianjin'] })).code,
  ).toBe('FORBIDDEN');
  expect(onlyError(await open({ panel: ['self-tianjin'] }))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringMatching(/at least one THIRD_PARTY evaluator/) as string,
  });
  expect(onlyError(await open({ rubricId: 'activity-response' })).code).toBe('BAD_USER_INPUT');
  expect(onlyError(await open({ panel: ['nobody'] })).code).toBe('NOT_FOUND');
  expect(
    onlyError(
      await gql(world.evaluator.token, OPEN, {
        input: {
          clusterId: world.id,
          rubricId: 'participant-performance',
          title: 'x',
          targetType: 'CITY',
          cityId: world.city('Tianjin').id,
          panel: ['institute-a'],
        },
      }),
    ).code,
  ).toBe('FORBIDDEN');

  const opened = await open({ panel: ['institute-a', 'team-b'] });
  const evaluationId = opened.data!.openEvaluation.id;
  // Team B turns out to be affiliated with Tianjin: once the office records that, it can no longer assess Tianjin.
  await gql(coordinator, ACCREDIT, {
    input: {
      clusterId: world.id,
      evaluatorId: 'team-b',
      name: 'Team B',
      organisation: 'Tianjin Water Authority consultants',
      kind: 'THIRD_PARTY',
      affiliatedCityId: world.city('Tianjin').id,
    },
  });
  expect(
    onlyError(
      await gql(await evaluator('team-b'), SUBMIT, {
        input: { evaluationId, scores: scores(PARTICIPANT, [3, 3, 3, 3, 3]) },
      }),
    ),
  ).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/own side/) as string });
  // An evaluator off the panel does not see the evaluation; a city cannot assess; nor can the coordinator.
  expect(
    onlyError(
      await gql(await evaluator('institute-z'), SUBMIT, {
        input: { evaluationId, scores: scores(PARTICIPANT, [3, 3, 3, 3, 3]) },
      }),
    ).code,
  ).toBe('NOT_FOUND');
  expect(
    onlyError(
      await gql(world.city('Tianjin').officer, SUBMIT, {
        input: { evaluationId, scores: scores(PARTICIPANT, [5, 5, 5, 5, 5]) },
      }),
    ).code,
  ).toBe('FORBIDDEN');
  expect(
    onlyError(await gql(coordinator, SUBMIT, { input: { evaluationId, scores: scores(PARTICIPANT, [5, 5, 5, 5, 5]) } }))
      .code,
  ).toBe('FORBIDDEN');
  // A withdrawn accreditation ends the right to assess.
  await gql(
    coordinator,
    `mutation { revokeAccreditation(input: { clusterId: "${world.id}", evaluatorId: "institute-a", reason: "Contract ended" }) { active } }`,
  );
  expect(
    onlyError(
      await gql(await evaluator('institute-a'), SUBMIT, {
        input: { evaluationId, scores: scores(PARTICIPANT, [3, 3, 3, 3, 3]) },
      }),
    ),
  ).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/withdrawn/) as string });
  // Without a third-party assessment there is nothing to finalize.
  expect(onlyError(await gql(coordinator, FINALIZE, { input: { evaluationId, expectedVersion: 1 } }))).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringMatching(/third-party assessment/) as string,
    extensions: { currentState: 'OPEN' },
  });
});

test('an activity evaluation is the cluster\u2019s report: every member reads it once finalized, with no record', async () => {
  const { world, floodId, evaluator } = await aFloodWorld();
  const coordinator = world.coordinator;
  const opened = await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'activity-response',
      title: 'The Haihe flood response',
      targetType: 'EVENT_RESPONSE',
      eventId: floodId,
      panel: ['institute-a', 'self-tianjin'],
    },
  });
  const evaluationId = opened.data!.openEvaluation.id;
  const langfang = world.city('Langfang').officer;
  expect(onlyError(await gql(langfang, EVALUATION, { id: evaluationId })).code).toBe('NOT_FOUND');
  // The worked example of docs/EVALUATIONS.md with one third party: 0.7 × 4 + 0.3 × 4.75 = 4.225.
  await gql(await evaluator('institute-a'), SUBMIT, {
    input: { evaluationId, scores: scores(ACTIVITY, [4, 5, 3, 4]) },
  });
  await gql(await evaluator('self-tianjin'), SUBMIT, {
    input: { evaluationId, scores: scores(ACTIVITY, [5, 5, 4, 5]) },
  });
  const finalized = await gql(coordinator, FINALIZE, { input: { evaluationId, expectedVersion: 3 } });
  expect(finalized.data?.finalizeEvaluation.result?.overall).toBeCloseTo(4.225, 10);
  expect(finalized.data?.finalizeEvaluation).toMatchObject({ result: { outcome: 'NONE' }, complianceRecord: null });
  const seen = await gql(langfang, EVALUATION, { id: evaluationId });
  expect(seen.data?.evaluation).toMatchObject({ status: 'FINALIZED', result: { outcome: 'NONE' } });
  expect(
    (await gql(langfang, LIST, { clusterId: world.id })).data?.evaluations.nodes.map((e: { id: string }) => e.id),
  ).toEqual([evaluationId]);
});

test('rubrics: weights add up to exactly 1, only the office defines them, and an open evaluation keeps its rubric', async () => {
  const { world, floodId } = await aFloodWorld();
  const coordinator = world.coordinator;
  const RUBRIC = graphql(`
    mutation EvaluationsRubric($input: DefineRubricInput!) {
      defineRubric(input: $input) {
        id
        version
        criteria {
          id
          weight
        }
      }
    }
  `);
  const input: DefineRubricInput = {
    clusterId: world.id,
    rubricId: 'drill-quality',
    name: 'Quality of a joint drill',
    targetKind: 'ACTIVITY',
    scaleMin: 0,
    scaleMax: 10,
    criteria: [
      { name: 'Realism of the scenario', description: 'Did the drill test what a real event would?', weight: '0.4' },
      {
        name: 'Cross-border communication',
        description: 'Did warnings and requests reach partners in time?',
        weight: '0.35',
      },
      { name: 'Lessons recorded', description: 'Were findings written down and assigned?', weight: '0.2' },
    ],
  };
  expect(onlyError(await gql(coordinator, RUBRIC, { input }))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringMatching(/add up to 0\.95/) as string,
  });
  expect(onlyError(await gql(world.evaluator.token, RUBRIC, { input })).code).toBe('FORBIDDEN');
  expect(onlyError(await gql(world.city('Tianjin').officer, RUBRIC, { input })).code).toBe('FORBIDDEN');
  input.criteria[2].weight = '0.25';
  const defined = await gql(coordinator, RUBRIC, { input });
  expect(defined.data?.defineRubric).toMatchObject({
    id: 'drill-quality',
    version: 1,
    criteria: [{ id: 'realism-of-the-scenario', weight: '0.4' }, { weight: '0.35' }, { weight: '0.25' }],
  });
  expect(onlyError(await gql(coordinator, RUBRIC, { input })).code).toBe('CONFLICT');
  const opened = await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'drill-quality',
      title: 'Flood drill review',
      targetType: 'EVENT_RESPONSE',
      eventId: floodId,
      panel: ['institute-a'],
    },
  });
  input.criteria[0].weight = '0.3';
  input.criteria[1].weight = '0.45';
  expect(
    (await gql(coordinator, RUBRIC, { input: { ...input, expectedVersion: 1 } })).data?.defineRubric,
  ).toMatchObject({ version: 2, criteria: [{ weight: '0.3' }, { weight: '0.45' }, { weight: '0.25' }] });
  const kept = await gql<{ evaluation: { rubric: unknown } }>(
    coordinator,
    'query ($id: ID!) { evaluation(id: $id) { rubric { version criteria { weight } } } }',
    { id: opened.data?.openEvaluation.id },
  );
  expect(kept.data?.evaluation.rubric).toEqual({
    version: 1,
    criteria: [{ weight: '0.4' }, { weight: '0.35' }, { weight: '0.25' }],
  });
  const rubrics = await gql<{ rubrics: Array<{ id: string; targetKind: string }> }>(
    world.city('Langfang').officer,
    `query { rubrics(clusterId: "${world.id}") { id targetKind } }`,
  );
  expect(rubrics.data?.rubrics.map((r: { id: string }) => r.id).sort()).toEqual([
    'activity-response',
    'drill-quality',
    'participant-performance',
  ]);
});

test('the coordination office is evaluated under the superior level, which finalizes it', async () => {
  const { world, floodId, evaluator } = await aFloodWorld();
  const coordinator = world.coordinator;
  const superior = world.superior;
  const input: OpenEvaluationInput = {
    clusterId: world.id,
    rubricId: 'participant-performance',
    title: 'The office in the Haihe flood',
    targetType: 'COORDINATION_OFFICE',
    eventId: floodId,
    panel: ['institute-a'],
  };
  expect(onlyError(await gql(coordinator, OPEN, { input }))).toMatchObject({
    code: 'FORBIDDEN',
    message: expect.stringMatching(/superior level/) as string,
  });
  const opened = await gql(superior, OPEN, { input });
  expect(opened.data?.openEvaluation).toMatchObject({
    targetKind: 'PARTICIPANT',
    targetType: 'COORDINATION_OFFICE',
    city: null,
  });
  const evaluationId = opened.data!.openEvaluation.id;
  // The weights applied are those of the day it opened: a later settings change does not move this result.
  const changed = await gql<{ setTrustSettings: { trustSettings: { penaltyThreshold: number } } }>(
    coordinator,
    `mutation { setTrustSettings(input: { clusterId: "${world.id}", expectedVersion: 1, thirdPartyWeight: "0.5", selfWeight: "0.5", penaltyThreshold: 0.2, rewardThreshold: 0.9 }) { trustSettings { penaltyThreshold } } }`,
  );
  expect(changed.data?.setTrustSettings.trustSettings.penaltyThreshold).toBe(0.2);
  await gql(await evaluator('institute-a'), SUBMIT, {
    input: { evaluationId, scores: scores(PARTICIPANT, [2, 2, 3, 2, 1]) },
  });
  expect(onlyError(await gql(coordinator, FINALIZE, { input: { evaluationId, expectedVersion: 2 } })).code).toBe(
    'FORBIDDEN',
  );
  const finalized = await gql(superior, FINALIZE, { input: { evaluationId, expectedVersion: 2 } });
  // 2 on a 1–5 scale: (2 − 1) / 4 = 0.25, below the penalty threshold of 0.4 in force when it opened (not the 0.2 set since).
  expect(finalized.data?.finalizeEvaluation.result).toMatchObject({
    overall: 2,
    normalized: 0.25,
    thirdPartyWeight: 1,
    selfWeight: 0,
    outcome: 'PENALTY',
  });
  expect(finalized.data?.finalizeEvaluation.complianceRecord).toMatchObject({
    kind: 'EVALUATION_PENALTY',
    city: null,
    consequence: { kind: 'FORMAL_WARNING' },
  });
  const office = await gql<{ officeTrustStanding: unknown }>(
    superior,
    `query { officeTrustStanding(clusterId: "${world.id}") { recordsCounted drivers { record { kind } } } }`,
  );
  expect(office.data?.officeTrustStanding).toMatchObject({
    recordsCounted: 1,
    drivers: [{ record: { kind: 'EVALUATION_PENALTY' } }],
  });
});

test('a submission racing the finalization is either in the fixed result or refused, never lost', async () => {
  const { world, floodId, evaluator } = await aFloodWorld();
  const coordinator = world.coordinator;
  const opened = await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'participant-performance',
      title: 'Cangzhou in the Haihe flood',
      targetType: 'CITY',
      cityId: world.city('Cangzhou').id,
      eventId: floodId,
      panel: ['institute-a', 'team-c'],
    },
  });
  const evaluationId = opened.data!.openEvaluation.id;
  expect(evaluationId).toBeDefined();
  await gql(await evaluator('institute-a'), SUBMIT, {
    input: { evaluationId, scores: scores(PARTICIPANT, [4, 4, 4, 4, 4]) },
  });
  const [late, finalize] = await Promise.all([
    gql(await evaluator('team-c'), SUBMIT, { input: { evaluationId, scores: scores(PARTICIPANT, [2, 2, 2, 2, 2]) } }),
    gql(coordinator, FINALIZE, { input: { evaluationId, expectedVersion: 2 } }),
  ]);
  const fixed = await gql(coordinator, EVALUATION, { id: evaluationId });
  const counted = fixed.data!.evaluation.assessments.length;
  if (finalize.errors) {
    // The submission moved the version first: the finalize read is stale, and nothing was fixed.
    expect(onlyError(finalize).code).toBe('CONFLICT');
    expect(fixed.data?.evaluation).toMatchObject({ status: 'OPEN' });
    expect(counted).toBe(2);
  } else {
    // The finalize came first: the late submission was refused, and the result counts only what was submitted.
    expect(onlyError(late)).toMatchObject({ code: 'CONFLICT', extensions: { currentState: 'FINALIZED' } });
    expect(fixed.data?.evaluation).toMatchObject({ status: 'FINALIZED', result: { overall: 4 } });
    expect(counted).toBe(1);
  }
});

test('two identical submissions at once both get the one stored submission', async () => {
  const { world, floodId, evaluator } = await aFloodWorld();
  const coordinator = world.coordinator;
  const opened = await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'participant-performance',
      title: 'Langfang in the Haihe flood',
      targetType: 'CITY',
      cityId: world.city('Langfang').id,
      eventId: floodId,
      panel: ['institute-a'],
    },
  });
  const input = {
    evaluationId: opened.data!.openEvaluation.id,
    scores: scores(PARTICIPANT, [3, 4, 3, 4, 3]),
    findings: 'Sandbag lines held.',
  };
  const token = await evaluator('institute-a');
  const [first, second] = await Promise.all([gql(token, SUBMIT, { input }), gql(token, SUBMIT, { input })]);
  expect(first.errors).toBeUndefined();
  expect(second.errors).toBeUndefined();
  expect(second.data?.submitAssessment).toEqual(first.data?.submitAssessment);
});

test('an evaluator reads the obligations of what it is evaluating, and nothing else', async () => {
  const OBLIGATIONS = graphql(`
    query EvaluationsObligations($clusterId: ID!, $filter: ObligationFilter) {
      obligations(clusterId: $clusterId, filter: $filter) {
        nodes {
          id
        }
      }
    }
  `);
  const { world, floodId, evaluator } = await aFloodWorld();
  const coordinator = world.coordinator;
  // institute-a sits on the panels of an open review of the Haihe flood response and of an open evaluation of Tianjin:
  // it reads that event's obligations and Tianjin's.
  for (const target of [
    {
      title: 'The Haihe flood response',
      rubricId: 'activity-response',
      targetType: 'EVENT_RESPONSE',
      eventId: floodId,
    },
    {
      title: 'Tianjin this year',
      rubricId: 'participant-performance',
      targetType: 'CITY',
      cityId: world.city('Tianjin').id,
    },
  ] as const)
    expect(
      (await gql(coordinator, OPEN, { input: { clusterId: world.id, panel: ['institute-a'], ...target } })).errors,
    ).toBeUndefined();
  const onPanel = await evaluator('institute-a');
  expect(
    (await gql(onPanel, OBLIGATIONS, { clusterId: world.id, filter: { eventId: floodId } })).errors,
  ).toBeUndefined();
  expect(
    (await gql(onPanel, OBLIGATIONS, { clusterId: world.id, filter: { cityId: world.city('Tianjin').id } })).errors,
  ).toBeUndefined();
  expect(
    (
      await gql(
        onPanel,
        `query ($eventId: ID) { obligationSummary(clusterId: "${world.id}", eventId: $eventId) { open } }`,
        { eventId: floodId },
      )
    ).errors,
  ).toBeUndefined();
  expect(onlyError(await gql(onPanel, OBLIGATIONS, { clusterId: world.id })).code).toBe('FORBIDDEN');
  expect(
    onlyError(await gql(onPanel, OBLIGATIONS, { clusterId: world.id, filter: { cityId: world.city('Hengshui').id } }))
      .code,
  ).toBe('FORBIDDEN');
  expect(onlyError(await gql(onPanel, `query { obligationSummary(clusterId: "${world.id}") { open } }`)).code).toBe(
    'FORBIDDEN',
  );
  // An accredited evaluator on no panel reads none; nor does one whose accreditation was withdrawn.
  expect(
    onlyError(await gql(world.evaluator.token, OBLIGATIONS, { clusterId: world.id, filter: { eventId: floodId } }))
      .code,
  ).toBe('FORBIDDEN');
  const opened = await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'participant-performance',
      title: 'Hengshui this year',
      targetType: 'CITY',
      cityId: world.city('Hengshui').id,
      panel: ['team-c'],
    },
  });
  expect(opened.errors).toBeUndefined();
  const teamC = await evaluator('team-c');
  expect(
    (await gql(teamC, OBLIGATIONS, { clusterId: world.id, filter: { cityId: world.city('Hengshui').id } })).errors,
  ).toBeUndefined();
  // Once the result is fixed, the evaluator's reach into the records ends.
  const evaluationId = opened.data!.openEvaluation.id;
  await gql(teamC, SUBMIT, { input: { evaluationId, scores: scores(PARTICIPANT, [3, 3, 3, 3, 3]) } });
  expect((await gql(coordinator, FINALIZE, { input: { evaluationId, expectedVersion: 2 } })).errors).toBeUndefined();
  expect(
    onlyError(await gql(teamC, OBLIGATIONS, { clusterId: world.id, filter: { cityId: world.city('Hengshui').id } }))
      .code,
  ).toBe('FORBIDDEN');
  // An open one again, then the accreditation is withdrawn: no reach either.
  await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'participant-performance',
      title: 'Hengshui, follow-up',
      targetType: 'CITY',
      cityId: world.city('Hengshui').id,
      panel: ['team-c'],
    },
  });
  expect(
    (await gql(teamC, OBLIGATIONS, { clusterId: world.id, filter: { cityId: world.city('Hengshui').id } })).errors,
  ).toBeUndefined();
  await gql(
    coordinator,
    `mutation { revokeAccreditation(input: { clusterId: "${world.id}", evaluatorId: "team-c", reason: "Contract ended" }) { active } }`,
  );
  expect(
    onlyError(await gql(teamC, OBLIGATIONS, { clusterId: world.id, filter: { cityId: world.city('Hengshui').id } }))
      .code,
  ).toBe('FORBIDDEN');
});

test('an assessment whose author is later found affiliated with the city is left out of the result, with the reason', async () => {
  const { world, evaluator } = await aFloodWorld();
  const coordinator = world.coordinator;
  const opened = await gql(coordinator, OPEN, {
    input: {
      clusterId: world.id,
      rubricId: 'participant-performance',
      title: 'Tianjin drainage works review',
      targetType: 'CITY',
      cityId: world.city('Tianjin').id,
      panel: ['institute-a', 'team-e'],
    },
  });
  const evaluationId = opened.data!.openEvaluation.id;
  await gql(await evaluator('institute-a'), SUBMIT, {
    input: { evaluationId, scores: scores(PARTICIPANT, [3, 3, 3, 3, 3]) },
  });
  await gql(await evaluator('team-e'), SUBMIT, {
    input: { evaluationId, scores: scores(PARTICIPANT, [5, 5, 5, 5, 5]) },
  });
  // Team E turns out to be Tianjin's own consultants.
  await gql(coordinator, ACCREDIT, {
    input: {
      clusterId: world.id,
      evaluatorId: 'team-e',
      name: 'Team E',
      organisation: 'Tianjin Water Authority consultants',
      kind: 'THIRD_PARTY',
      affiliatedCityId: world.city('Tianjin').id,
    },
  });
  const finalized = await gql<{ finalizeEvaluation: { result: unknown } }>(
    coordinator,
    `mutation ($input: FinalizeEvaluationInput!) { finalizeEvaluation(input: $input) { result { overall thirdPartyCount excluded { evaluatorId reason } } } }`,
    { input: { evaluationId, expectedVersion: 3 } },
  );
  expect(finalized.errors).toBeUndefined();
  // Only Institute A's 3s count: overall 3, not the mean of 3 and 5.
  expect(finalized.data?.finalizeEvaluation.result).toMatchObject({
    overall: 3,
    thirdPartyCount: 1,
    excluded: [
      { evaluatorId: 'team-e', reason: expect.stringMatching(/affiliated with the party evaluated/) as string },
    ],
  });
});
