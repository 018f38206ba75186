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
import Dexie, { liveQuery } from 'dexie';
import type { ParsedArticle } from '@shared/ingest/types';
import type { ArticleRecord, ArticleTextRecord } from '@shared/model';
import type { ParallaxBridge } from '@shared/bridge';
import { articleRecordFrom } from '../../../src/renderer/src/db/add-articles';
import { countArticles } from '../../../src/renderer/src/db/articles';
import { ImportQueue } from '../../../src/renderer/src/features/import/import-queue';
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
    // The app's import path: the import queue, with a bridge that hands back the articles
    // already parsed (parsing is measured by its own figure), storing as the app stores.
    const byName = new Map(input.names.map((name, i) => [name, input.parsed[i] as ParsedArticle]));
    const bridge = {
      parseBytes: async ({ file }: { file: { name: string } }) => ({ ok: true as const, value: { article: byName.get(file.name)! } }),
    } as unknown as ParallaxBridge;
    const queue = new ImportQueue(db, bridge);
    // As in the app, the library's count is a live query while the import runs (the status bar's).
    const counts = new Set<number>();
    const live = liveQuery(() => countArticles(db)).subscribe((count) => counts.add(count));
    const started = performance.now();
    await queue.enqueue(input.names.map((name) => ({ kind: 'bytes' as const, displayPath: name, file: { name, bytes: new Uint8Array() } })));
    const ms = performance.now() - started;
    // The shingles the import deferred are written once it is done: not part of the figure, reported apart.
    await queue.shinglesSaved();
    const shinglesSavedMs = performance.now() - started;
    live.unsubscribe();
    for (const result of queue.getState().results) {
      if (result.status === 'added') added++;
      else duplicates++;
    }
    let nearDuplicateLinks = 0;
    await db.articles.each((a) => {
      nearDuplicateLinks += a.nearDuplicateIds.length;
    });
    const shinglesStored = await db.articleShingles.count();
    await dispose(db);
    const liveCounts = [...counts].filter((count) => count > 0 && count < added).length;
    return { ms, added, duplicates, nearDuplicateLinks: nearDuplicateLinks / 2, shinglesSavedMs, shinglesStored, liveCounts };
  },
  async baseline() {
    const db = await freshDb();
    const now = Date.now();
    const articles: ArticleRecord[] = [];
    const texts: ArticleTextRecord[] = [];
    input.parsed.forEach((parsed, i) => {
      const id = crypto.randomUUID();
      articles.push(articleRecordFrom(parsed, { id, sourceName: input.names[i] ?? `article-${i}`, importedAt: now + i }));
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
