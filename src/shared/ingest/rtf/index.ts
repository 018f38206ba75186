import type { ExtractResult } from '../types';
import { isPlaceholderAuthor, isPlaceholderTitle, splitAuthors } from '../document-properties';
import type { ArticleMetadata, FileDate, ProvenanceMap } from '../types';
import { readRtf, type RtfInfo } from './tokens';

const SOURCE = 'RTF \\info';
const CUT_SHORT = 'This .rtf file is cut short (it ends before its last group closes): the text up to where it stops is kept.';

/**
 * Reads an .rtf file (a single article, or a Nexis Uni / Factiva export that the splitting
 * step then takes apart): its text, and \info's title, author and creation time as labelled
 * fallbacks, the way a DOCX's core properties are. Returns error values, never throws.
 */
export function extractRtf(bytes: Uint8Array): ExtractResult {
  // RTF is 7-bit by definition; anything else is escaped, so latin1 keeps every byte as it is.
  const source = new TextDecoder('latin1').decode(bytes);
  const reading = readRtf(source);
  if (!reading.ok) {
    return { ok: false, error: { code: 'corrupt-file', message: `This .rtf file cannot be read: ${reading.problem}. Open it in a word processor and save it again, or export it as .txt.` } };
  }
  const text = reading.text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
  if (!text) {
    return { ok: false, error: { code: 'no-article', message: 'This RTF document has no text in its body: it is empty, or holds only pictures.' } };
  }
  const { metadata, provenance, fileDate } = infoMetadata(reading.info);
  return {
    ok: true,
    value: { format: 'rtf', text, metadata, ...(fileDate ? { fileDate } : {}), provenance, boilerplate: [], warnings: reading.cutShort ? [CUT_SHORT] : [], lang: null },
  };
}

function infoMetadata(info: RtfInfo): { metadata: Partial<ArticleMetadata>; provenance: ProvenanceMap; fileDate?: FileDate } {
  const metadata: Partial<ArticleMetadata> = {};
  const provenance: ProvenanceMap = {};
  if (info.title && !isPlaceholderTitle(info.title)) {
    metadata.title = info.title;
    provenance.title = { source: SOURCE, evidence: `\\title ${info.title}` };
  }
  if (info.author && !isPlaceholderAuthor(info.author)) {
    const authors = splitAuthors(info.author);
    if (authors.length > 0) {
      metadata.authors = authors;
      provenance.authors = { source: SOURCE, evidence: `\\author ${info.author}` };
    }
  }
  const c = info.created;
  if (c?.yr && c.mo && c.dy && c.mo <= 12 && c.dy <= 31) {
    const iso = `${c.yr}-${String(c.mo).padStart(2, '0')}-${String(c.dy).padStart(2, '0')}`;
    return { metadata, provenance, fileDate: { iso, source: SOURCE, evidence: `\\creatim \\yr${c.yr}\\mo${c.mo}\\dy${c.dy}` } };
  }
  return { metadata, provenance };
}
