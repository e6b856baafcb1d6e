import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { authenticate, createTokenVerifier } from './auth/verifier';
import { loadAuthConfig } from './auth/config';
import { systemClock, type Clock } from './clock';
import { createScopedContext } from './context';
import { errorResult, header, refuseMalformedRequest, withLowerCaseContentType } from './http';
import { logger } from './logger';
import { createServer, INTERNAL_ERROR_MESSAGE, logInternalError, toHttpError } from './server';
import { repositories } from './store';

const verifyToken = createTokenVerifier(loadAuthConfig());
const apiGatewayHandler = handlers.createAPIGatewayProxyEventV2RequestHandler();
// The integration answers anything thrown outside Apollo Server (a body it cannot read, an unsupported response)
// with HTTP 400 and the bare exception text. refuseMalformedRequest leaves nothing a client sends to reach that, so
// whatever still does is ours: masked and logged like every internal error.
const requestHandler: typeof apiGatewayHandler = {
  ...apiGatewayHandler,
  fromEvent: (event) => apiGatewayHandler.fromEvent(withLowerCaseContentType(event)),
  toErrorResult(error) {
    logInternalError(error, {});
    return errorResult(500, 'INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE);
  },
};

/**
 * The Lambda handler with its own server, reading time from `clock`. Only code in the same process can pass a clock
 * (tests do, to act at a chosen instant); no request can change it, and the deployed `handler` reads the system clock.
 */
export function createLambdaHandler(clock: Clock = systemClock) {
  // startServerAndCreateLambdaHandler starts the server itself.
  return startServerAndCreateLambdaHandler(createServer(), requestHandler, {
    middleware: [refuseMalformedRequest],
    context: async ({ event, context }) => {
      logger.addContext(context);
      try {
        const caller = await authenticate(verifyToken, header(event, 'authorization'));
        return await createScopedContext(caller, context.awsRequestId, repositories, clock);
      } catch (error) {
        throw toHttpError(error);
      }
    },
  });
}

// Built once per cold start.
export const handler = createLambdaHandler();
