import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isLoopbackAddress, isPublicAddress, WEBHOOK_TIMEOUT_MS, type WebhookUrlRules } from '../domain/webhooks';

/** What one attempt came to: the receiver's status, or why there was none. */
export interface PostResult {
  statusCode?: number;
  error?: string;
  durationMs: number;
}

export type WebhookPost = (url: string, body: string, headers: Record<string, string>) => Promise<PostResult>;

/**
 * Resolves a host name and refuses it when any address it resolves to is not public (loopback too, where allowed).
 * The connection is made to the address checked here, so a name that resolves to a public address for the check and
 * to a private one for the connection (DNS rebinding) cannot pass.
 */
export function guardedLookup(rules: WebhookUrlRules): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find(
        ({ address }) => !isPublicAddress(address) && !(rules.allowLoopback && isLoopbackAddress(address)),
      );
      if (refused || addresses.length === 0) {
        const why = refused
          ? `${hostname} resolves to ${refused.address}, a private, loopback or link-local address: not delivered`
          : `${hostname} resolves to no address`;
        return callback(Object.assign(new Error(why), { code: 'CITYPACT_REFUSED_ADDRESS' }), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** Why a request failed without an answer, in a line for the delivery's attempt list. */
function describe(error: Error & { code?: string }): string {
  if (error.code === 'CITYPACT_REFUSED_ADDRESS') return error.message;
  if (error.code === 'CITYPACT_TIMEOUT') return error.message;
  return error.code ? `${error.code}: ${error.message}` : error.message;
}

/**
 * POSTs one delivery: at most `WEBHOOK_TIMEOUT_MS` from start to the answer's status line, redirects not followed (a
 * 3xx is a failed attempt), the answer's body not read.
 */
export function webhookPost(rules: WebhookUrlRules, timeoutMs = WEBHOOK_TIMEOUT_MS): WebhookPost {
  const lookup = guardedLookup(rules);
  return (url, body, headers) =>
    new Promise<PostResult>((resolve) => {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const target = new URL(url);
      const send = target.protocol === 'https:' ? https.request : http.request;
      let settled = false;
      const settle = (result: PostResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const request = send(
        target,
        {
          method: 'POST',
          agent: false,
          lookup,
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            'user-agent': 'CityPact-Webhooks/1',
          },
        },
        (response) => {
          settle({ statusCode: response.statusCode, durationMs: elapsed() });
          response.destroy();
        },
      );
      const timer = setTimeout(
        () =>
          request.destroy(
            Object.assign(new Error(`No answer within ${timeoutMs / 1000} s`), { code: 'CITYPACT_TIMEOUT' }),
          ),
        timeoutMs,
      );
      request.on('error', (error) => settle({ error: describe(error), durationMs: elapsed() }));
      request.end(body);
    });
}
