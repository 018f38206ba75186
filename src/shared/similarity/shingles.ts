/**
 * Word shingles: the overlapping runs of k words of a text, hashed to 32-bit numbers. Two
 * articles that share most of their shingles share most of their wording in the same order,
 * which is what a wire story republished by several outlets looks like.
 */
export const SHINGLE_WORDS = 5;

export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The set of hashed k-word shingles of a text, sorted ascending. */
export function shingleHashes(text: string, k: number = SHINGLE_WORDS): Uint32Array {
  const tokens = words(text);
  const hashes = new Set<number>();
  if (tokens.length > 0 && tokens.length < k) hashes.add(fnv1a(tokens.join(' ')));
  for (let i = 0; i + k <= tokens.length; i++) hashes.add(fnv1a(tokens.slice(i, i + k).join(' ')));
  return Uint32Array.from(hashes).sort();
}

/** Size of the intersection of two sorted hash sets. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/** 32-bit FNV-1a over UTF-16 code units: fast and well spread for short strings. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
