import { fnv1a, sharedCount, shingleHashes } from './shingles';

/**
 * Near-duplicates: articles that share at least 90% of the shingles of the shorter one (the
 * same wire story, perhaps trimmed or with a line added), and are of comparable length, so a
 * short piece quoted whole inside a long one is not taken for a copy of it.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.9;
export const MIN_LENGTH_RATIO = 0.5;

export function shingleOverlap(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  return sharedCount(a, b) / smaller;
}

export function areNearDuplicates(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  return ratio >= MIN_LENGTH_RATIO && shingleOverlap(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}

/**
 * MinHash with banding (locality-sensitive hashing): each article gets a few band keys, and
 * two articles sharing 90% of their shingles share a band key with near certainty, while
 * unrelated articles almost never do. The keys go in an IndexedDB multi-entry index, so the
 * candidates for a new article are one indexed query, not a scan of the corpus; each
 * candidate is then checked exactly with `areNearDuplicates`.
 *
 * 32 bands of 2 rows: a pair with Jaccard similarity 0.43 (a 90% overlap where one article is
 * twice the other's length, the loosest pair we link) becomes a candidate with probability
 * 1 - (1 - 0.43²)³² ≈ 0.998; unrelated articles (Jaccard ≈ 0.01) almost never do.
 */
export const MINHASH_SIZE = 64;
export const BAND_ROWS = 2;

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => fnv1a(`parallax-minhash-${i}`));

export function minhashBandKeys(shingles: Uint32Array): string[] {
  if (shingles.length === 0) return [];
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const value = mix(shingle ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  const keys: string[] = [];
  for (let band = 0; band * BAND_ROWS < MINHASH_SIZE; band++) {
    const rows = signature.subarray(band * BAND_ROWS, (band + 1) * BAND_ROWS);
    keys.push(`${band}:${Array.from(rows, (r) => r.toString(36)).join('.')}`);
  }
  return keys;
}

export function textShingles(text: string): Uint32Array {
  return shingleHashes(text);
}

/** A 32-bit integer finaliser (murmur3's), so each seed gives an independent permutation. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
