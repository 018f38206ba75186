import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/main/security/content-security-policy';

/**
 * The built page carries the CSP itself, so web mode is as locked down as Electron (which
 * also sends it as a header). Not in dev: Vite's dev server needs inline scripts.
 * frame-ancestors is ignored in a meta tag, so it is left to the header.
 *
 * connect-src is the one exception: a team's sync server is named at run time, and a meta tag
 * can never be widened after load. So the meta tag bounds connection to WebSocket and HTTP(S)
 * servers, and the response header narrows it to the app itself and the one sync server the
 * user named (Electron: main's header, security/sync-server-allowance.ts; web mode: the static
 * server's header, SYNC_SERVER). A page under two policies must satisfy both.
 */
const META_CONNECT_SRC = "connect-src 'self' ws: wss: http: https:";

function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .map((directive) => (directive.startsWith('connect-src') ? META_CONNECT_SRC : directive))
    .join('; ');
  return {
    name: 'parallax-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // Parsing runs here, in a utilityProcess with a memory bound and no file access, so
          // neither the window nor main ever waits on (or is reached by) a hostile file.
          'parse-process': resolve(import.meta.dirname, 'src/main/ingest/parse-process.ts'),
          // The same parser on a worker thread: what the CLI and the Node tests run.
          'ingest-worker': resolve(import.meta.dirname, 'src/main/ingest/ingest-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload must be CommonJS.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react(), contentSecurityPolicyMeta()],
    worker: { format: 'es' },
    build: {
      // Inline data: URLs would need a looser CSP; emit every asset as a file.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 4096,
    },
  },
});
