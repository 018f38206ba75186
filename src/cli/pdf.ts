/**
 * How a dossier is printed to PDF outside the app: headless Chromium driven by playwright-core,
 * A4 with page numbers at the foot. `renderPdf` in ./dossier.ts (the CLI) launches a browser for
 * each dossier; the dossier benchmark (scripts/bench/benchmarks/dossier.ts) launches one and opens
 * its print pages, then times `printHtml` alone, as a running app would print. Both print with the
 * same options. A long dossier is printed in PRINT_PARTS parts at once, one page (and renderer
 * process) each, and the parts merged into one PDF (src/shared/dossier/pdf-parts.ts).
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { mergePartPdfs, splitDossierHtml } from '@shared/dossier/pdf-parts';
import { PDF_MARGINS_MM, PRINT_PARTS } from '@shared/dossier/print';

/**
 * Page size and margins. No header or footer: "Page n of m" is stamped on the merged PDF, since
 * Chromium's footer would count each part on its own.
 */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: false,
  margin: { top: `${PDF_MARGINS_MM.top}mm`, bottom: `${PDF_MARGINS_MM.bottom}mm`, left: `${PDF_MARGINS_MM.left}mm`, right: `${PDF_MARGINS_MM.right}mm` },
} as const satisfies Parameters<Page['pdf']>[0];

/** Headless Chromium at `executablePath`, for printing. The caller closes it. */
export function launchPrintBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
}

/** A page that may not load anything: every request is refused, scripts are off, the context is offline. */
export async function newPrintPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const page = await context.newPage();
  await page.route('**/*', (route) => route.abort());
  return page;
}

/** `count` such pages, each in its own context (so its own renderer process), to print the parts in. */
export function newPrintPages(browser: Browser, count: number = PRINT_PARTS): Promise<Page[]> {
  return Promise.all(Array.from({ length: count }, () => newPrintPage(browser)));
}

/**
 * Prints the HTML with PDF_OPTIONS: cut into as many parts as there are pages, each loaded into
 * its page and printed at the same time, then merged (links across parts kept, pages numbered).
 * The PDF's bytes.
 */
export async function printHtml(pages: Page | readonly Page[], html: string): Promise<Uint8Array> {
  const list: readonly Page[] = Array.isArray(pages) ? pages : [pages as Page];
  const parts = splitDossierHtml(html, list.length);
  const printed = parts.map(async (part, i) => {
    const page = list[i]!;
    await page.setContent(part, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf(PDF_OPTIONS));
  });
  // Each part is read as soon as it is printed, while the others may still be printing.
  return mergePartPdfs(printed);
}

/** The HTML printed to PDF by a browser launched for it (and closed after). */
export async function printHtmlOnce(html: string, executablePath: string): Promise<Uint8Array> {
  const browser = await launchPrintBrowser(executablePath);
  try {
    return await printHtml(await newPrintPages(browser), html);
  } finally {
    await browser.close();
  }
}
