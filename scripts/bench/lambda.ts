/**
 * Synthetic API Gateway HTTP API (v2) events and Lambda contexts, so the bench drives the real exported handler in
 * process: it measures our code, not the offline HTTP emulator. Mirrors test/support/api.ts (scripts never import
 * from test/).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';

/** The Lambda signature as the bench calls it (the Apollo integration's handler, or a bare floor handler). */
export type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export function graphqlEvent(token: string, body: string): APIGatewayProxyEventV2 {
  const now = new Date();
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requestContext: {
      accountId: '123456789012',
      apiId: 'bench',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'citypact-bench' },
      requestId: randomUUID(),
      routeKey: 'POST /graphql',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body,
    isBase64Encoded: false,
  };
}

export function lambdaContext(): Context {
  const awsRequestId = randomUUID();
  return {
    awsRequestId,
    functionName: 'citypact-graphql',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:123456789012:function:citypact-graphql',
    memoryLimitInMB: '1024',
    logGroupName: '/aws/lambda/citypact-graphql',
    logStreamName: 'bench',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
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
