import { describeThrown } from '../../result';
import type { ExtractResult } from '../types';
import type { IngestError, IngestOptions } from '../types';
import { binaryDataFactoryFor, type BinaryDataRecord } from './binary-data';
import { readPdfInfo } from './info';
import { layoutPdfText, type PdfPageText, type PdfTextItem } from './layout';
// Type only: the module itself is imported lazily below.
import type * as PdfRuntimeModule from './runtime';

export { layoutPdfText, joinLines } from './layout';
export { pdfDateToIso, readPdfInfo } from './info';

type PdfRuntime = typeof PdfRuntimeModule;

let runtime: Promise<PdfRuntime> | null = null;

/** pdf.js is large: it is loaded (and, in a browser build, fetched as its own chunk) on first use. */
function loadRuntime(): Promise<PdfRuntime> {
  runtime ??= import('./runtime').catch((thrown: unknown) => {
    runtime = null;
    throw thrown;
  });
  return runtime;
}

/** pdf.js PasswordException codes (PasswordResponses). */
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

function fail(error: IngestError): ExtractResult {
  return { ok: false, error };
}

/**
 * Reads the text of a PDF with pdf.js, page by page, and rebuilds paragraphs from where
 * the text sits (see layout.ts). Title, author and creation date come from the PDF's info
 * dictionary. Returns error values, never throws.
 */
export async function extractPdf(bytes: Uint8Array, options: IngestOptions = {}): Promise<ExtractResult> {
  let pdfjs: PdfRuntime;
  try {
    pdfjs = await loadRuntime();
  } catch (thrown) {
    return fail({ code: 'internal', message: `Parallax could not start its PDF reader: ${describeThrown(thrown)}` });
  }

  const record: BinaryDataRecord = { missingCMaps: new Set() };
  const password = options.password;
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    password: password ?? undefined,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // Character maps come from disk where there is one, never from the network.
    BinaryDataFactory: binaryDataFactoryFor(record),
  });

  try {
    let document: Awaited<typeof task.promise>;
    try {
      document = await task.promise;
    } catch (thrown) {
      return fail(openingError(thrown, password));
    }

    const warnings: string[] = [];
    const pages: PdfPageText[] = [];
    let unreadable = 0;
    let firstFailure: unknown = null;
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
        pages.push({ items, view: page.view });
        page.cleanup();
      } catch (thrown) {
        unreadable++;
        firstFailure ??= thrown;
        pages.push({ items: [], view: [0, 0, 0, 0] });
      }
    }

    let info: unknown = null;
    try {
      info = (await document.getMetadata()).info;
    } catch {
      warnings.push('The PDF’s document information (title, author, date) could not be read.');
    }

    const { text, boilerplate, stats } = layoutPdfText(pages);
    const missingCMaps = [...record.missingCMaps];

    if (text.trim().length === 0) {
      if (unreadable > 0) {
        return fail({
          code: 'corrupt-file',
          message: `This PDF is damaged: ${unreadable === document.numPages ? 'none of its pages' : `${unreadable} of its ${document.numPages} pages`} could be read (${describeThrown(firstFailure)}).`,
        });
      }
      if (missingCMaps.length > 0) {
        return fail({
          code: 'no-article',
          message: `No text could be read from this PDF: its fonts need character maps (${missingCMaps.join(', ')}) that are not available here. Try importing it with the Parallax desktop app or command line, or copy its text into a .txt file.`,
        });
      }
      return fail({
        code: 'no-article',
        message:
          'This PDF has no text layer: its pages hold no selectable text (it may be a scanned document or images of pages). Run it through text recognition (OCR) first, then import the result.',
      });
    }

    if (unreadable > 0) {
      warnings.push(
        `${unreadable} of the ${document.numPages} pages of this PDF could not be read and are missing from the text (${describeThrown(firstFailure)}).`,
      );
    }
    if (missingCMaps.length > 0) {
      warnings.push(
        `Some text in this PDF uses fonts that need character maps (${missingCMaps.join(', ')}) that are not available here, so parts of the text may be missing.`,
      );
    }

    if (stats.unmapped > 0.1 * stats.characters || looksLikeUnmappedGlyphs(text)) {
      warnings.push(
        'Much of this PDF’s text could not be read as words (it came out as symbols or nothing): some of its fonts do not say which letters their glyphs are. Check the text against the PDF.',
      );
    }

    const reading = readPdfInfo(info);
    return {
      ok: true,
      value: {
        format: 'pdf',
        text,
        metadata: reading.metadata,
        ...(reading.fileDate ? { fileDate: reading.fileDate } : {}),
        provenance: reading.provenance,
        boilerplate,
        warnings,
        lang: reading.lang,
      },
    };
  } catch (thrown) {
    return fail({ code: 'corrupt-file', message: `This PDF is damaged and could not be read: ${describeThrown(thrown)}.` });
  } finally {
    try {
      await task.destroy();
    } catch {
      // Destroying a task whose document never opened can itself fail; nothing is left to free.
    }
  }
}

function openingError(thrown: unknown, password: string | undefined): IngestError {
  const name = thrown && typeof thrown === 'object' && 'name' in thrown ? String(thrown.name) : '';
  const code = thrown && typeof thrown === 'object' && 'code' in thrown ? Number(thrown.code) : NaN;
  if (name === 'PasswordException') {
    if (code === INCORRECT_PASSWORD || (code !== NEED_PASSWORD && password)) {
      return {
        code: 'wrong-password',
        message: 'The password for this PDF is not right. Check it (passwords are case-sensitive) and try again.',
      };
    }
    return {
      code: 'password-required',
      message: 'This PDF is protected by a password. Enter its password to import it.',
    };
  }
  const detail = describeThrown(thrown).replace(/\.$/, '');
  if (name === 'InvalidPDFException' || /invalid pdf structure/i.test(detail)) {
    return {
      code: 'corrupt-file',
      message: `This file is not a readable PDF: its structure is damaged or it is not a PDF at all (${detail}).`,
    };
  }
  return { code: 'corrupt-file', message: `This PDF is damaged and could not be opened (${detail}).` };
}

/**
 * True when over a fifth of the text sits in paragraphs where under half of the visible
 * characters are letters or digits: fonts whose glyphs map to no letters come out as
 * punctuation soup. Runs of one character (leaders such as "......") do not count.
 */
function looksLikeUnmappedGlyphs(text: string): boolean {
  let total = 0;
  let symbolic = 0;
  for (const paragraph of text.split('\n\n')) {
    const visible = paragraph.replace(/\s+/g, '').replace(/(.)\1{2,}/gu, '');
    const wordy = visible.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    total += visible.length;
    if (visible.length > 0 && wordy / visible.length < 0.5) symbolic += visible.length;
  }
  return total >= 20 && symbolic / total > 0.2;
}
