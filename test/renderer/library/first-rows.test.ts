import { describe, expect, it } from 'vitest';
import { FIRST_ROWS_REMEMBERED, parseFirstRows } from '../../../src/renderer/src/features/library/first-rows';

const BY_TITLE = { column: 'title', direction: 'ascending' } as const;
const BY_DATE = { column: 'published', direction: 'descending' } as const;

describe('the library’s remembered first rows', () => {
  it('gives back the ids remembered for the same sort, in their order', () => {
    expect(parseFirstRows('{"sortKey":"title:ascending","ids":["b","a","c"]}', BY_TITLE)).toEqual(['b', 'a', 'c']);
  });

  it('gives none for another sort or direction: they are not that sort’s first rows', () => {
    const stored = '{"sortKey":"title:ascending","ids":["b","a"]}';
    expect(parseFirstRows(stored, BY_DATE)).toEqual([]);
    expect(parseFirstRows(stored, { column: 'title', direction: 'descending' })).toEqual([]);
  });

  it('gives none for nothing stored, broken JSON or the wrong shape, and drops what is not an id', () => {
    expect(parseFirstRows(null, BY_TITLE)).toEqual([]);
    expect(parseFirstRows('{"sortKey":', BY_TITLE)).toEqual([]);
    expect(parseFirstRows('[1,2]', BY_TITLE)).toEqual([]);
    expect(parseFirstRows('{"sortKey":"title:ascending","ids":"a"}', BY_TITLE)).toEqual([]);
    expect(parseFirstRows('{"sortKey":"title:ascending","ids":["a",3,null,"b"]}', BY_TITLE)).toEqual(['a', 'b']);
  });

  it('never reads back more than a first screen’s worth', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `id-${i}`);
    const read = parseFirstRows(JSON.stringify({ sortKey: 'title:ascending', ids }), BY_TITLE);
    expect(read).toHaveLength(100);
    expect(FIRST_ROWS_REMEMBERED).toBe(100);
    expect(read[99]).toBe('id-99');
  });
});
