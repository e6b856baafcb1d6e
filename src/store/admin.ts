import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  ScanCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITION } from './table';

/**
 * Creates the table from the shared definition if it does not exist (local tooling and tests; in AWS the CDK stack
 * owns the table). Returns true when it had to create it.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    await addMissingIndexes(
      client,
      tableName,
      new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName)),
    );
    if (!Table?.StreamSpecification?.StreamEnabled) await enableStream(client, tableName);
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const keyNames = [
    TABLE_DEFINITION.partitionKey,
    TABLE_DEFINITION.sortKey,
    ...TABLE_DEFINITION.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_DEFINITION.globalIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      StreamSpecification: STREAM,
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
    }),
  );
  return true;
}

/** The stream the notification dispatcher reads: new images are all it needs (it picks the new outbox items). */
const STREAM = { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } as const;

/** A table kept from before notifications gets its stream, so `npm start` delivers them without a reset. */
async function enableStream(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: STREAM }));
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1 }, { TableName: tableName });
}

/**
 * A table kept from an earlier version (local data persists between runs) gets the indexes added since, one at a
 * time as DynamoDB requires, so `npm start` keeps working after an upgrade without a reset.
 */
async function addMissingIndexes(
  client: DynamoDBClient,
  tableName: string,
  existing: Set<string | undefined>,
): Promise<void> {
  for (const index of TABLE_DEFINITION.globalIndexes) {
    if (existing.has(index.indexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: index.partitionKey, AttributeType: 'S' },
          { AttributeName: index.sortKey, AttributeType: 'S' },
        ],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: index.indexName,
              KeySchema: [
                { AttributeName: index.partitionKey, KeyType: 'HASH' },
                { AttributeName: index.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    );
    for (let attempt = 0; attempt < 120; attempt++) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (
        Table?.GlobalSecondaryIndexes?.find((candidate) => candidate.IndexName === index.indexName)?.IndexStatus ===
        'ACTIVE'
      )
        break;
      await new Promise((wait) => setTimeout(wait, 500));
    }
  }
}

export async function isTableEmpty(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const { Count } = await client.send(new ScanCommand({ TableName: tableName, Limit: 1, Select: 'COUNT' }));
  return (Count ?? 0) === 0;
}
