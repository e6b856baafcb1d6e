/**
 * How every function's code is bundled: esbuild through CDK's NodejsFunction, and the same build in the bench and the
 * bundle test. One definition, read by all three (see docs/ARCHITECTURE.md, "Bundle").
 */
import * as path from 'node:path';
// A JSON list, so the offline build (serverless.yml) leaves out the same modules.
import neverLoadedModules from './never-loaded-modules.json';

const INFRA = __dirname;

/**
 * Modules that no CityPact function ever loads, left out of the bundle. Apollo Server loads these plugins on demand,
 * and `src/server.ts` installs their disabled versions, so they are never asked for; if one ever were, the server
 * would fail at start-up with "Cannot find module", loudly rather than silently. Usage reporting and inline traces
 * (with their protobuf library, about 200 kB) and schema reporting talk to Apollo's cloud service, which CityPact does
 * not use; the landing page is for browsers, and the endpoint answers POST only; cache control computes caching
 * headers from schema hints the schema does not have (every answer is `no-store`, set in `src/http.ts`).
 */
export const NEVER_LOADED_MODULES: readonly string[] = neverLoadedModules;

/** Provided by the Lambda Node.js runtime (AWS SDK v3), or never loaded: not bundled. */
export const EXTERNAL_MODULES = ['@aws-sdk/*', ...NEVER_LOADED_MODULES];

/**
 * Packages replaced in the bundle, each by a stand-in in `infra/shims/` that says why: `sha.js` by Node's own hash;
 * `@graphql-tools/schema`, which Apollo Server calls only when given type definitions instead of a built schema; and
 * `jsonschema`, ElectroDB's model check, which CityPact runs in a unit test instead of at every cold start.
 */
export const ALIASES: Readonly<Record<string, string>> = {
  'sha.js': path.join(INFRA, 'shims', 'sha.ts'),
  '@graphql-tools/schema': path.join(INFRA, 'shims', 'graphql-tools-schema.ts'),
  jsonschema: path.join(INFRA, 'shims', 'jsonschema.ts'),
};

/**
 * Resolve ES module builds first: graphql-js ships both, and its CommonJS entry loads all of graphql-js (about
 * 100 kB more, minified). Every import and require of graphql, including its subpaths, then resolves to the same
 * `.mjs` files, so the bundle holds exactly one copy of graphql-js (two copies would break its `instanceof` checks).
 */
export const MAIN_FIELDS = ['module', 'main'];
export const RESOLVE_EXTENSIONS = ['.mjs', '.ts', '.js', '.json'];

/**
 * Source maps without the sources' text: the map (1.2 MB for the GraphQL function, 4.2 MB with the sources) is read
 * the first time a stack is logged (src/source-mapped-stack.ts), which needs only the file, line and column.
 */
export const SOURCES_CONTENT = false;

/** The ceiling on the GraphQL function's minified bundle: most of its cold start is loading it. */
export const GRAPHQL_BUNDLE_CEILING_BYTES = 1024 * 1024;
