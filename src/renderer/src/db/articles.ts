import type { ArticleMetadata, MetadataField, ParsedArticle } from '@shared/ingest/types';
import type { ArticleRecord, ArticleTextRecord, Id, VersionReport } from '@shared/model';
import { articleVersionKeys } from '@shared/version-keys';
import { newId } from './ids';
import { nearDuplicatesAmong, shinglesRecord } from './near-duplicates';
import type { ParallaxDB } from './schema';
import { carryOverAnnotations, findPreviousVersion } from './versions';

export type AddArticleResult =
  | { status: 'added'; article: ArticleRecord }
  | { status: 'new-version'; article: ArticleRecord; previous: ArticleRecord; report: VersionReport }
  | { status: 'duplicate'; existing: Pick<ArticleRecord, 'id' | 'title' | 'sourceName'> };

/**
 * Stores one parsed article, unless the same text is already in the corpus: then nothing is
 * written and the caller learns which article it already is. Record and text are written in
 * one transaction, so an article is never half-stored.
 */
export async function addParsedArticle(
  db: ParallaxDB,
  parsed: ParsedArticle,
  sourceName: string,
  now: number = Date.now(),
): Promise<AddArticleResult> {
  // Shingling is pure work on the text: done before the transaction so it holds no lock meanwhile.
  const id = newId();
  const shingles = shinglesRecord(id, parsed.text);
  return db.transaction('rw', [db.articles, db.articleTexts, db.articleShingles, db.highlights, db.notes], async () => {
    const existing = await db.articles.where('fingerprint').equals(parsed.fingerprint).first();
    if (existing) {
      return { status: 'duplicate', existing: { id: existing.id, title: existing.title, sourceName: existing.sourceName } };
    }
    const candidates = shingles.bands.length
      ? await db.articleShingles.where('bands').anyOf(shingles.bands).distinct().toArray()
      : [];
    const previous = await findPreviousVersion(db, parsed);
    // A newer version of an article is linked as its version, not as a near-duplicate of it.
    const nearDuplicateIds = nearDuplicatesAmong(shingles, candidates).filter((other) => other !== previous?.id);
    const article: ArticleRecord = {
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
      sourceName,
      importedAt: now,
      length: parsed.text.length,
      warnings: parsed.warnings,
      provenance: parsed.provenance,
      // The person's corrections of the older version carry over: they win over extraction.
      edits: previous ? { ...previous.edits } : {},
      nearDuplicateIds,
      previousVersionId: previous?.id ?? null,
      lang: parsed.lang,
      versionKeys: [],
    };
    article.versionKeys = articleVersionKeys(article);
    const text: ArticleTextRecord = { id, text: parsed.text, boilerplate: parsed.boilerplate };
    await db.articles.add(article);
    await db.articleTexts.add(text);
    await db.articleShingles.add(shingles);
    if (previous) {
      const report = await carryOverAnnotations(db, previous, id, parsed.text);
      await db.articles.update(id, { versionReport: report });
      return { status: 'new-version', article: { ...article, versionReport: report }, previous, report };
    }
    // Links go both ways: each earlier copy learns of the new one.
    for (const otherId of nearDuplicateIds) {
      await db.articles
        .where('id')
        .equals(otherId)
        .modify((other) => {
          if (!other.nearDuplicateIds.includes(id)) other.nearDuplicateIds.push(id);
        });
    }
    return { status: 'added', article };
  });
}

export function getArticle(db: ParallaxDB, id: Id): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

export function getArticleText(db: ParallaxDB, id: Id): Promise<ArticleTextRecord | undefined> {
  return db.articleTexts.get(id);
}

/**
 * The library's rows, oldest import first (the order a person added them in): the latest
 * version of each article only; older versions stay stored and are reached from the newer one.
 */
export async function listArticles(db: ParallaxDB): Promise<ArticleRecord[]> {
  const all = await db.articles.orderBy('importedAt').toArray();
  const superseded = new Set(all.map((a) => a.previousVersionId).filter((id): id is Id => id !== null));
  return superseded.size === 0 ? all : all.filter((a) => !superseded.has(a.id));
}

/** Articles in the library (latest versions). */
export async function countArticles(db: ParallaxDB): Promise<number> {
  const superseded = await db.articles.where('previousVersionId').above('').count();
  return (await db.articles.count()) - superseded;
}

/** A person's correction of one metadata field: stored apart from what extraction found, and wins over it. */
export async function editArticleMetadata<F extends MetadataField>(
  db: ParallaxDB,
  id: Id,
  field: F,
  value: ArticleMetadata[F],
): Promise<void> {
  await db.articles
    .where('id')
    .equals(id)
    .modify((article) => {
      article.edits = { ...article.edits, [field]: value };
      article.versionKeys = articleVersionKeys(article);
    });
}

/** Drops a correction: the field shows what extraction found again. */
export async function revertArticleMetadata(db: ParallaxDB, id: Id, field: MetadataField): Promise<void> {
  await db.articles
    .where('id')
    .equals(id)
    .modify((article) => {
      const edits = { ...article.edits };
      delete edits[field];
      article.edits = edits;
      article.versionKeys = articleVersionKeys(article);
    });
}
