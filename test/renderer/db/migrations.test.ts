import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import { ParallaxDB, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6 } from '../../../src/renderer/src/db/schema';

const TEXT = readFileSync(resolve(import.meta.dirname, '../../../seeds/002_6c188231047a0d29.txt'), 'utf8');
const PHRASE = 'a predictable, stable relationship';
const start = TEXT.indexOf(PHRASE);

const article = {
  id: 'a1', title: 'U.S., Russian Diplomats', outlet: null, authors: [], published: null, dateline: null, agencies: ['AP'], url: null,
  format: 'txt', fingerprint: 'f1', sourceName: '002.txt', importedAt: 1, length: TEXT.length, warnings: [], provenance: {},
  edits: { outlet: 'RFE/RL' }, nearDuplicateIds: [], previousVersionId: null, lang: null,
};
const tag = { id: 't1', name: 'Stability', color: '#e0a800', description: '', parentId: null, order: 0, createdAt: 1 };
const highlight = {
  id: 'h1', articleId: 'a1', start, end: start + PHRASE.length, selectors: describeSpan(TEXT, start, start + PHRASE.length),
  tagIds: ['t1'], anchorStatus: 'anchored', createdAt: 1, updatedAt: 1,
};
// Notes written before v3 have no citedArticleIds.
const note = { id: 'n1', content: '{"root":{"children":[]}}', plainText: 'Why stability?', articleId: 'a1', highlightId: 'h1', createdAt: 1, updatedAt: 1 };

/** Writes a database exactly as the app of schema `version` left it. */
async function writeDatabaseAtVersion(name: string, version: 1 | 2): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  if (version >= 2) old.version(2).stores(SCHEMA_V2);
  await old.open();
  await old.table('articles').add(article);
  await old.table('articleTexts').add({ id: 'a1', text: TEXT, boilerplate: [] });
  await old.table('tags').add(tag);
  await old.table('highlights').add(highlight);
  await old.table('notes').add(note);
  if (version >= 2) await old.table('articleShingles').add({ id: 'a1', bands: ['0:x'], shingles: new Uint32Array([1, 2, 3]) });
  old.close();
}

describe('opening a database written by an earlier version of Parallax', () => {
  // Version 3 is covered by the same rows: it only added indexes and citedArticleIds.
  let db: ParallaxDB | null = null;
  afterEach(async () => {
    await db?.delete();
    db = null;
  });

  for (const version of [1, 2] as const) {
    it(`keeps every article, tag, highlight and note of a version ${version} database`, async () => {
      const name = `parallax-migrate-v${version}-${Math.random().toString(36).slice(2)}`;
      await writeDatabaseAtVersion(name, version);
      db = new ParallaxDB(name);
      await db.open();
      expect(db.verno).toBe(7);
      expect(await db.articles.get('a1')).toMatchObject({
        edits: { outlet: 'RFE/RL' },
        agencies: ['AP'],
        versionKeys: ['headline:rfe/rl|u.s., russian diplomats'],
      });
      expect(await db.tags.get('t1')).toEqual(tag);
      expect(await db.highlights.get('h1')).toEqual(highlight);
      expect(await db.notes.get('n1')).toEqual({ ...note, citedArticleIds: [] });
      expect(await db.articleShingles.count()).toBe(1);
      // The new indexes answer queries on the old rows.
      expect(await db.highlights.where('anchorStatus').equals('anchored').count()).toBe(1);
      expect(await db.tags.orderBy('order').count()).toBe(1);
    });
  }

  it('opens a version 6 database with every row kept and no collections yet', async () => {
    const name = `parallax-migrate-v6-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6].forEach((schema, i) => old.version(i + 1).stores(schema));
    await old.open();
    await old.table('articles').add({ ...article, versionKeys: [] });
    await old.table('tags').add(tag);
    await old.table('notes').add({ ...note, citedArticleIds: [] });
    old.close();

    db = new ParallaxDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.articles.get('a1')).toMatchObject({ edits: { outlet: 'RFE/RL' } });
    expect(await db.tags.get('t1')).toEqual(tag);
    expect(await db.collections.count()).toBe(0);
    // The new indexes answer queries.
    expect(await db.collections.where('articleIds').equals('a1').count()).toBe(0);
  });
});
