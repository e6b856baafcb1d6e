import * as path from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { FilterPattern, LogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { INTERNAL_ERROR_LOG_LINE } from '../../src/internal-errors';
import { ALIASES, EXTERNAL_MODULES, MAIN_FIELDS, RESOLVE_EXTENSIONS, SOURCES_CONTENT } from '../bundling';
import type { StageConfig } from '../stage-config';

/** Repository root (infra/constructs/ → ../..). Entries and the lock file are resolved from here. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface AppFunctionProps {
  readonly config: StageConfig;
  /** Entry file, relative to the repository root (e.g. `src/handler.ts`) or absolute. */
  readonly entry: string;
  readonly handler?: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment?: Record<string, string>;
  /**
   * Asynchronous invocations only (e.g. EventBridge): how often Lambda itself retries a failed invocation.
   * Unset keeps Lambda's default (2 retries); scheduled jobs set 0.
   */
  readonly retryAttempts?: number;
  /** Asynchronous invocations only: discard an event still queued after this long. Unset keeps Lambda's default (6 h). */
  readonly maxEventAge?: Duration;
  /** Errors, Throttles and InternalErrors alarms notify this topic. */
  readonly alarmTopic: ITopic;
}

/**
 * One Lambda function as every CityPact function is deployed: Node 22 on arm64, minified CJS bundle with source
 * maps, its own log group with retention, a role with no managed policies (only write access to that log group;
 * callers add data grants), and alarms on Errors, Throttles and internal errors logged. The GraphQL API and the
 * scheduled jobs use it.
 */
export class AppFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;
  readonly errorsAlarm: Alarm;
  readonly throttlesAlarm: Alarm;
  /** Failures on our side that the function answered or survived (see src/internal-errors.ts), counted from its logs. */
  readonly internalErrors: Metric;
  readonly internalErrorsAlarm: Alarm;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const { config } = props;

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });

    // Own role instead of the default one: the default attaches the AWSLambdaBasicExecutionRole managed policy,
    // which allows writing to any log group in the account. This one may write to its own log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (${config.stage})`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: path.resolve(REPO_ROOT, props.entry),
      handler: props.handler ?? 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      retryAttempts: props.retryAttempts,
      maxEventAge: props.maxEventAge,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      projectRoot: REPO_ROOT,
      bundling: {
        format: OutputFormat.CJS,
        target: 'node22',
        minify: true,
        sourceMap: true,
        sourcesContent: SOURCES_CONTENT,
        externalModules: [...EXTERNAL_MODULES],
        mainFields: MAIN_FIELDS,
        esbuildArgs: {
          '--resolve-extensions': RESOLVE_EXTENSIONS.join(','),
          ...Object.fromEntries(Object.entries(ALIASES).map(([name, target]) => [`--alias:${name}`, target])),
        },
      },
      // No --enable-source-maps: Node would read and parse the map at every cold start. Logged stacks are mapped when
      // they are written (src/source-mapped-stack.ts).
      environment: {
        STAGE: config.stage,
        // graphql-js checks every type test for a second copy of itself unless told it runs in production: about 3%
        // of a cheap read's CPU. The bundle holds one copy (infra/bundling.ts, MAIN_FIELDS), as a bundle test checks.
        NODE_ENV: 'production',
        ...props.environment,
      },
    });

    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the bundle targets node22 and the pinned dependencies (graphql 16, ' +
        'Apollo Server 5, AWS SDK v3) are verified on Node 20/22 only; nodejs24.x is a separate, ' +
        'tested upgrade (change Runtime and the esbuild target together).',
    });

    const alarmAction = new SnsAction(props.alarmTopic);
    const fnAlarm = (alarmId: string, what: string, metric: Metric) => {
      const alarm = new Alarm(this, alarmId, {
        alarmDescription: `${props.description} (${config.stage}): ${what}`,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(alarmAction);
      alarm.addOkAction(alarmAction);
      return alarm;
    };
    // Resolvers turn expected failures into GraphQL errors, so any Lambda-level error of the API is a crash or a
    // timeout; for a scheduled job, an error means that run failed (the next run starts over).
    this.errorsAlarm = fnAlarm(
      'ErrorsAlarm',
      'unhandled errors or timeouts',
      this.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
    );
    this.throttlesAlarm = fnAlarm(
      'ThrottlesAlarm',
      'invocations throttled',
      this.fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
    );

    // Neither metric above sees a failure the function handles: the API masks it as INTERNAL_SERVER_ERROR (often in
    // an HTTP 200 with partial data) and a job logs it and goes on with the next cluster. Both log it at ERROR, and
    // client mistakes are never logged at ERROR, so counting those log lines counts exactly our failures.
    this.internalErrors = new MetricFilter(this, 'InternalErrorsFilter', {
      logGroup: this.logGroup,
      filterPattern: FilterPattern.stringValue(
        `$.${INTERNAL_ERROR_LOG_LINE.field}`,
        '=',
        INTERNAL_ERROR_LOG_LINE.value,
      ),
      metricNamespace: `CityPact/${config.stage}`,
      metricName: `${id}InternalErrors`,
      metricValue: '1',
    }).metric({ period: Duration.minutes(5), statistic: 'Sum' });
    this.internalErrorsAlarm = fnAlarm(
      'InternalErrorsAlarm',
      'internal errors logged (failures on our side; client mistakes are not counted)',
      this.internalErrors,
    );
  }
}
