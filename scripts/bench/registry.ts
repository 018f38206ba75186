/**
 * Every benchmark `npm run bench` runs, in this order. A new figure from issue 7 is added here:
 * a module under scripts/bench/benchmarks exporting a `Benchmark` (kind 'browser' for those that
 * run in Chromium; see scripts/bench/browser/harness.ts).
 *
 * Not yet here, because what they measure does not exist yet:
 * - "dossier 200 articles, 2,000 highlights", and
 *   "memory: renderer heap with 10,000 articles loaded in the library".
 * - "compare 5 seeds; compare 50 articles" is registered but reports nothing until Parallax's
 *   comparison is set as OUR_COMPARE in benchmarks/compare.ts.
 */
import { compare } from './benchmarks/compare';
import { importIndexedDb } from './benchmarks/import-indexeddb';
import { memory } from './benchmarks/memory';
import { openArticle } from './benchmarks/open-article';
import { parseReadability } from './benchmarks/parse-readability';
import { reanchor } from './benchmarks/reanchor';
import { search } from './benchmarks/search';
import type { Benchmark } from './types';

export const BENCHMARKS: Benchmark[] = [parseReadability, importIndexedDb, openArticle, search, reanchor, compare, memory];
