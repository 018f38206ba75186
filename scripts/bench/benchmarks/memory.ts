/**
 * "memory: renderer heap with 10,000 articles loaded in the library": the built app (web mode) in
 * Chromium. After the app has created its database and imported the five seeds on first launch,
 * generated articles (scripts/bench/corpus, metadata and text only) are written straight into its
 * IndexedDB, records and texts in a few big transactions, so that the library holds 10,000
 * articles. The page is reloaded; once the library shows its count and the search index (which
 * the app keeps in the renderer) is ready and persisted, each measured run reloads the page (a
 * later launch), waits for the same, collects garbage through CDP and reads the JS heap in use
 * (Runtime.getHeapUsage: the page's main thread; the parsing worker is not included). Then the
 * library is scrolled to the end and the number of row elements in the DOM is logged.
 *
 * The records carry every field of ArticleRecord: version keys from the app's own function,
 * near-duplicate links found with the app's shingles among the articles of each generated story
 * (the only place the generator repeats text), SHA-256 fingerprints of the text. Shingle records
 * (articleShingles) are not written: only an import reads them, never the library.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord, ArticleTextRecord } from '@shared/model';
import { areNearDuplicates, textShingles } from '@shared/similarity/near-duplicates';
import { browserUnavailable, openBenchPage } from '../browser/harness';
import { generateCorpus, type GeneratedArticle } from '../corpus/generate';
import { furnitureOf, storedArticleRecord } from '../corpus/records';
import { median } from '../measure';
import { measureLibrarySort } from './library-sort';
import type { Benchmark } from '../types';

/* The functions passed to page.evaluate run in Chromium, where these exist; Node's tsconfig has
   no DOM lib, so they are declared here, for this file only. */
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any, indexedDB: any, requestAnimationFrame: any;
type IDBDatabase = any;
/* eslint-enable @typescript-eslint/no-explicit-any */

const SEEDS = 5;
/** Records per page.evaluate (and per transaction). */
const WRITE_CHUNK = 1000;
const MB = 1024 * 1024;

/**
 * Reads one record of the app's `meta` store with raw IndexedDB. Runs in the page: it is installed
 * there as a global (with the `__name` shim) and the functions sent to the page call it by name.
 */
async function readMeta(key: string): Promise<unknown> {
  const open = indexedDB.open('parallax');
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction('meta').objectStore('meta').get(key);
      request.onsuccess = () => resolve((request.result as { value?: unknown } | undefined)?.value);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Generated articles as the app would store them: 10,000 distinct articles, none a newer version of another. */
export function libraryRecords(count: number, seed: number): { article: ArticleRecord; text: ArticleTextRecord }[] {
  const generated = generateCorpus({ articles: Math.ceil(count * 1.01) + 10, seed, files: false });
  const out: { article: ArticleRecord; text: ArticleTextRecord; story: number; shingles: Uint32Array }[] = [];
  const keys = new Set<string>();
  const fingerprints = new Set<string>();
  const base = Date.UTC(2024, 0, 1);
  for (const g of generated) {
    if (out.length >= count) break;
    const record = articleRecord(g, base + out.length);
    // The same outlet and headline twice would be taken as a newer version by the app: leave it out.
    if (record.article.versionKeys.some((k) => keys.has(k)) || fingerprints.has(record.article.fingerprint)) continue;
    record.article.versionKeys.forEach((k) => keys.add(k));
    fingerprints.add(record.article.fingerprint);
    out.push({ ...record, story: g.story, shingles: textShingles(record.text.text) });
  }
  if (out.length < count) throw new Error(`the generator gave only ${out.length} distinct articles of ${count}`);
  // Near-duplicates, linked both ways as the app links them, among the articles of each story.
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length && out[j]!.story === out[i]!.story; j++) {
      if (areNearDuplicates(out[i]!.shingles, out[j]!.shingles)) {
        out[i]!.article.nearDuplicateIds.push(out[j]!.article.id);
        out[j]!.article.nearDuplicateIds.push(out[i]!.article.id);
      }
    }
  }
  return out.map(({ article, text }) => ({ article, text }));
}

function articleRecord(g: GeneratedArticle, importedAt: number): { article: ArticleRecord; text: ArticleTextRecord } {
  const text = `${g.dateline} — ${g.body}`;
  const article = storedArticleRecord(g, randomUUID(), text, importedAt);
  return { article, text: { id: article.id, text, boilerplate: furnitureOf(g) } };
}

export const memory: Benchmark = {
  name: 'memory: renderer heap with 10,000 articles loaded in the library',
  kind: 'browser',
  unavailable: (ctx) =>
    browserUnavailable() ?? (existsSync(join(ctx.repo, 'out/renderer/index.html')) ? null : 'out/renderer is missing: run `npm run build` first'),
  async run(ctx) {
    const total = ctx.tiny ? 500 : 10_000;
    const records = libraryRecords(total - SEEDS, 10_000);
    const countText = `${total.toLocaleString('en-US')} articles`;
    ctx.log(`${records.length.toLocaleString()} article records generated (${records.reduce((n, r) => n + r.article.nearDuplicateIds.length, 0) / 2} near-duplicate links)`);

    const bench = await openBenchPage(join(ctx.repo, 'out/renderer'), 'index.html');
    try {
      const { page } = bench;
      // tsx keeps function names with a __name helper, which the functions sent to the page carry.
      const shim = 'globalThis.__name = (f) => f;';
      const install = `${shim} globalThis.readMeta = ${readMeta.toString()};`;
      await page.addInitScript({ content: install });
      await page.evaluate(install);
      const cdp = await page.context().newCDPSession(page);
      const heapMb = async (): Promise<number> => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
        return usage.usedSize / MB;
      };
      /** Asks the page until it answers true (page.waitForFunction does not wait for a promise). */
      const until = async (what: string, check: (arg: number) => Promise<boolean>, arg: number, timeout: number) => {
        const deadline = Date.now() + timeout;
        while (!(await page.evaluate(check, arg))) {
          if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      };
      /** The library shows its count, and the search index (built or restored) is ready and stored for this corpus. */
      const settled = async (articles: number, timeout: number) => {
        const text = `${articles.toLocaleString('en-US')} articles`;
        await page.waitForFunction((t) => document.querySelector('[data-testid="corpus-count"]')?.textContent === t, text, { timeout });
        await until(
          'the search index',
          async (n) => {
            const notes = [...document.querySelectorAll('.search-panel .search-note')].map((el: { textContent: string | null }) => el.textContent ?? '');
            if (notes.some((t) => /Loading the search index|Indexing the corpus|could not load/.test(t))) return false;
            const stored = (await readMeta('searchIndex')) as { stamp?: { articles?: number } } | undefined;
            return stored?.stamp?.articles === n;
          },
          articles,
          timeout,
        );
      };

      // First launch: the app makes its database and imports the seeds.
      await page.waitForFunction(() => document.querySelector('[data-testid="corpus-count"]')?.textContent === '5 articles', undefined, { timeout: 60_000 });
      await until(
        'the seed import',
        async () => ((await readMeta('seedCorpus')) as { state?: string } | undefined)?.state === 'done',
        0,
        60_000,
      );
      await settled(SEEDS, 60_000);
      const empty = await heapMb();
      ctx.log(`heap with the ${SEEDS} seeds: ${empty.toFixed(1)} MB`);

      const writeStarted = performance.now();
      for (let at = 0; at < records.length; at += WRITE_CHUNK) {
        // As JSON text: Playwright sends one string much faster than a thousand nested objects.
        await page.evaluate(async (json) => {
          const chunk: { article: unknown; text: unknown }[] = JSON.parse(json);
          const open = indexedDB.open('parallax');
          const db: IDBDatabase = await new Promise((resolve, reject) => {
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const tx = db.transaction(['articles', 'articleTexts'], 'readwrite');
          for (const { article, text } of chunk) {
            tx.objectStore('articles').add(article);
            tx.objectStore('articleTexts').add(text);
          }
          await new Promise((resolve, reject) => {
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error);
          });
          db.close();
        }, JSON.stringify(records.slice(at, at + WRITE_CHUNK)));
      }
      ctx.log(`${records.length.toLocaleString()} articles and texts written in ${((performance.now() - writeStarted) / 1000).toFixed(1)} s`);

      // The next launch builds the search index over the new articles and stores it.
      const firstLoad = performance.now();
      await page.reload();
      await settled(total, 300_000);
      const afterBuild = await heapMb();
      ctx.log(`first load with ${countText} (search index built and stored) in ${((performance.now() - firstLoad) / 1000).toFixed(1)} s: heap ${afterBuild.toFixed(1)} MB`);

      const heaps: number[] = [];
      for (let run = 0; run < ctx.warmups + ctx.runs; run++) {
        const started = performance.now();
        await page.reload();
        await settled(total, 120_000);
        const loaded = performance.now() - started;
        const mb = await heapMb();
        ctx.log(`run ${run + 1}${run < ctx.warmups ? ' (warm-up)' : ''}: library and search index ready in ${(loaded / 1000).toFixed(1)} s, heap ${mb.toFixed(1)} MB`);
        if (run >= ctx.warmups) heaps.push(mb);
      }

      // Virtualised: scrolled to the end, the DOM holds a window of rows, not the library.
      const rows = await page.evaluate(async () => {
        const list = document.querySelector('[role="grid"][aria-label="Articles"]');
        let height = -1;
        for (let i = 0; i < 20 && height !== list.scrollHeight; i++) {
          height = list.scrollHeight;
          list.scrollTop = list.scrollHeight;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
        const indexes = [...document.querySelectorAll('.library-row')].map((row: { getAttribute: (name: string) => string | null }) => Number(row.getAttribute('data-index')));
        return { rows: indexes.length, last: Math.max(...indexes) };
      });
      ctx.log(`scrolled to the end: ${rows.rows} row elements in the DOM, the last row (index ${rows.last}) among them`);
      if (rows.last !== total - 1) throw new Error(`the library scrolled to row ${rows.last}, not to the last (${total - 1})`);
      const afterScroll = await heapMb();
      ctx.log(`heap after scrolling to the end: ${afterScroll.toFixed(1)} MB`);
      // The index held in the heap covers the library: the last generated article is found by its words.
      const probe = records.at(-1)!.article.title!;
      await page.getByRole('tab', { name: 'Search' }).click();
      await page.getByRole('searchbox', { name: 'Search the corpus' }).fill(probe);
      await page.waitForFunction(
        (title) => [...document.querySelectorAll('.search-result__title')].some((el: { textContent: string | null }) => el.textContent?.trim() === title),
        probe,
        { timeout: 30_000 },
      );
      ctx.log(`search for the last article's title (“${probe}”): ${await page.getByLabel('Result count').textContent()}, the article among them`);
      if (bench.errors.length > 0) throw new Error(`the page logged errors: ${bench.errors.join('; ')}`);

      const value = Math.round(median(heaps) * 10) / 10;
      const name = ctx.tiny ? `memory: renderer heap with ${total} articles loaded in the library` : 'memory: renderer heap with 10,000 articles loaded in the library';
      // The same library, sorted by each column (issue 14): its set-up is this benchmark's.
      const sort = await measureLibrarySort(page, ctx, total, () => settled(total, 120_000));
      if (bench.errors.length > 0) throw new Error(`the page logged errors: ${bench.errors.join('; ')}`);
      return [{ name, value, unit: 'MB', baseline: null, ratio: null, target: '< 300 MB', met: value < 300 }, sort];
    } finally {
      await bench.close();
    }
  },
};
