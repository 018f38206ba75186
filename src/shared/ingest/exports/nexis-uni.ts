import { datesIn } from '../news/dates';
import { readCopyright } from '../news/outlet';
import { authorsOf, dateLineOf, linesOf, paragraphsOf, PieceBuilder, wordsOf } from './fields';
import type { ExportLayout, ExportPiece } from './types';

/**
 * Nexis Uni (DOCX, and the same layout in its RTF and PDF exports): a cover ("Documents (N)"
 * and a numbered list of titles), then per article: headline, outlet, date line ("July 2, 2019
 * Tuesday 9:33 AM GMT"), copyright, "Section: ...; Version: ...", "Length: N words",
 * "Byline: ...", "Body", the paragraphs, trailing "Load-Date:" and "End of Document".
 */
const NAME = 'Nexis Uni';
const END_LINE = /^End of Document$/i;
const BODY_LINE = /^Body$/i;
const COVER_COUNT = /^Documents \((\d{1,6})\)$/i;
const FIELD_LINE = /^(Section|Length|Byline|Dateline|Highlight|Load-Date|Language|Publication-Type|Graphic|Notes|Subject|Geographic|Company|Person|Industry|Organization|Ticker|Classification|Topic|Document-Type|Journal-Code|Correction-Date|Series|Column):\s*(.*)$/i;
/** The fields an article's head carries; an export part has at least one of them before "Body". */
const HEAD_FIELDS = /^(?:Section|Length|Byline|Dateline):/i;
/** How far above the fields the headline, outlet and date lines stand. */
const MAX_HEAD_LINES = 12;

/**
 * A PDF's text joins lines its layout cannot tell apart: "End of Document" with the next
 * article's headline, and the headline, outlet and date line into one. Those lines are cut
 * again where "End of Document" ends and where a date line closes a line.
 */
function unjoinPdfLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const end = /^(End of Document)\s+(\S.*)$/i.exec(line);
    const rest = end ? end[2]! : line;
    if (end) out.push(end[1]!);
    out.push(...splitTrailingDateLine(rest));
  }
  return out;
}

function splitTrailingDateLine(line: string): string[] {
  if (FIELD_LINE.test(line) || dateLineOf(line)) return [line];
  const last = datesIn(line).at(-1);
  if (!last || last.index === 0) return [line];
  const tail = line.slice(last.index);
  return dateLineOf(tail) ? [line.slice(0, last.index).trim(), tail] : [line];
}

/** "Council approves … The Eastbrook Times (Eastbrook, Ohio)": headline and outlet, cut where the copyright holder's name begins. */
function splitHeadlineAndOutlet(line: string, holder: string | null): [string, string] | null {
  if (!holder) return null;
  const at = line.lastIndexOf(holder);
  if (at <= 0 || !/^(?:\s*\([^()]{1,60}\))?$/.test(line.slice(at + holder.length))) return null;
  return [line.slice(0, at).trim(), line.slice(at)];
}

function chunksOf(lines: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (END_LINE.test(line)) {
      chunks.push(current);
      current = [];
    } else current.push(line);
  }
  // Text after the last "End of Document" is not an article unless it has the structure of one
  // (an export cut short before its last "End of Document").
  if (current.some(Boolean) && isStructured(current)) chunks.push(current);
  return chunks;
}

function isStructured(chunk: readonly string[]): boolean {
  const body = chunk.findIndex((line) => BODY_LINE.test(line));
  return body > 0 && chunk.slice(0, body).some((line) => HEAD_FIELDS.test(line));
}

export const nexisUni: ExportLayout = {
  id: 'nexis-uni',
  name: NAME,
  detect(text) {
    const lines = unjoinPdfLines(linesOf(text));
    if (!lines.some((line) => END_LINE.test(line))) return false;
    const chunks = chunksOf(lines);
    // Most parts must have the head fields and a "Body" line: an essay ending "End of Document" has neither.
    const structured = chunks.filter(isStructured).length;
    return structured > 0 && structured * 2 >= chunks.length;
  },
  split(text, source) {
    const lines = unjoinPdfLines(linesOf(text));
    const coverCount = lines.map((line) => COVER_COUNT.exec(line)).find(Boolean);
    const coverTitles = lines.flatMap((line) => /^\d{1,6}\.\s+(\S.*)$/.exec(line)?.[1] ?? []);
    const pieces = chunksOf(lines).map((chunk) => readArticle(chunk, { joined: source.format === 'pdf', coverTitles }));
    return { declaredCount: coverCount ? Number(coverCount[1]) : pieces.length, pieces };
  },
};

function readArticle(chunk: readonly string[], context: { joined: boolean; coverTitles: string[] }): ExportPiece {
  const piece = new PieceBuilder(NAME);
  const bodyAt = chunk.findIndex((line) => BODY_LINE.test(line));
  const headEnd = bodyAt >= 0 ? bodyAt : chunk.length;
  const firstField = chunk.slice(0, headEnd).findIndex((line) => FIELD_LINE.test(line));
  const aboveFields = chunk.slice(0, firstField >= 0 ? firstField : headEnd).filter(Boolean);
  // The head is the last lines before the fields; the cover (on the first part) stands above it.
  const head = aboveFields.slice(-MAX_HEAD_LINES);
  let dateAt = lastIndex(head, (line) => dateLineOf(line) !== null);
  let undivided = false;
  if (dateAt === 1) {
    // Headline and outlet on one line (a PDF's text): the copyright line names the outlet.
    const holder = head.slice(2).map((line) => readCopyright(line)?.outlet ?? null).find(Boolean) ?? null;
    const listed = context.coverTitles.find((title) => head[0]!.startsWith(title + ' '));
    const cut = listed ? ([listed, head[0]!.slice(listed.length).trim()] as [string, string]) : splitHeadlineAndOutlet(head[0]!, holder);
    if (cut) {
      head.splice(0, 1, ...cut);
      dateAt = 2;
    } else if (context.joined) {
      // Headline and outlet may be one line here, with nothing to tell where one ends: neither is taken.
      piece.warn('The headline and outlet of this article could not be told apart in the PDF’s text.');
      undivided = true;
    }
  }
  if (undivided) {
    piece.set('published', dateLineOf(head[dateAt]!), 'date line', head[dateAt]!);
  } else if (dateAt >= 1) {
    piece.set('published', dateLineOf(head[dateAt]!), 'date line', head[dateAt]!);
    piece.set('outlet', head[dateAt - 1]!, 'the line above the date', head[dateAt - 1]!);
    if (dateAt >= 2) piece.set('title', head[dateAt - 2]!, 'headline', head[dateAt - 2]!);
    else piece.warn('The export gives this article no headline.');
  } else piece.warn('The headline, outlet and date lines of this article are missing from the export.');
  for (const line of head.slice(Math.max(dateAt + 1, 0))) {
    const copyright = readCopyright(line);
    if (copyright?.outlet && (dateAt < 1 || undivided)) piece.set('outlet', copyright.outlet, 'copyright line', line);
  }
  for (const line of chunk.slice(0, headEnd)) readField(piece, line);
  if (bodyAt < 0) return piece.damaged('its "Body" line is missing, so its text cannot be told from its fields').build();

  // Trailing fields (Load-Date:, Language:) close the body.
  const afterBody = chunk.slice(bodyAt + 1);
  const firstTrailing = afterBody.findIndex((line) => FIELD_LINE.test(line));
  const bodyLines = firstTrailing >= 0 ? afterBody.slice(0, firstTrailing) : afterBody;
  for (const line of afterBody.slice(bodyLines.length)) readField(piece, line);
  return piece.body(paragraphsOf(bodyLines)).build();
}

function readField(piece: PieceBuilder, line: string): void {
  const m = FIELD_LINE.exec(line);
  if (!m) return;
  const name = m[1]!.toLowerCase();
  const value = m[2]!.trim();
  if (name === 'byline') piece.set('authors', authorsOf(value), 'Byline:', line);
  else if (name === 'dateline') piece.set('dateline', value, 'Dateline:', line);
  else if (name === 'length') piece.fields({ words: wordsOf(value) });
  else if (name === 'section') piece.fields({ section: value.split(/;\s*Version:/i)[0]!.replace(/;\s*$/, '').trim() || null });
  else if (name === 'language') piece.fields({ language: value });
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k]!)) return k;
  return -1;
}
