import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBundle } from '../../scripts/bench/module-init';

const FIXTURE = resolve(__dirname, '..', 'fixtures', 'logs-an-error.ts');
const fixtureLine = (text: string) =>
  readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'citypact-stack-'));
  // Built as CDK builds the functions: minified, with a map beside it and no sources' text in the map.
  bundle = await writeBundle(FIXTURE, dir, 'index');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the bundle as Lambda does and answers the error of its one ERROR log line (Powertools writes those to stderr). */
function loggedError(nodeOptions: string[] = []): { stack: string; message: string; location: string } {
  const { stdout, stderr } = spawnSync(process.execPath, [...nodeOptions, bundle], {
    env: { PATH: process.env.PATH, NODE_PATH: resolve(__dirname, '..', '..', 'node_modules'), NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
  });
  const line = `${stdout}\n${stderr}`.split('\n').find((text) => text.includes('"level":"ERROR"'));
  if (!line) throw new Error(`No ERROR line in the output: ${stdout}${stderr}`);
  return (JSON.parse(line) as { error: { stack: string; message: string; location: string } }).error;
}

test('a logged stack names our source files and lines, though the bundle is minified and run without --enable-source-maps', () => {
  const { stack, message, location } = loggedError();
  expect(message).toBe('The figures do not add up');
  expect(location).toBe(`test/fixtures/logs-an-error.ts:${fixtureLine("throw new Error('The figures")}`);
  expect(stack).toContain(`test/fixtures/logs-an-error.ts:${fixtureLine("throw new Error('The figures")}:`);
  expect(stack).toContain(`test/fixtures/logs-an-error.ts:${fixtureLine('  checkTheFigures();')}:`);
  expect(stack).not.toContain(`${bundle}:`);
});

test('with --enable-source-maps, Node maps the stack itself and it is left as Node wrote it', () => {
  const { stack } = loggedError(['--enable-source-maps']);
  expect(stack).toContain(`logs-an-error.ts:${fixtureLine("throw new Error('The figures")}:`);
  expect(stack).not.toContain(`${bundle}:`);
});
