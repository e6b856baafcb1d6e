import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { buildFastApp, removeDir, tempOutdir } from './helpers';

/**
 * cdk-nag 3 runs as a CDK policy-validation plugin during `app.synth()`. Under jest (NODE_ENV=test, "inmemory"
 * mode) an error-level finding makes synth throw with the report; warnings do not throw, so the report file
 * (`validation-report.json` in the cloud assembly) is checked as well: it lists every plugin that reported a
 * violation of any severity.
 */
interface ValidationReport {
  pluginReports: Array<{
    pluginName: string;
    conclusion: string;
    violations: Array<{ ruleName: string; severity: string; violatingConstructs: Array<{ constructPath: string }> }>;
  }>;
}

function synthWithNag(app: App, outdir: string): { thrown?: Error; report: ValidationReport } {
  let thrown: Error | undefined;
  try {
    app.synth();
  } catch (e) {
    thrown = e as Error;
  }
  const file = path.join(outdir, 'validation-report.json');
  const report = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ValidationReport) : { pluginReports: [] };
  return { thrown, report };
}

const findings = (report: ValidationReport) =>
  report.pluginReports.flatMap((p) =>
    p.violations.map((v) => `${v.severity} ${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`),
  );

/** Every `Validations.of(x).acknowledge(...)` in the tree, as "rule id" → reason. */
function acknowledgements(root: IConstruct): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of root.node.findAll()) {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        out[id.replace(/^annotation::/i, '')] = reason;
      }
    }
  }
  return out;
}

describe('cdk-nag AwsSolutions', () => {
  const outdirs: string[] = [];
  afterAll(() => outdirs.forEach(removeDir));

  it.each(['dev', 'prod'] as const)('%s: zero unacknowledged findings (errors or warnings)', (stage) => {
    const { app, outdir } = buildFastApp(stage, { nag: true });
    outdirs.push(outdir);
    const { thrown, report } = synthWithNag(app, outdir);
    expect(findings(report)).toEqual([]);
    expect(thrown).toBeUndefined();
  });

  it.each([
    ['dev', ['AwsSolutions-COG8', 'AwsSolutions-IAM5[Resource::<DataTableFDBAD0F2.Arn>/index/*]', 'AwsSolutions-L1']],
    ['prod', ['AwsSolutions-IAM5[Resource::<DataTableFDBAD0F2.Arn>/index/*]', 'AwsSolutions-L1']],
  ] as const)('%s: acknowledges exactly the reviewed findings, each with a specific reason', (stage, expected) => {
    const { app, outdir } = buildFastApp(stage, { nag: true });
    outdirs.push(outdir);
    const acks = acknowledgements(app);
    expect(Object.keys(acks).sort()).toEqual([...expected].sort());
    for (const reason of Object.values(acks)) expect(reason.length).toBeGreaterThan(60);
  });

  it('control: the plugin does run and fails synth on an unacknowledged finding', () => {
    const outdir = tempOutdir('nag-control');
    outdirs.push(outdir);
    const app = new App({ outdir });
    new Topic(new Stack(app, 'Control'), 'PlainTopic'); // no enforceSSL, no SSE: AwsSolutions-SNS3
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    const { thrown, report } = synthWithNag(app, outdir);
    expect(findings(report)).toEqual([expect.stringMatching(/^error AwsSolutions-SNS3 at Control\/PlainTopic\/Resource$/)]);
    expect(thrown?.message).toMatch(/AwsSolutions/);
  });
});
