import { createHash } from 'node:crypto';
import { LIMITS } from '../limits';
import { BadInputError } from './errors';

/**
 * A create or change made with an idempotency key: the key exactly as sent (case matters) and a fingerprint of what
 * was asked, so a retry with the same content gets the first result and the same key with other content is refused.
 */
export interface IdempotentRequest {
  key: string;
  fingerprint: string;
}

/** The request behind an optional idempotency key (none when no key is sent), refusing an over-long key. */
export function idempotentRequest(key: string | null | undefined, content: object): IdempotentRequest | undefined {
  if (key === null || key === undefined || key === '') return undefined;
  if (key.length > LIMITS.maxIdempotencyKeyLength) {
    throw new BadInputError(
      `The idempotency key is ${key.length} characters long; the limit is ${LIMITS.maxIdempotencyKeyLength}.`,
      {
        field: 'idempotencyKey',
        limit: LIMITS.maxIdempotencyKeyLength,
      },
    );
  }
  return { key, fingerprint: fingerprintOf(content) };
}

/**
 * Who a key belongs to: the operation, what it creates under (a cluster, or the request an offer answers) and the
 * caller. Two callers, or one caller in two clusters, may use the same key without meeting. Key records are found by a
 * hash of this scope, so its format never changes.
 */
export function idempotencyScope(operation: string, ownerId: string, actorId: string): string {
  return `${operation}:${ownerId}:${actorId}`;
}

/**
 * SHA-256 of the canonical JSON of a request's content: object keys sorted, absent and null fields alike left out
 * (GraphQL treats an omitted optional field and an explicit null the same), the idempotency key itself excluded.
 */
export function fingerprintOf(content: object): string {
  const { idempotencyKey: _key, ...rest } = content as Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== null && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${fields.map(([name, field]) => `${JSON.stringify(name)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
