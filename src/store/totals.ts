import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';
import { exactDocumentClient } from './client';

/**
 * Totals kept on write (what the fund holds, each party's net position, what a claim's payers still owe...) live in
 * the same table as the records they sum, under keys no ElectroDB entity uses, and are changed only by the kernel's
 * `adjust` step inside the transaction that writes the records. Their numbers are DynamoDB's exact decimals.
 */
export interface TotalKey {
  pk: string;
  sk: string;
}

/** A kept total as read: its exact numeric fields as bigints, its other fields as they are. */
export type Total = Record<string, unknown> & { pk: string; sk: string };

/** An exact number from a total (or a refusal's current record): absent counts as zero. */
export function exactMinor(value: unknown): bigint {
  if (value === undefined || value === null) return 0n;
  if (typeof value === 'bigint' || typeof value === 'number') return BigInt(value);
  if (typeof value === 'string') return BigInt(value);
  // A NumberValue (an exact decimal as DynamoDB keeps it).
  return BigInt((value as { value: string }).value);
}

export async function readTotals(keys: readonly TotalKey[]): Promise<Map<string, Total>> {
  const found = new Map<string, Total>();
  const unique = [...new Map(keys.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
  for (let start = 0; start < unique.length; start += 100) {
    let request: Record<string, { Keys: TotalKey[]; ConsistentRead: boolean }> | undefined = {
      [config.TABLE_NAME]: { Keys: unique.slice(start, start + 100), ConsistentRead: true },
    };
    while (request && Object.keys(request).length) {
      const result = await exactDocumentClient.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of result.Responses?.[config.TABLE_NAME] ?? []) {
        const total = item as Total;
        found.set(`${total.pk}\u0000${total.sk}`, total);
      }
      request = result.UnprocessedKeys as typeof request;
    }
  }
  return found;
}

export async function readTotal(key: TotalKey): Promise<Total | undefined> {
  return (await readTotals([key])).get(`${key.pk}\u0000${key.sk}`);
}

/** Every total of one partition whose sort key starts with `prefix` (e.g. every party's position in a cluster). */
export async function queryTotals(pk: string, prefix: string): Promise<Total[]> {
  const items: Total[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const result = await exactDocumentClient.send(
      new QueryCommand({
        TableName: config.TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...((result.Items ?? []) as Total[]));
    start = result.LastEvaluatedKey;
  } while (start);
  return items;
}
