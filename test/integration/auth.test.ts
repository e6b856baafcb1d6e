import { generatePrivatePem, keysFromPrivatePem, signLocalToken } from '../../scripts/lib/local-auth';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../src/auth/verifier';
import type { TokenSubject } from '../../scripts/lib/local-auth';
import { gql, onlyError, tokenFor } from '../support/api';
import { aCluster, type BuiltCluster } from '../support/world';

// No test here writes anything: they sign in against the file's own two clusters.
let jjj: BuiltCluster;
let yrd: BuiltCluster;
let langfang: TokenSubject;
beforeAll(async () => {
  [jjj, yrd] = await Promise.all([
    aCluster({ name: 'Beijing–Tianjin–Hebei', cities: ['Beijing', 'Tianjin', 'Langfang'] }).build(),
    aCluster({ name: 'Yangtze River Delta', cities: ['Suzhou', 'Jiaxing', 'Shanghai'] }).build(),
  ]);
  langfang = {
    sub: 'u-langfang',
    name: 'Langfang EMB',
    role: 'CITY',
    clusterId: jjj.id,
    cityId: jjj.city('Langfang').id,
  };
});

const ME = '{ me { id displayName role } }';
/** What ME reads, for the calls that look into it (ME stays a string: one test sends it in a raw event). */
type MeData = { me: { id: string; displayName: string; role: string } };

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
    [
      'a token signed with another key',
      async () => signLocalToken(await keysFromPrivatePem(generatePrivatePem()), langfang),
      /not issued by CityPact/,
    ],
    [
      'a token from another issuer',
      async () => tokenFor(langfang, { issuer: 'https://evil.example/issuer' }),
      /not issued by CityPact/,
    ],
    [
      'a token for another audience',
      async () => tokenFor(langfang, { audience: 'some-other-app' }),
      /not issued by CityPact/,
    ],
    [
      'a token with its payload altered',
      async () => {
        const [header, , signature] = (await tokenFor(langfang)).split('.');
        const forged = Buffer.from(
          JSON.stringify({ ...langfang, 'cognito:groups': ['COORDINATOR'], 'custom:cluster_id': jjj.id }),
        ).toString('base64url');
        return `${header}.${forged}.${signature}`;
      },
      /not issued by CityPact/,
    ],
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

  // Cognito ID tokens always carry these; a token signed by the right key but shaped otherwise is not a sign-in.
  const signedClaims = async (claims: Record<string, unknown>) => {
    const { SignJWT } = await import('jose');
    const keys = await keysFromPrivatePem(process.env.TEST_ISSUER_PRIVATE_PEM!);
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      sub: 'u-langfang',
      name: 'Langfang EMB',
      'cognito:groups': ['CITY'],
      'custom:cluster_id': jjj.id,
      'custom:city_id': jjj.city('Langfang').id,
      token_use: 'id',
      iss: LOCAL_ISSUER,
      aud: LOCAL_AUDIENCE,
      iat: now,
      exp: now + 3600,
      ...claims,
    };
    for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: keys.publicJwk.kid, typ: 'JWT' })
      .sign(keys.privateKey);
  };
  const notIdTokens: Array<[string, Record<string, unknown>, RegExp]> = [
    ['without an expiry time', { exp: undefined }, /no expiry time/],
    ['without an issue time', { iat: undefined }, /no issue time/],
    ['without a subject', { sub: undefined }, /no "sub"/],
    ['without an audience', { aud: undefined }, /not issued by CityPact|no audience/],
    ['marked as an access token', { token_use: 'access' }, /"access" token; CityPact needs the ID token/],
    ['without token_use', { token_use: undefined }, /does not say what it is for/],
    ['valid for a year', { exp: Math.floor(Date.now() / 1000) + 365 * 24 * 3600 }, /valid for more than a day/],
    [
      'issued in the future',
      { iat: Math.floor(Date.now() / 1000) + 3600, exp: Math.floor(Date.now() / 1000) + 7200 },
      /issued in the future/,
    ],
  ];
  test.each(notIdTokens)(
    'a genuinely signed token %s gets HTTP 401 UNAUTHENTICATED',
    async (_name, claims, message) => {
      const control = await gql<MeData>(await signedClaims({}), ME);
      expect(control.data?.me.id).toBe('u-langfang');
      const response = await gql(await signedClaims(claims), ME);
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      expect(onlyError(response)).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(message) as string,
      });
    },
  );

  // The tables are read before the clusters exist: each row makes its subject and message when its test runs.
  const badScopes: Array<[string, () => [TokenSubject, RegExp]]> = [
    [
      'a city officer whose city is in another cluster',
      () => [
        { sub: 'u-x', name: 'X', role: 'CITY', clusterId: yrd.id, cityId: jjj.city('Langfang').id },
        /its city, Langfang, is not a member of Yangtze River Delta/,
      ],
    ],
    [
      'a city officer of a city that does not exist',
      () => [
        { sub: 'u-x', name: 'X', role: 'CITY', clusterId: jjj.id, cityId: 'city-atlantis' },
        /a city that CityPact does not know \("city-atlantis"\)/,
      ],
    ],
    [
      'a coordinator of a cluster that does not exist',
      () => [
        { sub: 'u-x', name: 'X', role: 'COORDINATOR', clusterId: 'cluster-nowhere' },
        /a cluster that CityPact does not know \("cluster-nowhere"\)/,
      ],
    ],
    [
      'a coordinator of an upper-cased cluster id',
      () => [
        { sub: 'u-x', name: 'X', role: 'COORDINATOR', clusterId: yrd.id.toUpperCase() },
        new RegExp(`a cluster that CityPact does not know \\("${yrd.id.toUpperCase()}"\\)`),
      ],
    ],
    [
      'a coordinator whose cluster id is 2 KB long',
      () => [
        { sub: 'u-x', name: 'X', role: 'COORDINATOR', clusterId: 'c'.repeat(2048) },
        /an id of 2048 characters \(at most 200\)/,
      ],
    ],
    [
      'an evaluator of a cluster that does not exist',
      () => [{ sub: 'u-x', name: 'X', role: 'EVALUATOR', clusterId: 'cluster-nowhere' }, /does not know/],
    ],
    [
      'a superior that oversees no cluster',
      () => [
        { sub: 'u-x', name: 'X', role: 'SUPERIOR', clusterIds: [] },
        /a superior account needs the clusters it oversees/,
      ],
    ],
    [
      'a superior of one real and one unknown cluster',
      () => [
        { sub: 'u-x', name: 'X', role: 'SUPERIOR', clusterIds: [jjj.id, 'cluster-nowhere'] },
        /a cluster that CityPact does not know \("cluster-nowhere"\)/,
      ],
    ],
  ];
  test.each(badScopes)('%s gets HTTP 403 FORBIDDEN, and reads nothing', async (_name, row) => {
    const [subject, message] = row();
    const response = await gql(await tokenFor(subject), '{ me { id city { name } cluster { name } } }');
    expect(response.status).toBe(403);
    expect(response.data ?? null).toBeNull();
    expect(onlyError(response)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(message) as string });
  });

  test('a superior whose token names a cluster twice oversees it once', async () => {
    const response = await gql<{ clusters: { nodes: Array<{ id: string }> } }>(
      await tokenFor({ sub: 'u-x', name: 'X', role: 'SUPERIOR', clusterIds: [yrd.id, yrd.id] }),
      '{ clusters { nodes { id } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.clusters.nodes).toEqual([{ id: yrd.id }]);
  });

  test('the scheme must be Bearer', async () => {
    const { invokeRaw, apiGatewayEvent } = await import('../support/api');
    const result = await invokeRaw(
      apiGatewayEvent(JSON.stringify({ query: ME }), { authorization: `Basic ${await tokenFor(langfang)}` }),
    );
    expect(result.statusCode).toBe(401);
  });

  test('a genuine token for an account without a CityPact role gets HTTP 403 FORBIDDEN', async () => {
    const response = await gql(await tokenFor({ sub: 'u-x', name: 'Nobody', role: 'ADMINS' }), ME);
    expect(response.status).toBe(403);
    expect(onlyError(response)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/not set up for CityPact: it has no CityPact role/) as string,
    });
  });
});
