import type { ParsedArticle } from '@shared/ingest/types';
import type { ArticleRecord, ArticleShinglesRecord, ArticleTextRecord, Id, VersionReport } from '@shared/model';
import { articleVersionKeys, versionKeysOf } from '@shared/version-keys';
import { candidateIndexFor, dropCandidateIndex } from './candidate-index';
import { newId } from './ids';
import { nearDuplicatesAmong, shinglesRecord } from './near-duplicates';
import type { ParallaxDB } from './schema';
import { carryOverAnnotations } from './versions';

export type AddArticleResult =
  | { status: 'added'; article: ArticleRecord }
  | { status: 'new-version'; article: ArticleRecord; previous: ArticleRecord; report: VersionReport }
  | { status: 'duplicate'; existing: Pick<ArticleRecord, 'id' | 'title' | 'sourceName'> };

export interface ArticleToAdd {
  parsed: ParsedArticle;
  sourceName: string;
  importedAt?: number;
}

/**
 * Stores parsed articles, in order, in one transaction: each is added, or recognised as a
 * duplicate of an article already stored (nothing written, the caller learns which), or as a
 * newer version of one (the older version stays; its highlights and notes move over). Near-
 * duplicates are linked both ways. Record, text and shingles go in together, so no article is
 * ever half-stored, and if anything fails none of the batch is.
 *
 * Every lookup is made for the whole batch at once and answered before anything is written:
 * IndexedDB answers a request per round trip, so one-article-at-a-time work costs a round trip
 * per question per article, and a batch costs a handful.
 */
export async function addParsedArticles(db: ParallaxDB, items: readonly ArticleToAdd[]): Promise<AddArticleResult[]> {
  // Shingling is pure work on the text: done before the transaction so it holds no lock meanwhile.
  const now = Date.now();
  const prepared = items.map((item) => {
    const id = newId();
    return { ...item, id, importedAt: item.importedAt ?? now, shingles: shinglesRecord(id, item.parsed.text) };
  });
  const tables = [db.articles, db.articleTexts, db.articleShingles, db.highlights, db.notes];
  try {
    return await db.transaction('rw', tables, async () => {
      const index = await candidateIndexFor(db);
      // Everything the batch needs to know about the stored corpus, asked at once.
      const fingerprints = [...new Set(prepared.map((p) => p.parsed.fingerprint))];
      const versionKeys = [...new Set(prepared.flatMap((p) => versionKeysOf(p.parsed)))];
      const [byFingerprint, byVersionKey, candidateRecords] = await Promise.all([
        lookup(fingerprints, (fp) => db.articles.where('fingerprint').equals(fp).first()),
        lookup(versionKeys, async (key) => latest(await db.articles.where('versionKeys').equals(key).toArray())),
        db.articleShingles
          .bulkGet([...new Set(prepared.flatMap((p) => index.candidates(p.shingles.bands)))])
          .then((records) => new Map(records.filter((r): r is ArticleShinglesRecord => !!r).map((r) => [r.id, r]))),
      ]);

      const results: AddArticleResult[] = [];
      const articles = new Map<Id, ArticleRecord>();
      const texts: ArticleTextRecord[] = [];
      const shingles: ArticleShinglesRecord[] = [];
      const newLinks = new Map<Id, Id[]>();
      const superseded: ArticleRecord[] = [];
      const versions: { previous: ArticleRecord; id: Id; text: string }[] = [];

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
        shingles.push(record);
        // Later articles of the batch find this one among their candidates.
        candidateRecords.set(id, record);
        index.add(id, record.bands);
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

      const linked = (await db.articles.bulkGet([...newLinks.keys()])).filter((a): a is ArticleRecord => !!a);
      await Promise.all([
        db.articles.bulkAdd([...articles.values()]),
        db.articleTexts.bulkAdd(texts),
        db.articleShingles.bulkAdd(shingles),
        db.articles.bulkPut([
          ...linked.map((a) => ({ ...a, nearDuplicateIds: [...new Set([...a.nearDuplicateIds, ...newLinks.get(a.id)!])] })),
          ...superseded.map((a) => ({ ...a, versionKeys: [] })),
        ]),
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

/** Asks for every key at once (IndexedDB pipelines the requests) and keeps the answers found. */
async function lookup(keys: string[], find: (key: string) => Promise<ArticleRecord | undefined>): Promise<Map<string, ArticleRecord>> {
  const found = await Promise.all(keys.map(async (key): Promise<[string, ArticleRecord | undefined]> => [key, await find(key)]));
  const map = new Map<string, ArticleRecord>();
  for (const [key, article] of found) if (article) map.set(key, article);
  return map;
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
  };
}
