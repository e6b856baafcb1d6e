import {
  buildSchema,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLFieldResolver,
  type GraphQLScalarType,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';

type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, unknown> | undefined>;

/**
 * The schema with our resolvers attached, built at cold start. Apollo Server's own path (`typeDefs` + `resolvers`,
 * through graphql-tools' makeExecutableSchema) merges the type definitions, validates the SDL and then copies the whole
 * schema to attach resolvers: about a third of the function's module init. The SDL is generated and validated by
 * codegen, so it is built as is and the resolvers are set on the built types. Refuses a resolver for a type or field
 * the schema does not have, as makeExecutableSchema does.
 */
export function executableSchema(typeDefs: string, resolvers: object): GraphQLSchema {
  const schema = buildSchema(typeDefs, { assumeValidSDL: true });
  for (const [typeName, value] of Object.entries(resolvers) as Array<[string, unknown]>) {
    const type = schema.getType(typeName);
    if (isScalarType(type)) {
      const scalar = value as GraphQLScalarType;
      Object.assign(type, {
        serialize: scalar.serialize,
        parseValue: scalar.parseValue,
        parseLiteral: scalar.parseLiteral,
        specifiedByURL: scalar.specifiedByURL,
      });
    } else if (isObjectType(type)) {
      const fields = type.getFields();
      for (const [fieldName, resolve] of Object.entries(value as FieldResolvers)) {
        const field = fields[fieldName];
        if (!field) throw new Error(`Resolver for ${typeName}.${fieldName}, which the schema does not have`);
        if (typeof resolve !== 'function') throw new Error(`Resolver for ${typeName}.${fieldName} is not a function`);
        field.resolve = resolve;
      }
    } else if (isInterfaceType(type) || isUnionType(type)) {
      const { __resolveType, ...rest } = value as { __resolveType?: GraphQLTypeResolver<unknown, unknown> };
      if (Object.keys(rest).length > 0) throw new Error(`Resolvers for ${typeName} other than __resolveType`);
      type.resolveType = __resolveType;
    } else {
      throw new Error(`Resolvers for ${typeName}, which the schema has no object, scalar, interface or union of`);
    }
  }
  return schema;
}
