import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, fileBytes, libraryTitles, openApp, REPO, screenshot, type Session } from './harness';

const FIXTURES = join(REPO, 'test/fixtures/ingest');
const CORPORA = join(REPO, '../shared/corpora');

/** Every format through the real renderer and its Web Worker parser, in Debian's Chromium. */
describe('importing articles of every kind (web mode)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports HTML, Markdown, PDF and Word files dropped together, and takes a same-outlet same-headline file as a newer version', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await dropFiles(page, [
      { name: 'news-article.html', content: await fileBytes(join(FIXTURES, 'html/news-article.html')) },
      { name: 'article.md', content: await fileBytes(join(FIXTURES, 'md/article.md')) },
      { name: 'multipage-article.pdf', content: await fileBytes(join(FIXTURES, 'pdf/multipage-article.pdf')) },
      { name: 'article.docx', content: await fileBytes(join(FIXTURES, 'docx/article.docx')) },
    ]);
    // The Markdown file is the HTML page's story from the same outlet under the same headline:
    // it comes in as a newer version of it, and the library lists the newest version only.
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 60_000 }).toBe('8 articles');
    // The file format is a column of the library to show on demand.
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: /^File format/ }).click();
    await page.keyboard.press('Escape');
    const formats = await page.locator('.library-row .format-badge').allTextContents();
    expect(formats.filter((f) => ['html', 'md', 'pdf', 'docx'].includes(f)).sort()).toEqual(['docx', 'md', 'pdf']);
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.locator('[data-status="new-version"]').textContent()).toContain(
      'A newer version of “Harbour bridge reopens after storm repairs”',
    );
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
  });

  it('never runs a hostile page’s code and shows its words as text', async () => {
    const { page } = session;
    await dropFiles(page, [{ name: 'hostile.html', content: await fileBytes(join(FIXTURES, 'html/hostile.html')) }]);
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 30_000 }).toBe('9 articles');
    await page.locator('.library-row', { hasText: 'Council budget vote delayed' }).click();
    const body = page.getByTestId('article-body');
    await expect.poll(() => body.textContent()).toContain('postponed its vote');
    expect(await body.textContent()).not.toMatch(/INJECTED BY SCRIPT|STYLE TEXT LEAKED|__parallaxPwned/);
    expect(await page.evaluate(() => (globalThis as { __parallaxPwned?: unknown }).__parallaxPwned)).toBeUndefined();
    expect(await body.locator('script, img, iframe, svg, object, a').count()).toBe(0);
  });

  it('asks for the password of a protected PDF, says when it is wrong, and opens it with the right one', async () => {
    const { page } = session;
    await dropFiles(page, [{ name: 'protected.pdf', content: await fileBytes(join(CORPORA, 'pdf/pr6531_1.pdf')) }]);
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.textContent(), { timeout: 30_000 }).toContain('protected by a password');
    await report.getByRole('button', { name: 'Enter the password…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Password').fill('not-it');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/password .* not right/i);
    await dialog.getByLabel('Password').fill('asdfasdf');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 20_000 }).toBe(0);
    // The document opens; it is a scan without a text layer, and the report now says that instead.
    const row = report.locator('[data-status="failed"]', { hasText: 'protected.pdf' });
    await expect.poll(() => row.getAttribute('data-code')).toBe('no-article');
  });

  it('explains each broken file in words and imports nothing of it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
    await dropFiles(page, [
      { name: 'truncated.docx', content: await fileBytes(join(FIXTURES, 'docx/truncated.docx')) },
      { name: 'fuzzed.pdf', content: await fileBytes(join(CORPORA, 'pdf/poppler-742-0-fuzzed.pdf')) },
      { name: 'links.html', content: await fileBytes(join(FIXTURES, 'html/link-list.html')) },
      { name: 'sheet.xlsx', content: 'not an article' },
    ]);
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.locator('[data-status="failed"]').count(), { timeout: 30_000 }).toBe(4);
    const codes = await report.locator('[data-status="failed"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes).toEqual(['corrupt-file', 'corrupt-file', 'no-article', 'unsupported-type']);
    expect(await page.getByTestId('corpus-count').textContent()).toBe('9 articles');
  });

  it('lets a person correct a metadata field, and keeps the correction after a reload', async () => {
    const { page } = session;
    await page.locator('.library-row', { hasText: 'Top US and Russian diplomats' }).click();
    await page.getByRole('button', { name: 'Edit outlet' }).click();
    const outlet = page.locator('[data-field="outlet"]').getByLabel('Outlet');
    await outlet.fill('Deutsche Welle');
    await outlet.press('Enter');
    await expect.poll(() => page.locator('[data-field="outlet"]').textContent()).toContain('your correction');
    await page.getByRole('button', { name: 'Edit published' }).click();
    const published = page.locator('[data-field="published"]').getByLabel('Published');
    await published.fill('19 May');
    await published.press('Enter');
    await expect.poll(() => page.locator('[data-field="published"] [role="alert"]').textContent()).toMatch(/YYYY-MM-DD/);
    await published.press('Escape');
    await page.reload();
    await expect.poll(() => page.locator('.reader__byline').textContent(), { timeout: 20_000 }).toContain('Deutsche Welle');
    expect(await page.locator('.library-row', { hasText: 'Top US and Russian diplomats' }).textContent()).toContain('Deutsche Welle');
  });

  it('shows page furniture apart from the text and puts a block back on request, with undo', async () => {
    const { page } = session;
    await page.locator('.library-row', { hasText: 'Blinken, Lavrov enter first high-level talks' }).click();
    await page.getByRole('tab', { name: /Page furniture/ }).click();
    const block = page.locator('.boilerplate-block', { hasText: 'Related Articles' });
    await expect.poll(() => block.count()).toBe(1);
    expect(await page.getByTestId('article-body').textContent()).not.toContain('Related Articles');
    await screenshot(page, 'page-furniture');
    await block.getByRole('button', { name: 'Put back in the text' }).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain('Related Articles');
    // The furniture pane's own Undo (the status bar offers one too).
    await page.getByTestId('side').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).not.toContain('Related Articles');
  });

  it('logs no errors in the page', () => {
    expect(session.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
