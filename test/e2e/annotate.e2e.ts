import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryTitles, openApp, screenshot, selectInReader, type Session } from './harness';

const PHRASE = 'a predictable, stable relationship';

describe('annotating in the reader (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('highlights a selection with a tag created on the spot', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await page.locator('.library-row', { hasText: 'Stress Cooperative Approach' }).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain(PHRASE);
    await selectInReader(page, PHRASE);
    const picker = page.getByRole('combobox', { name: 'Tag' });
    await picker.fill('Stability');
    await expect.poll(() => page.getByRole('option', { name: /Create tag “Stability”/ }).count()).toBe(1);
    await picker.press('Enter');
    const mark = page.locator('[data-testid="article-body"] mark', { hasText: 'predictable' });
    await expect.poll(() => mark.textContent()).toBe(PHRASE);
    expect(await mark.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
  });

  it('shows a highlight’s tags when it is clicked, and adds another tag by keyboard', async () => {
    const { page } = session;
    await page.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).click();
    const popover = page.getByRole('dialog', { name: 'Highlight' });
    await expect.poll(() => popover.getByLabel('Tags of this highlight').textContent()).toContain('Stability');
    await popover.getByRole('combobox', { name: 'Tag' }).fill('US aims');
    await popover.getByRole('combobox', { name: 'Tag' }).press('Enter');
    await expect.poll(() => popover.getByLabel('Tags of this highlight').textContent()).toContain('US aims');
    await screenshot(page, 'highlight-popover');
    await page.keyboard.press('Escape');
  });

  it('moves between highlights and deletes one from the keyboard, and Ctrl+Z brings it back', async () => {
    const { page } = session;
    await selectInReader(page, 'serious differences');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="article-body"] mark').count()).toBe(2);
    const article = page.locator('article.reader__scroll');
    await article.focus();
    // The new highlight is the current one; J goes to the next, K back.
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('mark.hl--active').first().textContent()).toBe(PHRASE);
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('mark.hl--active').first().textContent()).toBe('serious differences');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('[data-testid="article-body"] mark').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-testid="article-body"] mark').count()).toBe(2);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Undid' }).textContent()).toContain('Delete a highlight');
  });

  it('keeps highlights and tags after a reload', async () => {
    const { page } = session;
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="article-body"] mark').count(), { timeout: 20_000 }).toBe(2);
    await screenshot(page, 'reader-highlights');
  });

  it('logs no errors in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
