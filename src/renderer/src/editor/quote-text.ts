import type { SpanCitation } from '@shared/model';

/** Longest quote a chip shows before it is shortened with an ellipsis. */
export const CHIP_QUOTE_LENGTH = 80;

/** White space collapsed to single spaces, so a quote spanning paragraphs reads as one line. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The quote shortened to at most `max` characters (counting the ellipsis), cut at a word
 * boundary when one is near, never inside a surrogate pair.
 */
export function truncateQuote(quote: string, max: number = CHIP_QUOTE_LENGTH): string {
  const text = collapseWhitespace(quote);
  if (text.length <= max) return text;
  let cut = max - 1;
  const space = text.lastIndexOf(' ', cut);
  if (space >= Math.floor(max * 0.6)) cut = space;
  else if (/[\uD800-\uDBFF]/u.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).replace(/[\s,;:.!?—–-]+$/u, '')}…`;
}

/** How a citation reads as plain text: `“quote” (source)`. Plain text and search see this. */
export function citationText(citation: Pick<SpanCitation, 'quote' | 'sourceLabel'>): string {
  const quote = `“${collapseWhitespace(citation.quote)}”`;
  const source = collapseWhitespace(citation.sourceLabel);
  return source ? `${quote} (${source})` : quote;
}
