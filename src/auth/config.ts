import { Issue, oneOf, optionalText, parseEnvironment, type Check } from '../config';

/** A comma-separated list of app client ids, each non-empty. */
const clientIds: Check<string[] | undefined> = (value) => {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((id) => id.trim());
  return ids.some((id) => !id) ? new Issue(`must list client ids separated by commas (got "${value}")`) : ids;
};

/** Token verification settings: read by the GraphQL function only (scheduled jobs verify no tokens). */
const authChecks = {
  /** `cognito` in AWS; `local` for the offline server and tests, with a keypair generated on the developer's machine. */
  AUTH_MODE: oneOf('cognito', 'local'),
  COGNITO_USER_POOL_ID: optionalText,
  /** Every app client whose ID tokens the API accepts, comma-separated (the API's own and the console's). */
  COGNITO_CLIENT_IDS: clientIds,
  /** The public JWK of the local issuer (offline only). */
  LOCAL_AUTH_JWK: optionalText,
};

export type AuthConfig = ReturnType<typeof loadAuthConfig>;

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env) {
  return parseEnvironment(authChecks, env, (auth) => [
    ...(auth.AUTH_MODE === 'cognito' && (!auth.COGNITO_USER_POOL_ID || !auth.COGNITO_CLIENT_IDS)
      ? ['AUTH_MODE=cognito needs COGNITO_USER_POOL_ID and COGNITO_CLIENT_IDS']
      : []),
    ...(auth.AUTH_MODE === 'local' && !auth.LOCAL_AUTH_JWK
      ? ['AUTH_MODE=local needs LOCAL_AUTH_JWK (the public key of the local issuer)']
      : []),
  ]);
}
