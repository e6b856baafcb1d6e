import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { RequestContext } from './context';
import { CityPactError, type ErrorCode } from './domain/errors';
import { executableSchema, unpackSchemaDocument } from './executable-schema';
import { packedSchemaDocument } from './generated/schema';
import { inputChecksPlugin } from './input-checks';
import { LIMITS } from './limits';
import { logger } from './logger';
import { resolvers } from './resolvers';
import { pageSizeErrors, pageSizeRule } from './resolvers/connection';

const CLIENT_CODES: ReadonlySet<ErrorCode> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
]);

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
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...original.details, code: original.code },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (CLIENT_CODES.has(code as ErrorCode) || APOLLO_CLIENT_CODES.has(code))) {
    const clientCode = CLIENT_CODES.has(code as ErrorCode) ? code : 'BAD_USER_INPUT';
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: clientCode },
    };
  }
  return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

const isInternal = (formatted: GraphQLFormattedError): boolean =>
  formatted.extensions?.code === 'INTERNAL_SERVER_ERROR';

/** The log line of a request that failed on our side: at ERROR, so the internal-errors alarm counts it (src/internal-errors.ts). */
export function logInternalError(error: unknown, where: { requestId?: string; path?: string }): void {
  logger.error('Request failed with an internal error', { ...where, error: error as Error });
}

/**
 * Logs what was masked, with the request id, and hands that id to the client so support can find the log line.
 * Sets the status of answers that carry nothing but internal errors (see docs/ARCHITECTURE.md, "Errors").
 */
const internalErrorPlugin: ApolloServerPlugin<RequestContext> = {
  async contextCreationDidFail({ error }) {
    if (
      isInternal(
        formatError({ message: error.message, extensions: (error as Partial<GraphQLError>).extensions }, error),
      )
    )
      logInternalError(error, {});
  },
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isInternal(formatError({ message: error.message, extensions: error.extensions }, error))) continue;
          logInternalError(unwrapResolverError(error), {
            requestId: contextValue?.requestId,
            path: error.path?.join('.'),
          });
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const { data, errors = [] } = response.body.singleResult;
        for (const error of errors) {
          if (isInternal(error) && contextValue?.requestId)
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        }
        if (errors.length === 0) return;
        if (errors.every(isInternal)) {
          // Nothing was answered and the fault is ours. Partial data stays 200, as GraphQL over HTTP requires.
          if (data === undefined || data === null) response.http.status = 500;
        } else if (!errors.some(isInternal) && (response.http.status ?? 500) >= 500) {
          // A request refused for a client mistake is never an HTTP 5xx, whichever stage refused it.
          response.http.status = 400;
        }
      },
    };
  },
};

/** Armor's limit messages, without the "Syntax Error:" it puts in front of them: they are limits, not syntax. */
function reportLimit(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error:\s*/, ''), { extensions: { code: 'BAD_USER_INPUT' } }),
  );
}
const limit = { propagateOnRejection: false, onReject: [reportLimit] };

const armor = new ApolloArmor({
  maxDepth: { n: LIMITS.maxDepth, ...limit },
  costLimit: {
    maxCost: LIMITS.maxCost,
    propagateOnRejection: false,
    // The cost grows with every `first`, so `first: 1000` would read as a cost problem: the page-size rule names it.
    onReject: [
      (context, error) =>
        context &&
        pageSizeErrors(context.getSchema(), context.getDocument()).length === 0 &&
        reportLimit(context, error),
    ],
  },
  maxAliases: { n: LIMITS.maxAliases, ...limit },
  maxDirectives: { n: LIMITS.maxDirectives, ...limit },
  // Counted before Apollo Server parses the request (src/http.ts): Armor counts inside a parsing hook, where a
  // refusal becomes an HTTP 500.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
});

export function createServer(): ApolloServer<RequestContext> {
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema: executableSchema(unpackSchemaDocument(packedSchemaDocument), resolvers),
    ...protection,
    validationRules: [pageSizeRule, ...protection.validationRules],
    plugins: [
      ...protection.plugins,
      internalErrorPlugin,
      inputChecksPlugin,
      // Apollo Server loads these features on demand; the bundle leaves them out (NEVER_LOADED_MODULES in
      // infra/bundling.ts says why each is unused), so they are switched off here, where Apollo would otherwise load
      // them (an APOLLO_KEY in the environment would even turn usage reporting on).
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Apollo's own failures (start-up, an unexpected error in its pipeline) are logged as JSON at ERROR like ours.
    logger: {
      debug: (message) => logger.debug(String(message)),
      info: (message) => logger.info(String(message)),
      warn: (message) => logger.warn(String(message)),
      error: (message) => logger.error(String(message)),
    },
    // Never left to NODE_ENV (production on the functions, unset offline): stack traces must not reach clients.
    includeStacktraceInErrorResponses: false,
    // The schema is the published contract (docs/API.md); every request is authenticated anyway.
    introspection: true,
    formatError,
  });
}

/** For the context function: a refusal before any resolver runs, with the HTTP status a client expects. */
export function toHttpError(error: unknown): unknown {
  if (error instanceof CityPactError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
    return new GraphQLError(error.message, {
      extensions: {
        code: error.code,
        http: {
          status: error.code === 'UNAUTHENTICATED' ? 401 : 403,
          headers: new Map(error.code === 'UNAUTHENTICATED' ? [['www-authenticate', 'Bearer']] : []),
        },
      },
    });
  }
  return error;
}
