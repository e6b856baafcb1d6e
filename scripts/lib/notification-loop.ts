import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { StreamPositions } from '../../src/notifications/stream-reader';

/** How often the local loop looks for new stream records: deliveries arrive within about this long. */
export const LOCAL_DISPATCH_INTERVAL_MS = 500;

/**
 * `npm start`'s stand-in for the dispatcher's event-source mapping: reads DynamoDB Local's stream of the table, every
 * shard from where it last was (kept in `positionsFile`, so a restart goes on from there), and hands the records to the
 * same dispatcher code the Lambda runs. Returns a function that stops it.
 */
export async function startNotificationLoop(endpoint: string, tableName: string, positionsFile: string) {
  const local = { endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  // Loaded only now: the store reads its configuration at module load.
  const { dispatchStreamRecords } = await import('../../src/notifications/dispatcher');
  const { StreamReader } = await import('../../src/notifications/stream-reader');
  const dynamo = new DynamoDBClient(local);
  const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
  dynamo.destroy();
  const saved = existsSync(positionsFile)
    ? (JSON.parse(readFileSync(positionsFile, 'utf8')) as { streamArn?: string; positions?: StreamPositions })
    : {};
  const streamArn = Table!.LatestStreamArn!;
  const reader = new StreamReader(
    new DynamoDBStreamsClient(local),
    streamArn,
    saved.streamArn === streamArn ? (saved.positions ?? {}) : {},
  );
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      const read = await reader.drain((records) => dispatchStreamRecords(records));
      if (read) writeFileSync(positionsFile, JSON.stringify({ streamArn, positions: reader.positions }, null, 2));
    } catch (error) {
      console.error(
        'Delivering notifications failed (retried shortly):',
        error instanceof Error ? error.message : error,
      );
    }
    if (!stopped) timer = setTimeout(() => void tick(), LOCAL_DISPATCH_INTERVAL_MS).unref();
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
