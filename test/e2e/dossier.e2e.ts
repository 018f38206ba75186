import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/handlers';
import { createParserThread } from '../../src/main/ingest/parser-thread';
import { renderPdf } from '../../src/cli/dossier';
import { libraryTitles, openApp, REPO, SCREENSHOT_DIR, screenshot, selectInReader, type Session } from './harness';
import { installStandInBridge } from './stand-in-bridge';
import { pdfPageTexts } from '../helpers/pdf-text';

const FIRST = { title: 'Stress Cooperative Approach', phrase: 'a predictable, stable relationship' };
const SECOND = { title: 'Russia, US seek cooperation amid tension', phrase: 'Our position is very simple' };

/** Selects a phrase of the open article and codes it with a tag (created on first use). */
async function highlightWithTag(page: Page, articleTitle: string, phrase: string, tag: string): Promise<void> {
  await page.locator('.library-row', { hasText: articleTitle }).first().click();
  await expect.poll(() => page.getByTestId('article-body').textContent(), { timeout: 20_000 }).toContain(phrase);
  await selectInReader(page, phrase);
  const picker = page.getByRole('combobox', { name: 'Tag' });
  await picker.fill(tag);
  await expect.poll(() => page.getByRole('option', { name: new RegExp(tag) }).count()).toBeGreaterThan(0);
  await picker.press('Enter');
  await expect.poll(() => page.locator('[data-testid="article-body"] mark', { hasText: phrase.split(' ')[1]! }).count()).toBeGreaterThan(0);
}


describe('exporting an annotated dossier (desktop bridge)', () => {
  let session: Session;
  let parser: ReturnType<typeof createParserThread>;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-export-'));
    parser = createParserThread(join(REPO, 'out/main/ingest-worker.js'));
    const handlers = createHandlers({
      appInfo: { name: 'Parallax', version: '0.1.0', mode: 'electron', platform: 'linux' },
      parse: parser.parse,
      seedsDir: join(REPO, 'seeds'),
      showOpenDialog: async () => null,
      // The save dialog answers with a path in the test's folder; the PDF is printed by Chromium, as Electron's printToPDF would.
      showSaveDialog: async (suggestedName: string) => join(folder, suggestedName),
      showOpenBackupDialog: async () => null,
      printToPdf: (html: string) => renderPdf(html),
      backupsDir: join(folder, 'backups'),
    });
    session = await openApp({ beforeLoad: (context) => installStandInBridge(context, handlers) });
  });
  afterAll(async () => {
    await session?.close();
    await parser?.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('annotates two seed articles with a tag', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await highlightWithTag(page, FIRST.title, FIRST.phrase, 'Stance');
    await highlightWithTag(page, SECOND.title, SECOND.phrase, 'Stance');
  });

  it('previews the dossier before saving it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export dossier' });
    await expect.poll(() => dialog.getByTestId('export-summary').textContent()).toContain('5 articles · 2 highlights');
    await screenshot(page, 'export-dialog');
    await dialog.getByRole('tab', { name: 'Preview' }).click();
    const frame = page.frameLocator('iframe[title="Dossier preview"]');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 20_000 }).toContain(FIRST.phrase);
    await screenshot(page, 'export-dialog-preview');
    await dialog.getByRole('tab', { name: 'Contents' }).click();
  });

  it('exports HTML whose quote links lead to the passage in the appendix', async () => {
    const { page, context } = session;
    const dialog = page.getByRole('dialog', { name: 'Export dossier' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Reykjavik, May 2021');
    await dialog.getByRole('button', { name: /^Export HTML/ }).click();
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Exported' }).textContent(), { timeout: 30_000 }).toContain(folder);
    const file = (await readdir(folder)).find((name) => name.endsWith('.html'));
    expect(file).toMatch(/^reykjavik-may-2021-\d{4}-\d{2}-\d{2}\.html$/);
    const html = await readFile(join(folder, file!), 'utf8');
    expect(html).not.toMatch(/<script/i);

    const reader = await context.newPage();
    await reader.goto(pathToFileURL(join(folder, file!)).href);
    const quote = reader.locator('a', { hasText: FIRST.phrase }).first();
    const target = (await quote.getAttribute('href'))!;
    expect(target).toMatch(/^#a\d+-p\d+$/);
    await quote.click();
    await expect.poll(() => reader.evaluate(() => location.hash)).toBe(target);
    const place = reader.locator(target);
    expect(await place.evaluate((el) => el.closest('section')?.id ?? el.closest('[id^="appendix"]')?.id ?? '')).toMatch(/appendix/);
    expect(await place.evaluate((el, phrase) => (el.parentElement?.textContent ?? '').includes(phrase), FIRST.phrase)).toBe(true);
    // Following the link scrolled the place into view (to within a pixel: layout positions are fractional).
    expect(await place.evaluate((el) => { const top = el.getBoundingClientRect().top; return top > -1 && top < window.innerHeight; })).toBe(true);
    await reader.goto(pathToFileURL(join(folder, file!)).href);
    await reader.screenshot({ path: join(SCREENSHOT_DIR, 'dossier-html.png') });
    await reader.close();
  });

  it('exports a PDF whose pages carry the quotes and page numbers', async () => {
    const { page } = session;
    const dialog = page.getByRole('dialog', { name: 'Export dossier' });
    await dialog.getByRole('radio', { name: 'PDF' }).check();
    await dialog.getByRole('button', { name: /^Export PDF/ }).click();
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Exported PDF' }).textContent(), { timeout: 60_000 }).toContain('.pdf');
    const file = (await readdir(folder)).find((name) => name.endsWith('.pdf'))!;
    const bytes = new Uint8Array(await readFile(join(folder, file)));
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const pages = await pdfPageTexts(bytes);
    expect(pages.length).toBeGreaterThan(2);
    const all = pages.join(' ').replace(/\s+/g, ' ');
    expect(all).toContain(FIRST.phrase);
    expect(all).toContain(SECOND.phrase);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  it('keeps a backup of the corpus and the automatic backups on the data folder', async () => {
    const { page } = session;
    const dialog = page.getByRole('dialog', { name: 'Export dossier' });
    await dialog.getByRole('radio', { name: 'Parallax backup (JSON)' }).check();
    await dialog.getByRole('button', { name: /^Export Parallax backup/ }).click();
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Exported Parallax backup' }).textContent(), { timeout: 30_000 }).toContain('.json');
    const file = (await readdir(folder)).find((name) => name.startsWith('parallax-backup-'))!;
    const backup = JSON.parse(await readFile(join(folder, file), 'utf8')) as { format: string; corpus: { articles: unknown[]; highlights: unknown[] } };
    expect(backup.format).toBe('parallax-backup');
    expect(backup.corpus.articles).toHaveLength(5);
    expect(backup.corpus.highlights).toHaveLength(2);
    await page.keyboard.press('Escape');
  });
});

describe('restoring a backup (web mode)', () => {
  let session: Session;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-restore-'));
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function openRestore(page: Page) {
    await page.getByRole('navigation', { name: 'Application menu' }).getByText('File').click();
    await page.getByRole('menuitem', { name: 'Restore from Backup…' }).click();
    return page.getByRole('dialog', { name: 'Restore from backup' });
  }

  async function chooseFile(page: Page, dialog: ReturnType<Page['getByRole']>, path: string) {
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a backup file…' }).click();
    await (await chooser).setFiles(path);
  }

  it('downloads a backup of the corpus in web mode', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await highlightWithTag(page, FIRST.title, FIRST.phrase, 'Stance');
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export dossier' });
    await dialog.getByRole('radio', { name: 'Parallax backup (JSON)' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^Export Parallax backup/ }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^parallax-backup-.*\.json$/);
    await saved.saveAs(join(folder, 'backup.json'));
    await page.keyboard.press('Escape');
  });

  it('refuses a corrupt file and another app’s JSON in words, leaving the corpus as it was', async () => {
    const { page } = session;
    await writeFile(join(folder, 'corrupt.json'), '{"format": "parallax-backup", "version": 1, "corp');
    await writeFile(join(folder, 'other.json'), JSON.stringify({ name: 'my-package', version: '1.0.0' }));
    const dialog = await openRestore(page);
    await chooseFile(page, dialog, join(folder, 'corrupt.json'));
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('“corrupt.json” cannot be restored');
    await chooseFile(page, dialog, join(folder, 'other.json'));
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('“other.json” cannot be restored');
    await expect.poll(() => page.getByTestId('corpus-count').textContent()).toBe('5 articles');
    await page.keyboard.press('Escape');
  });

  it('replaces the corpus with a backup after asking, keeps a safety backup, and Undo brings the corpus back', async () => {
    const { page } = session;
    // The corpus changes after the backup: one article is added.
    const { dropFiles } = await import('./harness');
    await dropFiles(page, [{ name: 'extra.txt', content: 'Arctic Council ends\nThe ministers signed the declaration.' }]);
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 20_000 }).toBe('6 articles');

    const dialog = await openRestore(page);
    await chooseFile(page, dialog, join(folder, 'backup.json'));
    await expect.poll(() => dialog.getByTestId('restore-summary').textContent()).toContain('5 articles, 1 highlight, 0 notes, 1 tag');
    await dialog.getByRole('radio', { name: 'Replace my corpus' }).check();
    await dialog.getByRole('button', { name: 'Replace…' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Replace your 6 articles, 1 highlight, 0 notes with');
    await screenshot(page, 'restore-confirm');
    await dialog.getByRole('button', { name: 'Replace my corpus' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 }).toContain('now holds 5 articles, 1 highlight, 0 notes, 1 tag');
    await expect.poll(() => page.getByTestId('corpus-count').textContent()).toBe('5 articles');
    // The safety backup is listed among the automatic backups.
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    const again = await openRestore(page);
    await expect.poll(() => again.getByRole('list', { name: 'Automatic backups' }).textContent()).toContain('Before a restore');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 20_000 }).toBe('6 articles');
    expect(existsSync(join(folder, 'backup.json'))).toBe(true);
  });
});
