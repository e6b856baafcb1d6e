import { z } from 'zod';

/** Parses the environment once, at load; a misconfigured function fails at cold start, not on some later request. */
export function parseEnvironment<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): Readonly<z.infer<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `CityPact configuration is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`).join('; ')}`,
    );
  }
  return Object.freeze(parsed.data);
}

/** What every function that touches the table needs (the GraphQL API and the scheduled jobs alike). */
const storeSchema = z.object({
  TABLE_NAME: z.string().min(1),
  STAGE: z.string().min(1).default('local'),
  /** Only set locally: the DynamoDB Local endpoint. In AWS the SDK finds DynamoDB itself. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).default('local'),
});

export type StoreConfig = Readonly<z.infer<typeof storeSchema>>;

export const config: StoreConfig = parseEnvironment(storeSchema);
