import { effectiveMetadata, untitledLabel } from '../article-view';
import type { ArticleRecord, Id } from '../model';
import type { LibraryColumn, LibrarySort } from './columns';

/** One line of the library: the article and what its columns show, worked out once per change. */
export interface LibraryRow {
  article: ArticleRecord;
  /** The headline, or "Untitled (file name)". */
  title: string;
  untitled: boolean;
  outlet: string | null;
  /** As stored: "2021-05-19", "--05-19" (no year in the source), or whatever the source said. */
  published: string | null;
  /** 0 a full date (sorts by itself), 1 a date without a year or in words, 2 none. */
  publishedRank: 0 | 1 | 2;
  /** "Family, Other" as the metadata lists them, joined; null when none are known. */
  authors: string | null;
  /** The agencies credited (Reuters, AP), joined; null when none. */
  agencies: string | null;
  highlights: number;
  notes: number;
}

export interface RowCounts {
  highlights: number;
  notes: number;
}

export function libraryRow(article: ArticleRecord, counts: RowCounts | undefined): LibraryRow {
  const meta = effectiveMetadata(article);
  return {
    article,
    title: meta.title ?? untitledLabel(article.sourceName),
    untitled: !meta.title,
    outlet: meta.outlet || null,
    published: meta.published || null,
    publishedRank: dateRank(meta.published || null),
    authors: meta.authors.length ? meta.authors.join('; ') : null,
    agencies: meta.agencies.length ? meta.agencies.join(', ') : null,
    highlights: counts?.highlights ?? 0,
    notes: counts?.notes ?? 0,
  };
}

/**
 * Names compare as a reader expects, not by code point: case and accents aside ("Émile" by
 * "Emile"), numbers by value ("2 dead" before "10 dead"), in the reader's language.
 */
const COLLATOR = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true, ignorePunctuation: false });

/** A full date sorts by itself; a date without a year or in words after every full date; none last. */
function dateRank(published: string | null): 0 | 1 | 2 {
  if (published === null) return 2;
  return /^\d{4}(-\d{2}(-\d{2})?)?/.test(published) ? 0 : 1;
}

function textValue(row: LibraryRow, column: LibraryColumn): string | null {
  if (column === 'title') return row.untitled ? null : row.title;
  if (column === 'outlet') return row.outlet;
  if (column === 'authors') return row.authors;
  if (column === 'agencies') return row.agencies;
  if (column === 'format') return row.article.format;
  return null;
}

function byImport(a: LibraryRow, b: LibraryRow): number {
  return a.article.importedAt - b.article.importedAt || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);
}

/**
 * The comparison one column sorts by. Rows a column knows nothing about (no outlet, no date,
 * no headline) go last in either direction, as in Zotero: turning the order round shows the
 * other end of what is known, not a screen of blanks. Ties keep the order of import.
 */
function comparator(sort: LibrarySort): (a: LibraryRow, b: LibraryRow) => number {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { column } = sort;
  if (column === 'imported') return (a, b) => sign * byImport(a, b);
  if (column === 'highlights' || column === 'notes') return (a, b) => sign * (a[column] - b[column]) || byImport(a, b);
  if (column === 'published') {
    return (a, b) => {
      const ra = a.publishedRank;
      const rb = b.publishedRank;
      if (ra !== rb) return ra - rb;
      if (ra === 2) return byImport(a, b);
      const pa = a.published!;
      const pb = b.published!;
      return sign * (pa < pb ? -1 : pa > pb ? 1 : 0) || byImport(a, b);
    };
  }
  return (a, b) => {
    const va = textValue(a, column);
    const vb = textValue(b, column);
    if (va === null || vb === null) return va === vb ? byImport(a, b) : va === null ? 1 : -1;
    return sign * COLLATOR.compare(va, vb) || byImport(a, b);
  };
}

/** The rows in the order asked for; a new array, the input is left as it was. */
export function sortLibrary(rows: readonly LibraryRow[], sort: LibrarySort): LibraryRow[] {
  return [...rows].sort(comparator(sort));
}

/** Where an article stands in a sorted list, or -1. */
export function rowIndex(rows: readonly LibraryRow[], id: Id | null): number {
  return id === null ? -1 : rows.findIndex((row) => row.article.id === id);
}
