import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The CLI, built: one ES module for Node (out/cli/parallax.mjs, the `parallax` bin), so that a
 * command starts without compiling TypeScript first (tsx takes over a second on every start).
 * Packages stay in node_modules (imported, not copied): Node loads them as they are, and the
 * bundle holds only Parallax's own code. It parses in the app's built worker
 * (out/main/ingest-worker.js, from `electron-vite build`), see src/cli/parser.ts.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  build: {
    ssr: resolve(import.meta.dirname, 'src/cli/main.ts'),
    outDir: resolve(import.meta.dirname, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'es', entryFileNames: 'parallax.mjs', banner: '#!/usr/bin/env node' },
    },
  },
});
