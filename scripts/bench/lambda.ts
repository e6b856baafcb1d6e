/**
 * Synthetic API Gateway HTTP API (v2) events and Lambda contexts, so the bench drives the real exported handler in
 * process: it measures our code, not the offline HTTP emulator.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { apiGatewayEvent, lambdaContext } from '../lib/lambda-event';

/** The Lambda signature as the bench calls it (the Apollo integration's handler, or a bare floor handler). */
export type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

export { lambdaContext };

export function graphqlEvent(token: string, body: string): APIGatewayProxyEventV2 {
  return apiGatewayEvent(body, { authorization: `Bearer ${token}` }, 'citypact-bench');
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** What one operation answered: its data, or the error codes (`HTTP <status>` when there is no GraphQL error). */
export interface GraphqlOutcome<T> {
  data?: T;
  /** Empty when the operation succeeded. */
  errorCodes: string[];
  errorText: string;
}

/** Sends one GraphQL operation and reports errors instead of throwing: for runs where some errors are expected. */
export async function sendGraphql<T>(
  handler: LambdaHandler,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlOutcome<T>> {
  const result = await handler(graphqlEvent(token, JSON.stringify({ query, variables })), lambdaContext());
  const body = JSON.parse(result.body ?? '{}') as GraphQLBody<T>;
  if (result.statusCode === 200 && !body.errors?.length && body.data)
    return { data: body.data, errorCodes: [], errorText: '' };
  const errors = body.errors ?? [];
  return {
    errorCodes: errors.length ? errors.map((error) => error.extensions?.code ?? '?') : [`HTTP ${result.statusCode}`],
    errorText: `HTTP ${result.statusCode}: ${errors.length ? errors.map((error) => `${error.extensions?.code ?? '?'}: ${error.message}`).join('; ') : (result.body ?? '')}`,
  };
}

/**
 * Sends one GraphQL operation through a handler and returns its data. Any error fails the bench: timing error
 * responses would flatter the figures.
 */
export async function invokeGraphql<T>(
  handler: LambdaHandler,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const outcome = await sendGraphql<T>(handler, token, query, variables);
  if (!outcome.data) throw new Error(`GraphQL request failed (${outcome.errorText})`);
  return outcome.data;
}
