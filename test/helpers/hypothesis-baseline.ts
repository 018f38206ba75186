/**
 * Baseline for the re-anchoring benchmark: a faithful port of how Hypothesis's client re-anchors
 * a text quote (src/annotator/anchoring/match-quote.ts `matchQuote`, driven as in html.ts
 * `anchor`: the position selector first, checked against the quote, then the quote search with the
 * stored start as the position hint). Hypothesis always takes its best-scored candidate; there is
 * no minimum score, so it never reports an orphan while any candidate exists.
 *
 * Test-only: this is the yardstick, not something the app uses.
 */
import approxSearch, { type Match } from 'approx-string-match';
import type { Span, SpanSelectors } from '@shared/anchoring';

/** Exact matches by `indexOf` first, approximate search only if there are none (as Hypothesis does). */
function search(text: string, str: string, maxErrors: number): Match[] {
  let matchPos = 0;
  const exactMatches: Match[] = [];
  while (matchPos !== -1) {
    matchPos = text.indexOf(str, matchPos);
    if (matchPos !== -1) {
      exactMatches.push({ start: matchPos, end: matchPos + str.length, errors: 0 });
      matchPos += 1;
    }
  }
  if (exactMatches.length > 0) return exactMatches;
  return approxSearch(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0.0;
  const matches = search(text, str, str.length);
  const first = matches[0];
  return first ? 1 - first.errors / str.length : 0;
}

interface Context {
  prefix?: string;
  suffix?: string;
  hint?: number;
}

export function matchQuote(text: string, quote: string, context: Context = {}): (Span & { score: number }) | null {
  if (quote.length === 0) return null;
  // Not floored: Hypothesis passes quote.length / 2 as is.
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;

  const scoreMatch = (match: Match) => {
    const quoteWeight = 50;
    const prefixWeight = 20;
    const suffixWeight = 20;
    const posWeight = 2;

    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
      : 1.0;
    const suffixScore = context.suffix
      ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      : 1.0;
    let posScore = 1.0;
    if (typeof context.hint === 'number') {
      const offset = Math.abs(match.start - context.hint);
      posScore = 1.0 - offset / text.length;
    }
    const rawScore = quoteWeight * quoteScore + prefixWeight * prefixScore + suffixWeight * suffixScore + posWeight * posScore;
    const maxScore = quoteWeight + prefixWeight + suffixWeight + posWeight;
    return rawScore / maxScore;
  };

  const scored = matches.map((m) => ({ start: m.start, end: m.end, score: scoreMatch(m) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0] ?? null;
}

/** Hypothesis's anchoring order for a text document: position (if the quote still matches), then quote. */
export function hypothesisAnchor(text: string, selectors: SpanSelectors): Span | null {
  const { position, quote } = selectors;
  if (text.slice(position.start, position.end) === quote.exact && position.end <= text.length) {
    return { start: position.start, end: position.end };
  }
  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start });
  return match ? { start: match.start, end: match.end } : null;
}
