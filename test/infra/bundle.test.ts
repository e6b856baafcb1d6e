import * as fs from 'node:fs';
import * as path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/build-app';
import { REPO_ROOT } from '../../infra/constructs/app-function';
import { removeDir, tempOutdir } from './helpers';

/**
 * The one test that bundles for real (esbuild from node_modules, no Docker): the real src/handler.ts must bundle
 * into a minified CommonJS asset with a source map, and its size is reported.
 */
describe('GraphQL function bundle', () => {
  let outdir: string | undefined;
  afterAll(() => removeDir(outdir));

  it('bundles src/handler.ts with esbuild into an asset with a source map', () => {
    const entry = path.join(REPO_ROOT, 'src/handler.ts');
    if (!fs.existsSync(entry)) throw new Error(`${entry} does not exist yet: nothing to bundle`);

    outdir = tempOutdir('bundle');
    const started = Date.now();
    const { app, stack } = buildApp({ stage: 'dev', bundle: true, nag: false, outdir });
    app.synth();
    const elapsedMs = Date.now() - started;

    const fns = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function')) as Array<{
      Properties: { Code: { S3Key: string } };
    }>;
    expect(fns).toHaveLength(1);
    const assetHash = fns[0].Properties.Code.S3Key.replace(/\.zip$/, '');
    const assetDir = path.join(outdir, `asset.${assetHash}`);
    const bundle = path.join(assetDir, 'index.js');
    expect(fs.existsSync(bundle)).toBe(true);
    expect(fs.existsSync(`${bundle}.map`)).toBe(true);

    const bytes = fs.statSync(bundle).size;
    const mapBytes = fs.statSync(`${bundle}.map`).size;
    console.log(
      `GraphQL bundle: index.js ${(bytes / 1024).toFixed(1)} kB, index.js.map ${(mapBytes / 1024).toFixed(1)} kB ` +
        `(synth with bundling ${elapsedMs} ms)`,
    );
    expect(bytes).toBeGreaterThan(0);
    // Generous ceiling: a bundle this large means something went wrong (e.g. a dev dependency bundled in).
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
    // CommonJS output: the handler is exported through module.exports, not ESM `export`.
    expect(fs.readFileSync(bundle, 'utf8')).toMatch(/module\.exports/);
  }, 60_000);
});
