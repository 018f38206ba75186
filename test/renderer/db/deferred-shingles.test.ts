import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { ParsedArticle } from '@shared/ingest/types';
import { addParsedArticles, saveDeferredShingles } from '../../../src/renderer/src/db/add-articles';
import { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { freshDb } from './test-db';

const WIRE = readFileSync(resolve(import.meta.dirname, '../../../seeds/002_6c188231047a0d29.txt'), 'utf8');

async function parse(name: string, content: string): Promise<ParsedArticle> {
  const outcome = await parseArticleFile({ name, bytes: new TextEncoder().encode(content) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

const wire = () => parse('wire.txt', WIRE);
const copy = () => parse('copy.txt', `Republished under another headline\n${WIRE}\nCopyright Another Outlet`);

describe('shingles written after the articles (deferred)', () => {
  const opened: ParallaxDB[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  const open = (db: ParallaxDB) => {
    opened.push(db);
    return db;
  };

  it('stores the articles without their shingles, finds near-duplicates among them meanwhile, and writes the shingles when asked', async () => {
    const db = open(freshDb());
    const [first] = await addParsedArticles(db, [{ parsed: await wire(), sourceName: 'wire' }], { deferShingles: true });
    expect(await db.articleShingles.count()).toBe(0);
    const [second] = await addParsedArticles(db, [{ parsed: await copy(), sourceName: 'copy' }], { deferShingles: true });
    if (first?.status !== 'added' || second?.status !== 'added') throw new Error('unexpected');
    expect(second.article.nearDuplicateIds).toEqual([first.article.id]);
    expect((await db.articles.get(first.article.id))?.nearDuplicateIds).toEqual([second.article.id]);

    expect(await saveDeferredShingles(db)).toBe(2);
    expect((await db.articleShingles.toArray()).map((r) => r.id).sort()).toEqual([first.article.id, second.article.id].sort());
    expect(await saveDeferredShingles(db)).toBe(0);
  });

  it('still finds near-duplicates of articles whose shingles were never written (the app closed first), and writes them then', async () => {
    const name = `parallax-crash-${Math.random().toString(36).slice(2)}`;
    const before = new ParallaxDB(name);
    const [first] = await addParsedArticles(before, [{ parsed: await wire(), sourceName: 'wire' }], { deferShingles: true });
    if (first?.status !== 'added') throw new Error('unexpected');
    // The app closes before the deferred write: only the article and its text are stored.
    before.close();

    const after = open(new ParallaxDB(name));
    expect(await after.articleShingles.count()).toBe(0);
    const [second] = await addParsedArticles(after, [{ parsed: await copy(), sourceName: 'copy' }], { deferShingles: true });
    if (second?.status !== 'added') throw new Error('unexpected');
    expect(second.article.nearDuplicateIds).toEqual([first.article.id]);
    expect((await after.articles.get(first.article.id))?.nearDuplicateIds).toEqual([second.article.id]);
    // The shingles computed again for the first article are written with the second's.
    expect(await saveDeferredShingles(after)).toBe(2);
    expect(await after.articleShingles.count()).toBe(2);
  });

  it('recognises a copy of an article stored earlier, whether its shingles are written yet or not', async () => {
    const db = open(freshDb());
    const [original] = await addParsedArticles(db, [{ parsed: await wire(), sourceName: 'wire' }], { deferShingles: true });
    if (original?.status !== 'added') throw new Error('unexpected');
    const [held] = await addParsedArticles(db, [{ parsed: await wire(), sourceName: 'again' }], { deferShingles: true });
    expect(held).toEqual({ status: 'duplicate', existing: { id: original.article.id, title: original.article.title, sourceName: 'wire' } });
    await saveDeferredShingles(db);
    const [written] = await addParsedArticles(db, [{ parsed: await wire(), sourceName: 'once more' }], { deferShingles: true });
    expect(written?.status).toBe('duplicate');
    expect(await db.articles.count()).toBe(1);
  });

  it('cannot let a copy in through an out-of-date candidate index: the unique fingerprint refuses it, and the next try finds it', async () => {
    const db = open(freshDb());
    const [kept] = await addParsedArticles(db, [{ parsed: await parse('x.txt', 'X\nA body about something else entirely.'), sourceName: 'x' }]);
    if (kept?.status !== 'added') throw new Error('unexpected');
    // Behind the index's back (another window, a restore): one article goes, another comes, so the count still matches.
    const parsed = await wire();
    await db.transaction('rw', db.articles, db.articleTexts, async () => {
      await db.articles.delete(kept.article.id);
      await db.articleTexts.delete(kept.article.id);
      await db.articles.add({ ...kept.article, id: 'elsewhere', fingerprint: parsed.fingerprint, title: 'From elsewhere' });
      await db.articleTexts.add({ id: 'elsewhere', text: parsed.text, boilerplate: [] });
    });
    await expect(addParsedArticles(db, [{ parsed, sourceName: 'wire' }], { deferShingles: true })).rejects.toThrow();
    expect(await db.articles.count()).toBe(1);
    const [again] = await addParsedArticles(db, [{ parsed, sourceName: 'wire' }], { deferShingles: true });
    expect(again).toMatchObject({ status: 'duplicate', existing: { id: 'elsewhere' } });
  });

  it('writes no shingles for an article whose batch failed', async () => {
    const db = open(freshDb());
    await addParsedArticles(db, [{ parsed: await wire(), sourceName: 'wire' }], { deferShingles: true });
    // A batch that fails (the disk is full): nothing of it is stored, so no shingles are written for it.
    const spy = vi.spyOn(db.articleTexts, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(addParsedArticles(db, [{ parsed: await copy(), sourceName: 'copy' }], { deferShingles: true })).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await saveDeferredShingles(db)).toBe(1);
    expect(await db.articleShingles.count()).toBe(1);
    expect(await db.articles.count()).toBe(1);
  });
});
