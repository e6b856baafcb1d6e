import { generateKeyPairSync } from 'node:crypto';
import * as https from 'aws-jwt-verify/https';
import { exportJWK, SignJWT } from 'jose';
import { loadAuthConfig } from '../../../src/auth/config';
import { UnauthenticatedError } from '../../../src/domain/errors';
import { authenticate, createTokenVerifier } from '../../../src/auth/verifier';

/**
 * The deployed API verifies Cognito ID tokens of two app clients: its own and the console's. These are real RS256
 * tokens through the real Cognito verifier; only the user pool's JWKS download is answered here.
 */
const POOL = 'ap-east-1_Console1';
const ISSUER = `https://cognito-idp.ap-east-1.amazonaws.com/${POOL}`;
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

beforeAll(async () => {
  const jwk = { ...(await exportJWK(publicKey)), kid: 'pool-key', alg: 'RS256', use: 'sig' };
  jest.spyOn(https, 'fetch').mockImplementation((uri) => {
    if (uri !== `${ISSUER}/.well-known/jwks.json`) throw new Error(`unexpected fetch of ${uri}`);
    return Promise.resolve(new TextEncoder().encode(JSON.stringify({ keys: [jwk] })).buffer);
  });
});
afterAll(() => jest.restoreAllMocks());

const verify = createTokenVerifier(
  loadAuthConfig({ AUTH_MODE: 'cognito', COGNITO_USER_POOL_ID: POOL, COGNITO_CLIENT_IDS: 'apiclient,consoleclient' }),
);

/** An ID token as Cognito's hosted sign-in issues it to a client. */
async function idToken(audience: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    token_use: 'id',
    'cognito:groups': ['CITY'],
    'cognito:username': 'officer-langfang',
    name: 'Langfang Emergency Management Bureau',
    'custom:cluster_id': 'cluster-jjj',
    'custom:city_id': 'city-langfang',
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'pool-key' })
    .setIssuer(ISSUER)
    .setSubject('officer-langfang')
    .setAudience(audience)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(privateKey);
}

test("an ID token issued to the console's client signs the official in, as one of the API's own does", async () => {
  for (const client of ['consoleclient', 'apiclient']) {
    const caller = await authenticate(verify, `Bearer ${await idToken(client)}`);
    expect(caller).toMatchObject({ role: 'CITY', clusterId: 'cluster-jjj', cityId: 'city-langfang' });
  }
});

test('a token of any other client of the pool is refused as not issued by CityPact', async () => {
  const refused = authenticate(verify, `Bearer ${await idToken('someotherclient')}`);
  await expect(refused).rejects.toBeInstanceOf(UnauthenticatedError);
  await expect(refused).rejects.toThrow('Your token was not issued by CityPact or has been altered. Sign in again.');
});
