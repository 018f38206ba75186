import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describeThrown } from '../../result';
import type { ExtractResult } from '../extractors';
import type { IngestError } from '../types';
import { readCoreProperties } from './core-properties';

export { readCoreProperties, w3cDateToIso } from './core-properties';

/** Parts a .docx's text can come from; more than this uncompressed is refused (zip bombs). */
const MAX_UNPACKED_XML = 512 * 1024 * 1024;

function fail(error: IngestError): ExtractResult {
  return { ok: false, error };
}

/**
 * Reads a Word .docx: body text through mammoth's `extractRawText` (paragraphs separated
 * by blank lines), title / authors / created date from docProps/core.xml.
 *
 * It never reads anything outside the file's own bytes: `extractRawText` does not load
 * images at all, mammoth's external file access is off unless asked for (it is not), the
 * input is bytes so there is no "document directory" to resolve links against, and the
 * browser build of mammoth has no file access. Returns error values, never throws.
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractResult> {
  const sizes = new Map<string, number>();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        sizes.set(file.name, file.originalSize);
        return file.name === 'docProps/core.xml';
      },
    });
  } catch (thrown) {
    return fail({
      code: 'corrupt-file',
      message: `This .docx file is damaged: it is not a readable zip archive (${describeThrown(thrown)}). Open it in Word and save it again, or export it as .txt.`,
    });
  }

  if (!sizes.has('word/document.xml') && !hasMainDocumentPart(sizes)) {
    return fail({
      code: 'corrupt-file',
      message:
        'This .docx file is damaged: the zip archive has no Word document inside it (no word/document.xml). Is it another kind of file renamed to .docx?',
    });
  }
  let unpacked = 0;
  for (const [name, size] of sizes) if (/\.(xml|rels)$/i.test(name)) unpacked += size;
  if (unpacked > MAX_UNPACKED_XML) {
    return fail({
      code: 'too-large',
      message: `This .docx file would unpack to ${Math.round(unpacked / (1024 * 1024))} MB of document data, too much for one article.`,
    });
  }

  let text: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both the
    // same private copy of the bytes (never the caller's buffer).
    const copy = bytes.slice();
    const input = { arrayBuffer: copy.buffer, buffer: copy } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    const result = await mammoth.extractRawText(input);
    text = result.value;
  } catch (thrown) {
    return fail({
      code: 'corrupt-file',
      message: `This .docx file is damaged: its document part could not be read (${describeThrown(thrown)}). Open it in Word and save it again, or export it as .txt.`,
    });
  }

  if (text.trim().length === 0) {
    return fail({
      code: 'no-article',
      message: 'This Word document has no text in its body: it is empty, or holds only pictures or drawings.',
    });
  }

  const warnings: string[] = [];
  let reading = readCoreProperties('');
  const core = entries['docProps/core.xml'];
  if (core) {
    try {
      reading = readCoreProperties(strFromU8(core));
    } catch {
      warnings.push('The document properties (docProps/core.xml) could not be read: title, author and date are not taken from them.');
    }
  }

  return {
    ok: true,
    value: {
      format: 'docx',
      text,
      metadata: reading.metadata,
      ...(reading.fileDate ? { fileDate: reading.fileDate } : {}),
      provenance: reading.provenance,
      boilerplate: [],
      warnings,
      lang: reading.lang,
    },
  };
}

/** Strict-format and oddly packed files may keep the main part elsewhere; any word/*.xml will do for mammoth to try. */
function hasMainDocumentPart(sizes: Map<string, number>): boolean {
  return sizes.has('_rels/.rels') && [...sizes.keys()].some((name) => /^word\/[^/]+\.xml$/i.test(name));
}
