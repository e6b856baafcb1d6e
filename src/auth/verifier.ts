import { CognitoJwtVerifier, JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { JwtExpiredError, JwtNotBeforeError } from 'aws-jwt-verify/error';
import type { Jwk } from 'aws-jwt-verify/jwk';
import type { AuthConfig } from './config';
import { UnauthenticatedError } from '../domain/errors';
import { callerFromClaims, type Caller } from './caller';

/** Issuer and audience of tokens signed by the developer's local keypair (scripts/local-auth.ts). */
export const LOCAL_ISSUER = 'https://citypact.local/issuer';
export const LOCAL_AUDIENCE = 'citypact-local';

type VerifyToken = (token: string) => Promise<unknown>;

/** Builds the token verifier once per cold start; JWKS are cached by aws-jwt-verify across requests. */
export function createTokenVerifier(config: AuthConfig): VerifyToken {
  if (config.AUTH_MODE === 'cognito') {
    const verifier = CognitoJwtVerifier.create({
      userPoolId: config.COGNITO_USER_POOL_ID!,
      clientId: config.COGNITO_CLIENT_ID!,
      // ID tokens: they carry the custom attributes (cluster, city) that scope every request.
      tokenUse: 'id',
    });
    return (token) => verifier.verify(token);
  }
  const jwk = JSON.parse(config.LOCAL_AUTH_JWK!) as Jwk;
  // The local issuer publishes no JWKS endpoint: a token signed with another key must fail, never trigger a fetch.
  const offlineCache = new SimpleJwksCache({
    fetcher: {
      fetch: async () => {
        throw new Error('the local issuer has no JWKS endpoint');
      },
    },
  });
  const verifier = JwtRsaVerifier.create(
    { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, jwksUri: `${LOCAL_ISSUER}/jwks.json` },
    { jwksCache: offlineCache },
  );
  verifier.cacheJwks({ keys: [jwk] });
  return (token) => verifier.verify(token);
}

/** Turns an Authorization header into a caller, or refuses with UNAUTHENTICATED and a reason an official can act on. */
export async function authenticate(verify: VerifyToken, authorization: string | undefined): Promise<Caller> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) {
    throw new UnauthenticatedError('Sign in first: send your CityPact token in the header "Authorization: Bearer <token>".');
  }
  let claims: unknown;
  try {
    claims = await verify(match[1]);
  } catch (error) {
    if (error instanceof JwtExpiredError) {
      throw new UnauthenticatedError('Your sign-in has expired. Sign in again to get a new token.', { cause: error });
    }
    if (error instanceof JwtNotBeforeError) {
      throw new UnauthenticatedError('Your token is not valid yet. Check the clock of the issuing system.', { cause: error });
    }
    throw new UnauthenticatedError('Your token was not issued by CityPact or has been altered. Sign in again.', { cause: error });
  }
  return callerFromClaims(claims);
}
