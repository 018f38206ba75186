/**
 * Boundary refinement for approximate matches. Internal to anchoring.
 *
 * `approx-string-match` reports where a quote ends and the start that costs least for the quote
 * alone; when an edit sits near an edge (a word replaced right after the first word, say) several
 * starts cost the same and it may pick one that cuts a word off. The stored prefix and suffix tell
 * the true boundary: the right start is the one where the text before it agrees with the prefix.
 */

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** Levenshtein distance between `pattern` and each prefix `text.slice(0, j)`, for every j. */
function distancesToPrefixes(pattern: string, text: string): Int32Array {
  let prev = new Int32Array(text.length + 1);
  let cur = new Int32Array(text.length + 1);
  for (let j = 0; j <= text.length; j++) prev[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    cur[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const substitute = (prev[j - 1] ?? 0) + (p === text.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(substitute, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

/** Levenshtein distance between two (short) strings. */
export function levenshtein(a: string, b: string): number {
  return distancesToPrefixes(a, b)[b.length] ?? Math.max(a.length, b.length);
}

/** How far either boundary may move. */
const SLACK = 16;
/**
 * Context counts for less than the quote: it settles boundaries the quote leaves open, but must
 * not pull a boundary over words just because the context beyond them was edited too.
 */
const CONTEXT_WEIGHT = 0.5;

export interface Refined {
  start: number;
  end: number;
  /** Levenshtein distance between the quote and `text.slice(start, end)`. */
  errors: number;
}

/**
 * Move the start, then the end, of an approximate match of `quote` at `[start, end)` by up to
 * `SLACK` code units to where quote and context together agree best with the text.
 */
export function refineBoundaries(text: string, quote: string, prefix: string, suffix: string, start: number, end: number): Refined {
  // Start: distance of the quote to text[s, end) for every s, plus distance of the prefix to the text before s.
  const lo = Math.max(0, start - SLACK);
  const fromEnd = distancesToPrefixes(reverse(quote), reverse(text.slice(lo, end)));
  let bestStart = start;
  let bestCost = Infinity;
  for (let s = lo; s <= Math.min(end - 1, start + SLACK); s++) {
    const cost = (fromEnd[end - s] ?? Infinity) + CONTEXT_WEIGHT * levenshtein(prefix, text.slice(Math.max(0, s - prefix.length), s));
    if (cost < bestCost || (cost === bestCost && Math.abs(s - start) < Math.abs(bestStart - start))) {
      bestCost = cost;
      bestStart = s;
    }
  }

  // End, given the start: distance of the quote to text[bestStart, e), plus the suffix's to the text after e.
  const hi = Math.min(text.length, end + SLACK);
  const fromStart = distancesToPrefixes(quote, text.slice(bestStart, hi));
  let bestEnd = end;
  let errors = fromStart[end - bestStart] ?? quote.length;
  bestCost = Infinity;
  for (let e = Math.max(bestStart + 1, end - SLACK); e <= hi; e++) {
    const quoteCost = fromStart[e - bestStart] ?? Infinity;
    const cost = quoteCost + CONTEXT_WEIGHT * levenshtein(suffix, text.slice(e, e + suffix.length));
    if (cost < bestCost || (cost === bestCost && Math.abs(e - end) < Math.abs(bestEnd - end))) {
      bestCost = cost;
      bestEnd = e;
      errors = quoteCost;
    }
  }
  return { start: bestStart, end: bestEnd, errors };
}
