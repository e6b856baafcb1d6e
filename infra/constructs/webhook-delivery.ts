import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AppFunction } from './app-function';
import type { StageConfig } from '../stage-config';

export interface WebhookDeliveryProps {
  readonly config: StageConfig;
  readonly table: ITable;
  readonly alarmTopic: ITopic;
  /** What every function of the app gets (src/config.ts); the queue's URL is added. */
  readonly environment: Record<string, string>;
}

/** The sender's timeout: an attempt takes at most 5 s (WEBHOOK_TIMEOUT_MS), a batch's attempts run side by side. */
const SENDER_TIMEOUT = Duration.seconds(30);
/** How often SQS hands over a message whose handling failed on our side before it goes to the dead-letter queue. */
const MAX_RECEIVES = 5;

/**
 * Webhook delivery in AWS: an SQS queue of attempts (one message per attempt; a retry is a new message with
 * DelaySeconds), its dead-letter queue with an alarm from the first message, and the sender function consuming the
 * queue with partial batch failures. Whatever queues first attempts (the dispatcher) is given `allowToQueue`.
 */
export class WebhookDelivery extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly sender: AppFunction;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: WebhookDeliveryProps) {
    super(scope, id);
    const { config } = props;

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.queue = new Queue(this, 'Attempts', {
      // Six times the sender's timeout, as AWS advises for a Lambda event source, so a message is not handed to a
      // second sender while the first still works on it.
      visibilityTimeout: Duration.seconds(SENDER_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVES },
    });

    this.sender = new AppFunction(this, 'Sender', {
      config,
      entry: 'src/notifications/webhook-sender.ts',
      description: 'CityPact webhook sender: one signed delivery attempt per queue message',
      memorySize: 256,
      timeout: SENDER_TIMEOUT,
      alarmTopic: props.alarmTopic,
      environment: { ...props.environment, WEBHOOK_QUEUE_URL: this.queue.queueUrl },
    });
    // Reads the delivery and its subscription (with the secret), records the attempt.
    props.table.grantReadWriteData(this.sender.role);
    // A failed attempt is retried by queueing the next one with a delay.
    this.queue.grantSendMessages(this.sender.role);
    this.sender.fn.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true, maxConcurrency: 10 }),
    );

    this.deadLetterAlarm = new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: `CityPact webhook messages (${config.stage}) that the sender failed to handle ${MAX_RECEIVES} times`,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const alarmAction = new SnsAction(props.alarmTopic);
    this.deadLetterAlarm.addAlarmAction(alarmAction);
    this.deadLetterAlarm.addOkAction(alarmAction);
  }

  /** Lets a function queue first attempts: send permission on the queue, and its URL as `WEBHOOK_QUEUE_URL`. */
  allowToQueue(fn: AppFunction): void {
    this.queue.grantSendMessages(fn.role);
    fn.fn.addEnvironment('WEBHOOK_QUEUE_URL', this.queue.queueUrl);
  }
}
