import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { BadInputError } from './domain/errors';
import { LIMITS } from './limits';

/**
 * Characters no text or id may contain: C0 controls except tab, line feed and carriage return; DEL and the C1
 * controls; the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which make
 * text read differently from what it stores; and lone surrogates, which are not characters at all.
 */
// With the `u` flag a surrogate pair is one code point, so the surrogate range matches lone halves only.
// eslint-disable-next-line no-control-regex -- refusing control characters is what this pattern is for.
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

function describe(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/[\uD800-\uDFFF]/u.test(char)) return `${code}, half of a character`;
  if (/[\u202A-\u202E\u2066-\u2069]/.test(char))
    return `${code}, a control that reverses or isolates the reading direction`;
  return `${code}, a control character`;
}

/** Refuses a string argument or input field that holds a refused character, or an id over the length limit. */
export function checkText(value: string, field: string, isId: boolean): void {
  const found = REFUSED.exec(value);
  if (found) {
    throw new BadInputError(
      `"${field}" contains a character CityPact does not store (${describe(found[0])}). Remove it and try again.`,
      { field },
    );
  }
  if (isId && value.length > LIMITS.maxIdLength) {
    throw new BadInputError(
      `"${field}" is ${value.length} characters long; an id is at most ${LIMITS.maxIdLength} characters.`,
      { field, limit: LIMITS.maxIdLength },
    );
  }
}

function checkValue(value: unknown, type: GraphQLInputType, field: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, field);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((element, index) => checkValue(element, type.ofType, `${field}[${index}]`));
    return;
  }
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      if (fields[name]) checkValue(fieldValue, fields[name].type, `${field}.${name}`);
    }
    return;
  }
  if (isScalarType(named) && typeof value === 'string') checkText(value, field, named.name === 'ID');
}

function checkArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  for (const definition of definitions) checkValue(args[definition.name], definition.type, definition.name);
}

/**
 * Every string and id a client sends, checked once, at the one point every argument passes (just before its field
 * resolves, with the schema's types at hand) instead of in each service: nothing refused here reaches a resolver,
 * the store or a log.
 */
export const inputChecksPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async executionDidStart() {
        return {
          willResolveField({ args, info }) {
            if (Object.keys(args).length === 0) return;
            checkArguments(info.parentType.getFields()[info.fieldName].args, args);
          },
        };
      },
    };
  },
};
