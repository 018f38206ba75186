import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, libraryTitles, openApp, screenshot, type Session } from './harness';
import { EXPECTED_SEED_TITLES } from './expected-seeds';

describe('Parallax in web mode (Debian Chromium)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the five seed articles on first launch', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    expect((await libraryTitles(page)).sort()).toEqual([...EXPECTED_SEED_TITLES].sort());
    await expect.poll(() => page.getByTestId('corpus-count').textContent()).toBe('5 articles');
  });

  it('opens an article in the reader when its row is clicked', async () => {
    const { page } = session;
    await page.locator('.library-row', { hasText: 'Top US and Russian diplomats' }).click();
    await expect.poll(() => page.locator('.reader__title').textContent()).toBe('Top US and Russian diplomats urge dialog amid differences');
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain('If Russia acts aggressively against us');
  });

  it('imports two dropped text files and explains the one it refuses', async () => {
    const { page } = session;
    await dropFiles(page, [
      { name: 'arctic-council.txt', content: 'Arctic Council ministers meet in Reykjavik\nThe ministers of the eight Arctic states met on Thursday.\nThey signed a joint declaration.' },
      { name: 'sanctions.txt', content: 'New sanctions announced\nThe measures target shipping companies.\nOfficials said more could follow.' },
      { name: 'photo.txt', content: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82] },
    ]);
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 30_000 }).toBe('7 articles');
    const titles = await libraryTitles(page);
    expect(titles).toContain('Arctic Council ministers meet in Reykjavik');
    expect(titles).toContain('New sanctions announced');
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toContain('photo.txt');
    const failed = report.locator('[data-status="failed"]');
    expect(await failed.count()).toBe(1);
    expect(await failed.getAttribute('data-code')).toBe('not-text');
    expect(await failed.locator('.import-report__message').textContent()).toMatch(/^This file is not .*text/);
  });

  it('tells the user when a dropped file is already in the corpus', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
    await dropFiles(page, [{ name: 'sanctions-again.txt', content: 'New sanctions announced\nThe measures target shipping companies.\nOfficials said more could follow.' }]);
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.textContent(), { timeout: 20_000 }).toContain('Already in the corpus as “New sanctions announced”');
    expect(await page.getByTestId('corpus-count').textContent()).toBe('7 articles');
  });

  it('keeps every article after a reload, without importing the seeds again', async () => {
    const { page } = session;
    await page.reload();
    await expect.poll(() => libraryTitles(page), { timeout: 20_000 }).toHaveLength(7);
    // Give a second seeding (if there were one) time to show itself.
    await page.waitForTimeout(500);
    expect(await page.getByTestId('corpus-count').textContent()).toBe('7 articles');
    await expect.poll(() => page.locator('.reader__title').textContent()).toBe('Top US and Russian diplomats urge dialog amid differences');
  });

  it('switches to the dark theme from the toolbar and keeps it', async () => {
    const { page } = session;
    await screenshot(page, 'web-mode-light');
    await page.getByRole('button', { name: 'Toggle light/dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await screenshot(page, 'web-mode-dark');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByRole('button', { name: 'Toggle light/dark theme' }).click();
  });

  it('offers the application menu in the window, with keyboard access', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'File' }).click();
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.textContent()).toContain('Import Files…');
    expect(await menu.textContent()).toContain('Import Folder…');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: 'About Parallax' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Everything stays on this computer');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Filter the library');
  });

  it('says plainly that links need the desktop app', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Import from the Web…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from the Web' });
    await expect.poll(() => dialog.textContent()).toContain('Links can be imported only in the desktop app');
    expect(await dialog.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('logs no errors in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
