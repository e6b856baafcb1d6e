/**
 * ElectroDB lower-cases key values, so a read by `CLUSTER-YRD` finds the item stored as `cluster-yrd`, while the rest
 * of the system (authorization, ledger lines, references) compares ids as strings. Ids are therefore compared exactly
 * as stored, here, at the one boundary every read by key passes: a record whose key attributes are not spelled
 * exactly as asked is treated as absent (the caller answers NOT_FOUND). Stored keys keep their lower-case form, so
 * existing data stays readable.
 */
export function exactly<T extends object>(
  asked: Partial<Record<keyof T, unknown>>,
  item: T | null | undefined,
): T | undefined {
  if (!item) return undefined;
  for (const [name, value] of Object.entries(asked)) {
    if (typeof value === 'string' && (item as Record<string, unknown>)[name] !== value) return undefined;
  }
  return item;
}

/** The items of a keyed query whose key attributes are spelled exactly as asked (see `exactly`). */
export function onlyExact<T extends object>(asked: Partial<Record<keyof T, unknown>>, items: readonly T[]): T[] {
  return items.filter((item) => exactly(asked, item) !== undefined);
}

/**
 * The key ElectroDB writes for a value: two ids that differ only in letter case share it. Used to ask DynamoDB for
 * each stored key once (a BatchGetItem naming one key twice is refused as a whole).
 */
export function storedKeyOf(id: string): string {
  return id.toLowerCase();
}
