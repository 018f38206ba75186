import type { Id } from '@shared/model';
import type { ParallaxDB } from './schema';

/**
 * The near-duplicate band keys of the whole corpus, held in memory while importing. Asking
 * IndexedDB for 32 band keys per article costs 32 round trips per article; asking this map
 * costs nothing. It is loaded once (one read of the shingles table) and rebuilt whenever the
 * number of stored articles no longer matches it (another window imported, a batch failed).
 */
export class CandidateIndex {
  private readonly byBand = new Map<string, Set<Id>>();
  private ids = new Set<Id>();

  static async load(db: ParallaxDB): Promise<CandidateIndex> {
    const index = new CandidateIndex();
    await db.articleShingles.each((record) => index.add(record.id, record.bands));
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

  /** Ids of articles sharing at least one band key. */
  candidates(bands: readonly string[]): Id[] {
    const found = new Set<Id>();
    for (const band of bands) for (const id of this.byBand.get(band) ?? []) found.add(id);
    return [...found];
  }
}

const cache = new WeakMap<ParallaxDB, CandidateIndex>();

/** The corpus's candidate index, loaded or reloaded when it no longer matches the database. */
export async function candidateIndexFor(db: ParallaxDB): Promise<CandidateIndex> {
  const stored = await db.articleShingles.count();
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
