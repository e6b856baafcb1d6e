import { generatePrivatePem, keysFromPrivatePem } from '../../scripts/lib/local-auth';
import { startDynamoDbLocal, type RunningDynamoDbLocal } from '../../scripts/lib/dynamodb-local';

declare global {
  var __CITYPACT_DYNAMODB__: RunningDynamoDbLocal | undefined;
}

/** One in-memory DynamoDB Local for the whole run (each test file makes its own table) and one test signing key. */
export default async function globalSetup(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  globalThis.__CITYPACT_DYNAMODB__ = dynamo;
  const privatePem = generatePrivatePem();
  const { publicJwk } = await keysFromPrivatePem(privatePem);
  // Read by test/support/per-file-env.ts in every worker (workers inherit this environment).
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TEST_ISSUER_PRIVATE_PEM = privatePem;
  process.env.TEST_ISSUER_PUBLIC_JWK = JSON.stringify(publicJwk);
}
