import { useMemo } from 'react';
import { displayTitle } from '@shared/article-view';
import { deletionLabel } from '@shared/library/deletion-words';
import type { Id } from '@shared/model';
import { err, ok, type Result } from '@shared/result';
import { useServices } from '../../app/services';
import type { UndoEntry } from '../../app/undo';
import { deleteArticles, restoreDeletedArticles, type DeletedArticles } from '../../db/delete-articles';

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
    }),
    [db, undo, sync, navigation],
  );
}
