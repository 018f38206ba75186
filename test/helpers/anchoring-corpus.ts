/**
 * Labelled re-anchoring cases for tests and benchmarks: an article, spans described on it, an
 * edited version of it, and for every span where it truly is in the edited text (or `null` when
 * the edit deleted it). The edits are the ones articles get between fetches: sentences inserted,
 * sentences deleted, words replaced (outside spans and inside them), typos fixed and quote marks
 * or punctuation changed.
 *
 * Labels are exact because every edit is chosen so that, for every span, it lies wholly outside
 * the span, wholly inside it (away from its first and last word, and small relative to it), or —
 * for deletions — wholly covers it. Edits that would straddle a span boundary are not made.
 *
 * Deterministic: the same arguments give the same case (a seeded PRNG, never Math.random).
 */
import { describe, type Span, type SpanSelectors } from '@shared/anchoring';
import { normaliseArticleText } from '@shared/ingest/normalise';

/** mulberry32: a tiny, good-enough seeded PRNG returning floats in [0, 1). */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units, to fold the article text into the seed. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type EditKind =
  | 'insert-sentence'
  | 'insert-paragraph'
  | 'delete-sentence'
  | 'substitute-outside'
  | 'substitute-inside'
  | 'fix-typo'
  | 'punctuation';

interface Edit {
  start: number;
  end: number;
  insert: string;
  kind: EditKind;
}

export type SpanFate = 'unchanged' | 'shifted' | 'edited' | 'deleted';

export interface ReanchorCase {
  oldText: string;
  newText: string;
  spans: { id: string; selectors: SpanSelectors }[];
  /** Where each span truly is in `newText`, or `null` if its passage was deleted. */
  expected: (Span | null)[];
  /** What happened to each span, for reporting. */
  fates: SpanFate[];
  /** How many edits of each kind were made. */
  edits: Record<EditKind, number>;
}

interface Range {
  start: number;
  end: number;
}

interface Sentence extends Range {
  paragraph: number;
  words: Range[];
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const paragraphRe = /[^\n]+/g;
  for (let p = paragraphRe.exec(text); p; p = paragraphRe.exec(text)) {
    // A sentence ends at . ! or ? (with any closing quotes) followed by white space or the end of
    // the line, but not at the dot of an initial or abbreviation such as "U.S." or "Mr.".
    const sentenceRe = /\S.*?(?:(?<!\b[A-Z]|\b(?:Mrs?|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep))[.!?]+["'”’)]*(?=\s|$)|$)/g;
    for (let s = sentenceRe.exec(p[0]); s; s = sentenceRe.exec(p[0])) {
      const start = p.index + s.index;
      const body = s[0];
      const words: Range[] = [];
      const wordRe = /\S+/g;
      for (let w = wordRe.exec(body); w; w = wordRe.exec(body)) words.push({ start: start + w.index, end: start + w.index + w[0].length });
      sentences.push({ start, end: start + body.length, paragraph, words });
    }
    paragraph++;
  }
  return sentences;
}

const TYPO_WORD = /^[A-Za-z]{5,}$/;

/**
 * @param seedText an article (raw or normalised; it is normalised first)
 * @param n how many spans to describe
 * @param prngSeed varies the case for the same article
 */
export function makeReanchorCase(seedText: string, n: number, prngSeed = 1): ReanchorCase {
  const rng = makeRng(hashString(seedText) ^ Math.imul(prngSeed, 0x9e3779b1));
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1)); // inclusive
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(rng() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };

  // 1. The old text is the article with a few typos in it, so that the new one can fix them.
  const base = normaliseArticleText(seedText);
  const baseWords = [...base.matchAll(/\S+/g)];
  const vocabulary = [...new Set(baseWords.map((m) => m[0].replace(/[^A-Za-z]/g, '')).filter((w) => w.length >= 3))];
  const typos: { start: number; end: number; original: string }[] = [];
  let oldText = '';
  let copied = 0;
  for (const m of baseWords) {
    const word = m[0];
    if (!TYPO_WORD.test(word) || rng() >= 0.03) continue;
    const i = int(1, word.length - 3);
    const typo = rng() < 0.5 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
    if (typo === word) continue;
    oldText += base.slice(copied, m.index);
    typos.push({ start: oldText.length, end: oldText.length + typo.length, original: word });
    oldText += typo;
    copied = m.index + word.length;
  }
  oldText += base.slice(copied);

  // 2. Spans: runs of whole words inside one sentence, now and then several whole sentences.
  const sentences = splitSentences(oldText);
  const spanRanges: Range[] = [];
  const seen = new Set<string>();
  for (let attempts = 0; spanRanges.length < n && attempts < n * 20; attempts++) {
    let range: Range;
    if (rng() < 0.05) {
      const first = int(0, sentences.length - 1);
      let last = first;
      while (rng() < 0.7 && sentences[last + 1]?.paragraph === sentences[first]?.paragraph) last++;
      const a = sentences[first];
      const b = sentences[last];
      if (!a || !b) continue;
      range = { start: a.start, end: b.end };
    } else {
      const sentence = pick(sentences);
      const count = Math.min(sentence.words.length, rng() < 0.15 ? 1 : int(2, 12));
      const from = int(0, sentence.words.length - count);
      const a = sentence.words[from];
      const b = sentence.words[from + count - 1];
      if (!a || !b) continue;
      range = { start: a.start, end: b.end };
    }
    const key = `${range.start}:${range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spanRanges.push(range);
  }

  // 3. Edits, each checked against every span and every earlier edit.
  const edits: Edit[] = [];
  const insideEdits = new Map<number, number>();
  const wordsOf = (range: Range) => [...oldText.slice(range.start, range.end).matchAll(/\S+/g)].map((m) => ({ start: range.start + m.index, end: range.start + m.index + m[0].length }));

  const tryEdit = (edit: Edit): boolean => {
    // Keep edits apart, so they never merge into one larger change.
    if (edits.some((e) => edit.start <= e.end && e.start <= edit.end)) return false;
    const isDeletion = edit.insert === '' && edit.end > edit.start;
    const touched: number[] = [];
    for (let i = 0; i < spanRanges.length; i++) {
      const span = spanRanges[i];
      if (!span) continue;
      if (edit.end <= span.start || edit.start >= span.end) continue; // outside
      if (isDeletion && edit.start <= span.start && edit.end >= span.end) continue; // the span goes with it
      // Inside: away from the first and last word and small next to the span.
      const words = wordsOf(span);
      const first = words[0];
      const last = words[words.length - 1];
      if (!first || !last || words.length < 3) return false;
      if (edit.start < first.end + 1 || edit.end > last.start - 1) return false;
      const cost = Math.max(edit.end - edit.start, edit.insert.length);
      if (cost > 0.15 * (span.end - span.start) || (insideEdits.get(i) ?? 0) >= 1) return false;
      touched.push(i);
    }
    for (const i of touched) insideEdits.set(i, (insideEdits.get(i) ?? 0) + 1);
    edits.push(edit);
    return true;
  };

  const counts: Record<EditKind, number> = {
    'insert-sentence': 0,
    'insert-paragraph': 0,
    'delete-sentence': 0,
    'substitute-outside': 0,
    'substitute-inside': 0,
    'fix-typo': 0,
    punctuation: 0,
  };
  const inventSentence = () => {
    const words = Array.from({ length: int(6, 18) }, () => pick(vocabulary).toLowerCase());
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const replacementFor = (word: string) => {
    for (let i = 0; i < 10; i++) {
      const candidate = pick(vocabulary);
      if (candidate !== word && Math.abs(candidate.length - word.length) <= 3) return candidate;
    }
    return word.length > 3 ? word.slice(0, -1) + 'x' : word + 'x';
  };
  const wordStrings = sentences.flatMap((s) => s.words);
  const budget = Math.max(3, Math.round(sentences.length / 5));
  const make: Record<EditKind, () => Edit | undefined> = {
    'insert-sentence': () => {
      const s = pick(sentences);
      return { start: s.start, end: s.start, insert: inventSentence() + ' ', kind: 'insert-sentence' };
    },
    'insert-paragraph': () => {
      const s = pick(sentences);
      if (s.start !== 0 && oldText[s.start - 1] !== '\n') return undefined;
      return { start: s.start, end: s.start, insert: `${inventSentence()} ${inventSentence()}\n\n`, kind: 'insert-paragraph' };
    },
    'delete-sentence': () => {
      const index = int(0, sentences.length - 1);
      const s = sentences[index];
      if (!s) return undefined;
      const next = sentences[index + 1];
      const prev = sentences[index - 1];
      if (next && next.paragraph === s.paragraph) return { start: s.start, end: next.start, insert: '', kind: 'delete-sentence' };
      if (prev && prev.paragraph === s.paragraph) return { start: prev.end, end: s.end, insert: '', kind: 'delete-sentence' };
      // A one-sentence paragraph: take it with the blank line after (or before, at the end).
      if (next) return { start: s.start, end: next.start, insert: '', kind: 'delete-sentence' };
      if (prev) return { start: prev.end, end: s.end, insert: '', kind: 'delete-sentence' };
      return undefined;
    },
    'substitute-outside': () => {
      const w = pick(wordStrings);
      if (spanRanges.some((r) => w.start < r.end && r.start < w.end)) return undefined;
      const word = oldText.slice(w.start, w.end).replace(/[^A-Za-z].*$/, '');
      if (word.length < 3) return undefined;
      return { start: w.start, end: w.start + word.length, insert: replacementFor(word), kind: 'substitute-outside' };
    },
    'substitute-inside': () => {
      const w = pick(wordStrings);
      if (!spanRanges.some((r) => w.start >= r.start && w.end <= r.end)) return undefined;
      const word = oldText.slice(w.start, w.end).replace(/[^A-Za-z].*$/, '');
      if (word.length < 3) return undefined;
      return { start: w.start, end: w.start + word.length, insert: replacementFor(word), kind: 'substitute-inside' };
    },
    'fix-typo': () => {
      const t = typos.length > 0 ? pick(typos) : undefined;
      return t && { start: t.start, end: t.end, insert: t.original, kind: 'fix-typo' };
    },
    punctuation: () => {
      const marks = [...oldText.matchAll(/["',;]/g)];
      if (marks.length === 0) return undefined;
      const m = pick(marks);
      const swap: Record<string, string> = { '"': m.index > 0 && /\s/.test(oldText[m.index - 1] ?? ' ') ? '“' : '”', "'": '’', ',': ';', ';': ',' };
      return { start: m.index, end: m.index + 1, insert: swap[m[0]] ?? m[0], kind: 'punctuation' };
    },
  };
  const plan: [EditKind, number][] = [
    ['delete-sentence', budget],
    ['insert-sentence', budget],
    ['insert-paragraph', Math.ceil(budget / 3)],
    ['substitute-outside', budget * 2],
    ['substitute-inside', budget * 2],
    ['fix-typo', typos.length],
    ['punctuation', budget],
  ];
  for (const [kind, wanted] of plan) {
    for (let attempts = 0; counts[kind] < wanted && attempts < wanted * 30; attempts++) {
      const edit = make[kind]();
      if (edit && tryEdit(edit)) counts[kind]++;
    }
  }

  // 4. Apply the edits and carry each span through them.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let newText = '';
  let at = 0;
  for (const e of edits) {
    newText += oldText.slice(at, e.start) + e.insert;
    at = e.end;
  }
  newText += oldText.slice(at);

  const expected: (Span | null)[] = [];
  const fates: SpanFate[] = [];
  for (const span of spanRanges) {
    let start = span.start;
    let end = span.end;
    let fate: SpanFate = 'unchanged';
    let deleted = false;
    for (const e of edits) {
      const delta = e.insert.length - (e.end - e.start);
      if (e.insert === '' && e.start <= span.start && e.end >= span.end) deleted = true;
      else if (e.end <= span.start) {
        start += delta;
        end += delta;
      } else if (e.start >= span.start && e.end <= span.end && e.start < span.end) {
        end += delta;
        fate = 'edited';
      }
    }
    if (deleted) {
      expected.push(null);
      fates.push('deleted');
    } else {
      expected.push({ start, end });
      fates.push(fate === 'unchanged' && start !== span.start ? 'shifted' : fate);
    }
  }

  return {
    oldText,
    newText,
    spans: spanRanges.map((r, i) => ({ id: `s${i}`, selectors: describe(oldText, r.start, r.end) })),
    expected,
    fates,
    edits: counts,
  };
}

/** How a run of re-anchoring went against the true places: a span is right only at exactly its true place. */
export interface AnchorTally {
  correct: number;
  wrong: number;
  orphaned: number;
  /** Spans whose words are still in the new text. */
  live: number;
  /** Spans whose words were deleted (orphaning them is right). */
  dead: number;
}

export function tallyAnchors(expected: (Span | null)[], got: (Span | null)[]): AnchorTally {
  const t: AnchorTally = { correct: 0, wrong: 0, orphaned: 0, live: 0, dead: 0 };
  expected.forEach((want, i) => {
    const have = got[i] ?? null;
    if (want) t.live++;
    else t.dead++;
    if (have === null) t.orphaned++;
    else if (want && want.start === have.start && want.end === have.end) t.correct++;
    else t.wrong++;
  });
  return t;
}
