import { z } from 'zod';
import { parseEnvironment } from '../config';

/** Token verification settings: read by the GraphQL function only (scheduled jobs verify no tokens). */
const authSchema = z
  .object({
    /** `cognito` in AWS; `local` for the offline server and tests, with a keypair generated on the developer's machine. */
    AUTH_MODE: z.enum(['cognito', 'local']),
    COGNITO_USER_POOL_ID: z.string().min(1).optional(),
    COGNITO_CLIENT_ID: z.string().min(1).optional(),
    /** The public JWK of the local issuer (offline only). */
    LOCAL_AUTH_JWK: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.AUTH_MODE === 'cognito' && (!env.COGNITO_USER_POOL_ID || !env.COGNITO_CLIENT_ID)) {
      ctx.addIssue({ code: 'custom', message: 'AUTH_MODE=cognito needs COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID' });
    }
    if (env.AUTH_MODE === 'local' && !env.LOCAL_AUTH_JWK) {
      ctx.addIssue({
        code: 'custom',
        message: 'AUTH_MODE=local needs LOCAL_AUTH_JWK (the public key of the local issuer)',
      });
    }
  });

export type AuthConfig = Readonly<z.infer<typeof authSchema>>;

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return parseEnvironment(authSchema, env);
}
