import { effectiveMetadata } from '@shared/article-view';
import type { ArticleRecord } from '@shared/model';

/** A quick filter over what the list shows (title, outlet, authors, file name); every word must match. */
export function matchesFilter(article: ArticleRecord, filter: string): boolean {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const meta = effectiveMetadata(article);
  const haystack = [meta.title, meta.outlet, ...meta.authors, ...meta.agencies, meta.dateline, article.sourceName]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}
