/**
 * Configuration is read from the environment once, at load, so a misconfigured function fails at cold start and not
 * on some later request. The checks are written by hand: a schema library would be the largest part of the Lambda
 * bundle for a handful of strings (see docs/ARCHITECTURE.md, "Bundle").
 */

/** One variable's rule: the value to keep (defaults applied), or an `Issue` naming what is wrong. */
export type Check<T> = (value: string | undefined) => T | Issue;

/** What is wrong with one variable, in words an operator can act on. */
export class Issue {
  constructor(readonly message: string) {}
}

export const requiredText: Check<string> = (value) =>
  value === undefined || value === '' ? new Issue('is required (a non-empty string)') : value;

export const optionalText: Check<string | undefined> = (value) =>
  value === '' ? new Issue('must not be empty when set') : value;

export const textOr =
  (fallback: string): Check<string> =>
  (value) =>
    value === undefined ? fallback : value === '' ? new Issue('must not be empty when set') : value;

export const optionalUrl: Check<string | undefined> = (value) => {
  if (value === undefined) return undefined;
  try {
    new URL(value);
    return value;
  } catch {
    return new Issue(`must be a URL such as http://127.0.0.1:8000 (got "${value}")`);
  }
};

export const oneOf =
  <const T extends string>(...allowed: T[]): Check<T> =>
  (value) =>
    (allowed as string[]).includes(value ?? '')
      ? (value as T)
      : new Issue(`must be one of ${allowed.join(', ')} (got ${value === undefined ? 'nothing' : `"${value}"`})`);

type Parsed<S extends Record<string, Check<unknown>>> = { [K in keyof S]: Exclude<ReturnType<S[K]>, Issue> };

/**
 * Checks every variable of `checks` (and then `whole`, for rules across variables) and answers the frozen values, or
 * throws one error listing every bad variable by name.
 */
export function parseEnvironment<S extends Record<string, Check<unknown>>>(
  checks: S,
  env: NodeJS.ProcessEnv = process.env,
  whole: (parsed: Parsed<S>) => string[] = () => [],
): Readonly<Parsed<S>> {
  const parsed: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, check] of Object.entries(checks)) {
    const result = check(env[name]);
    if (result instanceof Issue) problems.push(`${name}: ${result.message}`);
    else if (result !== undefined) parsed[name] = result;
  }
  if (problems.length === 0) problems.push(...whole(parsed as Parsed<S>).map((message) => `env: ${message}`));
  if (problems.length > 0) throw new Error(`CityPact configuration is invalid: ${problems.join('; ')}`);
  return Object.freeze(parsed as Parsed<S>);
}

/** What every function that touches the table needs (the GraphQL API and the scheduled jobs alike). */
const storeChecks = {
  TABLE_NAME: requiredText,
  STAGE: textOr('local'),
  /** Only set locally: the DynamoDB Local endpoint. In AWS the SDK finds DynamoDB itself. */
  DYNAMODB_ENDPOINT: optionalUrl,
  AWS_REGION: textOr('local'),
};

export type StoreConfig = Readonly<Parsed<typeof storeChecks>>;

export function loadStoreConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  return parseEnvironment(storeChecks, env);
}

export const config: StoreConfig = loadStoreConfig();
