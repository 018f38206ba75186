/**
 * Cuts an article into runs of text units over which every coder's codes stay the same, so
 * agreement is computed on runs (weighted by their length in units) rather than unit by unit.
 *
 * Units are either characters (UTF-16 code units of the article's text, as every offset in
 * Parallax) or words (maximal runs of letters, digits and marks; a highlight covers a word when
 * it overlaps any of its characters).
 */
export type AgreementUnitKind = 'character' | 'word';

export interface CodedSpan {
  coder: string;
  article: string;
  /** UTF-16 offsets into the article's text, end exclusive. */
  start: number;
  end: number;
  tagIds: readonly string[];
}

/** A run of units, and the tags each coder applied over all of it (coder index -> tag ids, sorted). */
export interface Segment {
  /** In units (characters or words), end exclusive. */
  startUnit: number;
  endUnit: number;
  /** In characters, for showing the run's words. */
  start: number;
  end: number;
  tagsByCoder: string[][];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export interface WordBounds {
  starts: number[];
  ends: number[];
}

export function wordBounds(text: string): WordBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(WORD)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { starts, ends };
}

/** The first index i with values[i] > target (values sorted ascending). */
function firstAbove(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A span as a range of units; empty when it covers no unit. */
function unitRange(span: CodedSpan, kind: AgreementUnitKind, length: number, words: WordBounds | null): [number, number] {
  const start = Math.max(0, Math.min(span.start, length));
  const end = Math.max(start, Math.min(span.end, length));
  if (kind === 'character' || !words) return [start, end];
  // Words overlapping [start, end): those ending after start and starting before end.
  const first = firstAbove(words.ends, start);
  const last = firstAbove(words.starts, end - 1);
  return end > start ? [first, Math.max(first, last)] : [first, first];
}

/**
 * The article's runs where at least one coder applied a tag (text nobody coded is left out, so
 * it cannot inflate agreement). `coders` fixes the order of `tagsByCoder`.
 */
export function codedSegments(text: string, spans: readonly CodedSpan[], coders: readonly string[], kind: AgreementUnitKind): Segment[] {
  const words = kind === 'word' ? wordBounds(text) : null;
  const coderIndex = new Map(coders.map((coder, index) => [coder, index]));
  type Event = { at: number; coder: number; tags: readonly string[]; delta: 1 | -1 };
  const events: Event[] = [];
  for (const span of spans) {
    const coder = coderIndex.get(span.coder);
    if (coder === undefined || span.tagIds.length === 0) continue;
    const [from, to] = unitRange(span, kind, text.length, words);
    if (to <= from) continue;
    events.push({ at: from, coder, tags: span.tagIds, delta: 1 }, { at: to, coder, tags: span.tagIds, delta: -1 });
  }
  events.sort((a, b) => a.at - b.at);
  const active = coders.map(() => new Map<string, number>());
  const segments: Segment[] = [];
  const toChar = (unit: number, edge: 'start' | 'end') =>
    !words ? unit : edge === 'start' ? (words.starts[unit] ?? text.length) : (words.ends[unit - 1] ?? 0);
  let i = 0;
  while (i < events.length) {
    const at = events[i]!.at;
    for (; i < events.length && events[i]!.at === at; i++) {
      const event = events[i]!;
      const counts = active[event.coder]!;
      for (const tag of new Set(event.tags)) {
        const next = (counts.get(tag) ?? 0) + event.delta;
        if (next === 0) counts.delete(tag);
        else counts.set(tag, next);
      }
    }
    const nextAt = events[i]?.at;
    if (nextAt === undefined || nextAt === at) continue;
    const tagsByCoder = active.map((counts) => [...counts.keys()].sort());
    if (tagsByCoder.some((tags) => tags.length > 0)) {
      segments.push({ startUnit: at, endUnit: nextAt, start: toChar(at, 'start'), end: toChar(nextAt, 'end'), tagsByCoder });
    }
  }
  return segments;
}
