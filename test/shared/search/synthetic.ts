import type { SearchDocument } from '@shared/search';

/** A small deterministic PRNG (mulberry32), so measurements see the same corpus every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 're', 'sa', 'tu', 'vo', 'ne', 'di', 'po', 'ri', 'gla', 'str', 'on', 'el', 'ab', 'qu', 'zé', 'ør'];

/** A vocabulary of `size` made-up words, and a Zipf-like sampler over it (common words come first). */
export function vocabulary(size: number, next: () => number): { words: string[]; pick: () => string } {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 1 + Math.floor(next() * 4);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(word);
  }
  const list = [...words];
  return { words: list, pick: () => list[Math.min(list.length - 1, Math.floor(Math.pow(next(), 2.2) * list.length))]! };
}

const OUTLETS = ['Reuters', 'The Guardian', 'Le Monde', 'Associated Press', 'BBC News', 'Süddeutsche Zeitung', 'TASS', 'Al Jazeera'];

/** `count` articles of about `chars` characters each: sentences of Zipf-distributed words, in paragraphs. */
export function syntheticArticles(count: number, chars = 4000, seed = 7): SearchDocument[] {
  const next = random(seed);
  const { pick } = vocabulary(12_000, next);
  const docs: SearchDocument[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length < chars) {
      const sentence: string[] = [];
      const length = 6 + Math.floor(next() * 18);
      for (let w = 0; w < length; w++) sentence.push(pick());
      const first = sentence[0]!;
      sentence[0] = first.charAt(0).toUpperCase() + first.slice(1);
      text += sentence.join(' ') + (next() < 0.15 ? '.\n\n' : '. ');
    }
    const title = Array.from({ length: 6 + Math.floor(next() * 6) }, pick).join(' ');
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    docs.push({
      kind: 'article',
      id: `synthetic-${i}`,
      articleId: `synthetic-${i}`,
      title,
      outlet: OUTLETS[i % OUTLETS.length]!,
      authors: [`${pick()} ${pick()}`],
      text: text.trim(),
      published: `20${10 + (i % 15)}-${month}-${day}`,
    });
  }
  return docs;
}

/** Queries as people type them: one to three words, common and rare, some cut short (prefixes). */
export function syntheticQueries(count: number, seed = 11): string[] {
  const next = random(seed);
  const { pick } = vocabulary(12_000, random(7));
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * 3);
    const words = Array.from({ length }, pick);
    if (next() < 0.3) {
      const last = words[words.length - 1]!;
      words[words.length - 1] = last.slice(0, Math.max(2, Math.ceil(last.length / 2)));
    }
    queries.push(words.join(' '));
  }
  return queries;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
