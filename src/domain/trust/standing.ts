/**
 * # Trust standing: how well a city honours its commitments
 *
 * Trust is the degree to which commitments are honoured. Every compliance record about a city is evidence: a
 * fulfilled obligation or a commendation in an evaluation is evidence *for* it, a late, concealed or refused one is
 * evidence *against* it. The standing is the Beta Reputation System of Jøsang & Ismail (2002):
 *
 * - each record weighs its severity (MINOR 1, MODERATE 2, SERIOUS 4, CRITICAL 8), halved for every half-life of age
 *   (365 days by default, configurable per cluster), so old behaviour fades but never vanishes;
 * - its weight is split into positive and negative evidence by its kind (FULFILLED all positive, FULFILLED_LATE half
 *   and half: it was honoured, but late; every breach all negative);
 * - with r the positive and s the negative evidence, the score is the expected value of Beta(r + 1, s + 1),
 *   (r + 1) / (r + s + 2), and the uncertainty is 2 / (r + s + 2): a city with no records sits at 0.5 with
 *   uncertainty 1, and each record moves it less the more evidence there already is.
 *
 * A record whose dispute was upheld (OVERTURNED) has `counts: false`: it is kept for the audit trail but weighs
 * nothing, at every point in time, as if it had never been recorded. Records dated after the instant asked about do
 * not count yet. Everything is computed from the instants passed in (never the clock), and nothing is rounded except
 * the text shown to officials. See docs/TRUST.md for a worked example.
 */
import { BadInputError } from '../errors';
import { parseDateTime } from '../time';

export const COMPLIANCE_KINDS = [
  'FULFILLED',
  'FULFILLED_LATE',
  'LATE',
  'INCOMPLETE_REPORT',
  'CONCEALED_OR_FALSE_REPORT',
  'REFUSED_JOINT_ACTION',
  'SLOW_RESPONSE',
  'NON_COOPERATION',
  'CONTRIBUTION_MISSED',
  'EVALUATION_REWARD',
  'EVALUATION_PENALTY',
] as const;
export type ComplianceKind = (typeof COMPLIANCE_KINDS)[number];

export const SEVERITIES = ['MINOR', 'MODERATE', 'SERIOUS', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** VERTICAL: the office or the superior level over those below; HORIZONTAL: a member city over a partner. */
export const SUPERVISIONS = ['VERTICAL', 'HORIZONTAL'] as const;
export type Supervision = (typeof SUPERVISIONS)[number];

export const TRUST_DIRECTIONS = ['IMPROVING', 'STABLE', 'DECLINING'] as const;
export type TrustDirection = (typeof TRUST_DIRECTIONS)[number];

/** A record is STANDING until disputed; a dispute is resolved as UPHELD or OVERTURNED. */
export const DISPUTE_RESOLUTIONS = ['UPHELD', 'OVERTURNED'] as const;
export type DisputeResolution = (typeof DISPUTE_RESOLUTIONS)[number];
export const COMPLIANCE_RECORD_STATUSES = ['STANDING', 'DISPUTED', ...DISPUTE_RESOLUTIONS] as const;
export type ComplianceRecordStatus = (typeof COMPLIANCE_RECORD_STATUSES)[number];

/** Each step up in severity doubles a record's weight: one critical breach outweighs eight minor fulfilments. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { MINOR: 1, MODERATE: 2, SERIOUS: 4, CRITICAL: 8 };

const HONOURED = { positive: 1, negative: 0 } as const;
const BREACHED = { positive: 0, negative: 1 } as const;

/** How much of a record's weight is positive (commitment honoured) and how much negative (breach). */
export const EVIDENCE_SPLIT: Record<ComplianceKind, { positive: number; negative: number }> = {
  FULFILLED: HONOURED,
  FULFILLED_LATE: { positive: 0.5, negative: 0.5 },
  LATE: BREACHED,
  INCOMPLETE_REPORT: BREACHED,
  CONCEALED_OR_FALSE_REPORT: BREACHED,
  REFUSED_JOINT_ACTION: BREACHED,
  SLOW_RESPONSE: BREACHED,
  NON_COOPERATION: BREACHED,
  CONTRIBUTION_MISSED: BREACHED,
  EVALUATION_REWARD: HONOURED,
  EVALUATION_PENALTY: BREACHED,
};

/** The severity a record of each kind gets when whoever records it does not choose one. */
export const DEFAULT_SEVERITY: Record<ComplianceKind, Severity> = {
  FULFILLED: 'MINOR',
  FULFILLED_LATE: 'MINOR',
  LATE: 'MODERATE',
  INCOMPLETE_REPORT: 'MODERATE',
  CONCEALED_OR_FALSE_REPORT: 'CRITICAL',
  REFUSED_JOINT_ACTION: 'SERIOUS',
  SLOW_RESPONSE: 'MODERATE',
  NON_COOPERATION: 'SERIOUS',
  CONTRIBUTION_MISSED: 'MODERATE',
  EVALUATION_REWARD: 'MODERATE',
  EVALUATION_PENALTY: 'MODERATE',
};

/** Each kind in plain words for officials. */
export const KIND_LABEL: Record<ComplianceKind, string> = {
  FULFILLED: 'Commitment fulfilled on time',
  FULFILLED_LATE: 'Obligation fulfilled late',
  LATE: 'Obligation not fulfilled on time',
  INCOMPLETE_REPORT: 'Incomplete report',
  CONCEALED_OR_FALSE_REPORT: 'Concealed or false report',
  REFUSED_JOINT_ACTION: 'Refused to take part in joint action',
  SLOW_RESPONSE: 'Slow response',
  NON_COOPERATION: 'Did not cooperate',
  CONTRIBUTION_MISSED: 'Agreed contribution not made',
  EVALUATION_REWARD: 'Commended in an evaluation',
  EVALUATION_PENALTY: 'Penalised in an evaluation',
};

/** True for the kinds that count mostly in a city's favour (FULFILLED, EVALUATION_REWARD). */
export function isPositiveKind(kind: ComplianceKind): boolean {
  const split = EVIDENCE_SPLIT[kind];
  return split.positive > split.negative;
}

export interface TrustSettings {
  halfLifeDays: number;
}
export const DEFAULT_HALF_LIFE_DAYS = 365;

export interface TrustEvidence {
  recordId: string;
  kind: ComplianceKind;
  severity: Severity;
  /** ISO instant (UTC, toISOString form) the record concerns. */
  at: string;
  /** False once a dispute OVERTURNED it: it is ignored entirely. */
  counts: boolean;
  /** The record's own text, for explanations. */
  note: string;
}

export interface Standing {
  /** Beta expected value (r + 1) / (r + s + 2), in [0, 1]; 0.5 with no evidence. */
  score: number;
  /** 2 / (r + s + 2), in (0, 1]; 1 with no evidence (subjective-logic uncertainty mass). */
  uncertainty: number;
  /** r: decayed positive evidence. */
  positive: number;
  /** s: decayed negative evidence. */
  negative: number;
  /** Records with counts = true and at ≤ the instant. */
  recordsCounted: number;
}

export interface TrendPoint {
  /** 'YYYY-MM' (UTC). */
  month: string;
  /** ISO instant the point is computed at. */
  asOf: string;
  score: number;
  uncertainty: number;
}

export interface Driver {
  recordId: string;
  kind: ComplianceKind;
  severity: Severity;
  at: string;
  /** score(with all records) − score(without this one): positive when it raised the standing. */
  effect: number;
  /** Share of its original weight the record still carries now, in (0,1]. */
  weightRemaining: number;
  /** One sentence for an official, followed by the record's own note. */
  explanation: string;
}

export interface TrustExplanation {
  standing: Standing;
  /** 13 points: the end of each of the 12 previous calendar months (UTC, last millisecond) and `now`, oldest first. */
  trend: TrendPoint[];
  /** score(now) − score of the oldest trend point. */
  change: number;
  /** STABLE when |change| < 0.02. */
  direction: TrustDirection;
  /** The records that moved the score most (largest |effect| first, ties newer first then recordId). */
  drivers: Driver[];
  /** Two or three sentences in plain words: the score in points, how sure, the direction over 12 months, the top driver. */
  summary: string;
  /** The summary without the sentence about the top driver: for those who may not see the records behind it. */
  summaryWithoutRecords: string;
}

export interface RankedStanding<T> {
  subject: T;
  standing: Standing;
  rank: number;
}

const DAY_MS = 86_400_000;
const TREND_POINTS = 13;
/** A change of less than 2 points over the trend is reported as STABLE. */
const STABLE_BAND = 0.02;
const DEFAULT_TOP_DRIVERS = 5;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Weight of one record seen at `at`: SEVERITY_WEIGHT × 0.5^(ageDays / halfLifeDays). Records dated after `at` and
 * overturned records (counts = false) weigh 0.
 */
export function decayedWeight(record: TrustEvidence, at: string, settings: TrustSettings): number {
  const halfLife = halfLifeOf(settings);
  const atMs = instant(at, 'time of the standing');
  if (!record.counts) return 0;
  const [checked] = prepare([record]);
  return weightAt(checked, atMs, halfLife);
}

/** The standing as of `at` from the records up to `at` that count. */
export function standingAt(records: readonly TrustEvidence[], at: string, settings: TrustSettings): Standing {
  return totalsAt(prepare(records), instant(at, 'time of the standing'), halfLifeOf(settings)).standing;
}

/** The standing at `now`, its trend over 12 months, the records that moved it most and a summary in plain words. */
export function explainStanding(
  records: readonly TrustEvidence[],
  now: string,
  settings: TrustSettings,
  options: { topDrivers?: number } = {},
): TrustExplanation {
  const halfLife = halfLifeOf(settings);
  const nowMs = instant(now, 'time of the standing');
  const topDrivers = options.topDrivers ?? DEFAULT_TOP_DRIVERS;
  if (!Number.isInteger(topDrivers) || topDrivers < 0) {
    throw new BadInputError(
      `The number of records to explain must be a whole number, zero or more (got ${topDrivers}).`,
    );
  }
  const prepared = prepare(records);
  const current = totalsAt(prepared, nowMs, halfLife);
  const { standing } = current;

  const trend = trendInstants(nowMs).map(({ month, asOfMs }) => {
    const { score, uncertainty } = asOfMs === nowMs ? standing : totalsAt(prepared, asOfMs, halfLife).standing;
    return { month, asOf: new Date(asOfMs).toISOString(), score, uncertainty };
  });
  const change = standing.score - trend[0].score;
  const direction = Math.abs(change) < STABLE_BAND ? 'STABLE' : change > 0 ? 'IMPROVING' : 'DECLINING';

  // Leave-one-out by subtracting the record's own evidence from the totals: the same as recomputing without it, up
  // to float rounding, and linear rather than quadratic in the number of records.
  const drivers = current.counted
    .map(({ evidence, ms, weight, positive, negative }) => {
      const without = standingFrom(
        Math.max(0, standing.positive - weight * positive),
        Math.max(0, standing.negative - weight * negative),
        0,
      );
      const effect = standing.score - without.score;
      const weightRemaining = weight / SEVERITY_WEIGHT[evidence.severity];
      const driver: Driver = {
        recordId: evidence.recordId,
        kind: evidence.kind,
        severity: evidence.severity,
        at: evidence.at,
        effect,
        weightRemaining,
        explanation: explainDriver(evidence, effect, weightRemaining),
      };
      return { driver, ms };
    })
    .sort(
      (a, b) =>
        Math.abs(b.driver.effect) - Math.abs(a.driver.effect) ||
        b.ms - a.ms ||
        byId(a.driver.recordId, b.driver.recordId),
    )
    .slice(0, topDrivers)
    .map(({ driver }) => driver);

  return {
    standing,
    trend,
    change,
    direction,
    drivers,
    summary: summarize(standing, trend[0], change, direction, drivers[0]),
    summaryWithoutRecords: summarize(standing, trend[0], change, direction, undefined),
  };
}

/**
 * Ranks by score (highest first), then by uncertainty (lower first: more evidence), then by the given id; equal
 * score and uncertainty share a rank (competition ranking 1, 2, 2, 4).
 */
export function rankStandings<T>(
  rows: ReadonlyArray<{ subject: T; id: string; standing: Standing }>,
): RankedStanding<T>[] {
  const sorted = [...rows].sort(
    (a, b) =>
      b.standing.score - a.standing.score || a.standing.uncertainty - b.standing.uncertainty || byId(a.id, b.id),
  );
  const ranked: RankedStanding<T>[] = [];
  sorted.forEach(({ subject, standing }, index) => {
    const previous = ranked[index - 1];
    const tied =
      previous && previous.standing.score === standing.score && previous.standing.uncertainty === standing.uncertainty;
    ranked.push({ subject, standing, rank: tied ? previous.rank : index + 1 });
  });
  return ranked;
}

interface Prepared {
  evidence: TrustEvidence;
  ms: number;
  positive: number;
  negative: number;
}

interface CountedRecord extends Prepared {
  weight: number;
}

/**
 * Checks the records that count and puts them in a canonical order, so that two cities with the same evidence get
 * bit-for-bit the same standing whatever order their records come in (float addition is not associative), and
 * therefore share a rank.
 */
function prepare(records: readonly TrustEvidence[]): Prepared[] {
  return records
    .filter((record) => record.counts)
    .map((evidence) => {
      const split = Object.prototype.hasOwnProperty.call(EVIDENCE_SPLIT, evidence.kind)
        ? EVIDENCE_SPLIT[evidence.kind]
        : undefined;
      if (!split)
        throw new BadInputError(
          `Compliance record ${evidence.recordId} has an unknown kind ${JSON.stringify(evidence.kind)}.`,
        );
      if (!Object.prototype.hasOwnProperty.call(SEVERITY_WEIGHT, evidence.severity)) {
        throw new BadInputError(
          `Compliance record ${evidence.recordId} has an unknown severity ${JSON.stringify(evidence.severity)}.`,
        );
      }
      return { evidence, ms: instant(evidence.at, `date of compliance record ${evidence.recordId}`), ...split };
    })
    .sort(
      (a, b) =>
        a.ms - b.ms ||
        SEVERITY_WEIGHT[a.evidence.severity] - SEVERITY_WEIGHT[b.evidence.severity] ||
        byId(a.evidence.kind, b.evidence.kind) ||
        byId(a.evidence.recordId, b.evidence.recordId),
    );
}

function totalsAt(
  prepared: readonly Prepared[],
  atMs: number,
  halfLife: number,
): { standing: Standing; counted: CountedRecord[] } {
  let r = 0;
  let s = 0;
  const counted: CountedRecord[] = [];
  for (const record of prepared) {
    if (record.ms > atMs) continue;
    const weight = weightAt(record, atMs, halfLife);
    r += weight * record.positive;
    s += weight * record.negative;
    counted.push({ ...record, weight });
  }
  return { standing: standingFrom(r, s, counted.length), counted };
}

function weightAt(record: Prepared, atMs: number, halfLife: number): number {
  if (record.ms > atMs) return 0;
  const ageDays = (atMs - record.ms) / DAY_MS;
  return SEVERITY_WEIGHT[record.evidence.severity] * 0.5 ** (ageDays / halfLife);
}

function standingFrom(positive: number, negative: number, recordsCounted: number): Standing {
  const total = positive + negative + 2;
  return { score: (positive + 1) / total, uncertainty: 2 / total, positive, negative, recordsCounted };
}

/** The 12 previous month ends (last millisecond, UTC) and `now` itself, oldest first: the trend spans 12 months. */
function trendInstants(nowMs: number): Array<{ month: string; asOfMs: number }> {
  const now = new Date(nowMs);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: TREND_POINTS }, (_, i) => {
    const back = TREND_POINTS - 1 - i;
    const start = new Date(Date.UTC(year, month - back, 1));
    const label = `${String(start.getUTCFullYear()).padStart(4, '0')}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    return { month: label, asOfMs: back === 0 ? nowMs : Date.UTC(year, month - back + 1, 1) - 1 };
  });
}

function explainDriver(evidence: TrustEvidence, effect: number, weightRemaining: number): string {
  const moved =
    effect === 0
      ? 'did not move the score'
      : `${effect > 0 ? 'raised' : 'lowered'} the score by ${pointsText(Math.abs(effect))}`;
  const percent = Math.round(weightRemaining * 100);
  const share = percent === 0 ? 'less than 1%' : `${percent}%`;
  const sentence = `${KIND_LABEL[evidence.kind]} (${evidence.severity.toLowerCase()}, ${formatDate(evidence.at)}): ${moved}; it now counts ${share} of its original weight.`;
  const note = evidence.note.trim();
  return note ? `${sentence} ${note}` : sentence;
}

function summarize(
  standing: Standing,
  oldest: TrendPoint,
  change: number,
  direction: TrustExplanation['direction'],
  top: Driver | undefined,
): string {
  const n = standing.recordsCounted;
  const evidence =
    standing.uncertainty > 0.5
      ? 'little evidence'
      : standing.uncertainty > 0.2
        ? 'moderate evidence'
        : 'substantial evidence';
  const first =
    n === 0
      ? `No compliance record counts yet, so the trust standing is the neutral ${points(standing.score)} points out of 100, based on ${evidence}.`
      : `The trust standing is ${points(standing.score)} points out of 100, based on ${evidence} (${n} record${n === 1 ? '' : 's'} counted).`;
  const then = `${points(oldest.score)} points at the end of ${formatMonth(oldest.asOf)}`;
  const second =
    direction === 'STABLE'
      ? `Over the last 12 months it has held steady (it stood at ${then}).`
      : `Over the last 12 months it has ${direction === 'IMPROVING' ? 'improved' : 'declined'} by ${pointsText(Math.abs(change))}, from ${then}.`;
  if (!top || top.effect === 0) return `${first} ${second}`;
  const third = `The record that moved it most: "${KIND_LABEL[top.kind]}" of ${formatDate(top.at)}, which ${top.effect > 0 ? 'raised' : 'lowered'} it by ${pointsText(Math.abs(top.effect))}.`;
  return `${first} ${second} ${third}`;
}

/** A share of 1 as points out of 100 with one decimal: 0.7241 → "72.4". */
function points(value: number): string {
  return (value * 100).toFixed(1);
}

function pointsText(magnitude: number): string {
  const text = points(magnitude);
  return text === '0.0' ? 'less than 0.1 points' : `${text} points`;
}

/** "2 March 2026", in UTC and English whatever the server's locale. */
function formatDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function formatMonth(iso: string): string {
  const date = new Date(iso);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function instant(value: string, field: string): number {
  return Date.parse(parseDateTime(value, field));
}

function halfLifeOf(settings: TrustSettings): number {
  const days = settings.halfLifeDays;
  if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
    throw new BadInputError(
      `The trust half-life must be a positive number of days, e.g. ${DEFAULT_HALF_LIFE_DAYS} (got ${days}).`,
    );
  }
  return days;
}

// Code-unit order, not localeCompare: rankings and driver order must not depend on the server's locale.
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
