import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with `npm run web`
import { startStaticServer } from '../../scripts/static-server.mjs';

export const REPO = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = join(REPO, 'out/renderer');
export const SCREENSHOT_DIR = join(REPO, 'test/e2e/__screenshots__');
export const CHROMIUM = process.env['PARALLAX_CHROMIUM'] ?? '/usr/bin/chromium';

export interface Session {
  url: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far: a test can assert there are none. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Serves the built renderer on loopback and opens it in Debian's Chromium with a fresh
 * profile. A missing browser or build is an error, never a skip: CI must not pass without
 * the end-to-end tests having run.
 */
export async function openApp(
  options: {
    profileDir?: string;
    beforeLoad?: (context: BrowserContext) => Promise<void>;
    viewport?: { width: number; height: number };
    /** The team's sync server (ws://…), the one other address the page may connect to. */
    syncServer?: string;
    /** A fixed loopback port, so that a restarted browser sees the same origin (and its storage); any free one by default. */
    port?: number;
  } = {},
): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium was not found at ${CHROMIUM}. Install it (apt-get install chromium) or set PARALLAX_CHROMIUM.`);
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` before the e2e tests (npm test does).');
  }
  const server = (await startStaticServer(RENDERER_DIR, options.port ?? 0, '127.0.0.1', options.syncServer ?? null)) as { url: string; close: () => Promise<void> };
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'parallax-e2e-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  await options.beforeLoad?.(context);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  return {
    url: server.url,
    context,
    page,
    errors,
    close: async () => {
      // The server closes even when the browser is already gone (a test may have killed it).
      await context.close().finally(() => server.close());
      if (!options.profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Reads a fixture (or any file) as the byte array dropFiles takes. */
export async function fileBytes(path: string): Promise<number[]> {
  const { readFile } = await import('node:fs/promises');
  return Array.from(await readFile(path));
}

/** Drops files on the window the way a file manager does: dragenter, dragover, drop with a DataTransfer. */
export async function dropFiles(page: Page, files: { name: string; content: string | number[] }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const body = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
      transfer.items.add(new File([body], file.name));
    }
    const target = document.querySelector('.reader') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, files);
}

export async function libraryTitles(page: Page): Promise<string[]> {
  return page.locator('.library-row__title').allTextContents();
}

/** Ticks every article in the open Compare chooser, once its list has been read (it reads the library only while open). */
export async function tickEveryArticleToCompare(page: Page): Promise<void> {
  const list = page.getByRole('dialog', { name: 'Compare articles' }).getByRole('list', { name: 'Articles to compare' });
  await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 20_000 }).toBe('false');
  for (const box of await list.getByRole('checkbox').all()) await box.check();
}

/** Selects the first occurrence of a phrase in the reader, as a person dragging over it would, and releases the mouse. */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="article-body"]');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(wanted);
    if (at < 0) return false;
    const locate = (offset: number) => {
      let rest = offset;
      for (const node of nodes) {
        if (rest <= node.data.length) return { node, offset: rest };
        rest -= node.data.length;
      }
      return null;
    };
    const from = locate(at);
    const to = locate(at + wanted.length);
    if (!from || !to) return false;
    from.node.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.closest('article')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, phrase);
  if (!found) throw new Error(`“${phrase}” is not in the open article`);
}

/** The most common colour [r, g, b] in a region of the page as painted (a screenshot, not the DOM). */
export async function dominantColour(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number[]> {
  const shot = await page.screenshot({ clip });
  return page.evaluate(async (b64) => {
    // The app's content security policy forbids fetching data: URLs, so decode by hand.
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]![0].split(',').map(Number);
  }, shot.toString('base64'));
}

/** The largest difference in any channel between two colours. */
export function channelDifference(a: number[], b: number[]): number {
  return Math.max(...a.map((c, i) => Math.abs(c - b[i]!)));
}
