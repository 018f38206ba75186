import { readCopyright } from '../news/outlet';
import { authorsOf, dateLineOf, linesOf, paragraphsOf, PieceBuilder, wordsOf } from './fields';
import type { ExportLayout, ExportPiece } from './types';

/**
 * Factiva (TXT, and the text of its HTML and RTF exports): per article, two- or three-letter
 * field codes at the start of a line (HD headline, BY byline, WC word count, PD date, SN
 * source, SC source code, LA language, CY copyright, LP lead paragraphs, TD text, AN accession
 * number "Document ..."). A code stands before its value on the same line or alone on its
 * line above it (the HTML export puts code and value in two table cells).
 */
const NAME = 'Factiva';
const CODES = ['HD', 'CLM', 'SE', 'BY', 'CR', 'WC', 'PD', 'ET', 'SN', 'SC', 'ED', 'PG', 'LA', 'CY', 'LP', 'TD', 'RF', 'CO', 'IN', 'NS', 'RE', 'IPC', 'IPD', 'PUB', 'AN'];
const CODE_LINE = new RegExp(`^(${CODES.join('|')})(?:\\s+(.*))?$`);
const ACCESSION = /^AN\s+(Document\s+\S+)/;
/** The fields an article must show, beyond HD and AN, to be taken for a Factiva record. */
const CORE_CODES = ['PD', 'SN', 'LA', 'TD', 'LP', 'WC'];
const ENOUGH_CORE = 2;

type Record = Map<string, string[]>;

/** Codes that some exports print above a record's headline: they belong to the record that follows. */
const ABOVE_HEADLINE = new Set(['SE', 'CLM']);

/**
 * "HD" alone on its line, its value on the next (the HTML export's two table cells), is
 * written as one line "HD value", as in the text export.
 */
function joinLoneCodes(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    let next = k + 1;
    while (next < lines.length && !lines[next]) next++;
    const value = lines[next];
    if (CODE_LINE.test(line) && !line.includes(' ') && value !== undefined && !CODE_LINE.test(value)) {
      joined.push(`${line} ${value}`);
      k = next;
    } else joined.push(line);
  }
  return joined;
}

function recordsOf(lines: readonly string[]): Record[] {
  const records: Record[] = [];
  let current: Record | null = null;
  let pending: Record = new Map();
  let code: string | null = null;
  for (const line of lines) {
    const m = CODE_LINE.exec(line);
    if (m) {
      code = m[1]!;
      const values = m[2] ? [m[2].trim()] : [];
      if (code === 'HD') {
        current = pending;
        pending = new Map();
        records.push(current);
      } else if (!current || ABOVE_HEADLINE.has(code)) {
        // Before the first headline, or after the last record's accession number: the next record's.
        pending.set(code, values);
        continue;
      }
      current.set(code, values);
      if (code === 'AN') current = null;
      continue;
    }
    const target = current ?? pending;
    if (code) target.get(code)?.push(line);
  }
  // Codes after the last record without a headline of their own: a record cut short.
  if (pending.size > 0 && CORE_CODES.some((c) => pending.has(c))) records.push(pending);
  return records;
}

function isRecord(record: Record): boolean {
  return record.has('HD') && CORE_CODES.filter((c) => record.has(c)).length >= ENOUGH_CORE;
}

export const factiva: ExportLayout = {
  id: 'factiva',
  name: NAME,
  detect(text) {
    const lines = joinLoneCodes(linesOf(text));
    if (!lines.some((line) => ACCESSION.test(line))) return false;
    const records = recordsOf(lines);
    const good = records.filter(isRecord).length;
    return good > 0 && good * 2 >= records.length;
  },
  split(text) {
    const pieces = recordsOf(joinLoneCodes(linesOf(text))).map(readRecord);
    return { declaredCount: pieces.length, pieces };
  },
};

function value(record: Record, code: string): string | null {
  const lines = record.get(code);
  if (!lines) return null;
  const joined = lines.filter(Boolean).join(' ').trim();
  return joined || null;
}

function readRecord(record: Record): ExportPiece {
  const piece = new PieceBuilder(NAME);
  const evidence = (code: string, text: string | null) => `${code} ${text ?? ''}`.trim();
  const title = value(record, 'HD');
  piece.set('title', title, 'HD', evidence('HD', title));
  const byline = value(record, 'BY');
  piece.set('authors', authorsOf(byline), 'BY', evidence('BY', byline));
  const date = value(record, 'PD');
  piece.set('published', date ? dateLineOf(date) : null, 'PD', evidence('PD', date));
  const source = value(record, 'SN');
  const copyright = value(record, 'CY');
  if (source) piece.set('outlet', source, 'SN', evidence('SN', source));
  else if (copyright) piece.set('outlet', readCopyright(copyright)?.outlet ?? null, 'CY', evidence('CY', copyright));
  const accession = value(record, 'AN');
  piece.fields({
    words: wordsOf(value(record, 'WC')),
    section: value(record, 'SE'),
    language: value(record, 'LA'),
    documentId: accession ? accession.replace(/^Document\s+/i, '') : null,
  });
  const body = [...(record.get('LP') ?? []), '', ...(record.get('TD') ?? [])];
  piece.body(paragraphsOf(body));
  if (!title) piece.warn('The export gives this article no headline (HD).');
  if (!isRecord(record)) piece.damaged('its fields are incomplete (it lacks most of PD, SN, LA, LP, TD)');
  return piece.build();
}
