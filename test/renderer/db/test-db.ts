import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { ParallaxDB } from '../../../src/renderer/src/db/schema';

let counter = 0;

/** A fresh, empty database per test (fake-indexeddb in Node). */
export function freshDb(): ParallaxDB {
  counter += 1;
  return new ParallaxDB(`parallax-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/**
 * Fresh databases for tests that open several: `open()` gives one, and every database opened
 * in a test is deleted after it. Call once at the top of a test file.
 */
export function freshDbsDeletedAfterEach(): () => ParallaxDB {
  const dbs: ParallaxDB[] = [];
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });
  return () => {
    const db = freshDb();
    dbs.push(db);
    return db;
  };
}

/** Imports a text file's bytes as a person's drop would (parse, then add); the new article's id. */
export async function addTextArticle(db: ParallaxDB, name: string, body: string): Promise<string> {
  const outcome = await parseArticleFile({ name, bytes: new TextEncoder().encode(body) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const added = await addParsedArticle(db, outcome.article, name);
  if (added.status !== 'added') throw new Error(`expected ${name} to be added, not ${added.status}`);
  return added.article.id;
}
