import { systemClock } from '../clock';
import { config } from '../config';
import { ConflictError } from '../domain/errors';
import { logger } from '../logger';
import { releaseLease, takeLease, updateMarker } from './build-lease';
import { transaction, type Refusal, type WriteTransaction } from './kernel';
import { readTotals, type Total, type TotalKey } from './totals';

/**
 * Tallies kept on write for records written before they were kept (an upgraded table) are built once, from the
 * records, in bounded steps that resume where the last one stopped, so a cluster with years of records is built
 * without a request outrunning its time. Writers never wait for a build: a record's own flag (`tallied`) says whether
 * its figures are in the tallies already, every write moves the tallies by what it changes and sets the flag, and the
 * build adds the records not flagged yet. Readers use the tallies once the build has finished (the marker's
 * `keptSince`); until then they compute from the records, up to a bound. A build adds into layout 2 (`TallyLayout`).
 *
 * A build's progress lives in its marker item: where it started (`building`), how many chunks are committed
 * (`buildStep`) and where the next starts (`buildCursor`). A step (a request's or the scheduled job's) takes the
 * build's lease, commits chunks until its budget is spent, and releases it; every chunk commits with the condition
 * that the marker is still at the step read, so a chunk is added once, whichever step commits it, and a step that
 * dies leaves the build to the next one once its lease runs out.
 */
export interface TallyBuild {
  /** What the tallies are of, as officials read it ("obligation figures"). */
  readonly figures: string;
  /** Where the build keeps its state and, once done, `keptSince` (layout 2). */
  marker(clusterId: string): TotalKey;
  /** The marker the earlier release wrote when it had backfilled the tallies whole (layout 1). */
  earlierMarker(clusterId: string): TotalKey;
  /**
   * Adds to `tx` the next chunk of the cluster's records not yet tallied, from `cursor` (null: the first), and flags
   * them if they can still change; `stale` is the refusal of a condition on a record (the chunk is read again). The
   * cursor after the chunk, or null after the last.
   */
  addChunk(tx: WriteTransaction, clusterId: string, cursor: string | null, stale: Refusal): Promise<string | null>;
}

/** Tests make chunks and budgets tiny. */
export const tallyBuildLimits = {
  /**
   * Records a chunk reads at most when it writes each one it counts (stock items, flagged); a chunk also ends before
   * its transaction would pass DynamoDB's 100 items.
   */
  recordsPerChunk: 90,
  /**
   * Records a chunk reads at most when it writes none of them (closed obligations): only the tallies it moves are
   * items of its transaction, and records next to each other mostly share them.
   */
  recordsReadPerChunk: 1_000,
  /** How long a request advances a build before it answers from the records. */
  requestBudgetMs: 2_000,
  /** The most records a reader computes from while a build is in progress: past it, it is asked to try again later. */
  recordsReadWhileBuilding: 5_000,
  /** How long a step's lease outlasts its budget, so only a step that was killed loses it. */
  leaseMarginMs: 15_000,
};

const BUILD_FIELDS = ['building', 'buildStep', 'buildCursor', 'buildLease', 'buildLeaseUntil', 'recordsOver'] as const;

class Overtaken extends Error {}
const overtaken = () => new Overtaken();
class ChunkStale extends Error {}
const chunkStale = () => new ChunkStale();

/** How often a chunk whose records changed while it was read is read again before the step gives up. */
const CHUNK_ATTEMPTS = 5;

/**
 * Where a cluster's tallies live. 1: tallies the earlier release backfilled whole in one request, under its own marker
 * (`earlierMarker`); every record is counted in them, flag or not. 2: tallies a chunked build adds to (its state and
 * `keptSince` on `marker`), and those of every cluster without layout 1. A backfill of that release cut short left
 * whole tallies without a marker: a build adds to layout 2's own items, so it never counts onto those. Kept apart, the
 * markers also keep a rollback safe: the earlier release, finding no marker of its own, backfills its layout whole,
 * and this release reads that layout once it is back.
 */
export type TallyLayout = 1 | 2;

interface BuildMarker {
  keptSince?: string;
  building?: string;
  /** A reader found more records than it may compute from while building: the next ones are refused at once. */
  recordsOver?: number;
  buildStep?: number;
  buildCursor?: string;
  buildLeaseUntil?: number;
}

function markerOf(item: Total | undefined): BuildMarker {
  const number = (value: unknown) =>
    typeof value === 'object' && value !== null ? Number((value as { value: string }).value) : Number(value);
  return {
    ...(typeof item?.keptSince === 'string' ? { keptSince: item.keptSince } : {}),
    ...(typeof item?.building === 'string' ? { building: item.building } : {}),
    ...(item?.recordsOver !== undefined ? { recordsOver: number(item.recordsOver) } : {}),
    ...(item?.buildStep !== undefined ? { buildStep: number(item.buildStep) } : {}),
    ...(typeof item?.buildCursor === 'string' ? { buildCursor: item.buildCursor } : {}),
    ...(item?.buildLeaseUntil !== undefined ? { buildLeaseUntil: number(item.buildLeaseUntil) } : {}),
  };
}

interface Known {
  layout: TallyLayout;
  kept: boolean;
}

/**
 * Per build and cluster, what this container knows of its tallies: a layout never changes, and kept tallies stay kept
 * (a reader of a cluster not kept yet reads the markers again to see the build's progress).
 */
const known = new Map<TallyBuild, Map<string, Known>>();
const knownOf = (build: TallyBuild) => {
  const clusters = known.get(build) ?? new Map<string, Known>();
  known.set(build, clusters);
  return clusters;
};

/** Forgets what was seen of clusters' tallies (a table emptied and reused, as tests do). */
export function forgetKeptTallies(): void {
  known.clear();
}

function remember(build: TallyBuild, clusterId: string, earlier: Total | undefined, marker: BuildMarker): Known {
  const seen: Known =
    typeof earlier?.keptSince === 'string' ? { layout: 1, kept: true } : { layout: 2, kept: !!marker.keptSince };
  knownOf(build).set(clusterId, seen);
  return seen;
}

function knownNow(build: TallyBuild, clusterId: string): Known | undefined {
  return knownOf(build).get(clusterId);
}

async function readMarkers(build: TallyBuild, clusterId: string): Promise<{ known: Known; marker: BuildMarker }> {
  const [earlierKey, key] = [build.earlierMarker(clusterId), build.marker(clusterId)];
  const found = await readTotals([earlierKey, key]);
  const marker = markerOf(found.get(`${key.pk}\u0000${key.sk}`));
  return { known: remember(build, clusterId, found.get(`${earlierKey.pk}\u0000${earlierKey.sk}`), marker), marker };
}

/** The layout a write moves the cluster's tallies in. */
export async function tallyLayout(build: TallyBuild, clusterId: string): Promise<TallyLayout> {
  return (knownNow(build, clusterId) ?? (await readMarkers(build, clusterId)).known).layout;
}

/** The layout of the cluster's tallies if they are kept (built, or kept from the start). */
export async function keptLayout(build: TallyBuild, clusterId: string): Promise<TallyLayout | undefined> {
  const seen = knownNow(build, clusterId) ?? (await readMarkers(build, clusterId)).known;
  return seen.kept ? seen.layout : undefined;
}

/**
 * Brings the cluster's tallies towards kept within about `budgetMs`: starts the build if none is under way and
 * advances it by one step (left alone when another step holds it). True once the tallies are kept.
 */
export async function advanceTallyBuild(
  build: TallyBuild,
  clusterId: string,
  now: string,
  budgetMs: number = tallyBuildLimits.requestBudgetMs,
): Promise<boolean> {
  return (await advance(build, clusterId, now, budgetMs)).kept;
}

async function advance(
  build: TallyBuild,
  clusterId: string,
  now: string,
  budgetMs: number,
): Promise<{ kept: boolean; marker?: BuildMarker }> {
  if (knownNow(build, clusterId)?.kept) return { kept: true };
  const untilMs = Date.parse(systemClock()) + budgetMs;
  let read = await readMarkers(build, clusterId);
  if (!read.known.kept && !read.marker.building) {
    await startBuild(build.marker(clusterId));
    read = await readMarkers(build, clusterId);
  }
  if (!read.known.kept && read.marker.building && (await stepBuild(build, clusterId, read.marker, untilMs, now)))
    read = await readMarkers(build, clusterId);
  return { kept: read.known.kept, marker: read.marker };
}

/**
 * The cluster's tallies if they are kept; otherwise the build is advanced by one bounded step (a failed step is left
 * to the next one) and `fromRecords` answers, refused with CONFLICT when the cluster has more records than a request
 * should read.
 */
export async function whileBuilding<T>(
  build: TallyBuild,
  clusterId: string,
  now: string,
  fromTallies: (layout: TallyLayout) => Promise<T>,
  fromRecords: (limit: number) => Promise<T | undefined>,
): Promise<T> {
  let layout = await keptLayout(build, clusterId);
  let marker: BuildMarker | undefined;
  if (!layout)
    try {
      const advanced = await advance(build, clusterId, now, tallyBuildLimits.requestBudgetMs);
      marker = advanced.marker;
      if (advanced.kept) layout = await keptLayout(build, clusterId);
    } catch (error) {
      logger.error('Tally build step failed; answered from the records', { figures: build.figures, clusterId, error });
    }
  if (layout) return fromTallies(layout);
  const limit = tallyBuildLimits.recordsReadWhileBuilding;
  const refusal = new ConflictError(
    `The cluster's ${build.figures} are being prepared from its records after an upgrade, which takes a few minutes for a cluster of this size. Try again shortly.`,
  );
  // Known too large already: refused without reading thousands of records again at every try.
  if ((marker?.recordsOver ?? -1) >= limit) throw refusal;
  const answer = await fromRecords(limit);
  if (answer !== undefined) return answer;
  await noteRecordsOver(build.marker(clusterId), limit);
  throw refusal;
}

/** Remembers on the build's marker that a reader found more records than `limit` (until the build is done). */
async function noteRecordsOver(key: TotalKey, limit: number): Promise<void> {
  // Refused once the build finished: the next reader reads the tallies.
  await updateMarker(
    'records over the bound',
    key,
    'SET #over = :limit',
    { expression: 'attribute_exists(#building)', names: { '#building': 'building' }, values: {} },
    { names: { '#over': 'recordsOver' }, values: { ':limit': limit } },
  );
}

/** Starts the build (in layout 2): only one of builders racing starts it, and none once the tallies are kept. */
async function startBuild(key: TotalKey): Promise<void> {
  await updateMarker(
    'start of the build',
    key,
    'SET #building = :now, #step = :zero',
    {
      expression: 'attribute_not_exists(#kept) AND attribute_not_exists(#building)',
      names: { '#building': 'building', '#kept': 'keptSince' },
      values: {},
    },
    { names: { '#step': 'buildStep' }, values: { ':now': systemClock(), ':zero': 0 } },
  );
}

/**
 * One step: takes the build's lease (left alone while another step holds a fresh one), then commits chunks, at least
 * one, until `untilMs` (system time). True when the build finished.
 */
async function stepBuild(
  build: TallyBuild,
  clusterId: string,
  marker: BuildMarker,
  untilMs: number,
  now: string,
): Promise<boolean> {
  const key = build.marker(clusterId);
  if (marker.buildLeaseUntil !== undefined && marker.buildLeaseUntil >= Date.parse(systemClock())) return false;
  const lease = await takeLease(
    key,
    {
      expression: '#building = :building',
      names: { '#building': 'building' },
      values: { ':building': marker.building },
    },
    untilMs,
    tallyBuildLimits.leaseMarginMs,
  );
  if (!lease) return false;
  try {
    let at = (await readMarkers(build, clusterId)).marker;
    for (;;) {
      if (at.building !== marker.building || at.buildStep === undefined) return !!at.keptSince;
      at = await commitChunk(build, clusterId, at, now);
      if (at.keptSince) return true;
      if (Date.parse(systemClock()) >= untilMs) return false;
    }
  } catch (error) {
    if (error instanceof Overtaken) return false;
    throw error;
  } finally {
    await releaseLease(key, lease);
  }
}

/** The next chunk and the marker's move past it, in one transaction conditioned on the step read. */
async function commitChunk(build: TallyBuild, clusterId: string, at: BuildMarker, now: string): Promise<BuildMarker> {
  for (let attempt = 1; ; attempt++) {
    const tx = transaction();
    const cursor = await build.addChunk(tx, clusterId, at.buildCursor ?? null, chunkStale);
    tx.update('build cursor', { params: () => cursorMove(build.marker(clusterId), at, cursor, now) }, overtaken);
    try {
      await tx.commit();
    } catch (error) {
      // A record of the chunk changed after it was read (its writer moved the tallies): read the chunk again.
      if (error instanceof ChunkStale && attempt < CHUNK_ATTEMPTS) continue;
      if (error instanceof ChunkStale) throw new Overtaken();
      throw error;
    }
    if (cursor === null) return { keptSince: now };
    return { ...at, buildStep: at.buildStep! + 1, buildCursor: cursor };
  }
}

function cursorMove(key: TotalKey, at: BuildMarker, cursor: string | null, now: string) {
  const names: Record<string, string> = { '#building': 'building', '#step': 'buildStep' };
  const values: Record<string, unknown> = { ':building': at.building, ':step': at.buildStep };
  let update: string;
  if (cursor === null) {
    BUILD_FIELDS.forEach((field, i) => (names[`#b${i}`] = field));
    names['#kept'] = 'keptSince';
    values[':now'] = now;
    update = `SET #kept = :now REMOVE ${BUILD_FIELDS.map((_, i) => `#b${i}`).join(', ')}`;
  } else {
    names['#cursor'] = 'buildCursor';
    values[':next'] = at.buildStep! + 1;
    values[':cursor'] = cursor;
    update = 'SET #step = :next, #cursor = :cursor';
  }
  return {
    TableName: config.TABLE_NAME,
    Key: key,
    UpdateExpression: update,
    ConditionExpression: '#building = :building AND #step = :step',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/**
 * The scheduled job's part: starts and advances the builds `builds` need among `clusterIds` until `untilMs` (system
 * time), one after another; what is left waits for its next run or the next request.
 */
export async function advanceTallyBuilds(
  builds: readonly TallyBuild[],
  clusterIds: readonly string[],
  now: string,
  untilMs: number,
): Promise<{ finished: number; inProgress: number; failed: number }> {
  const result = { finished: 0, inProgress: 0, failed: 0 };
  for (const build of builds) {
    const unknown = clusterIds.filter((clusterId) => !knownNow(build, clusterId)?.kept);
    const keys = unknown.flatMap((clusterId) => [build.earlierMarker(clusterId), build.marker(clusterId)]);
    const markers = await readTotals(keys);
    const found = (key: TotalKey) => markers.get(`${key.pk}\u0000${key.sk}`);
    for (const clusterId of unknown) {
      const marker = markerOf(found(build.marker(clusterId)));
      if (remember(build, clusterId, found(build.earlierMarker(clusterId)), marker).kept) continue;
      const left = untilMs - Date.parse(systemClock());
      if (left <= 0) {
        result.inProgress++;
        continue;
      }
      try {
        if (await advanceTallyBuild(build, clusterId, now, left)) result.finished++;
        else result.inProgress++;
      } catch (error) {
        result.failed++;
        logger.error('Tally build step failed', { figures: build.figures, clusterId, error });
      }
    }
  }
  return result;
}
