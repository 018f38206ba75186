import { useEffect } from 'react';
import type { MenuCommand } from '@shared/bridge';

const SHORTCUTS: { key: string; shift: boolean; command: MenuCommand }[] = [
  { key: 'o', shift: false, command: 'import-files' },
  { key: 'o', shift: true, command: 'import-folder' },
  { key: 'e', shift: false, command: 'export-dossier' },
  { key: 'l', shift: true, command: 'toggle-theme' },
  { key: 'k', shift: true, command: 'compare' },
  { key: 'f', shift: false, command: 'focus-search' },
  { key: 'f', shift: true, command: 'search-corpus' },
  { key: ',', shift: false, command: 'preferences' },
];

/** In Electron the menu's accelerators send these; in web mode the page listens for them itself. */
export function useWebShortcuts(enabled: boolean, onCommand: (command: MenuCommand) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const match = SHORTCUTS.find((s) => s.key === event.key.toLowerCase() && s.shift === event.shiftKey);
      if (!match) return;
      event.preventDefault();
      onCommand(match.command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, onCommand]);
}
