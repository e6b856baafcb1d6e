import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { parseDateTime, parseDuration } from '../domain/time';

export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in ISO-8601 UTC.',
  serialize: (value) => String(value),
  parseValue: (value) => parseDateTime(String(value)),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : '(not a string)'),
});

export const Duration = new GraphQLScalarType<string, string>({
  name: 'Duration',
  description: 'An ISO-8601 duration such as PT2H.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    parseDuration(String(value));
    return String(value);
  },
  parseLiteral: (ast) => {
    const text = ast.kind === Kind.STRING ? ast.value : '(not a string)';
    parseDuration(text);
    return text;
  },
});

/** Output as the value itself; CityPact takes no JSON input, but a literal or variable is read as given. */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'A JSON value, sent as it is (an object, not a string holding one).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
