/**
 * Synthetic API Gateway HTTP API (v2) events and Lambda contexts, so the bench drives the real exported handler in
 * process: it measures our code, not the offline HTTP emulator.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { apiGatewayEvent, lambdaContext } from '../lib/lambda-event';

/** The Lambda signature as the bench calls it (the Apollo integration's handler, or a bare floor handler). */
export type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export { lambdaContext };

export function graphqlEvent(token: string, body: string): APIGatewayProxyEventV2 {
  return apiGatewayEvent(body, { authorization: `Bearer ${token}` }, 'citypact-bench');
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Sends one GraphQL operation through a handler and returns its data. Any error fails the bench: timing error
 * responses would flatter the figures.
 */
export async function invokeGraphql<T>(handler: LambdaHandler, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await handler(graphqlEvent(token, JSON.stringify({ query, variables })), lambdaContext());
  const body = JSON.parse(result.body ?? '{}') as GraphQLBody<T>;
  if (result.statusCode !== 200 || body.errors?.length || !body.data) {
    const errors = body.errors?.map((error) => `${error.extensions?.code ?? '?'}: ${error.message}`).join('; ');
    throw new Error(`GraphQL request failed (HTTP ${result.statusCode}): ${errors ?? result.body}`);
  }
  return body.data;
}
