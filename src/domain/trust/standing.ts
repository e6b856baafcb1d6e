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
 * - one obligation has one outcome: once it is fulfilled late, its FULFILLED_LATE record replaces the LATE record the
 *   overdue job wrote for it, so lateness is not counted twice;
 * - the obligation outcomes of one event weigh together at most MAX_INCIDENT_WEIGHT (three on-time fulfilments'
 *   worth), keeping the share honoured: one incident's many duties are one episode, and cannot sink or lift a long
 *   record on their own;
 * - with r the positive and s the negative evidence, the score is the expected value of Beta(r + 1, s + 1),
 *   (r + 1) / (r + s + 2), the uncertainty is 2 / (r + s + 2), and the lower bound is its 10th percentile: what
 *   we can be 90% sure of. A city with no records sits at 0.5, with uncertainty 1 and a lower bound of 0.1.
 *
 * Members are ranked by the lower bound, and only once enough of their records count (the cluster's minimum): ranking
 * by the expected score would put the least known first.
 *
 * A record whose dispute was upheld (OVERTURNED) has `counts: false`: it is kept for the audit trail but weighs
 * nothing, at every point in time, as if it had never been recorded. Records dated after the instant asked about do
 * not count yet. Everything is computed from the instants passed in (never the clock), and nothing is rounded except
 * the text shown to officials. See docs/TRUST.md for the reasoning and a worked example.
 */
import { BadInputError } from '../errors';
import { parseDateTime } from '../time';
import { betaQuantile } from './beta';

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
  'CORRECTIVE_ACTION_OVERDUE',
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
  CORRECTIVE_ACTION_OVERDUE: BREACHED,
};

/**
 * The severity a record of each kind gets when whoever records it does not choose one. An obligation's outcome weighs
 * the same whether it was honoured or missed (MINOR), so a city's score is the share of its duties it honoured; a
 * person recording a breach chooses a heavier severity when it deserves one.
 */
export const DEFAULT_SEVERITY: Record<ComplianceKind, Severity> = {
  FULFILLED: 'MINOR',
  FULFILLED_LATE: 'MINOR',
  LATE: 'MINOR',
  INCOMPLETE_REPORT: 'MODERATE',
  CONCEALED_OR_FALSE_REPORT: 'CRITICAL',
  REFUSED_JOINT_ACTION: 'SERIOUS',
  SLOW_RESPONSE: 'MODERATE',
  NON_COOPERATION: 'SERIOUS',
  CONTRIBUTION_MISSED: 'MINOR',
  EVALUATION_REWARD: 'MODERATE',
  EVALUATION_PENALTY: 'MODERATE',
  // A deadline missed, like an obligation's: the mechanical outcome of a due time, not a judgment of conduct.
  CORRECTIVE_ACTION_OVERDUE: 'MINOR',
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
  CORRECTIVE_ACTION_OVERDUE: 'Corrective action not done by its due time',
};

/** Each kind as a count of records, singular and plural, for the explanation of a group of records. */
const KIND_COUNTED: Record<ComplianceKind, readonly [string, string]> = {
  FULFILLED: ['commitment fulfilled on time', 'commitments fulfilled on time'],
  FULFILLED_LATE: ['obligation fulfilled late', 'obligations fulfilled late'],
  LATE: ['obligation not fulfilled on time', 'obligations not fulfilled on time'],
  INCOMPLETE_REPORT: ['incomplete report', 'incomplete reports'],
  CONCEALED_OR_FALSE_REPORT: ['concealed or false report', 'concealed or false reports'],
  REFUSED_JOINT_ACTION: ['refusal to take part in joint action', 'refusals to take part in joint action'],
  SLOW_RESPONSE: ['slow response', 'slow responses'],
  NON_COOPERATION: ['failure to cooperate', 'failures to cooperate'],
  CONTRIBUTION_MISSED: ['agreed contribution not made', 'agreed contributions not made'],
  EVALUATION_REWARD: ['commendation in an evaluation', 'commendations in evaluations'],
  EVALUATION_PENALTY: ['penalty in an evaluation', 'penalties in evaluations'],
  CORRECTIVE_ACTION_OVERDUE: [
    'corrective action not done by its due time',
    'corrective actions not done by their due time',
  ],
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

/** The kinds CityPact writes about an obligation's outcome. */
const OBLIGATION_OUTCOMES: readonly ComplianceKind[] = ['FULFILLED', 'FULFILLED_LATE', 'LATE', 'CONTRIBUTION_MISSED'];
/** The records that say an obligation was not fulfilled on time; a FULFILLED_LATE of the same obligation replaces them. */
export const LATENESS: readonly ComplianceKind[] = ['LATE', 'CONTRIBUTION_MISSED'];

/**
 * The most the obligation outcomes of one event weigh together, at any instant: three fresh on-time fulfilments'
 * worth. Above it, every outcome of the event is scaled down alike, so the event keeps its share honoured.
 */
export const MAX_INCIDENT_WEIGHT = 3;
/** The lower bound is this quantile of Beta(r + 1, s + 1): the standing we can be 90% sure of. */
export const LOWER_BOUND_QUANTILE = 0.1;
/**
 * Records that count (not overturned, withdrawn or replaced) a member needs before it is ranked: with fewer, one
 * observation more or less would move it too far for a rank to mean anything.
 */
export const DEFAULT_MINIMUM_RECORDS_TO_RANK = 3;

/** The event a record belongs to, and how officials know it. */
export interface Incident {
  id: string;
  /** e.g. "the accident at Taipu River (2 March 2026)". */
  label: string;
}

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
  /** The obligation whose outcome it records, if any. */
  obligationId?: string;
  /** The event it belongs to (its own, or its obligation's), if any. */
  incident?: Incident;
}

export interface Standing {
  /** Beta expected value (r + 1) / (r + s + 2), in [0, 1]; 0.5 with no evidence. */
  score: number;
  /** 2 / (r + s + 2), in (0, 1]; 1 with no evidence (subjective-logic uncertainty mass). */
  uncertainty: number;
  /** The 10th percentile of Beta(r + 1, s + 1): 0.1 with no evidence. Members are ranked by it. */
  lowerBound: number;
  /** r: decayed positive evidence. */
  positive: number;
  /** s: decayed negative evidence. */
  negative: number;
  /** Records that weigh at the instant: counting, dated at or before it, and not replaced by a later outcome. */
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
  /** score(with all records) − score(without this one's evidence): positive when it raised the standing. */
  effect: number;
  /** Share of its original weight the record still carries now, in [0,1] (after decay and the event's cap). */
  weightRemaining: number;
  /** One sentence for an official, followed by the record's own note. */
  explanation: string;
}

/**
 * Records of one kind in one event (or outside any event) and their share of the change over the trend. The shares
 * of all groups add up to the change (see `explainStanding`).
 */
export interface DriverGroup {
  kind: ComplianceKind;
  incident?: Incident;
  /** The records in the group (a LATE replaced by its FULFILLED_LATE is the same obligation, counted once). */
  records: number;
  recordIds: string[];
  /** Change of r and s the group brought over the trend (new records add, older ones fade). */
  positiveChange: number;
  negativeChange: number;
  /** Its share of the change, as a share of 1: the shares of all groups add up to `change`. */
  effect: number;
  /** Its share in tenths of a point as shown: whole tenths that add up to the change as the summary shows it. */
  tenthsShown: number;
  /** e.g. "7 obligations not fulfilled on time in the accident at Taipu River (2 March 2026): −30.0 points". */
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
  /** Where the change went, by kind and event; largest |effect| first. The effects add up to `change`. */
  driverGroups: DriverGroup[];
  /** The standing after one more obligation fulfilled on time now (a fresh MINOR fulfilment). */
  withOneMoreFulfilment: Standing;
  /** Obligations still recorded as late (not fulfilled, not waived), and the standing if each were fulfilled now. */
  outstanding: { obligations: number; standingIfFulfilled: Standing };
  /** Sentences in plain words: the score, the lower bound, the direction, what would raise it, where the change went. */
  summary: string;
  /** The summary without the sentences about records: for those who may not see the records behind it. */
  summaryWithoutRecords: string;
}

export interface RankedStanding<T> {
  subject: T;
  standing: Standing;
  /** False while fewer of its records count than the cluster's minimum: listed after the ranked members. */
  ranked: boolean;
  /** Competition rank among the ranked members only (1, 2, 2, 4); null when not ranked. */
  rank: number | null;
  /** In plain words: what the rank rests on, or why the member is not ranked. */
  note: string;
}

const DAY_MS = 86_400_000;
const TREND_POINTS = 13;
/** A change of less than 2 points over the trend is reported as STABLE. */
const STABLE_BAND = 0.02;
const DEFAULT_TOP_DRIVERS = 5;
/** Groups the summary names before adding up the rest as "other records". */
const GROUPS_IN_SUMMARY = 3;
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
 * Weight of one record seen at `at`, on its own: SEVERITY_WEIGHT × 0.5^(ageDays / halfLifeDays). Records dated after
 * `at` and overturned records (counts = false) weigh 0. (A standing also applies replacements and the event cap.)
 */
export function decayedWeight(record: TrustEvidence, at: string, settings: TrustSettings): number {
  const halfLife = halfLifeOf(settings);
  const atMs = instant(at, 'time of the standing');
  if (!record.counts) return 0;
  const [checked] = prepare([record]);
  return baseWeightAt(checked, atMs, halfLife);
}

/** The standing as of `at` from the records up to `at` that count. */
export function standingAt(records: readonly TrustEvidence[], at: string, settings: TrustSettings): Standing {
  return totalsAt(prepare(records), instant(at, 'time of the standing'), halfLifeOf(settings)).standing;
}

/**
 * The standing at `now`, its trend over 12 months, the records that moved it most, where the change went (grouped by
 * kind and event), what would raise it, and a summary in plain words.
 */
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

  const instants = trendInstants(nowMs);
  const oldest = totalsAt(prepared, instants[0].asOfMs, halfLife);
  const trend = instants.map(({ month, asOfMs }, i) => {
    const { score, uncertainty } =
      asOfMs === nowMs ? standing : i === 0 ? oldest.standing : totalsAt(prepared, asOfMs, halfLife).standing;
    return { month, asOf: new Date(asOfMs).toISOString(), score, uncertainty };
  });
  const change = standing.score - trend[0].score;
  const direction = directionOf(change);

  // Leave-one-out by subtracting the record's own evidence from the totals: the same as recomputing without it (up
  // to float rounding, and to the event cap and replacements it takes part in), linear rather than quadratic.
  const drivers = current.counted
    .map(({ evidence, ms, weight, positive, negative }) => {
      const effect =
        standing.score -
        scoreOf(Math.max(0, standing.positive - weight * positive), Math.max(0, standing.negative - weight * negative));
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

  const driverGroups = groupChange(prepared, oldest, current, change);
  const withOneMoreFulfilment = standingFrom(standing.positive + 1, standing.negative, standing.recordsCounted + 1);
  const outstanding = outstandingLateness(prepared, current, nowMs, halfLife);
  const sentences = summarize(standing, trend[0], change, direction, withOneMoreFulfilment);
  const aboutRecords = summarizeRecords(driverGroups, change, outstanding);
  return {
    standing,
    trend,
    change,
    direction,
    drivers,
    driverGroups,
    withOneMoreFulfilment,
    outstanding,
    summary: [...sentences, ...aboutRecords].join(' '),
    summaryWithoutRecords: sentences.join(' '),
  };
}

/** How one record weighs in a standing, as a tally keeps it (see `tallyTermsOf`). */
export interface TallyTerm {
  recordId: string;
  /** Its instant, in ms. */
  ms: number;
  /** Its severity weight, before decay. */
  weight: number;
  positive: number;
  negative: number;
  /** The event whose obligation outcomes it is capped with, if any. */
  cappedIn?: string;
  /** From when a late fulfilment of its obligation replaces it (a LATE or CONTRIBUTION_MISSED), if one does. */
  replacedFromMs?: number;
}

/**
 * The records that count, as terms a kept tally can add up: the same checks, replacements and event membership the
 * standing applies, so a tally of these terms is the standing's own evidence.
 */
export function tallyTermsOf(records: readonly TrustEvidence[]): TallyTerm[] {
  return prepare(records).map((record) => ({
    recordId: record.evidence.recordId,
    ms: record.ms,
    weight: SEVERITY_WEIGHT[record.evidence.severity],
    positive: record.positive,
    negative: record.negative,
    ...(record.cappedIn !== undefined ? { cappedIn: record.cappedIn } : {}),
    ...(record.replacedFromMs !== undefined ? { replacedFromMs: record.replacedFromMs } : {}),
  }));
}

/** The standing from its evidence: r (positive), s (negative) and the number of records counted. */
export function standingOfEvidence(positive: number, negative: number, recordsCounted: number): Standing {
  return standingFrom(positive, negative, recordsCounted);
}

/**
 * The sentences of the summary that need no record (the score, the lower bound, the direction over the trend and what
 * one more fulfilment would do), from the standing and its trend alone.
 */
export function summaryWithoutRecordsOf(standing: Standing, trend: readonly TrendPoint[]): string {
  const change = standing.score - trend[0].score;
  const direction = directionOf(change);
  const withOneMore = standingFrom(standing.positive + 1, standing.negative, standing.recordsCounted + 1);
  return summarize(standing, trend[0], change, direction, withOneMore).join(' ');
}

/** STABLE within the band, otherwise IMPROVING or DECLINING. */
export function directionOf(change: number): TrustDirection {
  return Math.abs(change) < STABLE_BAND ? 'STABLE' : change > 0 ? 'IMPROVING' : 'DECLINING';
}

/** The trend's instants: the last millisecond (UTC) of each of the 12 previous months, then `now`, oldest first. */
export function trendInstantsOf(now: string): Array<{ month: string; asOfMs: number }> {
  return trendInstants(instant(now, 'time of the standing'));
}

/**
 * Ranks the members with at least `minimumRecords` records that count by their lower bound (highest first); at an
 * equal bound, the one with more evidence (r + s) first, then by name, then by id. Equal bound and evidence share a
 * rank (competition ranking 1, 2, 2, 4). The others follow, unranked (rank null), by name then id.
 */
export function rankStandings<T>(
  rows: ReadonlyArray<{ subject: T; id: string; name: string; standing: Standing }>,
  minimumRecords: number = DEFAULT_MINIMUM_RECORDS_TO_RANK,
): RankedStanding<T>[] {
  const enough = (standing: Standing) => standing.recordsCounted >= minimumRecords;
  const rankable = rows
    .filter((row) => enough(row.standing))
    .sort(
      (a, b) =>
        byFigure(b.standing.lowerBound, a.standing.lowerBound) ||
        byFigure(evidenceOf(b.standing), evidenceOf(a.standing)) ||
        byId(a.name, b.name) ||
        byId(a.id, b.id),
    );
  const ranked: RankedStanding<T>[] = [];
  rankable.forEach(({ subject, standing }, index) => {
    const previous = ranked[index - 1];
    const tied =
      previous !== undefined &&
      byFigure(previous.standing.lowerBound, standing.lowerBound) === 0 &&
      byFigure(evidenceOf(previous.standing), evidenceOf(standing)) === 0;
    const rank = tied ? previous.rank! : index + 1;
    ranked.push({ subject, standing, ranked: true, rank, note: rankedNote(rank, rankable.length, standing) });
  });
  const unranked = rows
    .filter((row) => !enough(row.standing))
    .sort((a, b) => byId(a.name, b.name) || byId(a.id, b.id))
    .map(({ subject, standing }) => ({
      subject,
      standing,
      ranked: false,
      rank: null,
      note: unrankedNote(standing, minimumRecords),
    }));
  return [...ranked, ...unranked];
}

/**
 * Figures of a ranking compared to 12 significant digits: the same evidence summed in another order, or aged from a
 * kept tally, can differ in the last binary digit, and must still tie.
 */
const SAME_FIGURE = 1e-12;
function byFigure(a: number, b: number): number {
  return Math.abs(a - b) <= SAME_FIGURE * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : a - b;
}

/** How officials know an event: "the accident at Taipu River (2 March 2026)". */
export function incidentLabel(event: { category: string; locationDescription: string; observedAt: string }): string {
  return `the ${event.category.toLowerCase().replace(/_/g, ' ')} at ${event.locationDescription} (${formatDate(event.observedAt)})`;
}

/** r + s: how much evidence a standing rests on, in fresh minor records. */
export function evidenceOf(standing: Pick<Standing, 'positive' | 'negative'>): number {
  return standing.positive + standing.negative;
}

function rankedNote(rank: number, of: number, standing: Standing): string {
  return `Ranked ${rank} of ${of} by what its records show with 90% confidence: a standing of at least ${points(standing.lowerBound)} points.`;
}

function unrankedNote(standing: Standing, minimumRecords: number): string {
  const n = standing.recordsCounted;
  const needed = `The cluster ranks a member once ${minimumRecords} ${minimumRecords === 1 ? 'record counts' : 'records count'}.`;
  const listed =
    'It is listed after the ranked members: ranking it now would reward having little or no record rather than honoured commitments.';
  return n === 0
    ? `Not ranked: no compliance record counts for it yet. ${needed} ${listed}`
    : `Not ranked: only ${n} of its compliance records ${n === 1 ? 'counts' : 'count'}, too few to be sure of its standing. ${needed} ${listed}`;
}

interface Prepared {
  evidence: TrustEvidence;
  ms: number;
  positive: number;
  negative: number;
  /** For a LATE (or CONTRIBUTION_MISSED) record: from when a FULFILLED_LATE of its obligation replaces it. */
  replacedFromMs?: number;
  /** The event whose obligation outcomes it is weighed with (under MAX_INCIDENT_WEIGHT), if any. */
  cappedIn?: string;
}

interface CountedRecord extends Prepared {
  weight: number;
}

interface Totals {
  standing: Standing;
  /** Records that weigh at the instant, in canonical order. */
  counted: CountedRecord[];
  /** Every record's weight at the instant (0 when it does not count yet or was replaced), by recordId. */
  weights: Map<string, number>;
}

/**
 * Checks the records that count and puts them in a canonical order, so that two cities with the same evidence get
 * bit-for-bit the same standing whatever order their records come in (float addition is not associative), and
 * therefore share a rank. Notes which records a late fulfilment replaces and which the event cap applies to.
 */
function prepare(records: readonly TrustEvidence[]): Prepared[] {
  const prepared: Prepared[] = records
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
      const outcome = evidence.obligationId !== undefined && OBLIGATION_OUTCOMES.includes(evidence.kind);
      return {
        evidence,
        ms: instant(evidence.at, `date of compliance record ${evidence.recordId}`),
        ...split,
        ...(outcome && evidence.incident ? { cappedIn: evidence.incident.id } : {}),
      };
    })
    .sort(
      (a, b) =>
        a.ms - b.ms ||
        SEVERITY_WEIGHT[a.evidence.severity] - SEVERITY_WEIGHT[b.evidence.severity] ||
        byId(a.evidence.kind, b.evidence.kind) ||
        byId(a.evidence.recordId, b.evidence.recordId),
    );
  const fulfilledLate = new Map<string, number>();
  for (const record of prepared) {
    const obligationId = record.evidence.obligationId;
    if (record.evidence.kind === 'FULFILLED_LATE' && obligationId !== undefined && !fulfilledLate.has(obligationId))
      fulfilledLate.set(obligationId, record.ms);
  }
  for (const record of prepared) {
    const obligationId = record.evidence.obligationId;
    if (obligationId === undefined || !LATENESS.includes(record.evidence.kind)) continue;
    const from = fulfilledLate.get(obligationId);
    if (from !== undefined) record.replacedFromMs = Math.max(from, record.ms);
  }
  return prepared;
}

/** Each record's weight at `atMs`: severity and decay, 0 once replaced, scaled down with its event above the cap. */
function weightsAt(prepared: readonly Prepared[], atMs: number, halfLife: number): number[] {
  const weights = prepared.map((record) =>
    record.replacedFromMs !== undefined && record.replacedFromMs <= atMs ? 0 : baseWeightAt(record, atMs, halfLife),
  );
  const perIncident = new Map<string, number>();
  prepared.forEach((record, i) => {
    if (record.cappedIn !== undefined)
      perIncident.set(record.cappedIn, (perIncident.get(record.cappedIn) ?? 0) + weights[i]);
  });
  return weights.map((weight, i) => {
    const incident = prepared[i].cappedIn;
    const total = incident === undefined ? 0 : perIncident.get(incident)!;
    return total > MAX_INCIDENT_WEIGHT ? weight * (MAX_INCIDENT_WEIGHT / total) : weight;
  });
}

function totalsAt(prepared: readonly Prepared[], atMs: number, halfLife: number): Totals {
  const weights = weightsAt(prepared, atMs, halfLife);
  let r = 0;
  let s = 0;
  const counted: CountedRecord[] = [];
  const byRecord = new Map<string, number>();
  prepared.forEach((record, i) => {
    const weight = weights[i];
    byRecord.set(record.evidence.recordId, weight);
    if (record.ms > atMs || (record.replacedFromMs !== undefined && record.replacedFromMs <= atMs)) return;
    r += weight * record.positive;
    s += weight * record.negative;
    counted.push({ ...record, weight });
  });
  return { standing: standingFrom(r, s, counted.length), counted, weights: byRecord };
}

function baseWeightAt(record: Prepared, atMs: number, halfLife: number): number {
  if (record.ms > atMs) return 0;
  const ageDays = (atMs - record.ms) / DAY_MS;
  return SEVERITY_WEIGHT[record.evidence.severity] * 0.5 ** (ageDays / halfLife);
}

function scoreOf(positive: number, negative: number): number {
  return (positive + 1) / (positive + negative + 2);
}

function standingFrom(positive: number, negative: number, recordsCounted: number): Standing {
  const total = positive + negative + 2;
  return {
    score: (positive + 1) / total,
    uncertainty: 2 / total,
    lowerBound: betaQuantile(LOWER_BOUND_QUANTILE, positive + 1, negative + 1),
    positive,
    negative,
    recordsCounted,
  };
}

/**
 * Splits the change of the score between the oldest trend point and now among groups of records (one kind in one
 * event, or outside any event) by replaying the 12 months: starting from the evidence of then, the groups' changes of
 * evidence (new records add, older ones fade, a late fulfilment replaces a lateness) are applied one group at a time,
 * in the order their latest record happened, and each group is credited with the points the score moved when its
 * change was applied. The shares add up to the change exactly (each step starts where the previous one ended), every
 * share is a real difference of two standings, and the latest group's share is exactly what the standing would be
 * without it (what the latest incident cost). The order matters, and it is the order things happened.
 */
function groupChange(prepared: readonly Prepared[], then: Totals, now: Totals, change: number): DriverGroup[] {
  interface Building {
    kind: ComplianceKind;
    incident?: Incident;
    records: number;
    recordIds: string[];
    positiveChange: number;
    negativeChange: number;
    latestMs: number;
    key: string;
    /** True while every record of the group already weighed at the oldest point: it only faded since. */
    onlyOld: boolean;
  }
  const groups = new Map<string, Building>();
  const countedNow = new Set(now.counted.map((record) => record.evidence.recordId));
  for (const record of prepared) {
    const id = record.evidence.recordId;
    const before = then.weights.get(id) ?? 0;
    const after = now.weights.get(id) ?? 0;
    if (before === 0 && after === 0) continue;
    // A lateness a late fulfilment has replaced is that obligation's story: it goes with the FULFILLED_LATE record.
    const replaced = !countedNow.has(id) && record.replacedFromMs !== undefined;
    const kind: ComplianceKind = replaced ? 'FULFILLED_LATE' : record.evidence.kind;
    const key = `${record.evidence.incident?.id ?? ''}\u0000${kind}`;
    const group = groups.get(key) ?? {
      kind,
      ...(record.evidence.incident ? { incident: record.evidence.incident } : {}),
      records: 0,
      recordIds: [],
      positiveChange: 0,
      negativeChange: 0,
      latestMs: Number.NEGATIVE_INFINITY,
      key,
      onlyOld: true,
    };
    if (!replaced) group.records += 1;
    group.recordIds.push(id);
    group.positiveChange += (after - before) * record.positive;
    group.negativeChange += (after - before) * record.negative;
    group.latestMs = Math.max(group.latestMs, record.replacedFromMs ?? record.ms);
    group.onlyOld &&= before > 0 && after > 0;
    groups.set(key, group);
  }
  const list = [...groups.values()].sort((a, b) => a.latestMs - b.latestMs || byId(a.key, b.key));
  let r = then.standing.positive;
  let s = then.standing.negative;
  const shares = list.map((group) => {
    const before = scoreOf(r, s);
    r = Math.max(0, r + group.positiveChange);
    s = Math.max(0, s + group.negativeChange);
    return scoreOf(r, s) - before;
  });
  const tenths = apportionTenths(shares, tenthsOf(change));
  return list
    .map((g, i) => ({
      kind: g.kind,
      ...(g.incident ? { incident: g.incident } : {}),
      records: g.records,
      recordIds: g.recordIds,
      positiveChange: g.positiveChange,
      negativeChange: g.negativeChange,
      effect: shares[i],
      tenthsShown: tenths[i],
      explanation: explainGroup(g.kind, g.records, g.incident, tenths[i], g.onlyOld),
    }))
    .sort(
      (a, b) =>
        Math.abs(b.effect) - Math.abs(a.effect) ||
        byId(a.incident?.id ?? '', b.incident?.id ?? '') ||
        byId(a.kind, b.kind),
    );
}

/** The change as the summary shows it, in whole tenths of a point. */
function tenthsOf(change: number): number {
  return Math.round(Number((change * 100).toFixed(1)) * 10);
}

/**
 * Whole tenths of a point for each share that add up to `total` (largest remainder): each gets its share rounded down,
 * and the tenths left go to the largest remainders.
 */
function apportionTenths(shares: readonly number[], total: number): number[] {
  const exact = shares.map((share) => share * 1000);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((sum, n) => sum + n, 0);
  const order = exact.map((value, i) => ({ i, rest: value - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const result = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    result[i] += 1;
    left -= 1;
  }
  // Rounding the total down can leave fewer tenths than the floors: take them back from the smallest remainders.
  for (const { i } of [...order].reverse()) {
    if (left >= 0) break;
    result[i] -= 1;
    left += 1;
  }
  return result;
}

function explainGroup(
  kind: ComplianceKind,
  records: number,
  incident: Incident | undefined,
  tenths: number,
  fading: boolean,
): string {
  const [one, many] = KIND_COUNTED[kind];
  const where = incident ? ` in ${incident.label}` : '';
  const why = fading ? ' (older records counting less with age)' : '';
  return `${records} ${records === 1 ? one : many}${where}: ${signedTenths(tenths)}${why}`;
}

/** LATE and CONTRIBUTION_MISSED records still weighing now, and the standing if each obligation were fulfilled now. */
function outstandingLateness(
  prepared: readonly Prepared[],
  current: Totals,
  nowMs: number,
  halfLife: number,
): TrustExplanation['outstanding'] {
  const late = current.counted.filter(
    (record) => record.evidence.obligationId !== undefined && LATENESS.includes(record.evidence.kind),
  );
  if (late.length === 0) return { obligations: 0, standingIfFulfilled: current.standing };
  const at = new Date(nowMs).toISOString();
  const fulfilments: Prepared[] = late.map((record) => ({
    evidence: {
      ...record.evidence,
      recordId: `${record.evidence.recordId}#fulfilled`,
      kind: 'FULFILLED_LATE',
      severity: DEFAULT_SEVERITY.FULFILLED_LATE,
      at,
    },
    ms: nowMs,
    ...EVIDENCE_SPLIT.FULFILLED_LATE,
    ...(record.cappedIn !== undefined ? { cappedIn: record.cappedIn } : {}),
  }));
  const lateIds = new Set(late.map((record) => record.evidence.recordId));
  const replaced = prepared.map((record) =>
    lateIds.has(record.evidence.recordId) ? { ...record, replacedFromMs: nowMs } : record,
  );
  return {
    obligations: late.length,
    standingIfFulfilled: totalsAt([...replaced, ...fulfilments], nowMs, halfLife).standing,
  };
}

/** Every record the standing counts now, in a sentence; why it moved, for those who may see the records. */
function summarizeRecords(
  groups: readonly DriverGroup[],
  change: number,
  outstanding: TrustExplanation['outstanding'],
): string[] {
  const sentences: string[] = [];
  const total = tenthsOf(change);
  const moved = groups.filter((group) => group.tenthsShown !== 0);
  if (moved.length > 0) {
    const named = moved.length > GROUPS_IN_SUMMARY + 1 ? moved.slice(0, GROUPS_IN_SUMMARY) : moved;
    const rest = moved.slice(named.length).reduce((sum, group) => sum + group.tenthsShown, 0);
    const parts = named.map((group) => group.explanation);
    if (named.length < moved.length) parts.push(`other records: ${signedTenths(rest)}`);
    sentences.push(`The change of ${signedTenths(total)} over 12 months comes from: ${parts.join('; ')}.`);
  }
  if (outstanding.obligations > 0) {
    const n = outstanding.obligations;
    sentences.push(
      `Fulfilling the ${n === 1 ? 'obligation' : `${n} obligations`} still recorded as late would raise it to ${points(outstanding.standingIfFulfilled.score)} points (at least ${points(outstanding.standingIfFulfilled.lowerBound)}).`,
    );
  }
  return sentences;
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
  withOneMore: Standing,
): string[] {
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
  const bound = `With 90% confidence it is at least ${points(standing.lowerBound)} points, the figure members are ranked by.`;
  const then = `${points(oldest.score)} points at the end of ${formatMonth(oldest.asOf)}`;
  const second =
    direction === 'STABLE'
      ? `Over the last 12 months it has held steady (it stood at ${then}).`
      : `Over the last 12 months it has ${direction === 'IMPROVING' ? 'improved' : 'declined'} by ${pointsText(Math.abs(change))}, from ${then}.`;
  const raise = `One more obligation fulfilled on time would raise it to ${points(withOneMore.score)} points (at least ${points(withOneMore.lowerBound)}).`;
  return [first, bound, second, raise];
}

/** A share of 1 as points out of 100 with one decimal: 0.7241 → "72.4". */
function points(value: number): string {
  return (value * 100).toFixed(1);
}

function pointsText(magnitude: number): string {
  const text = points(magnitude);
  return text === '0.0' ? 'less than 0.1 points' : `${text} points`;
}

/** Whole tenths of a point with their sign: −300 → "−30.0 points", 12 → "+1.2 points". */
function signedTenths(tenths: number): string {
  const sign = tenths > 0 ? '+' : tenths < 0 ? '\u2212' : '';
  return `${sign}${(Math.abs(tenths) / 10).toFixed(1)} points`;
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
