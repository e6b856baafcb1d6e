/**
 * A read's replay floor: the DynamoDB calls one request of the read made, recorded as they went out and sent again
 * through a bare client, one after another, with nothing of the app around them. Timed beside the read, it says how
 * much of the read's time is the database's: when both grow with history by the same factor, the growth is the
 * database's (DynamoDB Local's Query time grows with the partition's size), not the app's.
 */
import * as dynamodb from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface RecordedCall {
  command: string;
  input: object;
}

export interface CommandRecorder {
  /** The calls `request` makes through the recorded clients, in the order they went out. */
  record(request: () => Promise<unknown>): Promise<RecordedCall[]>;
}

export function recordCommands(clients: readonly DynamoDBClient[]): CommandRecorder {
  let recording: RecordedCall[] | undefined;
  for (const client of clients)
    client.middlewareStack.add(
      (next, context) => async (args) => {
        // At the build step the Document client's marshalling is done: the input is what the base client sends.
        recording?.push({ command: context.commandName ?? 'unknown', input: structuredClone(args.input) });
        return next(args);
      },
      { step: 'build', name: 'citypactCommandRecorder', override: true },
    );
  return {
    async record(request) {
      recording = [];
      try {
        await request();
        return recording;
      } finally {
        recording = undefined;
      }
    },
  };
}

type CommandClass = new (input: object) => Parameters<DynamoDBClient['send']>[0];

/** Sends the recorded calls again through `client`, sequentially; resolves to how many were sent. */
export function replay(client: DynamoDBClient, calls: readonly RecordedCall[]): () => Promise<number> {
  const commands = calls.map(({ command, input }) => {
    const Command = (dynamodb as unknown as Record<string, CommandClass | undefined>)[command];
    if (!Command) throw new Error(`Cannot replay ${command}: not a DynamoDB command`);
    return { Command, input };
  });
  return async () => {
    for (const { Command, input } of commands) await client.send(new Command(input));
    return commands.length;
  };
}
