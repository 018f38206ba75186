/**
 * The coded spans of a shared project's coder documents, ready for computeAgreement: each
 * highlight's tags mapped through merges (a highlight tagged with a tag merged into another
 * counts as that one), articles by fingerprint.
 */
import type * as Y from 'yjs';
import { effectiveTagId } from '../sync/codebook-tree';
import { CODER, type HighlightEntry, type TagEntry } from '../sync/layout';
import type { CodedSpan } from './segments';

export function spansFromCoderDocs(coderDocs: ReadonlyMap<string, Y.Doc>, tags: ReadonlyMap<string, TagEntry>): CodedSpan[] {
  const spans: CodedSpan[] = [];
  for (const [coder, doc] of coderDocs) {
    doc.getMap<HighlightEntry>(CODER.highlights).forEach((entry) => {
      const tagIds = [...new Set(entry.tagIds.map((id) => effectiveTagId(tags, id)))];
      spans.push({ coder, article: entry.article, start: entry.start, end: entry.end, tagIds });
    });
  }
  return spans;
}
