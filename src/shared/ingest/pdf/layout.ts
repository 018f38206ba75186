/**
 * Rebuilds reading text from pdf.js text items: items → lines (from baseline changes and
 * `hasEOL`), page headers and footers taken out, lines → paragraphs (from larger vertical
 * gaps, font-size changes and indents), line-end hyphenation joined.
 *
 * Pure functions on plain data, so every rule here is tested without pdf.js.
 */
import type { BoilerplateBlock } from '../types';

/** The part of a pdf.js TextItem this module reads. */
export interface PdfTextItem {
  str: string;
  /** 'ltr' | 'rtl' | 'ttb' */
  dir: string;
  /** [a, b, c, d, e, f]: e, f is where the text starts on the page, in PDF units (y up). */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfPageText {
  items: PdfTextItem[];
  /** The page box [x0, y0, x1, y1] (pdf.js `page.view`). */
  view: number[];
}

/** One line of text on a page. */
export interface PdfLine {
  text: string;
  page: number;
  vertical: boolean;
  /** Position across the lines: the baseline y for horizontal text, x for vertical text. */
  across: number;
  /** Where the line starts and ends along its direction, in page units. */
  start: number;
  end: number;
  /** Font size of the line's main text. */
  size: number;
  /** Distance from the top and bottom of the page (horizontal lines only). */
  fromTop: number;
  fromBottom: number;
}

export interface PdfLayoutResult {
  text: string;
  boilerplate: BoilerplateBlock[];
  /** Characters seen, and how many of them were glyphs mapped to no character (dropped). */
  stats: GlyphStats;
}

export interface GlyphStats {
  characters: number;
  unmapped: number;
}

interface Piece {
  str: string;
  start: number;
  end: number;
  size: number;
  across: number;
  rtl: boolean;
}

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;
// Arabic and Hebrew presentation forms and Latin ligatures read as their plain letters.
const PRESENTATION_FORMS = /[\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFDFF\uFE70-\uFEFC]+/g;
const SENTENCE_END = /[.!?…:;"”’»)\]]$/;

/** Groups one page's text items into lines, in the order the page gives them. */
export function linesOfPage(page: PdfPageText, pageIndex: number, stats: GlyphStats = { characters: 0, unmapped: 0 }): PdfLine[] {
  const [, y0 = 0, , y1 = 0] = page.view;
  const top = Math.max(y0, y1);
  const bottom = Math.min(y0, y1);
  const lines: PdfLine[] = [];
  let pieces: Piece[] = [];
  let lineVertical = false;
  let lineAcross = 0;
  let lineSize = 0;
  let breakPending = false;

  const flush = (): void => {
    const line = buildLine(pieces, lineVertical, pageIndex, top, bottom, stats);
    if (line) lines.push(line);
    pieces = [];
    lineSize = 0;
  };

  for (const item of page.items) {
    if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const vertical = item.dir === 'ttb';
    const size = Math.abs(Math.hypot(c, d)) || Math.abs(item.height) || Math.abs(Math.hypot(a, b)) || 1;
    const across = vertical ? e : f;
    const start = vertical ? -f : e;
    const length = Math.abs(vertical ? item.height : item.width) || 0;
    const blank = item.str.trim().length === 0;
    if (!Number.isFinite(across) || !Number.isFinite(start)) continue;

    if (!blank) {
      if (hasContent(pieces)) {
        const moved = Math.abs(across - lineAcross) > 0.5 * Math.max(size, lineSize);
        if (breakPending || moved || vertical !== lineVertical) flush();
      }
      // The line sits where its largest text sits, so superscripts do not move it.
      if (!hasContent(pieces) || size > lineSize) {
        lineAcross = across;
        lineSize = size;
      }
      lineVertical = vertical;
      breakPending = false;
    }
    if (item.str.length > 0) {
      pieces.push({ str: item.str, start, end: start + length, size, across, rtl: item.dir === 'rtl' });
    }
    if (item.hasEOL) breakPending = true;
  }
  flush();
  return lines;
}

function hasContent(pieces: Piece[]): boolean {
  return pieces.some((piece) => piece.str.trim().length > 0);
}

// eslint-disable-next-line no-control-regex
const UNMAPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

function buildLine(pieces: Piece[], vertical: boolean, page: number, top: number, bottom: number, stats: GlyphStats): PdfLine | null {
  const content = pieces.filter((piece) => piece.str.trim().length > 0);
  if (content.length === 0) return null;
  const main = content.reduce((best, piece) => (piece.size > best.size ? piece : best));
  let ordered = pieces;
  const rtlChars = content.filter((piece) => piece.rtl).reduce((sum, piece) => sum + piece.str.length, 0);
  const allChars = content.reduce((sum, piece) => sum + piece.str.length, 0);
  if (!vertical && rtlChars * 2 > allChars) {
    // Right-to-left lines are read from the right: order the pieces by where they end.
    // pdf.js's own space items are kept so the words stay apart.
    ordered = [...pieces].sort((p, q) => q.end - p.end).map((piece) => ({ ...piece, start: -piece.end, end: -piece.start }));
  }
  let text = '';
  let previous: Piece | null = null;
  for (const piece of ordered) {
    const blank = piece.str.trim().length === 0;
    if (previous && !blank && text.length > 0 && !/\s$/.test(text) && !/^\s/.test(piece.str)) {
      const gap = piece.start - previous.end;
      const bothCjk = CJK.test(text.slice(-1)) && CJK.test(piece.str[0] ?? '');
      if (!bothCjk && gap > 0.2 * Math.min(piece.size, previous.size)) text += ' ';
    }
    text += piece.str;
    if (!blank) previous = piece;
    else if (previous !== null) {
      // A space item widens the gap it stands for: the next word is measured from its end.
      const last: Piece = previous;
      previous = { ...last, end: Math.max(last.end, piece.end) };
    }
  }
  stats.characters += text.replace(/\s+/g, '').length;
  stats.unmapped += text.match(UNMAPPED)?.length ?? 0;
  text = text
    // Glyphs of fonts that map to no characters come out as control characters: drop them.
    .replace(UNMAPPED, '')
    .replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
    .replace(/[ \t\u00A0]+/g, ' ')
    .trim();
  if (!text) return null;
  const starts = content.map((piece) => Math.min(piece.start, piece.end));
  const ends = content.map((piece) => Math.max(piece.start, piece.end));
  const across = main.across;
  return {
    text,
    page,
    vertical,
    across,
    start: Math.min(...starts),
    end: Math.max(...ends),
    size: main.size,
    fromTop: vertical ? Number.NaN : top - across,
    fromBottom: vertical ? Number.NaN : across - bottom,
  };
}

// ---------------------------------------------------------------------------------------
// Page headers and footers

const PAGE_NUMBER =
  /^(?:(?:page|p\.|pg\.?|seite|página|pagina|pag\.)\s*)?[-–—[(]?\s*\d{1,4}\s*[-–—\])]?(?:\s*(?:of|\/|de|von|di|sur)\s*\d{1,4})?$/i;
const EDGE_LINES = 3;
const SAME_PLACE = 4;

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

interface EdgeCandidate {
  line: PdfLine;
  zone: 'top' | 'bottom';
  key: string;
}

/**
 * Takes out page furniture: lines at the top or bottom of a page that repeat, same text
 * (digits aside) at the same height, on most pages; and page numbers at the top or bottom.
 * Only documents of two or more pages have furniture to find.
 */
export function removePageFurniture(pages: PdfLine[][]): { pages: PdfLine[][]; boilerplate: BoilerplateBlock[] } {
  const pageCount = pages.length;
  if (pageCount < 2) return { pages, boilerplate: [] };
  const textPages = pages.filter((lines) => lines.some((line) => !line.vertical)).length;
  const needed = Math.max(2, Math.ceil((textPages + 1) / 2));

  const candidates: EdgeCandidate[][] = pages.map((lines) => {
    const horizontal = lines.filter((line) => !line.vertical);
    const byTop = [...horizontal].sort((p, q) => p.fromTop - q.fromTop).slice(0, EDGE_LINES);
    const byBottom = [...horizontal].sort((p, q) => p.fromBottom - q.fromBottom).slice(0, EDGE_LINES);
    return [
      ...byTop.map((line) => ({ line, zone: 'top' as const, key: furnitureKey(line.text) })),
      ...byBottom.map((line) => ({ line, zone: 'bottom' as const, key: furnitureKey(line.text) })),
    ];
  });

  const removed = new Set<PdfLine>();
  const repeated = new Map<string, { text: string; zone: 'top' | 'bottom'; pages: Set<number> }>();
  const pageNumbers: string[] = [];

  candidates.forEach((pageCandidates, pageIndex) => {
    for (const candidate of pageCandidates) {
      const distance = candidate.zone === 'top' ? candidate.line.fromTop : candidate.line.fromBottom;
      const onPages = new Set<number>([pageIndex]);
      candidates.forEach((others, otherIndex) => {
        if (otherIndex === pageIndex) return;
        const match = others.some((other) => {
          if (other.zone !== candidate.zone || other.key !== candidate.key) return false;
          if (!numbersFitPages(candidate.line.text, pageIndex, other.line.text, otherIndex)) return false;
          const otherDistance = other.zone === 'top' ? other.line.fromTop : other.line.fromBottom;
          return Math.abs(otherDistance - distance) <= SAME_PLACE;
        });
        if (match) onPages.add(otherIndex);
      });
      const isPageNumber = PAGE_NUMBER.test(candidate.line.text) && isOutermost(pages[pageIndex] ?? [], candidate);
      if (onPages.size >= needed || isPageNumber) {
        if (removed.has(candidate.line)) continue;
        removed.add(candidate.line);
        if (PAGE_NUMBER.test(candidate.line.text)) {
          pageNumbers.push(candidate.line.text);
        } else {
          const entry = repeated.get(`${candidate.zone}:${candidate.key}`);
          if (entry) entry.pages.add(pageIndex);
          else repeated.set(`${candidate.zone}:${candidate.key}`, { text: candidate.line.text, zone: candidate.zone, pages: onPages });
        }
      }
    }
  });

  const boilerplate: BoilerplateBlock[] = [...repeated.values()].map((entry) => ({
    text: entry.text,
    reason: `page ${entry.zone === 'top' ? 'header' : 'footer'} repeated on ${entry.pages.size} of ${pageCount} pages`,
  }));
  if (pageNumbers.length > 0) boilerplate.push({ text: pageNumbers.join('\n'), reason: 'page numbers' });
  return { pages: pages.map((lines) => lines.filter((line) => !removed.has(line))), boilerplate };
}

/**
 * Lines that differ only in their numbers are the same furniture when the numbers that
 * differ follow the pages ("Page 3" on page 3, "Page 5" on page 5), as page numbers do.
 */
function numbersFitPages(text: string, page: number, otherText: string, otherPage: number): boolean {
  if (text === otherText) return true;
  const numbers = text.match(/\d+/g) ?? [];
  const otherNumbers = otherText.match(/\d+/g) ?? [];
  return numbers.every((value, index) => {
    const other = otherNumbers[index];
    return other === value || Number(other) - Number(value) === otherPage - page;
  });
}

/** A page number only counts as furniture when nothing on the page is further out. */
function isOutermost(lines: PdfLine[], candidate: EdgeCandidate): boolean {
  const distance = candidate.zone === 'top' ? candidate.line.fromTop : candidate.line.fromBottom;
  return lines.every((line) => {
    if (line.vertical || line === candidate.line) return true;
    const other = candidate.zone === 'top' ? line.fromTop : line.fromBottom;
    return other >= distance - 1 || furnitureKey(line.text) === furnitureKey(candidate.line.text);
  });
}

// ---------------------------------------------------------------------------------------
// Paragraphs

/** Median of line spacing as a multiple of font size, over lines that follow each other. */
function typicalSpacing(pages: PdfLine[][]): number {
  const ratios: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const previous = lines[i - 1];
      const line = lines[i];
      if (!previous || !line || previous.vertical !== line.vertical) continue;
      if (Math.abs(previous.size - line.size) > 0.15 * Math.max(previous.size, line.size)) continue;
      const gap = previous.across - line.across;
      if (gap > 0) ratios.push(gap / Math.max(previous.size, line.size));
    }
  }
  if (ratios.length === 0) return 1.2;
  ratios.sort((p, q) => p - q);
  return Math.min(ratios[Math.floor(ratios.length / 2)] ?? 1.2, 3);
}

function typicalWidth(pages: PdfLine[][]): number {
  const widths = pages.flat().map((line) => line.end - line.start).filter((width) => width > 0);
  if (widths.length === 0) return 0;
  widths.sort((p, q) => p - q);
  // The upper quartile: most lines of a paragraph run the full measure.
  return widths[Math.floor(widths.length * 0.75)] ?? 0;
}

function startsParagraph(previous: PdfLine, line: PdfLine, spacing: number, width: number): boolean {
  if (previous.vertical !== line.vertical) return true;
  const size = Math.max(previous.size, line.size);
  if (Math.abs(previous.size - line.size) > 0.15 * size) return true;
  const endsSentence = SENTENCE_END.test(previous.text);
  if (previous.page !== line.page) return endsSentence;
  const gap = previous.across - line.across;
  // The next column or a block placed higher up: a new paragraph only after a full stop.
  if (gap <= 0.1 * size) return endsSentence;
  if (gap / size > spacing * 1.35 && gap / size - spacing > 0.25) return true;
  if (endsSentence && !line.vertical) {
    // Indented first line.
    if (line.start - previous.start > 0.8 * line.size && previous.end - previous.start > 0.5 * width) return true;
    // A short last line.
    if (width > 0 && previous.end - previous.start < 0.7 * width && line.end - line.start > 0.7 * width) return true;
  }
  return false;
}

/** Words that occur anywhere in the text, lower-cased, with and without hyphens. */
function vocabulary(lines: PdfLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const word of line.text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []) words.add(word);
  }
  return words;
}

const LINE_END_HYPHEN = /([\p{L}\p{M}][\p{L}\p{M}-]*)[-\u00AD\u2010]$/u;
const NEXT_WORD = /^([\p{L}\p{M}]+)/u;

/**
 * Joins two lines of one paragraph. A hyphen at the line end between two letters
 * (lower-case after it) is a break in one word ("nego-" + "tiation"), unless the part
 * before it is already hyphenated ("tit-for-" + "tat") or the document spells the word
 * with a hyphen elsewhere; a hyphen before a capital or digit stays ("Covid-" + "19").
 */
export function joinLines(left: string, right: string, words: Set<string> = new Set()): string {
  if (/\u00AD$/.test(left) && NEXT_WORD.test(right)) return left.slice(0, -1) + right;
  const hyphen = LINE_END_HYPHEN.exec(left);
  if (hyphen && !/\s[-\u2010]$/.test(left)) {
    const before = hyphen[1] ?? '';
    const next = NEXT_WORD.exec(right)?.[1] ?? '';
    const keep = left.slice(0, -1);
    if (next && /\p{L}$/u.test(before)) {
      const compound = `${before}-${next}`.toLowerCase();
      const joined = `${before}${next}`.toLowerCase();
      if (/^\p{Ll}/u.test(next)) {
        const alreadyCompound = before.includes('-');
        if (alreadyCompound || (words.has(compound) && !words.has(joined))) return `${left}${right}`;
        return `${keep}${right}`;
      }
      // "Trace-" + "Monkey" is one word only when the document spells it "TraceMonkey" elsewhere.
      if (!before.includes('-') && words.has(joined) && !words.has(compound)) return `${keep}${right}`;
    }
    return `${left}${right}`;
  }
  const cjkJoin = CJK.test(left.slice(-1)) && CJK.test(right[0] ?? '');
  return cjkJoin ? `${left}${right}` : `${left} ${right}`;
}

/** Lines (furniture already out) to text: paragraphs separated by a blank line. */
export function paragraphsOf(pages: PdfLine[][]): string {
  const spacing = typicalSpacing(pages);
  const width = typicalWidth(pages);
  const words = vocabulary(pages.flat());
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previous: PdfLine | null = null;
  for (const line of pages.flat()) {
    if (current === null || !previous || startsParagraph(previous, line, spacing, width)) {
      if (current !== null) paragraphs.push(current);
      current = line.text;
    } else {
      current = joinLines(current, line.text, words);
    }
    previous = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/** The whole pass: pages of text items to article text and the furniture taken out. */
export function layoutPdfText(pages: PdfPageText[]): PdfLayoutResult {
  const stats: GlyphStats = { characters: 0, unmapped: 0 };
  const lines = pages.map((page, index) => linesOfPage(page, index, stats));
  const { pages: body, boilerplate } = removePageFurniture(lines);
  return { text: paragraphsOf(body), boilerplate, stats };
}
