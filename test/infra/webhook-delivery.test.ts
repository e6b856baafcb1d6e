import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildFastApp, removeDir } from './helpers';

const built = buildFastApp('dev');
const t = Template.fromStack(built.stack);
afterAll(() => removeDir(built.outdir));

type Resources = Record<string, { Properties: Record<string, unknown> }>;
const only = (found: Record<string, unknown>): string => {
  const ids = Object.keys(found);
  expect(ids).toHaveLength(1);
  return ids[0];
};
const withPrefix = (type: string, prefix: string): string =>
  only(Object.fromEntries(Object.entries(t.findResources(type)).filter(([id]) => id.startsWith(prefix))));
const propertiesOf = (id: string) => (t.toJSON() as { Resources: Resources }).Resources[id].Properties;
const statementsOf = (roleId: string) =>
  Object.values(t.findResources('AWS::IAM::Policy') as Resources)
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(roleId))
    .flatMap(
      (policy) =>
        (policy.Properties.PolicyDocument as { Statement: Array<{ Action: string | string[]; Resource: unknown }> })
          .Statement,
    );

const queueId = withPrefix('AWS::SQS::Queue', 'WebhooksAttempts');
const deadLettersId = withPrefix('AWS::SQS::Queue', 'WebhooksDeadLetters');
const senderId = withPrefix('AWS::Lambda::Function', 'WebhooksSender');

describe('webhook delivery in AWS', () => {
  test('attempts wait in an encrypted queue whose failures go to a dead-letter queue after 5 receives', () => {
    expect(propertiesOf(queueId)).toMatchObject({
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 180,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLettersId, 'Arn'] }, maxReceiveCount: 5 },
    });
    expect(propertiesOf(deadLettersId)).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    // Both refuse requests without TLS.
    for (const id of [queueId, deadLettersId]) {
      t.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  test('the sender consumes the queue in batches of 10 with partial batch failures, and knows the queue to retry on', () => {
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: senderId },
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
    const props = propertiesOf(senderId);
    expect(props).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Timeout: 30, MemorySize: 256 });
    expect(props.Environment).toMatchObject({
      Variables: { WEBHOOK_QUEUE_URL: { Ref: queueId }, AUTH_MODE: 'cognito', STAGE: 'dev' },
    });
    const roleId = withPrefix('AWS::IAM::Role', 'WebhooksSender');
    const sqs = statementsOf(roleId).filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith('sqs:')),
    );
    expect(sqs.flatMap((statement) => [statement.Action].flat())).toEqual(
      expect.arrayContaining(['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage']),
    );
    for (const statement of sqs) expect(statement.Resource).toEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
  });

  test('the GraphQL function may not send to the queue (the dispatcher queues first attempts)', () => {
    const roleId = withPrefix('AWS::IAM::Role', 'Graphql');
    expect(JSON.stringify(statementsOf(roleId))).not.toContain('sqs:');
    const graphql = propertiesOf(withPrefix('AWS::Lambda::Function', 'Graphql'));
    expect(JSON.stringify(graphql.Environment)).not.toContain('WEBHOOK_QUEUE_URL');
  });

  test('a message in the dead-letter queue raises an alarm on the alarm topic', () => {
    const topicId = only(t.findResources('AWS::SNS::Topic'));
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLettersId, 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: topicId }],
    });
  });
});
