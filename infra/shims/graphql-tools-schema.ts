/**
 * Stands in for `@graphql-tools/schema` in the function bundles (see infra/bundling.ts). Apollo Server imports it for
 * one call, `makeExecutableSchema`, made only when it is given `typeDefs` instead of a built schema. CityPact always
 * passes a built schema (`src/executable-schema.ts`), so the call never happens; graphql-tools' schema building and
 * merging were 58 kB of the GraphQL bundle. Should a server ever be given `typeDefs`, it fails at start-up saying so.
 */
export function makeExecutableSchema(): never {
  throw new Error(
    'makeExecutableSchema is not in the function bundle: give Apollo Server the schema built by src/executable-schema.ts',
  );
}
