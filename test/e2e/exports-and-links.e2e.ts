import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeHandlers } from '@shared/bridge';
import { createHandlers } from '../../src/main/handlers';
import { createParserThread } from '../../src/main/ingest/parser-thread';
import { ARTICLE_HTML, startLocalWeb } from '../helpers/local-web';
import { dropFiles, fileBytes, libraryTitles, openApp, REPO, screenshot, type Session } from './harness';
import { installStandInBridge } from './stand-in-bridge';

const EXPORTS = resolve(import.meta.dirname, '../fixtures/exports');

/** Drops links the way a browser does when a link or its address bar is dragged onto the window. */
async function dropLinks(page: Page, links: string[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    transfer.setData('text/uri-list', list.join('\r\n'));
    transfer.setData('text/plain', list[0] ?? '');
    const target = document.querySelector('.reader') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, links);
}

async function detail(page: Page, field: string): Promise<string> {
  return (await page.locator(`[data-field="${field}"] dd`).first().textContent()) ?? '';
}

describe('database exports and links in the desktop app (main-process handlers stood in from Node)', () => {
  let session: Session;
  let parser: ReturnType<typeof createParserThread>;
  let folder: string;
  let web: Awaited<ReturnType<typeof startLocalWeb>>;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-exports-'));
    web = await startLocalWeb({
      '/go/harbour': (_q, r) => r.writeHead(302, { Location: '/news/harbour-vote' }).end(),
      '/news/harbour-vote': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML('/2024/05/harbour-vote')),
      '/members-only': (_q, r) => r.writeHead(401, { 'Content-Type': 'text/html' }).end('<h1>Sign in</h1>'),
      '/news/ferry': (_q, r) =>
        r
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
          .end(
            '<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1><p>The island ferry will sail an hour earlier from Monday, the operator said, so that commuters reach the mainland before eight.</p><p>The last boat back leaves at ten at night, half an hour later than now.</p></article></body></html>',
          ),
    });
    parser = createParserThread(join(REPO, 'out/main/ingest-worker.js'));
    const handlers: BridgeHandlers = createHandlers({
      appInfo: { name: 'Parallax', version: '0.1.0', mode: 'electron', platform: 'linux' },
      parse: parser.parse,
      seedsDir: join(REPO, 'seeds'),
      showOpenDialog: async () => null,
      showSaveDialog: async () => null,
      showOpenBackupDialog: async () => null,
      printToPdf: async () => {
        throw new Error('not in this test');
      },
      backupsDir: join(folder, 'backups'),
    });
    session = await openApp({ beforeLoad: (context) => installStandInBridge(context, handlers) });
  });
  afterAll(async () => {
    await session?.close();
    await parser?.dispose();
    await web?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('splits a dropped Nexis Uni export into its articles, each with its outlet, date, byline and place in the export', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await dropFiles(page, [{ name: 'nexis-uni-3.docx', content: await fileBytes(join(EXPORTS, 'rules/nexis-uni-3.docx')) }]);
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 30_000 }).toBe('8 articles');
    expect(await libraryTitles(page)).toEqual(
      expect.arrayContaining(['City opens night bus line', 'Night buses draw 4,000 riders in first week', 'Letter: Buses are not enough']),
    );
    await page.locator('.library-row', { hasText: 'Night buses draw 4,000 riders' }).click();
    await expect.poll(() => detail(page, 'outlet')).toContain('The Morning Standard');
    expect(await detail(page, 'authors')).toContain('Jonas Weber');
    expect(await detail(page, 'published')).toMatch(/2019/);
    expect(await detail(page, 'part')).toContain('article 2 of 3 in nexis-uni-3.docx (Nexis Uni export)');
    expect(await detail(page, 'part')).toContain('section NEWS · 44 words');
    await screenshot(page, 'export-split');
  });

  it('imports what a damaged export holds and says in one line what it skipped', async () => {
    const { page } = session;
    await dropFiles(page, [{ name: 'ledger.txt', content: await fileBytes(join(EXPORTS, 'rules/lexisnexis-damaged.txt')) }]);
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.textContent(), { timeout: 30_000 }).toContain('2 articles from 1 file; 2 skipped: empty body, missing');
    expect(await report.textContent()).toContain('ledger.txt, article 2 of 4 (“Photo gallery: the strike in pictures”)');
    await expect.poll(() => page.getByTestId('corpus-count').textContent()).toBe('10 articles');
    await screenshot(page, 'export-damaged-report');
  });

  it('splits a dropped Factiva export saved as RTF into its articles', async () => {
    const { page } = session;
    await dropFiles(page, [{ name: 'factiva-3.rtf', content: await fileBytes(join(EXPORTS, 'rules/factiva-3.rtf')) }]);
    await expect.poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 30_000 }).toBe('13 articles');
    expect(await libraryTitles(page)).toEqual(
      expect.arrayContaining(['Port authority names new harbour master', 'Cod quotas cut by a fifth', 'Harbour works delayed by a month']),
    );
    await page.locator('.library-row', { hasText: 'Harbour works delayed by a month' }).click();
    await expect.poll(() => detail(page, 'outlet')).toContain('Valley Courier');
    expect(await detail(page, 'authors')).toContain('Tom Reyes');
    expect(await detail(page, 'part')).toContain('article 3 of 3 in factiva-3.rtf (Factiva export)');
  });

  it('fetches a dropped link in main and imports the page, its URL the canonical address', async () => {
    const { page } = session;
    await dropLinks(page, [`${web.base}/go/harbour`, `${web.base}/members-only`]);
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toContain('Harbour vote passes');
    await page.locator('.library-row', { hasText: 'Harbour vote passes' }).click();
    await expect.poll(() => detail(page, 'url')).toContain(`${web.base}/2024/05/harbour-vote`);
    expect(await detail(page, 'web')).toContain(`redirected to ${web.base}/news/harbour-vote`);
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toContain('Login wall');
    expect(await report.textContent()).toContain(`${web.base}/members-only`);
    await screenshot(page, 'link-dropped');
  });

  it('imports links pasted in File › Import from the Web…, one per line', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: 'From the Web…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from the Web' });
    await dialog.getByLabel('Links').fill(`${web.base}/news/ferry\nnot a link`);
    await screenshot(page, 'import-web-dialog');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toContain('Ferry timetable changes');
    const report = page.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toContain('Not a web link');
  });
});
