import { createHash } from 'node:crypto';
import type { IdempotentRequest } from '../domain/idempotency';
import { ConflictError } from '../domain/errors';
import { IdempotencyEntity } from './entities';
import { transaction, type Refusal, type WriteTransaction } from './kernel';

/** How long a create's idempotency key is remembered: long enough for any client retry, short enough to expire. */
const RETENTION_SECONDS = 7 * 24 * 3600;

/** An idempotent request within its scope (the operation, the cluster or parent record, and the caller). */
export type ScopedRequest = IdempotentRequest & { scope: string };

/**
 * The key record's key: a hash of the scope and the key exactly as sent. ElectroDB lower-cases key values and DynamoDB
 * bounds their size; a hash keeps keys that differ only in case apart and is always 64 characters.
 */
function keyHash(request: ScopedRequest): string {
  return createHash('sha256')
    .update(JSON.stringify([request.scope, request.key]))
    .digest('hex');
}

export function idempotencyItem(request: ScopedRequest, resultId: string, at: string) {
  return {
    scope: request.scope,
    key: keyHash(request),
    resultId,
    fingerprint: request.fingerprint,
    expiresAt: Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS,
  };
}

export type IdempotencyRecord = ReturnType<typeof idempotencyItem>;

/**
 * The id a previous request with this key produced, if any (consistent read: a retry right after must see it).
 * Records written before keys were hashed hold the key itself and no fingerprint; they are read too (one BatchGetItem
 * for both) until they expire, matched on the exact key.
 */
export async function previousResult(request: ScopedRequest): Promise<string | undefined> {
  const hashed = keyHash(request);
  const { data } = await IdempotencyEntity.get([
    { scope: request.scope, key: hashed },
    { scope: request.scope, key: request.key },
  ]).go({ consistent: true });
  const current = data.find((record) => record.scope === request.scope && record.key === hashed && record.fingerprint);
  if (current) {
    if (current.fingerprint !== request.fingerprint)
      throw new ConflictError(reusedKeyMessage(request.key), { idempotencyKey: request.key });
    return current.resultId;
  }
  return data.find((record) => record.scope === request.scope && record.key === request.key && !record.fingerprint)
    ?.resultId;
}

/** The refusal of a key already used for a request with other content. */
export function reusedKeyMessage(key: string): string {
  return `The idempotency key "${key}" was already used for a different request. Nothing was changed: repeat the first request exactly to get its result, or use a new key for a new request.`;
}

/** The key record was written first by a parallel retry with the same key: that retry's result is the answer. */
class LostToParallelRetry extends Error {}

/**
 * The key record as a step of the creating transaction (the first, so it is the refusal reported when a parallel
 * retry with the same key wrote it first): refused by `lost`.
 */
export function withKeyRecord(record: IdempotencyRecord, lost: Refusal): WriteTransaction {
  return transaction().create('idempotency key', IdempotencyEntity.create(record), lost);
}

interface CreateOnceOptions<T> {
  key: ScopedRequest | undefined;
  resultId: string;
  at: string;
  read: (id: string) => Promise<T | undefined>;
  created: T;
  conflictMessage: string;
}

/**
 * The create-once protocol shared by every create that takes an idempotency key: answer a retry with what the first
 * call created; refuse the same key with other content (CONFLICT); otherwise write (the key record is a `create` step
 * of the creating transaction, so a parallel retry loses the race) and, if the write lost to a parallel retry, answer
 * with that retry's result.
 *
 * `steps` adds the create's own steps to a kernel transaction that already holds the key record's. `write` is the
 * older form, for callers still sending their own ElectroDB transaction: it is given the key record to write and
 * says whether the transaction was cancelled.
 */
export async function createOnce<T>(
  options: CreateOnceOptions<T> &
    (
      | { steps: (transaction: WriteTransaction) => WriteTransaction }
      | { write: (record: IdempotencyRecord | undefined) => Promise<{ canceled: boolean }> }
    ),
): Promise<T> {
  const { key } = options;
  const previousOf = async () => {
    const previous = key ? await previousResult(key) : undefined;
    return previous ? options.read(previous) : undefined;
  };
  const earlier = await previousOf();
  if (earlier) return earlier;
  const record = key ? idempotencyItem(key, options.resultId, options.at) : undefined;
  if ('steps' in options) {
    const started = record ? withKeyRecord(record, () => new LostToParallelRetry()) : transaction();
    try {
      await options.steps(started).commit();
      return options.created;
    } catch (error) {
      if (!(error instanceof LostToParallelRetry)) throw error;
    }
  } else {
    const result = await options.write(record);
    if (!result.canceled) return options.created;
  }
  const winner = await previousOf();
  if (winner) return winner;
  throw new ConflictError(options.conflictMessage);
}
