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
import { ALIASES, EXTERNAL_MODULES, MAIN_FIELDS, RESOLVE_EXTENSIONS, SOURCES_CONTENT } from '../../infra/bundling';
import { handlerBundleSize } from './bundle';

const REPO_ROOT = resolve(__dirname, '..', '..');
const FLOOR_ENTRY = join(__dirname, 'sdk-floor-handler.ts');

/**
 * Writes the bundle of `entryPoint` as CDK builds it (minified CJS for node22, with its source map) into `dir`;
 * answers its path.
 */
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
    sourcemap: true,
    sourcesContent: SOURCES_CONTENT,
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

/**
 * CPU milliseconds to load `bundle` once in a fresh process, with the Node options given: none as the functions run
 * (infra/constructs/app-function.ts), or `--enable-source-maps` to see what reading the map at load would cost.
 */
function loadMs(bundle: string, env: NodeJS.ProcessEnv, nodeOptions: readonly string[] = []): number {
  const out = execFileSync(process.execPath, [...nodeOptions, '-e', LOAD_ONCE, bundle], {
    env: { ...env, NODE_PATH: join(REPO_ROOT, 'node_modules'), NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return Number(out);
}

const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

export interface ModuleInit {
  handlerMs: number;
  floorMs: number;
  /** Both with `--enable-source-maps`, as the functions ran before their stacks were mapped when logged. */
  withSourceMaps: { handlerMs: number; floorMs: number };
}

/** The figures as one line of the bench's report. */
export function moduleInitLine(init: ModuleInit, runs: number): string {
  const ratio = (handler: number, floor: number) => `×${(handler / floor).toFixed(2)}`;
  const maps = init.withSourceMaps;
  return (
    `Module init (CPU ms loading the bundle in a fresh Node process, median of ${runs} interleaved loads): ` +
    `GraphQL handler ${init.handlerMs.toFixed(1)}, SDK-only floor ${init.floorMs.toFixed(1)}: ` +
    `${ratio(init.handlerMs, init.floorMs)} (goal ≤ 2); with --enable-source-maps ${maps.handlerMs.toFixed(1)} ` +
    `against ${maps.floorMs.toFixed(1)}: ${ratio(maps.handlerMs, maps.floorMs)}`
  );
}

/** `env` is what the handler's configuration needs at load (as the function's environment gives it). */
export async function measureModuleInit(handlerEntry: string, env: NodeJS.ProcessEnv, runs = 15): Promise<ModuleInit> {
  const dir = mkdtempSync(join(tmpdir(), 'citypact-init-'));
  try {
    const handler = await writeBundle(handlerEntry, dir, 'handler');
    const floor = await writeBundle(FLOOR_ENTRY, dir, 'floor');
    // One warm-up of each (the first load also reads the SDK from disk), then interleaved, so a busy moment on the
    // machine weighs on both alike.
    loadMs(floor, env);
    loadMs(handler, env);
    const mapsOn = ['--enable-source-maps'];
    const times = {
      floor: [] as number[],
      handler: [] as number[],
      floorMaps: [] as number[],
      handlerMaps: [] as number[],
    };
    for (let i = 0; i < runs; i++) {
      times.floor.push(loadMs(floor, env));
      times.handler.push(loadMs(handler, env));
      times.floorMaps.push(loadMs(floor, env, mapsOn));
      times.handlerMaps.push(loadMs(handler, env, mapsOn));
    }
    return {
      handlerMs: median(times.handler),
      floorMs: median(times.floor),
      withSourceMaps: { handlerMs: median(times.handlerMaps), floorMs: median(times.floorMaps) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npx tsx scripts/bench/module-init.ts`: the GraphQL bundle's size and module init alone, without the rest of the
 * bench (no DynamoDB needed: loading the bundle makes no call). The environment is a deployed function's, with
 * placeholders where the shell sets nothing; `BENCH_INIT_RUNS` sets the number of loads (default 15).
 */
if (require.main === module) {
  const entry = join(REPO_ROOT, 'src', 'handler.ts');
  const env: NodeJS.ProcessEnv = {
    TABLE_NAME: 'citypact-dev',
    STAGE: 'dev',
    NODE_ENV: 'production',
    AWS_REGION: 'ap-east-1',
    AUTH_MODE: 'cognito',
    COGNITO_USER_POOL_ID: 'ap-east-1_placeholder',
    COGNITO_CLIENT_IDS: 'placeholder-api,placeholder-console',
    POWERTOOLS_SERVICE_NAME: 'citypact',
    ...process.env,
  };
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  void (async () => {
    const bundle = await handlerBundleSize(entry, 10);
    console.log(`GraphQL bundle: ${bundle.bytes} B (${kB(bundle.gzipBytes)} gzipped)`);
    console.log(`  largest parts: ${bundle.largest.map(({ name, bytes }) => `${name} ${kB(bytes)}`).join(', ')}`);
    const runs = Number(process.env.BENCH_INIT_RUNS ?? 15);
    console.log(moduleInitLine(await measureModuleInit(entry, env, runs), runs));
  })();
}
