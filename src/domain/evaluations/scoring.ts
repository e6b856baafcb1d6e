/**
 * # Scoring: checking assessments and combining them into one result
 *
 * Third-party evaluation is primary and self-assessment secondary, so the two are combined as **groups**: each group's
 * result is the mean of its evaluators, and the cluster result weighs the groups (0.7 third party, 0.3 self unless the
 * cluster sets otherwise). Ten self-assessing cities therefore never outvote two institutes. When only one group has
 * submitted, it counts alone (weights 1 and 0) rather than the missing group counting as zero.
 *
 * Every result is computed from whole-number sums with a single division at the end (BigInt numerators), so the
 * numbers are as exact as a double allows and a result that is exactly on a threshold (0.8) compares as equal to it.
 * Nothing is rounded for display here; that is the reader's choice.
 */
import { BadInputError } from '../errors';
import { formatWeight, parseWeight, type Rubric } from './rubric';

export const ASSESSMENT_KINDS = ['THIRD_PARTY', 'SELF'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const EVALUATION_STATUSES = ['OPEN', 'FINALIZED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const ASSESSMENT_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface ScoreInput {
  criterionId: string;
  score: number;
}

/**
 * Checks scores against the rubric: known criteria, each at most once, whole numbers on the scale, and with
 * `complete` every criterion scored. Returns the scores in the rubric's criterion order.
 */
export function validateScores(
  rubric: Rubric,
  scores: readonly ScoreInput[],
  options: { complete: boolean },
): ScoreInput[] {
  const { min, max } = rubric.scale;
  const byId = new Map<string, number>();
  for (const { criterionId, score } of scores) {
    const criterion = rubric.criteria.find((candidate) => candidate.criterionId === criterionId);
    if (!criterion) {
      throw new BadInputError(
        `The rubric "${rubric.name}" has no criterion "${criterionId}"; its criteria are: ${rubric.criteria.map((c) => c.criterionId).join(', ')}.`,
      );
    }
    if (byId.has(criterionId))
      throw new BadInputError(`"${criterion.name}" is scored twice; give each criterion one score.`);
    if (!Number.isInteger(score)) {
      throw new BadInputError(
        `The score for "${criterion.name}" is ${score}; scores are whole numbers from ${min} to ${max}.`,
      );
    }
    if (score < min || score > max)
      throw new BadInputError(
        `The score for "${criterion.name}" is ${score}; this rubric scores from ${min} to ${max}.`,
      );
    byId.set(criterionId, score);
  }
  if (options.complete) {
    const missing = rubric.criteria.filter((criterion) => !byId.has(criterion.criterionId));
    if (missing.length) {
      throw new BadInputError(
        `Score every criterion before submitting; not scored yet: ${missing.map((c) => `"${c.name}"`).join(', ')}.`,
        {
          missingCriterionIds: missing.map((c) => c.criterionId),
        },
      );
    }
  }
  return rubric.criteria
    .filter((criterion) => byId.has(criterion.criterionId))
    .map(({ criterionId }) => ({ criterionId, score: byId.get(criterionId)! }));
}

export interface SubmittedAssessment {
  evaluatorId: string;
  kind: AssessmentKind;
  /** Complete: one score per criterion of the rubric. */
  scores: readonly ScoreInput[];
}

/** Basis points, adding up to 10,000. */
export interface GroupWeights {
  thirdPartyBp: number;
  selfBp: number;
}

export const DEFAULT_GROUP_WEIGHTS: GroupWeights = Object.freeze({ thirdPartyBp: 7000, selfBp: 3000 });

export interface CriterionResult {
  criterionId: string;
  thirdPartyMean: number | null;
  selfMean: number | null;
  /** The group means weighted by the applied group weights. */
  combined: number;
  /** Over all evaluators' scores for this criterion. */
  min: number;
  max: number;
  spread: number;
  /** Population standard deviation over all evaluators' scores for this criterion. */
  standardDeviation: number;
}

export interface EvaluatorResult {
  evaluatorId: string;
  kind: AssessmentKind;
  /** Σ weightBp × score / 10,000, on the rubric's scale. */
  overall: number;
}

export interface CombinedResult {
  /** On the rubric's scale: Σ criterion weight × combined. */
  overall: number;
  /** (overall - min) / (max - min), from 0 to 1. */
  normalized: number;
  thirdPartyOverall: number | null;
  selfOverall: number | null;
  /** As fractions; when only one group has assessments it gets 1 and the other 0. */
  appliedWeights: { thirdParty: number; self: number };
  criteria: CriterionResult[];
  evaluators: EvaluatorResult[];
  /** Over the evaluators' overall scores. */
  spread: { min: number; max: number; range: number; standardDeviation: number };
  thirdPartyCount: number;
  selfCount: number;
}

const WHOLE = 10_000n;

/**
 * Combines submitted assessments: per group the mean of its evaluators, then third party and self weighted by the
 * group weights (the group that exists counts alone when the other has none).
 */
export function combine(
  rubric: Rubric,
  assessments: readonly SubmittedAssessment[],
  weights: GroupWeights,
): CombinedResult {
  if (assessments.length === 0)
    throw new BadInputError('No assessment has been submitted yet; there is nothing to combine.');
  checkGroupWeights(weights);
  const { criteria, scale } = rubric;

  // Scores per assessment, in criterion order, as BigInt so every sum below is exact.
  const rows = assessments.map(({ evaluatorId, kind, scores }) => {
    if (kind !== 'THIRD_PARTY' && kind !== 'SELF')
      throw new BadInputError(`Unknown assessment kind ${JSON.stringify(kind)}. Use THIRD_PARTY or SELF.`);
    return {
      evaluatorId,
      kind,
      scores: validateScores(rubric, scores, { complete: true }).map((s) => BigInt(s.score)),
    };
  });
  const groups = {
    THIRD_PARTY: rows.filter((row) => row.kind === 'THIRD_PARTY'),
    SELF: rows.filter((row) => row.kind === 'SELF'),
  };
  const nT = BigInt(groups.THIRD_PARTY.length);
  const nS = BigInt(groups.SELF.length);
  const [wT, wS] =
    nT === 0n ? [0n, WHOLE] : nS === 0n ? [WHOLE, 0n] : [BigInt(weights.thirdPartyBp), BigInt(weights.selfBp)];
  // An absent group contributes nothing (its weight is 0); counting it as one keeps the denominators non-zero.
  const dT = nT || 1n;
  const dS = nS || 1n;

  const criterionWeights = criteria.map((c) => BigInt(c.weightBp));
  const sumOf = (group: typeof rows, index: number) => group.reduce((acc, row) => acc + row.scores[index], 0n);
  const weighted = (scores: readonly bigint[]) =>
    scores.reduce((acc, score, index) => acc + criterionWeights[index] * score, 0n);

  const criterionResults = criteria.map(({ criterionId }, index): CriterionResult => {
    const sumT = sumOf(groups.THIRD_PARTY, index);
    const sumS = sumOf(groups.SELF, index);
    const all = rows.map((row) => row.scores[index]);
    const low = all.reduce((a, b) => (b < a ? b : a));
    const high = all.reduce((a, b) => (b > a ? b : a));
    return {
      criterionId,
      thirdPartyMean: nT ? ratio(sumT, nT) : null,
      selfMean: nS ? ratio(sumS, nS) : null,
      combined: ratio(wT * sumT * dS + wS * sumS * dT, WHOLE * dT * dS),
      min: Number(low),
      max: Number(high),
      spread: Number(high - low),
      standardDeviation: standardDeviation(all, 1n),
    };
  });

  // Σ weightBp × score per evaluator: its overall is this / 10,000.
  const weightedT = groups.THIRD_PARTY.map((row) => weighted(row.scores));
  const weightedS = groups.SELF.map((row) => weighted(row.scores));
  const totalT = weightedT.reduce((a, b) => a + b, 0n);
  const totalS = weightedS.reduce((a, b) => a + b, 0n);
  // overall = (wT × totalT / nT + wS × totalS / nS) / 10,000², over one common denominator.
  const overallNum = wT * totalT * dS + wS * totalS * dT;
  const overallDen = WHOLE * WHOLE * dT * dS;
  const span = BigInt(scale.max - scale.min);

  const evaluatorWeighted = rows.map((row) => weighted(row.scores));
  const evaluators = rows.map((row, index): EvaluatorResult => ({
    evaluatorId: row.evaluatorId,
    kind: row.kind,
    overall: ratio(evaluatorWeighted[index], WHOLE),
  }));
  const lowest = evaluatorWeighted.reduce((a, b) => (b < a ? b : a));
  const highest = evaluatorWeighted.reduce((a, b) => (b > a ? b : a));

  return {
    overall: ratio(overallNum, overallDen),
    normalized: Math.min(1, Math.max(0, ratio(overallNum - BigInt(scale.min) * overallDen, overallDen * span))),
    thirdPartyOverall: nT ? ratio(totalT, WHOLE * nT) : null,
    selfOverall: nS ? ratio(totalS, WHOLE * nS) : null,
    appliedWeights: { thirdParty: ratio(wT, WHOLE), self: ratio(wS, WHOLE) },
    criteria: criterionResults,
    evaluators,
    spread: {
      min: ratio(lowest, WHOLE),
      max: ratio(highest, WHOLE),
      range: ratio(highest - lowest, WHOLE),
      standardDeviation: standardDeviation(evaluatorWeighted, WHOLE),
    },
    thirdPartyCount: Number(nT),
    selfCount: Number(nS),
  };
}

/** On the normalized 0..1 scale. */
export interface Thresholds {
  rewardAtOrAbove: number;
  penaltyBelow: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({ rewardAtOrAbove: 0.8, penaltyBelow: 0.4 });

export const OUTCOMES = ['REWARD', 'PENALTY', 'NONE'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** REWARD at or above the reward threshold, PENALTY strictly below the penalty threshold, NONE in between. */
export function outcomeFor(normalized: number, thresholds: Thresholds): Outcome {
  if (normalized >= thresholds.rewardAtOrAbove) return 'REWARD';
  if (normalized < thresholds.penaltyBelow) return 'PENALTY';
  return 'NONE';
}

/** Parses group weights given as decimal strings ("0.7", "0.3") into basis points: adding up to 1, third party weighing at least as much as self. */
export function parseGroupWeights(thirdParty: string, self: string): GroupWeights {
  const thirdPartyBp = parseWeight(thirdParty, 'third-party evaluation');
  const selfBp = parseWeight(self, 'self-assessment');
  const total = thirdPartyBp + selfBp;
  if (total !== Number(WHOLE)) {
    throw new BadInputError(
      `The third-party and self-assessment weights add up to ${formatWeight(total)}; they must add up to exactly 1.`,
      { totalBasisPoints: total },
    );
  }
  if (selfBp > thirdPartyBp) {
    throw new BadInputError(
      `Self-assessment cannot weigh more than third-party evaluation (${formatWeight(selfBp)} against ${formatWeight(thirdPartyBp)}): ` +
        'third-party evaluation is the primary assessment and self-assessment only complements it.',
    );
  }
  return { thirdPartyBp, selfBp };
}

/** Checks thresholds: finite numbers with 0 <= penaltyBelow <= rewardAtOrAbove <= 1. */
export function validateThresholds(thresholds: Thresholds): Thresholds {
  const { rewardAtOrAbove, penaltyBelow } = thresholds;
  const check = (value: number, label: string) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new BadInputError(
        `The ${label} threshold is on the 0 to 1 scale of normalized results, e.g. 0.8 (got ${value}).`,
      );
    }
  };
  check(rewardAtOrAbove, 'reward');
  check(penaltyBelow, 'penalty');
  if (penaltyBelow > rewardAtOrAbove) {
    throw new BadInputError(
      `The penalty threshold (below ${penaltyBelow}) cannot be above the reward threshold (at or above ${rewardAtOrAbove}): a result would earn both.`,
    );
  }
  return { rewardAtOrAbove, penaltyBelow };
}

function checkGroupWeights({ thirdPartyBp, selfBp }: GroupWeights): void {
  const whole = (value: number) => Number.isInteger(value) && value >= 0;
  if (!whole(thirdPartyBp) || !whole(selfBp) || thirdPartyBp + selfBp !== Number(WHOLE)) {
    throw new BadInputError(
      `The group weights must be whole basis points adding up to 10,000 (got ${thirdPartyBp} and ${selfBp}).`,
    );
  }
}

/** num / den as the nearest double when both fit in 2^53 (one rounding); reduced first so they fit more often. */
function ratio(num: bigint, den: bigint): number {
  const divisor = gcd(num < 0n ? -num : num, den);
  return divisor > 1n ? Number(num / divisor) / Number(den / divisor) : Number(num) / Number(den);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Population standard deviation of values / unit: √((nΣx² − (Σx)²) / (n² unit²)), exact up to the square root. */
function standardDeviation(values: readonly bigint[], unit: bigint): number {
  const n = BigInt(values.length);
  const sum = values.reduce((a, b) => a + b, 0n);
  const squares = values.reduce((a, b) => a + b * b, 0n);
  return Math.sqrt(ratio(n * squares - sum * sum, n * n * unit * unit));
}
