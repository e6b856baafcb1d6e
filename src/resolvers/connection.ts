import {
  getNamedType,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { pageRequest, pageSizeProblem, type Page, type PageRequest } from '../domain/pagination';
import { LIMITS } from '../limits';

/** List arguments as every connection field takes them. */
export function pageArgs(args: { first?: number | null; after?: string | null }): PageRequest {
  return pageRequest(args.first, args.after, LIMITS.maxPageSize);
}

export function toConnection<T>(page: Page<T>): {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
} {
  return {
    nodes: page.items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      // Read only when the query asks for it: a store page may encode its cursor lazily.
      get endCursor() {
        return page.endCursor;
      },
    },
  };
}

/**
 * The page-size rule applied to page sizes written into the query (`cities(first: 1000)`), so they are refused
 * before anything runs, naming the rule. A size passed as a variable is checked by `pageArgs` when the field resolves.
 */
export function pageSizeErrors(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(argument) {
        const field = typeInfo.getFieldDef();
        if (argument.name.value !== 'first' || argument.value.kind !== Kind.INT || !field) return;
        if (!getNamedType(field.type).name.endsWith('Connection')) return;
        const problem = pageSizeProblem(Number(argument.value.value), LIMITS.maxPageSize);
        if (problem)
          errors.push(
            new GraphQLError(`${field.name}: ${problem}`, { nodes: argument, extensions: { code: 'BAD_USER_INPUT' } }),
          );
      },
    }),
  );
  return errors;
}

export const pageSizeRule: ValidationRule = (context) => ({
  Document(document) {
    for (const error of pageSizeErrors(context.getSchema(), document)) context.reportError(error);
  },
});
