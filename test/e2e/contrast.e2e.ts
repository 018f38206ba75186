import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { libraryTitles, openApp, screenshot, selectInReader, type Session } from './harness';

/** WCAG 2.x AA for body text. Applied to all text, large or small, so the whole UI is held to it. */
const AA_CONTRAST = 4.5;

interface Failure {
  text: string;
  ratio: number;
  colour: string;
  background: string;
}

/**
 * Every visible text node's colour against the background it is painted on, from computed
 * styles: backgrounds are composited up the ancestor chain (alpha included), and the text's
 * own alpha and its ancestors' opacity are applied. Text on a gradient (tag-coloured
 * highlights, whose contrast depends on the tag colour) and disabled controls (exempt in
 * WCAG 1.4.3) are left out; placeholders are measured as text.
 */
async function lowContrastTexts(page: Page): Promise<Failure[]> {
  return page.evaluate((minimum) => {
    type Rgba = [number, number, number, number];
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const parse = (css: string): Rgba => {
      // The canvas turns any CSS colour (rgb(), color(srgb …), color-mix results) into sRGB bytes.
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = '#000';
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3] + under[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const backgroundOf = (el: Element): Rgba | null => {
      const layers: Rgba[] = [];
      for (let at: Element | null = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.backgroundImage !== 'none') return null;
        const colour = parse(style.backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) break;
      }
      let result: Rgba = parse(getComputedStyle(document.documentElement).backgroundColor);
      if (result[3] < 1) result = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let at: Element | null = el; at; at = at.parentElement) o *= Number(getComputedStyle(at).opacity);
      return o;
    };
    const failures: { text: string; ratio: number; colour: string; background: string }[] = [];
    const measure = (el: Element, text: string, colourCss: string) => {
      if (el.closest('[disabled], [aria-disabled="true"], [aria-hidden="true"]')) return;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') return;
      const background = backgroundOf(el);
      if (!background) return;
      const colour = parse(colourCss);
      colour[3] *= opacityOf(el);
      const seen = over(colour, background);
      const r = ratio(seen, background);
      if (r < minimum) failures.push({ text: text.slice(0, 40), ratio: Math.round(r * 100) / 100, colour: colourCss, background: `rgb(${background.slice(0, 3).map(Math.round).join(',')})` });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('script, style, svg')) continue;
      measure(el, text, getComputedStyle(el).color);
    }
    for (const input of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (input.value) measure(input, input.value, getComputedStyle(input).color);
      else if (input.placeholder) measure(input, input.placeholder, getComputedStyle(input, '::placeholder').color);
    }
    return failures;
  }, AA_CONTRAST);
}

/** The app's main screens, each reached as a person would, then measured. */
async function screens(page: Page): Promise<[string, () => Promise<void>][]> {
  return [
    ['library and reader', async () => {
      await page.getByRole('tab', { name: 'Library' }).click();
      await page.locator('.library-row', { hasText: 'Stress Cooperative Approach' }).click();
      await page.getByPlaceholder('Filter by title, outlet, author').fill('Russia');
    }],
    ['selection popover', async () => {
      await page.getByPlaceholder('Filter by title, outlet, author').fill('');
      await selectInReader(page, 'serious differences');
      await page.getByRole('dialog', { name: 'Highlight the selection' }).getByRole('combobox').fill('Fram');
    }],
    ['codebook', async () => {
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Codebook' }).click();
    }],
    ['search', async () => {
      await page.getByRole('tab', { name: 'Search' }).click();
      await page.getByRole('searchbox').first().fill('Lavrov');
      await page.waitForTimeout(400);
    }],
    ['notes', async () => {
      await page.getByRole('tab', { name: 'Notes' }).click();
    }],
    ['compare chooser', async () => {
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
    }],
  ];
}

describe('text contrast, light and dark (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA (4.5:1) for every text on every screen in the ${theme} theme`, async () => {
      const { page } = session;
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Library' }).click();
      await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
      const current = await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'light');
      if (current !== theme) await page.getByRole('button', { name: 'Toggle light/dark theme' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'] ?? 'light')).toBe(theme);
      const failures: Record<string, string[]> = {};
      for (const [name, reach] of await screens(page)) {
        await reach();
        await page.waitForTimeout(150);
        await screenshot(page, `screen-${name.replace(/ /g, '-')}-${theme}-1440x900`);
        const found = await lowContrastTexts(page);
        // One line per colour pair, with an example, so a failure reads as a list of fixes.
        const pairs = new Map<string, string>();
        for (const f of found) pairs.set(`${f.colour} on ${f.background} (${f.ratio}:1)`, f.text);
        if (pairs.size) failures[name] = [...pairs].map(([pair, text]) => `${pair}: “${text}”`);
      }
      await page.keyboard.press('Escape');
      expect(failures).toEqual({});
    });
  }
});
