import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import { ParallaxDB, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from '../../../src/renderer/src/db/schema';
import { noteSummary } from '../../../src/renderer/src/editor/summary';
import './test-db';

const TEXT = 'Blinken and Lavrov met in Reykjavik on Wednesday. Both called the talks constructive.';
const QUOTE = 'Both called the talks constructive.';
const start = TEXT.indexOf(QUOTE);
const citation = {
  articleId: 'a1',
  start,
  end: start + QUOTE.length,
  selectors: describeSpan(TEXT, start, start + QUOTE.length),
  quote: QUOTE,
  sourceLabel: 'Reuters, 19 May 2021',
  highlightId: null,
};
const legacyLink = { type: 'span-link', version: 1, citation, detail: 1, format: 0, mode: 'normal', style: '' };
/** A link whose citation names no article: the editor always showed its words as text. */
const damagedLink = { type: 'span-link', version: 1, citation: { quote: 'lost words', sourceLabel: '' } };
const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0 });
const content = JSON.stringify({
  root: {
    type: 'root', version: 1, direction: null, format: '', indent: 0,
    children: [paragraph([{ type: 'text', version: 1, text: 'See ', detail: 0, format: 0, mode: 'normal', style: '' }, legacyLink]), paragraph([damagedLink])],
  },
});
const PLAIN = 'See “Both called the talks constructive.” (Reuters, 19 May 2021)\n\n“lost words”';
const SCHEMAS = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5];

/** Writes notes as the app of schema `version` left them: one citing a1, one that is not JSON. */
async function writeDatabaseAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  SCHEMAS.slice(0, version).forEach((schema, index) => old.version(index + 1).stores(schema));
  await old.open();
  // Before v3, notes had no citedArticleIds.
  const cited = version >= 3 ? { citedArticleIds: ['a1'] } : {};
  await old.table('notes').bulkAdd([
    { id: 'n1', content, plainText: PLAIN, articleId: null, highlightId: null, ...cited, createdAt: 1, updatedAt: 2 },
    { id: 'n2', content: 'not json {', plainText: 'kept words', articleId: 'a1', highlightId: null, ...cited, createdAt: 1, updatedAt: 1 },
  ]);
  old.close();
}

describe('opening a database from before citations had their own table (schema 6)', () => {
  let db: ParallaxDB | null = null;
  afterEach(async () => {
    await db?.delete();
    db = null;
  });

  for (const version of [1, 2, 3, 4, 5]) {
    it(`moves each citation of a version ${version} note into a row the note names by id, keeping its words`, async () => {
      const name = `parallax-citations-v${version}-${Math.random().toString(36).slice(2)}`;
      await writeDatabaseAtVersion(name, version);
      db = new ParallaxDB(name);
      await db.open();
      expect(db.verno).toBe(7);

      const rows = await db.citations.toArray();
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row).toEqual({ id: row.id, ...citation });
      expect(await db.citations.where('articleId').equals('a1').count()).toBe(1);

      const note = (await db.notes.get('n1'))!;
      const [first, second] = JSON.parse(note.content).root.children;
      expect(first.children[1]).toEqual({ type: 'span-link', version: 2, citationId: row.id, detail: 1, format: 0, mode: 'normal', style: '' });
      expect(second.children[0]).toEqual(damagedLink);
      expect(note).toMatchObject({ plainText: PLAIN, citedArticleIds: ['a1'], createdAt: 1, updatedAt: 2 });
      // The app reads the rewritten note to the same words it had.
      expect(noteSummary(note.content, new Map([[row.id, row]])).plainText).toBe(PLAIN);

      expect(await db.notes.get('n2')).toMatchObject({ content: 'not json {', plainText: 'kept words' });
    });
  }
});
