import { loadAuthConfig } from '../../../src/auth/config';

const cognito = (COGNITO_CLIENT_IDS: string) =>
  loadAuthConfig({ AUTH_MODE: 'cognito', COGNITO_USER_POOL_ID: 'ap-east-1_x', COGNITO_CLIENT_IDS });

describe('the app clients whose ID tokens the API accepts', () => {
  test("the API's own client and the console's, comma-separated, in order", () => {
    expect(cognito('apiclient123,consoleclient456').COGNITO_CLIENT_IDS).toEqual(['apiclient123', 'consoleclient456']);
    expect(cognito(' one , two ').COGNITO_CLIENT_IDS).toEqual(['one', 'two']);
    expect(cognito('only').COGNITO_CLIENT_IDS).toEqual(['only']);
  });

  test('an empty entry is a misconfiguration, named at cold start', () => {
    for (const bad of ['a,,b', 'a,', ',a', ' ']) {
      expect(() => cognito(bad)).toThrow(
        `CityPact configuration is invalid: COGNITO_CLIENT_IDS: must list client ids separated by commas (got "${bad}")`,
      );
    }
  });
});
