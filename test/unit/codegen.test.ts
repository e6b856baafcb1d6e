import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

// `npm run codegen` once, with its outputs in temp folders, so both tests compare its result with what is committed.
let outDir: string;
let testOutDir: string;
let webOutDir: string;
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'citypact-codegen-'));
  testOutDir = mkdtempSync(join(tmpdir(), 'citypact-codegen-test-'));
  webOutDir = mkdtempSync(join(tmpdir(), 'citypact-codegen-web-'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        CODEGEN_OUT_DIR: outDir,
        CODEGEN_TEST_OUT_DIR: testOutDir,
        CODEGEN_WEB_OUT_DIR: webOutDir,
      },
      stdio: 'pipe',
    },
  );
}, 60_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(testOutDir, { recursive: true, force: true });
  rmSync(webOutDir, { recursive: true, force: true });
});

// Fails when schema.graphql changed and `npm run codegen` was not run (stale resolver types or bundled SDL).
test('the committed generated files match what schema.graphql generates', () => {
  const generated = readdirSync(outDir).sort();
  expect(generated).toEqual(['graphql.ts', 'schema.ts']);
  for (const file of generated) {
    const fresh = readFileSync(join(outDir, file), 'utf8');
    const committed = readFileSync(join(ROOT, 'src/generated', file), 'utf8');
    expect({ file, upToDate: fresh === committed }).toEqual({ file, upToDate: true });
  }
});

// Fails when an operation in test/ or schema.graphql changed and `npm run codegen` was not run (stale test types).
test("the committed types of the tests' operations match what the schema and the operations generate", () => {
  const generated = readdirSync(testOutDir).sort();
  expect(generated).toEqual(readdirSync(join(ROOT, 'test/generated')).sort());
  for (const file of generated) {
    const fresh = readFileSync(join(testOutDir, file), 'utf8');
    const committed = readFileSync(join(ROOT, 'test/generated', file), 'utf8');
    expect({ file, upToDate: fresh === committed }).toEqual({ file, upToDate: true });
  }
});

// Fails when an operation of the console (web/src) or schema.graphql changed and `npm run codegen` was not run.
test("the committed types of the console's operations match what the schema and the operations generate", () => {
  const generated = readdirSync(webOutDir).sort();
  expect(generated).toEqual(readdirSync(join(ROOT, 'web/src/gql')).sort());
  for (const file of generated) {
    const fresh = readFileSync(join(webOutDir, file), 'utf8');
    const committed = readFileSync(join(ROOT, 'web/src/gql', file), 'utf8');
    expect({ file, upToDate: fresh === committed }).toEqual({ file, upToDate: true });
  }
});
