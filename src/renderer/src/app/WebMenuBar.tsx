import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { MenuCommand } from '@shared/bridge';

interface MenuItem {
  label: string;
  command?: MenuCommand;
  shortcut?: string;
  disabled?: boolean;
  onSelect?: () => void;
}

/**
 * Web mode has no native menu, so the window carries the same one, built from Radix menus
 * and sending the same commands Electron's menu sends.
 */
export function WebMenuBar({ onCommand }: { onCommand: (command: MenuCommand) => void }) {
  const menus: { label: string; items: (MenuItem | 'separator')[] }[] = [
    {
      label: 'File',
      items: [
        { label: 'Import Files…', command: 'import-files', shortcut: 'Ctrl+O' },
        { label: 'Import Folder…', command: 'import-folder', shortcut: 'Ctrl+Shift+O' },
        { label: 'Import from the Web…', command: 'import-web' },
        'separator',
        { label: 'Export Dossier…', command: 'export-dossier', shortcut: 'Ctrl+E' },
        { label: 'Restore from Backup…', command: 'restore-backup' },
        'separator',
        { label: 'Share Project…', command: 'share-project' },
        { label: 'Join Project…', command: 'join-project' },
        { label: 'Project Members…', command: 'project-members' },
      ],
    },
    {
      label: 'Edit',
      items: [
        { label: 'Undo', command: 'undo', shortcut: 'Ctrl+Z' },
        { label: 'Redo', command: 'redo', shortcut: 'Ctrl+Shift+Z' },
        'separator',
        { label: 'Copy', shortcut: 'Ctrl+C', onSelect: () => void navigator.clipboard?.writeText(window.getSelection()?.toString() ?? '') },
        'separator',
        { label: 'Find in Library', command: 'focus-search', shortcut: 'Ctrl+F' },
        { label: 'Search the Corpus', command: 'search-corpus', shortcut: 'Ctrl+Shift+F' },
        { label: 'Preferences…', command: 'preferences', shortcut: 'Ctrl+,' },
      ],
    },
    {
      label: 'View',
      items: [
        { label: 'Compare Articles…', command: 'compare', shortcut: 'Ctrl+Shift+K' },
        { label: 'Agreement…', command: 'agreement' },
        'separator',
        { label: 'Toggle Light/Dark Theme', command: 'toggle-theme', shortcut: 'Ctrl+Shift+L' },
      ],
    },
    { label: 'Help', items: [{ label: 'About Parallax', command: 'about' }] },
  ];

  return (
    <nav className="menubar" aria-label="Application menu">
      {menus.map((menu) => (
        <DropdownMenu.Root key={menu.label} modal={false}>
          <DropdownMenu.Trigger className="menubar__trigger">{menu.label}</DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu" align="start" sideOffset={4}>
              {menu.items.map((item, index) =>
                item === 'separator' ? (
                  <DropdownMenu.Separator key={index} className="menu__separator" />
                ) : (
                  <DropdownMenu.Item
                    key={item.label}
                    className="menu__item"
                    disabled={item.disabled}
                    onSelect={() => (item.command ? onCommand(item.command) : item.onSelect?.())}
                  >
                    <span>{item.label}</span>
                    {item.shortcut && <span className="menu__shortcut">{item.shortcut}</span>}
                  </DropdownMenu.Item>
                ),
              )}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      ))}
    </nav>
  );
}
