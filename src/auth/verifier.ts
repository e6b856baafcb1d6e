import { CognitoJwtVerifier, JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { JwtExpiredError, JwtNotBeforeError } from 'aws-jwt-verify/error';
import type { Jwk } from 'aws-jwt-verify/jwk';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
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
      // The API's own app client and the console's: an ID token's audience must be one of them.
      clientId: config.COGNITO_CLIENT_IDS!,
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
  return (await verifiedCaller(verify, bearerToken(authorization))).caller;
}

export type Authenticate = (authorization: string | undefined) => Promise<Caller>;

/** Tokens remembered per container: an official's console sends the same token with every request for an hour. */
const REMEMBERED_TOKENS = 1_000;

/**
 * `authenticate`, remembering each token it accepted until the token expires: a token already verified is the same
 * bytes, so its signature and claims need not be checked again (the RSA check and the claims were about a tenth of a
 * cheap read's time in the function). Only accepted tokens are kept, keyed by the whole token, so an altered token is
 * never one of them; a remembered token past its expiry is verified again, and refused as expired.
 */
export function createAuthenticator(verify: VerifyToken, capacity = REMEMBERED_TOKENS): Authenticate {
  // Apollo Server's own LRU (it loads lru-cache's CommonJS build, which a direct import would bundle a second time).
  const accepted = new InMemoryLRUCache<{ caller: Caller; expiresAtMs: number }>({ max: capacity });
  return async (authorization) => {
    const token = bearerToken(authorization);
    const remembered = await accepted.get(token);
    if (remembered && Date.now() < remembered.expiresAtMs) return remembered.caller;
    const verified = await verifiedCaller(verify, token);
    await accepted.set(token, verified);
    return verified.caller;
  };
}

function bearerToken(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) {
    throw new UnauthenticatedError(
      'Sign in first: send your CityPact token in the header "Authorization: Bearer <token>".',
    );
  }
  return match[1];
}

/** The caller a token signs in, and when the token expires (epoch milliseconds). */
async function verifiedCaller(verify: VerifyToken, token: string): Promise<{ caller: Caller; expiresAtMs: number }> {
  let claims: unknown;
  try {
    claims = await verify(token);
  } catch (error) {
    if (error instanceof JwtExpiredError) {
      throw new UnauthenticatedError('Your sign-in has expired. Sign in again to get a new token.', { cause: error });
    }
    if (error instanceof JwtNotBeforeError) {
      throw new UnauthenticatedError('Your token is not valid yet. Check the clock of the issuing system.', {
        cause: error,
      });
    }
    throw new UnauthenticatedError('Your token was not issued by CityPact or has been altered. Sign in again.', {
      cause: error,
    });
  }
  const { exp } = requireIdTokenClaims(claims);
  return { caller: callerFromClaims(claims), expiresAtMs: exp * 1000 };
}

/** Cognito's longest ID token validity (one day): a token meant to live longer was not issued by our sign-in. */
const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
/** Clock difference tolerated between the issuer and this function. */
const CLOCK_SKEW_SECONDS = 300;

/**
 * What every Cognito ID token carries, required of local tokens too (the verifier library treats `exp` and `iat` as
 * optional and does not look at `token_use`): a token without an expiry would never expire, and an access token
 * lacks the custom attributes that scope a caller.
 */
function requireIdTokenClaims(claims: unknown): { exp: number } {
  const payload = (claims ?? {}) as Record<string, unknown>;
  const refuse = (why: string) =>
    new UnauthenticatedError(`Your token is not a CityPact sign-in token: ${why}. Sign in again.`);
  for (const name of ['iss', 'sub'] as const) {
    if (typeof payload[name] !== 'string' || !payload[name]) throw refuse(`it has no "${name}"`);
  }
  if (typeof payload.aud !== 'string' && !Array.isArray(payload.aud)) throw refuse('it has no audience ("aud")');
  if (typeof payload.exp !== 'number') throw refuse('it has no expiry time ("exp")');
  if (typeof payload.iat !== 'number') throw refuse('it has no issue time ("iat")');
  if (payload.token_use !== 'id') {
    throw refuse(
      `${typeof payload.token_use === 'string' ? `it is an "${payload.token_use}" token` : 'it does not say what it is for ("token_use")'}; CityPact needs the ID token`,
    );
  }
  const now = Date.now() / 1000;
  if (payload.iat > now + CLOCK_SKEW_SECONDS) throw refuse('it was issued in the future');
  if (payload.exp - payload.iat > MAX_TOKEN_LIFETIME_SECONDS) throw refuse('it is valid for more than a day');
  return { exp: payload.exp };
}
