/**
 * Quotations: text inside straight or curly double quotes, « », „ “. A quote left open at the end of
 * a paragraph closes there (the newspaper convention for quotes running over paragraphs).
 */
export interface QuoteSpan {
  /** Offset of the opening mark, and just past the closing mark (or the paragraph's end). */
  open: number;
  close: number;
  /** The quoted words, trimmed of spaces and trailing commas. */
  start: number;
  end: number;
}

const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“”', '‟': '”' };

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  let closers = '';
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
    if (ch === '\n') {
      if (openAt >= 0) finish(i, i);
      continue;
    }
    if (openAt < 0) {
      const c = CLOSERS[ch];
      if (c) {
        // A straight quote after a letter or digit is more likely an inch mark or a stray.
        if (ch === '"' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
        openAt = i;
        closers = c;
      }
    } else if (closers.includes(ch)) {
      finish(i, i + 1);
    } else if (ch === '“' && closers === '”' && (i + 1 >= text.length || /[\s,.;:!?)]/.test(text[i + 1]!))) {
      finish(i, i + 1); // a sloppy closing “
    }
  }
  if (openAt >= 0) finish(text.length, text.length);
  return out;
}
