import { readCopyright } from '../news/outlet';
import { authorsOf, dateLineOf, linesOf, paragraphsOf, PieceBuilder, wordsOf } from './fields';
import type { ExportLayout, ExportPiece, ExportReading } from './types';

/**
 * LexisNexis Academic / Nexis plain text: per article a centred "N of M DOCUMENTS" line,
 * the outlet, a date line ("January 11, 2010 Monday"), an optional edition, the headline,
 * labelled fields (BYLINE:, SECTION:, LENGTH: N words, DATELINE:, HIGHLIGHT:), the body,
 * then trailing fields (LOAD-DATE:, LANGUAGE:, PUBLICATION-TYPE:) and the copyright.
 */
const NAME = 'LexisNexis';
const DOCUMENT_LINE = /^(\d{1,6}) of (\d{1,6}) DOCUMENTS?$/i;
/** Fields printed between the headline and the body. */
const LEADING_FIELDS = new Set(['BYLINE', 'SECTION', 'LENGTH', 'DATELINE', 'HIGHLIGHT', 'SOURCE', 'SERIES', 'COLUMN', 'ABSTRACT']);
/** Fields printed after the body: the first of them ends it. */
const TRAILING_FIELDS = new Set(['LOAD-DATE', 'LANGUAGE', 'PUBLICATION-TYPE', 'GRAPHIC', 'NOTES', 'URL', 'CORRECTION-DATE', 'DOCUMENT-TYPE', 'JOURNAL-CODE', 'SUBJECT', 'GEOGRAPHIC', 'ORGANIZATION', 'PERSON', 'TYPE', 'DISTRIBUTION']);
const FIELD_LINE = /^([A-Z][A-Z-]{1,24}):\s*(.*)$/;
const EDITION_LINE = /\bedition\b|^(?:final|late|early|first|second|home|city|metro|national)\b.{0,30}$/i;
/** Lines after the body that name the rights holder. */
const COPYRIGHT_LINE = /^(?:copyright\b|©|\(c\))/i;

function documentLines(lines: readonly string[]): { at: number; index: number; count: number }[] {
  const found: { at: number; index: number; count: number }[] = [];
  lines.forEach((line, at) => {
    const m = DOCUMENT_LINE.exec(line);
    if (m) found.push({ at, index: Number(m[1]), count: Number(m[2]) });
  });
  return found;
}

function fieldOf(line: string): { name: string; value: string } | null {
  const m = FIELD_LINE.exec(line);
  if (!m) return null;
  const name = m[1]!;
  return LEADING_FIELDS.has(name) || TRAILING_FIELDS.has(name) ? { name, value: m[2]!.trim() } : null;
}

export const lexisNexisText: ExportLayout = {
  id: 'lexisnexis-text',
  name: NAME,
  detect(text) {
    const lines = linesOf(text);
    const headers = documentLines(lines);
    if (headers.length === 0) return false;
    // Every header of one export counts the same total, and at least one article under them
    // carries the labelled fields: a stray "1 of 2 documents" in prose is not an export.
    const total = headers[0]!.count;
    if (headers.some((h) => h.count !== total || h.index < 1 || h.index > total)) return false;
    return headers.some((h, k) => {
      const end = headers[k + 1]?.at ?? lines.length;
      return lines.slice(h.at + 1, end).some((line) => fieldOf(line)?.name === 'LENGTH' || fieldOf(line)?.name === 'LOAD-DATE');
    });
  },
  split(text) {
    const lines = linesOf(text);
    const headers = documentLines(lines);
    const pieces: ExportPiece[] = headers.map((h, k) => readArticle(lines.slice(h.at + 1, headers[k + 1]?.at ?? lines.length)));
    const reading: ExportReading = { declaredCount: headers[0]?.count ?? pieces.length, pieces };
    return reading;
  },
};

function readArticle(lines: readonly string[]): ExportPiece {
  const piece = new PieceBuilder(NAME);
  const firstField = lines.findIndex((line) => fieldOf(line) !== null);
  const top = (firstField < 0 ? lines : lines.slice(0, firstField)).filter(Boolean);
  const dateAt = top.findIndex((line) => dateLineOf(line) !== null);
  if (dateAt > 0) piece.set('outlet', top.slice(0, dateAt).join(' '), 'the line above the date', top.slice(0, dateAt).join(' '));
  if (dateAt >= 0) piece.set('published', dateLineOf(top[dateAt]!), 'date line', top[dateAt]!);
  let headlineFrom = dateAt + 1;
  if (top.length - headlineFrom > 1 && EDITION_LINE.test(top[headlineFrom]!)) headlineFrom++;
  const headline = top.slice(headlineFrom).join(' ');
  piece.set('title', headline, 'headline', headline);
  if (dateAt < 0) piece.warn('The outlet and date lines of this article are missing from the export.');
  if (firstField < 0) return piece.damaged('none of its labelled fields (BYLINE:, LENGTH:, LOAD-DATE:) were found').build();

  const body: string[] = [];
  let field: { name: string; value: string } | null = null;
  let inBody = false;
  let ended = false;
  for (const line of lines.slice(firstField)) {
    const next = fieldOf(line);
    if (next) {
      field = next;
      if (inBody || TRAILING_FIELDS.has(next.name)) ended = true;
      readField(piece, next);
      continue;
    }
    if (ended) {
      if (COPYRIGHT_LINE.test(line)) {
        const copyright = readCopyright(line);
        if (copyright?.outlet && !piece.build().metadata.outlet) piece.set('outlet', copyright.outlet, 'copyright line', line);
      }
      continue;
    }
    if (!line) {
      // A blank line ends a field's value; the next unlabelled text is the body.
      if (field) field = null;
      if (inBody) body.push('');
      continue;
    }
    if (field && !inBody) {
      field.value += ' ' + line;
      readField(piece, field);
      continue;
    }
    inBody = true;
    body.push(line);
  }
  return piece.body(paragraphsOf(body)).build();
}

function readField(piece: PieceBuilder, field: { name: string; value: string }): void {
  const evidence = `${field.name}: ${field.value}`;
  switch (field.name) {
    case 'BYLINE':
      piece.set('authors', authorsOf(field.value), 'BYLINE:', evidence);
      break;
    case 'DATELINE':
      piece.set('dateline', field.value, 'DATELINE:', evidence);
      break;
    case 'SECTION':
      piece.fields({ section: field.value });
      break;
    case 'LENGTH':
      piece.fields({ words: wordsOf(field.value) });
      break;
    case 'LANGUAGE':
      piece.fields({ language: field.value });
      break;
  }
}
