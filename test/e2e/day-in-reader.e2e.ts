import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryTitles, openApp, type Session } from './harness';

const UNTITLED_SEED = '004_4eb1885911f60789.txt';

describe('a day in the reader (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('calls an article without a headline "Untitled (file name)", upright, and lets the reader set a title', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    const row = page.locator('.library-row', { hasText: UNTITLED_SEED });
    await expect.poll(() => row.locator('.library-row__title').textContent()).toBe(`Untitled (${UNTITLED_SEED})`);
    expect(await row.locator('.library-row__title').evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
    await row.click();
    const heading = page.locator('.reader__title');
    await expect.poll(() => heading.textContent()).toContain(`Untitled (${UNTITLED_SEED})`);
    expect(await heading.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
    await page.getByRole('button', { name: 'Set title…' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Lavrov meets Blinken in Reykjavik');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toBe('Lavrov meets Blinken in Reykjavik');
    await expect.poll(() => libraryTitles(page)).toContain('Lavrov meets Blinken in Reykjavik');
  });

  it('pre-ticks the open article in Compare, not one opened before it', async () => {
    const { page } = session;
    const compare = page.getByRole('button', { name: 'Compare', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Compare articles' });
    const ticked = () => dialog.locator('.compare-chooser__list input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent ?? ''));
    for (const title of ['Stress Cooperative Approach', 'urge dialog amid differences']) {
      await page.locator('.library-row', { hasText: title }).click();
      await expect.poll(() => page.locator('.reader__title').textContent()).toContain(title);
      await compare.click();
      await expect.poll(ticked).toHaveLength(1);
      expect((await ticked())[0]).toContain(title);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    }
  });
});
