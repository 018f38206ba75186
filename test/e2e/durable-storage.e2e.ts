/**
 * Web mode keeps a library through a browser that dies mid-write (issue 17): Chromium is killed
 * (SIGKILL, by its process id) at a random moment while dropped files are being stored, several
 * times over one profile, and each restart counts what survived. An emptied database is offered
 * its newest backup, never re-seeded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dropFiles, libraryTitles, openApp, type Session } from './harness';

/**
 * Kills per run: enough to meet a kill inside a transaction, few enough for CI (each restart
 * takes seconds). `PARALLAX_KILLS=30 npm run test:kills` runs the long version.
 */
const KILLS = Number(process.env.PARALLAX_KILLS ?? 6);
/** Files dropped before each kill: the import stores them one transaction at a time. */
const FILES_PER_ROUND = 20;
/** The kill falls at a random moment within this long after the drop. */
const KILL_WINDOW_MS = 800;

const opened: Session[] = [];
const profiles: string[] = [];
afterAll(async () => {
  for (const session of opened.splice(0)) await session.close().catch(() => undefined);
  for (const dir of profiles) await rm(dir, { recursive: true, force: true });
});

async function freshProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-durable-'));
  profiles.push(dir);
  return dir;
}

/** Each profile's origin: a restarted browser must load the app from the same port to see the same storage. */
const ports = new Map<string, number>();

async function open(profileDir: string, persistCalls = false): Promise<Session> {
  const session = await openApp({
    profileDir,
    port: ports.get(profileDir) ?? 0,
    beforeLoad: persistCalls
      ? async (context) => {
          await context.addInitScript(() => {
            const storage = navigator.storage;
            const persist = storage.persist.bind(storage);
            (window as unknown as { __persistCalls: number }).__persistCalls = 0;
            storage.persist = () => {
              (window as unknown as { __persistCalls: number }).__persistCalls++;
              return persist();
            };
          });
        }
      : undefined,
  });
  ports.set(profileDir, Number(new URL(session.url).port));
  opened.push(session);
  return session;
}

/** The browser process of this profile (not its renderers), by its command line. */
function browserPid(profileDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => l.includes(`--user-data-dir=${profileDir}`) && !l.includes('--type='));
  if (!line) throw new Error(`no Chromium runs with the profile ${profileDir}`);
  return Number(line.trim().split(/\s+/)[0]);
}

/** What the database holds, read with IndexedDB itself: articles, and those without their text. */
async function stored(page: Page): Promise<{ articles: number; withoutText: number }> {
  return page.evaluate(
    () =>
      new Promise<{ articles: number; withoutText: number }>((resolve, reject) => {
        const request = indexedDB.open('parallax');
        request.onerror = () => reject(new Error('the database did not open'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['articles', 'articleTexts'], 'readonly');
          const articleKeys = tx.objectStore('articles').getAllKeys();
          const textKeys = tx.objectStore('articleTexts').getAllKeys();
          tx.oncomplete = () => {
            const texts = new Set(textKeys.result.map(String));
            resolve({ articles: articleKeys.result.length, withoutText: articleKeys.result.filter((k) => !texts.has(String(k))).length });
            db.close();
          };
        };
      }),
  );
}

/** A library found smaller than it was must be said within this after the count shows (the launch check runs beside the count). */
const SAY_LOSS_WITHIN_MS = 15_000;
const counted = (page: Page) => page.getByTestId('corpus-count').textContent();
const emptyDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Your library is empty' });

describe('a web-mode library that survives a dying browser', () => {
  it('asks the browser to keep its storage, and notes the library’s size outside IndexedDB', async () => {
    const profile = await freshProfile();
    const session = await open(profile, true);
    await expect.poll(() => counted(session.page), { timeout: 60_000 }).toBe('5 articles');
    expect(await session.page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)).toBeGreaterThanOrEqual(1);
    await expect
      .poll(() => session.page.evaluate(() => JSON.parse(localStorage.getItem('parallax.corpusMarker') ?? 'null')?.articles), { timeout: 30_000 })
      .toBe(5);
  });

  it('offers the newest backup when the database comes back empty, and imports no samples', async () => {
    const profile = await freshProfile();
    let session = await open(profile);
    const { page } = session;
    await expect.poll(() => counted(page), { timeout: 60_000 }).toBe('5 articles');
    await page.getByRole('navigation', { name: 'Application menu' }).getByText('File').click();
    await page.getByRole('menuitem', { name: 'Restore from Backup…' }).click();
    const restore = page.getByRole('dialog', { name: 'Restore from backup' });
    await restore.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => restore.getByRole('list', { name: 'Automatic backups' }).locator('li').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => restore.getByRole('button', { name: 'Save a copy…' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('parallax.corpusMarker') ?? 'null')?.articles), { timeout: 30_000 }).toBe(5);

    // The corpus database is lost (as after a crash or an eviction); localStorage and the backups remain.
    await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('parallax').onsuccess = resolve)));
    await session.close();
    opened.splice(opened.indexOf(session), 1);
    session = await open(profile);

    const dialog = emptyDialog(session.page);
    await expect.poll(() => dialog.textContent(), { timeout: 60_000 }).toMatch(/It held 5 articles on .*The sample articles were not imported\./);
    expect(await stored(session.page)).toEqual({ articles: 0, withoutText: 0 });
    await dialog.getByRole('button', { name: 'Restore the newest backup' }).click();
    await expect.poll(() => counted(session.page), { timeout: 60_000 }).toBe('5 articles');
    expect(await libraryTitles(session.page)).toHaveLength(5);
  });

  it(`keeps what was stored, whole, through ${KILLS} kills of Chromium mid-import, and never loses a library silently`, async () => {
    const profile = await freshProfile();
    let session = await open(profile);
    await expect.poll(() => counted(session.page), { timeout: 60_000 }).toBe('5 articles');
    await expect.poll(() => session.page.evaluate(() => localStorage.getItem('parallax.corpusMarker')), { timeout: 30_000 }).toContain('"articles":5');

    // whole: articles stored since the last restart, with their text; notStored: dropped files the kill
    // came before (never committed, so not lost); halfWritten: an article without its text.
    const figures = { kills: 0, whole: 0, notStored: 0, halfWritten: 0, lost: 0, lostAndSaid: 0, emptied: 0 };
    let before = (await stored(session.page)).articles;
    for (let round = 0; round < KILLS; round++) {
      const files = Array.from({ length: FILES_PER_ROUND }, (_, i) => ({
        name: `round-${round}-${i}.txt`,
        content: `Round ${round} dispatch ${i}\nA report written for the kill test, number ${i} of round ${round}.\n${'It carries a paragraph of text. '.repeat(40)}`,
      }));
      await dropFiles(session.page, files);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * KILL_WINDOW_MS)));
      process.kill(browserPid(profile), 'SIGKILL');
      figures.kills++;
      await session.close().catch(() => undefined);
      opened.splice(opened.indexOf(session), 1);

      session = await open(profile);
      const { page } = session;
      const settled = () => Promise.race([counted(page).then((text) => (text && /articles?$/.test(text) ? 'library' : null)), emptyDialog(page).isVisible().then((v) => (v ? 'dialog' : null))]);
      await expect.poll(settled, { timeout: 60_000 }).not.toBeNull();
      const after = await stored(page);
      figures.halfWritten += after.withoutText;
      const added = Math.max(0, after.articles - after.withoutText - before);
      figures.whole += added;
      figures.notStored += FILES_PER_ROUND - added;
      if (after.articles < before) {
        figures.lost += before - after.articles;
        // The count can show before the launch check has finished: give the app time to say it.
        const said = await emptyDialog(page).waitFor({ state: 'visible', timeout: SAY_LOSS_WITHIN_MS }).then(
          () => true,
          () => false,
        );
        if (said) figures.lostAndSaid += before - after.articles;
      }
      if (after.articles === 0) figures.emptied++;
      before = after.articles;
    }
    console.log(`kill test: ${JSON.stringify(figures)}`);
    expect(figures.kills).toBe(KILLS);
    expect(figures.halfWritten).toBe(0);
    // Whatever was committed before a kill is still there, or the app said it was gone.
    expect(figures.lost).toBe(figures.lostAndSaid);
  }, 60_000 + KILLS * 30_000);
});
