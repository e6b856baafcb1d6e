import { Match, Template } from 'aws-cdk-lib/assertions';
import { INTERNAL_ERROR_LOG_LINE } from '../../src/internal-errors';
import { TABLE_DEFINITION } from '../../src/store/table';
import { stageConfig } from '../../infra/stage-config';
import { buildFastApp, removeDir } from './helpers';

/** One synthesized template per stage, shared by every test in this file. */
const templates: Record<'dev' | 'prod', Template> = {} as never;
const outdirs: string[] = [];

beforeAll(() => {
  for (const stage of ['dev', 'prod'] as const) {
    const { stack, outdir } = buildFastApp(stage);
    outdirs.push(outdir);
    templates[stage] = Template.fromStack(stack);
  }
});
afterAll(() => outdirs.forEach(removeDir));

const onlyLogicalId = (found: Record<string, unknown>): string => {
  const ids = Object.keys(found);
  expect(ids).toHaveLength(1);
  return ids[0];
};

/** The one resource of `type` whose logical ID starts with the construct id `prefix` (e.g. `Graphql`, `JobOverdue`). */
const logicalIdWithPrefix = (t: Template, type: string, prefix: string): string =>
  onlyLogicalId(Object.fromEntries(Object.entries(t.findResources(type)).filter(([id]) => id.startsWith(prefix))));

/** Every Lambda function of the stack, by the construct id of its AppFunction. */
const FUNCTIONS = ['Graphql', 'JobOverdue'] as const;

/** The properties of one resource of the synthesized template. */
const propertiesOf = (t: Template, logicalId: string): Record<string, unknown> =>
  (t.toJSON() as { Resources: Record<string, { Properties: Record<string, unknown> }> }).Resources[logicalId]
    .Properties;

/**
 * Exactly the variables every function gets: what src/config.ts parses, plus STAGE. No NODE_OPTIONS: with
 * --enable-source-maps Node would read the bundle's map at every cold start (logged stacks are mapped when written).
 */
const appEnvironment = (t: Template, stage: string) => ({
  TABLE_NAME: { Ref: onlyLogicalId(t.findResources('AWS::DynamoDB::Table')) },
  STAGE: stage,
  // graphql-js in production mode (its per-type-test check for a second copy of itself is off).
  NODE_ENV: 'production',
  AUTH_MODE: 'cognito',
  COGNITO_USER_POOL_ID: { Ref: onlyLogicalId(t.findResources('AWS::Cognito::UserPool')) },
  // The API's own app client and the console's: the function accepts ID tokens of both.
  COGNITO_CLIENT_IDS: {
    'Fn::Join': [
      '',
      [
        { Ref: logicalIdWithPrefix(t, 'AWS::Cognito::UserPoolClient', 'AuthUserPoolAppClient') },
        ',',
        { Ref: logicalIdWithPrefix(t, 'AWS::Cognito::UserPoolClient', 'AuthUserPoolConsoleClient') },
      ],
    ],
  },
  POWERTOOLS_SERVICE_NAME: 'citypact',
  POWERTOOLS_LOG_LEVEL: 'INFO',
});

type PolicyStatement = { Action: string | string[]; Effect: string; Resource: unknown };
const statementsOfRole = (t: Template, roleId: string): PolicyStatement[] =>
  Object.values(t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } })).flatMap(
    (p) =>
      (p as { Properties: { PolicyDocument: { Statement: PolicyStatement[] } } }).Properties.PolicyDocument.Statement,
  );

describe('stacks and stages', () => {
  it('names one stack per stage and reads the stage from context', () => {
    const fromContext = buildFastApp(undefined, { context: { stage: 'qa' } });
    const byDefault = buildFastApp(undefined);
    try {
      expect(byDefault.stack.stackName).toBe('CityPact-dev');
      expect(fromContext.stack.stackName).toBe('CityPact-qa');
      expect(fromContext.stack.config.stage).toBe('qa');
    } finally {
      removeDir(fromContext.outdir);
      removeDir(byDefault.outdir);
    }
  });

  it('rejects stage names that would make invalid resource names', () => {
    expect(() => stageConfig('Prod!')).toThrow(/Invalid stage/);
    expect(() => stageConfig('')).toThrow(/Invalid stage/);
  });
});

describe('logical IDs of stateful resources', () => {
  // A changed logical ID makes CloudFormation replace the resource: a new, empty table or user pool (and, in prod,
  // an orphaned retained one). Renaming these constructs must be a deliberate migration, not a refactor.
  it.each(['dev', 'prod'] as const)('%s: table and user pool keep their logical IDs', (stage) => {
    expect(Object.keys(templates[stage].findResources('AWS::DynamoDB::Table'))).toEqual(['DataTableFDBAD0F2']);
    expect(Object.keys(templates[stage].findResources('AWS::Cognito::UserPool'))).toEqual(['AuthUserPool8115E87F']);
  });
});

describe('DynamoDB table (from src/store/table.ts)', () => {
  it.each(['dev', 'prod'] as const)('%s: on-demand, PITR, keys, GSIs and TTL match TABLE_DEFINITION', (stage) => {
    const t = templates[stage];
    t.resourceCountIs('AWS::DynamoDB::Table', 1);
    t.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: `${TABLE_DEFINITION.baseName}-${stage}`,
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith(
        [
          TABLE_DEFINITION.partitionKey,
          TABLE_DEFINITION.sortKey,
          ...TABLE_DEFINITION.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
        ].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      ),
      GlobalSecondaryIndexes: TABLE_DEFINITION.globalIndexes.map((i) => ({
        IndexName: i.indexName,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
    });
  });

  it('prod: deletion protection on and the table is retained', () => {
    templates.prod.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('dev: no deletion protection and the table is deleted with the stack', () => {
    templates.dev.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
      DeletionPolicy: 'Delete',
    });
  });
});

describe('GraphQL function', () => {
  it.each(['dev', 'prod'] as const)('%s: Node 22 on arm64, 1024 MB, 10 s, with the environment it needs', (stage) => {
    const t = templates[stage];
    const fnId = logicalIdWithPrefix(t, 'AWS::Lambda::Function', 'Graphql');
    // Plus CDK's BucketDeployment handler, which publishes the console during deploys, the webhook sender
    // (test/infra/webhook-delivery.test.ts) and the notification dispatcher (test/infra/notifications.test.ts).
    t.resourceCountIs('AWS::Lambda::Function', FUNCTIONS.length + 3);
    logicalIdWithPrefix(t, 'AWS::Lambda::Function', 'CustomCDKBucketDeployment');
    const props = propertiesOf(t, fnId);
    expect(props).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 10,
      Handler: 'index.handler',
    });
    expect(props.Environment).toHaveProperty('Variables', appEnvironment(t, stage));
  });

  it('is invoked synchronously only (by the HTTP API): no asynchronous-invocation settings', () => {
    templates.dev.resourceCountIs('AWS::Lambda::EventInvokeConfig', FUNCTIONS.length - 1);
    const fnId = logicalIdWithPrefix(templates.dev, 'AWS::Lambda::Function', 'Graphql');
    expect(
      templates.dev.findResources('AWS::Lambda::EventInvokeConfig', { Properties: { FunctionName: { Ref: fnId } } }),
    ).toEqual({});
  });
});

describe.each(FUNCTIONS)('every function: %s', (name) => {
  it.each([
    ['dev', 30],
    ['prod', 365],
  ] as const)('%s: logs to its own log group kept %i days', (stage, days) => {
    const t = templates[stage];
    const logGroupId = logicalIdWithPrefix(t, 'AWS::Logs::LogGroup', name);
    expect(propertiesOf(t, logGroupId).RetentionInDays).toBe(days);
    const fnId = logicalIdWithPrefix(t, 'AWS::Lambda::Function', name);
    expect(propertiesOf(t, fnId).LoggingConfig).toEqual({ LogGroup: { Ref: logGroupId } });
  });

  it('uses its own role without managed policies, allowed to write only its own log group', () => {
    const t = templates.dev;
    const roleId = logicalIdWithPrefix(t, 'AWS::IAM::Role', name);
    const fnId = logicalIdWithPrefix(t, 'AWS::Lambda::Function', name);
    expect(propertiesOf(t, fnId).Role).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
    expect(propertiesOf(t, roleId)).toMatchObject({
      AssumeRolePolicyDocument: {
        Statement: [expect.objectContaining({ Principal: { Service: 'lambda.amazonaws.com' } })],
      },
    });
    expect(propertiesOf(t, roleId).ManagedPolicyArns).toBeUndefined();
    const logGroupId = logicalIdWithPrefix(t, 'AWS::Logs::LogGroup', name);
    const logs = statementsOfRole(t, roleId).filter((st) => [st.Action].flat().some((a) => a.startsWith('logs:')));
    expect(logs).toEqual([
      {
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
      },
    ]);
  });

  it('gets read/write access to the table and its indexes only (grantReadWriteData), nothing account-wide', () => {
    const t = templates.dev;
    const tableId = onlyLogicalId(t.findResources('AWS::DynamoDB::Table'));
    const roleId = logicalIdWithPrefix(t, 'AWS::IAM::Role', name);
    const statements = statementsOfRole(t, roleId);
    const dynamo = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    const actions = [dynamo[0].Action].flat();
    expect(actions).toEqual(
      expect.arrayContaining([
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:BatchWriteItem',
      ]),
    );
    // No wildcard actions, no control-plane actions (tables are created by CloudFormation, not the app).
    expect(
      actions.filter((a) => a.includes('*') || (/Table$|Backup|Tag/.test(a) && a !== 'dynamodb:DescribeTable')),
    ).toEqual([]);
    expect(dynamo[0].Resource).toEqual([
      { 'Fn::GetAtt': [tableId, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, '/index/*']] },
    ]);
    // Nothing in any policy of this role is granted on Resource "*".
    expect(statements.flatMap((s) => [s.Resource].flat())).not.toContain('*');
  });
});

describe('overdue job (src/jobs/overdue.ts)', () => {
  it.each(['dev', 'prod'] as const)(
    '%s: Node 22 on arm64, 512 MB, 60 s, with the same environment as the API',
    (stage) => {
      const t = templates[stage];
      const props = propertiesOf(t, logicalIdWithPrefix(t, 'AWS::Lambda::Function', 'JobOverdue'));
      expect(props).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Timeout: 60,
        Handler: 'index.handler',
      });
      expect(props.Environment).toHaveProperty('Variables', appEnvironment(t, stage));
    },
  );

  it.each(['dev', 'prod'] as const)('%s: an EventBridge rule runs it every 5 minutes, without retries', (stage) => {
    const t = templates[stage];
    const fnId = logicalIdWithPrefix(t, 'AWS::Lambda::Function', 'JobOverdue');
    const ruleId = onlyLogicalId(t.findResources('AWS::Events::Rule'));
    expect(ruleId).toMatch(/^OverdueSchedule/);
    const rule = propertiesOf(t, ruleId);
    expect(rule.ScheduleExpression).toBe('rate(5 minutes)');
    expect(rule.State).toBe('ENABLED');
    expect(rule.EventPattern).toBeUndefined();
    expect(rule.Targets).toEqual([
      {
        Id: expect.any(String) as string,
        Arn: { 'Fn::GetAtt': [fnId, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 0 },
      },
    ]);
    // The interval is set once, in stage-config.ts.
    expect(stageConfig(stage).jobs.interval.toMinutes()).toBe(5);
  });

  it('may be invoked by that rule only (Lambda permission for events.amazonaws.com with the rule as source)', () => {
    const t = templates.dev;
    const fnId = logicalIdWithPrefix(t, 'AWS::Lambda::Function', 'JobOverdue');
    const ruleId = onlyLogicalId(t.findResources('AWS::Events::Rule'));
    const permissions = Object.values(
      t.findResources('AWS::Lambda::Permission', { Properties: { FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] } } }),
    );
    expect(permissions.map((p) => (p as { Properties: unknown }).Properties)).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
        Principal: 'events.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': [ruleId, 'Arn'] },
      },
    ]);
  });

  it("turns off Lambda's own retries of asynchronous invocations and drops an invocation queued longer than one interval", () => {
    const t = templates.dev;
    const fnId = logicalIdWithPrefix(t, 'AWS::Lambda::Function', 'JobOverdue');
    const configs = Object.values(
      t.findResources('AWS::Lambda::EventInvokeConfig', { Properties: { FunctionName: { Ref: fnId } } }),
    );
    expect(configs.map((c) => (c as { Properties: unknown }).Properties)).toEqual([
      { FunctionName: { Ref: fnId }, Qualifier: '$LATEST', MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 300 },
    ]);
  });

  it('finishes well within one interval, so runs do not pile up', () => {
    for (const stage of ['dev', 'prod']) {
      const { jobs } = stageConfig(stage);
      expect(jobs.timeout.toSeconds()).toBeLessThan(jobs.interval.toSeconds());
    }
  });
});

describe('HTTP API', () => {
  it('has exactly one route, POST /graphql, behind the Cognito JWT authorizer', () => {
    const t = templates.dev;
    const authorizerId = onlyLogicalId(t.findResources('AWS::ApiGatewayV2::Authorizer'));
    const poolId = onlyLogicalId(t.findResources('AWS::Cognito::UserPool'));
    const clientIds = ['AuthUserPoolAppClient', 'AuthUserPoolConsoleClient'].map((prefix) =>
      logicalIdWithPrefix(t, 'AWS::Cognito::UserPoolClient', prefix),
    );
    t.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    t.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    t.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'POST /graphql',
      AuthorizationType: 'JWT',
      AuthorizerId: { Ref: authorizerId },
    });
    t.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: clientIds.map((id) => ({ Ref: id })),
        Issuer: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([{ Ref: poolId }])] }),
      },
    });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it.each(['dev', 'prod'] as const)(
    '%s: default stage is throttled and access-logged to a log group with retention',
    (stage) => {
      const t = templates[stage];
      const { apiThrottle } = stageConfig(stage);
      const accessLogs = Object.entries(t.findResources('AWS::Logs::LogGroup')).filter(([id]) =>
        id.startsWith('ApiAccessLogs'),
      );
      expect(accessLogs).toHaveLength(1);
      const [accessLogsId, accessLogGroup] = accessLogs[0] as [string, { Properties: { RetentionInDays?: number } }];
      expect(accessLogGroup.Properties.RetentionInDays).toBe(stage === 'prod' ? 365 : 30);
      t.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
      t.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: {
          ThrottlingRateLimit: apiThrottle.rateLimit,
          ThrottlingBurstLimit: apiThrottle.burstLimit,
        },
        AccessLogSettings: {
          DestinationArn: { 'Fn::GetAtt': [accessLogsId, 'Arn'] },
          Format: Match.stringLikeRegexp('\\$context\\.requestId'),
        },
      });
      expect(apiThrottle).toEqual({ rateLimit: 50, burstLimit: 100 });
    },
  );

  it('outputs the API URL, user pool id and client id', () => {
    const outputs = templates.dev.findOutputs('*');
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['GraphqlUrl', 'ApiUrl', 'UserPoolId', 'UserPoolClientId']),
    );
  });
});

describe('Cognito user pool', () => {
  it.each(['dev', 'prod'] as const)(
    '%s: admin-created users only, strong passwords, TOTP MFA required, scope attributes',
    (stage) => {
      const t = templates[stage];
      t.resourceCountIs('AWS::Cognito::UserPool', 1);
      t.hasResourceProperties('AWS::Cognito::UserPool', {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: Match.anyValue(),
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
        Schema: Match.arrayWith(
          ['cluster_id', 'city_id', 'cluster_ids'].map((name) =>
            Match.objectLike({ Name: name, AttributeDataType: 'String', Mutable: true }),
          ),
        ),
        UserPoolTier: stage === 'prod' ? 'PLUS' : 'ESSENTIALS',
      });
      const pool = Object.values(t.findResources('AWS::Cognito::UserPool'))[0] as {
        Properties: { Policies: { PasswordPolicy: { MinimumLength: number } } };
      };
      expect(pool.Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
    },
  );

  it('prod: user pool has deletion protection and is retained', () => {
    templates.prod.hasResource('AWS::Cognito::UserPool', {
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
      DeletionPolicy: 'Retain',
    });
  });

  it('has one group per role', () => {
    const t = templates.dev;
    t.resourceCountIs('AWS::Cognito::UserPoolGroup', 4);
    for (const role of ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR']) {
      t.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
    }
  });

  it('has one SRP app client without secret that cannot write the scope attributes', () => {
    const t = templates.dev;
    // Beside the console's client (code grant with PKCE, asserted in console-hosting.test.ts).
    t.resourceCountIs('AWS::Cognito::UserPoolClient', 2);
    const appClientId = logicalIdWithPrefix(t, 'AWS::Cognito::UserPoolClient', 'AuthUserPoolAppClient');
    expect(propertiesOf(t, appClientId)).toMatchObject({
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AllowedOAuthFlowsUserPoolClient: false,
      PreventUserExistenceErrors: 'ENABLED',
      ReadAttributes: expect.arrayContaining(['custom:city_id', 'custom:cluster_id', 'custom:cluster_ids']) as string[],
    });
    const client = t.findResources('AWS::Cognito::UserPoolClient')[appClientId] as {
      Properties: { WriteAttributes?: string[] };
    };
    // Must be an explicit list: an absent WriteAttributes falls back to Cognito's default.
    expect(client.Properties.WriteAttributes).toBeDefined();
    expect(client.Properties.WriteAttributes!.length).toBeGreaterThan(0);
    expect(client.Properties.WriteAttributes!.filter((a) => a.startsWith('custom:'))).toEqual([]);
  });
});

describe('alarms', () => {
  it.each(['dev', 'prod'] as const)(
    '%s: one Errors and one Throttles alarm per function (GraphQL and jobs), notifying the alarm topic',
    (stage) => {
      const t = templates[stage];
      const topicId = onlyLogicalId(t.findResources('AWS::SNS::Topic'));
      for (const name of FUNCTIONS) {
        const fnId = logicalIdWithPrefix(t, 'AWS::Lambda::Function', name);
        for (const metric of ['Errors', 'Throttles']) {
          const alarms = t.findResources('AWS::CloudWatch::Alarm', {
            Properties: {
              Namespace: 'AWS/Lambda',
              MetricName: metric,
              Dimensions: [{ Name: 'FunctionName', Value: { Ref: fnId } }],
            },
          });
          expect(Object.values(alarms).map((a) => (a as { Properties: unknown }).Properties)).toEqual([
            expect.objectContaining({
              Statistic: 'Sum',
              Period: 300,
              Threshold: 1,
              EvaluationPeriods: 1,
              ComparisonOperator: 'GreaterThanOrEqualToThreshold',
              TreatMissingData: 'notBreaching',
              AlarmActions: [{ Ref: topicId }],
              OKActions: [{ Ref: topicId }],
            }),
          ]);
        }
      }
    },
  );

  it.each(['dev', 'prod'] as const)(
    '%s: every function counts the ERROR lines of its own log group and alarms on the first one',
    (stage) => {
      const t = templates[stage];
      const topicId = onlyLogicalId(t.findResources('AWS::SNS::Topic'));
      for (const name of FUNCTIONS) {
        const logGroupId = logicalIdWithPrefix(t, 'AWS::Logs::LogGroup', name);
        const filters = Object.values(
          t.findResources('AWS::Logs::MetricFilter', { Properties: { LogGroupName: { Ref: logGroupId } } }),
        );
        expect(filters.map((f) => (f as { Properties: unknown }).Properties)).toEqual([
          expect.objectContaining({
            // What src/internal-errors.ts promises: failures on our side, and only they, are logged at ERROR.
            FilterPattern: `{ $.${INTERNAL_ERROR_LOG_LINE.field} = "${INTERNAL_ERROR_LOG_LINE.value}" }`,
            MetricTransformations: [
              { MetricNamespace: `CityPact/${stage}`, MetricName: `${name}InternalErrors`, MetricValue: '1' },
            ],
          }),
        ]);
        const alarms = t.findResources('AWS::CloudWatch::Alarm', {
          Properties: { Namespace: `CityPact/${stage}`, MetricName: `${name}InternalErrors` },
        });
        expect(Object.values(alarms).map((a) => (a as { Properties: unknown }).Properties)).toEqual([
          expect.objectContaining({
            Statistic: 'Sum',
            Period: 300,
            Threshold: 1,
            EvaluationPeriods: 1,
            ComparisonOperator: 'GreaterThanOrEqualToThreshold',
            TreatMissingData: 'notBreaching',
            AlarmActions: [{ Ref: topicId }],
            OKActions: [{ Ref: topicId }],
          }),
        ]);
      }
    },
  );

  it('alarms on API 5xx and the alarm topic accepts TLS publishers only', () => {
    const t = templates.dev;
    const topicId = onlyLogicalId(t.findResources('AWS::SNS::Topic'));
    const apiId = onlyLogicalId(t.findResources('AWS::ApiGatewayV2::Api'));
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }],
      AlarmActions: [{ Ref: topicId }],
    });
    t.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});
