/**
 * The local front door of `npm start`, on loopback: the console (web/dist), the GraphQL IDE at GET /graphql, the
 * console's /config.json, the demo identities (local mode only) and POST /graphql passed unchanged to
 * serverless-offline, so the page and the API share one origin and need no CORS.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export interface LocalIdentityWithToken {
  sub: string;
  name: string;
  role: string;
  token: string;
}

export interface ConsoleServerOptions {
  /** The built console (web/dist). */
  distDir: string;
  /** Where serverless-offline serves the handler, e.g. http://127.0.0.1:41234. */
  apiOrigin: string;
  /** What the console calls: this server's own POST /graphql. */
  apiUrl: string;
  /** The demo identities and their tokens, offered on the sign-in page. */
  identities: () => readonly LocalIdentityWithToken[];
}

export function createConsoleServer(options: ConsoleServerOptions): Server {
  const distDir = resolve(options.distDir);
  return createServer((req, res) => {
    // Only the loopback names: a page elsewhere that rebinds its own host name to 127.0.0.1 must not read the demo
    // tokens (or anything else) through the visitor's browser.
    const port = req.socket.localPort;
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`)
      return send(res, 421, 'text/plain', 'Misdirected request: open the console at 127.0.0.1.');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (url.pathname === '/graphql' && !wantsPage) return proxy(req, res, options.apiOrigin);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === '/graphql') return serveFile(res, join(distDir, 'ide.html'), 'no-cache');
    if (url.pathname === '/config.json') {
      const config = { apiUrl: options.apiUrl, auth: { mode: 'local' } };
      return send(res, 200, CONTENT_TYPES['.json'], JSON.stringify(config), 'no-store');
    }
    if (url.pathname === '/local/identities') {
      const identities = options.identities().map(({ sub, name, role, token }) => ({ sub, name, role, token }));
      return send(res, 200, CONTENT_TYPES['.json'], JSON.stringify(identities), 'no-store');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'text/plain', 'Bad request');
    }
    const file = resolve(distDir, `.${pathname}`);
    if (!file.startsWith(distDir + sep) && file !== distDir) return send(res, 404, 'text/plain', 'Not found');
    if (url.pathname !== '/' && existsSync(file) && statSync(file).isFile()) {
      // Hashed asset names change with their content, so they may be kept for good.
      return serveFile(
        res,
        file,
        url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    // Any other page address is the console's (it reads its state from the page, not the path).
    if (wantsPage || url.pathname === '/') return serveFile(res, join(distDir, 'index.html'), 'no-cache');
    return send(res, 404, 'text/plain', 'Not found');
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-cache'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function serveFile(res: ServerResponse, file: string, cache: string): void {
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    return send(res, 503, 'text/plain', 'The console is not built yet: restart npm start.');
  }
  send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body, cache);
}

/** The request as it came (method, path, headers, body) to serverless-offline, and its answer back as it is. */
function proxy(req: IncomingMessage, res: ServerResponse, apiOrigin: string): void {
  const target = new URL(req.url ?? '/graphql', apiOrigin);
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent)
      send(
        res,
        502,
        'application/json',
        JSON.stringify({ errors: [{ message: 'The API is not answering.', extensions: { code: 'BAD_GATEWAY' } }] }),
      );
    else res.destroy();
  });
  req.pipe(upstream);
}

/** Newest modification time under `path` (a file or a folder), ignoring nothing: web/src is small. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/**
 * Whether web/dist is missing or older than what it is built from: the console's sources, its pages and build config,
 * and the README (the IDE's example tabs come from it).
 */
export function consoleNeedsBuild(root: string): boolean {
  const built = join(root, 'web/dist/index.html');
  if (!existsSync(built) || !existsSync(join(root, 'web/dist/ide.html'))) return true;
  const sources = ['web/src', 'web/index.html', 'web/ide.html', 'web/vite.config.mts', 'README.md'];
  return Math.max(...sources.map((source) => newestMtime(join(root, source)))) > statSync(built).mtimeMs;
}

/**
 * Builds the console into a fresh folder and swaps it in whole, so a page being served (or a second `npm start`
 * building at the same moment) never sees half a build.
 */
export async function buildConsole(root: string): Promise<void> {
  const outDir = join(root, 'web', `.dist-${process.pid}-${Date.now()}`);
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  const code = await new Promise<number | null>((done, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', 'web/vite.config.mts'], {
      cwd: root,
      env: { ...process.env, CONSOLE_OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', done);
  });
  if (code !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`Building the console failed (vite exited ${code}; see its output above).`);
  }
  const dist = join(root, 'web/dist');
  const old = join(root, 'web', `.dist-old-${process.pid}-${Date.now()}`);
  if (existsSync(dist)) renameSync(dist, old);
  try {
    renameSync(outDir, dist);
  } catch {
    // Another start swapped its build in first: both are built from the same sources.
    rmSync(outDir, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}
