import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryTitles, openApp, screenshot, tickEveryArticleToCompare, type Session } from './harness';

describe('comparing the five seed reports side by side (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1680, height: 1000 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the five articles in columns', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare articles' });
    await tickEveryArticleToCompare(page);
    await dialog.getByRole('button', { name: 'Compare 5' }).click();
    await expect.poll(() => page.locator('.compare-column').count(), { timeout: 20_000 }).toBe(5);
    await expect.poll(() => page.locator('.compare__summary').textContent()).toMatch(/5 articles · \d+ linked passages/);
  });

  it('lights up a quote’s counterparts in the other columns when it is clicked', async () => {
    const { page } = session;
    const quote = page.locator('.compare-column .cmp--quote', { hasText: 'acts aggressively' }).first();
    await quote.click();
    const selected = page.locator('.cmp--selected');
    await expect.poll(async () => new Set(await selected.evaluateAll((els) => els.map((el) => el.closest('.compare-column')!.getAttribute('aria-label')))).size).toBeGreaterThanOrEqual(2);
    const passage = page.getByRole('region', { name: 'Selected passage' });
    await expect.poll(() => passage.textContent()).toMatch(/respond/);
    expect(await passage.locator('ins, del').count()).toBeGreaterThan(0);
  });

  it('lists quotes with their speakers, groups name variants, and draws the coverage matrix', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Quotes' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Quotes' }).textContent()).toMatch(/Lavrov|Blinken/);
    await page.getByRole('tab', { name: 'Names' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Names' }).textContent()).toMatch(/Spelled: [^\n]*Sergei Lavrov[^\n]*Sergey Lavrov/);
    await page.getByRole('tab', { name: 'Coverage' }).click();
    const matrix = page.getByRole('img', { name: /Coverage of \d+ passages across 5 articles/ });
    await expect.poll(() => matrix.locator('rect').count()).toBeGreaterThan(10);
    await matrix.locator('rect.coverage__cell--filled').first().click();
    await expect.poll(() => page.locator('.cmp--selected').count()).toBeGreaterThan(0);
    await screenshot(page, 'compare');
  });

  it('shows every column or says how many lie to the right, colours calmly by default, and switches to every shared quote', async () => {
    const { page } = session;
    const view = (await page.locator('.compare__columns').boundingBox())!;
    let outside = 0;
    for (const box of await page.locator('.compare-column').all()) {
      const b = (await box.boundingBox())!;
      if (b.x + b.width > view.x + view.width + 1) outside++;
    }
    if (outside === 0) expect(await page.locator('.compare__more').count()).toBe(0);
    else await expect.poll(() => page.locator('.compare__more').textContent()).toContain(`${outside} more`);
    await expect.poll(() => page.getByLabel('Legend').textContent()).toMatch(/quote.*shared passage.*only here/);
    const tint = () => page.locator('.compare-column .cmp--quote:not(.cmp--selected)').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await tint()).toBe('rgba(0, 0, 0, 0)');
    await page.getByLabel('Colour').selectOption('quotes');
    expect(await tint()).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, 'compare-quotes-coloured');
    await page.getByLabel('Colour').selectOption('selected');
  });

  it('folds the library and details panes away for the columns, by button and by keyboard, and brings them back', async () => {
    const { page } = session;
    const width = async () => (await page.locator('.compare__columns').boundingBox())!.width;
    const libraryWidth = async () => (await page.locator('.workspace__panel', { has: page.getByRole('tablist', { name: 'Corpus' }) }).boundingBox())?.width ?? 0;
    const before = await width();
    await page.getByRole('button', { name: 'Hide the side panes' }).click();
    await expect.poll(libraryWidth, { timeout: 10_000 }).toBeLessThan(2);
    await expect.poll(width, { timeout: 10_000 }).toBeGreaterThan(before * 1.5);
    await expect.poll(() => page.getByRole('button', { name: 'Show the side panes' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'compare-side-panes-hidden');
    await page.locator('.compare-column__body').first().click();
    await page.keyboard.press('Control+Backslash');
    await expect.poll(libraryWidth, { timeout: 10_000 }).toBeGreaterThan(100);
    await expect.poll(width, { timeout: 10_000 }).toBeLessThan(before + 2);
    await page.keyboard.press('Control+Backslash');
    await expect.poll(libraryWidth, { timeout: 10_000 }).toBeLessThan(2);
    await page.getByRole('button', { name: 'Show the side panes' }).click();
    await expect.poll(libraryWidth, { timeout: 10_000 }).toBeGreaterThan(100);
    // Closing the comparison with the panes folded brings them back for the reader.
    await page.getByRole('button', { name: 'Hide the side panes' }).click();
    await expect.poll(libraryWidth, { timeout: 10_000 }).toBeLessThan(2);
    await page.getByRole('button', { name: 'Close the comparison' }).click();
    await expect.poll(libraryWidth, { timeout: 10_000 }).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare articles' });
    await tickEveryArticleToCompare(page);
    await dialog.getByRole('button', { name: 'Compare 5' }).click();
    await expect.poll(() => page.locator('.compare-column').count(), { timeout: 20_000 }).toBe(5);
    // Compare remembers that its panes were folded; the next tests use the side panes.
    await expect.poll(libraryWidth, { timeout: 10_000 }).toBeLessThan(2);
    await page.getByRole('button', { name: 'Show the side panes' }).click();
    await expect.poll(libraryWidth, { timeout: 10_000 }).toBeGreaterThan(100);
  });

  it('shows each outlet’s speaker with the words it was read from', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Quotes' }).click();
    await page.getByRole('list', { name: 'Quotes' }).getByRole('button').first().click();
    const passage = page.getByRole('region', { name: 'Selected passage' });
    await expect.poll(() => passage.textContent()).toMatch(/Speaker: (Sergei Lavrov|Antony Blinken) · from: “/);
    await screenshot(page, 'compare-speakers');
  });

  it('groups the library into stories and opens one in Compare', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare articles' });
    await dialog.getByRole('button', { name: 'Group into stories' }).click();
    const stories = dialog.getByRole('region', { name: 'Stories' });
    await expect.poll(() => stories.textContent()).toMatch(/^1 story in 5 articles/);
    await screenshot(page, 'compare-stories');
    await stories.getByRole('button', { name: /^Open/ }).first().click();
    await expect.poll(() => page.locator('.compare-column').count(), { timeout: 20_000 }).toBe(5);
  });

  it('merges two names by hand, and the merge sticks', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Names' }).click();
    const names = page.getByRole('list', { name: 'Names' });
    const boxes = names.getByRole('checkbox');
    const before = await boxes.count();
    await boxes.nth(before - 1).check();
    await boxes.nth(before - 2).check();
    await page.getByRole('button', { name: /Merge 2 as one person/ }).click();
    await expect.poll(() => names.getByRole('checkbox').count()).toBe(before - 1);
    await screenshot(page, 'compare-names');
  });

  it('narrows the columns in a small window and says how many lie to the right', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(() => page.locator('.compare__more').textContent()).toMatch(/\d+ more articles? to the right/);
    await screenshot(page, 'compare-narrow');
    await page.setViewportSize({ width: 1680, height: 1000 });
  });

  it('logs no errors in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
