/**
 * The instant the handler (through `gql`/`invokeRaw`) and the scheduled jobs (through `runUpkeepJob`) read as now in
 * this test file: the system clock until a test sets one. Jest gives every test file its own module registry, so
 * files never see each other's clock. Token expiry is still checked against real time.
 */
let frozen: string | undefined;

export const testClock = {
  /** From now on, "now" is `instant` (until `reset` or another `setTo`). */
  setTo(instant: string): string {
    frozen = new Date(instant).toISOString();
    return frozen;
  },
  /** Moves the frozen instant on by `ms` (from the system time if none is set). */
  advance(ms: number): string {
    return testClock.setTo(new Date(Date.parse(testClock.now()) + ms).toISOString());
  },
  reset(): void {
    frozen = undefined;
  },
  // `this: void`: passed around as a plain Clock function.
  now(this: void): string {
    return frozen ?? new Date().toISOString();
  },
};

/** The scheduled obligation upkeep (recurring obligations, overdue records) as of the test clock's instant. */
export async function runUpkeepJob() {
  // Imported lazily so per-file-env.ts has set the environment the store's config reads at load.
  const { runObligationUpkeep } = await import('../../src/jobs/overdue');
  return runObligationUpkeep(testClock.now);
}
