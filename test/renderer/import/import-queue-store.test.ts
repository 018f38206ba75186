import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParallaxBridge } from '@shared/bridge';
import { parseArticleFile } from '@shared/ingest';
import type { ParsedArticle } from '@shared/ingest/types';
import { ok } from '@shared/result';
import { countArticles } from '../../../src/renderer/src/db/articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { ImportQueue } from '../../../src/renderer/src/features/import/import-queue';
import { freshDb } from '../db/test-db';

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');

/** `n` distinct articles, parsed once; the bridge hands them back at once, as a fast parser would. */
async function parsedArticles(n: number): Promise<Map<string, ParsedArticle>> {
  const parsed = new Map<string, ParsedArticle>();
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: 40 }, (_, j) => WORDS[(i * 7 + j * 3 + Math.floor(j / 5) * i) % WORDS.length]).join(' ');
    const outcome = await parseArticleFile({ name: `f${i}.txt`, bytes: new TextEncoder().encode(`Story number ${i}\nReport ${i}: ${body}.`) });
    if (!outcome.ok) throw new Error(outcome.error.message);
    parsed.set(`f${i}.txt`, outcome.article);
  }
  return parsed;
}

function instantBridge(parsed: Map<string, ParsedArticle>): ParallaxBridge {
  return { parseBytes: async ({ file }: { file: { name: string } }) => ok({ article: parsed.get(file.name)! }) } as unknown as ParallaxBridge;
}

const jobs = (names: Iterable<string>) => [...names].map((name) => ({ kind: 'bytes' as const, displayPath: name, file: { name, bytes: new Uint8Array() } }));

describe('storing a large import', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it("lets the library's live count show the articles stored so far while batch after batch is written", async () => {
    db = freshDb();
    const parsed = await parsedArticles(600);
    const queue = new ImportQueue(db, instantBridge(parsed));
    const seen: number[] = [];
    const live = liveQuery(() => countArticles(db)).subscribe((count) => seen.push(count));
    await queue.enqueue(jobs(parsed.keys()));
    await expect.poll(() => seen.at(-1)).toBe(600);
    live.unsubscribe();
    expect(seen.filter((count) => count > 0 && count < 600).length).toBeGreaterThan(0);
  });

  it('writes every stored article’s shingles once the import is done', async () => {
    db = freshDb();
    const parsed = await parsedArticles(300);
    const queue = new ImportQueue(db, instantBridge(parsed));
    await queue.enqueue(jobs(parsed.keys()));
    expect(queue.getState()).toMatchObject({ running: false, done: 300 });
    await queue.shinglesSaved();
    expect(await db.articleShingles.count()).toBe(300);
    expect(new Set(await db.articleShingles.toCollection().primaryKeys())).toEqual(new Set(await db.articles.toCollection().primaryKeys()));
  });

  it('links a near-duplicate to an article imported earlier in the same run, before either’s shingles are written', async () => {
    db = freshDb();
    const body = 'The ministers met for two hours in the old harbour hall and agreed to meet again in the spring, officials said after the talks ended late on Tuesday evening.';
    const parsed = new Map<string, ParsedArticle>();
    for (const [name, text] of [
      ['wire.txt', `Ministers meet\n${body}`],
      ['copy.txt', `Ministers agree to meet again\n${body} Copyright The Other Paper.`],
    ] as const) {
      const outcome = await parseArticleFile({ name, bytes: new TextEncoder().encode(text) });
      if (!outcome.ok) throw new Error(outcome.error.message);
      parsed.set(name, outcome.article);
    }
    const queue = new ImportQueue(db, instantBridge(parsed));
    await queue.enqueue(jobs(parsed.keys()));
    const [wire, copy] = queue.getState().results;
    if (wire?.status !== 'added' || copy?.status !== 'added') throw new Error('unexpected');
    expect((await db.articles.get(copy.articleId))?.nearDuplicateIds).toEqual([wire.articleId]);
    expect((await db.articles.get(wire.articleId))?.nearDuplicateIds).toEqual([copy.articleId]);
    await queue.shinglesSaved();
  });
});
