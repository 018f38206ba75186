/**
 * How a dossier is printed to PDF outside the app: headless Chromium driven by playwright-core,
 * A4 with page numbers in the footer. `renderPdf` in ./dossier.ts (the CLI) launches a browser for
 * each dossier; the dossier benchmark (scripts/bench/benchmarks/dossier.ts) launches one, then
 * times `printHtml` alone, as a running app would print. Both print with the same options.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PDF_MARGINS_MM } from '@shared/dossier/print';

/** Page size, margins, and the footer with "Page n of m". */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: PDF_HEADER_TEMPLATE,
  footerTemplate: PDF_FOOTER_TEMPLATE,
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

/** Loads the HTML into the page and prints it with PDF_OPTIONS: the PDF's bytes. */
export async function printHtml(page: Page, html: string): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  return new Uint8Array(await page.pdf(PDF_OPTIONS));
}

/** The HTML printed to PDF by a browser launched for it (and closed after). */
export async function printHtmlOnce(html: string, executablePath: string): Promise<Uint8Array> {
  const browser = await launchPrintBrowser(executablePath);
  try {
    return await printHtml(await newPrintPage(browser), html);
  } finally {
    await browser.close();
  }
}
