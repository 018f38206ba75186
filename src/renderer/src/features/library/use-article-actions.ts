import { useMemo } from 'react';
import { displayTitle } from '@shared/article-view';
import { deletionLabel } from '@shared/library/deletion-words';
import { describeThrown, err, ok, type Result } from '@shared/result';
import { useServices } from '../../app/services';
import type { UndoEntry } from '../../app/undo';
import { codeWholeArticles, redoArticleCoding, undoArticleCoding, type ArticleCoding } from '../../db/article-codes';
import { deleteArticles, restoreDeletedArticles, type DeletedArticles } from '../../db/delete-articles';
import { countOf } from '@shared/count-words';
import type { Id, TagRecord } from '@shared/model';

/**
 * What the library does to whole articles, each recorded in the undo history with a label in
 * words. The library's components call these and never write to the database.
 */
export function useArticleActions() {
  const { db, undo, sync, navigation } = useServices();
  return useMemo(
    () => ({
      /**
       * Deletes the articles (Undo puts them back). In a shared project articles stay: the sync
       * server keeps the team's list of articles, and removing one for everyone is not built yet,
       * so deleting it here alone would only see it fetched back.
       */
      async remove(ids: readonly Id[]): Promise<Result<string>> {
        if (ids.length === 0) return err({ code: 'nothing-selected', message: 'Choose the articles to delete first.' });
        const project = sync.getSnapshot().project;
        if (project) {
          return err({
            code: 'shared-project',
            message: `Articles of the shared project “${project.projectName}” cannot be deleted yet: the team’s server keeps them for everyone, and a copy deleted here alone would come back. Deleting works again once you leave the project (File › Project Members…).`,
          });
        }
        if ((await db.articles.where('id').anyOf([...ids]).count()) === 0) return err({ code: 'gone', message: 'These articles are no longer in the library.' });
        let deleted: DeletedArticles | null = null;
        // The label says what the deletion itself found (every highlight, and every note freed,
        // including notes on those highlights), so it is written once the deletion has run.
        const entry: UndoEntry = {
          label: '',
          redo: async () => {
            const done = await deleteArticles(db, ids);
            deleted = done;
            entry.label = deletionLabel({ titles: done.articles.map(displayTitle), highlights: done.highlights.length, freedNotes: done.detachedNotes.length });
            const open = navigation.getState().articleId;
            if (open && done.articles.some((a) => a.id === open)) navigation.openArticle(null);
          },
          undo: async () => {
            if (deleted) await restoreDeletedArticles(db, deleted);
          },
        };
        await undo.perform(entry);
        return ok(entry.label);
      },

      /** Codes each article as a whole with the tag (Undo takes it back); articles coded so already are counted, not recoded. */
      async codeWhole(ids: readonly Id[], tag: TagRecord): Promise<Result<string>> {
        if (ids.length === 0) return err({ code: 'nothing-selected', message: 'Choose the articles to tag first.' });
        let coding: ArticleCoding;
        try {
          coding = await codeWholeArticles(db, ids, tag.id);
        } catch (thrown) {
          return err({ code: 'code-failed', message: `The articles could not be tagged “${tag.name}”: ${describeThrown(thrown)}` });
        }
        const done = coding.created.length + coding.retagged.length;
        if (done === 0) {
          return err({ code: 'already-coded', message: `${ids.length === 1 ? 'This article is' : `These ${ids.length.toLocaleString()} articles are`} already tagged “${tag.name}” as a whole.` });
        }
        const label = `Tag ${countOf(done, 'article')} as a whole “${tag.name}”${coding.already > 0 ? ` (${coding.already.toLocaleString()} already were)` : ''}`;
        undo.push({ label, undo: () => undoArticleCoding(db, coding), redo: () => redoArticleCoding(db, coding) });
        return ok(label);
      },
    }),
    [db, undo, sync, navigation],
  );
}
