import { BadInputError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';

const INVALID_CURSOR =
  'This page link is not valid for this list (it may belong to another list or be damaged). Start again from the first page.';

/**
 * Wraps a store cursor with the list it belongs to, so a cursor from one list (or cluster) is refused on another
 * instead of reaching DynamoDB as someone else's ExclusiveStartKey.
 */
export function encodeCursor(scope: string, inner: string): string {
  return Buffer.from(JSON.stringify({ s: scope, c: inner }), 'utf8').toString('base64url');
}

export function decodeCursor(scope: string, cursor: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s?: unknown; c?: unknown };
    if (parsed.s === scope && typeof parsed.c === 'string') return parsed.c;
  } catch {
    // fall through: any undecodable cursor gets the same answer
  }
  throw new BadInputError(INVALID_CURSOR);
}

/**
 * What a page query passes to ElectroDB's `go`: `count` items at most, and the same DynamoDB `Limit` per request, so
 * a query never reads a whole 1 MB range to return a page (ElectroDB's `count` alone sets no Limit; with a filter
 * it keeps requesting until `count` items matched).
 */
export interface PageQueryOptions {
  count: number;
  limit: number;
  cursor: string | null;
}

/**
 * Reads one page with an exact `hasNextPage`: asks the store for one item more than the page holds and, when it
 * exists, ends the page on the last item returned.
 */
export async function readPage<T>(
  scope: string,
  page: PageRequest,
  query: (options: PageQueryOptions) => Promise<{ data: T[] }>,
  cursorOf: (item: T) => string,
): Promise<Page<T>> {
  const cursor = page.after ? decodeCursor(scope, page.after) : null;
  let data: T[];
  try {
    ({ data } = await query({ count: page.first + 1, limit: page.first + 1, cursor }));
  } catch (error) {
    // A well-formed wrapper around a forged key: DynamoDB rejects it as outside the query's key range.
    if (cursor && isRejectedStartKey(error)) throw new BadInputError(INVALID_CURSOR);
    throw error;
  }
  const items = data.slice(0, page.first);
  const last = items[items.length - 1];
  return {
    items,
    hasNextPage: data.length > page.first,
    endCursor: last === undefined ? null : encodeCursor(scope, cursorOf(last)),
  };
}

function isRejectedStartKey(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? '';
  return name === 'ValidationException' || name === 'ElectroError';
}

/** Pages through a short, already-ordered list of ids held in memory (e.g. the clusters in a caller's scope). */
export function pageOfIds(scope: string, ids: readonly string[], page: PageRequest): Page<string> {
  const start = page.after ? ids.indexOf(decodeCursor(scope, page.after)) + 1 : 0;
  if (page.after && start === 0) throw new BadInputError(INVALID_CURSOR);
  const items = ids.slice(start, start + page.first);
  const last = items[items.length - 1];
  return {
    items,
    hasNextPage: start + page.first < ids.length,
    endCursor: last === undefined ? null : encodeCursor(scope, last),
  };
}
