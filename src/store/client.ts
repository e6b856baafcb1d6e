import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';

const clientConfig = {
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT
    ? {
        endpoint: config.DYNAMODB_ENDPOINT,
        // DynamoDB Local accepts any credentials; real ones are never needed or read offline.
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    : {}),
  maxAttempts: 3,
};

/**
 * The SDK's logger middleware filters every call's input and output for logging even when no logger is given (its
 * default no-op logger still has the arguments evaluated): a walk of every item read, for nothing. CityPact logs what
 * it does itself, so the middleware is removed.
 */
export function withoutCallLogging(client: DynamoDBClient): DynamoDBClient {
  client.middlewareStack.remove('loggerMiddleware');
  return client;
}

/** Created once per cold start and shared by every request (connection reuse). */
export const dynamoClient = withoutCallLogging(new DynamoDBClient(clientConfig));

export const documentClient = DynamoDBDocumentClient.from(dynamoClient, {
  marshallOptions: { removeUndefinedValues: true },
});

/**
 * Reads kept totals: numbers come back as exact decimal strings (never rounded through a float), for amounts of up
 * to 16 digits of minor units and their sums.
 */
// Its own base client: a document client's translation settings live on the client's middleware stack, so sharing one
// would make every ElectroDB read return wrapped numbers too.
const exactDynamoClient = withoutCallLogging(new DynamoDBClient(clientConfig));
export const exactDocumentClient = DynamoDBDocumentClient.from(exactDynamoClient, {
  marshallOptions: { removeUndefinedValues: true },
  unmarshallOptions: { wrapNumbers: true },
});

/** Every DynamoDB client the app sends calls through (what a call counter must watch). */
export const dynamoClients: readonly DynamoDBClient[] = [dynamoClient, exactDynamoClient];
