import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { NoteRecord } from '@shared/model';
import { addParsedArticle, editArticleMetadata } from '../../../src/renderer/src/db/articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import {
  SEARCH_DIRTY_KEY,
  SEARCH_INDEX_KEY,
  SearchService,
  type PersistedSearchIndex,
} from '../../../src/renderer/src/features/search/search-service';
import { freshDb } from '../db/test-db';

async function addArticle(db: ParallaxDB, text: string, name = 'a.txt'): Promise<string> {
  const outcome = await parseArticleFile({ name, bytes: new TextEncoder().encode(text) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const result = await addParsedArticle(db, outcome.article, name);
  if (result.status !== 'added') throw new Error('not added');
  return result.article.id;
}

function note(id: string, plainText: string, articleId: string | null, updatedAt = Date.now()): NoteRecord {
  return { id, content: '{}', plainText, articleId, highlightId: null, citedArticleIds: [], createdAt: updatedAt, updatedAt };
}

const ids = async (service: SearchService, query: string) => (await service.search(query, { limit: 50 })).results.map((r) => `${r.kind}:${r.id}`);

describe('the search service', () => {
  let db: ParallaxDB;
  const services: SearchService[] = [];
  const make = (options = {}) => {
    const service = new SearchService(db, { persistDelayMs: 10_000, ...options });
    services.push(service);
    return service;
  };
  afterEach(async () => {
    services.splice(0).forEach((service) => service.stop());
    await db?.delete();
  });

  it('builds from the articles already stored, in chunks, and persists the index', async () => {
    db = freshDb();
    const first = await addArticle(db, 'Reykjavik talks\nBlinken and Lavrov met on the margins of the Arctic Council.', 'one.txt');
    const second = await addArticle(db, 'Another headline\nNothing about the meeting here, only fisheries.', 'two.txt');
    let pauses = 0;
    const service = make({ chunkSize: 1, pause: async () => void (pauses += 1) });
    await service.start();
    expect(service.stats).toMatchObject({ builds: 1, restores: 0, persists: 1 });
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(await ids(service, 'lavrov')).toEqual([`article:${first}`]);
    expect(await ids(service, 'fisheries')).toEqual([`article:${second}`]);
    const persisted = (await db.meta.get(SEARCH_INDEX_KEY))?.value as PersistedSearchIndex;
    expect(persisted.stamp).toMatchObject({ articles: 2, texts: 2, notes: 0 });
    expect(service.getStatus().state).toBe('ready');
  });

  it('keeps no article text in memory, and reads the texts of the results it shows for their snippets', async () => {
    db = freshDb();
    const id = await addArticle(db, 'Reykjavik talks\nBlinken and Lavrov met on the margins of the Arctic Council in Reykjavik.', 'one.txt');
    const service = make();
    await service.start();
    expect(service.index.get('article', id)?.text).toBe('');
    const [result] = (await service.search('arctic council')).results;
    expect(result?.snippet.text).toContain('margins of the Arctic Council');
    expect(result?.snippet.marks.length).toBe(2);
    expect(result?.match).not.toBeNull();
    // Persisted without texts, too: the stored index holds no article's words as text.
    await service.persistNow();
    const persisted = (await db.meta.get(SEARCH_INDEX_KEY))?.value as PersistedSearchIndex;
    expect(JSON.stringify(persisted.index.docs)).not.toContain('Arctic Council');
  });

  it('checks quoted phrases against texts read from the database, before and after a restore', async () => {
    db = freshDb();
    const together = await addArticle(db, 'First report\nThe foreign minister said the talks would go on.', 'one.txt');
    await addArticle(db, 'Second report\nThe talks, the minister said, were foreign to him.', 'two.txt');
    const first = make();
    await first.start();
    expect(await ids(first, 'minister talks')).toHaveLength(2);
    expect(await ids(first, '"foreign minister" talks')).toEqual([`article:${together}`]);
    expect((await first.search('"foreign minister"')).total).toBe(1);
    await first.persistNow();
    first.stop();
    const second = make();
    await second.start();
    expect(second.stats.restores).toBe(1);
    expect(await ids(second, '"foreign minister"')).toEqual([`article:${together}`]);
    expect((await second.search('"foreign minister"')).results[0]?.snippet.marks.length).toBe(2);
  });

  it('finds an article added after it started', async () => {
    db = freshDb();
    const service = make();
    await service.start();
    expect(await ids(service, 'lavrov')).toEqual([]);
    const id = await addArticle(db, 'Lavrov speaks\nThe Russian foreign minister spoke in Reykjavík.');
    await service.whenIdle();
    expect(await ids(service, 'reykjavik')).toEqual([`article:${id}`]);
    expect(await ids(service, 'lavrov')).toEqual([`article:${id}`]);
  });

  it("follows a person's correction of an article's title", async () => {
    db = freshDb();
    const id = await addArticle(db, 'Wrong headline\nBody text about the summit.');
    const service = make();
    await service.start();
    await editArticleMetadata(db, id, 'title', 'Corrected headline about Reykjavik');
    await service.whenIdle();
    expect((await service.search('reykjavik')).results[0]).toMatchObject({ id, field: 'title' });
    expect(await ids(service, 'wrong')).toEqual([]);
  });

  it("finds a note's text after it is saved, and forgets a note once deleted", async () => {
    db = freshDb();
    const articleId = await addArticle(db, 'Reuters report\nThe meeting lasted two hours.');
    const service = make();
    await service.start();
    await db.notes.put(note('note-1', 'Compare the framing with the Guardian piece', articleId));
    await service.whenIdle();
    expect(await ids(service, 'framing')).toEqual(['note:note-1']);
    expect((await service.search('framing')).results[0]).toMatchObject({ kind: 'note', articleId });

    await db.notes.update('note-1', { plainText: 'Now about the tone instead', updatedAt: Date.now() + 1 });
    await service.whenIdle();
    expect(await ids(service, 'framing')).toEqual([]);
    expect(await ids(service, 'tone')).toEqual(['note:note-1']);

    await db.notes.delete('note-1');
    await service.whenIdle();
    expect(await ids(service, 'tone')).toEqual([]);
    expect(service.index.has('note', 'note-1')).toBe(false);
  });

  it('forgets a deleted article', async () => {
    db = freshDb();
    const id = await addArticle(db, 'Short piece\nSanctions were discussed.');
    const service = make();
    await service.start();
    await db.transaction('rw', db.articles, db.articleTexts, async () => {
      await db.articles.delete(id);
      await db.articleTexts.delete(id);
    });
    await service.whenIdle();
    expect(await ids(service, 'sanctions')).toEqual([]);
  });

  it('reloads a persisted index without rebuilding, and still follows changes', async () => {
    db = freshDb();
    const articleId = await addArticle(db, 'Lavrov speaks\nThe Russian foreign minister spoke in Reykjavík.');
    await db.notes.put(note('note-1', 'Check the quote attribution', articleId));
    const first = make();
    await first.start();
    expect(first.stats.builds).toBe(1);
    first.stop();

    const second = make();
    await second.start();
    expect(second.stats).toMatchObject({ builds: 0, restores: 1 });
    expect(await ids(second, 'reykjavik')).toEqual([`article:${articleId}`]);
    expect(await ids(second, 'attribution')).toEqual(['note:note-1']);

    await db.notes.delete('note-1');
    await second.whenIdle();
    expect(await ids(second, 'attribution')).toEqual([]);
  });

  it('rebuilds when the corpus changed while it was not running', async () => {
    db = freshDb();
    await addArticle(db, 'First\nAbout fisheries.', 'one.txt');
    const first = make();
    await first.start();
    first.stop();
    const later = await addArticle(db, 'Second\nAbout sanctions.', 'two.txt');

    const second = make();
    await second.start();
    expect(second.stats).toMatchObject({ builds: 1, restores: 0 });
    expect(await ids(second, 'sanctions')).toEqual([`article:${later}`]);
  });

  it('rebuilds after a change it noticed but could not persist (the stamp alone would not show it)', async () => {
    db = freshDb();
    const id = await addArticle(db, 'Old title\nAbout fisheries.');
    const first = make();
    await first.start();
    await editArticleMetadata(db, id, 'title', 'New title');
    await first.whenIdle();
    first.stop(); // closed before the debounced persist
    expect((await db.meta.get(SEARCH_DIRTY_KEY))?.value).toBeGreaterThan(0);

    const second = make();
    await second.start();
    expect(second.stats.builds).toBe(1);
    expect(await ids(second, 'new')).toEqual([`article:${id}`]);

    await second.persistNow();
    const third = make();
    await third.start();
    expect(third.stats).toMatchObject({ builds: 0, restores: 1 });
    expect(await ids(third, 'new')).toEqual([`article:${id}`]);
  });

  it('rebuilds when the persisted index is of another version', async () => {
    db = freshDb();
    const id = await addArticle(db, 'Headline\nAbout fisheries.');
    const first = make();
    await first.start();
    first.stop();
    const record = (await db.meta.get(SEARCH_INDEX_KEY))!.value as PersistedSearchIndex;
    await db.meta.put({ key: SEARCH_INDEX_KEY, value: { ...record, index: { ...record.index, version: 'parallax-search/0' } } });

    const second = make();
    await second.start();
    expect(second.stats).toMatchObject({ builds: 1, restores: 0 });
    expect(await ids(second, 'fisheries')).toEqual([`article:${id}`]);
  });
});
