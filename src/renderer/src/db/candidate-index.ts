import type { ArticleShinglesRecord, Id } from '@shared/model';
import { shinglesRecord } from './near-duplicates';
import type { ParallaxDB } from './schema';

/** Shingles records read per request when the index is loaded. */
const LOAD_PAGE = 2000;

/**
 * The near-duplicate band keys of the whole corpus, held in memory while importing. Asking
 * IndexedDB for 32 band keys per article costs 32 round trips per article; asking this map
 * costs nothing. It is loaded once (a read of the shingles table, a page at a time) and rebuilt
 * whenever the number of stored articles no longer matches it (another window imported, a
 * batch failed).
 *
 * It also holds the shingles of articles whose shingles record is not written yet: an import
 * may store its articles first and their shingles later, in idle time (`saveDeferredShingles`),
 * and until then the running import finds them here. If the app closes before they are written,
 * nothing is lost: loading the index finds every stored article without a shingles record and
 * computes its shingles from its text (held here again until written).
 */
export class CandidateIndex {
  private readonly byBand = new Map<string, Set<Id>>();
  private readonly ids = new Set<Id>();
  private readonly unsaved = new Map<Id, ArticleShinglesRecord>();

  /** Reads the index of the stored corpus. Call it inside a transaction over articles, articleTexts and articleShingles. */
  static async load(db: ParallaxDB): Promise<CandidateIndex> {
    const index = new CandidateIndex();
    const articleIds = await db.articles.toCollection().primaryKeys();
    const stored = new Set<Id>(articleIds);
    // Read a page at a time (one request each), so the whole corpus's shingles are never held at once.
    for (let after: Id | null = null; ; ) {
      const range = after === null ? db.articleShingles.toCollection() : db.articleShingles.where(':id').above(after);
      const page: ArticleShinglesRecord[] = await range.limit(LOAD_PAGE).toArray();
      // A shingles record without its article is left out.
      for (const record of page) if (stored.has(record.id)) index.add(record.id, record.bands);
      if (page.length < LOAD_PAGE) break;
      after = page.at(-1)!.id;
    }
    const missing = articleIds.filter((id) => !index.ids.has(id));
    if (missing.length > 0) {
      const texts = await db.articleTexts.bulkGet(missing);
      missing.forEach((id, i) => index.addUnsaved(shinglesRecord(id, texts[i]?.text ?? '')));
    }
    return index;
  }

  get size(): number {
    return this.ids.size;
  }

  add(id: Id, bands: readonly string[]): void {
    this.ids.add(id);
    for (const band of bands) {
      let ids = this.byBand.get(band);
      if (!ids) this.byBand.set(band, (ids = new Set()));
      ids.add(id);
    }
  }

  /** Adds an article whose shingles are not in the shingles table yet: kept here until they are. */
  addUnsaved(record: ArticleShinglesRecord): void {
    this.add(record.id, record.bands);
    this.unsaved.set(record.id, record);
  }

  /** The shingles of an article not written yet, if it is one. */
  unsavedRecord(id: Id): ArticleShinglesRecord | undefined {
    return this.unsaved.get(id);
  }

  /** Shingles records waiting to be written. */
  unsavedRecords(): ArticleShinglesRecord[] {
    return [...this.unsaved.values()];
  }

  /** Forget records once they are written (or once their article is known not to exist). */
  markSaved(ids: readonly Id[]): void {
    for (const id of ids) this.unsaved.delete(id);
  }

  /** Ids of articles sharing at least one band key. */
  candidates(bands: readonly string[]): Id[] {
    const found = new Set<Id>();
    for (const band of bands) for (const id of this.byBand.get(band) ?? []) found.add(id);
    return [...found];
  }
}

const cache = new WeakMap<ParallaxDB, CandidateIndex>();

/**
 * The corpus's candidate index, loaded or reloaded when it no longer matches the database.
 * Call it inside a transaction over articles, articleTexts and articleShingles.
 */
export async function candidateIndexFor(db: ParallaxDB): Promise<CandidateIndex> {
  const stored = await db.articles.count();
  const cached = cache.get(db);
  if (cached && cached.size === stored) return cached;
  const fresh = await CandidateIndex.load(db);
  cache.set(db, fresh);
  return fresh;
}

/** Forget the index (after a transaction that added to it failed). */
export function dropCandidateIndex(db: ParallaxDB): void {
  cache.delete(db);
}

/**
 * Writes the shingles records the index holds for articles stored without them, in a
 * transaction of its own; resolves to how many were written. Without an index in memory (a
 * failed batch dropped it) the index is loaded first, which finds every article still without
 * a shingles record. A record whose article is not stored (its batch failed) is dropped. If
 * writing fails they stay held, to be written next time; if the app closes first, the next
 * load of the index computes them again.
 */
export async function saveDeferredShingles(db: ParallaxDB): Promise<number> {
  const cached = cache.get(db);
  if (cached && cached.unsavedRecords().length === 0) return 0;
  const { index, records, written } = await db.transaction('rw', db.articles, db.articleTexts, db.articleShingles, async () => {
    const index = await candidateIndexFor(db);
    const records = index.unsavedRecords();
    if (records.length === 0) return { index, records, written: 0 };
    const present = new Set<Id>(
      await db.articles
        .where(':id')
        .anyOf(records.map((r) => r.id))
        .primaryKeys(),
    );
    const stored = records.filter((r) => present.has(r.id));
    await db.articleShingles.bulkPut(stored);
    return { index, records, written: stored.length };
  });
  // Only once written (committed) are they forgotten here.
  index.markSaved(records.map((r) => r.id));
  return written;
}
