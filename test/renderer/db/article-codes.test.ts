import { describe, expect, it } from 'vitest';
import { codeWholeArticles, redoArticleCoding, undoArticleCoding } from '../../../src/renderer/src/db/article-codes';
import { createHighlight } from '../../../src/renderer/src/db/highlights';
import { createTag } from '../../../src/renderer/src/db/tags';
import { addTextArticle, freshDbsDeletedAfterEach } from './test-db';

const open = freshDbsDeletedAfterEach();
const MAYOR = 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.';
const PORT = 'Port strike ends\nDock workers returned to work on Friday.';

describe('coding whole articles with a tag', () => {
  it('gives each article a highlight over its whole text with the tag, quoting it all', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', MAYOR);
    const b = await addTextArticle(db, 'b.txt', PORT);
    const { tag } = await createTag(db, { name: 'Local politics' });
    const coding = await codeWholeArticles(db, [a, b], tag.id);
    expect(coding.created).toHaveLength(2);
    const [first] = await db.highlights.where('articleId').equals(a).toArray();
    const text = (await db.articleTexts.get(a))!.text;
    expect(first).toMatchObject({ start: 0, end: text.length, tagIds: [tag.id], anchorStatus: 'anchored' });
    expect(first!.selectors.quote.exact).toBe(text);
  });

  it('adds a second tag to the same whole-article highlight, leaves passage highlights alone, and counts articles already coded', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', MAYOR);
    const { tag: one } = await createTag(db, { name: 'One' });
    const { tag: two } = await createTag(db, { name: 'Two' });
    const passage = await createHighlight(db, { articleId: a, start: 0, end: 5, tagIds: [one.id] });
    await codeWholeArticles(db, [a], one.id);
    const again = await codeWholeArticles(db, [a], one.id);
    expect(again).toMatchObject({ created: [], retagged: [], already: 1 });
    const second = await codeWholeArticles(db, [a], two.id);
    expect(second.retagged).toHaveLength(1);
    const all = await db.highlights.where('articleId').equals(a).toArray();
    expect(all).toHaveLength(2);
    expect(all.find((h) => h.id !== passage.id)!.tagIds).toEqual([one.id, two.id]);
    expect((await db.highlights.get(passage.id))!.tagIds).toEqual([one.id]);
  });

  it('is undone and redone exactly', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', MAYOR);
    const b = await addTextArticle(db, 'b.txt', PORT);
    const { tag: one } = await createTag(db, { name: 'One' });
    const { tag: two } = await createTag(db, { name: 'Two' });
    await codeWholeArticles(db, [a], one.id);
    const before = await db.highlights.toArray();
    const coding = await codeWholeArticles(db, [a, b], two.id);
    const after = await db.highlights.toArray();
    await undoArticleCoding(db, coding);
    expect(await db.highlights.toArray()).toEqual(before);
    await redoArticleCoding(db, coding);
    expect(await db.highlights.toArray()).toEqual(after);
  });

  it('refuses a tag deleted meanwhile, in words, and writes nothing', async () => {
    const db = open();
    const a = await addTextArticle(db, 'a.txt', MAYOR);
    await expect(codeWholeArticles(db, [a], 'no-such-tag')).rejects.toThrow('That tag no longer exists; it may have been deleted.');
    expect(await db.highlights.count()).toBe(0);
  });
});
