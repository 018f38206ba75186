import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import { parseArticleFile } from '@shared/ingest';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { restoreBoilerplate } from '../../../src/renderer/src/db/boilerplate';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { freshDb } from './test-db';

const ARTICLE = [
  'Talks open in Reykjavik',
  'A photo of the ministers (Credit: State Department photo)',
  'The ministers met on Wednesday.',
  'They spoke for two hours.',
  'Related Articles',
].join('\n');

async function setup(db: ParallaxDB) {
  const outcome = await parseArticleFile({ name: 'a.txt', bytes: new TextEncoder().encode(ARTICLE) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const added = await addParsedArticle(db, outcome.article, 'a.txt');
  if (added.status !== 'added') throw new Error('expected added');
  return added.article.id;
}

describe('restoring page furniture to the text', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('puts a block back where it stood and keeps highlights on their words', async () => {
    db = freshDb();
    const id = await setup(db);
    const before = (await db.articleTexts.get(id))!;
    expect(before.boilerplate.map((b) => b.reason)).toEqual(['photo caption', 'related links']);
    const start = before.text.indexOf('two hours');
    await db.highlights.add({
      id: 'h1',
      articleId: id,
      start,
      end: start + 'two hours'.length,
      selectors: describeSpan(before.text, start, start + 9),
      tagIds: [],
      anchorStatus: 'anchored',
      createdAt: 0,
      updatedAt: 0,
    });

    await restoreBoilerplate(db, id, 0);
    const after = (await db.articleTexts.get(id))!;
    expect(after.text.startsWith('A photo of the ministers (Credit: State Department photo)\n\nThe ministers met')).toBe(true);
    expect(after.boilerplate).toEqual([{ text: 'Related Articles', reason: 'related links', at: after.text.length }]);
    const highlight = (await db.highlights.get('h1'))!;
    expect(after.text.slice(highlight.start, highlight.end)).toBe('two hours');
    expect(highlight.selectors.position).toEqual({ type: 'TextPositionSelector', start: highlight.start, end: highlight.end });
    expect((await db.articles.get(id))?.length).toBe(after.text.length);
  });

  it('can be undone, leaving text, furniture and highlights as they were', async () => {
    db = freshDb();
    const id = await setup(db);
    const before = (await db.articleTexts.get(id))!;
    const { undo } = await restoreBoilerplate(db, id, 1);
    expect((await db.articleTexts.get(id))!.text.endsWith('two hours.\n\nRelated Articles')).toBe(true);
    await undo();
    expect(await db.articleTexts.get(id)).toEqual(before);
  });

  it('says so when the block is gone', async () => {
    db = freshDb();
    const id = await setup(db);
    await expect(restoreBoilerplate(db, id, 7)).rejects.toThrow(/no longer/);
  });
});
