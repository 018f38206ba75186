import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The app's own scheme. A build loads from app://parallax/ instead of file://, so the page has
 * a real origin of its own and no file:// privileges (the GrantFileProtocolExtraPrivileges
 * fuse is off), and main decides, file by file, what that origin can load.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parallax';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready` (protocol.registerSchemesAsPrivileged). Standard: relative URLs and
 * an origin work as on the web; secure: the page is a secure context; fetch: workers and
 * modules load. Not bypassCSP: the page's policy still applies to it.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** Types of what electron-vite writes into out/renderer; anything else is served as bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under `rootDir` an app:// URL names, or null when it names none: another host, a
 * path that climbs out of the folder (`..`, encoded or not), a NUL byte or a backslash (a
 * second separator on Windows), or a path that does not decode. `/` is the entry page.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

export type ReadAppFile = (path: string) => Promise<Uint8Array>;

/**
 * The handler protocol.handle runs for app://. It answers only files inside `rootDir`, each
 * with the content security policy (a custom scheme's responses are not seen by the session's
 * header hook, so the policy travels with the response itself).
 */
export function createAppProtocolHandler(
  rootDir: string,
  contentSecurityPolicy: string | (() => string),
  read: ReadAppFile = (path) => readFile(path),
): (request: Request) => Promise<Response> {
  // A function: the policy can change while the app runs (the user names a sync server).
  const policy = typeof contentSecurityPolicy === 'string' ? () => contentSecurityPolicy : contentSecurityPolicy;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Not allowed', { status: 405 });
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    let bytes: Uint8Array;
    try {
      bytes = await read(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': policy(),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
