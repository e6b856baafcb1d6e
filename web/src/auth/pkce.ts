/**
 * Authorization code with PKCE (RFC 7636) against the Cognito hosted UI: the pieces, free of the page, so they are
 * unit-tested. The verifier stays in the tab's sessionStorage between the redirect and the exchange.
 */

const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/** A random code verifier of `length` (43 to 128) unreserved characters, drawn uniformly. */
export function createCodeVerifier(length = 64, random: (bytes: Uint8Array) => Uint8Array = fillRandom): string {
  if (length < 43 || length > 128) throw new RangeError('A PKCE code verifier has 43 to 128 characters.');
  // Bytes at or above the last multiple of 66 are skipped, so no character is likelier than another.
  const limit = Math.floor(256 / UNRESERVED.length) * UNRESERVED.length;
  let verifier = '';
  while (verifier.length < length) {
    for (const byte of random(new Uint8Array(length))) {
      if (byte < limit && verifier.length < length) verifier += UNRESERVED[byte % UNRESERVED.length];
    }
  }
  return verifier;
}

function fillRandom(bytes: Uint8Array): Uint8Array {
  return crypto.getRandomValues(bytes);
}

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The S256 challenge: BASE64URL(SHA-256(verifier)). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export interface CognitoSettings {
  domain: string;
  clientId: string;
  redirectUri: string;
}

/** Where to send the browser to sign in. */
export function authorizeUrl(settings: CognitoSettings, challenge: string, state: string): string {
  const url = new URL('/oauth2/authorize', settings.domain);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: settings.redirectUri,
    scope: 'openid profile email',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();
  return url.toString();
}

/** The token request that trades the returned code (with the verifier that proves this tab started it) for tokens. */
export function tokenRequest(
  settings: CognitoSettings,
  code: string,
  verifier: string,
): { url: string; init: RequestInit } {
  return {
    url: new URL('/oauth2/token', settings.domain).toString(),
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: settings.clientId,
        code,
        redirect_uri: settings.redirectUri,
        code_verifier: verifier,
      }).toString(),
    },
  };
}

/** The claims of a JWT, read without verifying it (the API verifies every request; the console only shows them). */
export function readClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const padded = payload
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(payload.length / 4) * 4, '=');
  const json = new TextDecoder().decode(Uint8Array.from(atob(padded), (char) => char.charCodeAt(0)));
  return JSON.parse(json) as Record<string, unknown>;
}
