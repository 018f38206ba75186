import { existsSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../src/cli/dossier';
import { launchPrintBrowser, newPrintPages, printHtml } from '../../src/cli/pdf';
import { PART_LINK_PREFIX, splitDossierHtml } from '../../src/shared/dossier/pdf-parts';

/** A passages section linking to three places in an appendix (a page each) and to itself, and a link back. */
const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Parts</title><style>section, article + article { break-before: page; }</style></head><body>
<section id="passages"><h2>Passages</h2><p><a href="#place-1">to one</a></p><p><a href="#place-2">to two</a></p><p><a href="#place-3">to three</a></p><p><a href="#passages">to the top</a></p></section>
<section id="appendix"><h2>Appendix</h2><article><p><span id="place-1"></span>Marker Alpha</p></article><article><p><span id="place-2"></span>Marker Bravo</p></article><article><p><span id="place-3"></span>Marker Charlie <a href="#passages">back</a></p></article></section>
</body></html>`;

describe.skipIf(!existsSync(CHROMIUM_PATH))('printing a dossier in two parts with Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchPrintBrowser(CHROMIUM_PATH);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every link pointing at the page of its target, across the parts, and numbers the pages', async () => {
    expect(splitDossierHtml(HTML, 2)[0]).toContain(PART_LINK_PREFIX);
    const bytes = await printHtml(await newPrintPages(browser, 2), HTML);
    const pdf = await getDocument({ data: bytes.slice() }).promise;
    const texts: string[] = [];
    const links: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      texts.push((await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '));
      for (const a of await page.getAnnotations()) {
        if (a.subtype !== 'Link') continue;
        const dest = typeof a.dest === 'string' ? await pdf.getDestination(a.dest) : null;
        links.push(dest ? `${n} → #${a.dest} on page ${(await pdf.getPageIndex(dest[0])) + 1}` : `${n} → ${a.url ?? a.unsafeUrl ?? 'nowhere'}`);
      }
    }
    await pdf.destroy();
    expect(texts.map((t) => /Marker \w+|Passages/.exec(t)?.[0])).toEqual(['Passages', 'Marker Alpha', 'Marker Bravo', 'Marker Charlie']);
    expect(links).toEqual([
      '1 → #place-1 on page 2',
      '1 → #place-2 on page 3',
      '1 → #place-3 on page 4',
      '1 → #passages on page 1',
      '4 → #passages on page 1',
    ]);
    texts.forEach((t, i) => expect(t).toContain(`Page ${i + 1} of 4`));
  }, 60_000);
});
