import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
// From src/: the stream filter and the code that writes outbox items share one key prefix.
import { OUTBOX } from '../../src/notifications/outbox-key';
import type { StageConfig } from '../stage-config';
import { AppFunction } from './app-function';

export interface NotificationDispatchProps {
  readonly config: StageConfig;
  /** The table whose stream carries the outbox items (its stream must be enabled, NEW_IMAGE). */
  readonly table: Table;
  /** Dispatcher entry relative to the repository root. */
  readonly entry: string;
  readonly alarmTopic: ITopic;
  readonly environment: Record<string, string>;
}

/** Stream batches that keep failing are retried this often (halving the batch each time) before they are parked. */
export const DISPATCH_RETRY_ATTEMPTS = 6;

/**
 * The dispatcher: the table's stream, filtered to new outbox items, feeds a function that fans each announcement out
 * to its recipients' inboxes and then to the webhooks. A failing batch is split in two and retried; what still fails
 * is described in a dead-letter queue (SQS, encrypted, TLS only) with an alarm from its first message, and an alarm
 * on the stream's iterator age tells when delivery falls behind.
 */
export class NotificationDispatch extends Construct {
  readonly function: AppFunction;
  readonly deadLetterQueue: Queue;
  readonly deadLetterAlarm: Alarm;
  readonly iteratorAgeAlarm: Alarm;

  constructor(scope: Construct, id: string, props: NotificationDispatchProps) {
    super(scope, id);
    const { config } = props;

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself the dead-letter destination of the dispatcher's stream mapping (an on-failure " +
        'destination, which cdk-nag does not recognise as a DLQ); it is read by operators, never by a consumer.',
    });

    this.function = new AppFunction(this, 'Dispatcher', {
      config,
      entry: props.entry,
      description: 'CityPact notifications dispatcher: announcements to inboxes and webhooks',
      memorySize: 512,
      timeout: Duration.minutes(1),
      alarmTopic: props.alarmTopic,
      environment: props.environment,
    });

    this.function.fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        bisectBatchOnError: true,
        retryAttempts: DISPATCH_RETRY_ATTEMPTS,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Only new outbox items: every other write (and an outbox item's overwrite or expiry) never invokes it.
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT') as string[],
            dynamodb: { Keys: { pk: { S: FilterRule.beginsWith(OUTBOX.keyPrefix) } } },
          }),
        ],
      }),
    );
    Validations.of(this.function.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams, granted by the stream event source (Table.grantStreamRead), has no resource-level ' +
        'permissions; reading records is limited to this table’s stream ARN.',
    });

    const alarmAction = new SnsAction(props.alarmTopic);
    this.deadLetterAlarm = new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: `CityPact notifications (${config.stage}): announcements parked undelivered in the dead-letter queue`,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.iteratorAgeAlarm = new Alarm(this, 'IteratorAgeAlarm', {
      alarmDescription: `CityPact notifications (${config.stage}): delivery more than 5 minutes behind the table's stream`,
      metric: this.function.fn.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: Duration.minutes(5).toMilliseconds(),
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const alarm of [this.deadLetterAlarm, this.iteratorAgeAlarm]) {
      alarm.addAlarmAction(alarmAction);
      alarm.addOkAction(alarmAction);
    }
  }
}
