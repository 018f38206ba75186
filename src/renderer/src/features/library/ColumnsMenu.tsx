import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, Columns3 } from 'lucide-react';
import { LIBRARY_COLUMNS, type LibraryColumn } from '@shared/library/columns';
import { COLUMN_LABELS } from './library-layout';

/** Which columns the library shows (the title always). */
export function ColumnsMenu({
  shown,
  fitted,
  onToggle,
}: {
  shown: readonly LibraryColumn[];
  /** The shown columns the pane has room for now. */
  fitted: readonly LibraryColumn[];
  onToggle: (column: LibraryColumn, show: boolean) => void;
}) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="icon-button icon-button--small" aria-label="Columns" title="Choose the columns">
          <Columns3 size={14} aria-hidden />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu__label">Columns</DropdownMenu.Label>
          {LIBRARY_COLUMNS.filter((c) => c !== 'title').map((column) => (
            <DropdownMenu.CheckboxItem
              key={column}
              className="menu__item"
              checked={shown.includes(column)}
              onCheckedChange={(checked) => onToggle(column, checked)}
              // Several columns are often changed at once: the menu stays open.
              onSelect={(event) => event.preventDefault()}
            >
              <span className="menu__check" aria-hidden>
                <DropdownMenu.ItemIndicator>
                  <Check size={14} />
                </DropdownMenu.ItemIndicator>
              </span>
              {COLUMN_LABELS[column].name}
              {shown.includes(column) && !fitted.includes(column) && <span className="menu__shortcut">widen the pane to see it</span>}
            </DropdownMenu.CheckboxItem>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
