/**
 * Where a read's time goes (`BENCH_PROFILE=<read>`, e.g. `overdue page`, with `BENCH_ONLY=daily`): the read runs
 * `runs` times under V8's sampling profiler, the profile is written to `bench-<read>.cpuprofile` (Chrome DevTools opens
 * it), and the lines returned name where the samples landed, by package and by function (self time).
 */
import { writeFile } from 'node:fs/promises';
import { Session, type Profiler } from 'node:inspector';

const post = <T>(session: Session, method: string, params?: object) =>
  new Promise<T>((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
  );

/** The package a script belongs to (`src`, `graphql`, `@apollo/server`…), or `node` for Node's own. */
function packageOf(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (url.includes('/src/')) return 'src';
  if (url.includes('/scripts/')) return 'scripts';
  return url ? 'node' : '(vm)';
}

export async function profileRead(name: string, request: () => Promise<unknown>, runs = 400): Promise<string[]> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  for (let i = 0; i < runs; i++) await request();
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  const file = `bench-${name.replace(/\W+/g, '-')}.cpuprofile`;
  await writeFile(file, JSON.stringify(profile));

  const selfSamples = new Map<number, number>();
  for (const id of profile.samples ?? []) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
  const total = profile.samples?.length ?? 1;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const samples = selfSamples.get(node.id) ?? 0;
    if (!samples) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    const pkg = functionName === '(idle)' || functionName === '(program)' ? functionName : packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + samples);
    const where = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + samples);
  }
  const share = (samples: number) => `${((100 * samples) / total).toFixed(1)}%`;
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort(([, a], [, b]) => b - a)
      .slice(0, count)
      .map(([what, samples]) => `    ${share(samples).padStart(6)}  ${what}`);
  return [
    `Profile of ${runs} ${name} requests (${file}), self time by package:`,
    ...top(byPackage, 12),
    '  by function:',
    ...top(byFunction, 25),
  ];
}
