import { oneOf, optionalText, parseEnvironment } from '../config';

/** Token verification settings: read by the GraphQL function only (scheduled jobs verify no tokens). */
const authChecks = {
  /** `cognito` in AWS; `local` for the offline server and tests, with a keypair generated on the developer's machine. */
  AUTH_MODE: oneOf('cognito', 'local'),
  COGNITO_USER_POOL_ID: optionalText,
  COGNITO_CLIENT_ID: optionalText,
  /** The public JWK of the local issuer (offline only). */
  LOCAL_AUTH_JWK: optionalText,
};

export type AuthConfig = ReturnType<typeof loadAuthConfig>;

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env) {
  return parseEnvironment(authChecks, env, (auth) => [
    ...(auth.AUTH_MODE === 'cognito' && (!auth.COGNITO_USER_POOL_ID || !auth.COGNITO_CLIENT_ID)
      ? ['AUTH_MODE=cognito needs COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID']
      : []),
    ...(auth.AUTH_MODE === 'local' && !auth.LOCAL_AUTH_JWK
      ? ['AUTH_MODE=local needs LOCAL_AUTH_JWK (the public key of the local issuer)']
      : []),
  ]);
}
