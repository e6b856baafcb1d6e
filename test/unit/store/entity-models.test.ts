import { citypact } from '../../../src/store/entities';
import { modelsLeftToTheTest } from '../../../src/store/entities/model-check';

// ElectroDB's own model check, which the entities skip at load (src/store/entities/model-check.ts says why).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { model: checkModel } = require('electrodb/src/validations') as { model: (model: unknown) => void };

describe('entity models', () => {
  // Entities are built on first use (src/store/entities/lazy.ts); the service's entities builds them all.
  let entityCount: number;
  beforeAll(() => {
    entityCount = Object.keys(citypact.entities).length;
  });

  test('every entity of the service was constructed with its model recorded for this check', () => {
    expect(modelsLeftToTheTest.length).toBeGreaterThanOrEqual(entityCount);
  });

  test("every model passes ElectroDB's own check", () => {
    for (const model of modelsLeftToTheTest) expect(() => checkModel(model)).not.toThrow();
  });

  test('the check still refuses a broken model', () => {
    expect(() =>
      checkModel({ model: { entity: 'x', version: '1', service: 's' }, attributes: 'not attributes' }),
    ).toThrow(/attributes/);
  });
});
