import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TITLE } from './expected-seeds';
import { libraryTitles, openApp, screenshot, type Session } from './harness';

/**
 * Collections (issue 14): a named set of articles made from the chosen ones, shown instead of
 * the whole library, remembered across a reload, changed with Undo, and kept true when one of
 * its articles is deleted. Titles are the seeds' (test/e2e/expected-seeds.ts), sorted by title.
 */
const GRID = '[role="grid"][aria-label="Articles"]';
const { BLINKEN, RUSSIA, TOP, STRESS, UNTITLED } = SEED_TITLE;
const ALL_BY_TITLE = [BLINKEN, RUSSIA, TOP, STRESS, UNTITLED];

const row = (page: Page, title: string) => page.locator('.library-row', { hasText: title });
const selectionBar = (page: Page) => page.getByRole('toolbar', { name: 'Chosen articles' });
const scopeButton = (page: Page) => page.getByRole('button', { name: /^Showing / });
const status = (page: Page) => page.locator('.statusbar [role="status"]');
const count = (page: Page) => page.getByLabel('Article count').textContent();

async function show(page: Page, name: string) {
  await scopeButton(page).click();
  await page.getByRole('menuitemradio', { name: new RegExp(`^${name}`) }).click();
}

async function sortByTitle(page: Page) {
  await page.locator(`${GRID} [role="columnheader"]`).getByRole('button', { name: 'Title', exact: true }).click();
  await expect.poll(() => libraryTitles(page)).toEqual(ALL_BY_TITLE);
}

describe('collections of articles in the library (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('makes a collection of the chosen articles and shows only them', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page).then((t) => t.length), { timeout: 30_000 }).toBe(5);
    await sortByTitle(page);
    await row(page, BLINKEN).click();
    await row(page, TOP).click({ modifiers: ['Control'] });
    await selectionBar(page).getByRole('button', { name: 'Add to collection' }).click();
    await page.getByRole('menuitem', { name: 'New collection…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New collection' });
    expect(await dialog.getByText('It will hold the 2 chosen articles; the articles stay in the library too.').count()).toBe(1);
    await dialog.getByLabel('Name').fill('  Week   one ');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await status(page).textContent()).toContain('Create collection “Week one” with 2 articles');
    // Made, not shown: the library still lists everything.
    expect(await libraryTitles(page)).toEqual(ALL_BY_TITLE);

    await show(page, 'Week one');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, TOP]);
    expect(await count(page)).toBe('2');
    // The open article's details name the collections it is in.
    await expect.poll(() => page.locator('.details .field', { hasText: 'Collections' }).textContent()).toContain('Week one');
    expect(await scopeButton(page).textContent()).toContain('Week one');
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await screenshot(page, `library-collection-${theme}-1440x900`);
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  });

  it('refuses a name another collection has, in words, and keeps the dialog open', async () => {
    const { page } = session;
    await scopeButton(page).click();
    await expect.poll(() => page.getByRole('menuitemradio').count()).toBe(2);
    await screenshot(page, 'library-collections-menu-1440x900');
    await page.getByRole('menuitem', { name: /^New collection/ }).click();
    const dialog = page.getByRole('dialog', { name: 'New collection' });
    await dialog.getByLabel('Name').fill('WEEK ONE');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('There is already a collection called “Week one”: choose another name.');
    await screenshot(page, 'collection-name-taken-1440x900');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('takes an article out of the collection, and Undo puts it back', async () => {
    const { page } = session;
    await row(page, TOP).click();
    await page.locator('.library__tools').getByRole('button', { name: 'Add to collection' }).click();
    await page.getByRole('menuitem', { name: /Take it out of “Week one”/ }).click();
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN]);
    expect(await status(page).textContent()).toContain('Take 1 article out of “Week one” (they stay in the library)');
    await page.keyboard.press('Control+z');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, TOP]);
  });

  it('adds articles by keyboard from the whole library, counting only the new ones', async () => {
    const { page } = session;
    await show(page, 'All articles');
    await expect.poll(() => libraryTitles(page)).toEqual(ALL_BY_TITLE);
    await row(page, BLINKEN).click();
    await page.locator(GRID).focus();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    // The menu opens by Enter on its button, with its first collection focused, and Enter chooses it.
    await selectionBar(page).getByRole('button', { name: 'Add to collection' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('menuitem', { name: /^Week one/ }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Week one');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toContain('Add 1 article to “Week one” (2 already in it)');
    await show(page, 'Week one');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP]);
  });

  it('opens on the same collection after a reload, read from the database', async () => {
    const { page } = session;
    await page.reload();
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toEqual([BLINKEN, RUSSIA, TOP]);
    expect(await scopeButton(page).textContent()).toContain('Week one');
  });

  it('renames the collection, and deleting it keeps its articles; Undo brings it back', async () => {
    const { page } = session;
    await scopeButton(page).click();
    await page.getByRole('menuitem', { name: 'Rename “Week one”…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename collection' });
    await dialog.getByLabel('Name').fill('Opening week');
    await page.keyboard.press('Enter');
    await expect.poll(() => scopeButton(page).textContent()).toContain('Opening week');
    expect(await status(page).textContent()).toContain('Rename collection “Week one” to “Opening week”');

    await scopeButton(page).click();
    await page.getByRole('menuitem', { name: /Delete collection “Opening week”/ }).click();
    await expect.poll(() => libraryTitles(page).then((t) => t.length)).toBe(5);
    expect(await status(page).textContent()).toContain('Delete collection “Opening week” of 3 articles (the articles stay in the library)');
    expect(await page.getByTestId('corpus-count').textContent()).toBe('5 articles');
    await status(page).getByRole('button', { name: 'Undo' }).click();
    await show(page, 'Opening week');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP]);
  });

  it('loses an article deleted from the library, and gets it back in its place when the deletion is undone', async () => {
    const { page } = session;
    await row(page, RUSSIA).click();
    await page.locator(GRID).focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, TOP]);
    expect(await count(page)).toBe('2');
    await page.keyboard.press('Control+z');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP]);
    await scopeButton(page).click();
    expect(await page.getByRole('menuitemradio', { name: /^Opening week/ }).textContent()).toContain('3');
    await page.keyboard.press('Escape');
    expect(session.errors).toEqual([]);
  });

  it('exports a dossier of a collection, and Compare offers only its articles', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export dossier' });
    // The library shows “Opening week”: the dialog starts from it.
    await expect.poll(() => exportDialog.getByRole('radio', { name: /A collection/ }).isChecked()).toBe(true);
    expect(await exportDialog.getByRole('combobox', { name: 'Collection to export' }).inputValue()).not.toBe('');
    await expect.poll(() => exportDialog.getByTestId('export-summary').textContent()).toContain('3 articles');
    await screenshot(page, 'export-dialog-collection-1440x900');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const chooser = page.getByRole('dialog', { name: 'Compare articles' });
    const list = chooser.getByRole('list', { name: 'Articles to compare' });
    await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 20_000 }).toBe('false');
    expect(await list.getByRole('checkbox').count()).toBe(5);
    await chooser.getByRole('combobox', { name: 'Articles from' }).selectOption({ label: 'Opening week' });
    await expect.poll(() => list.getByRole('checkbox').count()).toBe(3);
    const labels = await list.locator('label').allTextContents();
    for (const title of [BLINKEN, RUSSIA, TOP]) expect(labels.some((l) => l.includes(title))).toBe(true);
    await page.keyboard.press('Escape');
    expect(session.errors).toEqual([]);
  });
});
