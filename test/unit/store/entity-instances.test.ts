import { citypact } from '../../../src/store/entities';

// The function bundles replace ElectroDB's model check with one that refuses everything (infra/shims/jsonschema.ts).
// That is safe because the Service only asks it whether each entity it is given is a raw model, and the real check
// answers no for every entity: proved here with ElectroDB's own code, the real jsonschema underneath.
/* eslint-disable @typescript-eslint/no-require-imports */
const { testModel } = require('electrodb/src/validations') as { testModel: (value: unknown) => [boolean, string] };
const { getInstanceType } = require('electrodb/src/util') as { getInstanceType: (value: unknown) => string };
/* eslint-enable @typescript-eslint/no-require-imports */

describe('entity instances given to the service', () => {
  const entities = Object.entries(citypact.entities);

  test('the service has its entities', () => {
    expect(entities.length).toBeGreaterThan(20);
  });

  test.each(entities)(
    '%s is not a model by the real check, so the Service takes it as the entity it is',
    (_, entity) => {
      expect(testModel(entity)[0]).toBe(false);
      expect(getInstanceType(entity)).toBe('entity');
    },
  );
});
