import type { Id, SpanCitation } from '@shared/model';
import type { ParallaxDB } from './schema';

/** The article a citation names here: its id, or (written on another member's device) the article with its fingerprint. */
export async function resolveCitedArticle(db: ParallaxDB, citation: SpanCitation): Promise<Id> {
  if (!citation.fingerprint || (await db.articles.get(citation.articleId))) return citation.articleId;
  const byFingerprint = await db.articles.where('fingerprint').equals(citation.fingerprint).first();
  return byFingerprint?.id ?? citation.articleId;
}
