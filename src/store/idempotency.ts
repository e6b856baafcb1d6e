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
