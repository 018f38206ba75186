/**
 * Sentences with their offsets: Intl.Segmenter where there is one (a regular expression
 * otherwise), never across a line break, and not after abbreviations such as "U.S.", "Mr." or an
 * initial ("Antony J. Blinken").
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt adm cmdr st sr jr rev hon pres supt insp det ' +
    'jan feb mar apr aug sep sept oct nov dec no nos vs etc inc corp co ltd bros approx dept est fig ' +
    'e.g i.e u.s u.k u.n e.u u.s.a a.m p.m'
  ).split(/\s+/),
);

type SegmenterLike = { segment(input: string): Iterable<{ index: number; segment: string }> };
let cachedSegmenter: SegmenterLike | null | undefined;

function segmenter(): SegmenterLike | null {
  if (cachedSegmenter !== undefined) return cachedSegmenter;
  try {
    const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: { granularity: string }) => SegmenterLike }).Segmenter;
    cachedSegmenter = Ctor ? new Ctor('en', { granularity: 'sentence' }) : null;
  } catch {
    cachedSegmenter = null;
  }
  return cachedSegmenter;
}

/** For tests: force the regular-expression fallback (true) or go back to Intl.Segmenter. */
export function useFallbackSegmenter(on: boolean): void {
  cachedSegmenter = on ? null : undefined;
}

function rawBreaks(line: string): number[] {
  const seg = segmenter();
  const starts: number[] = [];
  if (seg) {
    for (const s of seg.segment(line)) starts.push(s.index);
    return starts;
  }
  starts.push(0);
  const re = /[.!?]+["'”’)\]]*\s+(?=["'“‘«„([]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) starts.push(m.index + m[0].length);
  return starts;
}

/** Does this piece end with an abbreviation or an initial that does not end a sentence? */
function endsWithAbbreviation(piece: string): boolean {
  const m = /(?:^|[\s(“"‘'\-–—])((?:\p{L}{1,5}\.)+)\s*$/u.exec(piece);
  if (!m) return false;
  const abbr = m[1]!;
  if (/^\p{Lu}\.$/u.test(abbr)) return true; // an initial
  const key = abbr.toLowerCase().replace(/\.$/, '');
  return ABBREVIATIONS.has(key) || /^(?:\p{L}\.){2,}$/u.test(abbr);
}

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const starts = rawBreaks(line);
      const pieces: Span[] = [];
      for (let i = 0; i < starts.length; i++) {
        const s = starts[i]!;
        const e = i + 1 < starts.length ? starts[i + 1]! : line.length;
        const last = pieces[pieces.length - 1];
        // a sentence does not start in lower case: '"Was it useful?" he asked.'
        if (last && /^\s*\p{Ll}/u.test(line.slice(s, e))) {
          last.end = e;
          continue;
        }
        if (last && endsWithAbbreviation(line.slice(last.start, last.end)) && /^\s*[\p{Lu}\p{N}]/u.test(line.slice(s, e)) && !/[.!?]\s*\.\s*$/.test(line.slice(last.start, last.end))) {
          last.end = e;
        } else pieces.push({ start: s, end: e });
      }
      for (const p of pieces) {
        let s = p.start;
        let e = p.end;
        while (s < e && /\s/.test(line[s]!)) s++;
        while (e > s && /\s/.test(line[e - 1]!)) e--;
        if (e > s) out.push({ start: lineStart + s, end: lineStart + e });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
