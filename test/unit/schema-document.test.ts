import { buildSchema, introspectionFromSchema, printSchema, validateSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { executableSchema, unpackSchemaDocument } from '../../src/executable-schema';
import { packedSchemaDocument, typeDefs } from '../../src/generated/schema';
import { resolvers } from '../../src/resolvers';

// The function builds its schema from the document codegen parsed, without validating it at load
// (src/executable-schema.ts): these are the checks it skips, on the same input.
describe('the schema the function builds at cold start', () => {
  const sdl = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');

  test('is schema.graphql, descriptions and all', () => {
    expect(typeDefs).toBe(sdl);
    const served = executableSchema(unpackSchemaDocument(packedSchemaDocument), resolvers);
    expect(printSchema(served)).toBe(printSchema(buildSchema(sdl)));
    // What clients and the IDE read of it: every description, deprecation and default value.
    expect(introspectionFromSchema(served)).toEqual(introspectionFromSchema(buildSchema(sdl)));
  });

  test('is a valid schema by every graphql-js check (SDL and schema validation)', () => {
    // buildSchema without assumeValidSDL validates the SDL and throws on a fault; validateSchema checks the rest.
    expect(validateSchema(buildSchema(sdl))).toEqual([]);
  });
});
