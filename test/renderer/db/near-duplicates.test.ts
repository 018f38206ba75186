import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ParallaxDB, SCHEMA_V1 } from '../../../src/renderer/src/db/schema';
import { addTextArticle, freshDb } from './test-db';

const WIRE = readFileSync(resolve(import.meta.dirname, '../../../seeds/002_6c188231047a0d29.txt'), 'utf8');


describe('near-duplicates in the corpus', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('imports a republished wire story and links it to the earlier copy, both ways', async () => {
    db = freshDb();
    const first = await addTextArticle(db, 'rferl.txt', WIRE);
    const second = await addTextArticle(db, 'other.txt', `Republished under another headline\n${WIRE}\nCopyright Other Outlet`);
    const unrelated = await addTextArticle(db, 'x.txt', 'Weather\nIt rained all day in the capital and the roads were closed.');
    expect((await db.articles.get(second))?.nearDuplicateIds).toEqual([first]);
    expect((await db.articles.get(first))?.nearDuplicateIds).toEqual([second]);
    expect((await db.articles.get(unrelated))?.nearDuplicateIds).toEqual([]);
  });

  it('links articles stored before near-duplicate detection existed when the database upgrades', async () => {
    const name = `parallax-upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const base = { outlet: null, authors: [], published: null, dateline: null, agencies: [], url: null, format: 'txt', importedAt: 1, length: 1, warnings: [], provenance: {}, edits: {}, nearDuplicateIds: [], previousVersionId: null, lang: null };
    await v1.table('articles').bulkAdd([
      { ...base, id: 'a', title: 'A', fingerprint: 'fa', sourceName: 'a.txt' },
      { ...base, id: 'b', title: 'B', fingerprint: 'fb', sourceName: 'b.txt' },
    ]);
    await v1.table('articleTexts').bulkAdd([
      { id: 'a', text: WIRE, boilerplate: [] },
      { id: 'b', text: `${WIRE}\nWith additional reporting.`, boilerplate: [] },
    ]);
    v1.close();

    db = new ParallaxDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect((await db.articles.get('a'))?.nearDuplicateIds).toEqual(['b']);
    expect((await db.articles.get('b'))?.nearDuplicateIds).toEqual(['a']);
    expect(await db.articleShingles.count()).toBe(2);
  });
});
