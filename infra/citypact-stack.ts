import * as path from 'node:path';
import type { UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { AppFunction, REPO_ROOT } from './constructs/app-function';
import { ConsoleHosting } from './constructs/console-hosting';
import { DataTable } from './constructs/data-table';
import { GraphqlApi } from './constructs/graphql-api';
import { NotificationDispatch } from './constructs/notification-dispatch';
import { OfficialsAuth } from './constructs/officials-auth';
import { WebhookDelivery } from './constructs/webhook-delivery';
import type { StageConfig } from './stage-config';

export interface CityPactStackProps extends StackProps {
  readonly config: StageConfig;
  /** GraphQL Lambda entry, relative to the repository root. Default `src/handler.ts`. */
  readonly graphqlEntry?: string;
  /** Overdue job entry, relative to the repository root. Default `src/jobs/overdue.ts`. */
  readonly overdueJobEntry?: string;
  /** The built console to deploy, absolute or relative to the repository root. Default `web/dist`. */
  readonly consoleAssets?: string;
  /** Notification dispatcher entry, relative to the repository root. Default `src/notifications/dispatcher.ts`. */
  readonly dispatcherEntry?: string;
}

/** A Lambda function run on a schedule by an EventBridge rule. */
export interface ScheduledJob {
  readonly function: AppFunction;
  readonly rule: Rule;
}

/**
 * Everything one stage of CityPact needs: table, user pool, GraphQL function behind an HTTP API, scheduled jobs,
 * alarms.
 */
export class CityPactStack extends Stack {
  readonly config: StageConfig;
  readonly data: DataTable;
  readonly auth: OfficialsAuth;
  readonly console: ConsoleHosting;
  readonly alarmTopic: Topic;
  readonly graphqlFunction: AppFunction;
  readonly api: GraphqlApi;
  readonly jobs: { readonly overdue: ScheduledJob };
  /** The webhook queue, its dead-letter queue and the sender function. */
  readonly webhooks: WebhookDelivery;
  readonly notifications: NotificationDispatch;

  constructor(scope: Construct, id: string, props: CityPactStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.config = config;

    this.data = new DataTable(this, 'Data', { config });
    this.auth = new OfficialsAuth(this, 'Auth', { config });
    this.console = new ConsoleHosting(this, 'Console', {
      config,
      assetsDir: path.resolve(REPO_ROOT, props.consoleAssets ?? 'web/dist'),
      userPool: this.auth.userPool,
    });

    // Alarm notifications. SSE with the AWS-managed SNS key would stop CloudWatch from publishing (its key policy
    // cannot grant cloudwatch.amazonaws.com), so the topic enforces TLS for publishers instead (AwsSolutions-SNS3).
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: `CityPact ${config.stage} alarms`,
      enforceSSL: true,
    });

    this.graphqlFunction = new AppFunction(this, 'Graphql', {
      config,
      entry: props.graphqlEntry ?? 'src/handler.ts',
      description: 'CityPact GraphQL API',
      memorySize: config.graphqlMemoryMb,
      timeout: config.graphqlTimeout,
      alarmTopic: this.alarmTopic,
      environment: this.appEnvironment(),
    });
    this.data.table.grantReadWriteData(this.graphqlFunction.role);
    this.acknowledgeTableIndexAccess(this.graphqlFunction);

    this.api = new GraphqlApi(this, 'Api', {
      config,
      handler: this.graphqlFunction.fn,
      userPool: this.auth.userPool,
      userPoolClients: this.acceptedClients(),
      alarmTopic: this.alarmTopic,
      corsOrigins: [this.console.origin],
    });
    this.console.publish(this.api.graphqlUrl);

    this.jobs = this.addScheduledJobs(props);

    this.webhooks = new WebhookDelivery(this, 'Webhooks', {
      config,
      table: this.data.table,
      alarmTopic: this.alarmTopic,
      environment: this.appEnvironment(),
    });
    this.acknowledgeTableIndexAccess(this.webhooks.sender);
    this.notifications = new NotificationDispatch(this, 'Notifications', {
      config,
      table: this.data.table,
      entry: props.dispatcherEntry ?? 'src/notifications/dispatcher.ts',
      alarmTopic: this.alarmTopic,
      environment: this.appEnvironment(),
    });
    // Inboxes are items of the table; a panel's announcement reads the evaluation's panel.
    this.data.table.grantReadWriteData(this.notifications.function.role);
    this.acknowledgeTableIndexAccess(this.notifications.function);
    // The dispatcher queues each announcement's first webhook attempts.
    this.webhooks.allowToQueue(this.notifications.function);

    new CfnOutput(this, 'GraphqlUrl', { value: this.api.graphqlUrl });
    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
    new CfnOutput(this, 'ConsoleUrl', { value: `${this.console.origin}/` });
    new CfnOutput(this, 'ConsoleClientId', { value: this.console.client.userPoolClientId });
    new CfnOutput(this, 'SignInDomain', { value: this.console.domain.baseUrl() });
  }

  /** The app clients whose ID tokens the API accepts: its own (SRP) and the console's (code grant with PKCE). */
  private acceptedClients(): UserPoolClient[] {
    return [this.auth.client, this.console.client];
  }

  /**
   * What `src/config.ts` parses at cold start, for every function of the app. Jobs verify no tokens, but the
   * config schema requires the Cognito ids whenever AUTH_MODE=cognito, so they get the same variables.
   */
  private appEnvironment(): Record<string, string> {
    return {
      TABLE_NAME: this.data.table.tableName,
      AUTH_MODE: 'cognito',
      COGNITO_USER_POOL_ID: this.auth.userPool.userPoolId,
      COGNITO_CLIENT_IDS: this.acceptedClients()
        .map((client) => client.userPoolClientId)
        .join(','),
      POWERTOOLS_SERVICE_NAME: 'citypact',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    };
  }

  /**
   * Scheduled jobs (EventBridge rules calling the handlers in `src/jobs/*.ts`; see docs/ARCHITECTURE.md). To add one: a line below with
   * `this.addScheduledJob('<Name>', { entry: 'src/jobs/<name>.ts', description })`, a field in `jobs`, and template
   * tests in test/infra. Interval and sizing come from `config.jobs`.
   */
  private addScheduledJobs(props: CityPactStackProps): { overdue: ScheduledJob } {
    return {
      // Reads open obligations through the indexes (Query), writes LATE records with TransactWriteItems, GetItem.
      overdue: this.addScheduledJob('Overdue', {
        entry: props.overdueJobEntry ?? 'src/jobs/overdue.ts',
        description: 'CityPact overdue job: LATE compliance records for overdue obligations',
      }),
    };
  }

  /**
   * One job: its function (`Job<name>`) with read/write access to the table and its indexes, and the rule
   * (`<name>Schedule`) that invokes it every `config.jobs.interval`. Jobs must be idempotent; a failed run is not
   * retried, neither by EventBridge (`retryAttempts: 0` on the target) nor by Lambda's own retries of asynchronous
   * invocations (2 by default, also set to 0 here), and an invocation still queued after one interval is dropped:
   * the next run does the same work anyway.
   */
  private addScheduledJob(name: string, job: { entry: string; description: string }): ScheduledJob {
    const { config } = this;
    const fn = new AppFunction(this, `Job${name}`, {
      config,
      entry: job.entry,
      description: job.description,
      memorySize: config.jobs.memoryMb,
      timeout: config.jobs.timeout,
      retryAttempts: 0,
      maxEventAge: config.jobs.interval,
      alarmTopic: this.alarmTopic,
      environment: this.appEnvironment(),
    });
    this.data.table.grantReadWriteData(fn.role);
    this.acknowledgeTableIndexAccess(fn);

    const rule = new Rule(this, `${name}Schedule`, {
      description: `${job.description} (${config.stage}), every ${config.jobs.interval.toHumanString()}`,
      schedule: Schedule.rate(config.jobs.interval),
      targets: [new LambdaFunction(fn.fn, { retryAttempts: 0 })],
    });
    return { function: fn, rule };
  }

  /**
   * `grantReadWriteData` grants the table ARN plus `<table ARN>/index/*` (queries on the GSIs need the index
   * ARNs). The wildcard covers only this table's own indexes, so it is acknowledged for exactly that finding.
   */
  private acknowledgeTableIndexAccess(fn: AppFunction): void {
    const tableLogicalId = this.getLogicalId(this.data.table.node.defaultChild as CfnTable);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason:
        `Queries on the ${this.data.indexNames.join('/')} indexes of the CityPact table need the index ARNs; the wildcard is limited to ` +
        "that one table's indexes (table/<name>/index/*), granted by Table.grantReadWriteData.",
    });
  }
}
