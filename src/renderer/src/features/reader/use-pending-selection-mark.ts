import { useEffect } from 'react';

/** The name of the CSS custom highlight that keeps chosen words marked (see reader.css). */
export const PENDING_SELECTION_HIGHLIGHT = 'pending-selection';

/**
 * Keeps the words being tagged visibly marked while focus is in the tag picker: moving focus
 * to the picker's input takes the browser's selection colour away (an unfocused selection is
 * drawn grey or not at all), so the range is painted as a CSS custom highlight, which needs
 * no change to the article's DOM, until the popover closes.
 */
export function usePendingSelectionMark(range: () => Range | null, active: boolean, key: string): void {
  useEffect(() => {
    if (!active || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const chosen = range();
    if (!chosen) return;
    CSS.highlights.set(PENDING_SELECTION_HIGHLIGHT, new Highlight(chosen));
    return () => {
      CSS.highlights.delete(PENDING_SELECTION_HIGHLIGHT);
    };
    // `range` reads the layout at the time; the span's key says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, key]);
}
