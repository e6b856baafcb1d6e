import type { Context, ScheduledEvent } from 'aws-lambda';
import { systemClock, type Clock } from '../clock';
import { logger } from '../logger';
import { openRecurringObligations, recordLateObligations } from '../services/obligations';
import { remindDueSoonObligations } from '../services/reminders';
import { recordOverdueCorrectiveActions } from '../services/corrective';
import { walkClusters, type UpkeepStep } from '../services/upkeep';
import { repositories } from '../store';

export interface UpkeepResult {
  /** Clusters walked by this run. */
  clusters: number;
  /** Clusters left to the next run because this run's time ran out. */
  clustersLeft: number;
  opened: number;
  recorded: number;
  /** Obligations of closed events waived as lapsed instead of recorded late. */
  lapsed: number;
  /** Obligations whose obligee was reminded that they fall due soon. */
  reminded: number;
  /** Corrective actions recorded as not done by their due time. */
  correctiveActionsRecorded: number;
  /** Recomputations of clusters' trust tallies this run finished, and those still in progress after it. */
  trustTallyBuildsFinished: number;
  trustTallyBuildsInProgress: number;
  /** Builds of clusters' obligation and stock tallies (an upgraded table) this run finished, and those left. */
  tallyBuildsFinished: number;
  tallyBuildsInProgress: number;
  failed: number;
}

type StepFigure = Exclude<
  keyof UpkeepResult,
  | 'clusters'
  | 'clustersLeft'
  | 'failed'
  | 'trustTallyBuildsFinished'
  | 'trustTallyBuildsInProgress'
  | 'tallyBuildsFinished'
  | 'tallyBuildsInProgress'
>;

/**
 * How long one run builds tallies (trust recomputations, then builds for an upgraded table) at most, and how much of
 * the function's time it leaves unused (a step may overrun its budget by one chunk of records).
 */
export const TALLY_BUILD_BUDGET_MS = 30_000;
const TALLY_BUILD_MARGIN_MS = 15_000;

/** What the job does for each cluster, in this order; a further step is one more line (and its figure above). */
const STEPS: readonly UpkeepStep<StepFigure>[] = [
  openRecurringObligations,
  recordLateObligations,
  remindDueSoonObligations,
  recordOverdueCorrectiveActions,
];

/**
 * Walks the clusters once, and for each opens the obligations of recurring normal-mode duties whose period has begun,
 * writes one LATE compliance record per obligation that went overdue, reminds obligees of what falls due soon, and
 * writes one CORRECTIVE_ACTION_OVERDUE record per corrective action still owed past its due time, as of `clock`'s
 * instant. Running it again (or twice at once) creates and records nothing twice; the overdue status itself is
 * already correct at read time. With `timeLeftMs` (the Lambda's remaining time) it starts no cluster once time is
 * short and the next run goes on after the last cluster it walked. Last, with the time left, it advances
 * recomputations of trust tallies in progress and builds of tallies an upgraded table lacks, which can take more than
 * one request's time on a large cluster.
 */
export async function runObligationUpkeep(
  clock: Clock = systemClock,
  timeLeftMs?: () => number,
): Promise<UpkeepResult> {
  const now = clock();
  const budget = timeLeftMs ? { timeLeftMs, resumeAfter: await repositories.upkeep.resumeAfter() } : undefined;
  const walk = await walkClusters(repositories, now, STEPS, budget);
  if (walk.stoppedAfter) await repositories.upkeep.stoppedAfter(walk.stoppedAfter, now);
  const buildBudgetMs = Math.min(TALLY_BUILD_BUDGET_MS, (timeLeftMs?.() ?? Infinity) - TALLY_BUILD_MARGIN_MS);
  const buildsUntil = Date.parse(systemClock()) + buildBudgetMs;
  const none = { finished: 0, inProgress: 0, failed: 0 };
  const trustBuilds =
    buildBudgetMs > 0 ? await repositories.compliance.advanceTrustTallyBuilds(walk.listed, now, buildsUntil) : none;
  const tallyBuilds =
    buildBudgetMs > 0 ? await repositories.upkeep.advanceTallyBuilds(walk.listed, now, buildsUntil) : none;
  const { failed, ...stepFigures } = walk.figures;
  const result: UpkeepResult = {
    clusters: walk.clusters,
    clustersLeft: walk.clustersLeft,
    opened: 0,
    recorded: 0,
    lapsed: 0,
    reminded: 0,
    correctiveActionsRecorded: 0,
    ...stepFigures,
    trustTallyBuildsFinished: trustBuilds.finished,
    trustTallyBuildsInProgress: trustBuilds.inProgress,
    tallyBuildsFinished: tallyBuilds.finished,
    tallyBuildsInProgress: tallyBuilds.inProgress,
    failed: failed + trustBuilds.failed + tallyBuilds.failed,
  };
  logger.info('Scheduled obligation upkeep done', { ...result, now });
  return result;
}

/** EventBridge, every 5 minutes, on the system clock, within the function's timeout. */
export async function handler(
  _event?: ScheduledEvent,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<UpkeepResult> {
  return runObligationUpkeep(systemClock, context && (() => context.getRemainingTimeInMillis()));
}
