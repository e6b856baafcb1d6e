/**
 * Module init as Lambda counts it (the synchronous load of the bundle, "Init Duration"), for the GraphQL handler and
 * for a handler that loads only the DynamoDB SDK clients (the floor). Each bundle is built as CDK builds it and loaded
 * in a fresh Node process, many times; the AWS SDK is resolved from node_modules, as the Lambda runtime provides it.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALIASES, EXTERNAL_MODULES, MAIN_FIELDS, RESOLVE_EXTENSIONS } from '../../infra/bundling';

const REPO_ROOT = resolve(__dirname, '..', '..');
const FLOOR_ENTRY = join(__dirname, 'sdk-floor-handler.ts');

/** Writes the bundle of `entryPoint` as CDK builds it (minified CJS for node22) into `dir`; answers its path. */
export async function writeBundle(entryPoint: string, dir: string, name: string): Promise<string> {
  const outfile = join(dir, `${name}.js`);
  await build({
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    external: [...EXTERNAL_MODULES],
    mainFields: MAIN_FIELDS,
    resolveExtensions: RESOLVE_EXTENSIONS,
    alias: { ...ALIASES },
    logLevel: 'silent',
  });
  return outfile;
}

/**
 * CPU time (user + system) of the synchronous load, not wall time: on a dedicated Lambda vCPU the two are close, while
 * on a shared machine wall time mostly measures the neighbours.
 */
const LOAD_ONCE = `const t = process.cpuUsage(); require(process.argv[1]); const u = process.cpuUsage(t);
process.stdout.write(String((u.user + u.system) / 1000));`;

/** Milliseconds to load `bundle` in a fresh process, `runs` times: the median. */
function medianLoadMs(bundle: string, env: NodeJS.ProcessEnv, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['-e', LOAD_ONCE, bundle], {
      env: { ...env, NODE_PATH: join(REPO_ROOT, 'node_modules'), NODE_NO_WARNINGS: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    times.push(Number(out));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export interface ModuleInit {
  handlerMs: number;
  floorMs: number;
}

/** `env` is what the handler's configuration needs at load (as the function's environment gives it). */
export async function measureModuleInit(handlerEntry: string, env: NodeJS.ProcessEnv, runs = 15): Promise<ModuleInit> {
  const dir = mkdtempSync(join(tmpdir(), 'citypact-init-'));
  try {
    const handler = await writeBundle(handlerEntry, dir, 'handler');
    const floor = await writeBundle(FLOOR_ENTRY, dir, 'floor');
    // Interleaved, so a busy moment on the machine weighs on both alike.
    medianLoadMs(floor, env, 2);
    const floorMs = medianLoadMs(floor, env, runs);
    const handlerMs = medianLoadMs(handler, env, runs);
    return { handlerMs, floorMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
