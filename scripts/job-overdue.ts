/** `npm run job:overdue`: runs the overdue job once against the local store started by `npm start`. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dataDir = resolve(process.env.CITYPACT_DATA_DIR ?? join(__dirname, '..', '.data'));
const runtimeFile = join(dataDir, 'runtime.json');
if (!existsSync(runtimeFile)) {
  console.error('Start the API first (`npm start`): the job runs against its DynamoDB Local.');
  process.exit(1);
}
const runtime = JSON.parse(readFileSync(runtimeFile, 'utf8')) as Record<string, string>;
Object.assign(process.env, runtime);

void (async () => {
  const { handler } = await import('../src/jobs/overdue');
  const result = await handler();
  console.log(
    `Overdue job: ${result.opened} recurring obligation(s) opened; ${result.recorded} obligation(s) recorded as LATE and ${result.lapsed} of closed events waived as lapsed across ${result.clusters} cluster(s).`,
  );
})().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
