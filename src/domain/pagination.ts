import { BadInputError } from './errors';

export interface PageRequest {
  first: number;
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  /** Cursor of the last item returned; pass it as `after` for the next page. */
  endCursor: string | null;
}

/** Validates list arguments: a page holds between 1 and `max` items. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, max: number, fallback = 20): PageRequest {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new BadInputError(`Ask for between 1 and ${max} items per page (got ${size}).`);
  }
  return { first: size, after: after ?? null };
}
