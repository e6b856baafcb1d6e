/**
 * The module-init floor: a Lambda handler that loads only the DynamoDB SDK clients the app uses and creates them as
 * `src/store/client.ts` does. Whatever the real handler takes beyond this at load is ours (see `module-init.ts`).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const base = new DynamoDBClient({ region: process.env.AWS_REGION, maxAttempts: 3 });
base.middlewareStack.remove('loggerMiddleware');
const client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });

export const handler = async (): Promise<{ statusCode: number }> => {
  await Promise.resolve(client);
  return { statusCode: 200 };
};
