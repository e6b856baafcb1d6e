import type { ConsoleConfig } from '../config';
import { authorizeUrl, codeChallenge, createCodeVerifier, readClaims, tokenRequest } from './pkce';

/** Who is signed in. Kept in localStorage so the console and the IDE (same origin) share it. */
export interface Session {
  token: string;
  sub: string;
  displayName: string;
  role: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const SESSION_KEY = 'citypact.session';
const PKCE_KEY = 'citypact.pkce';

export function currentSession(): Session | null {
  const raw = localStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (session.expiresAt * 1000 <= Date.now()) {
      localStorage.removeItem(SESSION_KEY);
      return null;
    }
    return session;
  } catch {
    localStorage.removeItem(SESSION_KEY);
    return null;
  }
}

export function sessionFromToken(token: string): Session {
  const claims = readClaims(token);
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as string[]) : [];
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const sub = text(claims.sub) ?? '';
  return {
    token,
    sub,
    displayName: text(claims.name) ?? text(claims.email) ?? text(claims['cognito:username']) ?? sub,
    role: groups[0] ?? '',
    expiresAt: typeof claims.exp === 'number' ? claims.exp : Math.floor(Date.now() / 1000) + 3600,
  };
}

export function signIn(token: string): Session {
  const session = sessionFromToken(token);
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

export function signOut(): void {
  localStorage.removeItem(SESSION_KEY);
}

/** A demo identity `npm start` offers in local mode (never deployed). */
export interface LocalIdentity {
  sub: string;
  name: string;
  role: string;
  token: string;
}

export async function localIdentities(): Promise<LocalIdentity[]> {
  const response = await fetch('/local/identities', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The demo identities could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as LocalIdentity[];
}

type CognitoAuth = Extract<ConsoleConfig['auth'], { mode: 'cognito' }>;

/** Sends the browser to the Cognito hosted UI, remembering the verifier and state for the way back. */
export async function beginCognitoSignIn(auth: CognitoAuth): Promise<void> {
  const verifier = createCodeVerifier();
  const state = createCodeVerifier(43);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state }));
  window.location.assign(authorizeUrl(auth, await codeChallenge(verifier), state));
}

/**
 * On the way back from the hosted UI (`?code=…&state=…`): checks the state, exchanges the code for tokens and signs
 * in with the ID token (the one the API verifies). Returns null when the URL carries no code.
 */
export async function completeCognitoSignIn(auth: CognitoAuth): Promise<Session | null> {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  if (!code) return null;
  const saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(PKCE_KEY);
  window.history.replaceState(null, '', window.location.pathname);
  if (!saved || saved.state !== params.get('state'))
    throw new Error('The sign-in answer does not belong to this tab. Please sign in again.');
  const { url, init } = tokenRequest(auth, code, saved.verifier);
  const response = await fetch(url, init);
  const body = (await response.json().catch(() => ({}))) as { id_token?: string; error?: string };
  if (!response.ok || !body.id_token) throw new Error(`Sign-in failed: ${body.error ?? `HTTP ${response.status}`}.`);
  return signIn(body.id_token);
}
