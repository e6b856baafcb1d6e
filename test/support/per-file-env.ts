import { randomUUID } from 'node:crypto';

// Runs before each test file imports anything: the app's config is parsed at module load, so it must see these.
// Each file gets its own table, so files never share or leak data.
Object.assign(process.env, {
  TABLE_NAME: `citypact-test-${randomUUID().slice(0, 8)}`,
  STAGE: 'test',
  AUTH_MODE: 'local',
  LOCAL_AUTH_JWK: process.env.TEST_ISSUER_PUBLIC_JWK,
  DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT,
  AWS_REGION: 'local',
  // TEST_LOG_LEVEL=ERROR shows the app's error logs (e.g. behind an INTERNAL_SERVER_ERROR) when running a test.
  POWERTOOLS_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'SILENT',
});
