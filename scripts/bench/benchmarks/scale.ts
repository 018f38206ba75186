/**
 * "scale: 100,000 articles in the library" (issue 15): the built app (web mode) in Chromium
 * holding 100,000 generated articles (library-session.ts; a multi-year media study's size).
 * Figures, each the median of the measured relaunches:
 * - the library opens: from reload to the library showing its count and its first rows (target < 2 s;
 *   the first rows are the ones remembered from the last launch, read by key);
 * - every article read: from reload until the grid is no longer busy, so that sorting and
 *   filtering cover the whole library (reported);
 * - the renderer's main-thread JS heap once the library and the search index are ready (< 500 MB);
 * - IndexedDB's size for the origin, as the browser reports it (reported, no target);
 * - sorting by each column, click to frame (the slowest; reported against issue 14's 100 ms).
 * Logged: the first load (the search index built and stored), the search index's restore time on
 * a later launch, scrolling to the end of the library, and finding the last article by its title.
 * `--tiny`: 2,000 articles.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { browserUnavailable } from '../browser/harness';
import { median } from '../measure';
import { measureLibrarySort } from './library-sort';
import { openLibrarySession } from './library-session';
import type { Benchmark } from '../types';

const OPEN_TARGET_MS = 2000;
const HEAP_TARGET_MB = 500;

export const scale: Benchmark = {
  name: 'scale: 100,000 articles in the library',
  kind: 'browser',
  unavailable: (ctx) =>
    browserUnavailable() ?? (existsSync(join(ctx.repo, 'out/renderer/index.html')) ? null : 'out/renderer is missing: run `npm run build` first'),
  async run(ctx) {
    const total = ctx.tiny ? 2_000 : 100_000;
    const size = total.toLocaleString('en-US');
    const session = await openLibrarySession(ctx, total, 100_000);
    try {
      const opens: number[] = [];
      const allRows: number[] = [];
      const heaps: number[] = [];
      for (let run = 0; run < ctx.warmups + ctx.runs; run++) {
        const { libraryMs, allRowsMs, searchMs } = await session.relaunch();
        const mb = await session.heapMb();
        ctx.log(`run ${run + 1}${run < ctx.warmups ? ' (warm-up)' : ''}: library shown in ${Math.round(libraryMs)} ms, every row read in ${Math.round(allRowsMs)} ms, search index ready in ${(searchMs / 1000).toFixed(1)} s, heap ${mb.toFixed(1)} MB`);
        if (run < ctx.warmups) continue;
        opens.push(libraryMs);
        allRows.push(allRowsMs);
        heaps.push(mb);
      }
      const storage = await session.storageMb();
      const rows = await session.scrollToEnd();
      ctx.log(`scrolled to the end: ${rows.rows} row elements in the DOM, the last row (index ${rows.last}) among them`);
      if (rows.last !== total - 1) throw new Error(`the library scrolled to row ${rows.last}, not to the last (${total - 1})`);
      ctx.log(`search for the last article's title ${await session.searchLastTitle()}, the article among them`);
      const sort = await measureLibrarySort(session.page, ctx, total, () => session.settled(total, 600_000));
      if (session.bench.errors.length > 0) throw new Error(`the page logged errors: ${session.bench.errors.join('; ')}`);
      const open = Math.round(median(opens));
      const heap = Math.round(median(heaps) * 10) / 10;
      return [
        { name: `scale: library of ${size} articles opens`, value: open, unit: 'ms', baseline: null, ratio: null, target: `< ${OPEN_TARGET_MS} ms`, met: open < OPEN_TARGET_MS },
        { name: `scale: every article of ${size} read`, value: Math.round(median(allRows)), unit: 'ms', baseline: null, ratio: null, target: 'reported', met: true },
        { name: `scale: renderer heap with ${size} articles`, value: heap, unit: 'MB', baseline: null, ratio: null, target: `< ${HEAP_TARGET_MB} MB`, met: heap < HEAP_TARGET_MB },
        { name: `scale: IndexedDB size with ${size} articles`, value: Math.round(storage), unit: 'MB', baseline: null, ratio: null, target: 'reported', met: true },
        sort,
      ];
    } finally {
      await session.close();
    }
  },
};
