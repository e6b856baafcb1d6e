import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST as a receiver got it: the raw body and headers, and when it arrived. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  arrivedAt: number;
}

/** A webhook receiver on 127.0.0.1: records every POST and answers with `status(request)` (200 by default). */
export interface Receiver {
  url(path?: string): string;
  received: Received[];
  /** Resolves once `count` requests have arrived in all (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  answer(status: (request: Received) => number | 'hang'): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let answer: (request: Received) => number | 'hang' = () => 200;
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const got: Received = {
        path: request.url ?? '/',
        headers: request.headers,
        rawBody: Buffer.concat(chunks).toString('utf8'),
        arrivedAt: performance.now(),
      };
      received.push(got);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
      const status = answer(got);
      if (status === 'hang') return;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    received,
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        if (received.length >= count) return resolve(received);
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} webhook requests, got ${received.length}`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received);
          },
        });
      }),
    answer: (status) => {
      answer = status;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a receiver does with a delivery: recompute the signature over `timestamp.rawBody` and compare in constant time. */
export function verifiedAsReceiver(secret: string, request: Received): boolean {
  const timestamp = String(request.headers['x-citypact-timestamp']);
  const signature = String(request.headers['x-citypact-signature']);
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${request.rawBody}`).digest('hex')}`;
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}
