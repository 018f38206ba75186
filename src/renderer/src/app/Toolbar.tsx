import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import * as Tooltip from '@radix-ui/react-tooltip';
import { Columns3, FileDown, FilePlus2, FolderPlus, Globe, Info, Moon, Plus, Sun } from 'lucide-react';
import type { ReactNode } from 'react';
import type { MenuCommand } from '@shared/bridge';
import type { Theme } from './theme';
import { WebMenuBar } from './WebMenuBar';

interface ToolbarProps {
  mode: 'electron' | 'web';
  theme: Theme;
  onCommand: (command: MenuCommand) => void;
}

export function Toolbar({ mode, theme, onCommand }: ToolbarProps) {
  return (
    <header className="toolbar">
      <div className="toolbar__brand" aria-label="Parallax">
        <ParallaxMark />
        <span>Parallax</span>
      </div>
      {mode === 'web' && <WebMenuBar onCommand={onCommand} />}
      <div className="toolbar__spacer" />
      <DropdownMenu.Root modal={false}>
        <WithTooltip label="Import articles (Ctrl+O)">
          <DropdownMenu.Trigger className="button button--primary" aria-label="Import">
            <Plus size={14} aria-hidden /> Import
          </DropdownMenu.Trigger>
        </WithTooltip>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
            <DropdownMenu.Item className="menu__item" onSelect={() => onCommand('import-files')}>
              <FilePlus2 size={14} aria-hidden /> <span>Files…</span>
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu__item" onSelect={() => onCommand('import-folder')}>
              <FolderPlus size={14} aria-hidden /> <span>Folder…</span>
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu__item" onSelect={() => onCommand('import-web')}>
              <Globe size={14} aria-hidden /> <span>From the Web…</span>
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <WithTooltip label="Compare articles side by side (Ctrl+Shift+K)">
        <button type="button" className="button" aria-label="Compare" onClick={() => onCommand('compare')}>
          <Columns3 size={14} aria-hidden /> Compare
        </button>
      </WithTooltip>
      <WithTooltip label="Export a dossier or a backup (Ctrl+E)">
        <button type="button" className="button" aria-label="Export" onClick={() => onCommand('export-dossier')}>
          <FileDown size={14} aria-hidden /> Export
        </button>
      </WithTooltip>
      <WithTooltip label={theme === 'dark' ? 'Light theme (Ctrl+Shift+L)' : 'Dark theme (Ctrl+Shift+L)'}>
        <button type="button" className="icon-button" aria-label="Toggle light/dark theme" onClick={() => onCommand('toggle-theme')}>
          {theme === 'dark' ? <Sun size={16} /> : <Moon size={16} />}
        </button>
      </WithTooltip>
      <WithTooltip label="About Parallax">
        <button type="button" className="icon-button" aria-label="About Parallax" onClick={() => onCommand('about')}>
          <Info size={16} />
        </button>
      </WithTooltip>
    </header>
  );
}

export function WithTooltip({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={6}>
          {label}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

function ParallaxMark() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden focusable="false">
      <rect x="3" y="4" width="11" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="10" y="4" width="11" height="16" rx="2" fill="var(--accent)" opacity="0.55" />
    </svg>
  );
}
