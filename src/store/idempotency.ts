import { ConflictError } from '../domain/errors';
import { IdempotencyEntity } from './entities';

/** How long a create's idempotency key is remembered: long enough for any client retry, short enough to expire. */
const RETENTION_SECONDS = 7 * 24 * 3600;

export function idempotencyItem(scope: string, key: string, resultId: string, at: string) {
  return { scope, key, resultId, expiresAt: Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS };
}

/** The id a previous create with this key produced, if any (consistent read: a retry right after must see it). */
export async function previousResult(scope: string, key: string): Promise<string | undefined> {
  const { data } = await IdempotencyEntity.get({ scope, key }).go({ consistent: true });
  return data?.resultId;
}

export type IdempotencyRecord = ReturnType<typeof idempotencyItem>;

/**
 * The create-once protocol shared by every create that takes an idempotency key: answer a retry with what the first
 * call created; otherwise write (the key record joins the creating transaction, so a parallel retry loses the race)
 * and, if the write lost to a parallel retry, answer with that retry's result.
 */
export async function createOnce<T>(options: {
  key: { scope: string; key: string } | undefined;
  resultId: string;
  at: string;
  read: (id: string) => Promise<T | undefined>;
  write: (record: IdempotencyRecord | undefined) => Promise<{ canceled: boolean }>;
  created: T;
  conflictMessage: string;
}): Promise<T> {
  const { key } = options;
  const previousOf = async () => {
    const previous = key ? await previousResult(key.scope, key.key) : undefined;
    return previous ? options.read(previous) : undefined;
  };
  const earlier = await previousOf();
  if (earlier) return earlier;
  const result = await options.write(key ? idempotencyItem(key.scope, key.key, options.resultId, options.at) : undefined);
  if (!result.canceled) return options.created;
  const winner = await previousOf();
  if (winner) return winner;
  throw new ConflictError(options.conflictMessage);
}
