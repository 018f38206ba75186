import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, processExited, spawnServerProcess, tempDir } from '../helpers/sync-server';
import { libraryTitles, openApp, screenshot, selectInReader, type Session } from './harness';

/**
 * A team in two browsers against the real sync server (`npm run sync-server`'s code, its
 * default SQLite store, started here on a free loopback port): share, join, code, an outage,
 * and convergence.
 */
const PHRASE = 'a predictable, stable relationship';

async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Application menu' }).getByText('File').click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function syncStatus(page: Page): Promise<string> {
  return (await page.getByTestId('sync-status').textContent()) ?? '';
}

describe('a team sharing one project through the sync server (web mode)', () => {
  const dir = tempDir('parallax-team-e2e-');
  let port: number;
  let server: ChildProcess;
  let ann: Session;
  let ben: Session;

  beforeAll(async () => {
    port = await freePort();
    server = await spawnServerProcess(dir.path, port);
    const syncServer = `ws://127.0.0.1:${port}`;
    [ann, ben] = await Promise.all([openApp({ syncServer }), openApp({ syncServer })]);
  });

  afterAll(async () => {
    await ann?.close();
    await ben?.close();
    server?.kill('SIGKILL');
    if (server) await processExited(server);
    dir.remove();
  });

  it('refuses a wrong admin key in words, then shares the corpus and gives an invitation', async () => {
    await expect.poll(() => libraryTitles(ann.page), { timeout: 60_000 }).toHaveLength(5);
    await expect.poll(() => libraryTitles(ben.page), { timeout: 60_000 }).toHaveLength(5);
    const { page } = ann;
    await menu(page, 'Share Project…');
    const dialog = page.getByRole('dialog', { name: 'Share Project' });
    await dialog.getByRole('textbox', { name: 'Server address' }).fill(`ws://127.0.0.1:${port}`);
    await dialog.getByLabel('Admin key').fill('not-the-key');
    await dialog.getByRole('textbox', { name: 'Project name' }).fill('Reykjavik talks');
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ann');
    await dialog.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBeTruthy();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('admin key');

    const adminKey = (await readFile(join(dir.path, 'admin-key'), 'utf8')).trim();
    await dialog.getByLabel('Admin key').fill(adminKey);
    await dialog.getByRole('button', { name: 'Share' }).click();
    const project = page.getByRole('dialog', { name: 'Reykjavik talks' });
    await expect.poll(() => project.getByRole('list', { name: 'Members' }).textContent(), { timeout: 20_000 }).toContain('Ann (you)');
    await project.getByRole('button', { name: 'Create invitation' }).click();
    await expect.poll(() => project.getByRole('textbox', { name: 'Invitation' }).inputValue()).toMatch(/^parallax-invite-1:/);
    await screenshot(page, 'team-project-dialog');
    await expect.poll(() => syncStatus(page), { timeout: 20_000 }).toContain('Synced');
  });

  it('lets a second member join with the invitation, and a damaged one is refused in words', async () => {
    const code = await ann.page.getByRole('dialog', { name: 'Reykjavik talks' }).getByRole('textbox', { name: 'Invitation' }).inputValue();
    await ann.page.keyboard.press('Escape');
    const { page } = ben;
    await menu(page, 'Join Project…');
    const dialog = page.getByRole('dialog', { name: 'Join Project' });
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ben');
    // A forged token (right shape, wrong signature): the server refuses it, and the dialog says why.
    const forged = code.slice(0, -6) + (code.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
    await dialog.getByRole('textbox', { name: 'Invitation' }).fill(forged);
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/\w+ \w+/);
    await dialog.getByRole('textbox', { name: 'Invitation' }).fill(code);
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => syncStatus(page), { timeout: 30_000 }).toContain('Reykjavik talks · Synced');
    // Both had the same sample articles: they are one set of five, not ten.
    await expect.poll(() => libraryTitles(page)).toHaveLength(5);
  });

  it('brings one member’s tag and highlight to the other', async () => {
    const { page } = ann;
    await page.getByRole('tab', { name: 'Library' }).click();
    await page.locator('.library-row', { hasText: 'Stress Cooperative Approach' }).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain(PHRASE);
    await selectInReader(page, PHRASE);
    const picker = page.getByRole('combobox', { name: 'Tag' });
    await picker.fill('Stability');
    await expect.poll(() => page.getByRole('option', { name: /Create tag “Stability”/ }).count()).toBe(1);
    await picker.press('Enter');
    await expect.poll(() => page.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).count()).toBe(1);

    const other = ben.page;
    await other.getByRole('tab', { name: 'Library' }).click();
    await other.locator('.library-row', { hasText: 'Stress Cooperative Approach' }).click();
    await expect.poll(() => other.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => other.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).textContent()).toBe(PHRASE);
    await screenshot(other, 'team-highlight-received');
  });

  it('keeps both working through an outage and converges with nothing lost when the server is back', async () => {
    server.kill('SIGKILL');
    await processExited(server);
    await expect.poll(() => syncStatus(ann.page), { timeout: 30_000 }).toMatch(/Offline since|unreachable/);
    await expect.poll(() => syncStatus(ben.page), { timeout: 30_000 }).toMatch(/Offline since|unreachable/);
    // Each codes offline: a highlight each, with a new tag each.
    await selectInReader(ann.page, 'serious differences');
    await ann.page.getByRole('combobox', { name: 'Tag' }).fill('Disagreement');
    await ann.page.getByRole('combobox', { name: 'Tag' }).press('Enter');
    await selectInReader(ben.page, 'serious differences');
    await ben.page.getByRole('combobox', { name: 'Tag' }).fill('Tension');
    await ben.page.getByRole('combobox', { name: 'Tag' }).press('Enter');
    await expect.poll(() => ann.page.locator('[data-testid="article-body"] mark').count()).toBe(2);
    await screenshot(ann.page, 'team-offline');

    server = await spawnServerProcess(dir.path, port);
    for (const session of [ann, ben]) {
      await expect.poll(() => syncStatus(session.page), { timeout: 60_000 }).toContain('Synced');
      // The first highlight, and one each on "serious differences" made offline: three, on both sides.
      await expect.poll(() => session.page.locator('.reader__source').textContent(), { timeout: 60_000 }).toContain('3 highlights');
    }
    const tagsOf = async (session: Session) => {
      await session.page.getByRole('tab', { name: 'Codebook' }).click();
      return (await session.page.getByRole('tree').textContent()) ?? '';
    };
    for (const session of [ann, ben]) {
      await expect.poll(() => tagsOf(session), { timeout: 30_000 }).toContain('Disagreement');
      await expect.poll(() => tagsOf(session), { timeout: 30_000 }).toContain('Tension');
      await expect.poll(() => tagsOf(session)).toContain('Stability');
    }
    expect(ann.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
    expect(ben.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
  });

  it('hides the others’ coding during a blind round, reveals it, and Agreement shows the figures a hand count gives', async () => {
    const header = (session: Session) => session.page.locator('.reader__source').textContent();
    await menu(ann.page, 'Project Members…');
    const project = ann.page.getByRole('dialog', { name: 'Reykjavik talks' });
    await project.getByRole('button', { name: 'Start a blind round' }).click();
    await expect.poll(() => project.getByTestId('round-status').textContent()).toContain('A blind round is on');
    await ann.page.keyboard.press('Escape');
    // Ben keeps only his own highlight ("serious differences", Tension) while the round is on.
    await ben.page.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => header(ben), { timeout: 30_000 }).toContain('1 highlight');
    await expect.poll(() => syncStatus(ben.page)).toContain('Blind round');
    await selectInReader(ben.page, PHRASE);
    await ben.page.getByRole('combobox', { name: 'Tag' }).fill('Stability');
    await ben.page.getByRole('combobox', { name: 'Tag' }).press('Enter');
    await expect.poll(() => header(ben)).toContain('2 highlights');
    // The owner sees everyone's coding throughout.
    await expect.poll(() => header(ann), { timeout: 30_000 }).toContain('4 highlights');

    await menu(ann.page, 'Project Members…');
    await project.getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(() => project.getByTestId('round-status').textContent()).toContain('Everyone sees');
    await ann.page.keyboard.press('Escape');
    await expect.poll(() => header(ben), { timeout: 30_000 }).toContain('4 highlights');

    await ann.page.getByRole('navigation', { name: 'Application menu' }).getByText('View').click();
    await ann.page.getByRole('menuitem', { name: 'Agreement…' }).click();
    const agreement = ann.page.getByRole('dialog', { name: 'Agreement' });
    const overall = agreement.getByRole('row', { name: /^Overall/ });
    // By hand, in words. Both tagged "a predictable, stable relationship" (4 words) Stability; on
    // "serious differences" (2 words) Ann said Disagreement and Ben Tension. Units: 6, agreed 4:
    // 66.7 %. Kappa: p_o = 4/6, p_e = (4/6)(4/6) = 16/36, κ = (24/36 − 16/36)/(20/36) = 0.400.
    // Alpha: 12 values, n_S = 8, n_D = n_T = 2; D_o = 4/12; D_e = (144 − 72)/(12·11) = 72/132;
    // α = 1 − (4/12)/(72/132) = 1 − 0.6111 = 0.389.
    await expect.poll(() => overall.textContent(), { timeout: 20_000 }).toContain('66.7 %');
    const cells = await overall.locator('td').allTextContents();
    expect(cells).toEqual(['6', '66.7 %', '0.400', '0.389']);
    await screenshot(ann.page, 'team-agreement');
    const disagreement = agreement.getByRole('list', { name: 'Disagreements' }).getByRole('button');
    await expect.poll(() => disagreement.count()).toBe(1);
    expect(await disagreement.textContent()).toContain('serious differences');
    await disagreement.click();
    await expect.poll(() => agreement.isVisible()).toBe(false);
    await expect.poll(() => ann.page.getByTestId('article-body').textContent()).toContain('serious differences');

    // The reader tells the coders apart and can show one coder's highlights only.
    const coders = ann.page.getByRole('group', { name: 'Coders shown' });
    await expect.poll(() => coders.getByRole('button').allTextContents()).toEqual(['You', 'Ben']);
    const underline = await ann.page.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).first().evaluate((el) => getComputedStyle(el).boxShadow);
    expect(underline).toContain('inset');
    await coders.getByRole('button', { name: 'Ben' }).click();
    await expect.poll(() => header(ann)).toContain('2 highlights');
    await coders.getByRole('button', { name: 'Ben' }).click();
    await expect.poll(() => header(ann)).toContain('4 highlights');
  });

  it('edits one note together: each sees the other’s words as they are typed', async () => {
    // Ann cites the highlighted passage in a new note and writes a line.
    await ann.page.getByRole('tab', { name: 'Library' }).click();
    await ann.page.locator('[data-testid="article-body"] mark', { hasText: 'predictable' }).first().click();
    await ann.page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Cite in note' }).click();
    const annEditor = ann.page.getByRole('region', { name: 'Notes' }).getByRole('textbox', { name: 'Note text' });
    await expect.poll(() => annEditor.textContent(), { timeout: 20_000 }).toContain(PHRASE);
    await annEditor.click();
    await ann.page.keyboard.press('Control+End');
    await ann.page.keyboard.press('Enter');
    await ann.page.keyboard.type('Ann: Washington wants stability.');

    // Ben opens the same note from the article's notes.
    await ben.page.getByRole('tab', { name: 'Notes' }).click();
    const row = ben.page.getByRole('list', { name: 'Notes on this article' }).getByRole('button').first();
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await row.click();
    const benEditor = ben.page.getByRole('region', { name: 'Notes' }).getByRole('textbox', { name: 'Note text' });
    await expect.poll(() => benEditor.textContent(), { timeout: 30_000 }).toContain('Ann: Washington wants stability.');
    await benEditor.click();
    await ben.page.keyboard.press('Control+End');
    await ben.page.keyboard.press('Enter');
    await ben.page.keyboard.type('Ben: Moscow wants predictability.');
    await expect.poll(() => annEditor.textContent(), { timeout: 30_000 }).toContain('Ben: Moscow wants predictability.');
    await expect.poll(() => benEditor.textContent()).toContain('Ann: Washington wants stability.');
    // Ben's cursor shows in Ann's editor, labelled with his name (and Ann's own is not shown to her).
    // Lexical draws remote cursors as spans over the page; the name is a span of its own.
    const cursorName = (name: string) => ann.page.locator('span').filter({ hasText: new RegExp(`^${name}$`) });
    await expect.poll(() => cursorName('Ben').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await cursorName('Ann').count()).toBe(0);
    await screenshot(ann.page, 'team-note-together');
    expect(ann.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
    expect(ben.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
  });

  it('lets a viewer join as the third member, read everyone’s coding, and says their own changes stay on their device', async () => {
    await menu(ann.page, 'Project Members…');
    const project = ann.page.getByRole('dialog', { name: 'Reykjavik talks' });
    await project.getByRole('combobox', { name: 'Role of the invited person' }).selectOption('viewer');
    await project.getByRole('button', { name: 'Create invitation' }).click();
    const code = project.getByRole('textbox', { name: 'Invitation' });
    await expect.poll(() => code.inputValue()).toMatch(/^parallax-invite-1:/);
    const invitation = await code.inputValue();
    await ann.page.keyboard.press('Escape');

    const vera = await openApp({ syncServer: `ws://127.0.0.1:${port}` });
    try {
      await expect.poll(() => libraryTitles(vera.page), { timeout: 60_000 }).toHaveLength(5);
      await menu(vera.page, 'Join Project…');
      const dialog = vera.page.getByRole('dialog', { name: 'Join Project' });
      await dialog.getByRole('textbox', { name: 'Invitation' }).fill(invitation);
      await dialog.getByRole('textbox', { name: 'Your name' }).fill('Vera');
      await dialog.getByRole('button', { name: 'Join' }).click();
      await expect.poll(() => syncStatus(vera.page), { timeout: 30_000 }).toContain('Viewer: your changes stay on this device');
      await vera.page.locator('.library-row', { hasText: 'Stress Cooperative Approach' }).click();
      await expect.poll(() => vera.page.locator('.reader__source').textContent(), { timeout: 30_000 }).toContain('4 highlights');
      // Vera highlights something for herself: it is kept on her device, never sent.
      await selectInReader(vera.page, 'business-like and productive');
      await vera.page.getByRole('button', { name: 'Highlight', exact: true }).click();
      await expect.poll(() => vera.page.locator('.reader__source').textContent()).toContain('5 highlights');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await ann.page.locator('.reader__source').textContent()).toContain('4 highlights');
      await screenshot(vera.page, 'team-viewer');
    } finally {
      await vera.close();
    }
  });
});
