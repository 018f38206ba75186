// A minimal static file server for out/renderer: web mode for people (npm run web) and the
// page under test for the end-to-end tests. Serves only files under the root, on loopback.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html.txt': 'text/plain',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.map': 'application/json',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * The page's connections, narrowed by a header to the app itself and the team's sync server
 * (if one is named): the page's own meta CSP sets every other directive (electron.vite.config.ts).
 */
export function connectPolicy(syncServer) {
  const sources = ["'self'"];
  if (syncServer) {
    const url = new URL(syncServer);
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new Error(`SYNC_SERVER must be a ws:// or wss:// address, not ${syncServer}`);
    sources.push(`${url.protocol}//${url.host}`, `${url.protocol === 'wss:' ? 'https:' : 'http:'}//${url.host}`);
  }
  return `connect-src ${sources.join(' ')}`;
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. `syncServer`: the team's ws(s):// address. */
export function startStaticServer(root, port = 0, host = '127.0.0.1', syncServer = null) {
  const base = resolve(root);
  const policy = connectPolicy(syncServer);
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) {
        response.writeHead(403).end('Forbidden');
        return;
      }
      let info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!info) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': policy,
      });
      createReadStream(path).pipe(response);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
