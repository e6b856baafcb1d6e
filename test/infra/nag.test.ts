import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { TABLE_DEFINITION } from '../../src/store/table';
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
  const report = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ValidationReport)
    : { pluginReports: [] };
  return { thrown, report };
}

const findings = (report: ValidationReport) =>
  report.pluginReports.flatMap((p) =>
    p.violations.map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`,
    ),
  );

/**
 * Every `Validations.of(x).acknowledge(...)` in the tree, as "<construct path> <rule id>" → reason, so that the same
 * rule acknowledged on a second construct (e.g. a new function) shows up as a new entry.
 */
function acknowledgements(root: IConstruct): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of root.node.findAll()) {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        out[`${c.node.path} ${id.replace(/^annotation::/i, '')}`] = reason;
      }
    }
  }
  return out;
}

const INDEX_ACCESS = 'AwsSolutions-IAM5[Resource::<DataTableFDBAD0F2.Arn>/index/*]';
/** Per function (AppFunction id): the runtime pin on the function, index access on its role. */
const functionAcks = (stack: string, fn: string) => [
  `${stack}/${fn}/Function AwsSolutions-L1`,
  `${stack}/${fn}/Role ${INDEX_ACCESS}`,
];

/** The console's hosting: its distribution, its log bucket, and CDK's own BucketDeployment function. */
const DEPLOYMENT_HANDLER = 'Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C512MiB';
const consoleAcks = (stack: string) => [
  ...['CFR1', 'CFR2', 'CFR4'].map((rule) => `${stack}/Console/Distribution AwsSolutions-${rule}`),
  `${stack}/Console/Logs AwsSolutions-S1`,
  ...[
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    ...['GetBucket*', 'GetObject*', 'List*', 'Abort*', 'DeleteObject*'].map(
      (a) => `AwsSolutions-IAM5[Action::s3:${a}]`,
    ),
    'AwsSolutions-IAM5[Resource::*]',
    'AwsSolutions-IAM5[Resource::<ConsoleAssets8400950A.Arn>/*]',
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
    'AwsSolutions-L1',
  ].map((rule) => `${stack}/${DEPLOYMENT_HANDLER} ${rule}`),
];

/** The notification dispatcher: a function like the others, the stream's ListStreams, and its dead-letter queue. */
const dispatcherAcks = (stack: string) => [
  ...functionAcks(stack, 'Notifications/Dispatcher'),
  `${stack}/Notifications/Dispatcher/Role AwsSolutions-IAM5[Resource::*]`,
  `${stack}/Notifications/DeadLetters AwsSolutions-SQS3`,
];

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
    [
      'dev',
      [
        'CityPact-dev/Auth/UserPool AwsSolutions-COG8',
        ...functionAcks('CityPact-dev', 'Graphql'),
        ...functionAcks('CityPact-dev', 'JobOverdue'),
        ...consoleAcks('CityPact-dev'),
        ...functionAcks('CityPact-dev', 'Webhooks/Sender'),
        ...dispatcherAcks('CityPact-dev'),
      ],
    ],
    [
      'prod',
      [
        ...functionAcks('CityPact-prod', 'Graphql'),
        ...functionAcks('CityPact-prod', 'JobOverdue'),
        ...consoleAcks('CityPact-prod'),
        ...functionAcks('CityPact-prod', 'Webhooks/Sender'),
        ...dispatcherAcks('CityPact-prod'),
      ],
    ],
  ] as const)('%s: acknowledges exactly the reviewed findings, each with a specific reason', (stage, expected) => {
    const { app, outdir } = buildFastApp(stage, { nag: true });
    outdirs.push(outdir);
    const acks = acknowledgements(app);
    expect(Object.keys(acks).sort()).toEqual([...expected].sort());
    for (const reason of Object.values(acks)) expect(reason.length).toBeGreaterThan(60);
    // The index-access reason names every GSI of TABLE_DEFINITION (gsi1..gsi3 today).
    const indexReason = acks[`CityPact-${stage}/Graphql/Role ${INDEX_ACCESS}`];
    for (const index of TABLE_DEFINITION.globalIndexes) expect(indexReason).toContain(index.indexName);
  });

  it('control: the plugin does run and fails synth on an unacknowledged finding', () => {
    const outdir = tempOutdir('nag-control');
    outdirs.push(outdir);
    const app = new App({ outdir });
    new Topic(new Stack(app, 'Control'), 'PlainTopic'); // no enforceSSL, no SSE: AwsSolutions-SNS3
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    const { thrown, report } = synthWithNag(app, outdir);
    expect(findings(report)).toEqual([
      expect.stringMatching(/^error AwsSolutions-SNS3 at Control\/PlainTopic\/Resource$/),
    ]);
    expect(thrown?.message).toMatch(/AwsSolutions/);
  });
});
