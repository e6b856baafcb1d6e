import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { apiGatewayEvent, lambdaContext } from '../../scripts/lib/lambda-event';
import { keysFromPrivatePem, signLocalToken, type LocalKeys, type TokenSubject } from '../../scripts/lib/local-auth';
import { DEMO_IDENTITIES } from '../../scripts/demo-data';
import { testClock } from './clock';

export interface GraphQLResponse<T = unknown> {
  status: number;
  headers: Record<string, unknown>;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

let keys: Promise<LocalKeys> | undefined;
const testKeys = () => (keys ??= keysFromPrivatePem(process.env.TEST_ISSUER_PRIVATE_PEM!));

/** A valid token for a subject, signed by the test issuer the handler trusts. */
export async function tokenFor(subject: TokenSubject, options?: Parameters<typeof signLocalToken>[2]): Promise<string> {
  return signLocalToken(await testKeys(), subject, options);
}

export type DemoSub = (typeof DEMO_IDENTITIES)[number]['sub'];
export async function demoToken(sub: DemoSub): Promise<string> {
  return tokenFor(DEMO_IDENTITIES.find((identity) => identity.sub === sub)!);
}

export { apiGatewayEvent, lambdaContext };

type LambdaHandler = ReturnType<(typeof import('../../src/handler'))['createLambdaHandler']>;
let handler: Promise<LambdaHandler> | undefined;

/** Sends a raw API Gateway v2 event through the real Lambda handler, reading time from the test clock. */
export async function invokeRaw(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  // Imported lazily so per-file-env.ts has set the environment the handler's config reads at load.
  handler ??= import('../../src/handler').then(({ createLambdaHandler }) => createLambdaHandler(testClock.now));
  return (await (
    await handler
  )(event, lambdaContext(), () => undefined)) as APIGatewayProxyStructuredResultV2;
}

/** The variables of a typed operation: optional when the operation declares none. */
type VariablesOf<TVariables> =
  TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables];

/**
 * A GraphQL operation through the real handler, as a client would send it. `token: null` sends no header.
 * A typed document (`graphql()` in test/, generated from schema.graphql) types both the variables and the data; a plain
 * string is for what no client should send (malformed, forbidden or generated-on-the-fly operations).
 */
export async function gql<TResult, TVariables>(
  token: string | null,
  operation: TypedDocumentNode<TResult, TVariables>,
  ...variables: VariablesOf<TVariables>
): Promise<GraphQLResponse<TResult>>;
export async function gql<T = unknown>(
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>>;
export async function gql(
  token: string | null,
  operation: string | TypedDocumentNode<unknown, unknown>,
  variables?: unknown,
): Promise<GraphQLResponse<unknown>> {
  const query = typeof operation === 'string' ? operation : print(operation);
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
  const result = await invokeRaw(apiGatewayEvent(JSON.stringify({ query, variables }), headers));
  const body = JSON.parse(result.body ?? '{}') as Pick<GraphQLResponse, 'data' | 'errors'>;
  return { status: result.statusCode ?? 200, headers: result.headers ?? {}, data: body.data, errors: body.errors };
}

/** The single error of a response; fails loudly if there is not exactly one. */
export function onlyError(response: GraphQLResponse<unknown>): {
  message: string;
  code: string;
  extensions: Record<string, unknown>;
} {
  if (response.errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(response.errors)}`);
  const [error] = response.errors;
  return { message: error.message, code: error.extensions?.code as string, extensions: error.extensions ?? {} };
}
