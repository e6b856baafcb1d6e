import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { authenticate, createTokenVerifier } from './auth/verifier';
import { loadAuthConfig } from './auth/config';
import { createContext } from './context';
import { LIMITS } from './limits';
import { logger } from './logger';
import { createServer, toHttpError } from './server';

// Built once per cold start; startServerAndCreateLambdaHandler starts the server itself.
const server = createServer();
const verifyToken = createTokenVerifier(loadAuthConfig());
const requestHandler = handlers.createAPIGatewayProxyEventV2RequestHandler();

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const entry = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

/** Refuses an oversized body before it is parsed. */
async function rejectOversizedBody(event: APIGatewayProxyEventV2) {
  const size = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
  if (size <= LIMITS.maxBodyBytes) return;
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      errors: [{
        message: `The request is ${size} bytes; the limit is ${LIMITS.maxBodyBytes} bytes. Send a smaller query or fewer variables.`,
        extensions: { code: 'BAD_USER_INPUT' },
      }],
    }),
  };
}

export const handler = startServerAndCreateLambdaHandler(server, requestHandler, {
  middleware: [rejectOversizedBody],
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
