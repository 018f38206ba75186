/**
 * The units that are compared across articles: each sentence (a reported passage) and each quote,
 * cut at sentence ends so that a long quote's sentences can each meet a shorter report of them
 * (the groups put the pieces of one quotation back together).
 */
import type { QuoteSpan } from './quotes';
import type { Span } from './sentences';
import { type Token, tokens, tokensOf, words } from './words';

export interface Unit {
  index: number;
  article: number;
  kind: 'quote' | 'passage';
  start: number;
  end: number;
  /** Token keys in order, and which are content words. */
  keys: string[];
  content: boolean[];
  /** Content keys (for passages: reporting verbs left out). */
  contentSet: Set<string>;
  /** Passages: content keys outside quotation marks. */
  outside: Set<string>;
  /** Passages: content keys that only occur inside names and their titles here. */
  names: Set<string>;
  /** Quotes: speaker's entity index, null when unknown. */
  speaker: number | null;
  /** Index of the sentence in its article. */
  sentence: number;
  /** Quotes: index of the whole quotation (in its article) this sentence-sized piece belongs to; -1 for passages. */
  quote: number;
}

function fromTokens(toks: Token[], skipSpeech: boolean) {
  const keys = toks.map((t) => t.key);
  const content = toks.map((t) => t.content);
  const contentSet = new Set<string>();
  for (const t of toks) if (t.content && !(skipSpeech && t.speech)) contentSet.add(t.key);
  return { keys, content, contentSet };
}

/** Trim spaces, and punctuation that is not part of the words, from both ends of a span. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:\-–—"“”«»„]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:\-–—"“”«»„]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

const within = (spans: readonly { start: number; end: number }[], pos: number) => spans.some((s) => pos >= s.start && pos < s.end);

export function articleUnits(
  article: number,
  text: string,
  sentences: Span[],
  quotes: QuoteSpan[],
  speakers: (number | null)[],
  nameSpans: readonly Span[],
  firstIndex: number,
): Unit[] {
  const units: Unit[] = [];
  sentences.forEach((s, si) => {
    const ws = words(text, s.start, s.end);
    const toks = tokens(ws);
    const base = fromTokens(toks, true);
    const outside = new Set<string>();
    const inName = new Set<string>();
    const notInName = new Set<string>();
    for (const t of toks) {
      if (!t.content || t.speech) continue;
      const pos = ws[t.word]!.start;
      if (!within(quotes, pos)) outside.add(t.key);
      (within(nameSpans, pos) ? inName : notInName).add(t.key);
    }
    const names = new Set([...inName].filter((k) => !notInName.has(k)));
    units.push({ index: firstIndex + units.length, article, kind: 'passage', start: s.start, end: s.end, ...base, outside, names, speaker: null, sentence: si, quote: -1 });
  });
  quotes.forEach((q, qi) => {
    sentences.forEach((s, si) => {
      if (s.end <= q.start || s.start >= q.end) return;
      const span = trimSpan(text, Math.max(s.start, q.start), Math.min(s.end, q.end));
      if (span.end <= span.start || !/[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) return;
      const base = fromTokens(tokensOf(text, span.start, span.end), false);
      if (base.keys.length === 0) return;
      units.push({
        index: firstIndex + units.length,
        article,
        kind: 'quote',
        start: span.start,
        end: span.end,
        ...base,
        outside: new Set(),
        names: new Set(),
        speaker: speakers[qi] ?? null,
        sentence: si,
        quote: qi,
      });
    });
  });
  return units;
}
