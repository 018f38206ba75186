/**
 * "open an article with 1,000 highlights": the built app (web mode) in Chromium. An article of
 * about 16,000 characters (the five seeds one after another) is dropped on the window, 1,000
 * highlights (seeded, overlapping, some with two tags) are written into the app's database,
 * the page is reloaded, and the time is measured from the click on the article's library row
 * to the frame after the reader shows all its highlights: what a person waits for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserUnavailable, openBenchPage } from '../browser/harness';
import { median } from '../measure';
import { makeRng } from '../corpus/rng';
import type { Benchmark } from '../types';

const TITLE = 'Five reports of one meeting, end to end';

/* The functions passed to page.evaluate run in Chromium, where these exist; Node's tsconfig has
   no DOM lib, so they are declared here, for this file only. */
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any, window: any, DataTransfer: any, File: any, DragEvent: any, indexedDB: any, requestAnimationFrame: any;
type IDBDatabase = any;
type HTMLElement = any;
/* eslint-enable @typescript-eslint/no-explicit-any */

export const openArticle: Benchmark = {
  name: 'open an article with 1,000 highlights',
  kind: 'browser',
  unavailable: (ctx) =>
    browserUnavailable() ?? (existsSync(join(ctx.repo, 'out/renderer/index.html')) ? null : 'out/renderer is missing: run `npm run build` first'),
  async run(ctx) {
    const count = ctx.tiny ? 100 : 1000;
    const seeds = readdirSync(join(ctx.repo, 'seeds'))
      .sort()
      .map((name) => readFileSync(join(ctx.repo, 'seeds', name), 'utf8'));
    const body = `${TITLE}\n${seeds.join('\n')}`;
    const bench = await openBenchPage(join(ctx.repo, 'out/renderer'), 'index.html');
    try {
      const { page } = bench;
      // tsx keeps function names with a __name helper, which the functions sent to the page carry.
      const shim = 'globalThis.__name = (f) => f;';
      await page.addInitScript({ content: shim });
      await page.evaluate(shim);
      await page.waitForFunction(() => document.querySelectorAll('.library-row').length >= 5, undefined, { timeout: 60_000 });
      await page.evaluate((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'long-article.txt'));
        for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }, body);
      await page.waitForFunction(() => document.querySelector('[data-testid="corpus-count"]')?.textContent === '6 articles', undefined, { timeout: 60_000 });

      const rng = makeRng(7);
      const random = () => rng.next();
      const spans = Array.from({ length: count }, () => {
        const start = Math.floor(random() * (body.length - 60));
        return { start, length: 8 + Math.floor(random() * 40), twoTags: random() < 0.3 };
      });
      const written = await page.evaluate(
        async ({ title, spans }) => {
          const open = indexedDB.open('parallax');
          const db: IDBDatabase = await new Promise((resolve, reject) => {
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const read = <T,>(store: string): Promise<T[]> =>
            new Promise((resolve, reject) => {
              const request = db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => resolve(request.result as T[]);
              request.onerror = () => reject(request.error);
            });
          const article = (await read<{ id: string; title: string | null }>('articles')).find((a) => a.title === title)!;
          const text = (await read<{ id: string; text: string }>('articleTexts')).find((t) => t.id === article.id)!.text;
          const tx = db.transaction(['highlights', 'tags'], 'readwrite');
          tx.objectStore('tags').put({ id: 'bench-a', name: 'Bench A', color: '#d97706', description: '', parentId: null, order: 0, createdAt: 0 });
          tx.objectStore('tags').put({ id: 'bench-b', name: 'Bench B', color: '#2563eb', description: '', parentId: null, order: 1, createdAt: 0 });
          spans.forEach((span, i) => {
            const start = Math.min(span.start, text.length - 2);
            const end = Math.min(text.length, start + span.length);
            const exact = text.slice(start, end);
            tx.objectStore('highlights').put({
              id: `bench-${i}`,
              articleId: article.id,
              start,
              end,
              selectors: {
                position: { type: 'TextPositionSelector', start, end },
                quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
              },
              tagIds: span.twoTags ? ['bench-a', 'bench-b'] : ['bench-a'],
              anchorStatus: 'anchored',
              createdAt: i,
              updatedAt: i,
            });
          });
          await new Promise((resolve, reject) => {
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
          });
          db.close();
          return spans.length;
        },
        { title: TITLE, spans },
      );
      ctx.log(`${written} highlights written on a ${body.length.toLocaleString()}-character article`);

      const times: number[] = [];
      for (let run = 0; run < ctx.warmups + ctx.runs; run++) {
        await page.reload();
        await page.waitForFunction(() => document.querySelector('[data-testid="corpus-count"]')?.textContent === '6 articles', undefined, { timeout: 60_000 });
        // Start from another article, so that each run opens the long one afresh.
        await page.locator('.library-row').first().click();
        await page.waitForFunction(() => !!document.querySelector('[data-testid="article-body"] p'));
        // The library is virtualised: filter it so the long article's row is on screen.
        await page.getByRole('searchbox', { name: 'Filter the library' }).fill(TITLE);
        await page.waitForFunction((title) => [...document.querySelectorAll('.library-row__title')].some((el: { textContent: string | null }) => el.textContent === title), TITLE);
        const ms = await page.evaluate(async (title) => {
          const row: HTMLElement = [...document.querySelectorAll('.library-row')].find((r: HTMLElement) => r.querySelector('.library-row__title')?.textContent === title);
          const started = performance.now();
          row.click();
          await new Promise<void>((resolve) => {
            const check = () => {
              const header = document.querySelector('.reader__title')?.textContent === title;
              const marks = document.querySelectorAll('[data-testid="article-body"] mark[data-ids]').length;
              if (header && marks > 0 && document.querySelector('.reader__source')?.textContent?.includes('highlights')) resolve();
              else requestAnimationFrame(check);
            };
            check();
          });
          // The frame after: what the person sees.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return performance.now() - started;
        }, TITLE);
        if (run >= ctx.warmups) times.push(ms);
      }
      const marks = await page.locator('[data-testid="article-body"] mark').count();
      ctx.log(`reader shows ${marks} marks (pieces of ${count} overlapping highlights)`);
      if (bench.errors.length > 0) throw new Error(`the page logged errors: ${bench.errors.join('; ')}`);
      const value = Math.round(median(times));
      return [{ name: 'open an article with 1,000 highlights', value, unit: 'ms', baseline: null, ratio: null, target: 'interactive < 200 ms', met: value < 200 }];
    } finally {
      await bench.close();
    }
  },
};
