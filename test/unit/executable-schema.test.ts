import { GraphQLScalarType, graphqlSync } from 'graphql';
import { executableSchema } from '../../src/executable-schema';

const typeDefs = 'scalar Upper\ntype Query { greeting(name: String!): Upper! }';
const Upper = new GraphQLScalarType({ name: 'Upper', serialize: (value) => String(value).toUpperCase() });

describe('executableSchema', () => {
  test('attaches field resolvers and scalar behaviour to the built schema', () => {
    const schema = executableSchema(typeDefs, {
      Upper,
      Query: { greeting: (_: unknown, { name }: { name: string }) => `hello ${name}` },
    });
    expect(graphqlSync({ schema, source: '{ greeting(name: "Tianjin") }' })).toEqual({
      data: { greeting: 'HELLO TIANJIN' },
    });
  });

  test('refuses a resolver for a field or type the schema does not have', () => {
    expect(() => executableSchema(typeDefs, { Query: { greting: () => 'x' } })).toThrow(
      'Resolver for Query.greting, which the schema does not have',
    );
    expect(() => executableSchema(typeDefs, { Mutation: { greeting: () => 'x' } })).toThrow(/Mutation/);
  });
});
