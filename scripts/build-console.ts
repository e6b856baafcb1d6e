/**
 * `npm run build:console`: builds the console into web/dist when it is missing or older than its sources, as
 * `npm start` does; `npm run synth` runs it first, since the CDK app ships web/dist. Then prints what the console
 * page loads (the IDE page is separate), raw and gzip -9, so a change that grows it shows.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildConsole, consoleNeedsBuild } from './lib/console-server';

const ROOT = resolve(__dirname, '..');

/** The scripts and styles web/dist/index.html loads, with their sizes. */
function consolePageSizes(distDir: string): Array<{ file: string; raw: number; gzip: number }> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
  return files.map((file) => {
    const path = join(distDir, file);
    return { file, raw: statSync(path).size, gzip: gzipSync(readFileSync(path), { level: 9 }).length };
  });
}

async function main(): Promise<void> {
  if (!consoleNeedsBuild(ROOT)) {
    console.log('The console in web/dist is up to date.');
  } else {
    console.log('Building the console into web/dist...');
    await buildConsole(ROOT);
    console.log('Built the console into web/dist.');
  }
  const sizes = consolePageSizes(join(ROOT, 'web/dist'));
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('The console page loads (raw, gzip -9):');
  for (const { file, raw, gzip } of sizes)
    console.log(`  ${file.padEnd(40)} ${kB(raw).padStart(9)} ${kB(gzip).padStart(9)}`);
  const total = (key: 'raw' | 'gzip') => sizes.reduce((sum, size) => sum + size[key], 0);
  console.log(`  ${'total'.padEnd(40)} ${kB(total('raw')).padStart(9)} ${kB(total('gzip')).padStart(9)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
