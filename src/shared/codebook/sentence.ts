/**
 * The sentence a highlighted span sits in, for lists of coded passages.
 *
 * Sentence boundaries come from `Intl.Segmenter` (ICU's rules) where it exists, else from a
 * punctuation rule. Both are then corrected for what news text is full of and the rules miss:
 * abbreviations before names ("Gen. Milley", "U.S. Secretary"), initials ("J. Smith"), and a
 * quotation followed by its attribution ("“Really?” he asked.").
 */

export interface SentenceContext {
  /** The sentence(s) holding the span, trimmed; clipped with "…" when very long. */
  text: string;
  /** Where the highlighted part starts inside `text` (UTF-16 offset). */
  start: number;
  /** Where the highlighted part ends inside `text` (exclusive). */
  end: number;
  /** Where `text`'s first character came from in the article (the "…" of a clipped start excluded). */
  textStart: number;
}

export interface SentenceOptions {
  /** Use `Intl.Segmenter` when available (default) or always the punctuation rule. */
  useSegmenter?: boolean;
  /** Most characters to keep on each side of the span inside one sentence before clipping. */
  maxContext?: number;
}

const ELLIPSIS = '…';
/** How far around the span to look for its sentence: farther than any context kept, so a clipped start shows as clipped. */
const REGION_LIMIT = 2000;

/** Titles: a name always follows, so their full stop never ends a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'brig', 'gov',
  'sen', 'sens', 'rep', 'reps', 'pres', 'rev', 'hon', 'amb', 'supt', 'insp', 'det', 'st', 'mt',
]);

/** Abbreviations that usually continue the sentence, unless a plain sentence opener follows. */
const ABBREVIATIONS = new Set([
  'jr', 'sr', 'etc', 'approx', 'inc', 'corp', 'co', 'ltd', 'dept', 'cf', 'ca', 'vs', 'ave', 'blvd', 'rd', 'jan', 'feb', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
]);

/** Abbreviations that are also words ("the sun."), so they continue only before a number: "No. 10", "Dec. 5". */
const BEFORE_NUMBERS = new Set(['no', 'nos', 'vol', 'art', 'fig', 'v', 'mar', 'dec', 'sun', 'sat', 'wed', 'est', 'p', 'pp']);

/** Words that begin a new sentence even after "U.S." (so "…to the U.S. The next day…" stays two). */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and',
  'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'his', 'her', 'their', 'our', 'its',
  'however', 'meanwhile', 'still', 'then', 'both', 'some', 'many', 'most', 'one', 'no', 'not',
]);

interface Range {
  start: number;
  end: number;
}

/** Raw boundaries of `text` (ranges covering it, in order), before the corrections below. */
function rawSentences(text: string, useSegmenter: boolean): Range[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (useSegmenter && typeof Segmenter === 'function') {
    const ranges: Range[] = [];
    for (const part of new Segmenter('en', { granularity: 'sentence' }).segment(text)) {
      ranges.push({ start: part.index, end: part.index + part.segment.length });
    }
    return ranges;
  }
  // Fallback: a sentence ends after . ! ? or … (and any closing quotes or brackets) followed by
  // white space, or at a line break.
  const ranges: Range[] = [];
  const boundary = /[.!?…]+["'”’»)\]]*[ \t\u00a0]+|\n+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    ranges.push({ start, end });
    start = end;
  }
  if (start < text.length || ranges.length === 0) ranges.push({ start, end: text.length });
  return ranges;
}

/** Whether the boundary between `before` and `after` is a false one (an abbreviation, an initial, an attribution). */
function continues(before: string, after: string): boolean {
  if (/\n\s*$/.test(before)) return false;
  const head = before.trimEnd();
  const next = after.trimStart();
  if (!next) return false;
  // After a quotation or a question, a lower-case word continues the sentence: “Really?” he asked.
  const firstLetter = /^[\s"'“‘«([]*(\p{L}|\p{N})/u.exec(next)?.[1] ?? '';
  if (/\p{Ll}/u.test(firstLetter)) return true;
  if (!head.endsWith('.')) return false;
  const lastWord = /(\S+)\.$/.exec(head)?.[1] ?? '';
  const bare = lastWord.replace(/^["'“‘«([]+/, '');
  const nextWord = (/^[\p{L}\p{N}'’-]+/u.exec(next.replace(/^["'“‘«([]+/, ''))?.[0] ?? '').toLocaleLowerCase('en');
  // An initial: "J. Smith" (but not "Plan B. The next day").
  if (/^\p{Lu}$/u.test(bare)) return !SENTENCE_STARTERS.has(nextWord);
  // Dotted initialisms: "U.S. Secretary", "U.N. envoy", unless a plain sentence opener follows.
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return !SENTENCE_STARTERS.has(nextWord);
  const word = bare.toLocaleLowerCase('en');
  if (TITLES.has(word)) return true;
  if (ABBREVIATIONS.has(word)) return !SENTENCE_STARTERS.has(nextWord);
  if (BEFORE_NUMBERS.has(word)) return /^\p{N}/u.test(nextWord);
  return false;
}

/** Sentence ranges of `text`, corrected, covering it in order. */
export function sentenceRanges(text: string, options: SentenceOptions = {}): Range[] {
  const raw = rawSentences(text, options.useSegmenter ?? true);
  const merged: Range[] = [];
  for (const range of raw) {
    const last = merged.at(-1);
    if (last && continues(text.slice(last.start, last.end), text.slice(range.start, range.end))) last.end = range.end;
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The sentence around `text[start, end)`, with the span's offsets inside it. A span crossing
 * sentences gets all the sentences it touches; a span crossing paragraphs gets its own words
 * only, from the first paragraph's sentence to the last one's. A sentence longer than
 * `maxContext` characters on either side of the span is clipped at a word, marked with "…".
 */
export function sentenceAround(text: string, start: number, end: number, options: SentenceOptions = {}): SentenceContext {
  const maxContext = options.maxContext ?? 240;
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));

  // Segment only the paragraph(s) the span is in: sentences never cross a line break.
  const lineEnd = text.indexOf('\n', e);
  const region = {
    start: Math.max(s === 0 ? 0 : text.lastIndexOf('\n', s - 1) + 1, s - REGION_LIMIT),
    end: Math.min(lineEnd < 0 ? text.length : lineEnd, e + REGION_LIMIT),
  };
  const regionText = text.slice(region.start, region.end);
  const ranges = sentenceRanges(regionText, options).map((range) => ({ start: range.start + region.start, end: range.end + region.start }));

  const containing = (offset: number, preferEnd: boolean) =>
    ranges.find((range) => (preferEnd ? offset > range.start && offset <= range.end : offset >= range.start && offset < range.end));
  let from = (containing(s, false) ?? containing(s, true) ?? region).start;
  let to = (e > s ? containing(e, true) : containing(s, false) ?? containing(s, true))?.end ?? region.end;
  from = Math.min(from, s);
  to = Math.max(to, e);

  // Trim white space at both ends, never into the span.
  while (from < s && /\s/.test(text[from]!)) from += 1;
  while (to > e && /\s/.test(text[to - 1]!)) to -= 1;

  let prefix = '';
  let suffix = '';
  if (s - from > maxContext) {
    let cut = s - maxContext;
    const space = text.indexOf(' ', cut);
    if (space >= 0 && space < s) cut = space + 1;
    from = cut;
    prefix = ELLIPSIS;
  }
  if (to - e > maxContext) {
    let cut = e + maxContext;
    const space = text.lastIndexOf(' ', cut);
    if (space > e) cut = space;
    to = cut;
    suffix = ELLIPSIS;
  }
  return {
    text: prefix + text.slice(from, to) + suffix,
    start: prefix.length + s - from,
    end: prefix.length + e - from,
    textStart: from,
  };
}
