import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Handler } from 'aws-lambda';
import { createAuthenticator, createTokenVerifier } from './auth/verifier';
import { loadAuthConfig } from './auth/config';
import { systemClock, type Clock } from './clock';
import { createScopedContext } from './context';
import { errorResult, graphqlRequestOf, header, lambdaResultOf, refuseMalformedRequest } from './http';
import { logger } from './logger';
import { createServer, INTERNAL_ERROR_MESSAGE, logInternalError, toHttpError } from './server';
import { repositories } from './store';

const authenticate = createAuthenticator(createTokenVerifier(loadAuthConfig()));

export type LambdaHandler = Handler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/**
 * The Lambda handler with its own server, reading time from `clock`. Only code in the same process can pass a clock
 * (tests do, to act at a chosen instant); no request can change it, and the deployed `handler` reads the system clock.
 *
 * The API Gateway event is handed to Apollo Server here rather than through an integration package: the one the API
 * used loads Apollo Server's CommonJS build beside the ES module build our code imports, which doubled Apollo Server
 * and its dependencies in the bundle (see docs/ARCHITECTURE.md, "Bundle").
 */
export function createLambdaHandler(clock: Clock = systemClock): LambdaHandler {
  const server = createServer();
  server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  return async (event, context) => {
    const refusal = await refuseMalformedRequest(event);
    if (refusal) return refusal;
    try {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: graphqlRequestOf(event),
        context: async () => {
          logger.addContext(context);
          try {
            const caller = await authenticate(header(event, 'authorization'));
            return await createScopedContext(caller, context.awsRequestId, repositories, clock);
          } catch (error) {
            throw toHttpError(error);
          }
        },
      });
      return lambdaResultOf(response);
    } catch (error) {
      // refuseMalformedRequest leaves nothing a client sends to fail here, so whatever does is ours: masked and
      // logged like every internal error.
      logInternalError(error, {});
      return errorResult(500, 'INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE);
    }
  };
}

// Built once per cold start.
export const handler = createLambdaHandler();
