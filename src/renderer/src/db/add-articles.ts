import type { ParsedArticle } from '@shared/ingest/types';
import type { ArticleRecord, ArticleShinglesRecord, ArticleTextRecord, Id, SnapshotRecord, VersionReport } from '@shared/model';
import { articleVersionKeys, versionKeysOf } from '@shared/version-keys';
import { candidateIndexFor, dropCandidateIndex } from './candidate-index';
import { newId } from './ids';
import { nearDuplicatesAmong, shingleText, type TextShingles } from './near-duplicates';
import type { ParallaxDB } from './schema';
import { carryOverAnnotations } from './versions';

export { saveDeferredShingles } from './candidate-index';

export type AddArticleResult =
  | { status: 'added'; article: ArticleRecord }
  | { status: 'new-version'; article: ArticleRecord; previous: ArticleRecord; report: VersionReport }
  | { status: 'duplicate'; existing: Pick<ArticleRecord, 'id' | 'title' | 'sourceName'> };

export interface ArticleToAdd {
  parsed: ParsedArticle;
  sourceName: string;
  importedAt?: number;
  /** The text's shingles, when they were computed ahead (the import queue does so while the previous batch is written). */
  shingles?: TextShingles;
}

export interface AddArticlesOptions {
  /**
   * Leave the shingles records out of the batch's transaction: the candidate index holds them,
   * so the rest of the import finds these articles at once, and `saveDeferredShingles` writes
   * them afterwards, in idle time. Should the app close first, the next load of the index
   * computes them again from the stored texts. Without it, they are written with the batch.
   */
  deferShingles?: boolean;
}

/**
 * The tables an import writes: a newer version of an article moves its highlights and the
 * citations of it, and a fetched page keeps its snapshot. A caller that opens the transaction
 * itself (sync's applyRemote) opens it on these.
 */
export function addArticleTables(db: ParallaxDB) {
  return [db.articles, db.articleTexts, db.articleShingles, db.highlights, db.notes, db.citations, db.snapshots];
}

/**
 * Stores parsed articles, in order, in one transaction: each is added, or recognised as a
 * duplicate of an article already stored (nothing written, the caller learns which), or as a
 * newer version of one (the older version stays; its highlights and notes move over). Near-
 * duplicates are linked both ways. Record and text go in together (and the shingles, unless
 * deferred), so no article is ever half-stored, and if anything fails none of the batch is.
 *
 * Every lookup is made for the whole batch at once and answered before anything is written:
 * IndexedDB answers a request per round trip, so one-article-at-a-time work costs a round trip
 * per question per article, and a batch costs one request per index it asks.
 */
export async function addParsedArticles(
  db: ParallaxDB,
  items: readonly ArticleToAdd[],
  options: AddArticlesOptions = {},
): Promise<AddArticleResult[]> {
  // Shingling is pure work on the text: done before the transaction (unless done already) so it holds no lock meanwhile.
  const now = Date.now();
  const prepared = items.map((item) => {
    const id = newId();
    const { shingles, bands } = item.shingles ?? shingleText(item.parsed.text);
    return { ...item, id, importedAt: item.importedAt ?? now, shingles: { id, shingles, bands } };
  });
  try {
    return await db.transaction('rw', addArticleTables(db), async () => {
      const index = await candidateIndexFor(db);
      // Everything the batch needs to know about the stored corpus, asked at once: the articles
      // that answer to the batch's version keys, and the shingles of its candidates.
      const versionKeys = [...new Set(prepared.flatMap((p) => versionKeysOf(p.parsed)))];
      const candidateRecords = new Map<Id, ArticleShinglesRecord>();
      const toRead = new Set<Id>();
      for (const { shingles } of prepared) {
        for (const id of index.candidates(shingles.bands)) {
          const held = index.unsavedRecord(id);
          if (held) candidateRecords.set(id, held);
          else toRead.add(id);
        }
      }
      const [sameKeys, readRecords] = await Promise.all([
        versionKeys.length > 0 ? db.articles.where('versionKeys').anyOf(versionKeys).toArray() : [],
        toRead.size > 0 ? db.articleShingles.bulkGet([...toRead]) : [],
      ]);
      for (const record of readRecords) if (record) candidateRecords.set(record.id, record);
      // The same text has the same shingles: an article can only be a copy of a stored one that
      // is among its candidates with exactly its shingles (or, without any shingles, of any), so
      // only those fingerprints are asked for. Should the index be out of date, the unique
      // fingerprint index still refuses a copy (the batch fails, and is tried again article by article).
      const fingerprints = new Set<string>();
      for (const { parsed, shingles } of prepared) {
        const copies = shingles.bands.length === 0 || index.candidates(shingles.bands).some((id) => sameShingles(candidateRecords.get(id), shingles));
        if (copies) fingerprints.add(parsed.fingerprint);
      }
      const sameText = fingerprints.size > 0 ? await db.articles.where('fingerprint').anyOf([...fingerprints]).toArray() : [];
      const byFingerprint = new Map<string, ArticleRecord>(sameText.map((a) => [a.fingerprint, a]));
      const byVersionKey = new Map<string, ArticleRecord>();
      const asked = new Set(versionKeys);
      for (const article of sameKeys) {
        for (const key of article.versionKeys) if (asked.has(key)) byVersionKey.set(key, latest([byVersionKey.get(key), article])!);
      }

      const results: AddArticleResult[] = [];
      const articles = new Map<Id, ArticleRecord>();
      const texts: ArticleTextRecord[] = [];
      const shingles: ArticleShinglesRecord[] = [];
      const newLinks = new Map<Id, Id[]>();
      const superseded: ArticleRecord[] = [];
      const versions: { previous: ArticleRecord; id: Id; text: string }[] = [];
      const snapshots: SnapshotRecord[] = [];

      for (const { parsed, sourceName, importedAt, id, shingles: record } of prepared) {
        const existing = byFingerprint.get(parsed.fingerprint);
        if (existing) {
          results.push({ status: 'duplicate', existing: { id: existing.id, title: existing.title, sourceName: existing.sourceName } });
          continue;
        }
        const previous = latest(versionKeysOf(parsed).map((key) => byVersionKey.get(key)));
        const candidates = index
          .candidates(record.bands)
          .map((candidate) => candidateRecords.get(candidate))
          .filter((r): r is ArticleShinglesRecord => !!r);
        // A newer version of an article is linked as its version, not as a near-duplicate of it.
        const nearDuplicateIds = nearDuplicatesAmong(record, candidates).filter((other) => other !== previous?.id);
        const article = articleRecordFrom(parsed, { id, sourceName, importedAt });
        // The person's corrections of the older version carry over: they win over extraction.
        if (previous) article.edits = { ...previous.edits };
        article.nearDuplicateIds = nearDuplicateIds;
        article.previousVersionId = previous?.id ?? null;
        article.versionKeys = articleVersionKeys(article);
        articles.set(id, article);
        texts.push({ id, text: parsed.text, boilerplate: parsed.boilerplate });
        if (parsed.snapshot && parsed.web) snapshots.push({ id, ...parsed.web, bytes: parsed.snapshot });
        shingles.push(record);
        // Later articles of the batch (and, when the shingles wait, of the import) find this one among their candidates.
        candidateRecords.set(id, record);
        if (options.deferShingles) index.addUnsaved(record);
        else index.add(id, record.bands);
        byFingerprint.set(parsed.fingerprint, article);
        for (const key of article.versionKeys) byVersionKey.set(key, article);
        // Links go both ways: each earlier copy learns of the new one.
        for (const other of nearDuplicateIds) {
          const inBatch = articles.get(other);
          if (inBatch) inBatch.nearDuplicateIds.push(id);
          else newLinks.set(other, [...(newLinks.get(other) ?? []), id]);
        }
        if (previous) {
          // Only the latest version of an article answers to its keys.
          const inBatch = articles.get(previous.id);
          if (inBatch) inBatch.versionKeys = [];
          else superseded.push(previous);
          versions.push({ previous, id, text: parsed.text });
        }
        results.push({ status: 'added', article });
      }

      const linked = newLinks.size > 0 ? (await db.articles.bulkGet([...newLinks.keys()])).filter((a): a is ArticleRecord => !!a) : [];
      const changed = [
        ...linked.map((a) => ({ ...a, nearDuplicateIds: [...new Set([...a.nearDuplicateIds, ...newLinks.get(a.id)!])] })),
        ...superseded.map((a) => ({ ...a, versionKeys: [] })),
      ];
      await Promise.all([
        db.articles.bulkAdd([...articles.values()]),
        db.articleTexts.bulkAdd(texts),
        snapshots.length > 0 ? db.snapshots.bulkAdd(snapshots) : null,
        options.deferShingles ? null : db.articleShingles.bulkAdd(shingles),
        changed.length > 0 ? db.articles.bulkPut(changed) : null,
      ]);
      for (const { previous, id, text } of versions) {
        const report = await carryOverAnnotations(db, previous, id, text);
        await db.articles.update(id, { versionReport: report });
        const article = articles.get(id)!;
        article.versionReport = report;
        const at = results.findIndex((r) => r.status === 'added' && r.article.id === id);
        results[at] = { status: 'new-version', article, previous, report };
      }
      return results;
    });
  } catch (error) {
    dropCandidateIndex(db);
    throw error;
  }
}

function sameShingles(record: ArticleShinglesRecord | undefined, other: ArticleShinglesRecord): boolean {
  if (!record || record.shingles.length !== other.shingles.length) return false;
  return record.shingles.every((value, i) => value === other.shingles[i]);
}

function latest(articles: readonly (ArticleRecord | undefined)[]): ArticleRecord | undefined {
  return articles.filter((a): a is ArticleRecord => !!a).sort((a, b) => b.importedAt - a.importedAt)[0];
}

/** The stored record of a parsed article, as it is first added: no corrections, links or versions yet. */
export function articleRecordFrom(parsed: ParsedArticle, where: { id: Id; sourceName: string; importedAt: number }): ArticleRecord {
  return {
    id: where.id,
    title: parsed.title,
    outlet: parsed.outlet,
    authors: parsed.authors,
    published: parsed.published,
    dateline: parsed.dateline,
    agencies: parsed.agencies,
    url: parsed.url,
    format: parsed.format,
    fingerprint: parsed.fingerprint,
    sourceName: where.sourceName,
    importedAt: where.importedAt,
    length: parsed.text.length,
    warnings: parsed.warnings,
    provenance: parsed.provenance,
    edits: {},
    nearDuplicateIds: [],
    previousVersionId: null,
    lang: parsed.lang,
    versionKeys: [],
    ...(parsed.part ? { part: parsed.part } : {}),
    ...(parsed.web ? { web: parsed.web } : {}),
  };
}
