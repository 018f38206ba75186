/**
 * The rules of collections (named sets of articles), apart from where they are stored: what a
 * name may be, and how a collection's articles change. Every function returns a new record or
 * words saying why the change cannot be made; none of them writes anything.
 */
import { nameKey } from '../codebook/tree';
import type { CollectionRecord, Id } from '../model';

/**
 * Longest collection name accepted, in characters: a name is a label in a menu, and the
 * menu stays readable at this length (tags allow the same).
 */
export const MAX_COLLECTION_NAME_LENGTH = 120;

/** The name as stored (NFC, runs of white space made one space, trimmed), or why it cannot be used. */
export function checkCollectionName(
  raw: string,
  others: readonly Pick<CollectionRecord, 'id' | 'name'>[],
  selfId: Id | null,
): { ok: true; name: string } | { ok: false; message: string } {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, message: 'A collection needs a name.' };
  if (name.length > MAX_COLLECTION_NAME_LENGTH) {
    return { ok: false, message: `A collection’s name can be at most ${MAX_COLLECTION_NAME_LENGTH} characters long; this one has ${name.length}.` };
  }
  const clash = others.find((c) => c.id !== selfId && nameKey(c.name) === nameKey(name));
  if (clash) return { ok: false, message: `There is already a collection called “${clash.name}”: choose another name.` };
  return { ok: true, name };
}

/** The collection with these articles added at the end (those already in it stay where they are), and how many were new. */
export function withArticles(collection: CollectionRecord, ids: readonly Id[], now: number): { collection: CollectionRecord; added: number } {
  const present = new Set(collection.articleIds);
  const fresh = [...new Set(ids)].filter((id) => !present.has(id));
  if (fresh.length === 0) return { collection, added: 0 };
  return { collection: { ...collection, articleIds: [...collection.articleIds, ...fresh], updatedAt: now }, added: fresh.length };
}

/** The collection without these articles, and how many of them it held. */
export function withoutArticles(collection: CollectionRecord, ids: readonly Id[], now: number): { collection: CollectionRecord; removed: number } {
  const gone = new Set(ids);
  const kept = collection.articleIds.filter((id) => !gone.has(id));
  const removed = collection.articleIds.length - kept.length;
  return { collection: removed === 0 ? collection : { ...collection, articleIds: kept, updatedAt: now }, removed };
}

/** Collections in the order a menu lists them: by name, as a person reads it (locale-aware, numbers in order). */
export function sortCollections<T extends Pick<CollectionRecord, 'name' | 'id'>>(collections: readonly T[]): T[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...collections].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
