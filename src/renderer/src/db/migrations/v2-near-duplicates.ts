import type { Transaction } from 'dexie';
import type { ArticleRecord, ArticleShinglesRecord, ArticleTextRecord } from '@shared/model';
import { nearDuplicatesAmong, shinglesRecord } from '../near-duplicates';

/**
 * Upgrade to schema v2: compute every stored article's shingles and link the
 * near-duplicates among them, so a corpus from before v2 gets the same links a new import
 * would make. Candidates come from shared band keys, never from comparing every pair.
 */
export async function linkExistingNearDuplicates(tx: Transaction): Promise<void> {
  const texts = (await tx.table('articleTexts').toArray()) as ArticleTextRecord[];
  const records = texts.map((t) => shinglesRecord(t.id, t.text));
  const byBand = new Map<string, ArticleShinglesRecord[]>();
  for (const record of records) {
    for (const band of record.bands) byBand.set(band, [...(byBand.get(band) ?? []), record]);
  }
  const links = new Map<string, string[]>();
  for (const record of records) {
    const candidates = new Set(record.bands.flatMap((band) => byBand.get(band) ?? []));
    links.set(record.id, nearDuplicatesAmong(record, [...candidates]));
  }
  await tx.table('articleShingles').bulkPut(records);
  await tx
    .table('articles')
    .toCollection()
    .modify((article: ArticleRecord) => {
      article.nearDuplicateIds = links.get(article.id) ?? [];
    });
}
