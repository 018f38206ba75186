import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, ChevronDown, FolderMinus, FolderPlus, Library, Pencil, Plus, Trash2 } from 'lucide-react';
import { countOf } from '@shared/count-words';
import type { CollectionRecord } from '@shared/model';

interface ScopeMenuProps {
  /** Every collection, in menu order. */
  collections: readonly CollectionRecord[];
  /** The collection shown, or null for the whole library. */
  current: CollectionRecord | null;
  /** How many articles the library holds (undefined while counting). */
  total: number | undefined;
  /** How many articles are chosen: a new collection starts with them. */
  chosen: number;
  onShow: (collection: CollectionRecord | null) => void;
  onNew: () => void;
  onRename: (collection: CollectionRecord) => void;
  onDelete: (collection: CollectionRecord) => void;
  /** In a shared project: its collections are the team's (said in the menu). */
  sharedProject: string | null;
}

const ALL = '';

/**
 * The library pane's title is what it shows, the whole library or one collection, and opens
 * the list of collections to switch between, make, rename and delete them (Undo reverses each).
 */
export function CollectionScopeMenu({ collections, current, total, chosen, onShow, onNew, onRename, onDelete, sharedProject }: ScopeMenuProps) {
  // Not modal: the page behind is not hidden from assistive technology while the menu is open
  // (Radix would set aria-hidden over focusable controls, which axe rightly reports).
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="library-scope" aria-label={`Showing ${current ? `the collection “${current.name}”` : 'the whole library'}: choose a collection`}>
          <span className="pane__title">Library</span>
          {current && (
            <>
              <span className="library-scope__divider" aria-hidden>
                ›
              </span>
              <span className="library-scope__name">{current.name}</span>
            </>
          )}
          <ChevronDown size={12} aria-hidden className="library-scope__chevron" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu collection-menu" align="start" sideOffset={4}>
          <DropdownMenu.Label className="menu__label">Show</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={current?.id ?? ALL} onValueChange={(id) => onShow(collections.find((c) => c.id === id) ?? null)}>
            <DropdownMenu.RadioItem className="menu__item" value={ALL}>
              <span className="menu__check" aria-hidden>
                <DropdownMenu.ItemIndicator>
                  <Check size={14} />
                </DropdownMenu.ItemIndicator>
              </span>
              <Library size={14} aria-hidden />
              All articles
              <span className="menu__shortcut">{total?.toLocaleString() ?? ''}</span>
            </DropdownMenu.RadioItem>
            {collections.map((c) => (
              <DropdownMenu.RadioItem key={c.id} className="menu__item" value={c.id}>
                <span className="menu__check" aria-hidden>
                  <DropdownMenu.ItemIndicator>
                    <Check size={14} />
                  </DropdownMenu.ItemIndicator>
                </span>
                <span className="collection-menu__name">{c.name}</span>
                <span className="menu__shortcut" aria-label={countOf(c.articleIds.length, 'article')}>
                  {c.articleIds.length.toLocaleString()}
                </span>
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="menu__separator" />
          <DropdownMenu.Item className="menu__item" onSelect={onNew}>
            <Plus size={14} aria-hidden />
            {chosen > 0 ? `New collection of the ${countOf(chosen, 'chosen article')}…` : 'New collection…'}
          </DropdownMenu.Item>
          {current && (
            <>
              <DropdownMenu.Item className="menu__item" onSelect={() => onRename(current)}>
                <Pencil size={14} aria-hidden />
                Rename “{current.name}”…
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu__item" onSelect={() => onDelete(current)}>
                <Trash2 size={14} aria-hidden />
                Delete collection “{current.name}”
                <span className="menu__shortcut">articles stay</span>
              </DropdownMenu.Item>
            </>
          )}
          {sharedProject && <p className="menu__note">Collections are shared with everyone in “{sharedProject}”.</p>}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

interface AddMenuProps {
  collections: readonly CollectionRecord[];
  /** The collection shown: its own articles can be taken out of it. */
  current: CollectionRecord | null;
  /** How many articles the menu acts on. */
  count: number;
  onAdd: (collection: CollectionRecord) => void;
  onNew: () => void;
  onTakeOut: (collection: CollectionRecord) => void;
  /** A button with its label (in the selection bar) or an icon (in the pane's tools). */
  labelled?: boolean;
}

/** Puts the chosen articles in a collection (or a new one), or takes them out of the one shown. */
export function AddToCollectionMenu({ collections, current, count, onAdd, onNew, onTakeOut, labelled = false }: AddMenuProps) {
  const these = count === 1 ? 'the chosen article' : `the ${count.toLocaleString()} chosen articles`;
  // Not modal: the page behind is not hidden from assistive technology while the menu is open
  // (Radix would set aria-hidden over focusable controls, which axe rightly reports).
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button
          type="button"
          className={labelled ? 'button' : 'icon-button icon-button--small'}
          aria-label="Add to collection"
          title={count === 0 ? 'Choose articles to put in a collection' : `Put ${these} in a collection`}
          disabled={count === 0}
        >
          <FolderPlus size={14} aria-hidden />
          {labelled && <span className="library-selection__label">Collection</span>}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu collection-menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu__label">Add {these} to</DropdownMenu.Label>
          {collections.map((c) => (
            <DropdownMenu.Item key={c.id} className="menu__item" disabled={c.id === current?.id} onSelect={() => onAdd(c)}>
              <span className="collection-menu__name">{c.name}</span>
              <span className="menu__shortcut" aria-label={countOf(c.articleIds.length, 'article')}>
                {c.articleIds.length.toLocaleString()}
              </span>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Item className="menu__item" onSelect={onNew}>
            <Plus size={14} aria-hidden />
            New collection…
          </DropdownMenu.Item>
          {current && (
            <>
              <DropdownMenu.Separator className="menu__separator" />
              <DropdownMenu.Item className="menu__item" onSelect={() => onTakeOut(current)}>
                <FolderMinus size={14} aria-hidden />
                Take {count === 1 ? 'it' : 'them'} out of “{current.name}”
                <span className="menu__shortcut">stay in the library</span>
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
