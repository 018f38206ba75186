import type { ArticleShinglesRecord, Id } from '@shared/model';
import type { ParallaxDB } from './schema';
import { areNearDuplicates, minhashBandKeys, textShingles } from '@shared/similarity/near-duplicates';

export function shinglesRecord(id: Id, text: string): ArticleShinglesRecord {
  const shingles = textShingles(text);
  return { id, shingles, bands: minhashBandKeys(shingles) };
}

/** Ids among `candidates` that are near-duplicates of `record` (itself excluded). */
export function nearDuplicatesAmong(record: ArticleShinglesRecord, candidates: ArticleShinglesRecord[]): Id[] {
  return candidates.filter((c) => c.id !== record.id && areNearDuplicates(record.shingles, c.shingles)).map((c) => c.id);
}

/**
 * Articles sharing at least one band key with these: one key lookup per band, all sent at
 * once (IndexedDB pipelines them), rather than one cursor hopping through the index, which
 * cost a round trip per step and made each import slower as the corpus grew.
 */
export async function nearDuplicateCandidates(db: ParallaxDB, bands: string[]): Promise<ArticleShinglesRecord[]> {
  if (bands.length === 0) return [];
  const keys = await Promise.all(bands.map((band) => db.articleShingles.where('bands').equals(band).primaryKeys()));
  const ids = [...new Set(keys.flat())];
  if (ids.length === 0) return [];
  return (await db.articleShingles.bulkGet(ids)).filter((record): record is ArticleShinglesRecord => record !== undefined);
}
