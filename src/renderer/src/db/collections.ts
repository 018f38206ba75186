/**
 * Collections' repository: named sets of articles (src/shared/library/collections.ts holds the
 * rules). Each change runs in one transaction and returns the collection as it was before and
 * is after, so that `restoreCollection(db, change, 'before')` undoes it and `'after'` redoes it
 * with the same id. A change that cannot be made is a Result in words; nothing is written then.
 */
import { checkCollectionName, sortCollections, withArticles, withoutArticles } from '@shared/library/collections';
import type { CollectionRecord, Id } from '@shared/model';
import { err, ok, type Result } from '@shared/result';
import { newId } from './ids';
import type { ParallaxDB } from './schema';

/** One collection before and after a change: `before` null when it was created, `after` null when it was deleted. */
export interface CollectionChange {
  before: CollectionRecord | null;
  after: CollectionRecord | null;
  /** How many articles the change put in or took out (0 for a rename). */
  moved: number;
}

const GONE = { code: 'collection-gone', message: 'That collection no longer exists; it may have been deleted.' } as const;

/** Every collection, in the order a menu lists them (by name, as a person reads it). */
export async function listCollections(db: ParallaxDB): Promise<CollectionRecord[]> {
  return sortCollections(await db.collections.toArray());
}

/** The collections holding an article, in menu order (by the multi-entry index on their articles). */
export async function collectionsHolding(db: ParallaxDB, articleId: Id): Promise<CollectionRecord[]> {
  return sortCollections(await db.collections.where('articleIds').equals(articleId).toArray());
}

/** A new collection named `name`, holding these articles (none is fine). */
export async function createCollection(db: ParallaxDB, name: string, articleIds: readonly Id[] = []): Promise<Result<CollectionChange>> {
  return db.transaction('rw', db.collections, async () => {
    const checked = checkCollectionName(name, await db.collections.toArray(), null);
    if (!checked.ok) return err({ code: 'collection-name', message: checked.message });
    const now = Date.now();
    const record: CollectionRecord = { id: newId(), name: checked.name, articleIds: [...new Set(articleIds)], createdAt: now, updatedAt: now };
    await db.collections.add(record);
    return ok({ before: null, after: record, moved: record.articleIds.length });
  });
}

export async function renameCollection(db: ParallaxDB, id: Id, name: string): Promise<Result<CollectionChange>> {
  return db.transaction('rw', db.collections, async () => {
    const before = await db.collections.get(id);
    if (!before) return err(GONE);
    const checked = checkCollectionName(name, await db.collections.toArray(), id);
    if (!checked.ok) return err({ code: 'collection-name', message: checked.message });
    if (checked.name === before.name) return ok({ before, after: before, moved: 0 });
    const after = { ...before, name: checked.name, updatedAt: Date.now() };
    await db.collections.put(after);
    return ok({ before, after, moved: 0 });
  });
}

/** Adds articles to a collection; those already in it are left where they are (`moved` counts the new ones). */
export async function addToCollection(db: ParallaxDB, id: Id, articleIds: readonly Id[]): Promise<Result<CollectionChange>> {
  return db.transaction('rw', db.collections, async () => {
    const before = await db.collections.get(id);
    if (!before) return err(GONE);
    const { collection: after, added } = withArticles(before, articleIds, Date.now());
    if (added > 0) await db.collections.put(after);
    return ok({ before, after, moved: added });
  });
}

/** Takes articles out of a collection (the articles themselves stay in the library). */
export async function removeFromCollection(db: ParallaxDB, id: Id, articleIds: readonly Id[]): Promise<Result<CollectionChange>> {
  return db.transaction('rw', db.collections, async () => {
    const before = await db.collections.get(id);
    if (!before) return err(GONE);
    const { collection: after, removed } = withoutArticles(before, articleIds, Date.now());
    if (removed > 0) await db.collections.put(after);
    return ok({ before, after, moved: removed });
  });
}

/** Deletes a collection; its articles stay in the library. */
export async function deleteCollection(db: ParallaxDB, id: Id): Promise<Result<CollectionChange>> {
  return db.transaction('rw', db.collections, async () => {
    const before = await db.collections.get(id);
    if (!before) return err(GONE);
    await db.collections.delete(id);
    return ok({ before, after: null, moved: 0 });
  });
}

/** Puts the collection back as it was before the change (undo) or after it (redo). */
export async function restoreCollection(db: ParallaxDB, change: CollectionChange, side: 'before' | 'after'): Promise<void> {
  const record = change[side];
  const id = (change.before ?? change.after)!.id;
  await db.transaction('rw', db.collections, async () => {
    if (record) await db.collections.put(record);
    else await db.collections.delete(id);
  });
}
