import { Match, Template } from 'aws-cdk-lib/assertions';
import { OUTBOX } from '../../src/notifications/outbox-key';
import { DISPATCH_RETRY_ATTEMPTS } from '../../infra/constructs/notification-dispatch';
import { buildFastApp, removeDir } from './helpers';

let template: Template;
let outdir: string;
beforeAll(() => {
  const built = buildFastApp('dev');
  outdir = built.outdir;
  template = Template.fromStack(built.stack);
});
afterAll(() => removeDir(outdir));

const idOf = (type: string, prefix: string): string => {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  expect(ids).toHaveLength(1);
  return ids[0];
};

describe('notification dispatch', () => {
  test('the table streams new images', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
    });
  });

  test('the dispatcher reads only new outbox items, in batches, splitting a failing batch, parking what still fails', () => {
    const queue = idOf('AWS::SQS::Queue', 'NotificationsDeadLetters');
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: idOf('AWS::Lambda::Function', 'NotificationsDispatcher') },
      EventSourceArn: { 'Fn::GetAtt': [idOf('AWS::DynamoDB::Table', 'Data'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: DISPATCH_RETRY_ATTEMPTS,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              eventName: ['INSERT'],
              dynamodb: { Keys: { pk: { S: [{ prefix: OUTBOX.keyPrefix }] } } },
            }),
          },
        ],
      },
    });
  });

  test('the dead-letter queue is encrypted, TLS only, and alarmed from its first message', () => {
    const queue = idOf('AWS::SQS::Queue', 'NotificationsDeadLetters');
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queue }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    const topic = idOf('AWS::SNS::Topic', 'AlarmTopic');
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: topic }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: idOf('AWS::Lambda::Function', 'NotificationsDispatcher') } }],
      AlarmActions: [{ Ref: topic }],
    });
  });

  test('the dispatcher may send to its dead-letter queue and the webhook attempts queue, and read the stream', () => {
    const queue = idOf('AWS::SQS::Queue', 'NotificationsDeadLetters');
    const attempts = idOf('AWS::SQS::Queue', 'WebhooksAttempts');
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: idOf('AWS::IAM::Role', 'NotificationsDispatcherRole') }] },
    });
    const statements = Object.values(policies).flatMap(
      (policy) =>
        (
          policy as {
            Properties: { PolicyDocument: { Statement: Array<{ Action: string | string[]; Resource: unknown }> } };
          }
        ).Properties.PolicyDocument.Statement,
    );
    const allowing = (action: string) => statements.filter((statement) => [statement.Action].flat().includes(action));
    expect(allowing('sqs:SendMessage').flatMap((statement) => [statement.Resource].flat())).toEqual([
      { 'Fn::GetAtt': [queue, 'Arn'] },
      { 'Fn::GetAtt': [attempts, 'Arn'] },
    ]);
    expect(allowing('dynamodb:GetShardIterator').map((statement) => statement.Resource)).toContainEqual({
      'Fn::GetAtt': [idOf('AWS::DynamoDB::Table', 'Data'), 'StreamArn'],
    });
  });
});
