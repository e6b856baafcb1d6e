import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { RequestContext } from './context';
import { CityPactError, type ErrorCode } from './domain/errors';
import { typeDefs } from './generated/schema';
import { LIMITS } from './limits';
import { logger } from './logger';
import { resolvers } from './resolvers';

const CLIENT_CODES: ReadonlySet<ErrorCode> = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

// Apollo's own codes for requests the client got wrong (unparsable, invalid against the schema, over a limit,
// bad variables). Clients see our one code for all of them; the message says what to fix.
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side and your request was not completed. Try again; if it keeps happening, give the support desk the request id.';

/** The one mapping point from anything thrown to what a client sees. Unknown errors are masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof CityPactError && CLIENT_CODES.has(original.code)) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { ...original.details, code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (CLIENT_CODES.has(code as ErrorCode) || APOLLO_CLIENT_CODES.has(code))) {
    const clientCode = CLIENT_CODES.has(code as ErrorCode) ? code : 'BAD_USER_INPUT';
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: clientCode } };
  }
  return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Logs what was masked, with the request id, and hands that id to the client so support can find the log line. */
const internalErrorPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (formatError({ message: error.message, extensions: error.extensions }, error).extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
          logger.error('Request failed with an internal error', {
            requestId: contextValue?.requestId,
            path: error.path?.join('.'),
            error: unwrapResolverError(error) as Error,
          });
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !contextValue?.requestId) return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
      },
    };
  },
};

const armor = new ApolloArmor({
  maxDepth: { n: LIMITS.maxDepth },
  costLimit: { maxCost: LIMITS.maxCost },
  maxAliases: { n: LIMITS.maxAliases },
  maxDirectives: { n: LIMITS.maxDirectives },
  maxTokens: { n: LIMITS.maxTokens },
  blockFieldSuggestion: { enabled: true },
});

export function createServer(): ApolloServer<RequestContext> {
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    ...protection,
    plugins: [...protection.plugins, internalErrorPlugin],
    // Lambda does not set NODE_ENV: without this, stack traces would reach clients.
    includeStacktraceInErrorResponses: false,
    // The schema is the published contract (docs/API.md); every request is authenticated anyway.
    introspection: true,
    formatError,
  });
}

/** For the context function: a refusal before any resolver runs, with the HTTP status a client expects. */
export function toHttpError(error: unknown): GraphQLError | unknown {
  if (error instanceof CityPactError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
    return new GraphQLError(error.message, {
      extensions: { code: error.code, http: { status: error.code === 'UNAUTHENTICATED' ? 401 : 403, headers: new Map(error.code === 'UNAUTHENTICATED' ? [['www-authenticate', 'Bearer']] : []) } },
    });
  }
  return error;
}
