/**
 * The local token issuer: an RSA keypair generated on first start (kept under .data/, never committed) that signs
 * tokens shaped like Cognito ID tokens. The Lambda verifies them with aws-jwt-verify against the public key only.
 */
import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, exportJWK, calculateJwkThumbprint, type JWK } from 'jose';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../src/auth/verifier';

export interface LocalKeys {
  privateKey: KeyObject;
  publicJwk: JWK & { kid: string };
}

export async function keysFromPrivatePem(pem: string): Promise<LocalKeys> {
  const privateKey = createPrivateKey(pem);
  const jwk = await exportJWK(createPublicKey(privateKey));
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, publicJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}

export function generatePrivatePem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Loads the keypair from `dir`, creating it (owner-readable only) on first use. */
export async function ensureLocalKeys(dir: string): Promise<LocalKeys> {
  const file = join(dir, 'local-issuer-private.pem');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, generatePrivatePem(), { mode: 0o600 });
  }
  return keysFromPrivatePem(readFileSync(file, 'utf8'));
}

export interface TokenSubject {
  sub: string;
  name: string;
  role: string;
  clusterId?: string;
  cityId?: string;
  clusterIds?: readonly string[];
}

/** Signs a token with the claim names Cognito uses (groups = roles, custom attributes = scope). */
export async function signLocalToken(
  keys: LocalKeys,
  subject: TokenSubject,
  options: { expiresIn?: string | number; issuer?: string; audience?: string } = {},
): Promise<string> {
  const claims: Record<string, unknown> = { name: subject.name, 'cognito:groups': [subject.role], token_use: 'id' };
  if (subject.clusterId) claims['custom:cluster_id'] = subject.clusterId;
  if (subject.cityId) claims['custom:city_id'] = subject.cityId;
  if (subject.clusterIds) claims['custom:cluster_ids'] = subject.clusterIds.join(',');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: keys.publicJwk.kid, typ: 'JWT' })
    .setSubject(subject.sub)
    .setIssuer(options.issuer ?? LOCAL_ISSUER)
    .setAudience(options.audience ?? LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(keys.privateKey);
}
