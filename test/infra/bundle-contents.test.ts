import * as path from 'node:path';
import { REPO_ROOT } from '../../infra/constructs/app-function';
import { handlerBundleSize } from '../../scripts/bench/bundle';

/**
 * What the GraphQL bundle leaves out (infra/bundling.ts says why each): built as CDK builds it, its esbuild metafile
 * names every package it holds. A new import path that pulls one of them back in fails here, by name.
 */
const LEFT_OUT = [
  // Apollo's usage reporting (its protobuf library), never used.
  '@apollo/usage-reporting-protobuf',
  // Apollo builds a schema with these only from typeDefs; the server is given a built schema.
  '@graphql-tools/schema',
  '@graphql-tools/merge',
  '@graphql-tools/utils',
  // ElectroDB's model check, run by a unit test instead.
  'jsonschema',
  // Replaced by Node's own hash.
  'sha.js',
  // Read configuration only; checked by hand.
  'zod',
];

test('the GraphQL bundle holds none of the packages it leaves out', async () => {
  const { largest } = await handlerBundleSize(path.join(REPO_ROOT, 'src', 'handler.ts'), Number.POSITIVE_INFINITY);
  const packages = largest.map(({ name }) => name);
  expect(packages).toEqual(expect.arrayContaining(['graphql', 'electrodb', '@apollo/server']));
  expect(packages.filter((name) => LEFT_OUT.includes(name))).toEqual([]);
}, 60_000);

test('the GraphQL bundle holds one copy of graphql-js, so its functions may run it in production mode', async () => {
  // In production mode (NODE_ENV, infra/constructs/app-function.ts) graphql-js no longer checks for a second copy of
  // itself, whose types would fail its instanceof tests: one copy is checked here instead.
  const { modules } = await handlerBundleSize(path.join(REPO_ROOT, 'src', 'handler.ts'));
  const graphqlFiles = modules.filter((file) => /node_modules\/graphql\//.test(file));
  expect(graphqlFiles.length).toBeGreaterThan(50);
  expect(graphqlFiles.filter((file) => !file.endsWith('.mjs'))).toEqual([]);
  expect(modules.filter((file) => /node_modules\/.+\/node_modules\/graphql\//.test(file))).toEqual([]);
}, 60_000);

test('no package is in the GraphQL bundle twice, as its ES module build and its CommonJS build', async () => {
  const { modules } = await handlerBundleSize(path.join(REPO_ROOT, 'src', 'handler.ts'));
  const builds = new Map<string, Set<string>>();
  for (const file of modules) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/.*\b(esm|mjs|es|module|cjs|commonjs)\//.exec(file);
    if (!match) continue;
    const [, name, build] = match;
    builds.set(name, (builds.get(name) ?? new Set()).add(['cjs', 'commonjs'].includes(build) ? 'cjs' : 'esm'));
  }
  expect([...builds].filter(([, kinds]) => kinds.size > 1).map(([name]) => name)).toEqual([]);
}, 60_000);

test("the GraphQL bundle holds only the graphql-js modules CityPact runs (Apollo's graphql 17 probe is patched out)", async () => {
  // Apollo Server's `await import('graphql')` made esbuild keep and load all of graphql-js; patches/ removes it
  // (docs/ARCHITECTURE.md, "Bundle"). Schema-comparison and client-schema tools are never run by the function.
  const { modules } = await handlerBundleSize(path.join(REPO_ROOT, 'src', 'handler.ts'));
  expect(modules).toContain('node_modules/graphql/utilities/buildASTSchema.mjs');
  expect(
    modules.filter((file) =>
      /graphql\/utilities\/(findBreakingChanges|buildClientSchema|lexicographicSortSchema)/.test(file),
    ),
  ).toEqual([]);
}, 60_000);
