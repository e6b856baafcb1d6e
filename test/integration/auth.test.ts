import { generatePrivatePem, keysFromPrivatePem, signLocalToken } from '../../scripts/lib/local-auth';
import { demoToken, gql, onlyError, tokenFor } from '../support/api';
import { freshTableWithDemoData } from '../support/table';

beforeAll(freshTableWithDemoData);

const ME = '{ me { id displayName role } }';
const langfang = { sub: 'u-langfang', name: 'Langfang EMB', role: 'CITY', clusterId: 'cluster-jjj', cityId: 'city-langfang' };

describe('tokens', () => {
  test('a valid token identifies the caller', async () => {
    const response = await gql(await tokenFor(langfang), ME);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ me: { id: 'u-langfang', displayName: 'Langfang EMB', role: 'CITY' } });
  });

  const refused: Array<[string, () => Promise<string | null>, RegExp]> = [
    ['no token at all', async () => null, /Sign in first/],
    ['a malformed token', async () => 'not.a.jwt', /not issued by CityPact or has been altered/],
    ['an expired token', async () => tokenFor(langfang, { expiresIn: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ['a token signed with another key', async () => signLocalToken(await keysFromPrivatePem(generatePrivatePem()), langfang), /not issued by CityPact/],
    ['a token from another issuer', async () => tokenFor(langfang, { issuer: 'https://evil.example/issuer' }), /not issued by CityPact/],
    ['a token for another audience', async () => tokenFor(langfang, { audience: 'some-other-app' }), /not issued by CityPact/],
    ['a token with its payload altered', async () => {
      const [header, , signature] = (await tokenFor(langfang)).split('.');
      const forged = Buffer.from(JSON.stringify({ ...langfang, 'cognito:groups': ['COORDINATOR'], 'custom:cluster_id': 'cluster-jjj' })).toString('base64url');
      return `${header}.${forged}.${signature}`;
    }, /not issued by CityPact/],
  ];
  test.each(refused)('%s gets HTTP 401 UNAUTHENTICATED', async (_name, token, message) => {
    const response = await gql(await token(), ME);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.data ?? null).toBeNull();
    const error = onlyError(response);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(message);
  });

  test('the scheme must be Bearer', async () => {
    const { invokeRaw, apiGatewayEvent } = await import('../support/api');
    const result = await invokeRaw(apiGatewayEvent(JSON.stringify({ query: ME }), { authorization: `Basic ${await tokenFor(langfang)}` }));
    expect(result.statusCode).toBe(401);
  });

  test('a genuine token for an account without a CityPact role gets HTTP 403 FORBIDDEN', async () => {
    const response = await gql(await tokenFor({ sub: 'u-x', name: 'Nobody', role: 'ADMINS' }), ME);
    expect(response.status).toBe(403);
    expect(onlyError(response)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/not set up for CityPact: it has no CityPact role/) });
  });

  test('every demo role signs in', async () => {
    for (const sub of ['demo-coordinator-jjj', 'demo-city-langfang', 'demo-evaluator-jjj', 'demo-superior'] as const) {
      const response = await gql(await demoToken(sub), ME);
      expect(response.data?.me.id).toBe(sub);
    }
  });
});
