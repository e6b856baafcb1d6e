import { storedKeyOf } from './exact';

const BATCH_GET_LIMIT = 100;
const MAX_ROUNDS = 5;

/**
 * Batch-gets items by id (BatchGetItem, 100 keys a call), retries the keys DynamoDB left unprocessed, and returns
 * the results in the order of the ids, `undefined` for missing ones (DataLoader's contract). Results are matched to
 * the ids exactly as stored (see exact.ts): an id that differs from the stored one only in letter case is missing.
 */
export async function batchGetByIds<K extends string, T extends Record<K, string>>(
  ids: readonly string[],
  idField: K,
  fetch: (ids: string[]) => Promise<{ data: T[]; unprocessed: ReadonlyArray<Partial<Record<K, string>>> }>,
): Promise<(T | undefined)[]> {
  const found = new Map<string, T>();
  // One request per stored key: ids that differ only in case name the same key, and DynamoDB refuses duplicates.
  const unique = [...new Map(ids.map((id) => [storedKeyOf(id), id])).values()];
  for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
    let pending = unique.slice(start, start + BATCH_GET_LIMIT);
    for (let round = 1; pending.length > 0; round++) {
      if (round > MAX_ROUNDS)
        throw new Error(`DynamoDB left ${pending.length} keys unprocessed after ${MAX_ROUNDS} rounds`);
      const { data, unprocessed } = await fetch(pending);
      for (const item of data) found.set(item[idField], item);
      pending = unprocessed.map((key) => key[idField]).filter((id): id is string => typeof id === 'string');
    }
  }
  return ids.map((id) => found.get(id));
}
