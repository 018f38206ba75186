/**
 * How a dossier is printed to PDF, in one place: Electron's printToPDF (the app), and Chromium
 * through playwright-core (the CLI, the tests and the benchmark) print the same page.
 */

/**
 * "Page n of m", centred in the bottom margin, stamped on the merged PDF (./pdf-parts.ts; a
 * footer of the browser's own would count each printed part from 1): where and as Chromium drew
 * its footer template before (`font-size:8px;color:#6b7280`, centred), 8 px being 6 pt and its
 * baseline 16.4 pt above the foot of the page. The header stays empty.
 */
export const PDF_PAGE_NUMBER = { sizePt: 6, baselinePt: 16.4, color: [0x6b, 0x72, 0x80] } as const;

/**
 * How many parts a dossier is printed in at the same time, each in its own renderer process, then
 * merged (./pdf-parts.ts): two halves of the 200-article dossier print in about 0.7 of the time
 * of the whole (three or four parts are slower again on two cores).
 */
export const PRINT_PARTS = 2;

/** A4 margins in millimetres (room at the bottom for the page numbers). */
export const PDF_MARGINS_MM = { top: 16, bottom: 18, left: 15, right: 15 } as const;

const MM_PER_INCH = 25.4;

/** The margins in inches, as Electron's printToPDF takes them. */
export function marginsInInches(): { top: number; bottom: number; left: number; right: number } {
  const m = PDF_MARGINS_MM;
  const inch = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  return { top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right) };
}
