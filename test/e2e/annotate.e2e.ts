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

  it('writes a note with bold text that cites this passage and a span of a second article', async () => {
    const { page } = session;
    await page.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).click();
    await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Cite in note' }).click();
    const notes = page.getByRole('region', { name: 'Notes' });
    const editor = notes.getByRole('textbox', { name: 'Note text' });
    await expect.poll(() => editor.textContent()).toContain(PHRASE);
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await notes.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('Washington wants stability');
    await notes.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type(' while Moscow says ');

    await page.getByRole('tab', { name: 'Library' }).click();
    await page.locator('.library-row', { hasText: 'Blinken, Lavrov enter first high-level talks' }).click();
    await selectInReader(page, 'no secret that we have our differences');
    await page.getByRole('button', { name: 'Cite in note' }).click();
    await expect.poll(() => editor.locator('[role="link"]').count()).toBe(2);
    await expect.poll(() => notes.textContent()).toMatch(/Saved/);
    expect(await editor.locator('strong, b, .note-bold, [class*="bold"]').first().textContent()).toContain('Washington wants stability');
    await screenshot(page, 'note-with-citations');
  });

  it('keeps the note after a reload, and its citation opens the article at the quoted words', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('tab', { name: 'Notes' }).click();
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByRole('button', { name: 'All notes' }).click();
    await notes.getByRole('button', { name: /Washington wants stability|predictable/ }).first().click();
    const editor = notes.getByRole('textbox', { name: 'Note text' });
    await expect.poll(() => editor.locator('[role="link"]').count(), { timeout: 20_000 }).toBe(2);
    expect(await editor.textContent()).toContain('Washington wants stability');
    await editor.getByRole('link', { name: new RegExp(`^${PHRASE}`) }).click();
    await expect.poll(() => page.locator('.reader__title').textContent()).toContain('Stress Cooperative Approach');
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('parallax-focus')))
      .toBe(true);
  });

  it('puts the photo caption back in view without moving a highlight or the note’s citation of words after it', async () => {
    const { page } = session;
    const CAPTION = 'Antony Blinken (left)';
    const body = page.getByTestId('article-body');
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('tab', { name: /Page furniture/ }).click();
    const block = page.locator('.boilerplate-block', { hasText: CAPTION });
    await expect.poll(() => block.count()).toBe(1);
    await block.getByRole('button', { name: 'Put back in the text' }).click();
    // Shown where it stood, before the first paragraph, apart from the text's own paragraphs.
    await expect.poll(() => body.locator('aside.reader-furniture').first().textContent()).toContain(CAPTION);
    expect(await body.evaluate((root) => root.firstElementChild?.tagName)).toBe('ASIDE');
    await expect.poll(() => page.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).textContent()).toBe(PHRASE);

    // A new selection after the block still maps to the right words.
    const marks = await body.locator('mark').count();
    await selectInReader(page, 'business-like and productive');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(() => body.locator('mark', { hasText: 'business-like' }).textContent()).toBe('business-like and productive');
    await page.locator('article.reader__scroll').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.locator('mark').count()).toBe(marks);

    // The note's citation opens at the quoted words, with the block in view.
    await page.getByRole('tab', { name: 'Notes' }).click();
    const editor = page.getByRole('region', { name: 'Notes' }).getByRole('textbox', { name: 'Note text' });
    await editor.getByRole('link', { name: new RegExp(`^${PHRASE}`) }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const focus = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('parallax-focus');
          return focus ? [...focus].map((range) => range.toString()).join('') : null;
        }),
      )
      .toBe(PHRASE);

    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('tab', { name: /Page furniture/ }).click();
    await page.locator('.boilerplate-block', { hasText: CAPTION }).getByRole('button', { name: 'Set apart again' }).click();
    await expect.poll(() => body.locator('aside.reader-furniture').count()).toBe(0);
    expect(await page.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).textContent()).toBe(PHRASE);
  });

  it('merges two tags, and their passages follow', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Codebook' }).click();
    const tree = page.getByRole('tree');
    await expect.poll(() => tree.getByRole('treeitem').count()).toBe(2);
    await page.getByRole('button', { name: 'Actions for “US aims”' }).click();
    await page.getByRole('menuitem', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Stability' }).click();
    await dialog.getByRole('button', { name: 'Merge into “Stability”' }).click();
    await expect.poll(() => tree.getByRole('treeitem').count()).toBe(1);
    expect(await tree.getByRole('treeitem').first().getAttribute('aria-label')).toMatch(/^Stability, 1/);
    await tree.getByRole('treeitem').first().click();
    await screenshot(page, 'codebook');
  });

  it('deletes a tag after saying what it affects, and Undo brings it back', async () => {
    const { page } = session;
    const tree = page.getByRole('tree');
    await page.getByRole('button', { name: 'Actions for “Stability”' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toMatch(/1 highlight/);
    await dialog.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => tree.getByRole('treeitem').count()).toBe(0);
    await page.locator('body').click({ position: { x: 5, y: 860 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => tree.getByRole('treeitem').count()).toBe(1);
  });

  it('finds the note and the articles in full-text search', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search the corpus' }).or(page.getByRole('textbox', { name: 'Search the corpus' })).fill('Washington wants stability');
    const results = page.getByRole('listbox', { name: 'Search results' }).or(page.getByLabel('Search results'));
    await expect.poll(() => results.textContent(), { timeout: 20_000 }).toContain('Washington wants stability');
    await screenshot(page, 'search');
  });

  it('logs no errors in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
