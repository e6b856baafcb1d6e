import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { testClock } from './clock';
import { freshTable } from './table';

const local = {
  endpoint: process.env.DYNAMODB_ENDPOINT,
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

type Reader = import('../../src/notifications/stream-reader').StreamReader;
let reader: Promise<Reader> | undefined;

/**
 * Delivers every announcement written to this test file's table since the last call, through the real dispatcher
 * reading the table's stream (what the dispatcher Lambda does in AWS and `npm start` does locally). Returns how many
 * announcements and new notifications it handled.
 */
export async function deliverAnnouncements(): Promise<{ announcements: number; delivered: number }> {
  // Imported lazily so per-file-env.ts has set the environment the store's config reads at load.
  const { dispatchStreamRecords } = await import('../../src/notifications/dispatcher');
  const { StreamReader } = await import('../../src/notifications/stream-reader');
  reader ??= (async () => {
    await freshTable();
    const dynamo = new DynamoDBClient(local);
    try {
      const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: process.env.TABLE_NAME }));
      return new StreamReader(new DynamoDBStreamsClient(local), Table!.LatestStreamArn!);
    } finally {
      dynamo.destroy();
    }
  })();
  const total = { announcements: 0, delivered: 0 };
  await (
    await reader
  ).drain(async (records) => {
    const result = await dispatchStreamRecords(records, testClock.now);
    total.announcements += result.announcements;
    total.delivered += result.delivered;
  });
  return total;
}
