import * as ContextMenu from '@radix-ui/react-context-menu';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import * as Popover from '@radix-ui/react-popover';
import { useLiveQuery } from 'dexie-react-hooks';
import { Check, ChevronDown, ChevronRight, FolderInput, GitMerge, MoreHorizontal, Palette, Pencil, Plus, Tags, Text, Trash2 } from 'lucide-react';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { colourName, TAG_PALETTE } from '@shared/codebook/palette';
import { listTagTree, siblingsOf, type TagNode } from '@shared/codebook/tree';
import type { Id, TagRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { highlightTagLists, listTags, tagCounts } from '../../db/tags';
import { rollUpCounts } from '@shared/codebook/rollup';
import { DeleteTagDialog, DescribeTagDialog, MergeTagDialog, MoveTagDialog } from './TagDialogs';
import { problemMessage, useCodebookActions } from './use-codebook-actions';
import { countOf } from '@shared/count-words';

interface CodebookPaneProps {
  selectedId: Id | null;
  onSelect: (id: Id | null) => void;
}

/** One visible line of the tree: a tag, or the input for a new child tag. */
type Row =
  | { kind: 'tag'; node: TagNode; hasChildren: boolean; expanded: boolean; posinset: number; setsize: number }
  | { kind: 'new-child'; parent: TagRecord; depth: number };

type Editing = { kind: 'rename'; id: Id } | { kind: 'new-child'; parentId: Id } | null;
type DialogKind = 'describe' | 'move' | 'merge' | 'delete';

function rowDomId(treeId: string, tagId: Id): string {
  return `${treeId}-tag-${tagId}`;
}

/** The rows the tree shows: collapsed tags hide their children; a new child's input sits after its parent's children. */
function visibleRows(nodes: readonly TagNode[], collapsed: ReadonlySet<Id>, editing: Editing, byId: Map<Id, TagRecord>): Row[] {
  const rows: Row[] = [];
  const walk = (list: readonly TagNode[]) => {
    list.forEach((node, index) => {
      const hasChildren = node.children.length > 0;
      const addingChild = editing?.kind === 'new-child' && editing.parentId === node.tag.id;
      const expanded = (hasChildren || addingChild) && !collapsed.has(node.tag.id);
      rows.push({ kind: 'tag', node, hasChildren, expanded, posinset: index + 1, setsize: list.length });
      if (expanded || addingChild) walk(node.children);
      if (addingChild) rows.push({ kind: 'new-child', parent: byId.get(node.tag.id)!, depth: node.depth + 1 });
    });
  };
  walk(nodes);
  return rows;
}

/**
 * The codebook as a tree: every tag with its colour, name and how many highlights it codes.
 * Arrow keys move and open or close branches, Enter selects, F2 renames, Delete deletes,
 * Alt+↑/↓ reorders; the "…" button and the context menu hold every other action.
 */
export function CodebookPane({ selectedId, onSelect }: CodebookPaneProps) {
  const { db } = useServices();
  const actions = useCodebookActions();
  const tags = useLiveQuery(() => listTags(db), [db]);
  const counts = useLiveQuery(() => tagCounts(db), [db]);
  const tagLists = useLiveQuery(() => highlightTagLists(db), [db]);
  const treeId = useId();
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(() => new Set());
  const [focusedId, setFocusedId] = useState<Id | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [colourFor, setColourFor] = useState<Id | null>(null);
  const [dialog, setDialog] = useState<{ kind: DialogKind; id: Id } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const typeahead = useRef({ text: '', at: 0 });

  const allTags = useMemo(() => tags ?? [], [tags]);
  const byId = useMemo(() => new Map(allTags.map((t) => [t.id, t])), [allTags]);
  const tree = useMemo(() => listTagTree(allTags), [allTags]);
  const rollUps = useMemo(() => rollUpCounts(tree, tagLists ?? []), [tree, tagLists]);
  const rows = useMemo(() => visibleRows(tree, collapsed, editing, byId), [tree, collapsed, editing, byId]);
  const tagRows = rows.filter((row): row is Extract<Row, { kind: 'tag' }> => row.kind === 'tag');
  // The one tree item reachable with Tab (roving focus): the focused one, else the selected one, else the first.
  const current =
    tagRows.find((row) => row.node.tag.id === focusedId) ?? tagRows.find((row) => row.node.tag.id === selectedId) ?? tagRows[0] ?? null;
  const currentId = current?.node.tag.id ?? null;

  const treeRef = useRef<HTMLDivElement>(null);
  const focusRow = (id: Id | null) => {
    if (id) setFocusedId(id);
    // After React has rendered the row (it may just have been revealed or created); if it is
    // gone (deleted), the tree's tabbable item.
    setTimeout(() => {
      const row = (id && document.getElementById(rowDomId(treeId, id))) || treeRef.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]');
      row?.focus();
    }, 0);
  };

  /** Runs a change, showing its refusal or failure in words; returns whether it went through. */
  const attempt = async (doing: string, work: () => Promise<unknown>): Promise<boolean> => {
    setProblem(null);
    try {
      await work();
      return true;
    } catch (error) {
      setProblem(problemMessage(error, doing));
      return false;
    }
  };

  const setExpanded = (id: Id, expanded: boolean) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (expanded) next.delete(id);
      else next.add(id);
      return next;
    });

  const openDialog = (kind: DialogKind, id: Id) => setDialog({ kind, id });
  const startRename = (id: Id) => {
    setProblem(null);
    setEditing({ kind: 'rename', id });
  };
  const startNewChild = (parentId: Id) => {
    setProblem(null);
    setExpanded(parentId, true);
    setEditing({ kind: 'new-child', parentId });
  };

  const reorder = async (tag: TagRecord, delta: number) => {
    const siblings = siblingsOf(allTags, tag.parentId);
    const index = siblings.findIndex((t) => t.id === tag.id);
    const target = index + delta;
    if (index < 0 || target < 0 || target >= siblings.length) return;
    const parent = tag.parentId ? (byId.get(tag.parentId) ?? null) : null;
    await attempt(`move “${tag.name}”`, () => actions.move(tag, parent, target, `Move “${tag.name}” ${delta < 0 ? 'up' : 'down'}`));
    focusRow(tag.id);
  };

  const onTreeKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement || !current) return;
    const index = tagRows.indexOf(current);
    const tag = current.node.tag;
    const moveTo = (i: number) => focusRow(tagRows[Math.max(0, Math.min(tagRows.length - 1, i))]?.node.tag.id ?? null);
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      void reorder(tag, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'ArrowDown') moveTo(index + 1);
    else if (event.key === 'ArrowUp') moveTo(index - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(tagRows.length - 1);
    else if (event.key === 'ArrowRight') {
      if (current.hasChildren && !current.expanded) setExpanded(tag.id, true);
      else if (current.expanded) moveTo(index + 1);
    } else if (event.key === 'ArrowLeft') {
      if (current.expanded) setExpanded(tag.id, false);
      else if (tag.parentId && byId.has(tag.parentId)) focusRow(tag.parentId);
    } else if (event.key === 'Enter' || event.key === ' ') onSelect(tag.id);
    else if (event.key === 'F2') startRename(tag.id);
    else if (event.key === 'Delete' || (event.key === 'Backspace' && (event.metaKey || event.ctrlKey))) openDialog('delete', tag.id);
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && /\S/.test(event.key)) {
      // Type-ahead: jump to the next tag whose name starts with what was typed.
      const now = event.timeStamp;
      const state = typeahead.current;
      state.text = now - state.at < 700 ? state.text + event.key.toLocaleLowerCase() : event.key.toLocaleLowerCase();
      state.at = now;
      const order = [...tagRows.slice(index + (state.text.length === 1 ? 1 : 0)), ...tagRows.slice(0, index + 1)];
      const match = order.find((row) => row.node.tag.name.toLocaleLowerCase().startsWith(state.text));
      if (match) focusRow(match.node.tag.id);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const createTopLevel = async () => {
    const name = newName.trim();
    if (!name) return;
    let created: TagRecord | null = null;
    const ok = await attempt(`create “${name}”`, async () => {
      created = await actions.create(name, null);
    });
    if (ok) {
      setNewName('');
      if (created) onSelect((created as TagRecord).id);
    }
  };

  const dialogTag = dialog ? byId.get(dialog.id) : undefined;
  const closeDialog = () => setDialog(null);
  const focusAfterDialog = () => focusRow(dialog && byId.has(dialog.id) ? dialog.id : (selectedId ?? currentId));

  return (
    <div className="codebook-tree" aria-label="Codebook">
      <div className="pane__header">
        <span className="pane__title" id={`${treeId}-label`}>
          Codebook
        </span>
        <span className="pane__count" aria-label="Tag count">
          {tags === undefined ? '' : countOf(allTags.length, 'tag')}
        </span>
      </div>
      <form
        className="codebook-new"
        onSubmit={(event) => {
          event.preventDefault();
          void createTopLevel();
        }}
      >
        <input
          className="text-input codebook-new__input"
          aria-label="New tag name"
          placeholder="New tag name"
          value={newName}
          onChange={(event) => {
            setNewName(event.target.value);
            if (problem) setProblem(null);
          }}
        />
        <button type="submit" className="button" disabled={!newName.trim()}>
          <Plus size={14} aria-hidden />
          New tag
        </button>
      </form>
      {problem && (
        <p className="codebook-problem" role="alert">
          {problem}
        </p>
      )}
      {/* The empty state stands outside the tree: a tree holds tree items only. */}
      {tags !== undefined && tags.length === 0 && (
        <div className="empty-state">
          <Tags size={24} strokeWidth={1.25} aria-hidden />
          <p>No tags yet.</p>
          <p className="empty-state__hint">Type a name above and press Enter, or select words in an article and tag them.</p>
        </div>
      )}
      <div
        ref={treeRef}
        className="codebook-tree__scroll"
        role="tree"
        aria-labelledby={`${treeId}-label`}
        aria-describedby={`${treeId}-keys`}
        onKeyDown={onTreeKeyDown}
      >
        {rows.map((row) =>
          row.kind === 'new-child' ? (
            <NewChildRow
              key={`new-${row.parent.id}`}
              parent={row.parent}
              depth={row.depth}
              onCancel={() => {
                setEditing(null);
                focusRow(row.parent.id);
              }}
              onCreate={async (name) => {
                let created: TagRecord | null = null;
                const ok = await attempt(`create “${name.trim()}”`, async () => {
                  created = await actions.create(name, row.parent);
                });
                if (ok && created) {
                  setEditing(null);
                  focusRow((created as TagRecord).id);
                }
                return ok;
              }}
            />
          ) : (
            <TagRow
              key={row.node.tag.id}
              domId={rowDomId(treeId, row.node.tag.id)}
              row={row}
              count={counts?.get(row.node.tag.id) ?? 0}
              rollUp={rollUps.get(row.node.tag.id) ?? 0}
              selected={row.node.tag.id === selectedId}
              tabbable={row.node.tag.id === currentId}
              renaming={editing?.kind === 'rename' && editing.id === row.node.tag.id}
              colourOpen={colourFor === row.node.tag.id}
              onColourOpenChange={(open) => {
                setColourFor(open ? row.node.tag.id : null);
                if (!open) focusRow(row.node.tag.id);
              }}
              onFocus={() => setFocusedId(row.node.tag.id)}
              onSelect={() => onSelect(row.node.tag.id)}
              onToggle={() => setExpanded(row.node.tag.id, !row.expanded)}
              onRename={async (name) => {
                const tag = row.node.tag;
                if (name.replace(/\s+/g, ' ').trim() === tag.name) {
                  setEditing(null);
                  focusRow(tag.id);
                  return true;
                }
                const ok = await attempt(`rename “${tag.name}”`, () => actions.rename(tag, name));
                if (ok) {
                  setEditing(null);
                  focusRow(tag.id);
                }
                return ok;
              }}
              onCancelRename={() => {
                setEditing(null);
                setProblem(null);
                focusRow(row.node.tag.id);
              }}
              onRecolour={(color) => void attempt(`change the colour of “${row.node.tag.name}”`, () => actions.recolour(row.node.tag, color))}
              onAction={(action) => {
                // Called once the menu has closed and handed focus back (see TagRow), so the
                // input or dialog opened here keeps the focus it takes.
                const id = row.node.tag.id;
                if (action === 'rename') startRename(id);
                else if (action === 'colour') setColourFor(id);
                else if (action === 'child') startNewChild(id);
                else openDialog(action, id);
              }}
            />
          ),
        )}
      </div>
      <p id={`${treeId}-keys`} className="visually-hidden">
        Arrow keys move through the tags and open or close them, Enter selects, F2 renames, Delete deletes, Alt with the up or down arrow
        reorders.
      </p>
      {dialog && dialogTag && dialog.kind === 'delete' && (
        <DeleteTagDialog tag={dialogTag} tags={allTags} actions={actions} onClose={closeDialog} onCloseFocus={focusAfterDialog} />
      )}
      {dialog && dialogTag && dialog.kind === 'describe' && (
        <DescribeTagDialog tag={dialogTag} tags={allTags} actions={actions} onClose={closeDialog} onCloseFocus={focusAfterDialog} />
      )}
      {dialog && dialogTag && dialog.kind === 'move' && (
        <MoveTagDialog tag={dialogTag} tags={allTags} actions={actions} onClose={closeDialog} onCloseFocus={focusAfterDialog} />
      )}
      {dialog && dialogTag && dialog.kind === 'merge' && (
        <MergeTagDialog
          tag={dialogTag}
          tags={allTags}
          counts={counts ?? new Map()}
          actions={actions}
          onClose={closeDialog}
          onCloseFocus={focusAfterDialog}
        />
      )}
    </div>
  );
}

type TagAction = 'rename' | 'colour' | 'describe' | 'child' | 'move' | 'merge' | 'delete';

const MENU: { action: TagAction; label: string; icon: ReactNode; shortcut?: string; separatorBefore?: boolean }[] = [
  { action: 'rename', label: 'Rename', icon: <Pencil size={14} aria-hidden />, shortcut: 'F2' },
  { action: 'colour', label: 'Change colour', icon: <Palette size={14} aria-hidden /> },
  { action: 'describe', label: 'Edit description…', icon: <Text size={14} aria-hidden /> },
  { action: 'child', label: 'Add child tag', icon: <Plus size={14} aria-hidden /> },
  { action: 'move', label: 'Move to…', icon: <FolderInput size={14} aria-hidden />, separatorBefore: true },
  { action: 'merge', label: 'Merge into…', icon: <GitMerge size={14} aria-hidden /> },
  { action: 'delete', label: 'Delete…', icon: <Trash2 size={14} aria-hidden />, shortcut: 'Del', separatorBefore: true },
];

interface TagRowProps {
  domId: string;
  row: Extract<Row, { kind: 'tag' }>;
  count: number;
  /** Highlights coded with it or any tag below it, each once. */
  rollUp: number;
  selected: boolean;
  tabbable: boolean;
  renaming: boolean;
  colourOpen: boolean;
  onColourOpenChange: (open: boolean) => void;
  onFocus: () => void;
  onSelect: () => void;
  onToggle: () => void;
  onRename: (name: string) => Promise<boolean>;
  onCancelRename: () => void;
  onRecolour: (color: string) => void;
  onAction: (action: TagAction) => void;
}

function TagRow(props: TagRowProps) {
  const { domId, row, count, rollUp, selected, tabbable, renaming, colourOpen, onColourOpenChange, onFocus, onSelect, onToggle, onAction } = props;
  const { tag, depth } = row.node;
  // A parent shows its passages with its children's (as QDA tools do), and says what is its own.
  const rolledUp = row.hasChildren && rollUp !== count;
  const countLabel = rolledUp ? `${countOf(rollUp, 'highlight')} with its child tags, ${count.toLocaleString()} its own` : countOf(count, 'highlight');
  // The action chosen in a menu runs only when the menu has closed: a menu hands focus back as it
  // closes, and doing so after "Add child tag" had focused the new input took the focus away from
  // it (the empty input then cancelled itself on blur). Holding the action until then makes the
  // order certain.
  const chosen = useRef<TagAction | null>(null);
  const afterMenuClosed = (event: Event) => {
    event.preventDefault();
    const action = chosen.current;
    chosen.current = null;
    if (action) onAction(action);
    // Back to the tree item, not the "…" button (outside the tree's roving focus).
    else document.getElementById(domId)?.focus();
  };
  const menuItem = (Item: typeof DropdownMenu.Item | typeof ContextMenu.Item, Separator: typeof DropdownMenu.Separator) =>
    MENU.map((entry) => (
      <MenuEntry key={entry.action} separator={entry.separatorBefore ? <Separator className="menu__separator" /> : null}>
        <Item
          className={`menu__item${entry.action === 'delete' ? ' menu__item--danger' : ''}`}
          onSelect={() => {
            chosen.current = entry.action;
          }}
        >
          {entry.icon}
          {entry.label}
          {entry.shortcut && <span className="menu__shortcut">{entry.shortcut}</span>}
        </Item>
      </MenuEntry>
    ));

  return (
    <ContextMenu.Root>
      <ContextMenu.Trigger asChild disabled={renaming}>
        <div
          id={domId}
          role="treeitem"
          aria-level={depth + 1}
          aria-setsize={row.setsize}
          aria-posinset={row.posinset}
          aria-expanded={row.hasChildren ? row.expanded : undefined}
          aria-selected={selected}
          aria-label={`${tag.name}, ${countLabel}`}
          aria-description={tag.description || undefined}
          tabIndex={tabbable ? 0 : -1}
          className={`codebook-row${selected ? ' codebook-row--selected' : ''}`}
          style={{ paddingLeft: `calc(var(--space-2) + ${depth} * var(--space-6))` }}
          title={tag.description || undefined}
          onFocus={(event) => {
            if (event.target === event.currentTarget) onFocus();
          }}
          onClick={(event) => {
            if (renaming) return;
            event.currentTarget.focus();
            onSelect();
          }}
        >
          <span
            className="codebook-row__toggle"
            aria-hidden
            onClick={(event) => {
              if (!row.hasChildren) return;
              event.stopPropagation();
              onToggle();
            }}
          >
            {row.hasChildren ? row.expanded ? <ChevronDown size={14} /> : <ChevronRight size={14} /> : null}
          </span>
          <Popover.Root open={colourOpen} onOpenChange={onColourOpenChange}>
            <Popover.Trigger asChild>
              <button
                type="button"
                tabIndex={-1}
                className="codebook-swatch"
                style={{ background: tag.color }}
                aria-label={`Colour: ${colourName(tag.color)}. Change colour`}
                title={`${colourName(tag.color)}: change colour`}
                onClick={(event) => event.stopPropagation()}
              />
            </Popover.Trigger>
            <Popover.Portal>
              <Popover.Content className="popover codebook-palette" side="right" align="start" sideOffset={6} aria-label={`Colour of “${tag.name}”`}>
                <div className="codebook-palette__grid" role="group" aria-label="Colours">
                  {TAG_PALETTE.map((entry) => {
                    const chosen = entry.color === tag.color.toLowerCase();
                    return (
                      <button
                        key={entry.color}
                        type="button"
                        className="codebook-palette__colour"
                        style={{ background: entry.color }}
                        aria-label={entry.name}
                        aria-pressed={chosen}
                        title={entry.name}
                        onClick={() => {
                          if (!chosen) props.onRecolour(entry.color);
                          onColourOpenChange(false);
                        }}
                      >
                        {chosen && <Check size={14} aria-hidden />}
                      </button>
                    );
                  })}
                </div>
              </Popover.Content>
            </Popover.Portal>
          </Popover.Root>
          {renaming ? (
            <RenameInput initial={tag.name} onCommit={props.onRename} onCancel={props.onCancelRename} />
          ) : (
            <span className="codebook-row__name">{tag.name}</span>
          )}
          <span className="codebook-row__count" aria-hidden title={countLabel}>
            {rolledUp ? rollUp : count}
          </span>
          <DropdownMenu.Root>
            <DropdownMenu.Trigger asChild>
              <button
                type="button"
                tabIndex={-1}
                className="icon-button icon-button--small codebook-row__more"
                aria-label={`Actions for “${tag.name}”`}
                onClick={(event) => event.stopPropagation()}
              >
                <MoreHorizontal size={14} aria-hidden />
              </button>
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content
                className="menu"
                align="end"
                sideOffset={4}
                onCloseAutoFocus={afterMenuClosed}
              >
                {menuItem(DropdownMenu.Item, DropdownMenu.Separator)}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </div>
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="menu" onCloseAutoFocus={afterMenuClosed}>
          {menuItem(ContextMenu.Item, ContextMenu.Separator)}
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}

function MenuEntry({ separator, children }: { separator: ReactNode; children: ReactNode }) {
  return (
    <>
      {separator}
      {children}
    </>
  );
}

/** The name being edited in place: Enter or leaving saves, Escape cancels. */
function RenameInput({ initial, onCommit, onCancel }: { initial: string; onCommit: (name: string) => Promise<boolean>; onCancel: () => void }) {
  const [value, setValue] = useState(initial);
  // Busy while saving, done once saved or cancelled: a blur after Enter must not save twice.
  const state = useRef<'editing' | 'busy' | 'done'>('editing');
  const commit = async () => {
    if (state.current !== 'editing') return;
    state.current = 'busy';
    const ok = await onCommit(value);
    state.current = ok ? 'done' : 'editing';
  };
  const cancel = () => {
    if (state.current !== 'editing') return;
    state.current = 'done';
    onCancel();
  };
  return (
    <input
      className="text-input codebook-row__input"
      aria-label="Tag name"
      value={value}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          void commit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
      }}
      onBlur={() => {
        if (!value.trim() || value.trim() === initial) cancel();
        else void commit();
      }}
    />
  );
}

/** The input for a child tag, placed where the new tag will appear. */
function NewChildRow({
  parent,
  depth,
  onCreate,
  onCancel,
}: {
  parent: TagRecord;
  depth: number;
  onCreate: (name: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [value, setValue] = useState('');
  const busy = useRef(false);
  const create = async () => {
    if (busy.current || !value.trim()) return;
    busy.current = true;
    await onCreate(value);
    busy.current = false;
  };
  return (
    <div className="codebook-row codebook-row--new" role="none" style={{ paddingLeft: `calc(var(--space-2) + ${depth} * var(--space-6))` }}>
      <span className="codebook-row__toggle" aria-hidden />
      <span className="codebook-swatch codebook-swatch--empty" aria-hidden />
      <input
        className="text-input codebook-row__input"
        aria-label={`Name of the new tag under “${parent.name}”`}
        placeholder={`New tag under “${parent.name}”`}
        value={value}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') {
            event.preventDefault();
            void create();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
        onBlur={() => {
          if (!value.trim()) onCancel();
        }}
      />
    </div>
  );
}
