import { NumberValue, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '../clock';
import { config } from '../config';
import { obligationRecordId, subjectKeyOf } from '../domain/compliance/ids';
import { ConflictError } from '../domain/errors';
import { settingsOf } from '../domain/trust/settings';
import { DEFAULT_SEVERITY, type Severity, type TrustEvidence } from '../domain/trust/standing';
import {
  isTallyField,
  monthOf,
  needsRebase,
  referenceFor,
  tallyMoves,
  tallyOf,
  totalOf,
  type TallyFields,
  type TallyFrame,
  type TallyMoves,
} from '../domain/trust/tally';
import { batchGetByIds } from './batch';
import { exactDocumentClient } from './client';
import { CityEntity, ClusterEntity, ComplianceRecordEntity, ObligationEntity } from './entities';
import type { StoredComplianceRecord } from './entities';
import { onlyExact } from './exact';
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
 * current one so that no writer can still add to it: nothing is counted twice or lost, whoever wins the race.
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
}

export function frameOf(marker: TrustTallyMarker): TallyFrame {
  return { halfLifeDays: marker.halfLifeDays, referenceMs: Date.parse(marker.referenceAt) };
}

/** A build not finished after this long was cut short (a Lambda runs at most 10 s): the next one starts over. */
const BUILD_ABANDONED_MS = 60_000;
/** How long a writer waits for a build before answering CONFLICT. */
const WAIT_FOR_BUILD_MS = 8_000;
const POLL_MS = 100;
/** Items per transaction while building: a chunk plus the marker's condition stays within DynamoDB's 100. */
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
  const adds = (key: TotalKey, fields: TallyFields, guarded: boolean) => {
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
  };
  tx.update(
    `trust tally of ${subjectKey}`,
    adds(trustTallyKeys.subject(marker.clusterId, marker.generation, subjectKey), totalOf(moves), true),
    sealedRefusal(marker.clusterId),
  );
  for (const [month, fields] of moves)
    tx.update(
      `trust tally of ${subjectKey} in ${month}`,
      adds(trustTallyKeys.month(marker.clusterId, marker.generation, subjectKey, month), fields, false),
      sealedRefusal(marker.clusterId),
    );
  return tx;
}

async function clusterHalfLife(clusterId: string): Promise<number> {
  const { data } = await ClusterEntity.get({ clusterId }).go({ consistent: true });
  return settingsOf(data?.trustSettings).halfLifeDays;
}

/**
 * The tallies' marker, ready to be written to: built first when the table has none, or when `halfLifeDays` (the
 * cluster's setting, when the caller knows it) differs from the one they were built with, or when their reference is
 * too old; a build in progress is waited for (and started over when it was abandoned).
 */
export async function ensureTrustTallies(
  clusterId: string,
  now: string,
  halfLifeDays?: number,
): Promise<TrustTallyMarker> {
  let marker = seen.get(clusterId) ?? (await readMarker(clusterId));
  const deadline = Date.parse(systemClock()) + WAIT_FOR_BUILD_MS;
  for (;;) {
    if (marker?.building) {
      if (Date.parse(systemClock()) - Date.parse(marker.building) > BUILD_ABANDONED_MS) {
        await build(clusterId, halfLifeDays ?? marker.halfLifeDays, now, marker);
      } else {
        if (Date.parse(systemClock()) > deadline)
          throw new ConflictError(
            'The trust standings of the cluster are being recomputed (its trust settings changed). Nothing was changed; try again in a moment.',
          );
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      marker = await readMarker(clusterId);
      continue;
    }
    const wanted = halfLifeDays ?? marker?.halfLifeDays ?? (await clusterHalfLife(clusterId));
    if (!marker || marker.halfLifeDays !== wanted || needsRebase(frameOf(marker), now)) {
      await build(clusterId, wanted, now, marker);
      marker = await readMarker(clusterId);
      continue;
    }
    seen.set(clusterId, marker);
    return marker;
  }
}

/**
 * The marker to read tallies with, or undefined while a build is in progress (the reader computes from the records
 * then). Builds the tallies when there are none yet or they were built with another half-life.
 */
async function markerForReading(
  clusterId: string,
  halfLifeDays: number,
  now: string,
): Promise<TrustTallyMarker | undefined> {
  const marker = seen.get(clusterId) ?? (await readMarker(clusterId));
  if (marker?.building && Date.parse(systemClock()) - Date.parse(marker.building) <= BUILD_ABANDONED_MS)
    return undefined;
  if (marker && !marker.building && marker.halfLifeDays === halfLifeDays && !needsRebase(frameOf(marker), now)) {
    seen.set(clusterId, marker);
    return marker;
  }
  return ensureTrustTallies(clusterId, now, halfLifeDays);
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

/**
 * Builds the next generation of a cluster's tallies from its records. The marker moves to the new generation first
 * (writers then wait), the current generation's subject items are sealed (a writer still holding it is refused and
 * tries again), the records are read (ids from the cluster's index, each record read consistently), and the new items
 * are written under the condition that this build is still the one in progress; the marker is cleared last.
 */
async function build(
  clusterId: string,
  halfLifeDays: number,
  now: string,
  previous: TrustTallyMarker | undefined,
): Promise<void> {
  const generation = (previous?.generation ?? 0) + 1;
  const building = systemClock();
  const marker: TrustTallyMarker = { clusterId, generation, halfLifeDays, referenceAt: referenceFor(now), building };
  const markerKey = trustTallyKeys.marker(clusterId);
  const overtaken = () => new BuildOvertaken();
  const stillThisBuild = (tx: WriteTransaction) =>
    tx.checkTotal('this build still in progress', markerKey, { generation, building }, overtaken);
  try {
    await transaction()
      .put(
        'marker of the new generation',
        {
          params: () => ({
            TableName: config.TABLE_NAME,
            Item: {
              ...markerKey,
              generation,
              halfLifeDays,
              referenceAt: marker.referenceAt,
              building,
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
    seen.delete(clusterId);
    const cities = await CityEntity.query
      .byCluster({ clusterId })
      .go({ pages: 'all', attributes: ['cityId', 'clusterId'] });
    const subjects = new Set<string>([
      subjectKeyOf(clusterId, null),
      ...onlyExact({ clusterId }, cities.data).map((city) => city.cityId),
    ]);
    if (previous) {
      for (const item of await queryTotals(PARTITION(clusterId), `g${previous.generation}#s#`))
        subjects.add(item.sk.slice(`g${previous.generation}#s#`.length));
      const sealing = [...subjects];
      for (let start = 0; start < sealing.length; start += CHUNK) {
        const tx = stillThisBuild(transaction());
        for (const subjectKey of sealing.slice(start, start + CHUNK))
          tx.update(
            `seal ${subjectKey}`,
            {
              params: () => ({
                TableName: config.TABLE_NAME,
                Key: trustTallyKeys.subject(clusterId, previous.generation, subjectKey),
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
    // Sealed: no write can change a record's weight under the old generation any more. The records as they stand now
    // (ids from the cluster's index, each record read consistently):
    const { data: ids } = await ComplianceRecordEntity.query
      .byCluster({ clusterId })
      .go({ pages: 'all', attributes: ['recordId'] });
    const read = await batchGetByIds(
      ids.map((record) => record.recordId),
      'recordId',
      (batch) => ComplianceRecordEntity.get(batch.map((recordId) => ({ recordId }))).go({ consistent: true }),
    );
    const current = onlyExact(
      { clusterId },
      read.filter((record): record is StoredComplianceRecord => !!record),
    );
    for (const record of current) subjects.add(record.subjectKey);
    const obligationIds = [
      ...new Set(current.flatMap((record) => (!record.eventId && record.obligationId ? [record.obligationId] : []))),
    ];
    const obligations = await batchGetByIds(obligationIds, 'obligationId', (ids) =>
      ObligationEntity.get(ids.map((obligationId) => ({ obligationId }))).go(),
    );
    const eventOfObligation = new Map<string, string>();
    obligations.forEach((obligation) => {
      if (obligation?.eventId && obligation.clusterId === clusterId)
        eventOfObligation.set(obligation.obligationId, obligation.eventId);
    });
    const bySubject = new Map<string, TrustEvidence[]>();
    for (const record of current) {
      const evidence = bySubject.get(record.subjectKey) ?? [];
      evidence.push(
        tallyEvidenceOf(record, record.obligationId ? eventOfObligation.get(record.obligationId) : undefined),
      );
      bySubject.set(record.subjectKey, evidence);
    }
    const frame = frameOf(marker);
    const items: Array<TotalKey & Record<string, unknown>> = [];
    for (const subjectKey of subjects) {
      const moves = tallyOf(bySubject.get(subjectKey) ?? [], frame);
      items.push({ ...trustTallyKeys.subject(clusterId, generation, subjectKey), ...fieldMap(totalOf(moves)) });
      for (const [month, fields] of moves)
        items.push({ ...trustTallyKeys.month(clusterId, generation, subjectKey, month), ...fieldMap(fields) });
    }
    for (let start = 0; start < items.length; start += CHUNK) {
      const tx = stillThisBuild(transaction());
      for (const item of items.slice(start, start + CHUNK)) tx.putTotal(`tally ${item.sk}`, item, overtaken);
      await tx.commit();
    }
    await transaction()
      .update(
        'build finished',
        {
          params: () => ({
            TableName: config.TABLE_NAME,
            Key: markerKey,
            UpdateExpression: 'REMOVE #building',
            ConditionExpression: '#generation = :generation AND #building = :building',
            ExpressionAttributeNames: { '#building': 'building', '#generation': 'generation' },
            ExpressionAttributeValues: { ':generation': generation, ':building': building },
          }),
        },
        overtaken,
      )
      .commit();
  } catch (error) {
    // Another build started first or took over: the caller reads the marker and waits for that one.
    if (!(error instanceof BuildOvertaken)) throw error;
  }
}

function fieldMap(fields: TallyFields): Record<string, bigint> {
  return Object.fromEntries(fields);
}

/** The month a trend starting at `asOf` needs moves from (the month after its first point). */
export function firstMonthAfter(asOfMs: number): string {
  return monthOf(asOfMs + 1);
}
