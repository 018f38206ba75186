import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import {
  createHighlight,
  deleteHighlight,
  listHighlights,
  restoreHighlight,
  setHighlightTags,
} from '../../../src/renderer/src/db/highlights';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { freshDb } from './test-db';

async function article(db: ParallaxDB) {
  const outcome = await parseArticleFile({ name: 'a.txt', bytes: new TextEncoder().encode('Headline\nWe want a predictable, stable relationship with Russia.') });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const added = await addParsedArticle(db, outcome.article, 'a.txt');
  if (added.status !== 'added') throw new Error('expected added');
  return { id: added.article.id, text: outcome.article.text };
}

describe('highlights', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('stores the span with selectors that quote its words and their context', async () => {
    db = freshDb();
    const { id, text } = await article(db);
    const start = text.indexOf('a predictable');
    const end = start + 'a predictable, stable relationship'.length;
    const highlight = await createHighlight(db, { articleId: id, start, end, tagIds: ['t1', 't1'] });
    expect(highlight.selectors.quote.exact).toBe('a predictable, stable relationship');
    expect(highlight.selectors.quote.prefix).toBe('We want ');
    expect(highlight.selectors.position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(highlight.tagIds).toEqual(['t1']);
    expect(await listHighlights(db, id)).toEqual([highlight]);
  });

  it('refuses an empty or out-of-range span with a sentence', async () => {
    db = freshDb();
    const { id } = await article(db);
    await expect(createHighlight(db, { articleId: id, start: 5, end: 5, tagIds: [] })).rejects.toThrow(/Select some/);
    await expect(createHighlight(db, { articleId: 'gone', start: 0, end: 2, tagIds: [] })).rejects.toThrow(/no longer in the corpus/);
  });

  it('changes tags and answers the previous ones for undo', async () => {
    db = freshDb();
    const { id } = await article(db);
    const h = await createHighlight(db, { articleId: id, start: 0, end: 2, tagIds: ['a'] });
    expect(await setHighlightTags(db, h.id, ['a', 'b'])).toEqual(['a']);
    expect((await db.highlights.get(h.id))?.tagIds).toEqual(['a', 'b']);
  });

  it('keeps the notes of a deleted highlight on the article, and undo puts everything back', async () => {
    db = freshDb();
    const { id } = await article(db);
    const h = await createHighlight(db, { articleId: id, start: 0, end: 2, tagIds: [] });
    const note = { id: 'n1', content: '{}', plainText: 'why', articleId: null, highlightId: h.id, citedArticleIds: [], createdAt: 1, updatedAt: 1 };
    await db.notes.add(note);
    const deleted = await deleteHighlight(db, h.id);
    expect(await db.highlights.count()).toBe(0);
    expect(await db.notes.get('n1')).toMatchObject({ highlightId: null, articleId: id });
    await restoreHighlight(db, deleted);
    expect(await db.highlights.get(h.id)).toEqual(h);
    expect(await db.notes.get('n1')).toEqual(note);
  });
});
