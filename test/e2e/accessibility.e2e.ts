/**
 * An automated accessibility audit (issue 14): axe-core, run in Chromium on each main screen in
 * light and dark, finds no serious or critical violation. axe is evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy does not govern (it would refuse a script tag).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, tickEveryArticleToCompare, type Session } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The impacts that fail the audit: axe's own two highest levels. */
const FAILING_IMPACTS = ['serious', 'critical'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function audit(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact !== null && FAILING_IMPACTS.includes(v.impact));
}

/** Violations in words, so a failure says what and where. */
const described = (violations: Violation[]) => violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.join(', ')}`);

describe('an accessibility audit with axe-core (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1440, height: 900 } });
    // Every screen is audited with the five sample articles in the library.
    await session.page.waitForFunction(() => document.querySelectorAll('.library-row').length === 5, undefined, { timeout: 30_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violation in the library and reader, ${theme}`, async () => {
      const { page } = session;
      if (theme === 'dark') {
        await page.getByRole('button', { name: 'Toggle light/dark theme' }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      }
      await page.locator('.library-row').first().click();
      await expect.poll(() => page.getByTestId('article-body').textContent()).not.toBe('');
      expect(described(await audit(page))).toEqual([]);
      // With several rows chosen, the selection bar and the chosen rows' colours too.
      await page.locator('.library-row').nth(2).click({ modifiers: ['Shift'] });
      await expect.poll(() => page.getByRole('toolbar', { name: 'Chosen articles' }).count()).toBe(1);
      expect(described(await audit(page))).toEqual([]);
      // The collections menu and the dialog that names a new collection.
      await page.getByRole('button', { name: /^Showing / }).click();
      await expect.poll(() => page.getByRole('menu').count()).toBe(1);
      expect(described(await audit(page))).toEqual([]);
      await page.getByRole('menuitem', { name: /^New collection/ }).click();
      await expect.poll(() => page.getByRole('dialog', { name: 'New collection' }).count()).toBe(1);
      expect(described(await audit(page))).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('.library-row').first().click();
    });

    it(`finds no serious or critical violation in Compare, ${theme}`, async () => {
      const { page } = session;
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Compare articles' });
      const inDialog = await audit(page);
      await tickEveryArticleToCompare(page);
      await dialog.getByRole('button', { name: /^Compare \d/ }).click();
      await expect.poll(() => page.locator('.compare-column').count(), { timeout: 20_000 }).toBe(5);
      const inView = await audit(page);
      await page.getByRole('button', { name: 'Close the comparison' }).click();
      expect(described([...inDialog, ...inView])).toEqual([]);
    });

    it(`finds no serious or critical violation in the export dialog, ${theme}`, async () => {
      const { page } = session;
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
      const found = await audit(page);
      await page.keyboard.press('Escape');
      expect(described(found)).toEqual([]);
    });

    it(`finds no serious or critical violation in the Search, Codebook and Notes panes, ${theme}`, async () => {
      const { page } = session;
      const found: Violation[] = [];
      for (const tab of ['Search', 'Codebook', 'Notes']) {
        await page.getByRole('tab', { name: tab }).first().click();
        found.push(...(await audit(page)));
        await screenshot(page, `pane-${tab.toLowerCase()}-${theme}`);
      }
      await page.getByRole('tab', { name: 'Library' }).first().click();
      expect(described(found)).toEqual([]);
    });

    it(`finds no serious or critical violation in the sharing and agreement dialogs, ${theme}`, async () => {
      const { page } = session;
      const found: Violation[] = [];
      const open = async (menu: string, item: string, dialog: string) => {
        await page.getByRole('navigation', { name: 'Application menu' }).getByText(menu).click();
        await page.getByRole('menuitem', { name: item }).click();
        await expect.poll(() => page.getByRole('dialog', { name: dialog }).count()).toBe(1);
        found.push(...(await audit(page)));
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      };
      await open('File', 'Share Project…', 'Share Project');
      await open('File', 'Join Project…', 'Join Project');
      await open('View', 'Agreement…', 'Agreement');
      expect(described(found)).toEqual([]);
    });
  }
});
