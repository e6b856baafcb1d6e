import { randomUUID } from 'node:crypto';
import { systemClock } from '../clock';
import { config } from '../config';
import { ConflictError } from '../domain/errors';
import { logger } from '../logger';
import { transaction, type Refusal, type WriteTransaction } from './kernel';
import { readTotal, readTotals, type Total, type TotalKey } from './totals';

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
  marker(clusterId: string): TotalKey;
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

const BUILD_FIELDS = ['building', 'buildStep', 'buildCursor', 'buildLease', 'buildLeaseUntil'] as const;

class Overtaken extends Error {}
const overtaken = () => new Overtaken();
class ChunkStale extends Error {}
const chunkStale = () => new ChunkStale();

/** How often a chunk whose records changed while it was read is read again before the step gives up. */
const CHUNK_ATTEMPTS = 5;

/**
 * Where a cluster's tallies live. 1: tallies an earlier release backfilled whole in one request (its marker has no
 * layout); 2: tallies a chunked build adds to, and every cluster's that had none. A backfill of that release cut short
 * left whole tallies behind without a marker; a build adds to layout 2's own items, so it never counts onto those.
 */
export type TallyLayout = 1 | 2;

interface BuildMarker {
  keptSince?: string;
  layout?: TallyLayout;
  building?: string;
  buildStep?: number;
  buildCursor?: string;
  buildLeaseUntil?: number;
}

function markerOf(item: Total | undefined): BuildMarker {
  const number = (value: unknown) =>
    typeof value === 'object' && value !== null ? Number((value as { value: string }).value) : Number(value);
  return {
    ...(typeof item?.keptSince === 'string' ? { keptSince: item.keptSince } : {}),
    ...(item?.layout !== undefined ? { layout: number(item.layout) as TallyLayout } : {}),
    ...(typeof item?.building === 'string' ? { building: item.building } : {}),
    ...(item?.buildStep !== undefined ? { buildStep: number(item.buildStep) } : {}),
    ...(typeof item?.buildCursor === 'string' ? { buildCursor: item.buildCursor } : {}),
    ...(item?.buildLeaseUntil !== undefined ? { buildLeaseUntil: number(item.buildLeaseUntil) } : {}),
  };
}

const layoutOf = (marker: BuildMarker): TallyLayout => (marker.keptSince && !marker.layout ? 1 : 2);

/**
 * Per build, the clusters whose tallies are known kept, and the layout of every cluster seen: the marker's
 * `keptSince` never goes away, and a layout never changes.
 */
const keptClusters = new Map<TallyBuild, Set<string>>();
const layouts = new Map<TallyBuild, Map<string, TallyLayout>>();
const keptOf = (build: TallyBuild) => {
  const kept = keptClusters.get(build) ?? new Set<string>();
  keptClusters.set(build, kept);
  return kept;
};
const layoutsOf = (build: TallyBuild) => {
  const known = layouts.get(build) ?? new Map<string, TallyLayout>();
  layouts.set(build, known);
  return known;
};

/** Forgets what was seen of clusters' tallies (a table emptied and reused, as tests do). */
export function forgetKeptTallies(): void {
  keptClusters.clear();
  layouts.clear();
}

async function readMarker(build: TallyBuild, clusterId: string): Promise<BuildMarker> {
  const marker = markerOf(await readTotal(build.marker(clusterId)));
  layoutsOf(build).set(clusterId, layoutOf(marker));
  if (marker.keptSince) keptOf(build).add(clusterId);
  return marker;
}

/** The layout a write moves the cluster's tallies in (read once per container). */
export async function tallyLayout(build: TallyBuild, clusterId: string): Promise<TallyLayout> {
  return layoutsOf(build).get(clusterId) ?? layoutOf(await readMarker(build, clusterId));
}

/** The layout of the cluster's tallies if they are kept (built, or kept from the start), as known to this container. */
export async function keptLayout(build: TallyBuild, clusterId: string): Promise<TallyLayout | undefined> {
  if (keptOf(build).has(clusterId)) return layoutsOf(build).get(clusterId);
  const marker = await readMarker(build, clusterId);
  return marker.keptSince ? layoutOf(marker) : undefined;
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
  if (keptOf(build).has(clusterId)) return true;
  const untilMs = Date.parse(systemClock()) + budgetMs;
  let marker = await readMarker(build, clusterId);
  if (!marker.keptSince && !marker.building) {
    await startBuild(build.marker(clusterId));
    marker = await readMarker(build, clusterId);
  }
  if (!marker.keptSince && marker.building && (await stepBuild(build, clusterId, marker, untilMs, now)))
    marker = await readMarker(build, clusterId);
  return !!marker.keptSince;
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
  if (!layout)
    try {
      if (await advanceTallyBuild(build, clusterId, now)) layout = await keptLayout(build, clusterId);
    } catch (error) {
      logger.error('Tally build step failed; answered from the records', { figures: build.figures, clusterId, error });
    }
  if (layout) return fromTallies(layout);
  const answer = await fromRecords(tallyBuildLimits.recordsReadWhileBuilding);
  if (answer !== undefined) return answer;
  throw new ConflictError(
    `The cluster's ${build.figures} are being prepared from its records after an upgrade, which takes a few minutes for a cluster of this size. Try again shortly.`,
  );
}

/** Starts the build (in layout 2): only one of builders racing starts it, and none once the tallies are kept. */
async function startBuild(key: TotalKey): Promise<void> {
  try {
    await transaction()
      .update(
        'start of the build',
        {
          params: () => ({
            TableName: config.TABLE_NAME,
            Key: key,
            UpdateExpression: 'SET #building = :now, #step = :zero, #layout = :layout',
            ConditionExpression: 'attribute_not_exists(#kept) AND attribute_not_exists(#building)',
            ExpressionAttributeNames: {
              '#building': 'building',
              '#step': 'buildStep',
              '#kept': 'keptSince',
              '#layout': 'layout',
            },
            ExpressionAttributeValues: { ':now': systemClock(), ':zero': 0, ':layout': 2 },
          }),
        },
        overtaken,
      )
      .commit();
  } catch (error) {
    if (!(error instanceof Overtaken)) throw error;
  }
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
  const nowMs = Date.parse(systemClock());
  if (marker.buildLeaseUntil !== undefined && marker.buildLeaseUntil >= nowMs) return false;
  const lease = randomUUID();
  try {
    await transaction()
      .update(
        'lease of the build',
        {
          params: () => ({
            TableName: config.TABLE_NAME,
            Key: key,
            UpdateExpression: 'SET #lease = :lease, #leaseUntil = :until',
            ConditionExpression: '#building = :building AND (attribute_not_exists(#leaseUntil) OR #leaseUntil < :now)',
            ExpressionAttributeNames: {
              '#lease': 'buildLease',
              '#leaseUntil': 'buildLeaseUntil',
              '#building': 'building',
            },
            ExpressionAttributeValues: {
              ':lease': lease,
              ':until': Math.max(untilMs, nowMs) + tallyBuildLimits.leaseMarginMs,
              ':now': nowMs,
              ':building': marker.building,
            },
          }),
        },
        overtaken,
      )
      .commit();
  } catch (error) {
    if (error instanceof Overtaken) return false;
    throw error;
  }
  try {
    let at = await readMarker(build, clusterId);
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

async function releaseLease(key: TotalKey, lease: string): Promise<void> {
  try {
    await transaction()
      .update(
        'lease released',
        {
          params: () => ({
            TableName: config.TABLE_NAME,
            Key: key,
            UpdateExpression: 'REMOVE #lease, #leaseUntil',
            ConditionExpression: '#lease = :lease',
            ExpressionAttributeNames: { '#lease': 'buildLease', '#leaseUntil': 'buildLeaseUntil' },
            ExpressionAttributeValues: { ':lease': lease },
          }),
        },
        overtaken,
      )
      .commit();
  } catch (error) {
    // The build finished (its fields removed) or another step took over after this one's lease ran out.
    if (!(error instanceof Overtaken)) throw error;
  }
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
    const unknown = clusterIds.filter((clusterId) => !keptOf(build).has(clusterId));
    const markers = await readTotals(unknown.map((clusterId) => build.marker(clusterId)));
    for (const clusterId of unknown) {
      const key = build.marker(clusterId);
      const marker = markerOf(markers.get(`${key.pk}\u0000${key.sk}`));
      layoutsOf(build).set(clusterId, layoutOf(marker));
      if (marker.keptSince) {
        keptOf(build).add(clusterId);
        continue;
      }
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
