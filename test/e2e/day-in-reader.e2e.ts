import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelDifference, dominantColour, libraryTitles, openApp, selectInReader, type Session } from './harness';

const UNTITLED_SEED = '004_4eb1885911f60789.txt';
const PHRASE = 'serious differences';
/** A painted mark differs from the white page by far more than anti-aliasing noise. */
const MIN_CHANNEL_DIFFERENCE = 12;

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

  it('keeps the words being tagged marked, and uncovered, while the tag picker has focus', async () => {
    const { page } = session;
    await page.locator('.library-row', { hasText: 'Stress Cooperative Approach' }).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain(PHRASE);
    await selectInReader(page, PHRASE);
    const picker = page.getByRole('dialog', { name: 'Highlight the selection' }).getByRole('combobox');
    await picker.focus();
    await picker.fill('fram');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    // Where the words are: the first line box of the phrase.
    const words = await page.evaluate((wanted) => {
      const root = document.querySelector('[data-testid="article-body"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        const r = range.getClientRects()[0]!;
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    }, PHRASE);
    expect(words).not.toBeNull();
    const reader = (await page.getByTestId('article-body').boundingBox())!;
    const marked = await dominantColour(page, words!);
    const around = await dominantColour(page, { x: reader.x + 1, y: words!.y, width: 4, height: words!.height });
    expect(channelDifference(marked, around)).toBeGreaterThan(MIN_CHANNEL_DIFFERENCE);
    const popover = (await page.getByRole('dialog', { name: 'Highlight the selection' }).boundingBox())!;
    const overlaps =
      popover.x < words!.x + words!.width && words!.x < popover.x + popover.width && popover.y < words!.y + words!.height && words!.y < popover.y + popover.height;
    expect(overlaps).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  });
});

describe('the status bar says what each action did (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('confirms a keyboard delete with Undo, says what Undo did, and lets the message expire', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await page.locator('.library-row', { hasText: 'Stress Cooperative Approach' }).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain(PHRASE);
    await selectInReader(page, PHRASE);
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    const status = page.locator('.statusbar [role="status"]');
    await expect.poll(() => status.textContent()).toContain('Highlight a passage');
    const mark = page.locator('[data-testid="article-body"] mark', { hasText: PHRASE });
    await page.getByRole('article').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('Delete');
    await expect.poll(() => mark.count()).toBe(0);
    await expect.poll(() => status.textContent()).toContain('Delete a highlight');
    await status.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => mark.count()).toBe(1);
    await expect.poll(() => status.textContent()).toBe('Undid: Delete a highlight');
    // Stale messages go: the status line is empty once its time is up.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('');
  });
});
