/**
 * Boundary refinement for approximate matches. Internal to anchoring.
 *
 * `approx-string-match` reports where a quote ends and the start that costs least for the quote
 * alone; when an edit sits near an edge (a word replaced right after the first word, say) several
 * boundaries cost the same and it may pick one that cuts a word off or takes one too many. The
 * stored prefix and suffix settle it: we align prefix + quote (for the start) and quote + suffix
 * (for the end) against the text as one string and read off where the quote's edge landed.
 */

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * Align all of `pattern` with a prefix of `text` (the text's start is fixed, its end is free) at
 * least cost, and return the offset in `text` that pattern offset `cut` is aligned with.
 *
 * `pattern[0, cut)` is quote and the rest context. An edit to the quote costs twice what an edit
 * to the context does, so a boundary never moves over quote characters just to make the context
 * fit better; text inserted right at the boundary is charged to the context, so the quote does not
 * swallow it.
 */
function alignedOffset(pattern: string, text: string, cut: number): number {
  const m = pattern.length;
  const w = text.length + 1;
  /** Cost of an edit touching pattern row i (1-based), or an insertion after it. */
  const rowCost = (i: number) => (i <= cut ? 2 : 1);
  const insertCost = (i: number) => (i < cut ? 2 : 1);
  const d = new Int32Array((m + 1) * w);
  for (let j = 1; j < w; j++) d[j] = j * insertCost(0);
  for (let i = 1; i <= m; i++) {
    const p = pattern.charCodeAt(i - 1);
    const edit = rowCost(i);
    const insert = insertCost(i);
    d[i * w] = (d[(i - 1) * w] ?? 0) + edit;
    for (let j = 1; j < w; j++) {
      const diagonal = (d[(i - 1) * w + j - 1] ?? 0) + (p === text.charCodeAt(j - 1) ? 0 : edit);
      d[i * w + j] = Math.min(diagonal, (d[(i - 1) * w + j] ?? 0) + edit, (d[i * w + j - 1] ?? 0) + insert);
    }
  }
  let j = 0;
  for (let k = 1; k < w; k++) if ((d[m * w + k] ?? 0) < (d[m * w + j] ?? 0)) j = k;
  let i = m;
  while (i > cut) {
    const here = d[i * w + j] ?? 0;
    const edit = rowCost(i);
    if (j > 0 && here === (d[(i - 1) * w + j - 1] ?? 0) + (pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : edit)) {
      i--;
      j--;
    } else if (here === (d[(i - 1) * w + j] ?? 0) + edit) {
      i--;
    } else {
      j--;
    }
  }
  // Text inserted right at the boundary belongs to the context: move past it to the quote's edge.
  while (j > 0 && (d[cut * w + j] ?? 0) === (d[cut * w + j - 1] ?? 0) + insertCost(cut) && i === cut) j--;
  return j;
}

/** Levenshtein distance between two strings. */
export function levenshtein(a: string, b: string): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j - 1] ?? 0) + (c === b.charCodeAt(j - 1) ? 0 : 1), (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? Math.max(a.length, b.length);
}

/** Room given to a boundary to move beyond the quote and its context. */
const SLACK = 16;

export interface Refined {
  start: number;
  end: number;
  /** Levenshtein distance between the quote and `text.slice(start, end)`. */
  errors: number;
}

/** Settle the start (keeping the end), then the end (keeping the new start), of a match of `quote`. */
export function refineBoundaries(text: string, quote: string, prefix: string, suffix: string, start: number, end: number): Refined {
  const lo = Math.max(0, end - quote.length - prefix.length - 2 * SLACK);
  const refinedStart = Math.min(end - 1, end - alignedOffset(reverse(prefix + quote), reverse(text.slice(lo, end)), quote.length));
  const newStart = refinedStart >= 0 && refinedStart < end ? refinedStart : start;
  const hi = Math.min(text.length, newStart + quote.length + suffix.length + 2 * SLACK);
  const newEnd = Math.max(newStart + 1, newStart + alignedOffset(quote + suffix, text.slice(newStart, hi), quote.length));
  return { start: newStart, end: newEnd, errors: levenshtein(quote, text.slice(newStart, newEnd)) };
}
