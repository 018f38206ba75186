import type { ParsedArticle } from '@shared/ingest/types';
import type { ArticleRecord, ArticleTextRecord, Id } from '@shared/model';
import { newId } from './ids';
import type { ParallaxDB } from './schema';

export type AddArticleResult =
  | { status: 'added'; article: ArticleRecord }
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
  return db.transaction('rw', db.articles, db.articleTexts, async () => {
    const existing = await db.articles.where('fingerprint').equals(parsed.fingerprint).first();
    if (existing) {
      return { status: 'duplicate', existing: { id: existing.id, title: existing.title, sourceName: existing.sourceName } };
    }
    const id = newId();
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
      edits: {},
      nearDuplicateIds: [],
      previousVersionId: null,
      lang: parsed.lang,
    };
    const text: ArticleTextRecord = { id, text: parsed.text, boilerplate: parsed.boilerplate };
    await db.articles.add(article);
    await db.articleTexts.add(text);
    return { status: 'added', article };
  });
}

export function getArticle(db: ParallaxDB, id: Id): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

export function getArticleText(db: ParallaxDB, id: Id): Promise<ArticleTextRecord | undefined> {
  return db.articleTexts.get(id);
}

/** The library's rows, oldest import first (the order a person added them in). */
export function listArticles(db: ParallaxDB): Promise<ArticleRecord[]> {
  return db.articles.orderBy('importedAt').toArray();
}

export function countArticles(db: ParallaxDB): Promise<number> {
  return db.articles.count();
}
