/**
 * How a dossier is printed to PDF, in one place: Electron's printToPDF (the app), and Chromium
 * through playwright-core (the CLI, the tests and the benchmark) print the same page.
 */

/** "Page n of m", centred in the bottom margin; the header stays empty. */
export const PDF_FOOTER_TEMPLATE =
  '<div style="font-size:8px;color:#6b7280;width:100%;text-align:center;font-family:system-ui,sans-serif;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
export const PDF_HEADER_TEMPLATE = '<span></span>';

/** A4 margins in millimetres (room at the bottom for the page numbers). */
export const PDF_MARGINS_MM = { top: 16, bottom: 18, left: 15, right: 15 } as const;

const MM_PER_INCH = 25.4;

/** The margins in inches, as Electron's printToPDF takes them. */
export function marginsInInches(): { top: number; bottom: number; left: number; right: number } {
  const m = PDF_MARGINS_MM;
  const inch = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  return { top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right) };
}
