import { useMemo } from 'react';
import { countOf } from '@shared/count-words';
import type { CollectionRecord, Id } from '@shared/model';
import { err, ok, type Result } from '@shared/result';
import { useServices } from '../../app/services';
import {
  addToCollection,
  createCollection,
  deleteCollection,
  removeFromCollection,
  renameCollection,
  restoreCollection,
  type CollectionChange,
} from '../../db/collections';

/**
 * What the library does to collections, each recorded in the undo history with a label in
 * words (the status bar says it, with Undo). A change the repository refuses comes back as a
 * Result whose message says why, and nothing is recorded.
 */
export function useCollectionActions() {
  const { db, undo, sync } = useServices();
  return useMemo(() => {
    /** A viewer of a shared project reads the team's collections but cannot change them (the server would refuse it). */
    const refusal = (): Result<never> | null => {
      const project = sync.getSnapshot().project;
      return project?.role === 'viewer'
        ? err({ code: 'viewer', message: `You are a viewer of “${project.projectName}”: you can read its collections but not change them.` })
        : null;
    };
    /** Records a change already made, so that Undo puts the collection back as it was and Redo as it became. */
    const record = (result: Result<CollectionChange>, label: (change: CollectionChange) => string): Result<CollectionChange> => {
      if (!result.ok) return result;
      const change = result.value;
      undo.push({ label: label(change), undo: () => restoreCollection(db, change, 'before'), redo: () => restoreCollection(db, change, 'after') });
      return result;
    };
    const articles = (n: number) => countOf(n, 'article');

    return {
      async create(name: string, articleIds: readonly Id[]): Promise<Result<CollectionRecord>> {
        const refused = refusal();
        if (refused) return refused;
        const result = record(await createCollection(db, name, articleIds), (c) =>
          c.moved > 0 ? `Create collection “${c.after!.name}” with ${articles(c.moved)}` : `Create collection “${c.after!.name}”`,
        );
        return result.ok ? ok(result.value.after!) : result;
      },
      async add(collection: CollectionRecord, articleIds: readonly Id[]): Promise<Result<CollectionChange>> {
        const refused = refusal();
        if (refused) return refused;
        const result = await addToCollection(db, collection.id, articleIds);
        if (result.ok && result.value.moved === 0) {
          const these = articleIds.length === 1 ? 'This article is' : `These ${articleIds.length.toLocaleString()} articles are`;
          return err({ code: 'already-in', message: `${these} already in “${collection.name}”.` });
        }
        const skipped = result.ok ? articleIds.length - result.value.moved : 0;
        return record(result, (c) => `Add ${articles(c.moved)} to “${collection.name}”${skipped > 0 ? ` (${skipped.toLocaleString()} already in it)` : ''}`);
      },
      async remove(collection: CollectionRecord, articleIds: readonly Id[]): Promise<Result<CollectionChange>> {
        return refusal() ?? record(await removeFromCollection(db, collection.id, articleIds), (c) => `Take ${articles(c.moved)} out of “${collection.name}” (they stay in the library)`);
      },
      async rename(collection: CollectionRecord, name: string): Promise<Result<CollectionChange>> {
        const refused = refusal();
        if (refused) return refused;
        const result = await renameCollection(db, collection.id, name);
        // The same name again changed nothing: there is nothing to undo.
        if (result.ok && result.value.before === result.value.after) return result;
        return record(result, (c) => `Rename collection “${collection.name}” to “${c.after!.name}”`);
      },
      async delete(collection: CollectionRecord): Promise<Result<CollectionChange>> {
        return refusal() ?? record(
          await deleteCollection(db, collection.id),
          (c) => `Delete collection “${collection.name}” of ${articles(c.before!.articleIds.length)} (the articles stay in the library)`,
        );
      },
    };
  }, [db, undo, sync]);
}

export type CollectionActions = ReturnType<typeof useCollectionActions>;
