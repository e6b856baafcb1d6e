import { loadStoreConfig } from '../../src/config';

describe('store configuration, checked at load', () => {
  test('names every bad variable in one message', () => {
    expect(() => loadStoreConfig({ TABLE_NAME: '', DYNAMODB_ENDPOINT: 'localhost 8000', STAGE: '' })).toThrow(
      'CityPact configuration is invalid: TABLE_NAME: is required (a non-empty string); STAGE: must not be empty when set; ' +
        'DYNAMODB_ENDPOINT: must be a URL such as http://127.0.0.1:8000 (got "localhost 8000")',
    );
    expect(() => loadStoreConfig({})).toThrow(/TABLE_NAME: is required/);
  });

  test('fills the defaults and keeps only what it knows, frozen', () => {
    const config = loadStoreConfig({ TABLE_NAME: 'citypact', DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', OTHER: 'x' });
    expect(config).toEqual({
      TABLE_NAME: 'citypact',
      STAGE: 'local',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      AWS_REGION: 'local',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });
});
