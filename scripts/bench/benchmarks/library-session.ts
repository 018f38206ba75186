/**
 * The built app (web mode) in Chromium holding a library of N generated articles: the set-up the
 * memory benchmark (10,000) and the scale benchmark (100,000) share, and what each measures on it.
 *
 * After the app has created its database and imported the five seeds on first launch, generated
 * articles (scripts/bench/corpus, metadata and text only) are written straight into its IndexedDB
 * in transactions of WRITE_CHUNK, so that the library holds N articles. The first reload builds
 * and stores the search index over them; each later reload is a later launch.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { ArticleRecord, ArticleTextRecord } from '@shared/model';
import { areNearDuplicates, textShingles } from '@shared/similarity/near-duplicates';
import { openBenchPage, type BenchPage } from '../browser/harness';
import { generateCorpus, type GeneratedArticle } from '../corpus/generate';
import { furnitureOf, storedArticleRecord } from '../corpus/records';
import type { BenchContext } from '../types';

/* The functions passed to page.evaluate run in Chromium, where these exist; Node's tsconfig has
   no DOM lib, so they are declared here, for this file only. */
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any, indexedDB: any, navigator: any, requestAnimationFrame: any;
type IDBDatabase = any;
/* eslint-enable @typescript-eslint/no-explicit-any */

export const SEEDS = 5;
/** Records per page.evaluate (and per transaction): big enough to be quick, small enough for one JSON string. */
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

/** Generated articles as the app would store them: `count` distinct articles, none a newer version of another. */
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
  // Near-duplicates, linked both ways as the app links them, among the articles of each story
  // (the only place the generator repeats text).
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

export interface LibrarySession {
  bench: BenchPage;
  page: Page;
  total: number;
  records: { article: ArticleRecord; text: ArticleTextRecord }[];
  /** The main thread's JS heap in use after two garbage collections, in MB. */
  heapMb: () => Promise<number>;
  /** Waits until the library shows `articles` and the search index is ready and stored for them. */
  settled: (articles: number, timeout: number) => Promise<void>;
  /**
   * Reloads (a later launch) and times the library's count and first rows appearing, then every
   * article read (the grid no longer busy: sort and filter cover them all), then the search index ready.
   */
  relaunch: () => Promise<{ libraryMs: number; allRowsMs: number; searchMs: number }>;
  /** IndexedDB's usage for the app's origin, as the browser reports it (navigator.storage.estimate). */
  storageMb: () => Promise<number>;
  /** Scrolls the library to its end; the row elements in the DOM and the last row's index. */
  scrollToEnd: () => Promise<{ rows: number; last: number }>;
  /** Searches for the last generated article's title in the Search tab; the result count shown. */
  searchLastTitle: () => Promise<string>;
  close: () => Promise<void>;
}

/** Opens the built app, lets it import the seeds, writes `total - SEEDS` generated articles and builds the index once. */
export async function openLibrarySession(ctx: BenchContext, total: number, seed: number): Promise<LibrarySession> {
  const generatedAt = performance.now();
  const records = libraryRecords(total - SEEDS, seed);
  ctx.log(
    `${records.length.toLocaleString()} article records generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s ` +
      `(${records.reduce((n, r) => n + r.article.nearDuplicateIds.length, 0) / 2} near-duplicate links, ` +
      `${(records.reduce((n, r) => n + r.text.text.length, 0) / 1e6).toFixed(0)} M characters of text)`,
  );
  const bench = await openBenchPage(`${ctx.repo}/out/renderer`, 'index.html');
  const { page } = bench;
  try {
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
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    /** The library is open: the status bar counts the articles, the library pane too, and its first rows are drawn. */
    const libraryShows = (articles: number, timeout: number) =>
      page.waitForFunction(
        (n) =>
          document.querySelector('[data-testid="corpus-count"]')?.textContent === `${n.toLocaleString('en-US')} articles` &&
          document.querySelector('[aria-label="Article count"]')?.textContent === n.toLocaleString('en-US') &&
          document.querySelector('.library-row') !== null,
        articles,
        { timeout, polling: 50 },
      );
    const searchReady = (articles: number, timeout: number) =>
      until(
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
    /** Every article is read: the grid is no longer busy. */
    const allRowsRead = (timeout: number) =>
      page.waitForFunction(() => document.querySelector('[role="grid"][aria-label="Articles"]')?.getAttribute('aria-busy') === 'false', undefined, {
        timeout,
        polling: 50,
      });
    const settled = async (articles: number, timeout: number) => {
      await libraryShows(articles, timeout);
      await allRowsRead(timeout);
      await searchReady(articles, timeout);
    };

    // First launch: the app makes its database and imports the seeds.
    await libraryShows(SEEDS, 60_000);
    await until('the seed import', async () => ((await readMeta('seedCorpus')) as { state?: string } | undefined)?.state === 'done', 0, 60_000);
    await settled(SEEDS, 60_000);
    ctx.log(`heap with the ${SEEDS} seeds: ${(await heapMb()).toFixed(1)} MB`);

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
    await settled(total, 1_800_000);
    ctx.log(`first load with ${total.toLocaleString('en-US')} articles (search index built and stored) in ${((performance.now() - firstLoad) / 1000).toFixed(1)} s: heap ${(await heapMb()).toFixed(1)} MB`);

    const relaunch = async () => {
      const started = performance.now();
      await page.reload();
      await libraryShows(total, 120_000);
      const libraryMs = performance.now() - started;
      await allRowsRead(120_000);
      const allRowsMs = performance.now() - started;
      await searchReady(total, 600_000);
      return { libraryMs, allRowsMs, searchMs: performance.now() - started };
    };
    const storageMb = async () => ((await page.evaluate(async () => (await navigator.storage.estimate()).usage as number)) ?? 0) / MB;
    const scrollToEnd = () =>
      page.evaluate(async () => {
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
    const searchLastTitle = async () => {
      const probe = records.at(-1)!.article.title!;
      await page.getByRole('tab', { name: 'Search' }).click();
      await page.getByRole('searchbox', { name: 'Search the corpus' }).fill(probe);
      await page.waitForFunction(
        (title) => [...document.querySelectorAll('.search-result__title')].some((el: { textContent: string | null }) => el.textContent?.trim() === title),
        probe,
        { timeout: 60_000 },
      );
      return `“${probe}”: ${await page.getByLabel('Result count').textContent()}`;
    };
    return { bench, page, total, records, heapMb, settled, relaunch, storageMb, scrollToEnd, searchLastTitle, close: () => bench.close() };
  } catch (error) {
    await bench.close();
    throw error;
  }
}
