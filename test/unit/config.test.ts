import { loadAuthConfig } from '../../src/auth/config';

describe('auth configuration', () => {
  test('cognito mode needs the pool and client ids, named in the error', () => {
    expect(() => loadAuthConfig({ AUTH_MODE: 'cognito' })).toThrow(
      'CityPact configuration is invalid: env: AUTH_MODE=cognito needs COGNITO_USER_POOL_ID and COGNITO_CLIENT_IDS',
    );
    expect(
      loadAuthConfig({ AUTH_MODE: 'cognito', COGNITO_USER_POOL_ID: 'ap-east-1_x', COGNITO_CLIENT_IDS: 'c' }),
    ).toMatchObject({ AUTH_MODE: 'cognito' });
  });

  test('local mode needs the public key; an unknown mode is refused', () => {
    expect(() => loadAuthConfig({ AUTH_MODE: 'local' })).toThrow(/needs LOCAL_AUTH_JWK/);
    expect(() => loadAuthConfig({ AUTH_MODE: 'none' })).toThrow(/AUTH_MODE/);
  });

  test('the parsed configuration is frozen', () => {
    expect(Object.isFrozen(loadAuthConfig({ AUTH_MODE: 'local', LOCAL_AUTH_JWK: '{}' }))).toBe(true);
  });
});
