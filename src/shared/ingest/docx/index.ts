import { strFromU8, zipSync } from 'fflate';
import { DOCUMENT_ZIP_LIMITS, describeZipProblem, readZip } from '../../archive';
import mammoth from 'mammoth';
import { describeThrown } from '../../result';
import type { ExtractResult } from '../types';
import type { IngestError } from '../types';
import { readCoreProperties } from './core-properties';

export { readCoreProperties, w3cDateToIso } from './core-properties';

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
  // Only the XML parts are inflated (mammoth's raw text never needs media or embedded
  // objects), each within DOCUMENT_ZIP_LIMITS, before mammoth sees a byte.
  const opened = readZip(bytes, DOCUMENT_ZIP_LIMITS, (entry) => /\.(xml|rels)$/i.test(entry.name));
  if (!opened.ok) {
    const damaged = opened.problem.kind === 'not-zip' || opened.problem.kind === 'damaged';
    return fail({
      code: damaged ? 'corrupt-file' : 'too-large',
      message: `${describeZipProblem(opened.problem, 'This .docx file')}${damaged ? ' Open it in Word and save it again, or export it as .txt.' : ''}`,
    });
  }
  const parts = opened.value.files;
  if (!parts.has('word/document.xml') && !hasMainDocumentPart(parts)) {
    return fail({
      code: 'corrupt-file',
      message:
        'This .docx file is damaged: the zip archive has no Word document inside it (no word/document.xml). Is it another kind of file renamed to .docx?',
    });
  }

  let text: string;
  try {
    // mammoth opens the archive again with its own unzip, which has no limits: hand it the
    // parts already inflated within them, stored uncompressed, so it can inflate nothing more.
    // Its Node build reads `buffer`, its browser build `arrayBuffer`: give both.
    const copy = zipSync(Object.fromEntries(parts), { level: 0 });
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
  const core = parts.get('docProps/core.xml');
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
function hasMainDocumentPart(parts: Map<string, Uint8Array>): boolean {
  return parts.has('_rels/.rels') && [...parts.keys()].some((name) => /^word\/[^/]+\.xml$/i.test(name));
}
