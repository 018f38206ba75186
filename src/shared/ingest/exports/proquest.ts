import { readCopyright } from '../news/outlet';
import { authorsOf, dateLineOf, linesOf, paragraphsOf, PieceBuilder, wordsOf } from './fields';
import type { ExportLayout, ExportPiece } from './types';

/**
 * ProQuest (TXT, and the text of its HTML and PDF exports): per document, labelled blocks
 * ("Title:", "Author:", "Publication title:", "Publication date:", "Full text:", "Document
 * URL:", "ProQuest document ID:") between separator lines of underscores.
 */
const NAME = 'ProQuest';
const SEPARATOR = /^_{20,}$/;
const LABELS = [
  'Title', 'Author', 'Authors', 'Publication title', 'Publication date', 'Publication info', 'Full text', 'Abstract', 'Document URL',
  'ProQuest document ID', 'Section', 'Language of publication', 'Copyright', 'Source type', 'Document type', 'Publisher',
  'Place of publication', 'Country of publication', 'Publication subject', 'Subject', 'Location', 'Company / organization',
  'People', 'Pages', 'Publication year', 'Last updated', 'Database', 'Links', 'Dateline', 'Edition', 'Word count', 'ISSN',
  'Identifier / keyword', 'Credit', 'Illustration', 'Column', 'Accession number', 'First page', 'Number of pages',
];
const LABEL_LINE = new RegExp(`^(${LABELS.map((l) => l.replace(/[/]/g, '\\/')).join('|')}):\\s*(.*)$`, 'i');
/** A document must carry its ProQuest id, or its full text and publication title, to be taken for one. */
function isDocument(fields: Map<string, string[]>): boolean {
  return fields.has('proquest document id') || (fields.has('full text') && fields.has('publication title'));
}

function blocksOf(lines: readonly string[]): Map<string, string[]>[] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (SEPARATOR.test(line)) blocks.push([]);
    else blocks[blocks.length - 1]!.push(line);
  }
  return blocks.map(fieldsOf).filter((fields) => fields.size > 0);
}

function fieldsOf(block: readonly string[]): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of block) {
    const m = LABEL_LINE.exec(line);
    if (m) {
      const label = m[1]!.toLowerCase();
      // A label seen again (the short record above "Full text:" and the full one below) keeps its first value.
      current = fields.has(label) ? [] : [m[2]!.trim()];
      if (!fields.has(label)) fields.set(label, current);
      continue;
    }
    current?.push(line);
  }
  return fields;
}

export const proQuest: ExportLayout = {
  id: 'proquest',
  name: NAME,
  detect(text) {
    const lines = linesOf(text);
    if (!lines.some((line) => SEPARATOR.test(line))) return false;
    const blocks = blocksOf(lines);
    const documents = blocks.filter(isDocument).length;
    return documents > 0 && documents * 2 >= blocks.length;
  },
  split(text) {
    const blocks = blocksOf(linesOf(text)).filter((fields) => fields.size > 1 || isDocument(fields));
    const pieces = blocks.map(readDocument);
    return { declaredCount: pieces.length, pieces };
  },
};

function single(fields: Map<string, string[]>, label: string): string | null {
  const joined = (fields.get(label) ?? []).filter(Boolean).join(' ').trim();
  return joined || null;
}

/** "Ellison, Mara; Reyes, Tom" → ["Mara Ellison", "Tom Reyes"]: ProQuest writes surnames first. */
export function proQuestAuthors(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(/\s*;\s*/)
    .map((name) => {
      const m = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
      return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : name.trim();
    })
    .filter((name) => name && authorsOf(name).length > 0);
}

function readDocument(fields: Map<string, string[]>): ExportPiece {
  const piece = new PieceBuilder(NAME);
  const evidence = (label: string, value: string | null) => `${label}: ${value ?? ''}`;
  const title = single(fields, 'title');
  piece.set('title', title, 'Title:', evidence('Title', title));
  const author = single(fields, 'author') ?? single(fields, 'authors');
  piece.set('authors', proQuestAuthors(author), 'Author:', evidence('Author', author));
  const outlet = single(fields, 'publication title');
  const copyright = single(fields, 'copyright');
  if (outlet) piece.set('outlet', outlet.replace(/\s*;.*$/, ''), 'Publication title:', evidence('Publication title', outlet));
  else if (copyright) piece.set('outlet', readCopyright(copyright)?.outlet ?? null, 'Copyright:', evidence('Copyright', copyright));
  const date = single(fields, 'publication date');
  piece.set('published', date ? dateLineOf(date) : null, 'Publication date:', evidence('Publication date', date));
  piece.set('url', single(fields, 'document url'), 'Document URL:', evidence('Document URL', single(fields, 'document url')));
  piece.set('dateline', single(fields, 'dateline'), 'Dateline:', evidence('Dateline', single(fields, 'dateline')));
  piece.fields({
    section: single(fields, 'section'),
    words: wordsOf(single(fields, 'word count')) ?? numberOf(single(fields, 'word count')),
    documentId: single(fields, 'proquest document id'),
    language: single(fields, 'language of publication'),
  });
  if (!title) piece.warn('The export gives this document no title.');
  if (!isDocument(fields)) piece.damaged('it carries neither its ProQuest document ID nor its full text and publication title');
  return piece.body(paragraphsOf(fields.get('full text') ?? [])).build();
}

function numberOf(value: string | null): number | null {
  return value && /^\d+$/.test(value) ? Number(value) : null;
}
