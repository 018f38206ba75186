import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '@shared/model';
import { DEFAULT_LIBRARY_SORT, nextSort, type LibraryColumn, type SortDirection } from '@shared/library/columns';
import { libraryRow, sortLibrary, type LibraryRow } from '@shared/library/rows';

function article(id: string, fields: Partial<ArticleRecord>): ArticleRecord {
  return {
    id, title: null, outlet: null, authors: [], published: null, dateline: null, agencies: [], url: null,
    format: 'txt', fingerprint: id, sourceName: `${id}.txt`, importedAt: Number(id.slice(1)), length: 100, warnings: [],
    provenance: {}, edits: {}, nearDuplicateIds: [], previousVersionId: null, versionKeys: [], lang: null,
    ...fields,
  } as ArticleRecord;
}

const rows: LibraryRow[] = [
  libraryRow(article('a1', { title: 'Zebra crossing opens', outlet: 'The Herald', published: '2021-05-19', authors: ['Smith, Ann'] }), { highlights: 2, notes: 0 }),
  libraryRow(article('a2', { title: 'émigrés return', outlet: 'Agence', published: '--05-20' }), { highlights: 0, notes: 3 }),
  libraryRow(article('a3', { title: '10 dead in storm', published: '2020-01-02', authors: ['Brown, Bo'] }), undefined),
  libraryRow(article('a4', { title: '2 dead in storm', outlet: 'daily news', published: '2023-12-31' }), { highlights: 5, notes: 1 }),
  libraryRow(article('a5', { edits: { title: 'Corrected headline' }, title: 'Wrong', outlet: 'Zeit' }), { highlights: 2, notes: 0 }),
  libraryRow(article('a6', {}), undefined),
];
const order = (column: LibraryColumn, direction: SortDirection) =>
  sortLibrary(rows, { column, direction }).map((row) => row.article.id);

describe('the library’s rows and their order', () => {
  it('shows what a person sees: corrections over extraction, “Untitled (file name)”, authors joined, counts or 0', () => {
    expect(rows[4]).toMatchObject({ title: 'Corrected headline', untitled: false, outlet: 'Zeit', highlights: 2 });
    expect(rows[5]).toMatchObject({ title: 'Untitled (a6.txt)', untitled: true, outlet: null, authors: null, highlights: 0, notes: 0 });
    expect(rows[0]!.authors).toBe('Smith, Ann');
  });

  it('sorts titles as a reader reads them (case and accents aside, numbers by value), untitled last either way', () => {
    expect(order('title', 'ascending')).toEqual(['a4', 'a3', 'a5', 'a2', 'a1', 'a6']);
    expect(order('title', 'descending')).toEqual(['a1', 'a2', 'a5', 'a3', 'a4', 'a6']);
  });

  it('sorts outlets and authors with the articles that have none at the end', () => {
    expect(order('outlet', 'ascending')).toEqual(['a2', 'a4', 'a1', 'a5', 'a3', 'a6']);
    expect(order('outlet', 'descending')).toEqual(['a5', 'a1', 'a4', 'a2', 'a3', 'a6']);
    expect(order('authors', 'ascending')).toEqual(['a3', 'a1', 'a2', 'a4', 'a5', 'a6']);
  });

  it('sorts dates: full dates by date, then a date without a year, then none (in import order)', () => {
    expect(order('published', 'descending')).toEqual(['a4', 'a1', 'a3', 'a2', 'a5', 'a6']);
    expect(order('published', 'ascending')).toEqual(['a3', 'a1', 'a4', 'a2', 'a5', 'a6']);
  });

  it('sorts counts, ties kept in import order', () => {
    expect(order('highlights', 'descending')).toEqual(['a4', 'a1', 'a5', 'a2', 'a3', 'a6']);
    expect(order('notes', 'ascending')).toEqual(['a1', 'a3', 'a5', 'a6', 'a4', 'a2']);
    expect(order('imported', 'descending')).toEqual(['a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
  });

  it('leaves the input as it was', () => {
    const before = rows.map((row) => row.article.id);
    order('title', 'ascending');
    expect(rows.map((row) => row.article.id)).toEqual(before);
  });

  it('turns a column round on a second click, and starts another in its own direction', () => {
    expect(DEFAULT_LIBRARY_SORT).toEqual({ column: 'imported', direction: 'ascending' });
    expect(nextSort({ column: 'title', direction: 'ascending' }, 'title')).toEqual({ column: 'title', direction: 'descending' });
    expect(nextSort({ column: 'title', direction: 'descending' }, 'highlights')).toEqual({ column: 'highlights', direction: 'descending' });
    expect(nextSort({ column: 'highlights', direction: 'descending' }, 'outlet')).toEqual({ column: 'outlet', direction: 'ascending' });
  });
});
