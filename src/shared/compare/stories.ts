/**
 * Group into stories: which articles of a corpus report one event. Each article becomes a
 * TF-IDF vector of its content words (title words count double); candidates come from blocking
 * on each article's strongest terms (an inverted index whose over-long posting lists are cut),
 * so the work grows with N times a bounded number of candidates, not N²; a candidate pair
 * within a time window whose cosine similarity clears a threshold joins one story. Wire copy run
 * by several outlets (near-identical text) is folded under its earliest copy.
 */
import { areNearDuplicates } from '../similarity/near-duplicates';
import { shingleHashes } from '../similarity/shingles';
import { fullDateMs } from './full-date';
import { isStopword } from './stopwords';
import { wireCredit } from './wire';

export interface StoryInput {
  id: string;
  title?: string | null;
  text: string;
  /** ISO date or date-time, when known: the time window and "first" use it (a partial date counts as unknown). */
  published?: string | null;
  outlet?: string | null;
}

export interface Story {
  /** Stable for the same members. */
  id: string;
  /** The title of the article most typical of the story. */
  title: string;
  /** Member ids, earliest first (articles without a date last, in input order). */
  articles: string[];
  /** Who carried it first: the earliest dated member. */
  first: { articleId: string; outlet: string | null; published: string | null; wire: string | null };
  /** Near-identical copies (wire copy run by several outlets), each with the copy it repeats. */
  folded: { articleId: string; copyOf: string }[];
}

export interface StoryGrouping {
  stories: Story[];
}

/** Terms per article used for blocking: enough that two reports of one event share some. */
const BLOCKING_TERMS = 12;
/**
 * A blocking term in more than this many articles says little about one event (a big story's
 * articles share many rarer terms too); a fixed cap keeps the candidates per article bounded, so
 * the work stays linear in N.
 */
const MAX_POSTING = 80;
/** Up to this many articles every pair is a candidate: blocking saves nothing there, and in a small corpus the strongest terms of long reports of one event may not overlap. */
const EXHAUSTIVE_UP_TO = 300;
/** Candidates must share this many blocking terms. */
const MIN_SHARED_TERMS = 2;
/** Cosine similarity of TF-IDF vectors from which two articles report one event. */
export const STORY_SIMILARITY = 0.2;
/** Reports of one event fall within this many days of each other. */
export const STORY_WINDOW_DAYS = 10;
const DAY_MS = 86_400_000;
/** Title words weigh this much more than body words. */
const TITLE_WEIGHT = 2;

type Vector = Map<string, number>;

/** Words as story terms: lower case, diacritics kept, a plural "s" dropped; stopwords left out. Cheaper than Compare's tokens, which a corpus of thousands does not need. */
const TERM_RE = /\p{L}[\p{L}\p{M}'’-]*|\p{N}+(?:[.,]\p{N}+)*/gu;

function termCounts(a: StoryInput): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (text: string, w: number) => {
    for (const m of text.matchAll(TERM_RE)) {
      let k = m[0].toLowerCase();
      if (k.length < 2 || isStopword(k)) continue;
      if (k.length > 4 && k.endsWith('s') && !k.endsWith('ss')) k = k.slice(0, -1);
      tf.set(k, (tf.get(k) ?? 0) + w);
    }
  };
  add(a.text, 1);
  if (a.title) add(a.title, TITLE_WEIGHT);
  return tf;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) dot += v * w;
  }
  return dot; // vectors are unit length
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

export function groupStories(inputs: StoryInput[]): StoryGrouping {
  const n = inputs.length;
  const counts = inputs.map(termCounts);
  const df = new Map<string, number>();
  for (const tf of counts) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);

  const vectors: Vector[] = counts.map((tf) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / df.get(k)!);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });

  // Blocking: each article's strongest terms that are not too common.
  const postings = new Map<string, number[]>();
  const blocking: string[][] = [];
  vectors.forEach((v, i) => {
    const top = [...v.entries()]
      .filter(([k]) => df.get(k)! > 1 && df.get(k)! <= MAX_POSTING)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, BLOCKING_TERMS);
    blocking.push(top.map(([k]) => k));
    for (const [k] of top) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
    }
  });

  const times = inputs.map((a) => fullDateMs(a.published));
  const parent = Array.from({ length: n }, (_, i) => i);
  const shared = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    shared.clear();
    if (n <= EXHAUSTIVE_UP_TO) for (let j = i + 1; j < n; j++) shared.set(j, MIN_SHARED_TERMS);
    else for (const k of blocking[i]!) for (const j of postings.get(k)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, s] of shared) {
      if (s < MIN_SHARED_TERMS) continue;
      const [ti, tj] = [times[i]!, times[j]!];
      if (!Number.isNaN(ti) && !Number.isNaN(tj) && Math.abs(ti - tj) > STORY_WINDOW_DAYS * DAY_MS) continue;
      if (cosine(vectors[i]!, vectors[j]!) >= STORY_SIMILARITY) parent[find(parent, i)] = find(parent, j);
    }
  }

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(parent, i);
    let list = members.get(r);
    if (!list) members.set(r, (list = []));
    list.push(i);
  }

  const byTime = (a: number, b: number) => {
    const [ta, tb] = [times[a]!, times[b]!];
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    return (Number.isNaN(ta) ? 0 : ta - tb) || a - b;
  };
  const stories: Story[] = [];
  for (const list of members.values()) {
    list.sort(byTime);
    // The most typical member: the highest summed similarity to the others (a sample of them in big stories).
    const sample = list.slice(0, 50);
    let best = list[0]!;
    let bestScore = -1;
    for (const i of sample) {
      let s = 0;
      for (const j of sample) if (j !== i) s += cosine(vectors[i]!, vectors[j]!);
      if (s > bestScore) [best, bestScore] = [i, s];
    }
    const firstIdx = list[0]!;
    const first = inputs[firstIdx]!;
    const folded: Story['folded'] = [];
    if (list.length > 1) {
      const shingles = list.map((i) => shingleHashes(inputs[i]!.text));
      for (let x = 1; x < list.length; x++) {
        for (let y = 0; y < x; y++) {
          if (folded.some((f) => f.articleId === inputs[list[y]!]!.id)) continue;
          if (areNearDuplicates(shingles[x]!, shingles[y]!)) {
            folded.push({ articleId: inputs[list[x]!]!.id, copyOf: inputs[list[y]!]!.id });
            break;
          }
        }
      }
    }
    stories.push({
      id: `s-${first.id}`,
      title: (inputs[best]!.title ?? '').trim() || inputs[best]!.text.slice(0, 80).trim(),
      articles: list.map((i) => inputs[i]!.id),
      first: { articleId: first.id, outlet: first.outlet ?? null, published: first.published ?? null, wire: wireCredit(first.text) },
      folded,
    });
  }
  stories.sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1));
  return { stories };
}
