import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { OutboxStreamRecord } from './dispatcher';

/**
 * Reads a table's DynamoDB stream shard by shard, each from where it last was (the role Lambda's event-source mapping
 * plays in AWS): used by `npm start` over DynamoDB Local and by the tests. Positions are the last sequence number
 * read per shard, so a reader given the positions of an earlier run goes on from there.
 */
export type StreamPositions = Record<string, string>;

export class StreamReader {
  private readonly iterators = new Map<string, string>();
  private readonly closed = new Set<string>();

  constructor(
    private readonly client: DynamoDBStreamsClient,
    private readonly streamArn: string,
    readonly positions: StreamPositions = {},
  ) {}

  /** Hands every record written since the last call to `handle`, a batch per shard read; returns how many. */
  async drain(handle: (records: OutboxStreamRecord[]) => Promise<unknown>): Promise<number> {
    let count = 0;
    for (const shard of await this.shards()) {
      const shardId = shard.ShardId!;
      if (this.closed.has(shardId)) continue;
      for (;;) {
        const iterator = await this.iteratorOf(shardId);
        let result;
        try {
          result = await this.client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        } catch (error) {
          if (!(error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException)) throw error;
          this.iterators.delete(shardId);
          if (error instanceof TrimmedDataAccessException) delete this.positions[shardId];
          continue;
        }
        const records = result.Records ?? [];
        if (records.length) {
          await handle(records);
          count += records.length;
          this.positions[shardId] = records.at(-1)!.dynamodb!.SequenceNumber!;
        }
        if (!result.NextShardIterator) {
          this.closed.add(shardId);
          this.iterators.delete(shardId);
          break;
        }
        this.iterators.set(shardId, result.NextShardIterator);
        if (!records.length) break;
      }
    }
    return count;
  }

  private async shards(): Promise<Shard[]> {
    const shards: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await this.client.send(
        new DescribeStreamCommand({ StreamArn: this.streamArn, ExclusiveStartShardId: start }),
      );
      shards.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    // Parents first, so a key's records are handled in the order they were written across a shard split.
    return shards.sort((a, b) =>
      (a.SequenceNumberRange?.StartingSequenceNumber ?? '').localeCompare(
        b.SequenceNumberRange?.StartingSequenceNumber ?? '',
        undefined,
        { numeric: true },
      ),
    );
  }

  private async iteratorOf(shardId: string): Promise<string> {
    const known = this.iterators.get(shardId);
    if (known) return known;
    const after = this.positions[shardId];
    const from = (position: string | undefined) =>
      this.client.send(
        new GetShardIteratorCommand({
          StreamArn: this.streamArn,
          ShardId: shardId,
          ...(position
            ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: position }
            : { ShardIteratorType: 'TRIM_HORIZON' }),
        }),
      );
    let iterator: string | undefined;
    try {
      iterator = (await from(after)).ShardIterator;
    } catch (error) {
      if (!after) throw error;
      // A position the stream no longer knows (trimmed, or a stream recreated): read what it still holds. Delivering
      // an announcement again writes nothing new in an inbox.
      delete this.positions[shardId];
      iterator = (await from(undefined)).ShardIterator;
    }
    this.iterators.set(shardId, iterator!);
    return iterator!;
  }
}
