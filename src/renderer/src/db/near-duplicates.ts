import type { ArticleShinglesRecord, Id } from '@shared/model';
import { areNearDuplicates, minhashBandKeys, textShingles } from '@shared/similarity/near-duplicates';

/** What near-duplicate detection computes from a text: its shingles and their MinHash band keys. */
export type TextShingles = Pick<ArticleShinglesRecord, 'shingles' | 'bands'>;

export function shingleText(text: string): TextShingles {
  const shingles = textShingles(text);
  return { shingles, bands: minhashBandKeys(shingles) };
}

export function shinglesRecord(id: Id, text: string): ArticleShinglesRecord {
  return { id, ...shingleText(text) };
}

/** Ids among `candidates` that are near-duplicates of `record` (itself excluded). */
export function nearDuplicatesAmong(record: ArticleShinglesRecord, candidates: ArticleShinglesRecord[]): Id[] {
  return candidates.filter((c) => c.id !== record.id && areNearDuplicates(record.shingles, c.shingles)).map((c) => c.id);
}
