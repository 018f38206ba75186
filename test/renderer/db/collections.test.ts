import { describe, expect, it } from 'vitest';
import {
  addToCollection,
  collectionsHolding,
  createCollection,
  deleteCollection,
  listCollections,
  removeFromCollection,
  renameCollection,
  restoreCollection,
  type CollectionChange,
} from '../../../src/renderer/src/db/collections';
import { deleteArticles, restoreDeletedArticles } from '../../../src/renderer/src/db/delete-articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import type { Result } from '@shared/result';
import { addTextArticle, freshDbsDeletedAfterEach } from './test-db';

const open = freshDbsDeletedAfterEach();


function value(result: Result<CollectionChange>): CollectionChange {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function threeArticles(db: ParallaxDB) {
  return [
    await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.'),
    await addTextArticle(db, 'b.txt', 'Port strike ends\nDock workers returned to work on Friday.'),
    await addTextArticle(db, 'c.txt', 'Flood warning lifted\nThe river fell below the warning level overnight.'),
  ] as const;
}

describe('collections of articles', () => {
  it('creates a collection with the chosen articles, each once, under a tidied name', async () => {
    const db = open();
    const [a, b] = await threeArticles(db);
    const created = value(await createCollection(db, '  Week   one ', [a, b, a]));
    expect(created.after).toMatchObject({ name: 'Week one', articleIds: [a, b] });
    expect(created.moved).toBe(2);
    expect(await db.collections.count()).toBe(1);
  });

  it('refuses an empty name, a name another collection has in any case, and a very long name, writing nothing', async () => {
    const db = open();
    value(await createCollection(db, 'Wire copy'));
    const empty = await createCollection(db, '   ');
    const clash = await createCollection(db, 'WIRE COPY');
    const long = await createCollection(db, 'x'.repeat(121));
    expect(empty).toEqual({ ok: false, error: { code: 'collection-name', message: 'A collection needs a name.' } });
    expect(clash).toEqual({ ok: false, error: { code: 'collection-name', message: 'There is already a collection called “Wire copy”: choose another name.' } });
    expect(long).toMatchObject({ ok: false, error: { message: 'A collection’s name can be at most 120 characters long; this one has 121.' } });
    expect(await db.collections.count()).toBe(1);
  });

  it('adds only the articles not in it yet, at the end, and takes articles out without touching the library', async () => {
    const db = open();
    const [a, b, c] = await threeArticles(db);
    const id = value(await createCollection(db, 'Strikes', [b])).after!.id;
    const added = value(await addToCollection(db, id, [b, c, a]));
    expect(added.moved).toBe(2);
    expect((await db.collections.get(id))!.articleIds).toEqual([b, c, a]);
    const removed = value(await removeFromCollection(db, id, [c, 'not-there']));
    expect(removed.moved).toBe(1);
    expect((await db.collections.get(id))!.articleIds).toEqual([b, a]);
    expect(await db.articles.count()).toBe(3);
  });

  it('renames a collection, but not to a name another one has', async () => {
    const db = open();
    const first = value(await createCollection(db, 'Day one')).after!.id;
    value(await createCollection(db, 'Day two'));
    expect(value(await renameCollection(db, first, 'Opening day')).after!.name).toBe('Opening day');
    const clash = await renameCollection(db, first, 'day two');
    expect(clash.ok).toBe(false);
    expect((await db.collections.get(first))!.name).toBe('Opening day');
    // Its own name in another case is fine.
    expect(value(await renameCollection(db, first, 'OPENING DAY')).after!.name).toBe('OPENING DAY');
  });

  it('deletes a collection but not its articles, and undo puts it back exactly', async () => {
    const db = open();
    const [a, b] = await threeArticles(db);
    const made = value(await createCollection(db, 'Keep', [a, b])).after!;
    const deleted = value(await deleteCollection(db, made.id));
    expect(await db.collections.get(made.id)).toBeUndefined();
    expect(await db.articles.count()).toBe(3);
    await restoreCollection(db, deleted, 'before');
    expect(await db.collections.get(made.id)).toEqual(made);
    await restoreCollection(db, deleted, 'after');
    expect(await db.collections.get(made.id)).toBeUndefined();
  });

  it('undoes and redoes adding articles with the same rows', async () => {
    const db = open();
    const [a, b] = await threeArticles(db);
    const made = value(await createCollection(db, 'Mixed', [a])).after!;
    const change = value(await addToCollection(db, made.id, [b]));
    await restoreCollection(db, change, 'before');
    expect(await db.collections.get(made.id)).toEqual(made);
    await restoreCollection(db, change, 'after');
    expect((await db.collections.get(made.id))!.articleIds).toEqual([a, b]);
  });

  it('says in words that a collection deleted meanwhile cannot be changed', async () => {
    const db = open();
    const id = value(await createCollection(db, 'Gone')).after!.id;
    value(await deleteCollection(db, id));
    for (const result of [await addToCollection(db, id, ['x']), await renameCollection(db, id, 'Back'), await deleteCollection(db, id)]) {
      expect(result).toEqual({ ok: false, error: { code: 'collection-gone', message: 'That collection no longer exists; it may have been deleted.' } });
    }
  });

  it('takes deleted articles out of every collection, and undoing the deletion puts them back in their places', async () => {
    const db = open();
    const [a, b, c] = await threeArticles(db);
    const one = value(await createCollection(db, 'One', [a, b, c])).after!;
    const two = value(await createCollection(db, 'Two', [b])).after!;
    const three = value(await createCollection(db, 'Three', [c])).after!;

    const deleted = await deleteArticles(db, [b]);
    expect((await db.collections.get(one.id))!.articleIds).toEqual([a, c]);
    expect((await db.collections.get(two.id))!.articleIds).toEqual([]);
    expect(await db.collections.get(three.id)).toEqual(three);

    await restoreDeletedArticles(db, deleted);
    expect(await db.collections.get(one.id)).toEqual(one);
    expect(await db.collections.get(two.id)).toEqual(two);
  });

  it('lists collections by name as a person reads them, numbers in order and case aside, and finds those holding an article', async () => {
    const db = open();
    const [a] = await threeArticles(db);
    for (const name of ['week 10', 'Week 2', 'Agency copy']) value(await createCollection(db, name, name === 'week 10' ? [] : [a]));
    expect((await listCollections(db)).map((c) => c.name)).toEqual(['Agency copy', 'Week 2', 'week 10']);
    expect((await collectionsHolding(db, a)).map((c) => c.name)).toEqual(['Agency copy', 'Week 2']);
  });
});
