/**
 * "memory: renderer heap with 10,000 articles loaded in the library": the built app (web mode) in
 * Chromium holding 10,000 articles (library-session.ts). Each measured run reloads the page (a
 * later launch), waits for the library and the search index (which the app keeps in the renderer),
 * collects garbage through CDP and reads the JS heap in use (Runtime.getHeapUsage: the page's
 * main thread; the parsing worker is not included). Then the library is scrolled to the end and
 * the number of row elements in the DOM is logged, and the last article is searched for.
 *
 * The records carry every field of ArticleRecord: version keys from the app's own function,
 * near-duplicate links found with the app's shingles among the articles of each generated story,
 * SHA-256 fingerprints of the text. Shingle records (articleShingles) are not written: only an
 * import reads them, never the library.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { browserUnavailable } from '../browser/harness';
import { median } from '../measure';
import { measureLibrarySort } from './library-sort';
import { openLibrarySession } from './library-session';
import type { Benchmark } from '../types';

const TARGET_MB = 300;

export const memory: Benchmark = {
  name: 'memory: renderer heap with 10,000 articles loaded in the library',
  kind: 'browser',
  unavailable: (ctx) =>
    browserUnavailable() ?? (existsSync(join(ctx.repo, 'out/renderer/index.html')) ? null : 'out/renderer is missing: run `npm run build` first'),
  async run(ctx) {
    const total = ctx.tiny ? 500 : 10_000;
    const session = await openLibrarySession(ctx, total, 10_000);
    try {
      const heaps: number[] = [];
      for (let run = 0; run < ctx.warmups + ctx.runs; run++) {
        const { searchMs } = await session.relaunch();
        const mb = await session.heapMb();
        ctx.log(`run ${run + 1}${run < ctx.warmups ? ' (warm-up)' : ''}: library and search index ready in ${(searchMs / 1000).toFixed(1)} s, heap ${mb.toFixed(1)} MB`);
        if (run >= ctx.warmups) heaps.push(mb);
      }
      // Virtualised: scrolled to the end, the DOM holds a window of rows, not the library.
      const rows = await session.scrollToEnd();
      ctx.log(`scrolled to the end: ${rows.rows} row elements in the DOM, the last row (index ${rows.last}) among them`);
      if (rows.last !== total - 1) throw new Error(`the library scrolled to row ${rows.last}, not to the last (${total - 1})`);
      ctx.log(`heap after scrolling to the end: ${(await session.heapMb()).toFixed(1)} MB`);
      // The index held in the heap covers the library: the last generated article is found by its words.
      ctx.log(`search for the last article's title ${await session.searchLastTitle()}, the article among them`);
      if (session.bench.errors.length > 0) throw new Error(`the page logged errors: ${session.bench.errors.join('; ')}`);

      const value = Math.round(median(heaps) * 10) / 10;
      const name = ctx.tiny ? `memory: renderer heap with ${total} articles loaded in the library` : memory.name;
      // The same library, sorted by each column (issue 14): its set-up is this benchmark's.
      const sort = await measureLibrarySort(session.page, ctx, total, () => session.settled(total, 120_000));
      if (session.bench.errors.length > 0) throw new Error(`the page logged errors: ${session.bench.errors.join('; ')}`);
      return [{ name, value, unit: 'MB', baseline: null, ratio: null, target: `< ${TARGET_MB} MB`, met: value < TARGET_MB }, sort];
    } finally {
      await session.close();
    }
  },
};
