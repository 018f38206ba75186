/**
 * Quotations: text between an opening mark and a closing mark of any style, because outlets
 * and their editing tools mix them ("…” opened straight and closed curly, «…», „…“, ‘…’ and
 * '…'). A double mark is closed by any double closing mark; single marks quote only where no
 * double quote is open and the mark cannot be an apostrophe (an opening one follows a space or
 * a bracket, a closing one is not followed by a letter: "It's", "Clintons' home" at a word's
 * end is the one case it cannot tell). A quote left open at the end of a paragraph closes there
 * (the newspaper convention for quotes running over paragraphs).
 */
export interface QuoteSpan {
  open: number;
  close: number;
  /** The quoted words, trimmed of spaces and trailing commas. */
  start: number;
  end: number;
}

const DOUBLE_OPENERS = new Set(['"', '“', '«', '„', '‟', '»']);
const DOUBLE_CLOSERS = new Set(['"', '”', '»', '“', '«']);
const SINGLE_OPENERS = new Set(["'", '‘', '‚', '‹']);
const SINGLE_CLOSERS = new Set(["'", '’', '‘', '›']);

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined) => ch === undefined || /[\s([{—–-]/.test(ch);

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  let single = false;
  /** Danish/Swiss style »…«: the mark that opened decides which one closes. */
  let openedWith = '';
  const finish = (closeMark: number, after: number) => {
    let s = openAt + 1;
    let e = closeMark;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ open: openAt, close: after, start: s, end: e });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (ch === '\n') {
      if (openAt >= 0) finish(i, i);
      continue;
    }
    if (openAt < 0) {
      if (DOUBLE_OPENERS.has(ch)) {
        // A straight or closing-shaped mark after a letter or digit is an inch mark or a stray; a » before a space closes nothing.
        if ((ch === '"' || ch === '»') && isWordChar(prev)) continue;
        if (!isWordChar(next) && !/["'‘’\s…¿¡([]/.test(next ?? '')) continue;
        if (/\s/.test(next ?? '') && ch !== '"' && ch !== '“' && ch !== '«' && ch !== '„') continue;
        openAt = i;
        single = false;
        openedWith = ch;
      } else if (SINGLE_OPENERS.has(ch) && isSpaceOrStart(prev) && isWordChar(next)) {
        openAt = i;
        single = true;
        openedWith = ch;
      }
      continue;
    }
    if (single) {
      if (DOUBLE_OPENERS.has(ch) || DOUBLE_CLOSERS.has(ch)) continue;
      if (SINGLE_CLOSERS.has(ch) && !isWordChar(next) && !isSpaceOrStart(prev) && i > openAt + 1) finish(i, i + 1);
      continue;
    }
    if (!DOUBLE_CLOSERS.has(ch) || i === openAt + 1) continue;
    if (ch === '«' && openedWith !== '»') continue;
    if (ch === '“' && openedWith !== '„' && isWordChar(next)) continue; // an opening “ inside: not a close
    if (ch === '"' && isWordChar(next) && !isWordChar(prev)) continue; // a nested straight opener
    finish(i, i + 1);
  }
  if (openAt >= 0) finish(text.length, text.length);
  return out;
}
