/**
 * `npm run build:console`: builds the console into web/dist when it is missing or older than its sources, as
 * `npm start` does; `npm run synth` runs it first, since the CDK app ships web/dist.
 */
import { resolve } from 'node:path';
import { buildConsole, consoleNeedsBuild } from './lib/console-server';

const ROOT = resolve(__dirname, '..');

async function main(): Promise<void> {
  if (!consoleNeedsBuild(ROOT)) {
    console.log('The console in web/dist is up to date.');
    return;
  }
  console.log('Building the console into web/dist...');
  await buildConsole(ROOT);
  console.log('Built the console into web/dist.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
