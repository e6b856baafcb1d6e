import { pageRequest, type Page, type PageRequest } from '../domain/pagination';
import { LIMITS } from '../limits';

/** List arguments as every connection field takes them. */
export function pageArgs(args: { first?: number | null; after?: string | null }): PageRequest {
  return pageRequest(args.first, args.after, LIMITS.maxPageSize);
}

export function toConnection<T>(page: Page<T>): { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  return { nodes: page.items, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}
