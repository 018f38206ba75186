/**
 * Browser benchmarks: Debian's Chromium driven by playwright-core, as test/e2e/harness.ts does.
 * `buildBenchPages` bundles scripts/bench/browser/*.html (and the TypeScript they load, which may
 * import app modules such as src/renderer/src/db/*) with Vite into a temporary directory;
 * `openBenchPage` serves a directory on loopback and opens a page of it in a fresh profile, so a
 * benchmark can run functions in the page (`page.evaluate`) and read timings taken there.
 * The app itself is never changed for a benchmark.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs module shared with `npm run web` and the e2e tests
import { startStaticServer } from '../../static-server.mjs';

export const CHROMIUM = process.env['PARALLAX_CHROMIUM'] ?? '/usr/bin/chromium';
const PAGES_DIR = import.meta.dirname;

export interface BenchPage {
  page: Page;
  url: string;
  /** Console errors and uncaught errors in the page. */
  errors: string[];
  close: () => Promise<void>;
}

/** Why browser benchmarks cannot run here, or null. */
export function browserUnavailable(): string | null {
  return existsSync(CHROMIUM) ? null : `Chromium was not found at ${CHROMIUM} (apt-get install chromium, or set PARALLAX_CHROMIUM)`;
}

/** Builds every scripts/bench/browser/*.html with Vite into a new temporary directory; returns it and a way to remove it. */
export async function buildBenchPages(repo: string): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const { build } = await import('vite');
  const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-pages-'));
  const input = Object.fromEntries(
    readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), join(PAGES_DIR, f)]),
  );
  await build({
    configFile: false,
    root: PAGES_DIR,
    base: './',
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve(repo, 'src/shared') } },
    build: { outDir: dir, emptyOutDir: true, minify: true, reportCompressedSize: false, rolldownOptions: { input } },
  });
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Serves `root` on 127.0.0.1 and opens `path` under it in headless Chromium with a fresh profile. */
export async function openBenchPage(root: string, path: string): Promise<BenchPage> {
  const missing = browserUnavailable();
  if (missing) throw new Error(missing);
  const server = (await startStaticServer(root, 0)) as { url: string; close: () => Promise<void> };
  const profileDir = await mkdtemp(join(tmpdir(), 'parallax-bench-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const url = new URL(path, server.url).toString();
  await page.goto(url);
  return {
    page,
    url,
    errors,
    close: async () => {
      await context.close();
      await server.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Builds the pages, opens one, runs `fn` with it, and always cleans up. */
export async function withBenchPage<T>(repo: string, path: string, fn: (session: BenchPage) => Promise<T>): Promise<T> {
  const pages = await buildBenchPages(repo);
  try {
    const session = await openBenchPage(pages.dir, path);
    try {
      return await fn(session);
    } finally {
      await session.close();
    }
  } finally {
    await pages.dispose();
  }
}
