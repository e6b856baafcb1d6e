import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { authenticate, createTokenVerifier } from './auth/verifier';
import { loadAuthConfig } from './auth/config';
import { createContext } from './context';
import { errorResult, header, refuseMalformedRequest, withLowerCaseContentType } from './http';
import { logger } from './logger';
import { createServer, INTERNAL_ERROR_MESSAGE, logInternalError, toHttpError } from './server';

// Built once per cold start; startServerAndCreateLambdaHandler starts the server itself.
const server = createServer();
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

export const handler = startServerAndCreateLambdaHandler(server, requestHandler, {
  middleware: [refuseMalformedRequest],
  context: async ({ event, context }) => {
    logger.addContext(context);
    try {
      const caller = await authenticate(verifyToken, header(event, 'authorization'));
      return createContext(caller, context.awsRequestId);
    } catch (error) {
      throw toHttpError(error);
    }
  },
});
