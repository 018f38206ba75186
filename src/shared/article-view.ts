import type { ArticleMetadata } from './ingest/types';
import type { ArticleRecord } from './model';
import { neutraliseBidiControls } from './bidi';
import { formatCalendarDate, formatDayMonth } from './date-style';

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

/**
 * "2021-05-19" → "19 May 2021" (in the reader's locale, see date-style.ts); "--05-19" (no year
 * in the source) → "19 May"; anything else as given.
 */
export function formatPublished(published: string | null, locale?: string): string | null {
  if (!published) return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (full && validMonthDay(Number(full[2]), Number(full[3]))) return formatCalendarDate(Number(full[1]), Number(full[2]), Number(full[3]), locale);
  const yearless = /^--(\d{2})-(\d{2})$/.exec(published);
  if (yearless && validMonthDay(Number(yearless[1]), Number(yearless[2]))) return formatDayMonth(Number(yearless[1]), Number(yearless[2]), locale);
  return published;
}

function validMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** What an article without a headline is called: it says so, and names the file it came from. */
export function untitledLabel(sourceName: string): string {
  return sourceName ? `Untitled (${sourceName})` : 'Untitled';
}

/**
 * The name a list shows for an article: its headline, else "Untitled (file name)"; direction
 * controls in it are shown, not obeyed (bidi.ts).
 */
export function displayTitle(article: ArticleRecord): string {
  return neutraliseBidiControls(effectiveMetadata(article).title ?? untitledLabel(article.sourceName));
}

/** The headline as a page shows it (direction controls shown, not obeyed), or null when there is none. */
export function shownHeadline(article: ArticleRecord): string | null {
  const title = effectiveMetadata(article).title;
  return title === null ? null : neutraliseBidiControls(title);
}
