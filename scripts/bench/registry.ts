/**
 * Every benchmark `npm run bench` runs, in this order. A new figure from issue 7 is added here:
 * a module under scripts/bench/benchmarks exporting a `Benchmark` (kind 'browser' for those that
 * run in Chromium; see scripts/bench/browser/harness.ts).
 *
 * Every figure of issue 7 is registered; "compare 5 seeds; compare 50 articles" reports nothing
 * while OUR_COMPARE in benchmarks/compare.ts is unset.
 */
import { cliStart } from './benchmarks/cli-start';
import { compare } from './benchmarks/compare';
import { dossier } from './benchmarks/dossier';
import { importExport } from './benchmarks/import-export';
import { importIndexedDb } from './benchmarks/import-indexeddb';
import { memory } from './benchmarks/memory';
import { scale } from './benchmarks/scale';
import { openArticle } from './benchmarks/open-article';
import { parseHostile } from './benchmarks/parse-hostile';
import { parseReadability } from './benchmarks/parse-readability';
import { reanchor } from './benchmarks/reanchor';
import { search } from './benchmarks/search';
import { stories } from './benchmarks/stories';
import { syncServer } from './benchmarks/sync-server';
import type { Benchmark } from './types';

/**
 * The sync engine's benchmark runs the renderer's own corpus and engine in Node, so it is
 * type-checked with the DOM's types (tsconfig.test-dom.json), not with the rest of the scripts:
 * it is loaded by path when it runs.
 */
const SYNC_ENGINE_MODULE = './benchmarks/sync-engine.ts';
const syncEngine: Benchmark = {
  name: 'sync engine: share 1,000 articles and 10,000 highlights; first sync to an empty device; one highlight between two corpora',
  kind: 'node',
  run: async (ctx) => ((await import(SYNC_ENGINE_MODULE)) as { syncEngine: Benchmark }).syncEngine.run(ctx),
};

export const BENCHMARKS: Benchmark[] = [parseReadability, parseHostile, importIndexedDb, importExport, openArticle, search, reanchor, compare, stories, dossier, memory, scale, syncServer, syncEngine, cliStart];
