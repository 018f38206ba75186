/**
 * Which units report the same thing. Quotes: the same words (one may be a sub-span of the other)
 * or a rewording that keeps most of the shorter quote's words in order. The speaker found for
 * each does not decide (attribution is often wrong, and outlets credit one statement to
 * different people); very short quotes need the same words exactly and two content words, or a
 * shared speaker. Passages: most of the shorter
 * sentence's content words (weighted by rarity) in the other, with a rare word shared and enough
 * shared outside quotation marks that the link is not just the quote again.
 */
import { indexOfRun, localAlignment } from './align';
import type { MatchKind } from './types';
import type { Unit } from './units';

export interface Link {
  a: number;
  b: number;
  similarity: number;
  match: MatchKind;
}

export interface QuoteThresholds {
  minSimilarity: number;
}

/** Quotes shorter than this many words are "short": exact containment and a known speaker only. */
const SHORT_QUOTE = 4;

export function scoreQuotes(x: Unit, y: Unit, minSimilarity: number): Link | null {
  const [a, b] = x.keys.length <= y.keys.length ? [x, y] : [y, x];
  const aContent = a.contentSet.size;
  const sameKnownSpeaker = a.speaker !== null && a.speaker === b.speaker;
  // "I won't let them down": few content words, so the words must all be there and the speaker the same.
  if (aContent < 2 && !(aContent === 1 && a.keys.length >= SHORT_QUOTE && sameKnownSpeaker)) return null;
  if (indexOfRun(b.keys, a.keys) >= 0) {
    // "study the ruling" in two reports of one story: the same short phrase quoted, with two content words, or the same speaker.
    if (a.keys.length < SHORT_QUOTE && !sameKnownSpeaker && (aContent < 2 || a.keys.length !== b.keys.length)) return null;
    return { a: x.index, b: y.index, similarity: 1, match: a.keys.length === b.keys.length ? 'exact' : 'partial' };
  }
  if (a.keys.length < SHORT_QUOTE || aContent < 3) return null;
  // An upper bound first: the words of the shorter quote found anywhere in the longer.
  const inB = new Set(b.keys);
  let found = 0;
  let foundContent = 0;
  for (let i = 0; i < a.keys.length; i++) {
    if (!inB.has(a.keys[i]!)) continue;
    found++;
    if (a.content[i]) foundContent++;
  }
  if (found / a.keys.length < minSimilarity || foundContent < 3) return null;
  const al = localAlignment(a.keys, a.content, b.keys);
  if (!al) return null;
  const cover = al.matched / a.keys.length;
  const similarity = al.matched / Math.max(a.keys.length, al.bEnd - al.bStart);
  if (cover < minSimilarity || similarity < Math.max(0.5, minSimilarity - 0.1) || al.matchedContent < 3) return null;
  return { a: x.index, b: y.index, similarity: round(similarity), match: 'reworded' };
}

export interface PassageStats {
  /** Rarity of a content key over the sentences compared; a precise figure counts double. */
  idf: (key: string) => number;
  df: (key: string) => number;
  /** A key with at most this document frequency is a rare anchor. */
  rareCap: number;
  sentences: number;
}

/** Sentences sharing this many content words (names aside) in a fair share of both report the same thing. */
const MANY_SHARED = 6;

/** Names and their titles count for little: two sentences about the same people are not the same passage. */
const NAME_WEIGHT = 0.3;

/** A precise figure ("50.8", "350,000") seldom recurs by chance: it counts double. */
export const FIGURE_WEIGHT = 2;
export const isFigure = (k: string) => k.length >= 3 && k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57;

function keyWeight(k: string, isName: boolean, stats: PassageStats): number {
  return isName ? stats.idf(k) * NAME_WEIGHT : stats.idf(k);
}

function weight(u: Unit, stats: PassageStats): number {
  let w = 0;
  for (const k of u.contentSet) w += keyWeight(k, u.names.has(k), stats);
  return w;
}

export interface PassageScore {
  /** Shared content keys, and those of them that are not names. */
  shared: number;
  core: number;
  /** Share of the smaller sentence's content keys found in the other, and of the larger's. */
  overlap: number;
  balance: number;
  /** Rarity-weighted share of the lighter sentence's content found in the other. */
  weighted: number;
  /** A shared rare key that is not a name. */
  anchored: boolean;
  /** Shared keys outside quotation marks, on the side with more. */
  outsideShared: number;
}

export function passageScore(x: Unit, y: Unit, stats: PassageStats): PassageScore {
  const [small, large] = x.contentSet.size <= y.contentSet.size ? [x, y] : [y, x];
  let shared = 0;
  let core = 0;
  let sharedWeight = 0;
  let anchored = false;
  let outX = 0;
  let outY = 0;
  for (const k of small.contentSet) {
    if (!large.contentSet.has(k)) continue;
    shared++;
    const isName = x.names.has(k) || y.names.has(k);
    sharedWeight += keyWeight(k, isName, stats);
    if (x.outside.has(k)) outX++;
    if (y.outside.has(k)) outY++;
    if (isName) continue;
    core++;
    if (stats.df(k) <= stats.rareCap) anchored = true;
  }
  const minWeight = Math.min(weight(x, stats), weight(y, stats));
  return {
    shared,
    core,
    overlap: small.contentSet.size ? shared / small.contentSet.size : 0,
    balance: large.contentSet.size ? shared / large.contentSet.size : 0,
    weighted: minWeight > 0 ? Math.min(1, sharedWeight / minWeight) : 0,
    anchored,
    outsideShared: Math.max(outX, outY),
  };
}

export function scorePassages(x: Unit, y: Unit, stats: PassageStats, minSimilarity: number): Link | null {
  const s = passageScore(x, y, stats);
  if (s.shared < 3 || s.core < 3 || s.overlap < 0.5 || s.balance < 0.25 || !s.anchored || s.outsideShared < 3) return null;
  const strong =
    // most of the lighter sentence's weight, in at least four content words
    (s.weighted >= minSimilarity && s.core >= 4) ||
    // a short sentence almost wholly inside the other
    (s.weighted >= Math.max(minSimilarity, 0.6) && s.overlap >= 0.7) ||
    // many shared content words in a fair share of both
    (s.core >= MANY_SHARED && s.balance >= 0.3 && s.weighted >= minSimilarity * 0.6);
  if (!strong) return null;
  return { a: x.index, b: y.index, similarity: round(s.weighted), match: passageMatch(x, y) };
}

/** Weaker agreement required of every pair in a passage group (so that A~B~C does not chain A to an unrelated C). */
export function passagesCompatible(x: Unit, y: Unit, stats: PassageStats): boolean {
  const s = passageScore(x, y, stats);
  return s.core >= 3 && (s.weighted >= 0.2 || s.overlap >= 0.3);
}

export function passageMatch(x: Unit, y: Unit): MatchKind {
  const [a, b] = x.keys.length <= y.keys.length ? [x, y] : [y, x];
  if (a.keys.length === b.keys.length && indexOfRun(b.keys, a.keys) === 0) return 'exact';
  return indexOfRun(b.keys, a.keys) >= 0 ? 'partial' : 'reworded';
}

const QUOTE_SIMILARITY = new Map<string, { similarity: number; match: MatchKind }>();

/** Similarity of any two quotes, linked or not (for a group's weakest pair). */
export function quoteSimilarity(x: Unit, y: Unit): { similarity: number; match: MatchKind } {
  const [a, b] = x.keys.length <= y.keys.length ? [x, y] : [y, x];
  const key = `${a.keys.join(' ')}\u0000${b.keys.join(' ')}`;
  let known = QUOTE_SIMILARITY.get(key);
  if (!known) {
    known = alignQuotes(a, b);
    if (QUOTE_SIMILARITY.size > 20_000) QUOTE_SIMILARITY.clear();
    QUOTE_SIMILARITY.set(key, known);
  }
  return known;
}

function alignQuotes(a: Unit, b: Unit): { similarity: number; match: MatchKind } {
  if (indexOfRun(b.keys, a.keys) >= 0) return { similarity: 1, match: a.keys.length === b.keys.length ? 'exact' : 'partial' };
  const al = localAlignment(a.keys, a.content, b.keys);
  if (!al) return { similarity: 0, match: 'reworded' };
  return { similarity: round(al.matched / Math.max(a.keys.length, al.bEnd - al.bStart)), match: 'reworded' };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Pairs of units from different articles that share at least `minShared` indexed keys. */
export function candidatePairs(units: Unit[], minShared: number, maxPosting: number): [Unit, Unit][] {
  const postings = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const k of u.contentSet) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
    }
  });
  const out: [Unit, Unit][] = [];
  const counts = new Map<number, number>();
  units.forEach((u, i) => {
    counts.clear();
    for (const k of u.contentSet) {
      const list = postings.get(k)!;
      if (list.length > maxPosting) continue;
      for (const j of list) {
        if (j <= i || units[j]!.article === u.article) continue;
        counts.set(j, (counts.get(j) ?? 0) + 1);
      }
    }
    for (const [j, c] of counts) if (c >= minShared) out.push([u, units[j]!]);
  });
  return out;
}
