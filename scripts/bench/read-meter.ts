/**
 * Measures what DynamoDB actually read, not just how many calls were made: a Query can be one call and still read a
 * whole 1 MB page. Asks for ConsumedCapacity on every read (adds a few response bytes, nothing else) and tallies
 * read capacity units and items read (ScannedCount for Query/Scan, items returned for GetItem/BatchGetItem).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface ReadMeter {
  capacityUnits: number;
  itemsRead: number;
  reset(): void;
}

const READ_COMMANDS = new Set(['QueryCommand', 'ScanCommand', 'GetItemCommand', 'BatchGetItemCommand']);

interface ReadInput {
  ReturnConsumedCapacity?: 'TOTAL' | 'INDEXES' | 'NONE';
}

interface ReadOutput {
  ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }>;
  ScannedCount?: number;
  Item?: unknown;
  Responses?: Record<string, unknown[]>;
}

function capacityOf(output: ReadOutput): number {
  const consumed = output.ConsumedCapacity;
  if (!consumed) return 0;
  return (Array.isArray(consumed) ? consumed : [consumed]).reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
}

function itemsReadBy(output: ReadOutput): number {
  if (output.ScannedCount !== undefined) return output.ScannedCount;
  if (output.Responses) return Object.values(output.Responses).reduce((sum, items) => sum + items.length, 0);
  return output.Item ? 1 : 0;
}

export function meterReads(clients: DynamoDBClient | readonly DynamoDBClient[]): ReadMeter {
  const meter: ReadMeter = {
    capacityUnits: 0,
    itemsRead: 0,
    reset() {
      meter.capacityUnits = 0;
      meter.itemsRead = 0;
    },
  };
  for (const client of clients instanceof DynamoDBClient ? [clients] : clients) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (!READ_COMMANDS.has(context.commandName ?? '')) return next(args);
        (args.input as ReadInput).ReturnConsumedCapacity = 'TOTAL';
        const result = await next(args);
        const output = result.output as ReadOutput;
        meter.capacityUnits += capacityOf(output);
        meter.itemsRead += itemsReadBy(output);
        return result;
      },
      { step: 'initialize', name: 'citypactBenchReadMeter', override: true },
    );
  }
  return meter;
}
