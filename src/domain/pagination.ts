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

/** The page-size rule: a page holds between 1 and `max` items. Returns what is wrong with `size`, if anything. */
export function pageSizeProblem(size: number, max: number): string | undefined {
  if (Number.isInteger(size) && size >= 1 && size <= max) return undefined;
  return `Ask for between 1 and ${max} items per page (got ${size}).`;
}

/** Validates list arguments against the page-size rule. */
export function pageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  max: number,
  fallback = 20,
): PageRequest {
  const size = first ?? fallback;
  const problem = pageSizeProblem(size, max);
  if (problem) throw new BadInputError(problem);
  return { first: size, after: after ?? null };
}
