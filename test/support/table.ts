import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../src/store/admin';
import { seedDemoData } from '../../scripts/seed';

let table: Promise<void> | undefined;

/** Creates this test file's own table, once however often it is asked (the cluster builders ask on every build). */
export function freshTable(): Promise<void> {
  table ??= (async () => {
    const client = new DynamoDBClient({
      endpoint: process.env.DYNAMODB_ENDPOINT,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    try {
      await ensureTable(client, process.env.TABLE_NAME!);
    } finally {
      client.destroy();
    }
  })();
  return table;
}

/** Creates this test file's own table and seeds the demo clusters (call in beforeAll). */
export async function freshTableWithDemoData(): Promise<void> {
  await freshTable();
  await seedDemoData();
}
