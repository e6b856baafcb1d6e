import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { Lexer, Source, TokenKind } from 'graphql';
import type { ErrorCode } from './domain/errors';
import { LIMITS } from './limits';

/**
 * Requests refused before Apollo Server sees them, each answered like every other error of the API: a JSON body
 * `{ errors: [{ message, extensions: { code } }] }` with the HTTP status that names the mistake.
 */
export function errorResult(
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const entry = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

/**
 * The event as Apollo Server reads a request. Header names are case-insensitive (`HeaderMap` lowers them), and so is
 * the media type: the body is parsed as JSON whenever the content type is JSON, whatever its letter case.
 * Only called after `refuseMalformedRequest`, so the body is JSON text.
 */
export function graphqlRequestOf(event: APIGatewayProxyEventV2): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(event.headers ?? {})) headers.set(key, value ?? '');
  const text = event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8').toString('utf8') : '';
  return {
    method: event.requestContext.http.method.toUpperCase(),
    headers,
    search: event.rawQueryString ?? '',
    body: text && JSON_MEDIA_TYPE.test(headers.get('content-type') ?? '') ? (JSON.parse(text) as unknown) : text,
  };
}

/** Apollo Server's answer as API Gateway returns it. Only complete bodies: the API has no incremental delivery. */
export function lambdaResultOf({ status, headers, body }: HTTPGraphQLResponse): APIGatewayProxyStructuredResultV2 {
  if (body.kind !== 'complete') throw new Error('Apollo Server answered with an incremental body, which is not served');
  return {
    statusCode: status ?? 200,
    headers: {
      // Answers are per caller and never cached (no schema field carries a cache hint).
      'cache-control': 'no-store',
      ...Object.fromEntries(headers),
      'content-length': String(Buffer.byteLength(body.string)),
    },
    body: body.string,
  };
}

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/** True when the query has more lexical tokens than `max`; a query that does not lex is left to the parser to report. */
function exceedsTokenLimit(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > max) return true;
    }
  } catch {
    return false;
  }
  return false;
}

/**
 * The transport rules, checked in the order a client would fix them: POST (405), a JSON body (415, then 400 when it
 * does not parse), its size (413) and the query's length in tokens (400). The tokens are counted here rather than by
 * GraphQL Armor, whose token check runs inside a parsing hook and so turns an over-long query into an HTTP 500.
 */
export async function refuseMalformedRequest(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2 | undefined> {
  const method = event.requestContext.http.method.toUpperCase();
  if (method !== 'POST') {
    return errorResult(405, 'BAD_USER_INPUT', `The GraphQL endpoint accepts POST requests only (got ${method}).`, {
      allow: 'POST',
    });
  }
  const contentType = header(event, 'content-type');
  if (!contentType || !JSON_MEDIA_TYPE.test(contentType)) {
    return errorResult(
      415,
      'BAD_USER_INPUT',
      `Send the request as JSON, with the header "Content-Type: application/json" (got ${contentType ? `"${contentType}"` : 'none'}).`,
    );
  }
  const body = event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  if (body.byteLength > LIMITS.maxBodyBytes) {
    return errorResult(
      413,
      'BAD_USER_INPUT',
      `The request is ${body.byteLength} bytes; the limit is ${LIMITS.maxBodyBytes} bytes. Send a smaller query or fewer variables.`,
    );
  }
  const noQuery = 'The request has no query. Send { "query": "...", "variables": { ... } }.';
  if (body.byteLength === 0) return errorResult(400, 'BAD_USER_INPUT', noQuery);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    return errorResult(
      400,
      'BAD_USER_INPUT',
      `The request body is not valid JSON (${(error as Error).message}). Send { "query": "...", "variables": { ... } }.`,
    );
  }
  // An array is a batch, which Apollo Server refuses in its own words.
  if (typeof parsed !== 'object' || parsed === null || (!Array.isArray(parsed) && Object.keys(parsed).length === 0)) {
    return errorResult(400, 'BAD_USER_INPUT', noQuery);
  }
  const query = (parsed as { query?: unknown } | null)?.query;
  if (typeof query === 'string' && exceedsTokenLimit(query, LIMITS.maxTokens)) {
    return errorResult(
      400,
      'BAD_USER_INPUT',
      `Token limit of ${LIMITS.maxTokens} exceeded: the query has more than ${LIMITS.maxTokens} names, values and punctuation marks. Send a shorter query.`,
    );
  }
  return undefined;
}
