import type { Id } from '../model';

/**
 * The library's multi-selection, as file managers and reference managers keep it: a click
 * chooses one row, Ctrl/Cmd+click adds or removes one, Shift+click (or Shift+arrow) takes every
 * row from the anchor to the one reached. The anchor is where the last plain or Ctrl/Cmd click
 * was, so that successive Shift+clicks swing the range around it instead of growing it.
 *
 * Ranges are counted in the rows as they are shown (sorted and filtered): `order` is their ids.
 */
export interface LibrarySelection {
  ids: ReadonlySet<Id>;
  anchor: Id | null;
}

export const EMPTY_SELECTION: LibrarySelection = { ids: new Set(), anchor: null };

/** How the row was reached: a plain click, Ctrl/Cmd (toggle), or Shift (range). */
export type SelectGesture = 'only' | 'toggle' | 'range';

export function selectRow(selection: LibrarySelection, order: readonly Id[], id: Id, gesture: SelectGesture): LibrarySelection {
  if (gesture === 'only') return { ids: new Set([id]), anchor: id };
  if (gesture === 'toggle') {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id };
  }
  const anchorIndex = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const index = order.indexOf(id);
  // No anchor in view (filtered out, or none yet): the range is the row itself, which anchors the next.
  if (anchorIndex < 0 || index < 0) return { ids: new Set([id]), anchor: id };
  const [from, to] = anchorIndex <= index ? [anchorIndex, index] : [index, anchorIndex];
  return { ids: new Set(order.slice(from, to + 1)), anchor: selection.anchor };
}

/** Every shown row (Ctrl/Cmd+A in the list). */
export function selectAll(order: readonly Id[]): LibrarySelection {
  return { ids: new Set(order), anchor: order[0] ?? null };
}

/** The selection without rows that no longer exist (deleted, here or on another device). */
export function keepExisting(selection: LibrarySelection, exists: (id: Id) => boolean): LibrarySelection {
  const ids = [...selection.ids].filter(exists);
  if (ids.length === selection.ids.size) return selection;
  return { ids: new Set(ids), anchor: selection.anchor !== null && exists(selection.anchor) ? selection.anchor : null };
}

/** The selected ids in the order the rows are shown, for actions that list them. */
export function selectedInOrder(selection: LibrarySelection, order: readonly Id[]): Id[] {
  return order.filter((id) => selection.ids.has(id));
}
