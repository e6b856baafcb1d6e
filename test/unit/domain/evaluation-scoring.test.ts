import { BadInputError } from '../../../src/domain/errors';
import { DEFAULT_RUBRICS, formatWeight, validateRubric, type Rubric } from '../../../src/domain/evaluations/rubric';
import {
  combine,
  DEFAULT_GROUP_WEIGHTS,
  DEFAULT_THRESHOLDS,
  outcomeFor,
  parseGroupWeights,
  validateScores,
  validateThresholds,
  type AssessmentKind,
  type ScoreInput,
  type SubmittedAssessment,
} from '../../../src/domain/evaluations/scoring';
import { Random } from './compensation/random';

const activity = DEFAULT_RUBRICS['activity-response'];
const participant = DEFAULT_RUBRICS['participant-performance'];
/** Scores given in the rubric's criterion order. */
const scored = (rubric: Rubric, scores: number[]): ScoreInput[] =>
  rubric.criteria.map(({ criterionId }, i) => ({ criterionId, score: scores[i] }));
const assessment = (
  rubric: Rubric,
  evaluatorId: string,
  kind: AssessmentKind,
  scores: number[],
): SubmittedAssessment => ({ evaluatorId, kind, scores: scored(rubric, scores) });

describe('validateScores', () => {
  test('returns the scores in rubric order, whatever order they came in', () => {
    const given = scored(participant, [1, 2, 3, 4, 5]).reverse();
    expect(validateScores(participant, given, { complete: true })).toEqual(scored(participant, [1, 2, 3, 4, 5]));
  });

  test('a draft may be partial (or empty) while it is not submitted', () => {
    const partial = [
      { criterionId: 'results', score: 4 },
      { criterionId: 'cooperation', score: 2 },
    ];
    expect(validateScores(participant, partial, { complete: false })).toEqual([
      { criterionId: 'cooperation', score: 2 },
      { criterionId: 'results', score: 4 },
    ]);
    expect(validateScores(participant, [], { complete: false })).toEqual([]);
  });

  test.each<[string, ScoreInput[], RegExp]>([
    [
      'a score above the scale',
      [{ criterionId: 'cooperation', score: 7 }],
      /^The score for "Cooperation" is 7; this rubric scores from 1 to 5\.$/,
    ],
    [
      'a score below the scale',
      [{ criterionId: 'cooperation', score: 0 }],
      /^The score for "Cooperation" is 0; this rubric scores from 1 to 5\.$/,
    ],
    [
      'a fractional score',
      [{ criterionId: 'results', score: 3.5 }],
      /The score for "Results" is 3\.5; scores are whole numbers from 1 to 5/,
    ],
    [
      'a score that is not a number',
      [{ criterionId: 'results', score: NaN }],
      /The score for "Results" is NaN; scores are whole numbers/,
    ],
    [
      'an unknown criterion',
      [{ criterionId: 'speed', score: 3 }],
      /no criterion "speed"; its criteria are: leadership-coordination, cooperation, cost-inputs, results, duty-fulfilment/,
    ],
    [
      'a criterion scored twice',
      [
        { criterionId: 'results', score: 3 },
        { criterionId: 'results', score: 4 },
      ],
      /"Results" is scored twice/,
    ],
  ])('refuses %s', (_name, scores, message) => {
    expect(() => validateScores(participant, scores, { complete: false })).toThrow(BadInputError);
    expect(() => validateScores(participant, scores, { complete: false })).toThrow(message);
  });

  test('when complete, names every criterion not scored', () => {
    const partial = [
      { criterionId: 'results', score: 4 },
      { criterionId: 'cooperation', score: 2 },
      { criterionId: 'cost-inputs', score: 3 },
    ];
    expect(() => validateScores(participant, partial, { complete: true })).toThrow(
      'Score every criterion before submitting; not scored yet: "Leadership and coordination", "Fulfilment of duties".',
    );
  });
});

describe('combine', () => {
  // The worked example of docs/EVALUATIONS.md; the integration test mirrors it.
  const a = assessment(activity, 'institute-a', 'THIRD_PARTY', [4, 5, 3, 4]); // 0.25 × (4+5+3+4) = 4.0
  const b = assessment(activity, 'institute-b', 'THIRD_PARTY', [3, 4, 3, 2]); // 0.25 × (3+4+3+2) = 3.0
  const s = assessment(activity, 'city-suzhou', 'SELF', [5, 5, 4, 5]); // 0.25 × (5+5+4+5) = 4.75

  test('the worked example: two institutes and one self-assessment at 0.7 / 0.3', () => {
    const result = combine(activity, [a, b, s], DEFAULT_GROUP_WEIGHTS);
    // third party = mean(4.0, 3.0) = 3.5; self = 4.75
    expect(result.thirdPartyOverall).toBe(3.5);
    expect(result.selfOverall).toBe(4.75);
    // 0.7 × 3.5 + 0.3 × 4.75 = 2.45 + 1.425 = 3.875
    expect(result.overall).toBe(3.875);
    // (3.875 − 1) / (5 − 1) = 2.875 / 4 = 0.71875
    expect(result.normalized).toBe(0.71875);
    expect(result.appliedWeights).toEqual({ thirdParty: 0.7, self: 0.3 });
    expect([result.thirdPartyCount, result.selfCount]).toEqual([2, 1]);
    expect(result.evaluators).toEqual([
      { evaluatorId: 'institute-a', kind: 'THIRD_PARTY', overall: 4 },
      { evaluatorId: 'institute-b', kind: 'THIRD_PARTY', overall: 3 },
      { evaluatorId: 'city-suzhou', kind: 'SELF', overall: 4.75 },
    ]);
    // Overalls 4, 3, 4.75: mean 3.91667; squared deviations 0.00694 + 0.84028 + 0.69444 = 1.54167; / 3 = 0.51389 (37/72); √ = 0.71686
    expect(result.spread).toEqual({
      min: 3,
      max: 4.75,
      range: 1.75,
      standardDeviation: expect.closeTo(Math.sqrt(37 / 72), 12) as number,
    });
  });

  test('the worked example, criterion by criterion', () => {
    const rows = combine(activity, [a, b, s], DEFAULT_GROUP_WEIGHTS).criteria.map((c) => [
      c.criterionId,
      c.thirdPartyMean,
      c.selfMean,
      c.combined,
      c.min,
      c.max,
      c.spread,
    ]);
    expect(rows).toEqual([
      // scores 4, 3 | 5: TP (4+3)/2 = 3.5; 0.7 × 3.5 + 0.3 × 5 = 2.45 + 1.5 = 3.95; range 3..5
      ['plan-effectiveness', 3.5, 5, 3.95, 3, 5, 2],
      // scores 5, 4 | 5: TP 4.5; 0.7 × 4.5 + 0.3 × 5 = 3.15 + 1.5 = 4.65; range 4..5
      ['timeliness', 4.5, 5, 4.65, 4, 5, 1],
      // scores 3, 3 | 4: TP 3; 0.7 × 3 + 0.3 × 4 = 2.1 + 1.2 = 3.3; range 3..4
      ['resources-information', 3, 4, 3.3, 3, 4, 1],
      // scores 4, 2 | 5: TP 3; 0.7 × 3 + 0.3 × 5 = 2.1 + 1.5 = 3.6; range 2..5
      ['response-efficiency', 3, 5, 3.6, 2, 5, 3],
    ]);
    // Σ weight × combined = 0.25 × (3.95 + 4.65 + 3.3 + 3.6) = 0.25 × 15.5 = 3.875, the overall above.
    // Population SDs: {4,3,5} mean 4 → (0+1+1)/3 = 2/3; {5,4,5} and {3,3,4} → 2/9; {4,2,5} mean 11/3 → (1/9 + 25/9 + 16/9)/3 = 14/9.
    const sds = combine(activity, [a, b, s], DEFAULT_GROUP_WEIGHTS).criteria.map((c) => c.standardDeviation);
    [2 / 3, 2 / 9, 2 / 9, 14 / 9].forEach((variance, i) => expect(sds[i]).toBeCloseTo(Math.sqrt(variance), 12));
  });

  test('only self-assessments: self counts alone (applied weights 0 / 1)', () => {
    const result = combine(activity, [s], DEFAULT_GROUP_WEIGHTS);
    expect(result.appliedWeights).toEqual({ thirdParty: 0, self: 1 });
    expect([result.overall, result.thirdPartyOverall, result.selfOverall]).toEqual([4.75, null, 4.75]);
    expect(result.normalized).toBe(0.9375); // (4.75 − 1) / 4
    expect(result.criteria[0]).toEqual({
      criterionId: 'plan-effectiveness',
      thirdPartyMean: null,
      selfMean: 5,
      combined: 5,
      min: 5,
      max: 5,
      spread: 0,
      standardDeviation: 0,
    });
    expect(result.spread).toEqual({ min: 4.75, max: 4.75, range: 0, standardDeviation: 0 });
  });

  test('only third-party assessments: they count alone (applied weights 1 / 0)', () => {
    const result = combine(activity, [a, b], DEFAULT_GROUP_WEIGHTS);
    expect(result.appliedWeights).toEqual({ thirdParty: 1, self: 0 });
    expect([result.overall, result.thirdPartyOverall, result.selfOverall]).toEqual([3.5, 3.5, null]);
    expect(result.normalized).toBe(0.625); // (3.5 − 1) / 4
    expect(result.criteria.map((c) => [c.thirdPartyMean, c.selfMean, c.combined])).toEqual([
      [3.5, null, 3.5],
      [4.5, null, 4.5],
      [3, null, 3],
      [3, null, 3],
    ]);
    expect([result.thirdPartyCount, result.selfCount]).toEqual([2, 0]);
  });

  test('unequal criterion weights, a 0–10 scale and 0.8 / 0.2 group weights', () => {
    const drill = validateRubric({
      name: 'Joint flood drill',
      targetKind: 'ACTIVITY',
      scale: { min: 0, max: 10 },
      criteria: [
        { name: 'Warning', description: '', weight: '0.5' },
        { name: 'Handling', description: '', weight: '0.3' },
        { name: 'Recovery', description: '', weight: '0.2' },
      ],
    });
    const result = combine(
      drill,
      [
        assessment(drill, 'x', 'THIRD_PARTY', [8, 6, 5]), // 0.5×8 + 0.3×6 + 0.2×5 = 4 + 1.8 + 1 = 6.8
        assessment(drill, 'y', 'THIRD_PARTY', [6, 6, 7]), // 0.5×6 + 0.3×6 + 0.2×7 = 3 + 1.8 + 1.4 = 6.2
        assessment(drill, 'z', 'SELF', [10, 9, 10]), // 0.5×10 + 0.3×9 + 0.2×10 = 5 + 2.7 + 2 = 9.7
      ],
      parseGroupWeights('0.8', '0.2'),
    );
    expect(result.thirdPartyOverall).toBe(6.5); // (6.8 + 6.2) / 2
    expect(result.selfOverall).toBe(9.7);
    // 0.8 × 6.5 + 0.2 × 9.7 = 5.2 + 1.94 = 7.14
    expect(result.overall).toBe(7.14);
    expect(result.normalized).toBe(0.714); // (7.14 − 0) / 10
    // TP means 7, 6, 6; combined 0.8×7 + 0.2×10 = 7.6, 0.8×6 + 0.2×9 = 6.6, 0.8×6 + 0.2×10 = 6.8
    // and 0.5×7.6 + 0.3×6.6 + 0.2×6.8 = 3.8 + 1.98 + 1.36 = 7.14 again.
    expect(result.criteria.map((c) => [c.criterionId, c.thirdPartyMean, c.combined])).toEqual([
      ['warning', 7, 7.6],
      ['handling', 6, 6.6],
      ['recovery', 6, 6.8],
    ]);
    expect(result.spread).toMatchObject({ min: 6.2, max: 9.7, range: 3.5 });
  });

  test('groups are weighed, not heads: ten self-assessments at 5 do not outvote one institute at 1', () => {
    const selves = Array.from({ length: 10 }, (_, i) => assessment(activity, `city-${i}`, 'SELF', [5, 5, 5, 5]));
    const result = combine(
      activity,
      [assessment(activity, 'institute', 'THIRD_PARTY', [1, 1, 1, 1]), ...selves],
      DEFAULT_GROUP_WEIGHTS,
    );
    expect(result.overall).toBe(2.2); // 0.7 × 1 + 0.3 × 5
  });

  test('results exactly on a threshold compare as equal to it', () => {
    // 0.2 × (4+4+4+4+5) = 4.2 → (4.2 − 1) / 4 = 0.8; 0.2 × (3+3+3+2+2) = 2.6 → (2.6 − 1) / 4 = 0.4
    const top = combine(
      participant,
      [assessment(participant, 'i', 'THIRD_PARTY', [4, 4, 4, 4, 5])],
      DEFAULT_GROUP_WEIGHTS,
    );
    const low = combine(
      participant,
      [assessment(participant, 'i', 'THIRD_PARTY', [3, 3, 3, 2, 2])],
      DEFAULT_GROUP_WEIGHTS,
    );
    expect([top.normalized, outcomeFor(top.normalized, DEFAULT_THRESHOLDS)]).toEqual([0.8, 'REWARD']);
    expect([low.normalized, outcomeFor(low.normalized, DEFAULT_THRESHOLDS)]).toEqual([0.4, 'NONE']);
  });

  test.each<[string, SubmittedAssessment[], { thirdPartyBp: number; selfBp: number }, RegExp]>([
    [
      'no assessment',
      [],
      DEFAULT_GROUP_WEIGHTS,
      /^No assessment has been submitted yet; there is nothing to combine\.$/,
    ],
    [
      'an incomplete assessment',
      [{ evaluatorId: 'x', kind: 'THIRD_PARTY', scores: [{ criterionId: 'timeliness', score: 3 }] }],
      DEFAULT_GROUP_WEIGHTS,
      /not scored yet: "Effectiveness of plans/,
    ],
    [
      'group weights not adding up to 10,000',
      [a],
      { thirdPartyBp: 7000, selfBp: 2000 },
      /whole basis points adding up to 10,000 \(got 7000 and 2000\)/,
    ],
  ])('refuses %s', (_name, assessments, weights, message) => {
    expect(() => combine(activity, assessments, weights)).toThrow(BadInputError);
    expect(() => combine(activity, assessments, weights)).toThrow(message);
  });

  test('holds its invariants on random rubrics and assessments', () => {
    const random = new Random(20260721);
    for (let run = 0; run < 300; run++) {
      const count = random.int(1, 8);
      const bps = random.partition(10000 - count, count).map((bp) => bp + 1);
      const min = random.int(0, 10);
      const rubric = validateRubric({
        name: 'r',
        targetKind: 'PARTICIPANT',
        scale: { min, max: min + random.int(1, 100) },
        criteria: bps.map((bp, i) => ({ name: `c${i}`, description: '', weight: formatWeight(bp) })),
      });
      const assessments = Array.from({ length: random.int(1, 12) }, (_, i) =>
        assessment(
          rubric,
          `e${i}`,
          random.chance(0.6) ? 'THIRD_PARTY' : 'SELF',
          rubric.criteria.map(() => random.int(rubric.scale.min, rubric.scale.max)),
        ),
      );
      const third = random.int(5000, 10000);
      const weights = { thirdPartyBp: third, selfBp: 10000 - third };
      const result = combine(rubric, assessments, weights);

      const weightedCombined = rubric.criteria.reduce(
        (acc, c, i) => acc + (c.weightBp / 10000) * result.criteria[i].combined,
        0,
      );
      expect(result.overall).toBeCloseTo(weightedCombined, 9);
      const groupMix =
        result.appliedWeights.thirdParty * (result.thirdPartyOverall ?? 0) +
        result.appliedWeights.self * (result.selfOverall ?? 0);
      expect(result.overall).toBeCloseTo(groupMix, 9);
      expect(result.normalized).toBeGreaterThanOrEqual(0);
      expect(result.normalized).toBeLessThanOrEqual(1);
      expect(result.overall).toBeGreaterThanOrEqual(result.spread.min - 1e-9);
      expect(result.overall).toBeLessThanOrEqual(result.spread.max + 1e-9);
      expect(result.appliedWeights.thirdParty + result.appliedWeights.self).toBe(1);
      // The order assessments arrive in changes nothing.
      expect(combine(rubric, random.shuffle(assessments), weights).overall).toBe(result.overall);
    }
  });
});

describe('outcomeFor', () => {
  test.each<[number, string]>([
    [1, 'REWARD'],
    [0.8, 'REWARD'],
    [0.7999, 'NONE'],
    [0.5, 'NONE'],
    [0.4, 'NONE'],
    [0.3999, 'PENALTY'],
    [0, 'PENALTY'],
  ])('%d under the default thresholds (0.8 / 0.4) → %s', (normalized, outcome) => {
    expect(outcomeFor(normalized, DEFAULT_THRESHOLDS)).toBe(outcome);
  });

  test('with equal thresholds there is no neutral band', () => {
    expect([0.59, 0.6].map((n) => outcomeFor(n, { rewardAtOrAbove: 0.6, penaltyBelow: 0.6 }))).toEqual([
      'PENALTY',
      'REWARD',
    ]);
  });
});

describe('parseGroupWeights', () => {
  test.each([
    ['0.7', '0.3', 7000, 3000],
    ['0.5', '0.5', 5000, 5000],
    ['1', '0', 10000, 0],
    ['0.6667', '0.3333', 6667, 3333],
  ])('reads %s / %s', (thirdParty, self, thirdPartyBp, selfBp) => {
    expect(parseGroupWeights(thirdParty, self)).toEqual({ thirdPartyBp, selfBp });
  });

  test.each([
    [
      '0.4',
      '0.6',
      /^Self-assessment cannot weigh more than third-party evaluation \(0\.6 against 0\.4\): third-party evaluation is the primary assessment/,
    ],
    ['0', '1', /Self-assessment cannot weigh more than third-party evaluation \(1 against 0\)/],
    ['0.7', '0.2', /^The third-party and self-assessment weights add up to 0\.9; they must add up to exactly 1\.$/],
    ['0.7', '0.4', /add up to 1\.1; they must add up to exactly 1/],
    ['0.7', '-0.3', /weight of "self-assessment" must be a decimal number from 0 to 1/],
    ['.7', '.3', /weight of "third-party evaluation" must be a decimal number/],
    ['0.70001', '0.29999', /more than 4 decimals/],
  ])('refuses %s / %s', (thirdParty, self, message) => {
    expect(() => parseGroupWeights(thirdParty, self)).toThrow(BadInputError);
    expect(() => parseGroupWeights(thirdParty, self)).toThrow(message);
  });
});

describe('validateThresholds', () => {
  test.each([
    [0.8, 0.4],
    [0, 0],
    [1, 1],
    [0.6, 0.6],
  ])('accepts reward at or above %d, penalty below %d', (rewardAtOrAbove, penaltyBelow) => {
    expect(validateThresholds({ rewardAtOrAbove, penaltyBelow })).toEqual({ rewardAtOrAbove, penaltyBelow });
  });

  test.each([
    [1.2, 0.4, /reward threshold is on the 0 to 1 scale of normalized results, e\.g\. 0\.8 \(got 1\.2\)/],
    [0.8, -0.1, /penalty threshold is on the 0 to 1 scale .* \(got -0\.1\)/],
    [NaN, 0.4, /reward threshold .* \(got NaN\)/],
    [0.8, Infinity, /penalty threshold .* \(got Infinity\)/],
    [0.5, 0.6, /penalty threshold \(below 0\.6\) cannot be above the reward threshold \(at or above 0\.5\)/],
  ])('refuses reward %d, penalty %d', (rewardAtOrAbove, penaltyBelow, message) => {
    expect(() => validateThresholds({ rewardAtOrAbove, penaltyBelow })).toThrow(BadInputError);
    expect(() => validateThresholds({ rewardAtOrAbove, penaltyBelow })).toThrow(message);
  });

  test('the defaults are valid: reward at or above 0.8, penalty below 0.4', () => {
    expect(validateThresholds(DEFAULT_THRESHOLDS)).toEqual({ rewardAtOrAbove: 0.8, penaltyBelow: 0.4 });
  });
});
