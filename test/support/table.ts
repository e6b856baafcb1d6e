import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../src/store/admin';
import { seedDemoData } from '../../scripts/seed';

/** Creates this test file's own table and seeds the demo clusters (call in beforeAll). */
export async function freshTableWithDemoData(): Promise<void> {
  const client = new DynamoDBClient({
    endpoint: process.env.DYNAMODB_ENDPOINT,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(client, process.env.TABLE_NAME!);
  client.destroy();
  await seedDemoData();
}
