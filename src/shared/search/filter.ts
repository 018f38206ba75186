/** Narrowing search results by tag, outlet and date: pure, applied to candidate documents before the limit. */

export interface SearchFilter {
  /** The articles that carry the chosen tag (on any of their highlights). Notes pass when their article does. */
  tagIds?: ReadonlySet<string>;
  /** Outlets to keep (compared case- and space-insensitively). */
  outlets?: readonly string[];
  /** Inclusive bounds, 'YYYY-MM-DD'. A date bound excludes documents with no date or a yearless one (--MM-DD). */
  from?: string;
  to?: string;
}

export interface FilterableDocument {
  kind: 'article' | 'note';
  id: string;
  articleId: string | null;
  outlet: string;
  published: string | null;
}

const FULL_DATE = /^(\d{4}-\d{2}-\d{2})/;

/** The calendar day of an ISO date ('2021-05-19T10:00:00Z' → '2021-05-19'); null for yearless or missing dates. */
export function calendarDay(published: string | null): string | null {
  return (published && FULL_DATE.exec(published)?.[1]) ?? null;
}

function outletKey(outlet: string): string {
  return outlet.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function isFilterActive(filter: SearchFilter | undefined): boolean {
  return Boolean(filter && (filter.tagIds || filter.outlets?.length || filter.from || filter.to));
}

/** A predicate for one filter: built once per query, so the outlet set is made once. */
export function documentFilter(filter: SearchFilter | undefined): (doc: FilterableDocument) => boolean {
  if (!filter || !isFilterActive(filter)) return () => true;
  const outlets = filter.outlets?.length ? new Set(filter.outlets.map(outletKey)) : null;
  const from = filter.from || null;
  const to = filter.to || null;
  const tagged = filter.tagIds ?? null;
  return (doc) => {
    if (tagged) {
      const articleId = doc.kind === 'article' ? doc.id : doc.articleId;
      if (!articleId || !tagged.has(articleId)) return false;
    }
    if (outlets && !outlets.has(outletKey(doc.outlet))) return false;
    if (from || to) {
      const day = calendarDay(doc.published);
      if (!day) return false;
      if (from && day < from) return false;
      if (to && day > to) return false;
    }
    return true;
  };
}

/** The documents (or results) that pass the filter, in their order. */
export function applyFilter<T extends FilterableDocument>(items: readonly T[], filter: SearchFilter | undefined): T[] {
  const keep = documentFilter(filter);
  return items.filter(keep);
}
