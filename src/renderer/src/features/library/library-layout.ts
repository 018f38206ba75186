import { DEFAULT_LIBRARY_SORT, isLibraryColumn, LIBRARY_COLUMNS, type LibraryColumn, type LibrarySort } from '@shared/library/columns';

/**
 * How a person has laid the library out: the sort, which columns show and how wide they are.
 * Kept in localStorage (it is this window's arrangement, not the corpus's), read back with every
 * value checked: a stored value that does not make sense gives the default, never a broken list.
 */
export interface LibraryLayout {
  sort: LibrarySort;
  /** Shown columns, in the library's column order; the title is always among them. */
  columns: LibraryColumn[];
  /** Widths in CSS pixels of the fixed columns; the title takes the rest. */
  widths: Record<Exclude<LibraryColumn, 'title'>, number>;
}

const STORAGE_KEY = 'parallax.libraryLayout';

/** A column narrower than this cannot show its header's icon or a two-digit count. */
export const MIN_COLUMN_WIDTH = 28;
/** Wider than this a fixed column would leave little of a wide pane to the title. */
export const MAX_COLUMN_WIDTH = 480;
/** The title keeps at least this much: about two words. */
export const MIN_TITLE_WIDTH = 120;

/** A header's text (the counts show an icon instead) and the column's name for menus and screen readers. */
export const COLUMN_LABELS: Record<LibraryColumn, { header: string; name: string }> = {
  title: { header: 'Title', name: 'Title' },
  outlet: { header: 'Outlet', name: 'Outlet' },
  published: { header: 'Date', name: 'Date published' },
  authors: { header: 'Authors', name: 'Authors' },
  agencies: { header: 'Agencies', name: 'Agencies' },
  highlights: { header: '', name: 'Highlights' },
  notes: { header: '', name: 'Notes' },
  imported: { header: 'Added', name: 'Date added' },
  format: { header: 'Format', name: 'File format' },
};

/**
 * What fits the library pane at its default width (a quarter of a 1440-pixel window): title,
 * outlet, date and the two counts. Authors, agencies, the import date and the file's format are
 * a click away in Columns.
 */
export const DEFAULT_LAYOUT: LibraryLayout = {
  sort: DEFAULT_LIBRARY_SORT,
  columns: ['title', 'outlet', 'published', 'highlights', 'notes'],
  widths: { outlet: 88, published: 96, authors: 120, agencies: 104, highlights: 30, notes: 30, imported: 96, format: 60 },
};

/** Which column gives way first when the pane is narrow: the last of this list. */
const KEEP_FIRST: readonly LibraryColumn[] = ['title', 'outlet', 'published', 'highlights', 'notes', 'format', 'authors', 'agencies', 'imported'];

/**
 * The shown columns that fit a pane `width` pixels wide with the title at its minimum or more;
 * the least needed others are left out for now (the layout still lists them, and they come back
 * when the pane is widened), so the list never has to be scrolled sideways to read a title.
 */
export function fitColumns(layout: LibraryLayout, width: number): LibraryColumn[] {
  let budget = width - MIN_TITLE_WIDTH;
  const kept = new Set<LibraryColumn>(['title']);
  for (const column of KEEP_FIRST) {
    if (column === 'title' || !layout.columns.includes(column)) continue;
    const needs = layout.widths[column];
    if (needs <= budget) {
      kept.add(column);
      budget -= needs;
    }
  }
  return layout.columns.filter((c) => kept.has(c));
}

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
}

/** Checks a stored layout field by field; what is missing or wrong takes the default. */
export function parseLayout(stored: string | null): LibraryLayout {
  let value: unknown;
  try {
    value = stored ? JSON.parse(stored) : null;
  } catch {
    value = null;
  }
  const raw = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof LibraryLayout, unknown>>;
  const sortValue = (raw.sort && typeof raw.sort === 'object' ? raw.sort : {}) as Record<string, unknown>;
  const sort: LibrarySort =
    isLibraryColumn(sortValue['column']) && (sortValue['direction'] === 'ascending' || sortValue['direction'] === 'descending')
      ? { column: sortValue['column'], direction: sortValue['direction'] }
      : DEFAULT_LAYOUT.sort;
  const listed = Array.isArray(raw.columns) ? raw.columns.filter(isLibraryColumn) : null;
  const columns = listed ? LIBRARY_COLUMNS.filter((c) => c === 'title' || listed.includes(c)) : DEFAULT_LAYOUT.columns;
  const storedWidths = (raw.widths && typeof raw.widths === 'object' ? raw.widths : {}) as Record<string, unknown>;
  const widths = { ...DEFAULT_LAYOUT.widths };
  for (const column of Object.keys(widths) as (keyof LibraryLayout['widths'])[]) {
    const width = storedWidths[column];
    if (typeof width === 'number' && Number.isFinite(width)) widths[column] = clampWidth(width);
  }
  return { sort, columns: [...columns], widths };
}

export function readLayout(): LibraryLayout {
  return parseLayout(localStorage.getItem(STORAGE_KEY));
}

export function writeLayout(layout: LibraryLayout): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(layout));
}

/** The grid's column template: fixed columns at their widths, the title the rest. */
export function gridTemplate(layout: LibraryLayout): string {
  return layout.columns.map((c) => (c === 'title' ? `minmax(${MIN_TITLE_WIDTH}px, 1fr)` : `${layout.widths[c]}px`)).join(' ');
}

/** The narrowest the rows can be before the list scrolls sideways. */
export function minimumRowWidth(layout: LibraryLayout): number {
  return layout.columns.reduce((sum, c) => sum + (c === 'title' ? MIN_TITLE_WIDTH : layout.widths[c]), 0);
}
