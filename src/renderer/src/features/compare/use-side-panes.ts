import { useEffect, useRef, useState } from 'react';
import { usePanelRef } from 'react-resizable-panels';

/**
 * The workspace's side panes (library and details) folded away so that Compare's columns get the
 * window, and unfolded again. The panes collapse to nothing; dragging a separator or the same
 * button or shortcut brings them back. When no comparison is open they are always shown: the
 * reader must not open with its library hidden (the layout is remembered between launches).
 */
export interface SidePanes {
  library: ReturnType<typeof usePanelRef>;
  side: ReturnType<typeof usePanelRef>;
  collapsed: boolean;
  toggle: () => void;
  /** For the panels' onResize: a drag that folds or unfolds both is the same as the button. */
  sync: () => void;
}

export function useSidePanes(comparing: boolean): SidePanes {
  const library = usePanelRef();
  const side = usePanelRef();
  const [collapsed, setCollapsed] = useState(false);
  // Whether the person last folded the panes while comparing: the next comparison opens the same way.
  const foldedForCompare = useRef(false);
  const panels = () => [library.current, side.current].filter((p) => p !== null);
  const sync = () => {
    const folded = panels().length > 0 && panels().every((p) => p.isCollapsed());
    if (comparing) foldedForCompare.current = folded;
    setCollapsed(folded);
  };
  const toggle = () => {
    const fold = panels().some((p) => !p.isCollapsed());
    for (const p of panels()) {
      if (fold) p.collapse();
      else p.expand();
    }
    foldedForCompare.current = fold;
    setCollapsed(fold);
  };
  // Expanding resizes the panels, and their onResize (sync) sets `collapsed` back.
  useEffect(() => {
    const panes = [library.current, side.current];
    if (!comparing) {
      for (const p of panes) if (p?.isCollapsed()) p.expand();
      return;
    }
    if (!foldedForCompare.current) return;
    // After the frame in which the comparison replaced the reader, once the group has laid it out.
    const frame = requestAnimationFrame(() => {
      for (const p of panes) p?.collapse();
    });
    return () => cancelAnimationFrame(frame);
  }, [comparing, library, side]);
  return { library, side, collapsed, toggle, sync };
}

/** Ctrl+\ (Cmd+\ on a Mac): fold or unfold the side panes while comparing. `code`, so any keyboard layout has it. */
export const isSidePanesShortcut = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.code === 'Backslash';
