import type { ArticleMetadata } from './ingest/types';
import type { ArticleRecord } from './model';

/** One metadata field as the person sees it: their correction when they made one, else what was extracted. */
export function effectiveValue<K extends keyof ArticleMetadata>(article: ArticleRecord, key: K): ArticleMetadata[K] {
  return key in article.edits ? (article.edits[key] as ArticleMetadata[K]) : article[key];
}

/** An article's metadata as the person sees it: their corrections win over extraction. */
export function effectiveMetadata(article: ArticleRecord): ArticleMetadata {
  const pick = <K extends keyof ArticleMetadata>(key: K): ArticleMetadata[K] => effectiveValue(article, key);
  return {
    title: pick('title'),
    outlet: pick('outlet'),
    authors: pick('authors'),
    published: pick('published'),
    dateline: pick('dateline'),
    agencies: pick('agencies'),
    url: pick('url'),
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-05-19" → "19 May 2021"; "--05-19" (no year in the source) → "19 May"; anything else as given. */
export function formatPublished(published: string | null): string | null {
  if (!published) return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (full) return `${Number(full[3])} ${MONTHS[Number(full[2]) - 1] ?? full[2]} ${full[1]}`;
  const yearless = /^--(\d{2})-(\d{2})$/.exec(published);
  if (yearless) return `${Number(yearless[2])} ${MONTHS[Number(yearless[1]) - 1] ?? yearless[1]}`;
  return published;
}

/** The name a list shows for an article: its headline, else the file it came from. */
export function displayTitle(article: ArticleRecord): string {
  return effectiveMetadata(article).title ?? article.sourceName;
}
