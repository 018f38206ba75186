import { useMemo } from 'react';
import { describe } from '@shared/anchoring/describe';
import { effectiveMetadata, formatPublished } from '@shared/article-view';
import type { ArticleRecord, HighlightRecord, Id, SpanCitation, TagRecord } from '@shared/model';
import { useServices } from '../../app/services';
import {
  createHighlight,
  deleteHighlight,
  putHighlightRecord,
  reattachHighlight,
  removeHighlightRecord,
  restoreHighlight,
  setHighlightTags,
  type DeletedHighlight,
} from '../../db/highlights';
import { createTag, restoreTagChange, type TagChange } from '../../db/tags';
import { rememberLastUsedTags } from './last-used-tags';

export interface Span {
  start: number;
  end: number;
}

/** "Outlet, 19 May 2021", or the headline when the outlet is unknown: how a citation names its source. */
export function sourceLabel(article: ArticleRecord): string {
  const meta = effectiveMetadata(article);
  const date = formatPublished(meta.published);
  if (meta.outlet) return date ? `${meta.outlet}, ${date}` : meta.outlet;
  return meta.title ?? article.sourceName;
}

/**
 * Every change the reader makes to the corpus, each recorded in the undo history with a
 * label in words. The reader's components call these and never write to the database.
 */
export function useHighlightActions() {
  const { db, undo } = useServices();
  return useMemo(
    () => ({
      async highlight(articleId: Id, span: Span, tagIds: Id[]): Promise<HighlightRecord> {
        let created: HighlightRecord | null = null;
        await undo.perform({
          label: tagIds.length ? 'Highlight and tag a passage' : 'Highlight a passage',
          redo: async () => {
            if (created) await putHighlightRecord(db, created);
            else created = await createHighlight(db, { articleId, ...span, tagIds });
          },
          undo: async () => {
            if (created) await removeHighlightRecord(db, created.id);
          },
        });
        rememberLastUsedTags(tagIds);
        return created!;
      },

      async setTags(highlight: HighlightRecord, tagIds: Id[], label: string): Promise<void> {
        const before = highlight.tagIds;
        await undo.perform({
          label,
          redo: async () => void (await setHighlightTags(db, highlight.id, tagIds)),
          undo: async () => void (await setHighlightTags(db, highlight.id, before)),
        });
        rememberLastUsedTags(tagIds.filter((id) => !before.includes(id)));
      },

      async reattach(id: Id, span: Span): Promise<void> {
        let before: HighlightRecord | null = null;
        await undo.perform({
          label: 'Re-attach an orphaned highlight',
          redo: async () => {
            before = await reattachHighlight(db, id, span);
          },
          undo: async () => {
            if (before) await putHighlightRecord(db, before);
          },
        });
      },

      async remove(highlight: HighlightRecord, label = 'Delete a highlight'): Promise<void> {
        let deleted: DeletedHighlight | null = null;
        await undo.perform({
          label,
          redo: async () => {
            deleted = await deleteHighlight(db, highlight.id);
          },
          undo: async () => {
            if (deleted) await restoreHighlight(db, deleted);
          },
        });
      },

      async newTag(name: string): Promise<TagRecord> {
        let created: { tag: TagRecord; change: TagChange } | null = null;
        await undo.perform({
          label: `Create tag “${name.trim()}”`,
          redo: async () => {
            if (created) await restoreTagChange(db, created.change, 'after');
            else created = await createTag(db, { name });
          },
          undo: async () => {
            if (created) await restoreTagChange(db, created.change, 'before');
          },
        });
        return created!.tag;
      },

      /** What a note needs to cite a span: the words, where they are, and how to name their source. */
      citation(article: ArticleRecord, text: string, span: Span, highlightId: Id | null = null): SpanCitation {
        return {
          articleId: article.id,
          start: span.start,
          end: span.end,
          selectors: describe(text, span.start, span.end),
          quote: text.slice(span.start, span.end),
          sourceLabel: sourceLabel(article),
          highlightId,
          fingerprint: article.fingerprint,
        };
      },
    }),
    [db, undo],
  );
}
