import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, keepExisting, selectAll, selectedInOrder, selectRow, type LibrarySelection } from '@shared/library/selection';

const rows = ['a', 'b', 'c', 'd', 'e'];
const ids = (selection: LibrarySelection) => [...selection.ids].sort();

describe('the library selection', () => {
  it('a plain click chooses that row alone', () => {
    const two = selectRow(selectRow(EMPTY_SELECTION, rows, 'a', 'only'), rows, 'c', 'toggle');
    expect(ids(selectRow(two, rows, 'd', 'only'))).toEqual(['d']);
  });

  it('Ctrl/Cmd+click adds a row, and takes it out again', () => {
    const one = selectRow(EMPTY_SELECTION, rows, 'b', 'only');
    const two = selectRow(one, rows, 'd', 'toggle');
    expect(ids(two)).toEqual(['b', 'd']);
    expect(ids(selectRow(two, rows, 'b', 'toggle'))).toEqual(['d']);
  });

  it('Shift+click takes every row from the anchor, in either direction', () => {
    const anchored = selectRow(EMPTY_SELECTION, rows, 'c', 'only');
    expect(ids(selectRow(anchored, rows, 'e', 'range'))).toEqual(['c', 'd', 'e']);
    expect(ids(selectRow(anchored, rows, 'a', 'range'))).toEqual(['a', 'b', 'c']);
  });

  it('a second Shift+click swings the range around the same anchor instead of growing it', () => {
    const anchored = selectRow(EMPTY_SELECTION, rows, 'c', 'only');
    const down = selectRow(anchored, rows, 'e', 'range');
    expect(ids(selectRow(down, rows, 'b', 'range'))).toEqual(['b', 'c']);
  });

  it('Shift+click after Ctrl/Cmd+click ranges from the row last toggled', () => {
    const toggled = selectRow(selectRow(EMPTY_SELECTION, rows, 'a', 'only'), rows, 'd', 'toggle');
    expect(ids(selectRow(toggled, rows, 'e', 'range'))).toEqual(['d', 'e']);
  });

  it('Shift+click with no anchor in view chooses the row alone', () => {
    const hidden = selectRow(EMPTY_SELECTION, ['x', ...rows], 'x', 'only');
    expect(ids(selectRow(hidden, rows, 'c', 'range'))).toEqual(['c']);
  });

  it('select all takes every shown row, listed in the order shown', () => {
    const all = selectAll(rows);
    expect(selectedInOrder(all, ['e', 'd', 'c', 'b', 'a'])).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('rows that no longer exist leave the selection, and so does their anchor', () => {
    const selection = selectRow(selectRow(EMPTY_SELECTION, rows, 'a', 'only'), rows, 'c', 'toggle');
    const kept = keepExisting(selection, (id) => id !== 'c');
    expect(ids(kept)).toEqual(['a']);
    expect(kept.anchor).toBeNull();
    expect(keepExisting(kept, () => true)).toBe(kept);
  });
});
