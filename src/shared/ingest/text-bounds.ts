/**
 * Bounds on extracted text itself, whatever format it came from (limits.ts says why): the line
 * bound is checked before anything scans the text (the export splitter's patterns took 585 MB
 * and 2 s over one 10 MB line), the size bound on each article, since an export holds many.
 */
import { MAX_ARTICLE_CHARS, MAX_LINE_CHARS } from './limits';
import type { IngestError } from './types';

/** Both bounds, for one article's text. */
export function checkTextBounds(text: string, limits = { maxChars: MAX_ARTICLE_CHARS, maxLineChars: MAX_LINE_CHARS }): IngestError | null {
  return checkArticleSize(text, limits.maxChars) ?? checkLineLength(text, limits.maxLineChars);
}

/** Characters of one article, past MAX_ARTICLE_CHARS refused in words. */
export function checkArticleSize(text: string, maxChars = MAX_ARTICLE_CHARS): IngestError | null {
  if (text.length > maxChars) {
    return {
      code: 'too-large',
      message: `This file holds ${text.length.toLocaleString('en-US')} characters of text; Parallax stops at ${maxChars.toLocaleString('en-US')} for one article (a 1,000-page book has about 3 million). Split it into its articles and import those.`,
    };
  }
  return null;
}

/** The longest line, past MAX_LINE_CHARS refused in words. */
export function checkLineLength(text: string, maxLineChars = MAX_LINE_CHARS): IngestError | null {
  const longest = longestLine(text);
  if (longest > maxLineChars) {
    return {
      code: 'too-large',
      message: `This file has a line of ${longest.toLocaleString('en-US')} characters with no line break; Parallax stops at ${maxLineChars.toLocaleString('en-US')} (a paragraph of an article has a few thousand), since a line that long is data, not prose. Break it into paragraphs and import it again.`,
    };
  }
  return null;
}

/** Length of the longest line (\n, \r\n or a lone \r ends one, as normalisation will read them), without splitting the text into copies. */
export function longestLine(text: string): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      longest = Math.max(longest, current);
      current = 0;
    } else current++;
  }
  return Math.max(longest, current);
}
