/**
 * # Trust tallies: the standing's evidence, kept as sums
 *
 * A standing sums each record's weight decayed to the instant read: w × 2^(−(t − at) / H). The decay factors out of
 * the sum, 2^(−(t − T) / H) × Σ w × 2^((at − T) / H), for any fixed reference instant T, so a tally can keep
 * Σ w × 2^((at − T) / H) (the evidence "scaled to T") and be aged to any instant by one multiplication.
 *
 * Two rules make one plain sum per subject wrong, so the tally is kept at the granularity that makes it right:
 * - the event cap scales an event's obligation outcomes by 3 / (their total weight) when it is above 3, which depends
 *   on the event's own total: those outcomes are summed per event (fields `e#<eventId>#r` / `#s`), everything else in
 *   `r` and `s`;
 * - a late fulfilment replaces the lateness of its obligation from its instant on: the lateness is added at its own
 *   instant and taken away again at the replacement's, each in its month.
 *
 * Sums are whole numbers of 10^−15 (DynamoDB adds them exactly, up to 38 digits), so the order writes land in does not
 * matter, and every read after T is within N × 10^−15 of the exact evidence, N being the number of records.
 *
 * For the trend, each month keeps what its records (and replacements) added: the evidence at the end of month M is the
 * total minus what the months after M added.
 */
import { parseDateTime } from '../time';
import {
  MAX_INCIDENT_WEIGHT,
  standingOfEvidence,
  tallyTermsOf,
  trendInstantsOf,
  type Standing,
  type TrendPoint,
  type TrustEvidence,
} from './standing';

const DAY_MS = 86_400_000;
/** Sums are kept in whole units of 10^−15 of a fresh MINOR record. */
const QUANTUM = 1e15;
/**
 * The reference instant is this long before the tallies are (re)computed: every instant read later (now, and the trend
 * twelve months back) is after it, so aging never multiplies a rounding error.
 */
export const REFERENCE_LEAD_DAYS = 400;
/**
 * Records made this many half-lives after the reference are scaled by 2^40 (about 10^12): the tallies are recomputed
 * with a later reference before sums could come near DynamoDB's 38 digits.
 */
export const REBASE_AFTER_HALF_LIVES = 40;

/** What a tally is scaled by: the half-life it decays with and its reference instant. */
export interface TallyFrame {
  halfLifeDays: number;
  referenceMs: number;
}

export const TALLY_FIELDS = { positive: 'r', negative: 's', counted: 'n' } as const;
const EVENT_PREFIX = 'e#';
const eventField = (eventId: string, side: 'r' | 's') => `${EVENT_PREFIX}${eventId}#${side}`;

/** Amounts per field. */
export type TallyFields = Map<string, bigint>;
/** What a change adds, per month ('YYYY-MM', UTC) and field. */
export type TallyMoves = Map<string, TallyFields>;

/** 'YYYY-MM' of an instant, UTC. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The reference instant for tallies (re)computed at `now`. */
export function referenceFor(now: string): string {
  return new Date(Date.parse(parseDateTime(now, 'time')) - REFERENCE_LEAD_DAYS * DAY_MS).toISOString();
}

/** True when the tallies should be recomputed with a later reference before they are written at `now`. */
export function needsRebase(frame: TallyFrame, now: string): boolean {
  return (Date.parse(now) - frame.referenceMs) / (frame.halfLifeDays * DAY_MS) > REBASE_AFTER_HALF_LIVES;
}

/** One weight at `ms`, scaled to the reference, in whole quanta. */
function scaled(weight: number, ms: number, frame: TallyFrame): bigint {
  return BigInt(Math.round(weight * 2 ** ((ms - frame.referenceMs) / (frame.halfLifeDays * DAY_MS)) * QUANTUM));
}

function add(moves: TallyMoves, month: string, field: string, amount: bigint): void {
  if (amount === 0n) return;
  const fields = moves.get(month) ?? new Map<string, bigint>();
  moves.set(month, fields);
  const sum = (fields.get(field) ?? 0n) + amount;
  if (sum === 0n) fields.delete(field);
  else fields.set(field, sum);
  if (fields.size === 0) moves.delete(month);
}

/**
 * What records add to a subject's tally (`sign` −1 takes them away), per month and field; with `onlyRecordId`, only
 * that record's own terms, weighed with the others given.
 */
function addRecords(
  moves: TallyMoves,
  records: readonly TrustEvidence[],
  frame: TallyFrame,
  sign: bigint,
  onlyRecordId?: string,
): void {
  for (const term of tallyTermsOf(records)) {
    if (onlyRecordId !== undefined && term.recordId !== onlyRecordId) continue;
    const positive = scaled(term.weight * term.positive, term.ms, frame);
    const negative = scaled(term.weight * term.negative, term.ms, frame);
    const r = term.cappedIn !== undefined ? eventField(term.cappedIn, 'r') : TALLY_FIELDS.positive;
    const s = term.cappedIn !== undefined ? eventField(term.cappedIn, 's') : TALLY_FIELDS.negative;
    const moments: Array<[number, bigint]> = [[term.ms, sign]];
    // Replaced from then on: the same amounts taken away again, in the replacement's month.
    if (term.replacedFromMs !== undefined) moments.push([term.replacedFromMs, -sign]);
    for (const [ms, direction] of moments) {
      const month = monthOf(ms);
      add(moves, month, TALLY_FIELDS.counted, direction);
      add(moves, month, r, direction * positive);
      add(moves, month, s, direction * negative);
    }
  }
}

/** What a subject's records add to its tally, per month and field. */
export function tallyOf(records: readonly TrustEvidence[], frame: TallyFrame): TallyMoves {
  const moves: TallyMoves = new Map();
  addRecords(moves, records, frame, 1n);
  return moves;
}

/**
 * What one record adds to its subject's tally, weighed with `sameObligation` (the other outcomes of its obligation,
 * whose late fulfilment replaces its lateness) but without their own terms. A subject's tally is the sum of its
 * records' own terms, so a build can add records a few at a time, in any order.
 */
export function tallyOfRecord(
  record: TrustEvidence,
  sameObligation: readonly TrustEvidence[],
  frame: TallyFrame,
): TallyMoves {
  const moves: TallyMoves = new Map();
  addRecords(moves, [record, ...sameObligation], frame, 1n, record.recordId);
  return moves;
}

/**
 * How a change moves a subject's tally: the records it concerns as they were and as they are after it. Pass every
 * record the change can affect the weight of: a record and the other outcomes of its obligation (a late fulfilment
 * replaces a lateness of the same obligation). Empty when nothing the standing counts changes.
 */
export function tallyMoves(
  before: readonly TrustEvidence[],
  after: readonly TrustEvidence[],
  frame: TallyFrame,
): TallyMoves {
  const moves: TallyMoves = new Map();
  addRecords(moves, after, frame, 1n);
  addRecords(moves, before, frame, -1n);
  return moves;
}

/** The sum of every month's moves: what the subject's total tally holds. */
export function totalOf(moves: TallyMoves): TallyFields {
  const total: TallyFields = new Map();
  for (const fields of moves.values())
    for (const [field, amount] of fields) total.set(field, (total.get(field) ?? 0n) + amount);
  return total;
}

/** Whether a field is one a tally keeps (so stored items can carry other attributes beside them). */
export function isTallyField(field: string): boolean {
  return (
    field === TALLY_FIELDS.positive ||
    field === TALLY_FIELDS.negative ||
    field === TALLY_FIELDS.counted ||
    (field.startsWith(EVENT_PREFIX) && (field.endsWith('#r') || field.endsWith('#s')))
  );
}

/**
 * The standing a tally gives at `atMs` (not before the reference): the sums aged by one factor, each event's outcomes
 * under the cap as the standing applies it.
 */
export function standingOfTally(fields: TallyFields, atMs: number, frame: TallyFrame): Standing {
  const decay = 2 ** (-(atMs - frame.referenceMs) / (frame.halfLifeDays * DAY_MS)) / QUANTUM;
  let positive = Number(fields.get(TALLY_FIELDS.positive) ?? 0n) * decay;
  let negative = Number(fields.get(TALLY_FIELDS.negative) ?? 0n) * decay;
  const events = new Map<string, { r: bigint; s: bigint }>();
  for (const [field, amount] of fields) {
    if (!field.startsWith(EVENT_PREFIX)) continue;
    const eventId = field.slice(EVENT_PREFIX.length, -2);
    const sums = events.get(eventId) ?? { r: 0n, s: 0n };
    if (field.endsWith('#r')) sums.r += amount;
    else sums.s += amount;
    events.set(eventId, sums);
  }
  for (const { r, s } of events.values()) {
    const weight = Number(r + s) * decay;
    if (weight > MAX_INCIDENT_WEIGHT) {
      // Capped: the event weighs the cap, split as its outcomes are (the factor cancels out).
      positive += (MAX_INCIDENT_WEIGHT * Number(r)) / Number(r + s);
      negative += (MAX_INCIDENT_WEIGHT * Number(s)) / Number(r + s);
    } else {
      positive += Number(r) * decay;
      negative += Number(s) * decay;
    }
  }
  return standingOfEvidence(Math.max(0, positive), Math.max(0, negative), Number(fields.get('n') ?? 0n));
}

/**
 * The 13 trend points from the total tally and the moves of the last 12 months: the evidence at the end of a month is
 * the total less what every later month added.
 */
export function trendOfTally(
  total: TallyFields,
  monthMoves: ReadonlyMap<string, TallyFields>,
  now: string,
  frame: TallyFrame,
): { standing: Standing; trend: TrendPoint[] } {
  const instants = trendInstantsOf(now);
  const points: TrendPoint[] = new Array<TrendPoint>(instants.length);
  let fields = new Map(total);
  let standing: Standing | undefined;
  for (let i = instants.length - 1; i >= 0; i--) {
    if (i < instants.length - 1) {
      const later = monthMoves.get(instants[i + 1].month);
      if (later) {
        fields = new Map(fields);
        for (const [field, amount] of later) fields.set(field, (fields.get(field) ?? 0n) - amount);
      }
    }
    const point = standingOfTally(fields, instants[i].asOfMs, frame);
    if (i === instants.length - 1) standing = point;
    points[i] = {
      month: instants[i].month,
      asOf: new Date(instants[i].asOfMs).toISOString(),
      score: point.score,
      uncertainty: point.uncertainty,
    };
  }
  return { standing: standing!, trend: points };
}
