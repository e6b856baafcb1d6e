import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildApp, type BuildAppOptions, type BuiltApp } from '../../infra/build-app';

/** Stand-in entry for every function in tests that skip bundling (see fixtures/stub-handler.ts). */
export const STUB_ENTRY = 'test/infra/fixtures/stub-handler.ts';

/** Stand-in for the built console (`web/dist`), which the infra tests do not build. */
export const CONSOLE_FIXTURE = 'test/infra/fixtures/console';

export function tempOutdir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `citypact-${prefix}-`));
}

/** A stage's app without bundling: templates only, in well under a second per stage. */
export function buildFastApp(
  stage: string | undefined,
  options: Partial<BuildAppOptions> = {},
): BuiltApp & { outdir: string } {
  const outdir = tempOutdir('cdk');
  const built = buildApp({
    stage,
    bundle: false,
    nag: false,
    graphqlEntry: STUB_ENTRY,
    overdueJobEntry: STUB_ENTRY,
    consoleAssets: CONSOLE_FIXTURE,
    dispatcherEntry: STUB_ENTRY,
    outdir,
    ...options,
  });
  return { ...built, outdir };
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
