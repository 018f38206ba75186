import type { ArticleMetadata, MetadataField, ParsedArticle } from '@shared/ingest/types';
import type { ArticleRecord, ArticleTextRecord, Id } from '@shared/model';
import { articleVersionKeys } from '@shared/version-keys';
import { addParsedArticles, type AddArticleResult } from './add-articles';
import type { ParallaxDB } from './schema';

export { addParsedArticles, type AddArticleResult, type ArticleToAdd } from './add-articles';

/**
 * Stores one parsed article, unless the same text is already in the corpus: then nothing is
 * written and the caller learns which article it already is (see addParsedArticles).
 */
export async function addParsedArticle(
  db: ParallaxDB,
  parsed: ParsedArticle,
  sourceName: string,
  now: number = Date.now(),
): Promise<AddArticleResult> {
  const [result] = await addParsedArticles(db, [{ parsed, sourceName, importedAt: now }]);
  return result!;
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
  const all = await db.transaction('r', db.articles, () => db.articles.orderBy('importedAt').toArray());
  const superseded = new Set(all.map((a) => a.previousVersionId).filter((id): id is Id => id !== null));
  return superseded.size === 0 ? all : all.filter((a) => !superseded.has(a.id));
}

/**
 * The articles with these ids, in the order asked, leaving out any no longer stored or replaced
 * by a newer version: a few rows read by key, for the library's first screen before the whole
 * list is read.
 */
export async function articlesByIds(db: ParallaxDB, ids: readonly Id[]): Promise<ArticleRecord[]> {
  return db.transaction('r', db.articles, async () => {
    const found = (await db.articles.bulkGet([...ids])).filter((a): a is ArticleRecord => a !== undefined);
    const replaced = new Set((await db.articles.where('previousVersionId').anyOf(found.map((a) => a.id)).toArray()).map((a) => a.previousVersionId));
    return found.filter((a) => !replaced.has(a.id));
  });
}

/** Articles in the library (latest versions). */
export async function countArticles(db: ParallaxDB): Promise<number> {
  // One read transaction: both counts see the same corpus, even while an import writes.
  return db.transaction('r', db.articles, async () => {
    const superseded = await db.articles.where('previousVersionId').above('').count();
    return (await db.articles.count()) - superseded;
  });
}

/** A person's correction of one metadata field: stored apart from what extraction found, and wins over it. */
export async function editArticleMetadata<F extends MetadataField>(
  db: ParallaxDB,
  id: Id,
  field: F,
  value: ArticleMetadata[F],
): Promise<void> {
  const superseded = await isSuperseded(db, id);
  await db.articles
    .where('id')
    .equals(id)
    .modify((article) => {
      article.edits = { ...article.edits, [field]: value };
      if (!superseded) article.versionKeys = articleVersionKeys(article);
    });
}

/** Drops a correction: the field shows what extraction found again. */
export async function revertArticleMetadata(db: ParallaxDB, id: Id, field: MetadataField): Promise<void> {
  const superseded = await isSuperseded(db, id);
  await db.articles
    .where('id')
    .equals(id)
    .modify((article) => {
      const edits = { ...article.edits };
      delete edits[field];
      article.edits = edits;
      // An older version (superseded, no keys) keeps answering to none.
      if (!superseded) article.versionKeys = articleVersionKeys(article);
    });
}

/** An older version of an article (a newer one replaced it): it no longer answers to version keys. */
async function isSuperseded(db: ParallaxDB, id: Id): Promise<boolean> {
  return (await db.articles.where('previousVersionId').equals(id).count()) > 0;
}
