/**
 * Coding an article as a whole (a "document code" in QDA tools): a highlight whose span is the
 * article's entire text. Stored as an ordinary highlight, so it syncs per coder, counts in the
 * codebook and in agreement, and exports like any other; the reader shows it as a code of the
 * article rather than painting every word, and the dossier names the article instead of quoting
 * all of it.
 */
import type { HighlightRecord } from '../model';

/** True when the highlight covers the whole text of its article (`textLength` UTF-16 code units). */
export function isWholeArticle(highlight: Pick<HighlightRecord, 'start' | 'end' | 'anchorStatus'>, textLength: number): boolean {
  return highlight.anchorStatus === 'anchored' && highlight.start === 0 && highlight.end === textLength && textLength > 0;
}
