import approxSearch from 'approx-string-match';
import { bestAlignmentErrors, refineBoundaries } from './refine';
import { snapBackward, snapForward } from './surrogates';
import type { AnchorOptions, AnchorResult, Span, SpanSelectors, TextQuoteSelector } from './types';

/*
 * Re-anchoring follows Hypothesis's client (src/annotator/anchoring/match-quote.ts): candidates come
 * from Myers' bit-parallel approximate search (`approx-string-match`) and are ranked by how well the
 * quote, the text before it, the text after it and the position agree with what was stored. Unlike
 * Hypothesis, which always takes its best-ranked candidate, we refuse a candidate whose evidence is
 * weak and report an orphan instead: a note pointing at the wrong words is worse than one that says
 * it lost its passage.
 */

/** Weights of the four kinds of evidence, as in Hypothesis's `matchQuote`. */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;

/** An approximate match needs at least this normalised score (0..1). */
export const DEFAULT_MIN_SCORE = 0.8;
/** ...and the text it covers must be at least this similar to the stored quote. */
export const DEFAULT_MIN_QUOTE_SIMILARITY = 0.75;

/** Quotes longer than this are found by their ends rather than searched for whole. */
export const LONG_QUOTE_LENGTH = 256;
/** Length of the start and end slices used to find a long quote. */
const LONG_QUOTE_SLICE = 64;
/**
 * An exact quote at least this long is taken to be the passage wherever it is found, even if its
 * surroundings changed completely (a paragraph moved elsewhere): 64 identical code units are not a
 * coincidence. Shorter exact quotes need their context to agree.
 */
const SELF_EVIDENT_QUOTE_LENGTH = 64;
/** One side of context this similar to what was stored vouches for an exact quote on its own. */
const ONE_SIDE_CONTEXT = 0.8;
/** ...or both sides together this similar (sum of the two similarities). */
const BOTH_SIDES_CONTEXT = 1.2;
/** Bounds on the work done per quote, so a pathological text cannot stall re-anchoring. */
const MAX_EXACT_OCCURRENCES = 2000;
const MAX_APPROX_CANDIDATES = 100;
const MAX_SLICE_CANDIDATES = 8;
/** How many of the best-ranked approximate candidates get their boundaries refined. */
const REFINED_CANDIDATES = 3;
/** Refinement is quadratic in the quote's length; past this the search's own boundaries stand. */
const MAX_REFINED_LENGTH = 512;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Evidence {
  prefix: number;
  suffix: number;
}

/**
 * Similarity (0..1) of the text actually found next to a candidate to the context that was stored:
 * 1 minus the edit distance of the best alignment of `expected` inside `actual`, over its length
 * (Hypothesis's `textMatchScore`).
 */
export function contextSimilarity(expected: string, actual: string): number {
  if (actual.length === 0 || expected.length === 0) return 0;
  if (actual === expected) return 1;
  return 1 - bestAlignmentErrors(expected, actual) / expected.length;
}

/**
 * How well the text around a candidate agrees with the stored prefix and suffix. An empty stored
 * prefix (or suffix) means the span touched the start (or end) of the text: that agrees fully if
 * the candidate does too, and not at all otherwise (a headline repeated further down the page is
 * not the headline).
 */
function contextEvidence(text: string, quote: TextQuoteSelector, start: number, end: number): Evidence {
  return {
    prefix:
      quote.prefix.length === 0
        ? start === 0
          ? 1
          : 0
        : contextSimilarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start)),
    suffix:
      quote.suffix.length === 0
        ? end === text.length
          ? 1
          : 0
        : contextSimilarity(quote.suffix, text.slice(end, end + quote.suffix.length)),
  };
}

function positionScore(text: string, start: number, hint: number): number {
  return text.length === 0 ? 1 : Math.max(0, 1 - Math.abs(start - hint) / text.length);
}

function totalScore(quoteSimilarity: number, evidence: Evidence, position: number): number {
  return (
    (SCORE_WEIGHTS.quote * quoteSimilarity +
      SCORE_WEIGHTS.prefix * evidence.prefix +
      SCORE_WEIGHTS.suffix * evidence.suffix +
      SCORE_WEIGHTS.position * position) /
    MAX_SCORE
  );
}

function contextVouches(evidence: Evidence, quoteLength: number): boolean {
  return (
    quoteLength >= SELF_EVIDENT_QUOTE_LENGTH ||
    Math.max(evidence.prefix, evidence.suffix) >= ONE_SIDE_CONTEXT ||
    evidence.prefix + evidence.suffix >= BOTH_SIDES_CONTEXT
  );
}

export function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < MAX_EXACT_OCCURRENCES; at = text.indexOf(quote, at + 1)) {
    found.push(at);
  }
  return found;
}

export type ExactOutcome =
  /** `inPlace`: the stored position holds the quote with exactly the stored prefix and suffix. */
  | { kind: 'anchored'; result: AnchorResult; inPlace: boolean }
  /** The quote occurs, but nowhere with surroundings that vouch for it. */
  | { kind: 'untrusted'; occurrences: number[] }
  | { kind: 'absent' };

/**
 * Look for the quote verbatim. Where it occurs several times, prefer the occurrence whose
 * surroundings agree best with the stored prefix and suffix, then the one closest to the hint.
 * `admissible`, when given, rules occurrences out (a caller that knows where the passage can be);
 * if it rules out all of them, the outcome is `untrusted`.
 */
export function anchorExactly(
  text: string,
  selectors: SpanSelectors,
  hint: number,
  admissible?: (start: number, end: number) => boolean,
): ExactOutcome {
  const { position, quote } = selectors;
  const length = quote.exact.length;
  const holdsQuote =
    position.start >= 0 && position.end <= text.length && text.slice(position.start, position.end) === quote.exact;
  if (
    holdsQuote &&
    position.start >= quote.prefix.length &&
    text.slice(position.start - quote.prefix.length, position.start) === quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  ) {
    return { kind: 'anchored', result: { status: 'exact', span: { start: position.start, end: position.end } }, inPlace: true };
  }

  const occurrences = exactOccurrences(text, quote.exact);
  if (occurrences.length === 0) return { kind: 'absent' };

  let best: { start: number; context: number; distance: number; evidence: Evidence } | undefined;
  for (const start of occurrences) {
    if (admissible && !admissible(start, start + length)) continue;
    const evidence = contextEvidence(text, quote, start, start + length);
    const context = evidence.prefix + evidence.suffix;
    const distance = Math.abs(start - hint);
    if (
      !best ||
      context > best.context + 1e-9 ||
      (Math.abs(context - best.context) <= 1e-9 && distance < best.distance)
    ) {
      best = { start, context, distance, evidence };
    }
  }
  if (!best || !contextVouches(best.evidence, length)) return { kind: 'untrusted', occurrences };

  const span = { start: best.start, end: best.start + length };
  const status = span.start === position.start && span.end === position.end ? 'exact' : 'moved';
  return { kind: 'anchored', result: { status, span }, inPlace: false };
}

/** Replace the given ranges with a character normalised text never holds, so search skips them. */
function mask(text: string, starts: number[], length: number): string {
  if (starts.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    parts.push(text.slice(from, start), '\u0000'.repeat(length));
    from = start + length;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The most errors a match of a quote of `length` code units may have and still be `minSimilarity` similar. */
export function allowedErrors(length: number, minSimilarity: number): number {
  let errors = Math.max(0, Math.ceil(length * (1 - minSimilarity)));
  // Settle floating-point rounding by the very test candidates are put to.
  while (errors > 0 && 1 - errors / length < minSimilarity) errors--;
  while (errors < length && 1 - (errors + 1) / length >= minSimilarity) errors++;
  return errors;
}

/** The stretch of text searched first around a hint, for a pattern of `length` code units. */
function nearWindow(textLength: number, length: number, hint: number): Span {
  return { start: Math.max(0, hint - length - 64), end: Math.min(textLength, hint + 2 * length + 64) };
}

/**
 * Lowest-error approximate matches of `pattern` in the whole text and, separately, in a window
 * around the hint: the global search only reports the best matches anywhere, which can hide the
 * true (more edited) passage behind a lookalike elsewhere. With `nearOnly`, just the window.
 */
function approximateCandidates(searched: string, pattern: string, maxErrors: number, hint: number, nearOnly = false): Candidate[] {
  const found = new Map<string, Candidate>();
  const add = (matches: Candidate[], offset: number) => {
    for (const m of matches) {
      const c = { start: m.start + offset, end: m.end + offset, errors: m.errors };
      if (c.end > c.start) found.set(`${c.start}:${c.end}`, c);
    }
  };
  const window = nearWindow(searched.length, pattern.length, hint);
  const whole = window.start === 0 && window.end === searched.length;
  if (!nearOnly || whole) add(approxSearch(searched, pattern, maxErrors), 0);
  if (!whole) add(approxSearch(searched.slice(window.start, window.end), pattern, maxErrors), window.start);
  return [...found.values()]
    .sort((a, b) => a.errors - b.errors || Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_APPROX_CANDIDATES);
}

/** Candidates for a long quote: find its first and last slices, join them, check the whole. */
function longQuoteCandidates(searched: string, quote: string, minQuoteSimilarity: number, hint: number): Candidate[] {
  const length = quote.length;
  const head = quote.slice(0, LONG_QUOTE_SLICE);
  const tail = quote.slice(-LONG_QUOTE_SLICE);
  const sliceErrors = Math.floor(LONG_QUOTE_SLICE / 2);
  const tailHint = hint + length - LONG_QUOTE_SLICE;
  const nearest = (cands: Candidate[], to: number) =>
    cands.sort((a, b) => Math.abs(a.start - to) - Math.abs(b.start - to)).slice(0, MAX_SLICE_CANDIDATES);
  const heads = nearest(approximateCandidates(searched, head, sliceErrors, hint), hint);
  const tails = nearest(approximateCandidates(searched, tail, sliceErrors, tailHint), tailHint);

  const regions: Span[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const extent = t.end - h.start;
      if (t.start >= h.start && extent >= length / 2 && extent <= length * 1.5) regions.push({ start: h.start, end: t.end });
    }
  }
  if (regions.length === 0) {
    // Only one end survived: look for the whole quote where that end says it should be.
    const pad = LONG_QUOTE_SLICE;
    for (const h of heads) regions.push({ start: Math.max(0, h.start - pad), end: h.start + length + pad });
    for (const t of tails) regions.push({ start: Math.max(0, t.end - length - pad), end: t.end + pad });
  }

  const allowed = Math.ceil(length * (1 - minQuoteSimilarity));
  const candidates: Candidate[] = [];
  for (const region of regions) {
    const best = approxSearch(searched.slice(region.start, region.end), quote, allowed)[0];
    if (best) candidates.push({ start: region.start + best.start, end: region.start + best.end, errors: best.errors });
  }
  return candidates;
}

/**
 * Find the span described by `selectors` in `text` (the normalised article text, possibly edited
 * since the selectors were made).
 *
 * 1. If the stored position still holds the quote with the same surroundings: `exact`.
 * 2. Otherwise, if the quote occurs verbatim where its surroundings vouch for it: `exact` or `moved`.
 * 3. Otherwise, the best approximate match scored on quote, prefix, suffix and position
 *    (weights 50/20/20/2, normalised to 0..1): `changed` if it clears the thresholds.
 * 4. Otherwise `orphan`. The function never returns a span it is not confident of.
 */
export function anchor(text: string, selectors: SpanSelectors, options: AnchorOptions = {}): AnchorResult {
  if (selectors.quote.exact.length === 0) return { status: 'orphan', reason: 'empty-quote' };
  const hint = options.hint ?? selectors.position.start;
  const exact = anchorExactly(text, selectors, hint);
  return exact.kind === 'anchored' ? exact.result : anchorApproximately(text, selectors, exact, { ...options, hint });
}

/** Steps 3 and 4 of `anchor`, given what the verbatim search (`anchorExactly`) found. */
export function anchorApproximately(
  text: string,
  selectors: SpanSelectors,
  exact: Exclude<ExactOutcome, { kind: 'anchored' }>,
  options: AnchorOptions = {},
  /**
   * Lets a caller with more knowledge than the selectors (such as the text before the edit) have
   * the last word on the best candidate: told whether its score clears the threshold, it returns
   * whether to accept it.
   */
  judge?: (span: Span, scoreSaysYes: boolean) => boolean,
  /**
   * The hint is known to be good (it comes from how the text around the span moved): first look
   * only near it, and take what is found there if it passes every test; search the whole text,
   * as without this flag, only when nothing near does.
   */
  nearFirst = false,
): AnchorResult {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return { status: 'orphan', reason: 'empty-quote' };
  const hint = options.hint ?? position.start;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const minQuoteSimilarity = options.minQuoteSimilarity ?? DEFAULT_MIN_QUOTE_SIMILARITY;

  // Verbatim occurrences that were judged and refused must not hide an edited passage nearby.
  const length = quote.exact.length;
  const searched = exact.kind === 'untrusted' ? mask(text, exact.occurrences, length) : text;

  const scoreOf = (candidate: Candidate) => {
    const similarity = Math.max(0, 1 - candidate.errors / length);
    const evidence = contextEvidence(text, quote, candidate.start, candidate.end);
    return { candidate, similarity, score: totalScore(similarity, evidence, positionScore(text, candidate.start, hint)) };
  };
  const decide = (candidates: Candidate[]): AnchorResult => {
    if (candidates.length === 0) return { status: 'orphan', reason: exact.kind === 'untrusted' ? 'weak-match' : 'not-found' };
    // Rank everything roughly, then settle the boundaries of the few best and rank those again.
    const shortlist = candidates
      .map(scoreOf)
      .sort((a, b) => b.score - a.score)
      .slice(0, REFINED_CANDIDATES)
      .map(({ candidate }) =>
        length <= MAX_REFINED_LENGTH
          ? scoreOf(refineBoundaries(text, quote.exact, quote.prefix, quote.suffix, candidate.start, candidate.end))
          : scoreOf(candidate),
      )
      .filter((c) => c.similarity >= minQuoteSimilarity)
      .sort((a, b) => b.score - a.score);
    const best = shortlist[0];
    if (!best) return { status: 'orphan', reason: 'weak-match' };

    const span = {
      start: snapBackward(text, best.candidate.start),
      end: snapForward(text, best.candidate.end),
    };
    const scoreSaysYes = best.score >= minScore;
    if (!(judge ? judge(span, scoreSaysYes) : scoreSaysYes)) return { status: 'orphan', reason: 'weak-match' };
    return { status: 'changed', span, score: best.score, quoteFound: text.slice(span.start, span.end) };
  };

  if (length > LONG_QUOTE_LENGTH) return decide(longQuoteCandidates(searched, quote.exact, minQuoteSimilarity, hint));
  // A candidate is refused below `minQuoteSimilarity`, and refining its boundaries cannot bring it
  // closer to the quote than the best alignment anywhere in the text: so there is no point in
  // asking the search for more errors than that allows (a deleted passage's lookalikes are then
  // never scored or refined at all).
  const maxErrors = Math.min(256, Math.floor(length / 2), allowedErrors(length, minQuoteSimilarity));
  const window = nearWindow(searched.length, length, hint);
  if (nearFirst && (window.start > 0 || window.end < searched.length)) {
    const near = decide(approximateCandidates(searched, quote.exact, maxErrors, hint, true));
    if (near.status !== 'orphan') return near;
  }
  return decide(approximateCandidates(searched, quote.exact, maxErrors, hint));
}
