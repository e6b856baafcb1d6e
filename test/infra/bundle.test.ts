import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/build-app';
import { GRAPHQL_BUNDLE_CEILING_BYTES } from '../../infra/bundling';
import { REPO_ROOT } from '../../infra/constructs/app-function';
import { apiGatewayEvent, lambdaContext } from '../../scripts/lib/lambda-event';
import { demoToken } from '../support/api';
import { freshTableWithDemoData } from '../support/table';
import { CONSOLE_FIXTURE, removeDir, tempOutdir } from './helpers';

/**
 * The one test that bundles for real (esbuild from node_modules, no Docker): every real entry (src/handler.ts and
 * the scheduled jobs) must bundle into a minified CommonJS asset with a source map; sizes are reported. The GraphQL
 * bundle stays under its ceiling (its load is most of a cold start), and, since the build leaves modules out and
 * swaps one for Node's own (infra/bundling.ts), the bundle as built answers a real query.
 */
const ENTRIES = [
  { name: 'GraphQL', prefix: 'Graphql', entry: 'src/handler.ts' },
  { name: 'Overdue job', prefix: 'JobOverdue', entry: 'src/jobs/overdue.ts' },
  { name: 'Webhook sender', prefix: 'WebhooksSender', entry: 'src/notifications/webhook-sender.ts' },
  { name: 'Notifications dispatcher', prefix: 'NotificationsDispatcher', entry: 'src/notifications/dispatcher.ts' },
] as const;

describe('function bundles', () => {
  let outdir: string | undefined;
  afterAll(() => removeDir(outdir));

  const bundles = new Map<string, string>();

  it('bundles every entry with esbuild into an asset with a source map', () => {
    for (const { entry } of ENTRIES) {
      const file = path.join(REPO_ROOT, entry);
      if (!fs.existsSync(file)) throw new Error(`${file} does not exist yet: nothing to bundle`);
    }

    outdir = tempOutdir('bundle');
    const started = Date.now();
    const { app, stack } = buildApp({ stage: 'dev', bundle: true, nag: false, outdir, consoleAssets: CONSOLE_FIXTURE });
    app.synth();
    const elapsedMs = Date.now() - started;

    // CityPact's own functions: CDK's BucketDeployment handler (publishing the console) is CDK's prebuilt code.
    const fns = Object.fromEntries(
      Object.entries(
        Template.fromStack(stack).findResources('AWS::Lambda::Function') as Record<
          string,
          { Properties: { Code: { S3Key: string } } }
        >,
      ).filter(([id]) => !id.startsWith('CustomCDKBucketDeployment')),
    );
    expect(Object.keys(fns)).toHaveLength(ENTRIES.length);
    const report: string[] = [];
    for (const { name, prefix } of ENTRIES) {
      const ids = Object.keys(fns).filter((id) => id.startsWith(prefix));
      expect(ids).toHaveLength(1);
      const assetHash = fns[ids[0]].Properties.Code.S3Key.replace(/\.zip$/, '');
      const bundle = path.join(outdir, `asset.${assetHash}`, 'index.js');
      expect(fs.existsSync(bundle)).toBe(true);
      expect(fs.existsSync(`${bundle}.map`)).toBe(true);

      bundles.set(name, bundle);
      const bytes = fs.statSync(bundle).size;
      const mapBytes = fs.statSync(`${bundle}.map`).size;
      report.push(`${name}: index.js ${(bytes / 1024).toFixed(1)} kB, index.js.map ${(mapBytes / 1024).toFixed(1)} kB`);
      expect(bytes).toBeGreaterThan(0);
      // Generous ceiling: a bundle this large means something went wrong (e.g. a dev dependency bundled in).
      expect(bytes).toBeLessThan(name === 'GraphQL' ? GRAPHQL_BUNDLE_CEILING_BYTES : 10 * 1024 * 1024);
      // CommonJS output: the handler is exported through module.exports, not ESM `export`.
      expect(fs.readFileSync(bundle, 'utf8')).toMatch(/module\.exports/);
    }
    // Each function has its own asset.
    expect(new Set(Object.values(fns).map((f) => f.Properties.Code.S3Key)).size).toBe(ENTRIES.length);
    console.log(`Bundles (synth with bundling ${elapsedMs} ms):\n  ${report.join('\n  ')}`);
  }, 90_000);

  it('the GraphQL bundle holds no webhook sending and no SQS client (they belong to the sender and dispatcher)', () => {
    const graphqlBundle = bundles.get('GraphQL');
    const senderBundle = bundles.get('Webhook sender');
    if (!graphqlBundle || !senderBundle) throw new Error('the bundling test did not produce the bundles');
    const graphqlCode = fs.readFileSync(graphqlBundle, 'utf8');
    expect(graphqlCode).not.toContain('@aws-sdk/client-sqs');
    expect(graphqlCode).not.toContain('x-citypact-signature');
    expect(fs.readFileSync(senderBundle, 'utf8')).toContain('x-citypact-signature');
  });

  it('the GraphQL bundle as built starts its server and answers a query', async () => {
    const bundle = bundles.get('GraphQL');
    if (!bundle) throw new Error('the bundling test did not produce the GraphQL bundle');
    await freshTableWithDemoData();
    const event = apiGatewayEvent(JSON.stringify({ query: '{ me { id role } }' }), {
      authorization: `Bearer ${await demoToken('demo-coordinator-jjj')}`,
    });
    // A fresh Node process, as Lambda loads it: the AWS SDK from node_modules, as the runtime provides it.
    const invoke = `require(process.argv[1]).handler(JSON.parse(process.argv[2]), JSON.parse(process.argv[3]))
      .then((result) => process.stdout.write(JSON.stringify(result)));`;
    const output = execFileSync(
      process.execPath,
      ['-e', invoke, bundle, JSON.stringify(event), JSON.stringify(lambdaContext())],
      {
        env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules'), NODE_NO_WARNINGS: '1' },
        encoding: 'utf8',
      },
    );
    const result = JSON.parse(output) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ data: { me: { id: 'demo-coordinator-jjj', role: 'COORDINATOR' } } });
  }, 60_000);
});
