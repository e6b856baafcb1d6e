import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../src/store/admin';
import { TABLE_DEFINITION } from '../../src/store/table';
import { startDynamoDbLocal, type RunningDynamoDbLocal } from '../../scripts/lib/dynamodb-local';

// Its own DynamoDB Local: index backfill runs behind every other suite's work in the shared one and can take a minute.
let dynamo: RunningDynamoDbLocal;
beforeAll(async () => {
  dynamo = await startDynamoDbLocal();
}, 60_000);
afterAll(() => dynamo?.stop());

// Local data persists between runs: a table made by an older version must gain the indexes added since.
test('ensureTable adds the indexes an older local table lacks, and leaves a current one alone', async () => {
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const tableName = `${process.env.TABLE_NAME}-old`;
  const [gsi1] = TABLE_DEFINITION.globalIndexes;
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk', gsi1.partitionKey, gsi1.sortKey].map((name) => ({
        AttributeName: name,
        AttributeType: 'S',
      })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: gsi1.indexName,
          KeySchema: [
            { AttributeName: gsi1.partitionKey, KeyType: 'HASH' },
            { AttributeName: gsi1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );

  expect(await ensureTable(client, tableName)).toBe(false);
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  expect(Table?.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.IndexStatus]).sort()).toEqual(
    TABLE_DEFINITION.globalIndexes.map((index) => [index.indexName, 'ACTIVE']),
  );
  expect(await ensureTable(client, tableName)).toBe(false);
  client.destroy();
}, 120_000);
