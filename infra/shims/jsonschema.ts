/**
 * Stands in for the `jsonschema` package in the function bundles (see infra/bundling.ts). ElectroDB uses it for one
 * thing: checking a model against ElectroDB's JSON schema of models. CityPact's models are code, checked by a unit
 * test (`src/store/entities/model-check.ts` moves the check there), and the entities skip the check at load. The
 * Service still asks, of every entity it is given, "is this a model?", by running the whole check on the entity
 * instance (which never passes it: `test/unit/store/entity-instances.test.ts` proves that with the real check): about
 * a tenth of the GraphQL function's module init and 29 kB of its bundle.
 *
 * Here every check fails, naming this file: an entity is still recognised as an entity, and anything that would need a
 * model really checked (a raw model given to the Service, `createSchema`) fails loudly instead of going unchecked.
 */
interface ValidationError {
  property: string;
  message: string;
  argument?: unknown;
}

export class Validator {
  // ElectroDB adds its custom formats to the prototype's object.
  declare customFormats: Record<string, (input: unknown) => boolean>;

  addSchema(): void {}

  validate(): { errors: ValidationError[] } {
    return {
      errors: [{ property: 'model', message: 'is not checked in the function bundle (see infra/shims/jsonschema.ts)' }],
    };
  }
}
Validator.prototype.customFormats = {};
