import { createHash } from 'node:crypto';
import {
  authorizeUrl,
  base64Url,
  codeChallenge,
  createCodeVerifier,
  readClaims,
  tokenRequest,
} from '../../web/src/auth/pkce';

// The console's Cognito sign-in (authorization code with PKCE, RFC 7636). The hosted UI itself cannot be reached
// here; these pin every piece the console computes and sends.
const settings = {
  domain: 'https://citypact-dev.auth.ap-east-1.amazoncognito.com',
  clientId: 'abc123client',
  redirectUri: 'https://console.example.org/',
};

test('the S256 challenge of the RFC 7636 example verifier is the RFC example challenge', async () => {
  await expect(codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
    'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  );
});

test('a verifier has the asked length, only unreserved characters, and differs each time', async () => {
  const verifiers = new Set(Array.from({ length: 50 }, () => createCodeVerifier()));
  expect(verifiers.size).toBe(50);
  for (const verifier of verifiers) {
    expect(verifier).toMatch(/^[A-Za-z0-9._~-]{64}$/);
    // The challenge is base64url of the verifier's SHA-256, without padding.
    await expect(codeChallenge(verifier)).resolves.toBe(createHash('sha256').update(verifier).digest('base64url'));
  }
  expect(createCodeVerifier(128)).toHaveLength(128);
  expect(() => createCodeVerifier(42)).toThrow(RangeError);
  expect(() => createCodeVerifier(129)).toThrow(RangeError);
});

test('bytes that would favour some characters are skipped, so every character is as likely', () => {
  // 198 and above (the last multiple of 66) are skipped; 0 and 65 map to the first and last character.
  const feed = [255, 198, 0, 65, 131, 132, 197];
  const random = (bytes: Uint8Array) => bytes.map((_, index) => feed[index] ?? 0);
  const verifier = createCodeVerifier(43, random);
  expect(verifier.slice(0, 5)).toBe('A~~A~');
  expect(verifier).toHaveLength(43);
});

test('base64url has no padding and no + or /', () => {
  expect(base64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
  expect(base64Url(new Uint8Array([1]))).toBe('AQ');
});

test('the authorize URL asks the hosted UI for a code with the S256 challenge, the state and the redirect', () => {
  const url = new URL(authorizeUrl(settings, 'CHALLENGE', 'STATE'));
  expect(url.origin + url.pathname).toBe(`${settings.domain}/oauth2/authorize`);
  expect(Object.fromEntries(url.searchParams)).toEqual({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: settings.redirectUri,
    scope: 'openid profile email',
    code_challenge: 'CHALLENGE',
    code_challenge_method: 'S256',
    state: 'STATE',
  });
});

test('the token request posts the code with the verifier, form-encoded, to the domain /oauth2/token', () => {
  const { url, init } = tokenRequest(settings, 'the-code', 'the-verifier');
  expect(url).toBe(`${settings.domain}/oauth2/token`);
  expect(init.method).toBe('POST');
  expect(init.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded' });
  expect(Object.fromEntries(new URLSearchParams(init.body as string))).toEqual({
    grant_type: 'authorization_code',
    client_id: settings.clientId,
    code: 'the-code',
    redirect_uri: settings.redirectUri,
    code_verifier: 'the-verifier',
  });
});

test("a token's claims are read, Chinese names included", () => {
  const payload = Buffer.from(JSON.stringify({ sub: 'u-1', name: '廊坊市应急管理局', exp: 1 })).toString('base64url');
  expect(readClaims(`header.${payload}.signature`)).toEqual({ sub: 'u-1', name: '廊坊市应急管理局', exp: 1 });
});
