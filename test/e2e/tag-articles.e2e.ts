import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TITLE } from './expected-seeds';
import { libraryTitles, openApp, screenshot, type Session } from './harness';

/**
 * Tagging chosen articles as a whole from the library (issue 14): the selection bar's Tag menu
 * codes each article with a tag of the codebook; the reader shows it as the article's code (not
 * painted over every word), the highlights column counts it, and Undo takes it back.
 */
const GRID = '[role="grid"][aria-label="Articles"]';
const { BLINKEN, TOP } = SEED_TITLE;

const row = (page: Page, title: string) => page.locator('.library-row', { hasText: title });
const status = (page: Page) => page.locator('.statusbar [role="status"]');
const articleCodes = (page: Page) => page.getByRole('group', { name: 'Tags of the whole article' });

describe('tagging whole articles from the library (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('tags the chosen articles as a whole, shows it in the reader, and Undo takes it back', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await page.getByRole('tab', { name: 'Codebook' }).click();
    await page.getByRole('textbox', { name: 'New tag name' }).fill('Diplomacy');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('treeitem', { name: /^Diplomacy/ }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Library' }).click();

    await row(page, BLINKEN).click();
    await row(page, TOP).click({ modifiers: ['Control'] });
    await page.getByRole('toolbar', { name: 'Chosen articles' }).getByRole('button', { name: 'Tag' }).click();
    await page.getByRole('menuitem', { name: 'Diplomacy' }).click();
    await expect.poll(() => status(page).textContent()).toContain('Tag 2 articles as a whole “Diplomacy”');
    await expect.poll(() => row(page, BLINKEN).locator('.library-cell--highlights').textContent()).toBe('1');
    expect(await row(page, TOP).locator('.library-cell--highlights').textContent()).toBe('1');

    // The reader shows the article's code under its title, and paints no word for it.
    await expect.poll(() => articleCodes(page).textContent()).toContain('Diplomacy');
    expect(await page.getByTestId('article-body').locator('mark, [data-highlight-id]').count()).toBe(0);
    await screenshot(page, 'reader-whole-article-tag-1440x900');

    // Again: nothing new, said in words.
    await page.getByRole('toolbar', { name: 'Chosen articles' }).getByRole('button', { name: 'Tag' }).click();
    await page.getByRole('menuitem', { name: 'Diplomacy' }).click();
    await expect.poll(() => page.getByText('These 2 articles are already tagged “Diplomacy” as a whole.').count()).toBe(1);

    await page.locator(GRID).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(page, BLINKEN).locator('.library-cell--highlights').textContent()).not.toBe('1');
    expect(await articleCodes(page).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('takes a tag off the whole article from the reader', async () => {
    const { page } = session;
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => articleCodes(page).count()).toBe(1);
    await articleCodes(page).getByRole('button', { name: 'Remove “Diplomacy” from the whole article' }).click();
    await expect.poll(() => articleCodes(page).count()).toBe(0);
    expect(await status(page).textContent()).toContain('Remove tag “Diplomacy” from the whole article');
  });

  it('tags the open article as a whole from the reader, and says so when it already is', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Tag the whole article…' }).click();
    await page.getByRole('menuitem', { name: 'Diplomacy' }).click();
    await expect.poll(() => articleCodes(page).textContent()).toContain('Diplomacy');
    expect(await status(page).textContent()).toContain('Tag 1 article as a whole “Diplomacy”');
    await page.getByRole('button', { name: 'Tag the whole article…' }).click();
    await page.getByRole('menuitem', { name: 'Diplomacy' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'This article is already tagged “Diplomacy” as a whole.' }).count()).toBe(1);
    expect(session.errors).toEqual([]);
  });
});
