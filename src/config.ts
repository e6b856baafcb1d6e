import { z } from 'zod';

const schema = z
  .object({
    TABLE_NAME: z.string().min(1),
    STAGE: z.string().min(1).default('local'),
    /** `cognito` in AWS; `local` for the offline server and tests, with a keypair generated on the developer's machine. */
    AUTH_MODE: z.enum(['cognito', 'local']),
    COGNITO_USER_POOL_ID: z.string().min(1).optional(),
    COGNITO_CLIENT_ID: z.string().min(1).optional(),
    LOCAL_AUTH_JWK: z.string().min(1).optional(),
    /** Only set locally: the DynamoDB Local endpoint. In AWS the SDK finds DynamoDB itself. */
    DYNAMODB_ENDPOINT: z.url().optional(),
    AWS_REGION: z.string().min(1).default('local'),
  })
  .superRefine((env, ctx) => {
    if (env.AUTH_MODE === 'cognito' && (!env.COGNITO_USER_POOL_ID || !env.COGNITO_CLIENT_ID)) {
      ctx.addIssue({ code: 'custom', message: 'AUTH_MODE=cognito needs COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID' });
    }
    if (env.AUTH_MODE === 'local' && !env.LOCAL_AUTH_JWK) {
      ctx.addIssue({ code: 'custom', message: 'AUTH_MODE=local needs LOCAL_AUTH_JWK (the public key of the local issuer)' });
    }
  });

export type Config = Readonly<z.infer<typeof schema>>;

/** Parses the environment once; a misconfigured function fails at cold start, not on some later request. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`CityPact configuration is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`).join('; ')}`);
  }
  return Object.freeze(parsed.data);
}

export const config: Config = loadConfig();
