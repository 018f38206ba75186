import { describe, expect, it } from 'vitest';
import { deleteArticles, restoreDeletedArticles } from '../../../src/renderer/src/db/delete-articles';
import { createHighlight } from '../../../src/renderer/src/db/highlights';
import { createNote } from '../../../src/renderer/src/db/notes';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { addTextArticle, freshDbsDeletedAfterEach } from './test-db';

const open = freshDbsDeletedAfterEach();


/** Every table deleting articles touches, read whole, for comparing before and after. */
async function everything(db: ParallaxDB) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    articles: byId(await db.articles.toArray()),
    texts: byId(await db.articleTexts.toArray()),
    shingles: (await db.articleShingles.toArray()).map((s) => s.id).sort(),
    highlights: byId(await db.highlights.toArray()),
    notes: byId(await db.notes.toArray()),
  };
}

describe('deleting articles', () => {
  it('removes the articles with their texts and highlights, and keeps the others untouched', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const b = await addTextArticle(db, 'b.txt', 'Port strike ends\nDock workers returned to work on Friday.');
    await createHighlight(db, { articleId: a, start: 4, end: 9, tagIds: [] });
    const kept = await createHighlight(db, { articleId: b, start: 0, end: 4, tagIds: [] });

    const deleted = await deleteArticles(db, [a]);

    expect(deleted.articles.map((x) => x.id)).toEqual([a]);
    expect(deleted.highlights).toHaveLength(1);
    expect(await db.articles.get(a)).toBeUndefined();
    expect(await db.articleTexts.get(a)).toBeUndefined();
    expect(await db.articleShingles.get(a)).toBeUndefined();
    expect((await db.highlights.toArray()).map((h) => h.id)).toEqual([kept.id]);
    expect(await db.articles.get(b)).toBeDefined();
  });

  it('keeps a note attached to a deleted article, or to one of its highlights, as a free note', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const highlight = await createHighlight(db, { articleId: a, start: 4, end: 9, tagIds: [] });
    const onArticle = await createNote(db, { articleId: a });
    const onHighlight = await createNote(db, { highlightId: highlight.id });

    await deleteArticles(db, [a]);

    const notes = await db.notes.bulkGet([onArticle.id, onHighlight.id]);
    expect(notes.map((n) => n && { articleId: n.articleId, highlightId: n.highlightId })).toEqual([
      { articleId: null, highlightId: null },
      { articleId: null, highlightId: null },
    ]);
  });

  it('cuts the links other articles had to a deleted one (near-duplicates, previous version)', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const b = await addTextArticle(db, 'b.txt', 'Mayor quits\nThe mayor quit on Tuesday after a long inquiry.');
    const c = await addTextArticle(db, 'c.txt', 'Port strike ends\nDock workers returned to work on Friday.');
    await db.articles.update(b, { nearDuplicateIds: [a, c], previousVersionId: a });

    await deleteArticles(db, [a]);

    const after = await db.articles.get(b);
    expect(after?.nearDuplicateIds).toEqual([c]);
    expect(after?.previousVersionId).toBeNull();
  });

  it('is undone exactly: every record comes back as it was', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const b = await addTextArticle(db, 'b.txt', 'Mayor quits\nThe mayor quit on Tuesday after a long inquiry.');
    const c = await addTextArticle(db, 'c.txt', 'Port strike ends\nDock workers returned to work on Friday.');
    await db.articles.update(c, { nearDuplicateIds: [a], previousVersionId: b });
    const highlight = await createHighlight(db, { articleId: a, start: 4, end: 9, tagIds: ['t1'] });
    await createNote(db, { articleId: b });
    await createNote(db, { highlightId: highlight.id });
    await createNote(db, {});
    const before = await everything(db);

    const deleted = await deleteArticles(db, [a, b]);
    expect((await everything(db)).articles.map((x) => x.id)).toEqual([c]);
    await restoreDeletedArticles(db, deleted);

    expect(await everything(db)).toEqual(before);
  });

  it('passes over ids that are not in the corpus', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const deleted = await deleteArticles(db, ['no-such-article', a]);
    expect(deleted.articles.map((x) => x.id)).toEqual([a]);
    expect(await db.articles.count()).toBe(0);
  });
});
