/**
 * Word-level alignment of two token-key sequences: exact containment (one quote a sub-span of the
 * other) and a local alignment (Smith-Waterman) for rewordings, which finds the part of a long
 * quote that a short one reports and how many of its words it keeps, in order.
 */

/** Index in `hay` where `needle` occurs as a contiguous run, or -1. */
export function indexOfRun(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return needle.length === 0 ? 0 : -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export interface LocalAlignment {
  /** Token pairs matched, and how many of them are content words. */
  matched: number;
  matchedContent: number;
  /** Aligned regions [start, end) in a and in b. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

const MATCH = 2;
const CONTENT_MATCH = 3;
const MISMATCH = -1;
const GAP = -1;
/** Above this many cells the alignment is not worth its cost: callers fall back to word sets. */
export const MAX_ALIGNMENT_CELLS = 400_000;

export function localAlignment(a: readonly string[], aContent: readonly boolean[], b: readonly string[]): LocalAlignment | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_ALIGNMENT_CELLS) return null;
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1];
    const hit = aContent[i - 1] ? CONTENT_MATCH : MATCH;
    for (let j = 1; j <= m; j++) {
      const diag = score[(i - 1) * w + j - 1]! + (ai === b[j - 1] ? hit : MISMATCH);
      const up = score[(i - 1) * w + j]! + GAP;
      const left = score[i * w + j - 1]! + GAP;
      const v = Math.max(0, diag, up, left);
      score[i * w + j] = v;
      if (v > best) {
        best = v;
        bi = i;
        bj = j;
      }
    }
  }
  if (best === 0) return null;
  let i = bi;
  let j = bj;
  let matched = 0;
  let matchedContent = 0;
  while (i > 0 && j > 0 && score[i * w + j]! > 0) {
    const v = score[i * w + j]!;
    const same = a[i - 1] === b[j - 1];
    const hit = aContent[i - 1] ? CONTENT_MATCH : MATCH;
    if (same && v === score[(i - 1) * w + j - 1]! + hit) {
      matched++;
      if (aContent[i - 1]) matchedContent++;
      i--;
      j--;
    } else if (!same && v === score[(i - 1) * w + j - 1]! + MISMATCH) {
      i--;
      j--;
    } else if (v === score[(i - 1) * w + j]! + GAP) i--;
    else j--;
  }
  return { matched, matchedContent, aStart: i, aEnd: bi, bStart: j, bEnd: bj };
}
