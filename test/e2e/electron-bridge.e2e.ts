import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeChannel, BridgeHandlers } from '@shared/bridge';
import { createHandlers } from '../../src/main/handlers';
import { createParserThread } from '../../src/main/ingest/parser-thread';
import { dropFiles, libraryTitles, openApp, REPO, screenshot, type Session } from './harness';
import { EXPECTED_SEED_TITLES } from './expected-seeds';
import { installStandInBridge } from './stand-in-bridge';

/**
 * The renderer as Electron runs it: `window.parallax` is the preload's bridge, stood in for
 * by the real main-process handlers (and main's real parser worker thread, from the build)
 * called from this test's Node process. Bytes cross as base64, as structured clone would carry them.
 */
describe('Parallax with the Electron bridge (main-process handlers stood in from Node)', () => {
  let session: Session;
  let parser: ReturnType<typeof createParserThread>;
  let folder: string;
  const calls: BridgeChannel[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-dialog-'));
    parser = createParserThread(join(REPO, 'out/main/ingest-worker.js'));
    const handlers: BridgeHandlers = createHandlers({
      appInfo: { name: 'Parallax', version: '0.1.0', mode: 'electron', platform: 'linux' },
      parse: parser.parse,
      seedsDir: join(REPO, 'seeds'),
      showOpenDialog: async () => null,
      // No native dialogs or print window here: a save or restore is "cancelled", a print fails in words.
      showSaveDialog: async () => null,
      showOpenBackupDialog: async () => null,
      printToPdf: async () => {
        throw new Error('printing needs Electron, which this test stands in for');
      },
      backupsDir: join(folder, 'backups'),
    });
    session = await openApp({
      beforeLoad: (context) => installStandInBridge(context, handlers, calls),
    });
  });
  afterAll(async () => {
    await session?.close();
    await parser?.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('runs in desktop mode, through the bridge only', async () => {
    const { page } = session;
    await expect.poll(() => page.locator('.statusbar').textContent(), { timeout: 30_000 }).toContain('Desktop');
    expect(await page.getByRole('navigation', { name: 'Application menu' }).count()).toBe(0);
  });

  it('shows the five seed articles, read from the app resources by main', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    expect((await libraryTitles(page)).sort()).toEqual([...EXPECTED_SEED_TITLES].sort());
    expect(calls).toContain('loadSeeds');
    expect(calls.filter((c) => c === 'parseBytes').length).toBeGreaterThanOrEqual(5);
  });

  it('imports dropped files through main’s parser and reports the failure in words', async () => {
    const { page } = session;
    await dropFiles(page, [
      { name: 'one.txt', content: 'Foreign ministers hold talks\nThe talks lasted two hours.' },
      { name: 'two.txt', content: 'Pipeline sanctions waived\nThe waiver covers the operating company.' },
      { name: 'empty.txt', content: '' },
    ]);
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 30_000 }).toBe('7 articles');
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toContain('empty.txt');
    expect(await report.textContent()).toContain('This file is empty');
    await screenshot(page, 'electron-bridge');
  });

  it('keeps the corpus across a reload', async () => {
    const { page } = session;
    await page.reload();
    await expect.poll(() => libraryTitles(page), { timeout: 20_000 }).toHaveLength(7);
  });
});
