import { foldText, isWordChar, type ParsedQuery } from './text';

export interface TextSpan {
  start: number;
  end: number;
}

/** A short passage around the best match, with the matched words' offsets inside it. */
export interface Snippet {
  /** About `SNIPPET_LENGTH` characters, cut at word boundaries, with … where it was cut. */
  text: string;
  /** Offsets of the matched words inside `text`, in order, not overlapping. */
  marks: TextSpan[];
}

export const SNIPPET_LENGTH = 160;
const ELLIPSIS = '…';
/** How many occurrences of one term are looked at: enough to find a good window in long texts. */
const MAX_OCCURRENCES_PER_TERM = 400;

interface Occurrence extends TextSpan {
  term: number;
  /** The occurrence is a whole word, not only the start of a longer one. */
  whole: boolean;
}

/**
 * Where the query's terms occur in `folded` (already folded text), as the index matches them:
 * whole words, and the last term also at the start of a longer word when it is a prefix. Sorted by
 * position, overlaps removed.
 */
function occurrences(folded: string, { terms, prefix }: ParsedQuery): Occurrence[] {
  const found: Occurrence[] = [];
  terms.forEach((term, index) => {
    if (!term) return;
    const asPrefix = prefix && index === terms.length - 1;
    let from = 0;
    let count = 0;
    while (count < MAX_OCCURRENCES_PER_TERM) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      from = at + 1;
      if (isWordChar(folded[at - 1])) continue;
      const end = at + term.length;
      const whole = !isWordChar(folded[end]);
      if (!whole && !asPrefix) continue;
      found.push({ start: at, end, term: index, whole });
      count += 1;
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Occurrence[] = [];
  for (const occurrence of found) {
    const last = merged[merged.length - 1];
    if (last && occurrence.start < last.end) continue;
    merged.push(occurrence);
  }
  return merged;
}

function isParsed(query: ParsedQuery | readonly string[]): query is ParsedQuery {
  return !Array.isArray(query);
}

function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && isWordChar(text[end])) end += 1;
  return end;
}

/** The run of occurrences that fits in one snippet and holds the most distinct terms (whole words first). */
function bestWindow(found: Occurrence[], width: number): [number, number] {
  let best: [number, number] = [0, 0];
  let bestScore = -1;
  for (let i = 0; i < found.length; i++) {
    const seen = new Set<number>();
    let whole = 0;
    let j = i;
    for (; j < found.length && found[j]!.end - found[i]!.start <= width; j++) {
      seen.add(found[j]!.term);
      if (found[j]!.whole) whole += 1;
    }
    const score = seen.size * 1000 + Math.min(whole, 999);
    if (score > bestScore) {
      bestScore = score;
      best = [i, j - 1];
    }
  }
  return best;
}

export interface SnippetResult {
  snippet: Snippet;
  /** The matched words in the full text (from the first to the end of the last word of the best cluster), or null if none occurs. */
  match: TextSpan | null;
}

/**
 * A snippet of `text` around the place where most of the query's words occur together. With no
 * occurrence, the text's opening and no marks. `query` is parseQuery's answer, or folded words
 * (matched as whole words).
 */
export function makeSnippet(text: string, query: ParsedQuery | readonly string[], length: number = SNIPPET_LENGTH): SnippetResult {
  const parsed: ParsedQuery = isParsed(query) ? query : { terms: [...query], prefix: false };
  const folded = foldText(text);
  const found = occurrences(folded, parsed);
  if (found.length === 0) return { snippet: cut(text, 0, Math.min(text.length, length), length, []), match: null };

  const [first, last] = bestWindow(found, Math.floor(length * 0.75));
  const cluster = found.slice(first, last + 1);
  const head = cluster[0]!;
  const tail = cluster[cluster.length - 1]!;
  const match = { start: head.start, end: wordEnd(text, tail.end) };
  return { snippet: cut(text, head.start, tail.end, length, found), match };
}

/**
 * The passage of `text` around [from, to), about `length` characters, cut at word boundaries,
 * with the marks of `found` that fall inside it.
 */
function cut(text: string, from: number, to: number, length: number, found: Occurrence[]): Snippet {
  const room = Math.max(0, length - (to - from));
  // A third of the room before the match, the rest after: the reader reads on from the match.
  let start = Math.max(0, from - Math.floor(room / 3));
  let end = Math.min(text.length, start + Math.max(length, to - from));
  if (end === text.length) start = Math.max(0, Math.min(start, end - length));
  start = Math.min(start, from);

  // Cut at word boundaries: never start or end inside a word (unless the match itself is there).
  if (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) {
    let s = start;
    while (s < from && isWordChar(text[s])) s += 1;
    start = s;
  }
  if (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) {
    let e = end;
    while (e > to && isWordChar(text[e - 1])) e -= 1;
    end = e;
  }
  while (start < from && /\s/.test(text[start]!)) start += 1;
  while (end > to && /\s/.test(text[end - 1]!)) end -= 1;
  // A cut landing just after punctuation that belonged to the cut-off word reads oddly: step over it.
  while (start > 0 && start < from && !isWordChar(text[start]) && !/\s/.test(text[start]!)) start += 1;
  while (start < from && /\s/.test(text[start]!)) start += 1;

  const before = start > 0 ? ELLIPSIS : '';
  const after = end < text.length ? ELLIPSIS : '';
  // Line breaks become spaces (same length, so offsets hold): a snippet is one run of text.
  const body = text.slice(start, end).replace(/[\r\n\t]/g, ' ');
  const marks = found
    .filter((occurrence) => occurrence.start >= start && occurrence.end <= end)
    .map((occurrence) => ({ start: occurrence.start - start + before.length, end: occurrence.end - start + before.length }));
  return { text: before + body + after, marks };
}
