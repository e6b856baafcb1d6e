import { advanceTallyBuild, type TallyBuild } from '../../src/store/tally-build';

export interface TallyBuildSteps {
  /** The instant each step is told it is: the system clock unless the test keeps its own. */
  now?: () => string;
  /** How long one step may go on adding chunks; 0 adds one chunk a step. */
  budgetMs?: number;
  /** Steps after which the build is taken as stuck and the test fails. */
  maxSteps?: number;
  /** Runs after each step that did not finish the build: officials' writes landing between steps. */
  between?: () => Promise<void>;
}

/**
 * Finishes a cluster's tally build as the scheduled job would, step after step: a read advances it by one bounded step
 * only, which on a loaded machine may not be the last. Returns how many steps it took.
 */
export async function finishTallyBuild(
  build: TallyBuild,
  clusterId: string,
  { now = () => new Date().toISOString(), budgetMs = 5_000, maxSteps = 100, between }: TallyBuildSteps = {},
): Promise<number> {
  for (let steps = 1; steps <= maxSteps; steps++) {
    if (await advanceTallyBuild(build, clusterId, now(), budgetMs)) return steps;
    await between?.();
  }
  throw new Error(`The ${build.figures} of ${clusterId} were not built in ${maxSteps} steps`);
}
