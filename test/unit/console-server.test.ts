import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleNeedsBuild, createConsoleServer } from '../../scripts/lib/console-server';

// The local front door of `npm start`: the console's files, the IDE page, the configuration and the demo identities,
// and POST /graphql passed to the API unchanged. The API here is a stand-in that echoes what it received.
const dist = mkdtempSync(join(tmpdir(), 'citypact-console-dist-'));
let api: Server;
let front: Server;
let base: string;
const received: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders; body: string }> = [];

const listen = (server: Server) =>
  new Promise<number>((ready) => server.listen(0, '127.0.0.1', () => ready((server.address() as AddressInfo).port)));

beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<title>console</title>');
  writeFileSync(join(dist, 'ide.html'), '<title>ide</title>');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, '..', 'secret.txt'), 'outside the console');
  api = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end('{"errors":[{"message":"no","extensions":{"code":"UNAUTHENTICATED"}}]}');
    });
  });
  const apiPort = await listen(api);
  front = createConsoleServer({
    distDir: dist,
    apiOrigin: `http://127.0.0.1:${apiPort}`,
    apiUrl: 'http://127.0.0.1:1234/graphql',
    identities: () => [{ sub: 'demo-city-langfang', name: 'Langfang', role: 'CITY', token: 'tok', cityId: 'x' }],
  });
  base = `http://127.0.0.1:${await listen(front)}`;
});

afterAll(async () => {
  await new Promise((done) => front.close(done));
  await new Promise((done) => api.close(done));
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(dist, '..', 'secret.txt'), { force: true });
});

test('POST /graphql reaches the API unchanged, and its answer comes back unchanged', async () => {
  const body = '{"query":"{ me { id } }"}';
  const response = await fetch(`${base}/graphql?x=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer abc', 'apollo-require-preflight': 'true' },
    body,
  });
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Bearer');
  expect(await response.json()).toEqual({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
  const last = received[received.length - 1];
  expect(last).toMatchObject({ method: 'POST', url: '/graphql?x=1', body });
  expect(last.headers).toMatchObject({ authorization: 'Bearer abc', 'apollo-require-preflight': 'true' });
});

test('a browser asking for /graphql gets the IDE page; the console is served at / and any other page address', async () => {
  const html = { headers: { accept: 'text/html,application/xhtml+xml' } };
  await expect((await fetch(`${base}/graphql`, html)).text()).resolves.toBe('<title>ide</title>');
  await expect((await fetch(`${base}/`)).text()).resolves.toBe('<title>console</title>');
  await expect((await fetch(`${base}/office/late`, html)).text()).resolves.toBe('<title>console</title>');
  const asset = await fetch(`${base}/assets/app-abc123.js`);
  expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(asset.headers.get('cache-control')).toContain('immutable');
  expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
});

test('the configuration names the API and local sign-in; the identities carry only what the sign-in page shows', async () => {
  await expect((await fetch(`${base}/config.json`)).json()).resolves.toEqual({
    apiUrl: 'http://127.0.0.1:1234/graphql',
    auth: { mode: 'local' },
  });
  await expect((await fetch(`${base}/local/identities`)).json()).resolves.toEqual([
    { sub: 'demo-city-langfang', name: 'Langfang', role: 'CITY', token: 'tok' },
  ]);
});

test('nothing outside the built console is served, however the path is spelled', async () => {
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
    const status = await new Promise<number>((done, reject) =>
      request(`${base}${path}`, { method: 'GET' }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    expect({ path, status }).toEqual({ path, status: 404 });
  }
  expect((await fetch(`${base}/`, { method: 'DELETE' })).status).toBe(405);
  // A path that does not decode is refused, and the server goes on serving.
  expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
  expect((await fetch(`${base}/`)).status).toBe(200);
});

test('the console is rebuilt when missing or older than its sources, and not otherwise', () => {
  const root = mkdtempSync(join(tmpdir(), 'citypact-console-root-'));
  try {
    mkdirSync(join(root, 'web/src'), { recursive: true });
    writeFileSync(join(root, 'web/src/main.tsx'), '');
    expect(consoleNeedsBuild(root)).toBe(true);
    mkdirSync(join(root, 'web/dist'));
    writeFileSync(join(root, 'web/dist/index.html'), '');
    writeFileSync(join(root, 'web/dist/ide.html'), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'web/src/main.tsx'), old, old);
    utimesSync(join(root, 'web/src'), old, old);
    expect(consoleNeedsBuild(root)).toBe(false);
    writeFileSync(join(root, 'web/src/main.tsx'), 'changed');
    expect(consoleNeedsBuild(root)).toBe(true);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a request naming another host (a rebound DNS name) is refused, the demo tokens included', async () => {
  for (const path of ['/local/identities', '/config.json', '/', '/graphql']) {
    const status = await new Promise<number>((done, reject) =>
      request(`${base}${path}`, { method: 'GET', headers: { host: 'attacker.example:80' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    expect({ path, status }).toEqual({ path, status: 421 });
  }
  const before = received.length;
  const post = await new Promise<number>((done, reject) => {
    const req = request(
      `${base}/graphql`,
      { method: 'POST', headers: { host: 'attacker.example', 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{"query":"{ me { id } }"}');
  });
  expect(post).toBe(421);
  expect(received).toHaveLength(before);
});
