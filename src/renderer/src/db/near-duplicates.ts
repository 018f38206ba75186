import type { ArticleShinglesRecord, Id } from '@shared/model';
import { areNearDuplicates, minhashBandKeys, textShingles } from '@shared/similarity/near-duplicates';

export function shinglesRecord(id: Id, text: string): ArticleShinglesRecord {
  const shingles = textShingles(text);
  return { id, shingles, bands: minhashBandKeys(shingles) };
}

/** Ids among `candidates` that are near-duplicates of `record` (itself excluded). */
export function nearDuplicatesAmong(record: ArticleShinglesRecord, candidates: ArticleShinglesRecord[]): Id[] {
  return candidates.filter((c) => c.id !== record.id && areNearDuplicates(record.shingles, c.shingles)).map((c) => c.id);
}

