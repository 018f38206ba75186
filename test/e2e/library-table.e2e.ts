import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TITLE } from './expected-seeds';
import { libraryTitles, openApp, screenshot, selectInReader, type Session } from './harness';

/**
 * The library as a table (issue 14): one line per article with columns, sorted by a header's
 * click or by keyboard, the order and widths remembered across a reload; the keyboard walks the
 * rows and Enter opens one. Expected orders are written out from the five seeds' metadata
 * (test/e2e/expected-seeds.ts lists how they parse), not computed by the app's sort.
 */
const GRID = '[role="grid"][aria-label="Articles"]';
const { BLINKEN, RUSSIA, TOP, STRESS, UNTITLED } = SEED_TITLE;
/** A row is one line: its height stays near this whatever the title's length. */
const ONE_LINE_MAX_HEIGHT = 32;

function header(page: Page, name: string) {
  return page.locator(`${GRID} [role="columnheader"]`).getByRole('button', { name, exact: true });
}

async function sortState(page: Page): Promise<Record<string, string>> {
  return page.locator(`${GRID} [role="columnheader"]`).evaluateAll((cells) =>
    Object.fromEntries(cells.map((c) => [c.querySelector('button')?.getAttribute('aria-label') ?? '', c.getAttribute('aria-sort') ?? ''])),
  );
}

describe('the library as a table (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows one line per article with its title, outlet, date and counts', async () => {
    const { page } = session;
    // The seeds are imported together: their order of import among themselves is not fixed.
    await expect.poll(() => libraryTitles(page).then((t) => [...t].sort()), { timeout: 30_000 }).toEqual([BLINKEN, RUSSIA, TOP, STRESS, UNTITLED].sort());
    const columns = await page.locator(`${GRID} [role="columnheader"] button`).evaluateAll((b) => b.map((x) => x.getAttribute('aria-label')));
    expect(columns).toEqual(['Title', 'Outlet', 'Date published', 'Highlights', 'Notes']);
    const heights = await page.locator(`${GRID} .library-row`).evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(heights.every((h) => h <= ONE_LINE_MAX_HEIGHT)).toBe(true);
    const russia = page.locator('.library-row', { hasText: RUSSIA });
    expect(await russia.locator('.library-cell--outlet').textContent()).toBe('Daijiworld');
    expect(await page.locator('.library-row', { hasText: TOP }).locator('.library-cell--published').textContent()).toMatch(/2021/);
    expect(await sortState(page)).toMatchObject({ Title: 'none', 'Date published': 'none' });
  });

  it('sorts by a column when its header is clicked, and turns the order round on a second click', async () => {
    const { page } = session;
    await header(page, 'Title').click();
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP, STRESS, UNTITLED]);
    expect((await sortState(page))['Title']).toBe('ascending');
    await header(page, 'Title').click();
    await expect.poll(() => libraryTitles(page)).toEqual([STRESS, TOP, RUSSIA, BLINKEN, UNTITLED]);
    expect((await sortState(page))['Title']).toBe('descending');
    // Dates start newest first; a date without a year after every full date, none last.
    await header(page, 'Date published').click();
    await expect.poll(() => libraryTitles(page).then((t) => t.slice(0, 3))).toEqual([TOP, RUSSIA, BLINKEN]);
    expect((await libraryTitles(page)).slice(3).sort()).toEqual([STRESS, UNTITLED].sort());
    expect(await sortState(page)).toMatchObject({ Title: 'none', 'Date published': 'descending' });
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await screenshot(page, `library-sorted-by-date-${theme}-1440x900`);
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  });

  it('counts a new highlight in its row, and sorts the most highlighted first', async () => {
    const { page } = session;
    await page.locator('.library-row', { hasText: RUSSIA }).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain('serious differences');
    await selectInReader(page, 'serious differences');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(() => page.locator('.library-row', { hasText: RUSSIA }).locator('.library-cell--highlights').textContent()).toBe('1');
    await header(page, 'Highlights').click();
    await expect.poll(() => libraryTitles(page).then((t) => t[0])).toBe(RUSSIA);
    expect((await sortState(page))['Highlights']).toBe('descending');
  });

  it('sorts from the keyboard: Tab past the rows to the headers, the arrows along them, Enter to sort', async () => {
    const { page } = session;
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.getByRole('searchbox', { name: 'Filter the library' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Articles');
    await page.keyboard.press('Tab');
    // The headers are one tab stop; the last one used keeps it.
    expect(await focused()).toBe('Highlights');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('Title');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('Title');
    await page.keyboard.press('Enter');
    await expect.poll(() => libraryTitles(page)).toEqual([BLINKEN, RUSSIA, TOP, STRESS, UNTITLED]);
    expect((await sortState(page))['Title']).toBe('ascending');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Outlet');
    // Shift+→ widens the focused column.
    const width = () => page.locator(`${GRID} .library-header__cell.library-cell--outlet`).evaluate((el) => el.getBoundingClientRect().width);
    const before = await width();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(width).toBeGreaterThan(before + 20);
  });

  it('remembers the order, the widths and the columns after a reload', async () => {
    const { page } = session;
    const outletWidth = await page.locator(`${GRID} .library-header__cell.library-cell--outlet`).evaluate((el) => el.getBoundingClientRect().width);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: /^Authors/ }).click();
    // No room for it in the pane as wide as it is: the menu says so, the title keeps its room.
    await expect.poll(() => page.getByRole('menuitemcheckbox', { name: /^Authors/ }).textContent()).toContain('widen the pane to see it');
    await page.keyboard.press('Escape');
    // The first screen is remembered under its sort, for the next launch to draw before every article is read.
    const rowIds = await page.locator(`${GRID} .library-row`).evaluateAll((rows) => rows.map((row) => row.id.replace(/^article-row-/, '')));
    const remembered = await page.evaluate(() => JSON.parse(localStorage.getItem('parallax.libraryFirstRows') ?? 'null'));
    expect(remembered).toEqual({ sortKey: 'title:ascending', ids: rowIds });
    await page.reload();
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toEqual([BLINKEN, RUSSIA, TOP, STRESS, UNTITLED]);
    expect((await sortState(page))['Title']).toBe('ascending');
    expect(await page.locator(GRID).getAttribute('aria-busy')).toBe('false');
    const after = await page.locator(`${GRID} .library-header__cell.library-cell--outlet`).evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.abs(after - outletWidth)).toBeLessThan(1);
    // Widened, the pane shows the authors it was asked for.
    const separator = page.locator('.workspace__separator').first();
    const box = (await separator.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => sortState(page).then(Object.keys)).toEqual(['Title', 'Outlet', 'Date published', 'Authors', 'Highlights', 'Notes']);
    expect(await page.locator('.library-row', { hasText: UNTITLED }).locator('.library-cell--authors').textContent()).toBe('Gary Raynaldo');
    await screenshot(page, 'library-wide-pane-1440x900');
  });

  it('walks the rows with the arrow keys, Home and End without opening them; Enter opens the one reached', async () => {
    const { page } = session;
    const open = () => page.locator('.reader__title').textContent();
    await page.locator('.library-row', { hasText: TOP }).click();
    await expect.poll(open).toBe(TOP);
    const active = () =>
      page.locator(GRID).evaluate((grid) => {
        const id = grid.getAttribute('aria-activedescendant');
        return id ? (document.getElementById(id)?.querySelector('.library-row__title')?.textContent ?? null) : null;
      });
    await page.locator(GRID).focus();
    expect(await active()).toBe(TOP);
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).toBe(STRESS);
    await page.keyboard.press('End');
    await expect.poll(active).toBe(UNTITLED);
    await page.keyboard.press('Home');
    await expect.poll(active).toBe(BLINKEN);
    await page.keyboard.press('ArrowUp');
    await expect.poll(active).toBe(BLINKEN);
    await page.keyboard.press('PageDown');
    await expect.poll(active).toBe(UNTITLED);
    await page.keyboard.press('Home');
    // Moving the cursor opened nothing.
    expect(await open()).toBe(TOP);
    await screenshot(page, 'library-keyboard-cursor-1440x900');
    await page.keyboard.press('Enter');
    await expect.poll(open).toBe(BLINKEN);
    expect(await page.locator('.library-row', { hasText: BLINKEN }).getAttribute('aria-selected')).toBe('true');
    // j opens the next article at once.
    await page.keyboard.press('j');
    await expect.poll(open).toBe(RUSSIA);
  });

  it('logs no errors in the page', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('the library in a 1024 × 700 window (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1024, height: 700 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Whether each tab of the left column shows its whole name inside the column. */
  async function tabsWhole(page: Page): Promise<{ name: string; whole: boolean }[]> {
    return page.getByRole('tablist', { name: 'Corpus' }).evaluate((list) => {
      const column = list.getBoundingClientRect();
      return [...list.querySelectorAll('[role="tab"]')].map((tab) => {
        const box = tab.getBoundingClientRect();
        return {
          name: tab.textContent?.trim() ?? '',
          whole: box.left >= column.left - 0.5 && box.right <= column.right + 0.5 && tab.scrollWidth <= tab.clientWidth + 0.5,
        };
      });
    });
  }

  it('shows the Library, Codebook and Search tabs whole, also with the column dragged as narrow as it goes', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    const all = [
      { name: 'Library', whole: true },
      { name: 'Codebook', whole: true },
      { name: 'Search', whole: true },
    ];
    expect(await tabsWhole(page)).toEqual(all);
    // Title, outlet and date fit the column at its default width; the counts wait for a wider pane.
    expect(Object.keys(await sortState(page))).toEqual(['Title', 'Outlet', 'Date published']);
    const title = await page.locator(`${GRID} .library-header__cell.library-cell--title`).evaluate((el) => el.getBoundingClientRect().width);
    expect(title).toBeGreaterThanOrEqual(120);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await screenshot(page, `library-table-${theme}-1024x700`);
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));

    const separator = page.locator('.workspace__separator').first();
    const box = (await separator.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(20, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.getByRole('tablist', { name: 'Corpus' }).evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(230);
    expect(await tabsWhole(page)).toEqual(all);
    await page.getByRole('tab', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search the corpus' }).isVisible()).toBe(true);
    // The narrow library still shows a readable title, the other columns making way.
    await page.getByRole('tab', { name: 'Library' }).click();
    const narrowTitle = await page.locator(`${GRID} .library-header__cell.library-cell--title`).evaluate((el) => el.getBoundingClientRect().width);
    expect(narrowTitle).toBeGreaterThanOrEqual(120);
    await screenshot(page, 'library-narrow-column-1024x700');
  });
});
