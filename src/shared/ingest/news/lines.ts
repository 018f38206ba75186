/** One line of the article with its place in the text (offsets are UTF-16, like every offset). */
export interface Line {
  /** Position among all lines, blank ones included. */
  index: number;
  /** Offset of the line's first character in the text. */
  start: number;
  /** Offset just past the line's last character (before the newline). */
  end: number;
  /** The line without surrounding white space; '' for a blank line. */
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ index, start, end, text: text.slice(start, end).trim() });
    index++;
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Ends the way a sentence ends: a full stop, question or exclamation mark, maybe inside quotes. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["”’'»)\]]*$/.test(text) && !endsWithAbbreviation(text);
}

/** "U.S." or "Jr." at the end of a headline is not the end of a sentence. */
function endsWithAbbreviation(text: string): boolean {
  return /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u.test(text) || /\b(?:Jr|Sr|Inc|Ltd|Co|Corp|St|Dr|Mr|Mrs|Ms|Gen|Gov|Sen|Rep|vs)\.$/.test(text);
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
