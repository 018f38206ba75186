import { useMemo } from 'react';
import { displayTitle } from '@shared/article-view';
import { deletionLabel } from '@shared/library/deletion-words';
import type { Id } from '@shared/model';
import { err, ok, type Result } from '@shared/result';
import { useServices } from '../../app/services';
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
        const articles = (await db.articles.bulkGet([...ids])).filter((a) => a !== undefined);
        if (articles.length === 0) return err({ code: 'gone', message: 'These articles are no longer in the library.' });
        const [highlights, notes] = await Promise.all([
          db.highlights.where('articleId').anyOf(articles.map((a) => a.id)).count(),
          db.notes.where('articleId').anyOf(articles.map((a) => a.id)).count(),
        ]);
        const label = deletionLabel({ titles: articles.map(displayTitle), highlights, freedNotes: notes });
        let deleted: DeletedArticles | null = null;
        await undo.perform({
          label,
          redo: async () => {
            deleted = await deleteArticles(db, ids);
            const open = navigation.getState().articleId;
            if (open && deleted.articles.some((a) => a.id === open)) navigation.openArticle(null);
          },
          undo: async () => {
            if (deleted) await restoreDeletedArticles(db, deleted);
          },
        });
        return ok(label);
      },
    }),
    [db, undo, sync, navigation],
  );
}
