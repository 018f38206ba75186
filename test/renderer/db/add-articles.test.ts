import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { ParsedArticle } from '@shared/ingest/types';
import { addParsedArticles } from '../../../src/renderer/src/db/add-articles';
import { listArticles } from '../../../src/renderer/src/db/articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { freshDb } from './test-db';

const WIRE = readFileSync(resolve(import.meta.dirname, '../../../seeds/002_6c188231047a0d29.txt'), 'utf8');

async function parse(name: string, content: string): Promise<ParsedArticle> {
  const outcome = await parseArticleFile({ name, bytes: new TextEncoder().encode(content) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

describe('storing a batch of articles', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('treats each article as if stored one after another: duplicates, near-duplicates and versions inside the batch', async () => {
    db = freshDb();
    const first = await parse('a.md', '---\ntitle: Talks open\noutlet: The Ledger\n---\n\nThe talks opened on Monday in Geneva with both delegations present.');
    const again = await parse('a-again.md', '---\ntitle: Talks open\noutlet: The Ledger\n---\n\nThe talks opened on Monday in Geneva with both delegations present.');
    const newer = await parse('a-v2.md', '---\ntitle: Talks open\noutlet: The Ledger\n---\n\nThe talks opened on Monday in Geneva with both delegations present and a mediator.');
    const wire = await parse('wire.txt', WIRE);
    const copy = await parse('copy.txt', `Another headline for it\n${WIRE}\nCopyright Another Outlet`);
    const results = await addParsedArticles(db, [first, again, newer, wire, copy].map((parsed, i) => ({ parsed, sourceName: `f${i}`, importedAt: i })));
    expect(results.map((r) => r.status)).toEqual(['added', 'duplicate', 'new-version', 'added', 'added']);
    const [added, duplicate, version, wireResult, copyResult] = results;
    if (added?.status !== 'added' || duplicate?.status !== 'duplicate' || version?.status !== 'new-version') throw new Error('unexpected');
    expect(duplicate.existing.id).toBe(added.article.id);
    expect(version.previous.id).toBe(added.article.id);
    if (wireResult?.status !== 'added' || copyResult?.status !== 'added') throw new Error('unexpected');
    expect((await db.articles.get(wireResult.article.id))?.nearDuplicateIds).toEqual([copyResult.article.id]);
    expect((await db.articles.get(copyResult.article.id))?.nearDuplicateIds).toEqual([wireResult.article.id]);
    expect((await listArticles(db)).map((a) => a.sourceName)).toEqual(['f2', 'f3', 'f4']);
    // Only the newest version answers to the outlet and headline.
    expect((await db.articles.get(added.article.id))?.versionKeys).toEqual([]);
  });

  it('links a new article to near-duplicates stored in an earlier batch, both ways', async () => {
    db = freshDb();
    const [wire] = await addParsedArticles(db, [{ parsed: await parse('wire.txt', WIRE), sourceName: 'wire' }]);
    const [copy] = await addParsedArticles(db, [{ parsed: await parse('copy.txt', `Republished under another headline\n${WIRE}`), sourceName: 'copy' }]);
    if (wire?.status !== 'added' || copy?.status !== 'added') throw new Error('unexpected');
    expect((await db.articles.get(wire.article.id))?.nearDuplicateIds).toEqual([copy.article.id]);
    expect(copy.article.nearDuplicateIds).toEqual([wire.article.id]);
  });

  it('stores nothing of a batch that fails, and the next batch still finds the stored corpus', async () => {
    db = freshDb();
    await addParsedArticles(db, [{ parsed: await parse('wire.txt', WIRE), sourceName: 'wire' }]);
    const spy = vi.spyOn(db.articleShingles, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      addParsedArticles(db, [
        { parsed: await parse('x.txt', 'X\nA body about something else entirely.'), sourceName: 'x' },
        { parsed: await parse('copy.txt', `Republished under another headline\n${WIRE}`), sourceName: 'copy' },
      ]),
    ).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.articles.count()).toBe(1);
    const [copy] = await addParsedArticles(db, [{ parsed: await parse('copy.txt', `Republished under another headline\n${WIRE}`), sourceName: 'copy' }]);
    expect(copy?.status === 'added' && copy.article.nearDuplicateIds.length).toBe(1);
  });
});
