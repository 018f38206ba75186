import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepArticleHtml, goodDocx, hostileCorpus, tinyFiles } from '../helpers/hostile-corpus';
import { tabMemory, type TabMemory } from './tab-memory';
import { openApp, REPO, screenshot, type Session } from './harness';

/**
 * Issue 16 in Chromium (web mode): the whole hostile corpus dropped with a few good articles.
 *
 * Sizes: the bombs inflate to 400 MB as in the issue (each file is under 1 MB on disk), the
 * nestings are 1,000 / 10,000 / 100,000 deep and the single line 10 MB, all full size. The
 * "huge text" is 60 MB instead of 200 MB and is made inside the page: it is refused on its size
 * before anything reads it, so 60 MB tests the same path, and 200 MB sent as base64 over the
 * test's CDP pipe would measure playwright, not Parallax. 1,000 tiny files instead of 5,000 keep
 * the test near a minute on two shared cores (the 5,000 run through main's parser thread is in
 * test/main/hostile-parser.test.ts).
 */
const SEEDS = 5;
const TINY = 1_000;
const HUGE_TEXT_MB = 60;
/** Under the 50 MB file limit, over the article's character limit (MAX_ARTICLE_CHARS): the worst text that passes the size check. */
const BIG_TEXT_MB = 45;
const DROP_BATCH = 250;
const DEPTHS = [1_000, 10_000, 100_000];
/**
 * The whole drop must finish within this: measured at 57–86 s on two cores shared with other
 * sessions (before issue 16 the 22 bad files alone had not finished after 240 s).
 */
const BATCH_FINISHES_MS = 200_000;
/** The budget the issue names for a file, above the tab's own baseline (see tab-memory.ts). */
const MEMORY_ABOVE_BASELINE_MB = 500;

const FIXTURES = join(REPO, 'test/fixtures/ingest');
const PROGRESS = 'progress[aria-label="Import progress"]';

interface Dropped {
  name: string;
  base64?: string;
  /** Made in the page: this many MB of words, a line break every `lineEvery` bytes (80 unless told). */
  generatedMb?: number;
  lineEvery?: number;
}

/** Makes the Files in the page and keeps them as `window.__staged`, without dropping them (so that their bytes can be part of a baseline). */
async function stage(page: Page, files: Dropped[]): Promise<void> {
  await page.evaluate((list) => {
    (window as unknown as { __staged: File[] }).__staged = list.map((one) => {
      let bytes: Uint8Array<ArrayBuffer>;
      if (one.generatedMb) {
        bytes = new Uint8Array(Math.floor(one.generatedMb * 1024 * 1024));
        const word = [0x77, 0x6f, 0x72, 0x64, 0x20];
        const every = one.lineEvery ?? 80;
        for (let i = 0; i < bytes.length; i++) bytes[i] = i % every === every - 1 ? 0x0a : word[i % 5]!;
      } else {
        const binary = atob(one.base64 ?? '');
        bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      }
      return new File([bytes as Uint8Array<ArrayBuffer>], one.name);
    });
  }, files);
}

/** Drops the staged Files on the reader, as a person dragging them from the desktop would. */
async function dropStaged(page: Page): Promise<void> {
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    for (const file of (window as unknown as { __staged: File[] }).__staged) transfer.items.add(file);
    (window as unknown as { __staged: File[] }).__staged = [];
    const target = document.querySelector('.reader') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  });
}

async function drop(page: Page, files: Dropped[]): Promise<void> {
  await stage(page, files);
  await dropStaged(page);
}

async function articleCount(page: Page): Promise<number> {
  return Number(((await page.getByTestId('corpus-count').textContent()) ?? '').replace(/\D/g, ''));
}

const asBase64 = (name: string, bytes: Uint8Array): Dropped => ({ name, base64: Buffer.from(bytes).toString('base64') });

/** The page's own JS heap in use (CDP Performance.getMetrics, JSHeapUsedSize: the window's isolate; the parser's worker is in tabMemory's figure). */
async function pageHeap(session: Session): Promise<() => Promise<number>> {
  const cdp = await session.context.newCDPSession(session.page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
}

/** Opens Edit › Preferences… from the window's menu bar: a UI action that only works while the page answers. */
async function openPreferences(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Application menu' }).getByRole('button', { name: 'Edit' }).click({ timeout: 20_000 });
  await page.getByRole('menuitem', { name: 'Preferences…' }).click({ timeout: 20_000 });
  await expect.poll(() => page.getByRole('dialog', { name: 'Preferences' }).count(), { timeout: 20_000 }).toBe(1);
}

describe('the hostile corpus dropped on the window (web mode, Chromium)', () => {
  let session: Session;
  let crashed = false;
  let memory: TabMemory;
  let heap: () => Promise<number>;
  let profileDir: string;

  beforeAll(async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'parallax-hostile-'));
    session = await openApp({ profileDir });
    session.page.on('crash', () => (crashed = true));
    memory = await tabMemory(profileDir);
    heap = await pageHeap(session);
  });
  afterAll(async () => {
    await session?.close();
    await rm(profileDir, { recursive: true, force: true });
  });

  it('imports the good articles, lists every bad file with its reason in words, never crashes the page, and finishes', async () => {
    const { page } = session;
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 30_000 }).toBe(`${SEEDS} articles`);
    const hostile = [
      ...hostileCorpus({ textMb: 1 }).filter((file) => file.name !== 'huge.txt'),
      ...DEPTHS.map((depth) => ({ shape: `an article nested ${depth} deep`, name: `deep-article-${depth}.html`, bytes: deepArticleHtml(depth) })),
    ];
    const good = [
      asBase64('good.docx', goodDocx('Ministers met in Reykjavik on Wednesday for two hours of talks about fishing quotas.')),
      asBase64('news-article.html', await readFile(join(FIXTURES, 'html/news-article.html'))),
      asBase64('wire-reuters-style.txt', await readFile(join(FIXTURES, 'news/wire-reuters-style.txt'))),
    ];
    const tiny = tinyFiles(TINY).map((file) => asBase64(file.name, file.bytes));
    const baseline = await memory.sample();

    const started = Date.now();
    // Good files first and last: the ones after the bombs show that the queue went on.
    await drop(page, [good[0]!, ...hostile.map((file) => asBase64(file.name, file.bytes)), { name: 'huge.txt', generatedMb: HUGE_TEXT_MB }, { name: 'big-text.txt', generatedMb: BIG_TEXT_MB }, good[1]!]);
    for (let at = 0; at < tiny.length; at += DROP_BATCH) await drop(page, tiny.slice(at, at + DROP_BATCH));
    await drop(page, [good[2]!]);
    await expect.poll(() => page.locator(PROGRESS).count(), { timeout: 10_000, interval: 50 }).toBe(1);
    const heapBaseline = await heap();
    let heapPeak = heapBaseline;
    // While the batch runs, the window still answers a person: the menu opens Preferences, Escape closes it.
    await openPreferences(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Preferences' }).count(), { timeout: 20_000 }).toBe(0);
    const answeredDuringImport = (await page.locator(PROGRESS).count()) === 1;
    let peak = baseline;
    for (;;) {
      peak = Math.max(peak, await memory.sample());
      heapPeak = Math.max(heapPeak, await heap());
      if ((await page.locator(PROGRESS).count()) === 0) break;
      if (Date.now() - started > BATCH_FINISHES_MS) throw new Error(`the import did not finish in ${BATCH_FINISHES_MS / 1000} s`);
      await page.waitForTimeout(250);
    }
    peak = Math.max(peak, await memory.peak());
    const seconds = (Date.now() - started) / 1000;
    const aboveBaseline = Math.round((peak - baseline) / 1024 / 1024);
    const heapAbove = Math.round((heapPeak - heapBaseline) / 1024 / 1024);
    console.log(
      `hostile: ${hostile.length + 2} hostile files, ${TINY} tiny and ${good.length} good ones finished in ${seconds.toFixed(1)} s; tab peak ${aboveBaseline} MB above its baseline (resident, window and workers); the window's JS heap peaked ${heapAbove} MB above its own (${Math.round(heapPeak / 1024 / 1024)} MB)${answeredDuringImport ? '; the menu answered while the import ran' : ''}`,
    );

    expect(crashed).toBe(false);
    // The budget is per file (the next test); the batch's resident figure also holds the test's own ~110 MB of Files made in the page.
    expect(heapAbove).toBeLessThan(MEMORY_ABOVE_BASELINE_MB);

    const report = page.getByRole('region', { name: 'Import report' });
    const rows = await report.locator('.import-report__item').evaluateAll((items) =>
      items.map((item) => ({
        file: item.querySelector('.import-report__file')?.textContent ?? '',
        status: item.getAttribute('data-status') ?? '',
        code: item.getAttribute('data-code') ?? '',
        message: item.querySelector('.import-report__message')?.textContent ?? '',
      })),
    );
    const row = (name: string) => rows.find((r) => r.file.endsWith(name));
    for (const r of rows) console.log(`hostile: ${r.file}: ${r.status} ${r.code} — ${r.message}`);

    // Every bomb is refused in words that say what it is, none as a crash or an overrun.
    for (const bomb of hostile.filter((file) => file.name.startsWith('bomb-'))) {
      const listed = row(bomb.name);
      expect(listed?.status, bomb.shape).toBe('failed');
      expect(listed?.message, bomb.shape).toMatch(/^This \.docx file /);
    }
    expect(row('huge.txt')).toMatchObject({ status: 'failed', code: 'too-large', message: `This file is ${HUGE_TEXT_MB} MB, over the 50 MB limit for one article.` });
    // Whatever else is listed has a reason in words, and none is the parser failing.
    for (const r of rows) {
      expect(r.message.length, r.file).toBeGreaterThan(20);
      expect(r.code, r.file).not.toMatch(/internal|over-budget/);
    }
    // A page of nothing but nested empty divs has no article, and says so; NUL bytes are binary, and say so.
    for (const depth of DEPTHS) expect(row(`nested-${depth}.html`)?.code, `nested-${depth}.html`).toBe('no-article');
    expect(row('nul-bytes.txt')?.code).toBe('not-text');
    // Under the file limit but past the text's own bounds: a 10 MB line and 45 MB of text are refused, saying why.
    expect(row('single-line.txt')).toMatchObject({ code: 'too-large', message: expect.stringMatching(/^This file has a line of 10,485,760 characters with no line break; Parallax stops at 1,000,000/) });
    expect(row('big-text.txt')).toMatchObject({ code: 'too-large', message: expect.stringMatching(/^This file holds 47,185,920 characters of text; Parallax stops at 20,000,000 for one article/) });
    // A real article nested deep is read (its tags past the limit flattened), as are deep Markdown, the long line and UTF-16.
    for (const name of [...DEPTHS.map((d) => `deep-article-${d}.html`), 'nested-1000.md', 'utf16-no-bom.txt', ...good.map((g) => g.name)]) {
      expect(row(name), name).toBeUndefined();
    }
    // The deeper Markdown files flatten to the same text as the 1,000-deep one: listed as that duplicate, in words.
    for (const name of ['nested-10000.md', 'nested-100000.md']) expect(row(name)?.status ?? 'added', name).toMatch(/^(added|duplicate)$/);

    // Every title in IndexedDB (the library's list is virtualised: it holds only the rows in view).
    const titles = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = await new Promise<{ title: string }[]>((resolve, reject) => {
        const request = db.transaction('articles').objectStore('articles').getAll();
        request.onsuccess = () => resolve(request.result as { title: string }[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return all.map((a) => a.title);
    });
    const count = await articleCount(page);
    const failed = rows.filter((r) => r.status === 'failed').length;
    const notAdded = rows.length;
    const dropped = hostile.length + 2 + TINY + good.length;
    expect(count).toBe(SEEDS + dropped - notAdded);
    expect(failed).toBe(hostile.filter((file) => file.name.startsWith('bomb-')).length + DEPTHS.length + 4);
    for (const depth of DEPTHS) expect(titles, `deep-article-${depth}.html`).toContain(`Deep report ${depth}`);
    expect(await page.locator('.statusbar').textContent()).toContain(`${dropped - notAdded} imported`);

    await screenshot(page, 'hostile-drop');
  }, 300_000);

  it('reads each of the worst files alone within the memory budget above the tab’s baseline', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
    const worst: Dropped[] = [
      ...hostileCorpus({ textMb: 1 })
        .filter((file) => /bomb-(declared|lying|zero)|nested-100000|single-line/.test(file.name))
        .map((file) => asBase64(`alone-${file.name}`, file.bytes)),
      asBase64('alone-deep-article-100000.html', deepArticleHtml(100_000)),
      { name: 'alone-big-text.txt', generatedMb: BIG_TEXT_MB },
      // The worst that passes every limit, and is imported: just under the line and the character bounds.
      { name: 'alone-longest-line.txt', generatedMb: 0.95, lineEvery: 2_000_000 },
      { name: 'alone-longest-text.txt', generatedMb: 19 },
    ];
    const figures: string[] = [];
    let before = await articleCount(page);
    for (const file of worst) {
      // The File is made first, so that the bytes the test hands over are part of the baseline.
      await stage(page, [file]);
      const baseline = await memory.sample();
      await memory.resetPeak();
      await dropStaged(page);
      // The answer, awaited: one more article, or a row in the report (refused, or a duplicate of the batch's copy).
      const listed = page.getByRole('region', { name: 'Import report' }).locator('.import-report__file', { hasText: file.name });
      await expect.poll(async () => (await articleCount(page)) > before || (await listed.count()) === 1, { timeout: 60_000 }).toBe(true);
      before = await articleCount(page);
      await expect.poll(() => page.locator(PROGRESS).count(), { timeout: 30_000 }).toBe(0);
      const above = Math.round((Math.max(await memory.peak(), await memory.sample()) - baseline) / 1024 / 1024);
      figures.push(`${file.name} +${above} MB${(await listed.count()) ? '' : ' (imported)'}`);
      expect(above, file.name).toBeLessThan(MEMORY_ABOVE_BASELINE_MB);
      await page.getByRole('button', { name: 'Dismiss import report' }).click({ timeout: 1_000 }).catch(() => undefined);
    }
    console.log(`hostile: tab memory above its baseline, one file at a time: ${figures.join(', ')}`);
    expect(crashed).toBe(false);
  }, 120_000);

  it('stops a file past the time budget set in Preferences, says so, and imports the next file in a fresh worker', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Dismiss import report' }).click({ timeout: 1_000 }).catch(() => undefined);
    // The menu still opens after everything above: the page answers a person.
    await openPreferences(page);
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    await dialog.getByLabel('Longest time to read one file (seconds)').fill('1');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count(), { timeout: 20_000 }).toBe(0);
    const before = await articleCount(page);
    // 19 MB of words, under every limit (the test above imports it with the default 30 s): reading it takes seconds, past a 1 s budget.
    const next = asBase64('after-slow.docx', goodDocx('Fishing quotas were agreed in Reykjavik after the ministers had talked for a second day.'));
    await drop(page, [{ name: 'slow-text.txt', generatedMb: 19, lineEvery: 997 }, next]);
    const report = page.getByRole('region', { name: 'Import report' });
    const item = (name: string) => report.locator('.import-report__item', { has: page.locator('.import-report__file', { hasText: name }) });
    await expect.poll(() => item('slow-text.txt').count(), { timeout: 60_000 }).toBe(1);
    expect(await item('slow-text.txt').getAttribute('data-code')).toBe('over-budget');
    expect(await item('slow-text.txt').locator('.import-report__message').textContent()).toBe(
      'Reading this file took longer than 1 second, so Parallax stopped it and went on with the next file. If it is a real article, raise "Longest time to read one file" in Preferences and import it again.',
    );
    // The queue goes on: the file after it gets its answer (on a loaded machine a fresh worker may itself need more than 1 s, and says so).
    await expect.poll(async () => (await articleCount(page)) === before + 1 || (await item('after-slow.docx').count()) === 1, { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.locator(PROGRESS).count(), { timeout: 30_000 }).toBe(0);
    if (await item('after-slow.docx').count()) expect(await item('after-slow.docx').getAttribute('data-code')).toBe('over-budget');
    expect(crashed).toBe(false);
    // Back to the default, for whatever runs in this profile next.
    await openPreferences(page);
    await dialog.getByLabel('Longest time to read one file (seconds)').fill('30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count(), { timeout: 20_000 }).toBe(0);
    // The worker ended past the budget was replaced: a good file imports.
    const imported = await articleCount(page);
    await drop(page, [asBase64('after-restart.docx', goodDocx('The fishing agreement signed in Reykjavik was welcomed by both fleets on Friday.'))]);
    await expect.poll(() => articleCount(page), { timeout: 60_000 }).toBe(imported + 1);
  }, 180_000);

  it('logs no errors in the page', () => {
    expect(session.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
