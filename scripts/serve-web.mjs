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
const { url } = await startStaticServer(root, port);
console.log(`Parallax (web mode) is running at ${url}`);
console.log('Open it in Chromium or Firefox. Your corpus is stored in that browser, for that address. Ctrl+C stops the server.');
