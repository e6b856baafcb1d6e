import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

// Fails when schema.graphql changed and `npm run codegen` was not run (stale resolver types or bundled SDL).
test('the committed generated files match what schema.graphql generates', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'citypact-codegen-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, CODEGEN_OUT_DIR: outDir },
      stdio: 'pipe',
    });
    const generated = readdirSync(outDir).sort();
    expect(generated).toEqual(['graphql.ts', 'schema.ts']);
    for (const file of generated) {
      const fresh = readFileSync(join(outDir, file), 'utf8');
      const committed = readFileSync(join(ROOT, 'src/generated', file), 'utf8');
      expect({ file, upToDate: fresh === committed }).toEqual({ file, upToDate: true });
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 60_000);
