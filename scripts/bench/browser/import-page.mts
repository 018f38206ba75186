/**
 * The page behind "import 1,000 articles into IndexedDB": the app's own Dexie schema and
 * repository code (imported directly, the app is not changed), timed in Chromium against one
 * Dexie bulkAdd of the same records in one transaction. Each run writes into a fresh database
 * of the app's schema and deletes it afterwards.
 *
 * A .mts file so that tsconfig.node.json (which takes the .ts files under scripts) leaves it to
 * scripts/bench/browser/tsconfig.json, which checks it with the renderer's DOM types:
 *   npx tsc --noEmit -p scripts/bench/browser/tsconfig.json
 */
import Dexie from 'dexie';
import type { ParsedArticle } from '@shared/ingest/types';
import type { ArticleRecord, ArticleTextRecord } from '@shared/model';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { ParallaxDB } from '../../../src/renderer/src/db/schema';
import type { ImportBenchApi } from './import-api';

let input: { parsed: ParsedArticle[]; names: string[] } = { parsed: [], names: [] };
let runs = 0;

async function freshDb(): Promise<ParallaxDB> {
  const db = new ParallaxDB(`parallax-bench-${++runs}`);
  await db.open();
  return db;
}

async function dispose(db: ParallaxDB): Promise<void> {
  const name = db.name;
  db.close();
  await Dexie.delete(name);
}

const api: ImportBenchApi = {
  setInput(value) {
    input = value;
    return value.parsed.length;
  },
  async ours() {
    const db = await freshDb();
    let added = 0;
    let duplicates = 0;
    const now = Date.now();
    const started = performance.now();
    for (let i = 0; i < input.parsed.length; i++) {
      const parsed = input.parsed[i] as ParsedArticle;
      const result = await addParsedArticle(db, parsed, input.names[i] ?? `article-${i}`, now + i);
      if (result.status === 'added') added++;
      else duplicates++;
    }
    const ms = performance.now() - started;
    let nearDuplicateLinks = 0;
    await db.articles.each((a) => {
      nearDuplicateLinks += a.nearDuplicateIds.length;
    });
    await dispose(db);
    return { ms, added, duplicates, nearDuplicateLinks: nearDuplicateLinks / 2 };
  },
  async baseline() {
    const db = await freshDb();
    const now = Date.now();
    const articles: ArticleRecord[] = [];
    const texts: ArticleTextRecord[] = [];
    input.parsed.forEach((parsed, i) => {
      const id = crypto.randomUUID();
      articles.push({
        id,
        title: parsed.title,
        outlet: parsed.outlet,
        authors: parsed.authors,
        published: parsed.published,
        dateline: parsed.dateline,
        agencies: parsed.agencies,
        url: parsed.url,
        format: parsed.format,
        fingerprint: parsed.fingerprint,
        sourceName: input.names[i] ?? `article-${i}`,
        importedAt: now + i,
        length: parsed.text.length,
        warnings: parsed.warnings,
        provenance: parsed.provenance,
        edits: {},
        nearDuplicateIds: [],
        previousVersionId: null,
        lang: parsed.lang,
      });
      texts.push({ id, text: parsed.text, boilerplate: parsed.boilerplate });
    });
    const started = performance.now();
    await db.transaction('rw', db.articles, db.articleTexts, async () => {
      await db.articles.bulkAdd(articles);
      await db.articleTexts.bulkAdd(texts);
    });
    const ms = performance.now() - started;
    const added = await db.articles.count();
    await dispose(db);
    return { ms, added };
  },
};

(globalThis as unknown as { parallaxBench: ImportBenchApi }).parallaxBench = api;
