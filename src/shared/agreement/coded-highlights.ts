/**
 * A corpus's highlights as the coding Agreement compares: each tagged, placed highlight a span
 * of its coder (its `coderId`, or `ownCoder` for the highlights of the person whose corpus it is),
 * and which coder coded which article at all (a coder who tagged nothing in an article counts
 * as missing there, not as disagreeing). Untagged and orphaned highlights are not coding.
 * The Agreement view and the dossier's agreement section both read highlights through this.
 */
import type { HighlightRecord } from '../model';
import type { CodedSpan } from './segments';

export interface CodedHighlights {
  spans: CodedSpan[];
  codedBy: (coder: string, article: string) => boolean;
}

export function codedHighlights(
  highlights: Iterable<Pick<HighlightRecord, 'articleId' | 'start' | 'end' | 'tagIds' | 'anchorStatus' | 'coderId'>>,
  ownCoder: string,
  include: (coder: string, articleId: string) => boolean = () => true,
): CodedHighlights {
  const spans: CodedSpan[] = [];
  const coded = new Set<string>();
  for (const h of highlights) {
    const coder = h.coderId ?? ownCoder;
    if (h.tagIds.length === 0 || h.anchorStatus === 'orphan' || !include(coder, h.articleId)) continue;
    spans.push({ coder, article: h.articleId, start: h.start, end: h.end, tagIds: [...new Set(h.tagIds)].sort() });
    coded.add(`${coder}\u0000${h.articleId}`);
  }
  return { spans, codedBy: (coder, article) => coded.has(`${coder}\u0000${article}`) };
}
