/**
 * The CLI parses in the same supervised worker thread as the app (src/main/ingest), so a
 * hostile file meets the same time and memory budget and the CLI answers it instead of
 * aborting out of memory. Built (out/cli/parallax.mjs, vite.cli.config.ts), it runs the app's
 * built worker beside it (out/main/ingest-worker.js); run from source (`npm run cli`), the
 * TypeScript worker, started through tsx like the CLI itself.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createParserThread } from '../main/ingest/parser-thread';

const WORKER = fileURLToPath(new URL('../main/ingest/ingest-worker.ts', import.meta.url));
const TSCONFIG = resolve(fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url)));

/** Registers tsx in the new thread (with the CLI's tsconfig, for its path aliases), then loads the worker. */
export const TS_WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register({ tsconfig: ${JSON.stringify(TSCONFIG)} }); return import(${JSON.stringify(pathToFileURL(WORKER).href)}); });`;

/** This module runs from the bundle, not from its TypeScript source. */
const BUILT = !import.meta.url.endsWith('.ts');
const BUILT_WORKER = new URL('../main/ingest-worker.js', import.meta.url);

let parser: ReturnType<typeof createParserThread> | null = null;

/** One parser for the CLI's run (its thread starts with the first file). */
export function cliParser(): ReturnType<typeof createParserThread> {
  parser ??= BUILT ? createParserThread(BUILT_WORKER) : createParserThread(TS_WORKER_BOOTSTRAP, { eval: true });
  return parser;
}

/** Ends the parser thread, so the process can exit once its output is written. */
export async function disposeCliParser(): Promise<void> {
  await parser?.dispose();
  parser = null;
}
