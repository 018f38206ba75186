import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TITLE } from './expected-seeds';
import { libraryTitles, openApp, screenshot, selectInReader, type Session } from './harness';

/**
 * Choosing several articles in the library (issue 14): Shift and Ctrl/Cmd with a click, Shift
 * with the arrows, Space and Ctrl/Cmd+A by keyboard; then Compare, Export and Delete on the
 * chosen ones, and Undo bringing deleted articles back with their highlights. Titles are the
 * seeds' as test/e2e/expected-seeds.ts lists them, in the title order written out by hand.
 */
const GRID = '[role="grid"][aria-label="Articles"]';
const { BLINKEN, RUSSIA, TOP, STRESS, UNTITLED } = SEED_TITLE;

const row = (page: Page, title: string) => page.locator('.library-row', { hasText: title });
const chosenTitles = (page: Page) => page.locator(`${GRID} .library-row[aria-selected="true"] .library-row__title`).allTextContents();
const selectionBar = (page: Page) => page.getByRole('toolbar', { name: 'Chosen articles' });

describe('choosing several articles in the library (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('chooses a range with Shift+click and adds or takes out one with Ctrl+click', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page).then((t) => t.length), { timeout: 30_000 }).toBe(5);
    await page.locator(`${GRID} [role="columnheader"]`).getByRole('button', { name: 'Title', exact: true }).click();
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP, STRESS, UNTITLED]);
    await row(page, BLINKEN).click();
    await expect.poll(() => chosenTitles(page)).toEqual([BLINKEN]);
    await expect(selectionBar(page).count()).resolves.toBe(0);
    await row(page, TOP).click({ modifiers: ['Shift'] });
    await expect.poll(() => chosenTitles(page)).toEqual([BLINKEN, RUSSIA, TOP]);
    expect(await selectionBar(page).getByRole('status').textContent()).toBe('3 articles chosen');
    await row(page, RUSSIA).click({ modifiers: ['Control'] });
    await expect.poll(() => chosenTitles(page)).toEqual([BLINKEN, TOP]);
    // The reader still shows the article clicked first: choosing is not opening.
    expect(await page.getByTestId('article-body').textContent()).toContain('Blinken');
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await screenshot(page, `library-two-chosen-${theme}-1440x900`);
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  });

  it('compares the chosen articles side by side', async () => {
    const { page } = session;
    await selectionBar(page).getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.locator('.compare-column').count(), { timeout: 20_000 }).toBe(2);
    const headings = await page.locator('.compare-column').allTextContents();
    expect(headings.some((h) => h.includes('Blinken, Lavrov'))).toBe(true);
    expect(headings.some((h) => h.includes('Top US and Russian'))).toBe(true);
    await page.getByRole('button', { name: 'Close the comparison' }).click();
    await expect.poll(() => page.locator('.compare-column').count()).toBe(0);
  });

  it('opens the export dialog on exactly the chosen articles', async () => {
    const { page } = session;
    await selectionBar(page).getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export dossier' });
    await expect.poll(() => dialog.getByRole('radio', { name: /Chosen articles/ }).isChecked()).toBe(true);
    expect(await dialog.getByText('2 chosen').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('chooses by keyboard: Shift+arrows, Space, Ctrl+A, and Escape to clear', async () => {
    const { page } = session;
    await page.locator(GRID).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => chosenTitles(page)).toEqual([BLINKEN, RUSSIA, TOP]);
    await page.keyboard.press('Space');
    await expect.poll(() => chosenTitles(page)).toEqual([BLINKEN, RUSSIA]);
    await page.keyboard.press('Control+a');
    await expect.poll(() => chosenTitles(page)).toEqual([BLINKEN, RUSSIA, TOP, STRESS, UNTITLED]);
    await page.setViewportSize({ width: 1024, height: 700 });
    // Every action of the bar stays inside the narrower library pane.
    const pane = (await page.locator('.library').boundingBox())!;
    await expect
      .poll(async () => {
        const clear = (await selectionBar(page).getByRole('button', { name: 'Clear the choice' }).boundingBox())!;
        return clear.x + clear.width <= pane.x + pane.width;
      })
      .toBe(true);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await screenshot(page, `library-all-chosen-${theme}-1024x700`);
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.keyboard.press('Escape');
    await expect.poll(() => chosenTitles(page)).toEqual([BLINKEN]);
    await expect(selectionBar(page).count()).resolves.toBe(0);
  });

  it('deletes the chosen articles with their highlights, says so, and Undo brings every one back', async () => {
    const { page } = session;
    await row(page, BLINKEN).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain('Blinken');
    await selectInReader(page, 'Blinken');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(() => row(page, BLINKEN).locator('.library-cell--highlights').textContent()).toBe('1');

    await row(page, TOP).click({ modifiers: ['Control'] });
    await expect.poll(() => chosenTitles(page)).toEqual([BLINKEN, TOP]);
    await page.locator(GRID).focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => libraryTitles(page)).toEqual([RUSSIA, STRESS, UNTITLED]);
    const status = page.locator('.statusbar [role="status"]');
    expect(await status.textContent()).toContain('Delete 2 articles and their 1 highlight');
    expect(await page.getByTestId('corpus-count').textContent()).toBe('3 articles');
    // The open article was among them: the reader no longer shows it.
    expect(await page.getByTestId('article-body').count()).toBe(0);
    await screenshot(page, 'library-after-delete-1440x900');

    await status.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP, STRESS, UNTITLED]);
    expect(await row(page, BLINKEN).locator('.library-cell--highlights').textContent()).toBe('1');
    expect(await status.textContent()).toContain('Undid: Delete 2 articles');
    expect(session.errors).toEqual([]);
  });

  it('deletes the one article under the cursor by the Delete key when no others are chosen', async () => {
    const { page } = session;
    await row(page, UNTITLED).click();
    await page.locator(GRID).focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP, STRESS]);
    expect(await page.locator('.statusbar [role="status"]').textContent()).toContain('Delete “Untitled (004_4eb1885911f60789.txt)”');
    await page.keyboard.press('Control+z');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP, STRESS, UNTITLED]);
  });
});
