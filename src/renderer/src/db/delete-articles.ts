import type { ArticleRecord, ArticleShinglesRecord, ArticleTextRecord, CollectionRecord, HighlightRecord, Id, NoteRecord, SnapshotRecord } from '@shared/model';
import type { ParallaxDB } from './schema';

/**
 * Everything deleting articles took away or changed, kept whole so that Undo puts the corpus
 * back exactly: the articles with their texts, shingles and page snapshots, their highlights,
 * the notes that were attached to them (as they were), and the other articles whose links to
 * them (near-duplicates, previous version) were cut.
 */
export interface DeletedArticles {
  articles: ArticleRecord[];
  texts: ArticleTextRecord[];
  shingles: ArticleShinglesRecord[];
  snapshots: SnapshotRecord[];
  highlights: HighlightRecord[];
  /** The attached notes before they were set free (they are kept, not deleted). */
  detachedNotes: NoteRecord[];
  /** Other articles as they were before their links to the deleted ones were removed. */
  relinked: ArticleRecord[];
  /** The collections that held deleted articles, as they were (the articles are taken out of them). */
  collections: CollectionRecord[];
}

function tablesOf(db: ParallaxDB) {
  return [db.articles, db.articleTexts, db.articleShingles, db.snapshots, db.highlights, db.notes, db.collections];
}

/**
 * Deletes articles and what belongs only to them, in one transaction. A note is a person's own
 * writing, so a note attached to a deleted article (or to one of its highlights) is kept as a
 * free note; its citations still quote the words and name the source. Links from other articles
 * are cut so that none points at an article that is gone.
 */
export async function deleteArticles(db: ParallaxDB, ids: readonly Id[]): Promise<DeletedArticles> {
  return db.transaction('rw', tablesOf(db), async () => {
    const articles = (await db.articles.bulkGet([...ids])).filter((a): a is ArticleRecord => a !== undefined);
    const gone = new Set(articles.map((a) => a.id));
    const goneIds = [...gone];
    const [texts, shingles, snapshots, highlights, attachedNotes] = await Promise.all([
      db.articleTexts.bulkGet(goneIds),
      db.articleShingles.bulkGet(goneIds),
      db.snapshots.bulkGet(goneIds),
      db.highlights.where('articleId').anyOf(goneIds).toArray(),
      db.notes.where('articleId').anyOf(goneIds).toArray(),
    ]);
    const highlightIds = new Set(highlights.map((h) => h.id));
    // A note on a highlight of a deleted article may name no article itself.
    const highlightNotes = highlightIds.size ? await db.notes.where('highlightId').anyOf([...highlightIds]).toArray() : [];
    const detachedNotes = [...new Map([...attachedNotes, ...highlightNotes].map((n) => [n.id, n])).values()];

    const linked = await db.articles.where('nearDuplicateIds').anyOf(goneIds).toArray();
    const newer = await db.articles.where('previousVersionId').anyOf(goneIds).toArray();
    const relinked = [...new Map([...linked, ...newer].filter((a) => !gone.has(a.id)).map((a) => [a.id, a])).values()];
    const collections = await db.collections.where('articleIds').anyOf(goneIds).distinct().toArray();

    await db.notes.bulkPut(detachedNotes.map((note) => ({ ...note, articleId: null, highlightId: null })));
    await db.articles.bulkPut(
      relinked.map((a) => ({
        ...a,
        nearDuplicateIds: a.nearDuplicateIds.filter((id) => !gone.has(id)),
        previousVersionId: a.previousVersionId !== null && gone.has(a.previousVersionId) ? null : a.previousVersionId,
      })),
    );
    // A collection keeps no id of an article that is gone (Undo puts them back in their places).
    await db.collections.bulkPut(collections.map((c) => ({ ...c, articleIds: c.articleIds.filter((id) => !gone.has(id)) })));
    await db.highlights.bulkDelete([...highlightIds]);
    await Promise.all([db.articleTexts.bulkDelete(goneIds), db.articleShingles.bulkDelete(goneIds), db.snapshots.bulkDelete(goneIds)]);
    await db.articles.bulkDelete(goneIds);
    return {
      articles,
      texts: texts.filter((t): t is ArticleTextRecord => t !== undefined),
      shingles: shingles.filter((s): s is ArticleShinglesRecord => s !== undefined),
      snapshots: snapshots.filter((s): s is SnapshotRecord => s !== undefined),
      highlights,
      detachedNotes,
      relinked,
      collections,
    };
  });
}

/** Undoes deleteArticles exactly: every record it took or changed is put back as it was. */
export async function restoreDeletedArticles(db: ParallaxDB, deleted: DeletedArticles): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    await db.articles.bulkPut([...deleted.articles, ...deleted.relinked]);
    await db.articleTexts.bulkPut(deleted.texts);
    await db.articleShingles.bulkPut(deleted.shingles);
    await db.snapshots.bulkPut(deleted.snapshots);
    await db.highlights.bulkPut(deleted.highlights);
    await db.notes.bulkPut(deleted.detachedNotes);
    await db.collections.bulkPut(deleted.collections);
  });
}
