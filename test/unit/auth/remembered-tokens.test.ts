import { generateKeyPairSync } from 'node:crypto';
import { exportJWK, SignJWT } from 'jose';
import { loadAuthConfig } from '../../../src/auth/config';
import { createAuthenticator, createTokenVerifier, LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../../src/auth/verifier';

/**
 * A container remembers the tokens it accepted, so an official's next request skips the signature check. These tests
 * count the real verifier's calls (local mode, real RS256 tokens) and check that remembering never lets in what a
 * fresh check would refuse.
 */
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

async function verifierCounting() {
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'local', alg: 'RS256', use: 'sig' };
  const verify = createTokenVerifier(loadAuthConfig({ AUTH_MODE: 'local', LOCAL_AUTH_JWK: JSON.stringify(jwk) }));
  const calls = { count: 0 };
  const counted = (token: string) => {
    calls.count += 1;
    return verify(token);
  };
  return { calls, counted };
}

async function token({
  subject = 'officer-langfang',
  lifetimeSeconds = 3600,
  signWith = keys.privateKey,
}: { subject?: string; lifetimeSeconds?: number; signWith?: typeof keys.privateKey } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    token_use: 'id',
    'cognito:groups': ['CITY'],
    name: 'Langfang Emergency Management Bureau',
    'custom:cluster_id': 'cluster-jjj',
    'custom:city_id': 'city-langfang',
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'local' })
    .setIssuer(LOCAL_ISSUER)
    .setSubject(subject)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(signWith);
}

afterEach(() => jest.useRealTimers());

test("an official's token is verified once, then the same caller is answered until it expires", async () => {
  const { calls, counted } = await verifierCounting();
  const authenticate = createAuthenticator(counted);
  const bearer = `Bearer ${await token()}`;
  const first = await authenticate(bearer);
  const again = await authenticate(bearer);
  expect(again).toEqual(first);
  expect(first).toMatchObject({ role: 'CITY', clusterId: 'cluster-jjj', cityId: 'city-langfang' });
  expect(calls.count).toBe(1);
});

test('a remembered token past its expiry is checked again and refused as expired', async () => {
  const { calls, counted } = await verifierCounting();
  const authenticate = createAuthenticator(counted);
  const bearer = `Bearer ${await token({ lifetimeSeconds: 60 })}`;
  await authenticate(bearer);
  jest.useFakeTimers({ now: Date.now() + 61_000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  await expect(authenticate(bearer)).rejects.toThrow('Your sign-in has expired. Sign in again to get a new token.');
  expect(calls.count).toBe(2);
});

test('a token altered after one was accepted is never taken for it', async () => {
  const { counted } = await verifierCounting();
  const authenticate = createAuthenticator(counted);
  const genuine = await token();
  await authenticate(`Bearer ${genuine}`);
  const [header, payload, signature] = genuine.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const forged = Buffer.from(JSON.stringify({ ...claims, 'custom:city_id': 'city-beijing' })).toString('base64url');
  await expect(authenticate(`Bearer ${header}.${forged}.${signature}`)).rejects.toThrow(
    'Your token was not issued by CityPact or has been altered. Sign in again.',
  );
  await expect(authenticate(`Bearer ${await token({ signWith: otherKeys.privateKey })}`)).rejects.toThrow(
    'Your token was not issued by CityPact or has been altered. Sign in again.',
  );
});

test('a refused token is checked again every time, never remembered', async () => {
  const { calls, counted } = await verifierCounting();
  const authenticate = createAuthenticator(counted);
  const stranger = `Bearer ${await token({ signWith: otherKeys.privateKey })}`;
  await expect(authenticate(stranger)).rejects.toThrow('altered');
  await expect(authenticate(stranger)).rejects.toThrow('altered');
  expect(calls.count).toBe(2);
});

test('each caller gets their own identity back, and the memory holds at most its capacity', async () => {
  const { calls, counted } = await verifierCounting();
  const authenticate = createAuthenticator(counted, 2);
  const bearers = await Promise.all(['a', 'b', 'c'].map(async (who) => `Bearer ${await token({ subject: who })}`));
  for (const bearer of bearers) await authenticate(bearer);
  expect((await authenticate(bearers[2])).id).toBe('c');
  expect((await authenticate(bearers[1])).id).toBe('b');
  expect(calls.count).toBe(3);
  // The least recently used ('a') was let go: it is verified again.
  expect((await authenticate(bearers[0])).id).toBe('a');
  expect(calls.count).toBe(4);
});

test('a request without a bearer token is refused before anything is remembered or verified', async () => {
  const { calls, counted } = await verifierCounting();
  const authenticate = createAuthenticator(counted);
  await expect(authenticate(undefined)).rejects.toThrow('Sign in first');
  expect(calls.count).toBe(0);
});
