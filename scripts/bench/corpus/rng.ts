/**
 * A small seeded PRNG (mulberry32) with the helpers the corpus generator needs. Never
 * Math.random: the same seed gives the same corpus, so benchmark figures are repeatable.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks with a Zipf-like bias towards the start of the list (common words first). */
  pickZipf<T>(items: readonly T[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: T[]): T[];
  /** A new generator derived from this one and a label, so sub-streams stay stable when others change. */
  fork(label: number | string): Rng;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashLabel(label: number | string): number {
  const text = String(label);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    pickZipf: (items) => {
      // Inverse-CDF of a 1/x density over [1, n+1): index ~ exp(u * ln(n+1)) - 1.
      const index = Math.min(items.length - 1, Math.floor(Math.exp(next() * Math.log(items.length + 1)) - 1));
      const item = items[index];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    sample: (items, count) => rng.shuffle([...items]).slice(0, Math.min(count, items.length)),
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const a = items[i] as (typeof items)[number];
        items[i] = items[j] as (typeof items)[number];
        items[j] = a;
      }
      return items;
    },
    fork: (label) => makeRng((seed ^ hashLabel(label)) >>> 0 || 1),
  };
  return rng;
}
