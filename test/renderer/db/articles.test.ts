import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { ParsedArticle } from '@shared/ingest/types';
import { addParsedArticle, getArticleText, listArticles } from '../../../src/renderer/src/db/articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { freshDb } from './test-db';

async function parsed(text: string): Promise<ParsedArticle> {
  const outcome = await parseArticleFile({ name: 'a.txt', bytes: new TextEncoder().encode(text) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

describe('storing articles', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps the list record apart from the text, and both under one id', async () => {
    db = freshDb();
    const result = await addParsedArticle(db, await parsed('A headline\nA paragraph of body text.'), 'a.txt', 1000);
    expect(result.status).toBe('added');
    if (result.status !== 'added') return;
    expect(result.article).toMatchObject({ title: 'A headline', sourceName: 'a.txt', importedAt: 1000, edits: {} });
    expect(result.article).not.toHaveProperty('text');
    expect(await getArticleText(db, result.article.id)).toMatchObject({ text: 'A paragraph of body text.' });
  });

  it('does not store the same text twice and names the article it already is', async () => {
    db = freshDb();
    const first = await addParsedArticle(db, await parsed('Same story\nIdentical body.'), 'first.txt');
    const second = await addParsedArticle(db, await parsed('Same story\r\nIdentical body.\r\n'), 'second.txt');
    expect(second).toEqual({
      status: 'duplicate',
      existing: { id: first.status === 'added' ? first.article.id : '', title: 'Same story', sourceName: 'first.txt' },
    });
    expect(await db.articles.count()).toBe(1);
    expect(await db.articleTexts.count()).toBe(1);
  });

  it('writes nothing at all when storing the text fails halfway', async () => {
    db = freshDb();
    const spy = vi.spyOn(db.articleTexts, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(addParsedArticle(db, await parsed('Headline\nBody.'), 'a.txt')).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.articles.count()).toBe(0);
    expect(await db.articleTexts.count()).toBe(0);
  });

  it('lists articles in the order they were imported', async () => {
    db = freshDb();
    await addParsedArticle(db, await parsed('Second\nBody two.'), 'b.txt', 2000);
    await addParsedArticle(db, await parsed('First\nBody one.'), 'a.txt', 1000);
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['First', 'Second']);
  });

  it('survives closing and reopening the database', async () => {
    db = freshDb();
    await addParsedArticle(db, await parsed('Persistent\nBody.'), 'p.txt');
    db.close();
    await db.open();
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['Persistent']);
  });
});

describe('correcting metadata', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps a correction apart from what extraction found, lets it win, and can drop it again', async () => {
    db = freshDb();
    const { effectiveMetadata } = await import('@shared/article-view');
    const { editArticleMetadata, revertArticleMetadata } = await import('../../../src/renderer/src/db/articles');
    const added = await addParsedArticle(db, await parsed('Extracted headline\nBody.'), 'a.txt');
    if (added.status !== 'added') throw new Error('expected added');
    await editArticleMetadata(db, added.article.id, 'title', 'Corrected headline');
    await editArticleMetadata(db, added.article.id, 'agencies', ['AFP']);
    const edited = (await db.articles.get(added.article.id))!;
    expect(edited.title).toBe('Extracted headline');
    expect(effectiveMetadata(edited)).toMatchObject({ title: 'Corrected headline', agencies: ['AFP'] });
    await revertArticleMetadata(db, added.article.id, 'title');
    expect(effectiveMetadata((await db.articles.get(added.article.id))!)).toMatchObject({ title: 'Extracted headline', agencies: ['AFP'] });
  });
});
