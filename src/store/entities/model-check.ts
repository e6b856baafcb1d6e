import { Entity } from 'electrodb';

/**
 * ElectroDB checks every model against its JSON schema each time an entity is constructed: a quarter of the GraphQL
 * function's cold start, for models that are code and cannot change after the build. The check moves to a unit test
 * (`test/unit/store/entity-models.test.ts`), which runs ElectroDB's own check on every model recorded here. Imported
 * (through attributes.ts) before any entity is constructed.
 */
export const modelsLeftToTheTest: unknown[] = [];

const entityPrototype = Entity.prototype as unknown as { _validateModel(model: unknown): void };
entityPrototype._validateModel = (model) => {
  modelsLeftToTheTest.push(model);
};
