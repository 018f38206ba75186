import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { ParsedArticle } from '@shared/ingest/types';
import { addParsedArticles } from '../../../src/renderer/src/db/add-articles';
import { replaceCorpus } from '../../../src/renderer/src/db/backup';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { freshDb } from './test-db';

async function fetchedArticle(): Promise<ParsedArticle> {
  const html = '<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1><p>The ferry crews of the northern isles went back to work on Friday after the operator agreed to longer rest hours.</p></article></body></html>';
  const bytes = new TextEncoder().encode(html);
  const outcome = await parseArticleFile({ name: 'ferry.html', bytes });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const web = { url: 'https://example.org/s', finalUrl: 'https://example.org/news/ferry', canonicalUrl: null, fetchedAt: '2026-12-03T10:00:00.000Z', contentType: 'text/html' };
  return { ...outcome.article, web, snapshot: bytes };
}

describe('the snapshot of a fetched page', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('is stored beside its article, not in the list record', async () => {
    db = freshDb();
    const article = await fetchedArticle();
    const [stored] = await addParsedArticles(db, [{ parsed: article, sourceName: 'https://example.org/s' }]);
    if (stored?.status !== 'added') throw new Error('not added');
    const snapshot = await db.snapshots.get(stored.article.id);
    expect(snapshot).toMatchObject({ url: 'https://example.org/s', finalUrl: 'https://example.org/news/ferry', fetchedAt: '2026-12-03T10:00:00.000Z', contentType: 'text/html' });
    expect(new TextDecoder().decode(snapshot!.bytes)).toContain('<h1>Ferry strike ends</h1>');
    expect(Object.keys((await db.articles.get(stored.article.id))!)).not.toContain('snapshot');
    expect((await db.articles.get(stored.article.id))!.web?.finalUrl).toBe('https://example.org/news/ferry');
  });

  it('goes with its article when the corpus is replaced by a backup', async () => {
    db = freshDb();
    await addParsedArticles(db, [{ parsed: await fetchedArticle(), sourceName: 's' }]);
    await replaceCorpus(db, { articles: [], articleTexts: [], tags: [], highlights: [], notes: [], collections: [], meta: [] });
    expect(await db.snapshots.count()).toBe(0);
  });
});
