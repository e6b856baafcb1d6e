import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface CallCounter {
  total: number;
  byCommand: Record<string, number>;
  reset(): void;
}

/** Counts DynamoDB calls made through a client (SDK middleware); used by tests and `npm run bench`. */
/** Counts the calls of one client, or of several into one counter (the app reads kept totals on a client of its own). */
export function countDynamoCalls(clients: DynamoDBClient | readonly DynamoDBClient[]): CallCounter {
  const counter: CallCounter = {
    total: 0,
    byCommand: {},
    reset() {
      counter.total = 0;
      counter.byCommand = {};
    },
  };
  for (const client of clients instanceof DynamoDBClient ? [clients] : clients) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = context.commandName ?? 'unknown';
        counter.total += 1;
        counter.byCommand[command] = (counter.byCommand[command] ?? 0) + 1;
        return next(args);
      },
      { step: 'initialize', name: 'citypactCallCounter', override: true },
    );
  }
  return counter;
}
