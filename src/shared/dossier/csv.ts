/**
 * Coded passages as CSV (RFC 4180): a header, then one row per (highlight, tag) — a highlight
 * without a tag gets one row with an empty tag path. Every field is quoted, double quotes are
 * doubled, records end with CRLF, and the file starts with a UTF-8 byte order mark so that
 * spreadsheet apps read it as UTF-8.
 *
 * A text field starting with =, +, -, @ (or their full-width forms ＝ ＋ － ＠, which spreadsheets
 * in East Asian locales read as the same), tab or carriage return, also after leading spaces or
 * tabs (which spreadsheets skip), is prefixed with an apostrophe so that a spreadsheet shows it
 * rather than running it as a formula (OWASP "CSV injection").
 * Rows: articles in dossier order, highlights by position, tags in codebook order.
 */
import { flattenTree, listTagTree } from '../codebook/tree';
import { buildContext } from './context';
import { noteBlocks, blocksText } from './lexical';
import { orderedHighlights } from './passages';
import type { DossierInput } from './types';

export const CSV_COLUMNS = ['article', 'outlet', 'date', 'tag path', 'quote', 'start', 'end', 'note'] as const;

const BOM = '\uFEFF';

/**
 * What a spreadsheet may take for the start of a formula: any white space (it skips it, and a
 * leading tab or carriage return is itself a trigger), then a formula sign, ASCII or full-width.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** One field, quoted; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The date column holds ISO 8601 calendar dates only ("2021-05-19"; "--05-19" with no year), so
 * a spreadsheet sorts one kind of value: a published date-time keeps its day and drops its time.
 */
export function isoDay(published: string | null): string {
  if (!published) return '';
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(published);
  return day ? day[1]! : published;
}

export function csvRecord(fields: (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function codedPassagesCsv(input: DossierInput): string {
  const ctx = buildContext(input, false);
  const order = new Map(flattenTree(listTagTree(input.tags)).map((node, i) => [node.tag.id, i]));
  const notesByHighlight = new Map<string, string[]>();
  for (const note of [...input.notes].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))) {
    if (!note.highlightId) continue;
    const text = blocksText(noteBlocks(note.content, note.plainText)).trim() || note.plainText.trim();
    if (!text) continue;
    const list = notesByHighlight.get(note.highlightId) ?? [];
    list.push(text);
    notesByHighlight.set(note.highlightId, list);
  }
  let out = BOM + csvRecord([...CSV_COLUMNS]);
  for (const h of orderedHighlights(ctx)) {
    const entry = ctx.byId.get(h.articleId)!;
    const tagIds = [...new Set(h.tagIds)].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
    const note = (notesByHighlight.get(h.id) ?? []).join('\n\n');
    const base = [entry.title, entry.meta.outlet ?? '', isoDay(entry.meta.published)];
    const quote = ctx.highlightQuote(h);
    for (const tagId of tagIds.length ? tagIds : [null]) {
      out += csvRecord([...base, tagId ? ctx.tagPath(tagId) : '', quote, h.start, h.end, note]);
    }
  }
  return out;
}
