import { NumberValue, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '../clock';
import { config } from '../config';
import { obligationRecordId, subjectKeyOf } from '../domain/compliance/ids';
import { ConflictError } from '../domain/errors';
import { settingsOf } from '../domain/trust/settings';
import { DEFAULT_SEVERITY, LATENESS, type Severity, type TrustEvidence } from '../domain/trust/standing';
import {
  isTallyField,
  monthOf,
  needsRebase,
  referenceFor,
  tallyMoves,
  tallyOfRecord,
  totalOf,
  type TallyFields,
  type TallyFrame,
  type TallyMoves,
} from '../domain/trust/tally';
import { batchGetByIds } from './batch';
import { ensureCityIndex } from './city-index';
import { releaseLease, takeLease } from './build-lease';
import { exactDocumentClient } from './client';
import { CityEntity, ClusterEntity, ComplianceRecordEntity, cursors, ObligationEntity } from './entities';
import type { StoredComplianceRecord } from './entities';
import { onlyExact } from './exact';
import { logger } from '../logger';
import { conditionOn, transaction, type WriteTransaction } from './kernel';
import { queryTotals, readTotal, readTotals, type Total, type TotalKey } from './totals';

/**
 * Trust tallies: per subject (a city, or the office) the decayed evidence of its standing, and per subject and month
 * what that month's records added, kept in the transaction of every compliance-record write that changes them (see
 * `src/domain/trust/tally.ts` for what they hold and docs/TRUST.md, "Kept tallies").
 *
 * Items live in one partition per cluster. The marker (`kept`) names the generation in use, the half-life and the
 * reference instant its sums are scaled with; every item of a generation carries it in its key
 * (`g<n>#s#<subject>`, `g<n>#m#<subject>#<YYYY-MM>`). Recomputing (the first read of an older table, a new
 * half-life, a later reference) builds the next generation from the records while writers wait, after sealing the
 * current one so that no writer can still add to it: nothing is counted twice or lost, whoever wins the race. A build
 * advances in bounded steps (requests and the scheduled job), its cursor kept in the marker, so it finishes at any size.
 */

const PARTITION = (clusterId: string) => `$citypact#trust-tallies#${clusterId}`;
const subjectSk = (generation: number, subjectKey: string) => `g${generation}#s#${subjectKey}`;
const monthPrefix = (generation: number, subjectKey: string) => `g${generation}#m#${subjectKey}#`;

export const trustTallyKeys = {
  marker: (clusterId: string): TotalKey => ({ pk: PARTITION(clusterId), sk: 'kept' }),
  subject: (clusterId: string, generation: number, subjectKey: string): TotalKey => ({
    pk: PARTITION(clusterId),
    sk: subjectSk(generation, subjectKey),
  }),
  month: (clusterId: string, generation: number, subjectKey: string, month: string): TotalKey => ({
    pk: PARTITION(clusterId),
    sk: `${monthPrefix(generation, subjectKey)}${month}`,
  }),
};

/** The generation of tallies in use, and what its sums are scaled with. */
export interface TrustTallyMarker {
  clusterId: string;
  generation: number;
  halfLifeDays: number;
  referenceAt: string;
  /** Set while the generation is being built (when the build started, system time): writers wait for it. */
  building?: string;
  /**
   * While building: chunks committed so far (0: the previous generation is not sealed yet). Absent in a build an
   * earlier release started, which is started over rather than resumed.
   */
  buildStep?: number;
  /** While building: where in the cluster's records the next chunk starts (absent: at the first). */
  buildCursor?: string;
  /** While a step holds the build: until when (system time, ms). */
  buildLeaseUntil?: number;
}

export function frameOf(marker: TrustTallyMarker): TallyFrame {
  return { halfLifeDays: marker.halfLifeDays, referenceMs: Date.parse(marker.referenceAt) };
}

/**
 * A build an earlier release started (it built in one go, within one request) and did not finish after this long was
 * cut short: it is started over, as that release did.
 */
const EARLIER_BUILD_ABANDONED_MS = 60_000;
/** How long a writer waits for a build before answering CONFLICT. */
const WAIT_FOR_BUILD_MS = 8_000;
const POLL_MS = 100;
/** Items sealed per transaction: a chunk plus the marker's condition stays within DynamoDB's 100. */
const CHUNK = 90;

/** Markers seen ready, per container; a sealed item read or written says the generation moved on. */
const seen = new Map<string, TrustTallyMarker>();

/** Forgets the markers seen (a table emptied and reused, as tests do). */
export function forgetTrustTallyMarkers(): void {
  seen.clear();
}

function numberOf(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value);
  return Number((value as { value: string }).value);
}

function bigintOf(value: unknown): bigint {
  if (value === undefined || value === null) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  if (typeof value === 'string') return BigInt(value);
  return BigInt((value as { value: string }).value);
}

async function readMarker(clusterId: string): Promise<TrustTallyMarker | undefined> {
  const item = await readTotal(trustTallyKeys.marker(clusterId));
  if (!item || item.generation === undefined) return undefined;
  return {
    clusterId,
    generation: numberOf(item.generation),
    halfLifeDays: numberOf(item.halfLifeDays),
    referenceAt: String(item.referenceAt),
    ...(typeof item.building === 'string' ? { building: item.building } : {}),
    ...(item.buildStep !== undefined ? { buildStep: numberOf(item.buildStep) } : {}),
    ...(typeof item.buildCursor === 'string' ? { buildCursor: item.buildCursor } : {}),
    ...(item.buildLeaseUntil !== undefined ? { buildLeaseUntil: numberOf(item.buildLeaseUntil) } : {}),
  };
}

/** The tally fields of a stored item. */
function fieldsOf(item: Total | undefined): TallyFields {
  const fields: TallyFields = new Map();
  for (const [field, value] of Object.entries(item ?? {})) if (isTallyField(field)) fields.set(field, bigintOf(value));
  return fields;
}

/** Whether a record counts in its subject's standing: not overturned, not withdrawn. */
export function recordCounts(record: Pick<StoredComplianceRecord, 'status' | 'withdrawal'>): boolean {
  return record.status !== 'OVERTURNED' && !record.withdrawal;
}

/** A record's severity: as recorded, or its kind's default for records written before severities were stored. */
export function recordSeverity(record: Pick<StoredComplianceRecord, 'severity' | 'kind'>): Severity {
  return record.severity ?? DEFAULT_SEVERITY[record.kind];
}

/**
 * A record as trust evidence for a tally: what weighs, without the words. `eventId` is the event of its obligation
 * (automatic records do not store it).
 */
export function tallyEvidenceOf(record: StoredComplianceRecord, obligationEventId?: string): TrustEvidence {
  const eventId = record.eventId ?? obligationEventId;
  return {
    recordId: record.recordId,
    kind: record.kind,
    severity: recordSeverity(record),
    at: record.at,
    counts: recordCounts(record),
    note: '',
    ...(record.obligationId ? { obligationId: record.obligationId } : {}),
    ...(eventId ? { incident: { id: eventId, label: '' } } : {}),
  };
}

/** A change of one subject's tally, prepared before its transaction is built (`addTrustTallyMove`). */
export interface TrustTallyMove {
  marker: TrustTallyMarker;
  subjectKey: string;
  moves: TallyMoves;
  /** Records the move was computed with that the write leaves as they are: it holds only while they stay so. */
  unchanged?: ReadonlyArray<{ recordId: string; read?: StoredComplianceRecord }>;
}

const OBLIGATION_OUTCOMES: ReadonlyArray<StoredComplianceRecord['kind']> = [
  'FULFILLED',
  'FULFILLED_LATE',
  'LATE',
  'CONTRIBUTION_MISSED',
];
const OUTCOME_SLOTS = ['LATE', 'FULFILLED', 'FULFILLED_LATE'] as const;

/**
 * How writing a record (`before` absent) or changing whether it counts moves its subject's tally. An obligation's
 * outcome weighs with the other outcomes of its obligation (a late fulfilment replaces its lateness), so those are read
 * (consistently) and the write is conditioned on them staying as read. `obligationEventId`: the event of the record's
 * obligation when the caller has the obligation at hand (null: none), read otherwise.
 */
export async function trustMoveOf(
  change: { before?: StoredComplianceRecord; after: StoredComplianceRecord; obligationEventId?: string | null },
  now: string,
): Promise<TrustTallyMove | undefined> {
  const { before, after } = change;
  // A record's kind, severity, instant and obligation never change: only whether it counts.
  if (before && recordCounts(before) === recordCounts(after)) return undefined;
  const obligationId = after.obligationId;
  const outcome = obligationId !== undefined && OBLIGATION_OUTCOMES.includes(after.kind);
  let others: Array<{ recordId: string; read?: StoredComplianceRecord }> = [];
  let eventId: string | undefined = change.obligationEventId ?? undefined;
  if (outcome) {
    const ids = OUTCOME_SLOTS.map((kind) => obligationRecordId(obligationId, kind)).filter(
      (id) => id !== after.recordId,
    );
    const read = await batchGetByIds(ids, 'recordId', (batch) =>
      ComplianceRecordEntity.get(batch.map((recordId) => ({ recordId }))).go({ consistent: true }),
    );
    others = ids.map((recordId, i) => ({ recordId, ...(read[i] ? { read: read[i] } : {}) }));
    if (change.obligationEventId === undefined && !after.eventId) {
      const { data } = await ObligationEntity.get({ obligationId }).go();
      eventId = data?.clusterId === after.clusterId ? data.eventId : undefined;
    }
  }
  const evidence = (record: StoredComplianceRecord) =>
    tallyEvidenceOf(record, record.obligationId === obligationId ? eventId : undefined);
  const standing = others.flatMap(({ read }) => (read ? [evidence(read)] : []));
  const move = await trustTallyMove(
    after.clusterId,
    after.subjectKey,
    [...(before ? [evidence(before)] : []), ...standing],
    [evidence(after), ...standing],
    now,
  );
  return move && { ...move, unchanged: others };
}

/**
 * How a write moves its subject's tally: the records it concerns as they were and as they will be (with the other
 * outcomes of the same obligation, which a late fulfilment replaces). Waits for a build in progress; builds the
 * tallies first on a table that has none. Undefined when nothing the standing counts changes.
 */
export async function trustTallyMove(
  clusterId: string,
  subjectKey: string,
  before: readonly TrustEvidence[],
  after: readonly TrustEvidence[],
  now: string,
): Promise<TrustTallyMove | undefined> {
  const marker = await ensureTrustTallies(clusterId, now);
  const moves = tallyMoves(before, after, frameOf(marker));
  return moves.size === 0 ? undefined : { marker, subjectKey, moves };
}

/**
 * Adds amounts to a tally item by DynamoDB ADD on whole numbers, so writes commute; `guarded` (a subject's total):
 * counted in `writes` and refused once its generation is sealed.
 */
function tallyAdd(key: TotalKey, fields: TallyFields, guarded: boolean) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  let i = 0;
  for (const [field, amount] of fields) {
    names[`#f${i}`] = field;
    values[`:v${i}`] = NumberValue.from(amount.toString());
    parts.push(`#f${i} :v${i}`);
    i++;
  }
  if (guarded) {
    // Every write moves the total, even one whose months cancel out, so a sealed generation always refuses it.
    names['#writes'] = 'writes';
    values[':one'] = 1;
    parts.push('#writes :one');
    names['#sealed'] = 'sealed';
  }
  return {
    params: () => ({
      TableName: config.TABLE_NAME,
      Key: key,
      UpdateExpression: `ADD ${parts.join(', ')}`,
      ...(guarded ? { ConditionExpression: 'attribute_not_exists(#sealed)' } : {}),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  };
}

const sealedRefusal = (clusterId: string) => () => {
  seen.delete(clusterId);
  return new ConflictError(
    'The trust standings of the cluster were being recomputed at that moment (its trust settings changed). Nothing was changed; try again.',
  );
};

/**
 * Adds the tally steps of a move to a transaction: the subject's total (refused once its generation is sealed) and
 * each month's moves, all by DynamoDB ADD on whole numbers, so writes commute.
 */
export function addTrustTallyMove(tx: WriteTransaction, move: TrustTallyMove | undefined): WriteTransaction {
  if (!move) return tx;
  const { marker, subjectKey, moves } = move;
  for (const { recordId, read } of move.unchanged ?? [])
    tx.check(
      `${recordId} as the tally read it`,
      conditionOn(ComplianceRecordEntity)
        .check({ recordId })
        .where((attributes, { eq, notExists }) =>
          !read
            ? notExists(attributes.recordId)
            : read.version === undefined
              ? notExists(attributes.version)
              : eq(attributes.version, read.version),
        ),
      () =>
        new ConflictError(
          'Another record of the same obligation changed at the same moment. Nothing was changed; try again.',
        ),
    );
  tx.update(
    `trust tally of ${subjectKey}`,
    tallyAdd(trustTallyKeys.subject(marker.clusterId, marker.generation, subjectKey), totalOf(moves), true),
    sealedRefusal(marker.clusterId),
  );
  for (const [month, fields] of moves)
    tx.update(
      `trust tally of ${subjectKey} in ${month}`,
      tallyAdd(trustTallyKeys.month(marker.clusterId, marker.generation, subjectKey, month), fields, false),
      sealedRefusal(marker.clusterId),
    );
  return tx;
}

async function clusterHalfLife(clusterId: string): Promise<number> {
  const { data } = await ClusterEntity.get({ clusterId }).go({ consistent: true });
  return settingsOf(data?.trustSettings).halfLifeDays;
}

/**
 * Brings the cluster's tallies towards ready within about `budgetMs`: starts the build they need (none yet, another
 * half-life than `halfLifeDays`, the cluster's setting when the caller knows it, or a reference too old) and advances
 * a build in progress by one step. The marker when the tallies are ready; undefined while a build is still in
 * progress (another step holds it, or this one's budget is spent).
 */
export async function advanceTrustTallies(
  clusterId: string,
  now: string,
  halfLifeDays?: number,
  budgetMs: number = trustTallyBuildLimits.requestBudgetMs,
): Promise<TrustTallyMarker | undefined> {
  const untilMs = Date.parse(systemClock()) + budgetMs;
  let marker = seen.get(clusterId) ?? (await readMarker(clusterId));
  // Start, step, read the result: a few rounds, bounded even when builders race with different half-lives.
  for (let round = 0; round < 4; round++) {
    if (marker?.building) {
      if (marker.buildStep === undefined) {
        if (Date.parse(systemClock()) - Date.parse(marker.building) <= EARLIER_BUILD_ABANDONED_MS) return undefined;
        await startBuild(clusterId, halfLifeDays ?? marker.halfLifeDays, now, marker);
      } else if (!(await stepBuild(marker, untilMs))) return undefined;
      marker = await readMarker(clusterId);
      continue;
    }
    const wanted = halfLifeDays ?? marker?.halfLifeDays ?? (await clusterHalfLife(clusterId));
    if (!marker || marker.halfLifeDays !== wanted || needsRebase(frameOf(marker), now)) {
      await startBuild(clusterId, wanted, now, marker);
      marker = await readMarker(clusterId);
      continue;
    }
    seen.set(clusterId, marker);
    return marker;
  }
  return undefined;
}

/**
 * The tallies' marker, ready to be written to, for a writer: a build in progress is advanced and waited for (answered
 * with CONFLICT when it is not finished within a few seconds; nothing is written then).
 */
export async function ensureTrustTallies(
  clusterId: string,
  now: string,
  halfLifeDays?: number,
): Promise<TrustTallyMarker> {
  const deadline = Date.parse(systemClock()) + WAIT_FOR_BUILD_MS;
  for (;;) {
    const left = deadline - Date.parse(systemClock());
    const marker = await advanceTrustTallies(
      clusterId,
      now,
      halfLifeDays,
      Math.max(0, Math.min(trustTallyBuildLimits.requestBudgetMs, left)),
    );
    if (marker) return marker;
    if (left <= 0)
      throw new ConflictError(
        'The trust standings of the cluster are being recomputed (its trust settings changed). Nothing was changed; try again in a moment.',
      );
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * The marker to read tallies with, or undefined while a build is in progress (the reader computes from the records
 * then, after advancing the build by one bounded step; a step that fails leaves the build for the next one, and the
 * reader still answers).
 */
async function markerForReading(
  clusterId: string,
  halfLifeDays: number,
  now: string,
): Promise<TrustTallyMarker | undefined> {
  const marker = seen.get(clusterId) ?? (await readMarker(clusterId));
  if (marker && !marker.building && marker.halfLifeDays === halfLifeDays && !needsRebase(frameOf(marker), now)) {
    seen.set(clusterId, marker);
    return marker;
  }
  try {
    return await advanceTrustTallies(clusterId, now, halfLifeDays);
  } catch (error) {
    logger.error('Trust tally build step failed; read from the records', { clusterId, error });
    return undefined;
  }
}

/**
 * Each subject's total tally (one BatchGetItem), with what to read it by; undefined while the tallies are being
 * rebuilt, when the caller computes from the records instead.
 */
export async function readSubjectTallies(
  clusterId: string,
  subjectKeys: readonly string[],
  halfLifeDays: number,
  now: string,
): Promise<{ frame: TallyFrame; marker: TrustTallyMarker; tallies: Map<string, TallyFields> } | undefined> {
  for (let round = 0; round < 2; round++) {
    const marker = await markerForReading(clusterId, halfLifeDays, now);
    if (!marker) return undefined;
    const keys = subjectKeys.map((subjectKey) => trustTallyKeys.subject(clusterId, marker.generation, subjectKey));
    const found = await readTotals(keys);
    const items = keys.map((key) => found.get(`${key.pk}\u0000${key.sk}`));
    if (items.some((item) => item?.sealed !== undefined)) {
      // Another container rebuilt the tallies since this one read the marker: read the new generation.
      seen.delete(clusterId);
      continue;
    }
    return {
      frame: frameOf(marker),
      marker,
      tallies: new Map(subjectKeys.map((subjectKey, i) => [subjectKey, fieldsOf(items[i])])),
    };
  }
  return undefined;
}

/** What each month from `fromMonth` (inclusive) to now added to a subject's tally: one Query. */
export async function readMonthMoves(
  marker: TrustTallyMarker,
  subjectKey: string,
  fromMonth: string,
): Promise<Map<string, TallyFields>> {
  const prefix = monthPrefix(marker.generation, subjectKey);
  const months = new Map<string, TallyFields>();
  let start: Record<string, unknown> | undefined;
  do {
    const result = await exactDocumentClient.send(
      new QueryCommand({
        TableName: config.TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': PARTITION(marker.clusterId),
          ':from': `${prefix}${fromMonth}`,
          ':to': `${prefix}\uffff`,
        },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of (result.Items ?? []) as Total[]) months.set(item.sk.slice(prefix.length), fieldsOf(item));
    start = result.LastEvaluatedKey;
  } while (start);
  return months;
}

class BuildOvertaken extends Error {}
const overtaken = () => new BuildOvertaken();

/**
 * How a build advances: in steps (a request's, or the scheduled job's), each holding a lease on the build and
 * committing chunks of records until its time budget is spent, the cursor left in the marker for the next step.
 * Tests make the chunks and budgets tiny.
 */
export const trustTallyBuildLimits = {
  /** Records a chunk reads at most (its ids in one Query, the records in BatchGetItems of 100). */
  recordsPerChunk: 300,
  /**
   * Tally items a chunk moves at most: with the marker, within DynamoDB's 100 items per transaction. A record moves
   * at most three (its subject's total, its month, the month a late fulfilment replaces it in), and records next to
   * each other in the cluster's index (by instant) mostly share them, so a chunk ends at whichever limit comes first.
   */
  itemsPerChunk: 98,
  /** How long a request advances a build before it computes from the records (a reader) or waits (a writer). */
  requestBudgetMs: 2_000,
  /**
   * The most records a reader computes standings from while a build is in progress. A cluster with more is asked to
   * try again once the build (which the scheduled job finishes) is done: reading years of records would outrun the
   * request, as the tallies exist to avoid.
   */
  recordsReadWhileBuilding: 5_000,
  /**
   * How long a step's lease outlasts its budget: far longer than one chunk takes, so only a step that was killed
   * (a Lambda timing out) loses it, and the build is resumed by the next step after that.
   */
  leaseMarginMs: 15_000,
};

/** The marker's fields that say which build is in progress and where it stands. */
const BUILD_FIELDS = ['building', 'buildStep', 'buildCursor', 'buildLease', 'buildLeaseUntil'] as const;

/**
 * Starts building the next generation: the marker moves to it (writers wait from then on, readers compute from the
 * records), conditioned on the generation read, so of builders racing one starts and the others advance it.
 */
async function startBuild(
  clusterId: string,
  halfLifeDays: number,
  now: string,
  previous: TrustTallyMarker | undefined,
): Promise<void> {
  const generation = (previous?.generation ?? 0) + 1;
  try {
    await transaction()
      .put(
        'marker of the new generation',
        {
          params: () => ({
            TableName: config.TABLE_NAME,
            Item: {
              ...trustTallyKeys.marker(clusterId),
              generation,
              halfLifeDays,
              referenceAt: referenceFor(now),
              building: systemClock(),
              buildStep: 0,
              keptSince: now,
            },
            ConditionExpression: previous ? '#generation = :previous' : 'attribute_not_exists(#generation)',
            ExpressionAttributeNames: { '#generation': 'generation' },
            ...(previous ? { ExpressionAttributeValues: { ':previous': previous.generation } } : {}),
          }),
        },
        overtaken,
      )
      .commit();
  } catch (error) {
    if (!(error instanceof BuildOvertaken)) throw error;
  }
  seen.delete(clusterId);
}

/** The condition every write of a build step carries: this build, at this step (so each chunk is added once). */
function atThisStep(tx: WriteTransaction, at: TrustTallyMarker): WriteTransaction {
  return tx.checkTotal(
    'this build still at this step',
    trustTallyKeys.marker(at.clusterId),
    { generation: at.generation, building: at.building!, buildStep: at.buildStep! },
    overtaken,
  );
}

/**
 * One step of a build in progress: takes the build's lease (left alone when another step holds a fresh one), then
 * commits chunks, at least one, until `untilMs` (system time). True when the build finished.
 */
async function stepBuild(marker: TrustTallyMarker, untilMs: number): Promise<boolean> {
  const markerKey = trustTallyKeys.marker(marker.clusterId);
  // Held, as last read: left alone without a write, so that waiting writers never contend with the step for the marker.
  if (marker.buildLeaseUntil !== undefined && marker.buildLeaseUntil >= Date.parse(systemClock())) return false;
  // Another step holds the build, or it finished or moved on since the marker was read.
  const lease = await takeLease(
    markerKey,
    {
      expression: '#generation = :generation AND #building = :building',
      names: { '#generation': 'generation', '#building': 'building' },
      values: { ':generation': marker.generation, ':building': marker.building },
    },
    untilMs,
    trustTallyBuildLimits.leaseMarginMs,
  );
  if (!lease) return false;
  try {
    let at = await readMarker(marker.clusterId);
    for (;;) {
      if (at?.generation !== marker.generation || at.building !== marker.building || at.buildStep === undefined)
        return false;
      at = at.buildStep === 0 ? await sealPrevious(at) : await addRecordChunk(at);
      if (!at.building) return true;
      if (Date.parse(systemClock()) >= untilMs) return false;
    }
  } catch (error) {
    // A step whose lease ran out while it was held up found the cursor moved on: the other step continues.
    if (error instanceof BuildOvertaken) return false;
    throw error;
  } finally {
    await releaseLease(markerKey, lease);
  }
}

/** The ids of the cluster's cities, from the city index (or the former one, while the city index settles). */
async function cityIdsOf(clusterId: string): Promise<Array<{ cityId: string; clusterId: string }>> {
  const options = { pages: 'all', attributes: ['cityId', 'clusterId'] } as const;
  if (await ensureCityIndex(clusterId, systemClock()))
    return (await CityEntity.query.formerByCluster({ clusterId }).go(options)).data;
  return (await CityEntity.query.byCluster({ clusterId }).go(options)).data;
}

/**
 * The first step of a build: seals the previous generation's subject items (each city's, the office's and any other
 * it holds), so a writer still holding that generation is refused and tries again. Sealing twice changes nothing, so
 * a step cut short here is simply done again.
 */
async function sealPrevious(at: TrustTallyMarker): Promise<TrustTallyMarker> {
  const { clusterId, generation } = at;
  const previous = generation - 1;
  if (previous > 0) {
    const subjects = new Set<string>([
      subjectKeyOf(clusterId, null),
      ...onlyExact({ clusterId }, await cityIdsOf(clusterId)).map((city) => city.cityId),
    ]);
    for (const item of await queryTotals(PARTITION(clusterId), `g${previous}#s#`))
      subjects.add(item.sk.slice(`g${previous}#s#`.length));
    const sealing = [...subjects];
    for (let start = 0; start < sealing.length; start += CHUNK) {
      const tx = atThisStep(transaction(), at);
      for (const subjectKey of sealing.slice(start, start + CHUNK))
        tx.update(
          `seal ${subjectKey}`,
          {
            params: () => ({
              TableName: config.TABLE_NAME,
              Key: trustTallyKeys.subject(clusterId, previous, subjectKey),
              UpdateExpression: 'SET #sealed = :generation',
              ExpressionAttributeNames: { '#sealed': 'sealed' },
              ExpressionAttributeValues: { ':generation': generation },
            }),
          },
          overtaken,
        );
      await tx.commit();
    }
  }
  await moveCursor(transaction(), at, undefined, false).commit();
  return { ...at, buildStep: 1 };
}

/**
 * The marker's move past a chunk, in the chunk's transaction: the next step and cursor, conditioned on the step read;
 * after the last chunk, the build's fields are removed and the generation is in use.
 */
function moveCursor(
  tx: WriteTransaction,
  at: TrustTallyMarker,
  cursor: string | undefined,
  last: boolean,
): WriteTransaction {
  const names: Record<string, string> = { '#generation': 'generation', '#building': 'building', '#step': 'buildStep' };
  const values: Record<string, unknown> = {
    ':generation': at.generation,
    ':building': at.building,
    ':step': at.buildStep,
  };
  let update: string;
  if (last) {
    BUILD_FIELDS.forEach((field, i) => (names[`#b${i}`] = field));
    update = `REMOVE ${BUILD_FIELDS.map((_, i) => `#b${i}`).join(', ')}`;
  } else {
    values[':next'] = at.buildStep! + 1;
    names['#cursor'] = 'buildCursor';
    if (cursor !== undefined) values[':cursor'] = cursor;
    update = cursor !== undefined ? 'SET #step = :next, #cursor = :cursor' : 'SET #step = :next REMOVE #cursor';
  }
  return tx.update(
    last ? 'build finished' : 'build cursor',
    {
      params: () => ({
        TableName: config.TABLE_NAME,
        Key: trustTallyKeys.marker(at.clusterId),
        UpdateExpression: update,
        ConditionExpression: '#generation = :generation AND #building = :building AND #step = :step',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    },
    overtaken,
  );
}

/**
 * Adds the next chunk of the cluster's records (in the order of its index, from the marker's cursor) to the new
 * generation, each record read consistently and weighed with the late fulfilment of its obligation if one replaces
 * it, and moves the cursor past them, all in one transaction conditioned on the step read: a chunk is added once,
 * whichever step commits it, and a step that fails before committing leaves nothing behind. The last chunk also
 * clears the build from the marker. The previous generation is sealed, so no write can change a record's weight while
 * the records are read.
 */
async function addRecordChunk(at: TrustTallyMarker): Promise<TrustTallyMarker> {
  const { clusterId, generation } = at;
  const page = await ComplianceRecordEntity.query.byCluster({ clusterId }).go({
    cursor: at.buildCursor ?? null,
    limit: trustTallyBuildLimits.recordsPerChunk,
    pages: 1,
    attributes: ['recordId', 'clusterId', 'at'],
  });
  const ids = onlyExact({ clusterId }, page.data).map((record) => record.recordId);
  const records = onlyExact(
    { clusterId },
    (
      await batchGetByIds(ids, 'recordId', (batch) =>
        ComplianceRecordEntity.get(batch.map((recordId) => ({ recordId }))).go({ consistent: true }),
      )
    ).filter((record): record is StoredComplianceRecord => !!record),
  );
  const replaceable = (record: StoredComplianceRecord) =>
    record.obligationId !== undefined && LATENESS.includes(record.kind) && recordCounts(record);
  const replacements = await batchGetByIds(
    records.flatMap((record) =>
      replaceable(record) ? [obligationRecordId(record.obligationId!, 'FULFILLED_LATE')] : [],
    ),
    'recordId',
    (batch) => ComplianceRecordEntity.get(batch.map((recordId) => ({ recordId }))).go({ consistent: true }),
  );
  const replacementOf = new Map(
    replacements.flatMap((record) => (record?.clusterId === clusterId ? [[record.recordId, record]] : [])),
  );
  const obligationIds = [
    ...new Set(records.flatMap((record) => (!record.eventId && record.obligationId ? [record.obligationId] : []))),
  ];
  const obligations = await batchGetByIds(obligationIds, 'obligationId', (batch) =>
    ObligationEntity.get(batch.map((obligationId) => ({ obligationId }))).go(),
  );
  const eventOfObligation = new Map<string, string>();
  for (const obligation of obligations)
    if (obligation?.eventId && obligation.clusterId === clusterId)
      eventOfObligation.set(obligation.obligationId, obligation.eventId);

  const frame = frameOf(at);
  const adds = new Map<string, { key: TotalKey; fields: TallyFields }>();
  const addTo = (key: TotalKey, fields: TallyFields) => {
    const kept = adds.get(key.sk) ?? { key, fields: new Map<string, bigint>() };
    for (const [field, amount] of fields) kept.fields.set(field, (kept.fields.get(field) ?? 0n) + amount);
    adds.set(key.sk, kept);
  };
  const readById = new Map(records.map((record) => [record.recordId, record]));
  // Records in the index's order, until the chunk's items are full: the cursor then follows the last one added.
  let cursor = page.cursor;
  let added = 0;
  for (const entry of page.data) {
    const record = entry.clusterId === clusterId ? readById.get(entry.recordId) : undefined;
    const replacement =
      record && replaceable(record)
        ? replacementOf.get(obligationRecordId(record.obligationId!, 'FULFILLED_LATE'))
        : undefined;
    const moves = record
      ? tallyOfRecord(
          tallyEvidenceOf(record, record.obligationId ? eventOfObligation.get(record.obligationId) : undefined),
          replacement?.subjectKey === record.subjectKey ? [tallyEvidenceOf(replacement, undefined)] : [],
          frame,
        )
      : new Map<string, TallyFields>();
    const keys =
      record && moves.size > 0
        ? [
            trustTallyKeys.subject(clusterId, generation, record.subjectKey),
            ...[...moves.keys()].map((month) => trustTallyKeys.month(clusterId, generation, record.subjectKey, month)),
          ]
        : [];
    const fresh = keys.filter((key) => !adds.has(key.sk)).length;
    if (added > 0 && adds.size + fresh > trustTallyBuildLimits.itemsPerChunk) {
      cursor = cursors.complianceRecord.byAccessPattern.byCluster.fromComposite.toCursor(page.data[added - 1]);
      break;
    }
    added++;
    if (!record || keys.length === 0) continue;
    addTo(keys[0], totalOf(moves));
    for (const [month, fields] of moves)
      addTo(trustTallyKeys.month(clusterId, generation, record.subjectKey, month), fields);
  }
  const last = cursor === null;
  const tx = moveCursor(transaction(), at, cursor ?? undefined, last);
  for (const { key, fields } of adds.values()) {
    const nonZero: TallyFields = new Map([...fields].filter(([, amount]) => amount !== 0n));
    if (nonZero.size > 0) tx.update(`tally ${key.sk}`, tallyAdd(key, nonZero, false), overtaken);
  }
  await tx.commit();
  if (last) {
    const ready: TrustTallyMarker = { ...at };
    delete ready.building;
    delete ready.buildStep;
    delete ready.buildCursor;
    return ready;
  }
  return { ...at, buildStep: at.buildStep! + 1, ...(cursor ? { buildCursor: cursor } : {}) };
}

/**
 * The scheduled job's part: advances every build in progress among `clusterIds` until `untilMs` (system time), one
 * cluster after another. Builds it did not finish are left where they stand, for its next run or the next request.
 */
export async function advanceTrustTallyBuilds(
  clusterIds: readonly string[],
  now: string,
  untilMs: number,
): Promise<{ finished: number; inProgress: number; failed: number }> {
  const markers = await readTotals(clusterIds.map((clusterId) => trustTallyKeys.marker(clusterId)));
  const result = { finished: 0, inProgress: 0, failed: 0 };
  for (const clusterId of clusterIds) {
    const key = trustTallyKeys.marker(clusterId);
    if (typeof markers.get(`${key.pk}\u0000${key.sk}`)?.building !== 'string') continue;
    const left = untilMs - Date.parse(systemClock());
    if (left <= 0) {
      result.inProgress++;
      continue;
    }
    try {
      if (await advanceTrustTallies(clusterId, now, undefined, left)) result.finished++;
      else result.inProgress++;
    } catch (error) {
      result.failed++;
      logger.error('Trust tally build step failed', { clusterId, error });
    }
  }
  return result;
}

/** The month a trend starting at `asOf` needs moves from (the month after its first point). */
export function firstMonthAfter(asOfMs: number): string {
  return monthOf(asOfMs + 1);
}
