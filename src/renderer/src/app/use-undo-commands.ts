import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useServices } from './services';

/** True when the focus is in something that edits text and keeps its own undo. */
export function isEditingText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'range', 'color'].includes(element.type);
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLElement && element.isContentEditable);
}

/**
 * Undo and redo for the whole app. In a text field (a metadata box, a note) they act on the
 * text, as a person expects; elsewhere they walk the history of corpus changes. Returns the
 * handler for the menu's commands; in web mode it also listens for the keys itself.
 */
export function useUndoCommands(listenForKeys: boolean) {
  const { undo } = useServices();

  const run = useCallback(
    (which: 'undo' | 'redo') => {
      if (isEditingText(document.activeElement)) {
        document.execCommand(which);
        return;
      }
      // The history itself tells the status bar what was undone or redone.
      void (which === 'undo' ? undo.undo() : undo.redo());
    },
    [undo],
  );

  useEffect(() => {
    if (!listenForKeys) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditingText(document.activeElement)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) run('undo');
      else if ((key === 'z' && event.shiftKey) || key === 'y') run('redo');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [listenForKeys, run]);

  return run;
}

export function useUndoState() {
  const { undo } = useServices();
  return useSyncExternalStore(undo.subscribe, undo.getSnapshot);
}
