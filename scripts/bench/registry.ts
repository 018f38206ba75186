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
import { openArticle } from './benchmarks/open-article';
import { parseReadability } from './benchmarks/parse-readability';
import { reanchor } from './benchmarks/reanchor';
import { search } from './benchmarks/search';
import { stories } from './benchmarks/stories';
import { syncServer } from './benchmarks/sync-server';
import type { Benchmark } from './types';

export const BENCHMARKS: Benchmark[] = [parseReadability, importIndexedDb, importExport, openArticle, search, reanchor, compare, stories, dossier, memory, syncServer, cliStart];
