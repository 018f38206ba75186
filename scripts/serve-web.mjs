// `npm run web`: serves the built renderer at a localhost address for any Chromium or Firefox.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../out/renderer');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('out/renderer is missing: run `npm run build` first (npm run web does this for you).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5178);
// The team's sync server, if any: the one address besides its own the page may connect to.
const syncServer = process.env.SYNC_SERVER || null;
const { url } = await startStaticServer(root, port, '127.0.0.1', syncServer);
console.log(`Parallax (web mode) is running at ${url}`);
if (syncServer) console.log(`It may connect to the sync server at ${syncServer}.`);
console.log('Open it in Chromium or Firefox. Your corpus is stored in that browser, for that address. Ctrl+C stops the server.');
