import { CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { AppFunction } from './constructs/app-function';
import { DataTable } from './constructs/data-table';
import { GRAPHQL_PATH, GraphqlApi } from './constructs/graphql-api';
import { OfficialsAuth } from './constructs/officials-auth';
import type { StageConfig } from './stage-config';

export interface CityPactStackProps extends StackProps {
  readonly config: StageConfig;
  /** GraphQL Lambda entry, relative to the repository root. Default `src/handler.ts`. */
  readonly graphqlEntry?: string;
}

/** Everything one stage of CityPact needs: table, user pool, GraphQL function behind an HTTP API, alarms. */
export class CityPactStack extends Stack {
  readonly config: StageConfig;
  readonly data: DataTable;
  readonly auth: OfficialsAuth;
  readonly alarmTopic: Topic;
  readonly graphqlFunction: AppFunction;
  readonly api: GraphqlApi;

  constructor(scope: Construct, id: string, props: CityPactStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.config = config;

    this.data = new DataTable(this, 'Data', { config });
    this.auth = new OfficialsAuth(this, 'Auth', { config });

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
      environment: {
        TABLE_NAME: this.data.table.tableName,
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: this.auth.userPool.userPoolId,
        COGNITO_CLIENT_ID: this.auth.client.userPoolClientId,
        POWERTOOLS_SERVICE_NAME: 'citypact',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    this.data.table.grantReadWriteData(this.graphqlFunction.role);
    this.acknowledgeTableIndexAccess(this.graphqlFunction);

    this.api = new GraphqlApi(this, 'Api', {
      config,
      handler: this.graphqlFunction.fn,
      userPool: this.auth.userPool,
      userPoolClient: this.auth.client,
      alarmTopic: this.alarmTopic,
    });

    this.addScheduledJobs();

    new CfnOutput(this, 'GraphqlUrl', { value: `${this.api.url.replace(/\/$/, '')}${GRAPHQL_PATH}` });
    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
  }

  /**
   * Scheduled jobs (DESIGN.md: EventBridge, every 5 minutes, handlers in `src/jobs/*.ts`) go here. Not built yet.
   * For each job: `new AppFunction(this, 'Job<Name>', { config, entry: 'src/jobs/<name>.ts', memorySize: 512,
   * timeout: Duration.minutes(1), alarmTopic: this.alarmTopic, environment: { TABLE_NAME, ... } })`, grant it only
   * the table access it needs (and call `acknowledgeTableIndexAccess` if it queries an index), then
   * `new Rule(this, '<Name>Schedule', { schedule: Schedule.rate(Duration.minutes(5)),
   * targets: [new LambdaFunction(job.fn, { retryAttempts: 0 })] })` (jobs must be idempotent: they run again
   * 5 minutes later anyway). Add a template test in test/infra for each.
   */
  private addScheduledJobs(): void {
    // Intentionally empty until the first job exists in src/jobs/.
  }

  /**
   * `grantReadWriteData` grants the table ARN plus `<table ARN>/index/*` (queries on gsi1/gsi2 need the index
   * ARNs). The wildcard covers only this table's own indexes, so it is acknowledged for exactly that finding.
   */
  private acknowledgeTableIndexAccess(fn: AppFunction): void {
    const tableLogicalId = this.getLogicalId(this.data.table.node.defaultChild as CfnTable);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason:
        'Queries on the gsi1/gsi2 indexes of the CityPact table need the index ARNs; the wildcard is limited to ' +
        "that one table's indexes (table/<name>/index/*), granted by Table.grantReadWriteData.",
    });
  }
}
