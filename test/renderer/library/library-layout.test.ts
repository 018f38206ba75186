import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT,
  fitColumns,
  gridTemplate,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  MIN_TITLE_WIDTH,
  parseLayout,
} from '../../../src/renderer/src/features/library/library-layout';

describe('the library’s remembered layout', () => {
  it('reads back what was stored', () => {
    const stored = { sort: { column: 'outlet', direction: 'descending' }, columns: ['title', 'authors', 'outlet'], widths: { ...DEFAULT_LAYOUT.widths, outlet: 150 } };
    expect(parseLayout(JSON.stringify(stored))).toEqual({
      sort: { column: 'outlet', direction: 'descending' },
      // Always in the library's own order, whatever order they were stored in.
      columns: ['title', 'outlet', 'authors'],
      widths: { ...DEFAULT_LAYOUT.widths, outlet: 150 },
    });
  });

  it('gives the default for nothing stored, for text that is not JSON, and for JSON of another shape', () => {
    for (const stored of [null, '', '{not json', '42', '[]', 'null']) expect(parseLayout(stored)).toEqual(DEFAULT_LAYOUT);
  });

  it('keeps the good parts of a damaged layout: an unknown column or direction, a silly width', () => {
    const layout = parseLayout(
      JSON.stringify({ sort: { column: 'colour', direction: 'descending' }, columns: ['outlet', 'nonsense', 7], widths: { outlet: 5, published: 99999, notes: 'wide', authors: 200 } }),
    );
    expect(layout.sort).toEqual(DEFAULT_LAYOUT.sort);
    // The title is never left out.
    expect(layout.columns).toEqual(['title', 'outlet']);
    expect(layout.widths).toEqual({ ...DEFAULT_LAYOUT.widths, outlet: MIN_COLUMN_WIDTH, published: MAX_COLUMN_WIDTH, authors: 200 });
    expect(parseLayout(JSON.stringify({ sort: { column: 'title', direction: 'sideways' } })).sort).toEqual(DEFAULT_LAYOUT.sort);
  });

  it('lays the columns out with the title taking the rest', () => {
    expect(gridTemplate(DEFAULT_LAYOUT)).toBe(`minmax(${MIN_TITLE_WIDTH}px, 1fr) 88px 96px 30px 30px`);
  });
});

describe('columns in a narrow pane', () => {
  const all = parseLayout(JSON.stringify({ ...DEFAULT_LAYOUT, columns: [...DEFAULT_LAYOUT.columns, 'authors'] }));

  it('shows every chosen column when there is room', () => {
    // 120 for the title + 88 + 96 + 120 + 30 + 30.
    expect(fitColumns(all, 484)).toEqual(['title', 'outlet', 'published', 'authors', 'highlights', 'notes']);
  });

  it('lets the least needed columns give way first, keeping the title readable', () => {
    expect(fitColumns(all, 483)).toEqual(['title', 'outlet', 'published', 'highlights', 'notes']);
    expect(fitColumns(all, 120 + 88 + 96)).toEqual(['title', 'outlet', 'published']);
    // A narrow column that still fits stays after a wider one gave way.
    expect(fitColumns(all, 120 + 88 + 30)).toEqual(['title', 'outlet', 'highlights']);
    expect(fitColumns(all, 100)).toEqual(['title']);
  });
});
