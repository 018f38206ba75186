export interface Paragraph {
  /** UTF-16 offsets into the article text; `text === articleText.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

/**
 * The article's paragraphs with their offsets: every run of non-empty lines split at line
 * breaks (news text often puts one paragraph on each line). Offsets index the stored text,
 * so highlights and notes can be drawn on these paragraphs without any conversion.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim().length === 0) continue;
    paragraphs.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return paragraphs;
}
