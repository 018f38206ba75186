/**
 * The library's columns and its sort order: the words the list, its header and the stored
 * preference share. Pure data, no DOM.
 */
export const LIBRARY_COLUMNS = ['title', 'outlet', 'published', 'authors', 'agencies', 'highlights', 'notes', 'imported', 'format'] as const;
export type LibraryColumn = (typeof LIBRARY_COLUMNS)[number];

export type SortDirection = 'ascending' | 'descending';

export interface LibrarySort {
  column: LibraryColumn;
  direction: SortDirection;
}

/** The order articles were added in: the library's order before it had columns. */
export const DEFAULT_LIBRARY_SORT: LibrarySort = { column: 'imported', direction: 'ascending' };

export function isLibraryColumn(value: unknown): value is LibraryColumn {
  return typeof value === 'string' && (LIBRARY_COLUMNS as readonly string[]).includes(value);
}

/**
 * The direction a column starts in when first clicked: counts and dates most first (what a
 * person looks for: the most coded, the newest), names from A.
 */
export function firstDirection(column: LibraryColumn): SortDirection {
  return column === 'highlights' || column === 'notes' || column === 'published' || column === 'imported' ? 'descending' : 'ascending';
}

/** Clicking a column's header: the same column turns round, another starts in its first direction. */
export function nextSort(current: LibrarySort, column: LibraryColumn): LibrarySort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: firstDirection(column) };
}
