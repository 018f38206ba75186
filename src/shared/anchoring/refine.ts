/**
 * Boundary refinement for approximate matches. Internal to anchoring.
 *
 * `approx-string-match` reports where a quote ends and the start that costs least for the quote
 * alone; when an edit sits near an edge (a word replaced right after the first word, say) several
 * boundaries cost the same and it may pick one that cuts a word off or takes one too many. The
 * stored prefix and suffix settle it: we align prefix + quote (for the start) and quote + suffix
 * (for the end) against the text as one string and read off where the quote's edge landed.
 */

/** The UTF-16 code units of `text`, in order or reversed. */
function codeUnits(text: string, reversed = false): Uint16Array {
  const out = new Uint16Array(text.length);
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) out[reversed ? last - i : i] = text.charCodeAt(i);
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
function alignedOffset(pattern: Uint16Array, text: Uint16Array, cut: number): number {
  const m = pattern.length;
  const n = text.length;
  const w = n + 1;
  /** Cost of an edit touching pattern row i (1-based), or an insertion after it. */
  const rowCost = (i: number) => (i <= cut ? 2 : 1);
  const insertCost = (i: number) => (i < cut ? 2 : 1);
  const d = new Int32Array((m + 1) * w);
  const firstInsert = insertCost(0);
  for (let j = 1; j < w; j++) d[j] = j * firstInsert;
  for (let i = 1; i <= m; i++) {
    const p = pattern[i - 1];
    const edit = rowCost(i);
    const insert = insertCost(i);
    const row = i * w;
    const above = row - w;
    let left = (d[above] ?? 0) + edit;
    d[row] = left;
    for (let j = 1; j < w; j++) {
      const diagonal = (d[above + j - 1] ?? 0) + (p === text[j - 1] ? 0 : edit);
      const up = (d[above + j] ?? 0) + edit;
      const sideways = left + insert;
      left = diagonal < up ? (diagonal < sideways ? diagonal : sideways) : up < sideways ? up : sideways;
      d[row + j] = left;
    }
  }
  const lastRow = m * w;
  let j = 0;
  for (let k = 1; k < w; k++) if ((d[lastRow + k] ?? 0) < (d[lastRow + j] ?? 0)) j = k;
  let i = m;
  while (i > cut) {
    const here = d[i * w + j] ?? 0;
    const edit = rowCost(i);
    if (j > 0 && here === (d[(i - 1) * w + j - 1] ?? 0) + (pattern[i - 1] === text[j - 1] ? 0 : edit)) {
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
  if (a === b) return 0;
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

/**
 * Bit masks of where each code unit occurs in a pattern of at most 32 code units, indexed by code
 * unit. Shared scratch space: `bestAlignmentErrors` sets the pattern's entries and clears them
 * again before it returns, so it is all zeros between calls.
 */
const PEQ = new Int32Array(0x10000);

/**
 * The fewest edits that turn `pattern` into some stretch of `text` (Levenshtein distance of the best
 * alignment of all of `pattern` inside `text`): what `approx-string-match` reports as the errors of
 * its best match. Patterns up to 32 code units (every stored prefix and suffix) take one pass of
 * Myers' bit-vector algorithm over the text; longer ones the plain dynamic programme.
 */
export function bestAlignmentErrors(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  if (m > 32) return bestAlignmentErrorsSlow(pattern, text);
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    PEQ[c] = (PEQ[c] ?? 0) | (1 << i);
  }
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = PEQ[text.charCodeAt(j)] ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    if (score < best) best = score;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(i)] = 0;
  return best;
}

/** `bestAlignmentErrors` by dynamic programming: the first row is free, so a match may start anywhere. */
function bestAlignmentErrorsSlow(pattern: string, text: string): number {
  const m = pattern.length;
  let column = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    next[0] = 0;
    for (let i = 1; i <= m; i++) {
      next[i] = Math.min((column[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === c ? 0 : 1), (column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1);
    }
    best = Math.min(best, next[m] ?? m);
    [column, next] = [next, column];
  }
  return best;
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
  const refinedStart = Math.min(end - 1, end - alignedOffset(codeUnits(prefix + quote, true), codeUnits(text.slice(lo, end), true), quote.length));
  const newStart = refinedStart >= 0 && refinedStart < end ? refinedStart : start;
  const hi = Math.min(text.length, newStart + quote.length + suffix.length + 2 * SLACK);
  const newEnd = Math.max(newStart + 1, newStart + alignedOffset(codeUnits(quote + suffix), codeUnits(text.slice(newStart, hi)), quote.length));
  return { start: newStart, end: newEnd, errors: levenshtein(quote, text.slice(newStart, newEnd)) };
}
