import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/bridge';

/**
 * The application menu. Items that act on the corpus send a command to the renderer, which
 * owns the data; the standard editing, zoom and window items use Electron's roles. Developer
 * tools are offered only in a development build (`isDevelopment`: not packaged): in the app
 * people install they would open the page, its storage and its bridge to anyone at the keyboard
 * or any script that can send the shortcut.
 */
export function buildMenuTemplate(send: (command: MenuCommand) => void, isMac: boolean, isDevelopment = false): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => send('import-files') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-folder') },
      { label: 'Import from the Web…', click: () => send('import-web') },
      { type: 'separator' },
      { label: 'Export Dossier…', accelerator: 'CmdOrCtrl+E', click: () => send('export-dossier') },
      { label: 'Restore from Backup…', click: () => send('restore-backup') },
      { type: 'separator' },
      { label: 'Share Project…', click: () => send('share-project') },
      { label: 'Join Project…', click: () => send('join-project') },
      { label: 'Project Members…', click: () => send('project-members') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Undo and redo walk the app's history of corpus changes; inside a text field the
      // renderer hands them to the field instead (see src/renderer/src/app/use-undo-commands.ts).
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
      { label: 'Redo', accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', click: () => send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find in Library', accelerator: 'CmdOrCtrl+F', click: () => send('focus-search') },
      { label: 'Search the Corpus', accelerator: 'CmdOrCtrl+Shift+F', click: () => send('search-corpus') },
      { type: 'separator' },
      { label: 'Preferences…', accelerator: 'CmdOrCtrl+,', click: () => send('preferences') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Compare Articles…', accelerator: 'CmdOrCtrl+Shift+K', click: () => send('compare') },
      { label: 'Agreement…', click: () => send('agreement') },
      { type: 'separator' },
      { label: 'Toggle Light/Dark Theme', accelerator: 'CmdOrCtrl+Shift+L', click: () => send('toggle-theme') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDevelopment ? ([{ role: 'toggleDevTools' }] as const) : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [{ label: 'About Parallax', click: () => send('about') }],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
