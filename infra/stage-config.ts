import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** Everything that differs between stages lives here, so the stack itself has no `if (prod)` scattered around. */
export interface StageConfig {
  readonly stage: string;
  readonly isProd: boolean;
  /** Applied to stateful resources (table, user pool, log groups). */
  readonly removalPolicy: RemovalPolicy;
  readonly logRetention: RetentionDays;
  /** Default-stage throttling of the HTTP API: the one place where these limits are set. */
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  /** GraphQL function sizing. */
  readonly graphqlMemoryMb: number;
  readonly graphqlTimeout: Duration;
  /**
   * Scheduled jobs (`src/jobs/*.ts`, EventBridge → Lambda): the one place where their interval and sizing are set.
   * Every job is idempotent and is not retried: the next run, `interval` later, picks up whatever a failed run missed.
   */
  readonly jobs: { readonly interval: Duration; readonly memoryMb: number; readonly timeout: Duration };
}

const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;

export function stageConfig(stage: string): StageConfig {
  if (!STAGE_PATTERN.test(stage)) {
    throw new Error(
      `Invalid stage "${stage}": use lower-case letters, digits and dashes (max 20 chars), e.g. dev or prod`,
    );
  }
  const isProd = stage === 'prod';
  return {
    stage,
    isProd,
    removalPolicy: isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    logRetention: isProd ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH,
    apiThrottle: { rateLimit: 50, burstLimit: 100 },
    graphqlMemoryMb: 1024,
    graphqlTimeout: Duration.seconds(10),
    jobs: { interval: Duration.minutes(5), memoryMb: 512, timeout: Duration.minutes(1) },
  };
}
