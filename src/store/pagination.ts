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
 * What a page query passes to ElectroDB's `go`: one DynamoDB request (`pages: 1`) examining at most `limit` items,
 * from `cursor`. ElectroDB's `count` is never used: with a filter it keeps requesting, `Limit` items at a time, until
 * enough items matched, so a page of rare matches cost one round trip per `Limit` items examined, without bound.
 */
export interface PageQueryOptions {
  limit: number;
  pages: 1;
  cursor: string | null;
  /**
   * DynamoDB's own error when the request fails, not ElectroDB's wrapper: the wrapper is built (with its stack trace)
   * before every request in case one fails, a tenth of a millisecond of each page. `isRejectedStartKey` knows both.
   */
  originalErr: true;
}

/** Round trips one page may take at most; a filtered page that has not found enough matches by then ends short. */
export const MAX_PAGE_ROUNDS = 4;
/** How much more each round examines than the one before, up to `MAX_ITEMS_PER_ROUND`. */
const ROUND_GROWTH = 8;
/** DynamoDB reads at most 1 MB per request anyway; CityPact's items are about 1 kB. */
const MAX_ITEMS_PER_ROUND = 1000;

/**
 * Reads one page with an exact `hasNextPage`, in at most `MAX_PAGE_ROUNDS` DynamoDB requests whatever the filter.
 * The first request examines one item more than the page holds: without a filter (or with one most items pass) that
 * is the whole page in one request, as before. Each further request, needed only while a filter drops items,
 * examines `ROUND_GROWTH` times more, so matches far apart are reached in a few requests rather than one per
 * `first + 1` items. If the rounds end before the page is full, the page is returned short (possibly empty) with
 * `hasNextPage` and an `endCursor` where reading stopped: a list never loses an item, and no page's cost is unbounded.
 */
export async function readPage<T>(
  scope: string,
  page: PageRequest,
  query: (options: PageQueryOptions) => Promise<{ data: T[]; cursor: string | null }>,
  cursorOf: (item: T) => string,
): Promise<Page<T>> {
  let cursor = page.after ? decodeCursor(scope, page.after) : null;
  const found: T[] = [];
  let limit = page.first + 1;
  for (let round = 1; round <= MAX_PAGE_ROUNDS; round++) {
    let result: { data: T[]; cursor: string | null };
    try {
      result = await query({ limit, pages: 1, cursor, originalErr: true });
    } catch (error) {
      // A well-formed wrapper around a forged key: DynamoDB rejects it as outside the query's key range.
      if (round === 1 && cursor && isRejectedStartKey(error)) throw new BadInputError(INVALID_CURSOR);
      throw error;
    }
    found.push(...result.data);
    cursor = result.cursor;
    if (found.length > page.first || cursor === null) break;
    limit = Math.min(limit * ROUND_GROWTH, MAX_ITEMS_PER_ROUND);
  }
  const items = found.slice(0, page.first);
  const last = items[items.length - 1];
  const stoppedAt = cursor;
  // Encoded when asked for (a page that shows no cursor costs none): a full page goes on after its last item; a page
  // holding everything read goes on exactly where reading stopped, if it did before the end.
  const endCursor = (): string | null =>
    found.length <= page.first && stoppedAt !== null
      ? encodeCursor(scope, stoppedAt)
      : last === undefined
        ? null
        : encodeCursor(scope, cursorOf(last));
  return {
    items,
    hasNextPage: found.length > page.first || stoppedAt !== null,
    get endCursor() {
      return endCursor();
    },
  };
}

function isRejectedStartKey(error: unknown): boolean {
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  // With `originalErr`, a cursor ElectroDB cannot decode fails as a plain Error before any request is made.
  return name === 'ValidationException' || name === 'ElectroError' || message.startsWith('Unable to parse cursor');
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
