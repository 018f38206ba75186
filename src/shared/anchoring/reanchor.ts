import approxSearch from 'approx-string-match';
import {
  anchorApproximately,
  anchorExactly,
  contextSimilarity,
  DEFAULT_MIN_QUOTE_SIMILARITY,
  exactOccurrences,
  type ExactOutcome,
} from './anchor';
import { CONTEXT_LENGTH } from './describe';
import { levenshtein } from './refine';
import type { AnchorResult, Span, SpanSelectors } from './types';

/**
 * A stretch of old text this long that occurs exactly once in the old text and exactly once in the
 * new one is the same passage in both: 24 identical code units do not turn up by chance.
 */
const MIN_WITNESS_LENGTH = 24;
/**
 * A witness that reaches past the span into neighbouring words may be shorter: the words around
 * the span surviving with it is evidence of its own.
 */
const MIN_EXTENDED_WITNESS_LENGTH = 16;
/** How many words a witness may reach beyond the span on either side. */
const WITNESS_WORDS = 4;

export interface SpanToReanchor {
  id: string;
  selectors: SpanSelectors;
}

export interface ReanchoredSpan {
  id: string;
  result: AnchorResult;
}

function occursOnce(text: string, needle: string): number | undefined {
  const first = text.indexOf(needle);
  return first !== -1 && text.indexOf(needle, first + 1) === -1 ? first : undefined;
}

/** Offsets of the starts of up to `count` words before `at` (moving left), nearest first. */
function wordStartsBefore(text: string, at: number, count: number): number[] {
  const starts: number[] = [];
  let i = at;
  while (starts.length < count && i > 0) {
    while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
    while (i > 0 && !/\s/.test(text[i - 1] ?? '')) i--;
    starts.push(i);
  }
  return starts;
}

/** Offsets of the ends of up to `count` words after `at` (moving right), nearest first. */
function wordEndsAfter(text: string, at: number, count: number): number[] {
  const ends: number[] = [];
  let i = at;
  while (ends.length < count && i < text.length) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    while (i < text.length && !/\s/.test(text[i] ?? '')) i++;
    ends.push(i);
  }
  return ends;
}

/**
 * Where the old span `[start, end)` is in the new text, proved by a witness: the span itself or the
 * span with a few neighbouring words, long enough to be distinctive, occurring exactly once in
 * each text. This places a span whose surroundings changed beyond what its stored context can
 * vouch for (the sentences either side deleted, say) as long as nearby words survived.
 */
function placeByWitness(oldText: string, newText: string, start: number, end: number): Span | undefined {
  const lefts = [start, ...wordStartsBefore(oldText, start, WITNESS_WORDS)];
  const rights = [end, ...wordEndsAfter(oldText, end, WITNESS_WORDS)];
  const tried = new Set<string>();
  for (let reach = 0; reach <= 2 * WITNESS_WORDS; reach++) {
    for (let l = 0; l <= reach; l++) {
      const left = lefts[l];
      const right = rights[reach - l];
      if (left === undefined || right === undefined) continue;
      const extended = left < start || right > end;
      if (right - left < (extended ? MIN_EXTENDED_WITNESS_LENGTH : MIN_WITNESS_LENGTH)) continue;
      const key = `${left}:${right}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const witness = oldText.slice(left, right);
      if (occursOnce(oldText, witness) === undefined) continue;
      const at = occursOnce(newText, witness);
      if (at !== undefined) return { start: at + (start - left), end: at + (end - left) };
    }
  }
  return undefined;
}

/**
 * Accept a match the scores could not, because all its surroundings changed: the text found must
 * be long enough to be distinctive, and of everything in the old text it must be closest to the
 * span's own passage, and to nothing else as close. Then it is that passage, edited.
 */
function cameFrom(oldText: string, newText: string, old: Span, found: Span): boolean {
  const window = newText.slice(found.start, found.end);
  if (window.length < MIN_WITNESS_LENGTH) return false;
  const closest = approxSearch(oldText, window, Math.floor(window.length * (1 - DEFAULT_MIN_QUOTE_SIMILARITY)));
  return closest.length > 0 && closest.every((m) => m.start < old.end && old.start < m.end);
}

/** Length of the text snippets used to line the old text up with the new. */
const LANDMARK_LENGTH = 20;
/** How far from a match we look for landmarks. */
const LANDMARK_REACH = 240;

interface Landmark {
  old: number;
  new: number;
}

/**
 * Landmarks: snippets starting at a word that occur exactly once in the old text and exactly once
 * in the new, each pairing an old offset with a new one (the idea behind patience diff). Repeated
 * text, such as a headline printed twice, yields none, so landmarks say where a stretch of new
 * text came from even when the quote itself is ambiguous. Sorted by new offset.
 */
function findLandmarks(oldText: string, newText: string): Landmark[] {
  const snippets = (text: string) => {
    const seen = new Map<string, number>();
    for (let i = 0; i + LANDMARK_LENGTH <= text.length; i++) {
      if (i > 0 && !/\s/.test(text[i - 1] ?? '')) continue;
      const snippet = text.slice(i, i + LANDMARK_LENGTH);
      seen.set(snippet, seen.has(snippet) ? -1 : i);
    }
    return seen;
  };
  const inOld = snippets(oldText);
  const landmarks: Landmark[] = [];
  for (const [snippet, at] of snippets(newText)) {
    const was = inOld.get(snippet);
    if (at >= 0 && was !== undefined && was >= 0) landmarks.push({ old: was, new: at });
  }
  return landmarks.sort((a, b) => a.new - b.new);
}

/** A stretch of text that is the same passage in both texts: `length` code units at `old` and at `new`. */
interface Pairing {
  old: number;
  new: number;
  length: number;
}

/**
 * The text's skeleton: the unchanged head and tail and, between them, the longest run of landmarks
 * that keep their order in both texts (the idea behind patience diff). Landmarks out of that order
 * (a paragraph that moved, a snippet that turned up by chance) are left out. Sorted by both offsets.
 */
function findSkeleton(landmarks: Landmark[], head: number, oldTailStart: number, newTailStart: number, tail: number): Pairing[] {
  const inner = landmarks.filter(
    (l) => l.old >= head && l.new >= head && l.old + LANDMARK_LENGTH <= oldTailStart && l.new + LANDMARK_LENGTH <= newTailStart,
  );
  // Longest increasing subsequence of old offsets, taken in new order (patience sorting).
  const tops: number[] = [];
  const previous = new Int32Array(inner.length).fill(-1);
  inner.forEach((landmark, i) => {
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((inner[tops[mid] ?? 0]?.old ?? 0) < landmark.old) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tops[lo - 1] ?? -1;
    tops[lo] = i;
  });
  const chain: Pairing[] = [];
  for (let i = tops[tops.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) {
    const landmark = inner[i];
    if (landmark) chain.push({ old: landmark.old, new: landmark.new, length: LANDMARK_LENGTH });
  }
  chain.reverse();
  if (head > 0) chain.unshift({ old: 0, new: 0, length: head });
  if (tail > 0) chain.push({ old: oldTailStart, new: newTailStart, length: tail });
  return chain;
}

/**
 * Where the old span `[start, end)` must be in the new text, and the old text that became that
 * stretch: between the new places of the nearest parts of the skeleton that lie wholly before and
 * wholly after the span in the old text. Whatever happened to the span, it cannot have crossed them.
 */
function gapAround(skeleton: Pairing[], oldLength: number, newLength: number, start: number, end: number): { old: Span; new: Span } {
  // Last pairing ending at or before `start` (old ends increase along the skeleton).
  let lo = 0;
  let hi = skeleton.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = skeleton[mid];
    if (p && p.old + p.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const before = skeleton[lo - 1];
  // First pairing starting at or after `end`.
  lo = 0;
  hi = skeleton.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((skeleton[mid]?.old ?? Infinity) < end) lo = mid + 1;
    else hi = mid;
  }
  const after = skeleton[lo];
  return {
    old: { start: before ? before.old + before.length : 0, end: after ? after.old : oldLength },
    new: { start: before ? before.new + before.length : 0, end: after ? after.new : newLength },
  };
}

function within(outer: Span, start: number, end: number): boolean {
  return start >= outer.start && end <= outer.end;
}

/** Offsets at which `needle` occurs wholly inside `range` of `text`, at most `limit` of them. */
function occurrencesWithin(text: string, needle: string, range: Span, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, range.start); at !== -1 && at + needle.length <= range.end && found.length < limit; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/**
 * `placeInGap` trusts a lone occurrence only if the quote is rare enough that new text of the
 * gap's length would hold it by chance less often than this (expected occurrences).
 */
const MAX_CHANCE_OCCURRENCES = 0.1;

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

function isWordCharacter(text: string, at: number): boolean {
  return at >= 0 && at < text.length && WORD_CHARACTER.test(text[at] ?? '');
}

/**
 * Whether `found` in the new text begins and ends the way `old` did in the old text: inside a word
 * or at its edge. A passage that was whole words is not now part of a longer word ("of" inside
 * "office"), and an edit inside a span never moves its ends into the middle of a word.
 */
function sameEdges(oldText: string, old: Span, newText: string, found: Span): boolean {
  return (
    isWordCharacter(oldText, old.start - 1) === isWordCharacter(newText, found.start - 1) &&
    isWordCharacter(oldText, old.start) === isWordCharacter(newText, found.start) &&
    isWordCharacter(oldText, old.end - 1) === isWordCharacter(newText, found.end - 1) &&
    isWordCharacter(oldText, old.end) === isWordCharacter(newText, found.end)
  );
}

/**
 * Place a span whose quote survived verbatim but whose surroundings on both sides changed too much
 * for its stored context to vouch for it (a heading with the paragraphs either side replaced, say).
 * The stretch of old text it was in (`gap.old`) became the stretch of new text between the same
 * landmarks (`gap.new`): if the quote occurs once in each, the two are the same passage, unless an
 * edit deleted it and wrote it again there. That is ruled out only when it would be a coincidence:
 * the occurrence must begin and end the way the span did (not "the" inside "together"), and the
 * quote must be rare enough in the old text that the new stretch would hold it by chance at most
 * `MAX_CHANCE_OCCURRENCES` times.
 */
function placeInGap(oldText: string, newText: string, old: Span, quote: string, gap: { old: Span; new: Span }): Span | undefined {
  const there = occurrencesWithin(newText, quote, gap.new, 2);
  const start = there[0];
  if (there.length !== 1 || start === undefined) return undefined;
  if (occurrencesWithin(oldText, quote, gap.old, 2).length !== 1) return undefined;
  const end = start + quote.length;
  if (!sameEdges(oldText, old, newText, { start, end })) return undefined;
  const frequency = exactOccurrences(oldText, quote).length / Math.max(1, oldText.length);
  if (frequency * (gap.new.end - gap.new.start) > MAX_CHANCE_OCCURRENCES) return undefined;
  return { start, end };
}

/** How far a landmark's reading may be off because of small edits between it and the match. */
const LANDMARK_SLACK = 8;
/**
 * Context similarities are noisy: another origin whose surroundings fit the match's nearly as well
 * as the span's own (within this much, out of 2) is a rival explanation.
 */
const OTHER_ORIGIN_MARGIN = 0.25;

/** Context similarity where two empty contexts (both at an end of their text) agree fully. */
function fit(expected: string, actual: string): number {
  return expected.length === 0 && actual.length === 0 ? 1 : contextSimilarity(expected, actual);
}

/**
 * Is there another explanation of the match? Each landmark near the match in the new text says
 * where, by its reckoning, the match came from in the old text. If one of them points at a
 * different old place holding text at least as close to what was found as the span's own quote
 * was, with surroundings that fit the match's surroundings at least as well as the span's own
 * did (a headline printed twice; "The" opening a deleted sentence when the next sentence opens
 * with "The" too), the match may be that text instead, and we will not guess.
 */
function hasOtherOrigin(landmarks: Landmark[], oldText: string, newText: string, old: Span, quote: string, found: Span): boolean {
  const foundText = newText.slice(found.start, found.end);
  const before = newText.slice(Math.max(0, found.start - CONTEXT_LENGTH), found.start);
  const after = newText.slice(found.end, found.end + CONTEXT_LENGTH);
  // Most landmarks agree with the span's own origin; what a disagreeing one needs is worked out once.
  let own: { errors: number; fit: number } | undefined;
  const ownOrigin = () =>
    (own ??= {
      errors: foundText === quote ? 0 : levenshtein(foundText, quote),
      fit:
        fit(oldText.slice(Math.max(0, old.start - CONTEXT_LENGTH), old.start), before) +
        fit(oldText.slice(old.end, old.end + CONTEXT_LENGTH), after),
    });
  let lo = 0;
  let hi = landmarks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((landmarks[mid]?.new ?? Infinity) < found.start - LANDMARK_REACH) lo = mid + 1;
    else hi = mid;
  }
  const checked = new Set<number>();
  /** Old offsets already looked at: the landmarks of one unedited stretch all imply the same one. */
  const implications = new Set<number>();
  for (let i = lo; i < landmarks.length; i++) {
    const landmark = landmarks[i];
    if (!landmark || landmark.new > found.end + LANDMARK_REACH) break;
    const implied = landmark.old + (found.start - landmark.new);
    if (Math.abs(implied - old.start) <= LANDMARK_SLACK || implications.has(implied)) continue;
    implications.add(implied);
    const { errors: ownErrors, fit: ownFit } = ownOrigin();
    const from = Math.max(0, implied - LANDMARK_SLACK);
    const there = oldText.slice(from, implied + foundText.length + LANDMARK_SLACK);
    const matches =
      ownErrors === 0
        ? exactOccurrences(there, foundText).map((start) => ({ start, end: start + foundText.length }))
        : approxSearch(there, foundText, ownErrors);
    for (const m of matches) {
      const start = from + m.start;
      const end = from + m.end;
      if (Math.abs(start - old.start) <= LANDMARK_SLACK || checked.has(start)) continue;
      checked.add(start);
      const otherFit =
        fit(oldText.slice(Math.max(0, start - CONTEXT_LENGTH), start), before) +
        fit(oldText.slice(end, end + CONTEXT_LENGTH), after);
      if (otherFit >= ownFit - OTHER_ORIGIN_MARGIN) return true;
    }
  }
  return false;
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * Re-anchor every span described against `oldText` in `newText` (both normalised article text).
 * Gives the same kinds of answer as `anchor`, in the order of `spans`.
 *
 * Cheap cases first: a span (with its stored context) inside the unchanged head of the text keeps
 * its offsets, one inside the unchanged tail shifts by the change in length. The rest are looked
 * for verbatim (`indexOf`); only the spans still unplaced after that get the approximate search,
 * with a position hint taken from the nearest span (in the old text) that was placed verbatim, so
 * that repeated quotes are told apart by where the text around them went.
 */
export function reanchorAll(oldText: string, newText: string, spans: readonly SpanToReanchor[]): ReanchoredSpan[] {
  const head = commonPrefixLength(oldText, newText);
  const tail = commonSuffixLength(oldText, newText, Math.min(oldText.length, newText.length) - head);
  const delta = newText.length - oldText.length;
  const oldTailStart = oldText.length - tail;

  const results: (AnchorResult | undefined)[] = new Array(spans.length);
  let landmarkCache: Landmark[] | undefined;
  const landmarks = () => (landmarkCache ??= findLandmarks(oldText, newText));
  let skeletonCache: Pairing[] | undefined;
  const skeleton = () => (skeletonCache ??= findSkeleton(landmarks(), head, oldTailStart, newText.length - tail, tail));
  const gapOf = (span: Span) => gapAround(skeleton(), oldText.length, newText.length, span.start, span.end);
  const unplaced: { index: number; outcome: Exclude<ExactOutcome, { kind: 'anchored' }> }[] = [];
  /** How far the text moved at old positions where a span was placed verbatim, by position. */
  const shifts: { at: number; shift: number }[] = [];

  spans.forEach(({ selectors }, index) => {
    const { position, quote } = selectors;
    if (quote.exact.length === 0) {
      results[index] = { status: 'orphan', reason: 'empty-quote' };
      return;
    }
    const describedHere = oldText.slice(position.start, position.end) === quote.exact;
    let result: AnchorResult | undefined;
    if (describedHere && position.start >= quote.prefix.length && position.end + quote.suffix.length <= head) {
      result = { status: 'exact', span: { start: position.start, end: position.end } };
    } else if (describedHere && position.start - quote.prefix.length >= oldTailStart) {
      result = { status: delta === 0 ? 'exact' : 'moved', span: { start: position.start + delta, end: position.end + delta } };
    } else {
      const witnessed = describedHere ? placeByWitness(oldText, newText, position.start, position.end) : undefined;
      // A witness can be made by an edit (a typo fixed in a near-duplicate caption): check it.
      if (witnessed && !hasOtherOrigin(landmarks(), oldText, newText, position, quote.exact, witnessed)) {
        const same = witnessed.start === position.start && witnessed.end === position.end;
        result = { status: same ? 'exact' : 'moved', span: witnessed };
      }
    }
    if (!result) {
      const hint = position.start < head ? position.start : position.start >= oldTailStart ? position.start + delta : position.start;
      // An occurrence on the far side of text that kept its place is some other passage.
      const gap = describedHere ? gapOf(position).new : undefined;
      const outcome = anchorExactly(
        newText,
        selectors,
        hint,
        gap && ((start, end) => within(gap, start, end) && sameEdges(oldText, position, newText, { start, end })),
      );
      if (outcome.kind !== 'anchored') unplaced.push({ index, outcome });
      else if (
        outcome.inPlace ||
        outcome.result.status === 'orphan' ||
        !describedHere ||
        !hasOtherOrigin(landmarks(), oldText, newText, position, quote.exact, outcome.result.span)
      ) {
        result = outcome.result;
      } else {
        // A verbatim lookalike of a passage that is gone or changed: look for the passage itself.
        unplaced.push({ index, outcome: { kind: 'untrusted', occurrences: exactOccurrences(newText, quote.exact) } });
      }
    }
    results[index] = result;
    if (describedHere && result && result.status !== 'orphan') {
      shifts.push({ at: position.start, shift: result.span.start - position.start });
    }
  });

  shifts.sort((a, b) => a.at - b.at);
  const nearestShift = (at: number): number => {
    if (shifts.length === 0) return at < head ? 0 : delta;
    // First recorded position at or after `at`; compare it with the one before.
    let lo = 0;
    let hi = shifts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((shifts[mid]?.at ?? Infinity) < at) lo = mid + 1;
      else hi = mid;
    }
    const after = shifts[lo];
    const before = shifts[lo - 1];
    if (!after) return before?.shift ?? 0;
    if (!before) return after.shift;
    return at - before.at <= after.at - at ? before.shift : after.shift;
  };

  for (const { index, outcome } of unplaced) {
    const selectors = spans[index]?.selectors;
    if (!selectors) continue;
    const hint = selectors.position.start + nearestShift(selectors.position.start);
    const old = { start: selectors.position.start, end: selectors.position.end };
    const quote = selectors.quote.exact;
    const describedHere = oldText.slice(old.start, old.end) === quote;
    const gap = describedHere ? gapOf(old) : undefined;
    let result = anchorApproximately(
      newText,
      selectors,
      outcome,
      { hint },
      (found, scoreSaysYes) =>
        !gap
          ? scoreSaysYes
          : within(gap.new, found.start, found.end) &&
            sameEdges(oldText, old, newText, found) &&
            (scoreSaysYes ? !hasOtherOrigin(landmarks(), oldText, newText, old, quote, found) : cameFrom(oldText, newText, old, found)),
      true,
    );
    if (result.status === 'orphan' && gap) {
      const found = placeInGap(oldText, newText, old, quote, gap);
      if (found && !hasOtherOrigin(landmarks(), oldText, newText, old, quote, found)) {
        result = { status: found.start === old.start && found.end === old.end ? 'exact' : 'moved', span: found };
      }
    }
    results[index] = result;
  }

  return spans.map(({ id }, index) => ({ id, result: results[index] ?? { status: 'orphan', reason: 'not-found' } }));
}
