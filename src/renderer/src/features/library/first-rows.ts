import type { LibrarySort } from '@shared/library/columns';

/**
 * The first rows the library showed, remembered so that the next launch can draw them at once:
 * reading every article of a 100,000-article library from IndexedDB takes several seconds, and
 * a person should see their library (its count and its first screen, in their sort order) the
 * moment the window opens. The full list replaces these rows as soon as it is read; they are a
 * cache of ids (this window's view, like the layout), never corpus data, so a stale or broken
 * entry costs nothing: ids no longer in the corpus are skipped, and the full list is the truth.
 */
const STORAGE_KEY = 'parallax.libraryFirstRows';

/** More than the tallest window shows (about 40 rows of 28 px on a 1,200-px-high pane), with room to scroll a little. */
export const FIRST_ROWS_REMEMBERED = 100;

export interface FirstRows {
  /** The sort they were first under; under another sort they are not the first rows. */
  sortKey: string;
  ids: string[];
}

export function sortKeyOf(sort: LibrarySort): string {
  return `${sort.column}:${sort.direction}`;
}

/** The remembered ids for this sort, or none when nothing (or something unreadable) is stored. */
export function parseFirstRows(stored: string | null, sort: LibrarySort): string[] {
  let value: unknown;
  try {
    value = stored ? JSON.parse(stored) : null;
  } catch {
    return [];
  }
  if (!value || typeof value !== 'object') return [];
  const { sortKey, ids } = value as Partial<Record<keyof FirstRows, unknown>>;
  if (sortKey !== sortKeyOf(sort) || !Array.isArray(ids)) return [];
  return ids.filter((id): id is string => typeof id === 'string').slice(0, FIRST_ROWS_REMEMBERED);
}

export function recallFirstRows(sort: LibrarySort): string[] {
  return parseFirstRows(localStorage.getItem(STORAGE_KEY), sort);
}

export function rememberFirstRows(sort: LibrarySort, ids: readonly string[]): void {
  const entry: FirstRows = { sortKey: sortKeyOf(sort), ids: ids.slice(0, FIRST_ROWS_REMEMBERED) };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(entry));
  } catch {
    // A full or refused localStorage only costs the next launch its quick first screen.
  }
}
