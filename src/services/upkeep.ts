import { logger } from '../logger';
import type { Repositories } from '../store';
import type { StoredCluster } from '../store/entities';

/** What each step of one cluster's upkeep is given: the cluster, read once for all its steps, and the run's instant. */
export interface ClusterUpkeep {
  store: Repositories;
  clusterId: string;
  /** Undefined only if a listed cluster cannot be found (clusters are never deleted): steps use the defaults then. */
  cluster: StoredCluster | undefined;
  now: string;
}

/**
 * One thing the scheduled job does for every cluster. It returns the figures it adds to the run's (e.g. `recorded`),
 * with `failed` for the items it could not do (each logged; the next run retries them). A step that throws counts as
 * one failure of that cluster: the cluster's other steps and the other clusters are still done.
 */
export interface UpkeepStep<F extends string = string> {
  /** Named in the log line when the step fails. */
  name: string;
  run(cluster: ClusterUpkeep): Promise<Partial<Record<F | 'failed', number>>>;
}

/** How long a run may still go on, and where the previous one stopped. */
export interface UpkeepBudget {
  /** Milliseconds left before the run is cut off (the Lambda's remaining time). */
  timeLeftMs(): number;
  /** The last cluster the previous run walked before its time ran out: this run starts with the one after it. */
  resumeAfter?: string;
}

/** A cluster is started only with at least this much time left (or twice the slowest cluster of the run, if more). */
export const CLUSTER_RESERVE_MS = 10_000;

export interface Walk<F extends string> {
  /** Clusters walked by this run. */
  clusters: number;
  /** Clusters left to the next run because the time ran out. */
  clustersLeft: number;
  /** The last cluster walked when the run stopped early (where the next run goes on), else undefined. */
  stoppedAfter?: string;
  /** What the steps added up to (a figure no step added is absent). */
  figures: Figures<F>;
  /** Every cluster the run listed, walked or not (so later work of the run needs no second listing). */
  listed: readonly string[];
}

type Figures<F extends string> = Partial<Record<F, number>> & { failed: number };

/**
 * Walks every cluster once, doing each cluster's steps together, in order. Without a budget it walks them all; with
 * one it starts after the cluster where the previous run stopped (in the listing's order, wrapping round) and starts
 * no cluster once the time left is short, so a run that cannot finish leaves the rest to the next one.
 */
export async function walkClusters<F extends string>(
  store: Repositories,
  now: string,
  steps: readonly UpkeepStep<F>[],
  budget?: UpkeepBudget,
): Promise<Walk<F>> {
  const clusterIds = inTurn(await store.clusters.listAllIds(), budget?.resumeAfter);
  const figures = { failed: 0 } as Figures<F>;
  let walked = 0;
  let slowestMs = 0;
  for (const clusterId of clusterIds) {
    const before = budget?.timeLeftMs();
    // At least one cluster per run, so a run always makes progress.
    if (before !== undefined && walked > 0 && before < Math.max(CLUSTER_RESERVE_MS, 2 * slowestMs)) break;
    await upkeepOf(store, clusterId, now, steps, figures);
    walked += 1;
    if (before !== undefined) slowestMs = Math.max(slowestMs, before - budget!.timeLeftMs());
  }
  const clustersLeft = clusterIds.length - walked;
  return {
    clusters: walked,
    clustersLeft,
    ...(clustersLeft > 0 ? { stoppedAfter: clusterIds[walked - 1] } : {}),
    figures,
    listed: clusterIds,
  };
}

/** The clusters in the order this run takes them: those after `resumeAfter` first, then from the start. */
function inTurn(clusterIds: readonly string[], resumeAfter: string | undefined): string[] {
  const sorted = [...clusterIds].sort();
  if (!resumeAfter) return sorted;
  const next = sorted.findIndex((clusterId) => clusterId > resumeAfter);
  return next < 0 ? sorted : [...sorted.slice(next), ...sorted.slice(0, next)];
}

async function upkeepOf<F extends string>(
  store: Repositories,
  clusterId: string,
  now: string,
  steps: readonly UpkeepStep<F>[],
  figures: Figures<F>,
): Promise<void> {
  let cluster: StoredCluster | undefined;
  try {
    cluster = await store.clusters.get(clusterId);
  } catch (error) {
    figures.failed += 1;
    logger.error('Reading a cluster for its upkeep failed; the next run retries', { clusterId, error: error as Error });
    return;
  }
  for (const step of steps) {
    try {
      const added = await step.run({ store, clusterId, cluster, now });
      for (const [figure, count] of Object.entries(added) as [F | 'failed', number][]) {
        const sums = figures as Record<string, number | undefined>;
        sums[figure] = (sums[figure] ?? 0) + count;
      }
    } catch (error) {
      figures.failed += 1;
      logger.error(`Upkeep step "${step.name}" failed for a cluster; the next run retries`, {
        clusterId,
        error: error as Error,
      });
    }
  }
}
