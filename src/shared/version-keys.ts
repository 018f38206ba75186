import { effectiveMetadata } from './article-view';
import type { ArticleMetadata } from './ingest/types';
import type { ArticleRecord } from './model';

const comparable = (value: string | null | undefined) => value?.toLocaleLowerCase().replace(/\s+/g, ' ').trim() || null;

/**
 * The keys under which a newer version of an article would be recognised: its URL, and its
 * outlet with its headline. Kept as an indexed list on each article, so that finding the
 * previous version of an import is one index lookup, not a scan of the corpus.
 */
export function versionKeysOf(metadata: Pick<ArticleMetadata, 'url' | 'outlet' | 'title'>): string[] {
  const keys: string[] = [];
  const url = comparable(metadata.url);
  const outlet = comparable(metadata.outlet);
  const title = comparable(metadata.title);
  if (url) keys.push(`url:${url}`);
  if (outlet && title) keys.push(`headline:${outlet}|${title}`);
  return keys;
}

/** Keys for what the file said and for what the person corrected it to. */
export function articleVersionKeys(article: ArticleRecord): string[] {
  return [...new Set([...versionKeysOf(article), ...versionKeysOf(effectiveMetadata(article))])];
}
