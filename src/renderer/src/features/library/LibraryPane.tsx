import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileText, Search } from 'lucide-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { LIBRARY_COLUMNS, nextSort, type LibraryColumn } from '@shared/library/columns';
import { libraryRow, rowIndex, sortLibrary } from '@shared/library/rows';
import { EMPTY_SELECTION, keepExisting, selectAll, selectedInOrder, selectRow, type LibrarySelection, type SelectGesture } from '@shared/library/selection';
import { countOf } from '@shared/count-words';
import type { CollectionRecord, Id } from '@shared/model';
import type { Result } from '@shared/result';
import { useServices } from '../../app/services';
import { libraryLoading } from '../../app/library-readiness';
import { libraryCounts } from '../../db/library-counts';
import { useSync } from '../sync/use-sync';
import { AddToCollectionMenu, CollectionScopeMenu } from './CollectionMenus';
import { CollectionNameDialog } from './CollectionNameDialog';
import { ColumnsMenu } from './ColumnsMenu';
import { FIRST_ROWS_REMEMBERED, rememberFirstRows } from './first-rows';
import { LibraryHeader } from './LibraryHeader';
import { libraryRowId, LibraryRowView } from './LibraryRow';
import { matchesFilter } from './library-filter';
import { SelectionBar } from './SelectionBar';
import { TagArticlesMenu } from './TagArticlesMenu';
import { useLibraryArticles } from './use-library-articles';
import { useArticleActions } from './use-article-actions';
import { useCollectionActions } from './use-collection-actions';
import { useLibraryCollections } from './use-library-collections';
import { fitColumns, gridTemplate, minimumRowWidth, readLayout, writeLayout, type LibraryLayout } from './library-layout';
import './library.css';

interface LibraryPaneProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
  /** Read the chosen articles side by side. */
  onCompare: (ids: Id[]) => void;
  /** Export a dossier of the chosen articles. */
  onExport: (ids: Id[]) => void;
  /** Something asked for could not be done: the words to show. */
  onProblem: (message: string) => void;
}

/** One line per article: dense like a reference manager's list, and what the virtualiser needs to know. */
const ROW_HEIGHT = 28;
/** The sticky header row above the rows, inside the same scroll box (so it scrolls sideways with them). */
const HEADER_HEIGHT = 28;
/** A library read in less than this never shows the "Reading…" line: it would only flash. */
const READING_NOTE_DELAY_MS = 500;

/** What the collection name dialog is open for: a new collection (of these articles), or renaming one. */
type Naming = { kind: 'new'; articleIds: Id[] } | { kind: 'rename'; collection: CollectionRecord };

/**
 * Every article in the corpus as a table: one line each, columns to choose, sort by and resize,
 * the arrangement remembered; filterable, virtualised so 100,000 rows scroll smoothly.
 * Keys: ↑ ↓ Page Up/Down Home End move the cursor, Enter opens, j/k open the next or previous;
 * Shift+↑ ↓ and Space choose several (as do Shift and Ctrl/Cmd with a click), Ctrl/Cmd+A all,
 * Delete deletes the chosen articles (Undo brings them back), Escape clears the choice.
 */
export function LibraryPane({ selectedId, onSelect, searchRef, onCompare, onExport, onProblem }: LibraryPaneProps) {
  const { db } = useServices();
  const counts = useLiveQuery(() => libraryCounts(db), [db]);
  const [filter, setFilter] = useState('');
  const [layout, setLayout] = useState<LibraryLayout>(readLayout);
  const { articles, shown, total } = useLibraryArticles(layout.sort);
  const [cursorId, setCursorId] = useState<string | null>(selectedId);
  const [picked, setPicked] = useState<LibrarySelection>(() => onlyRow(selectedId));
  const actions = useArticleActions();
  const scope = useLibraryCollections();
  const collectionActions = useCollectionActions();
  const [naming, setNaming] = useState<Naming | null>(null);
  const sharedProject = useSync().project?.projectName ?? null;
  // Until every article is read, heavier start-up work waits (see library-readiness.ts); a
  // layout effect, so that it is marked before anything scheduled in the same render runs.
  const readingAll = articles === undefined;
  useLayoutEffect(() => (readingAll ? libraryLoading() : undefined), [readingAll]);

  const rows = useMemo(() => shown.map((a) => libraryRow(a, counts?.get(a.id))), [shown, counts]);
  const sorted = useMemo(() => sortLibrary(rows, layout.sort), [rows, layout.sort]);
  const { members } = scope;
  const visible = useMemo(() => {
    if (scope.reading) return [];
    const inScope = members ? sorted.filter((row) => members.has(row.article.id)) : sorted;
    return filter ? inScope.filter((row) => matchesFilter(row.article, filter)) : inScope;
  }, [sorted, filter, members, scope.reading]);
  useEffect(() => {
    if (articles && !filter && !members) rememberFirstRows(layout.sort, sorted.slice(0, FIRST_ROWS_REMEMBERED).map((row) => row.article.id));
  }, [articles, filter, members, layout.sort, sorted]);
  const readingNote = useDelayed(readingAll, READING_NOTE_DELAY_MS);
  // While reading, the list is as long as the library (rows not yet read are drawn empty), so
  // the scroll bar does not jump when the rest arrives.
  const rowCount = readingAll && !filter && !members && total !== undefined ? Math.max(total, visible.length) : visible.length;
  const libraryTotal = articles?.length ?? total;
  // What the count beside the title counts: the collection shown, else the library.
  const scopeTotal = scope.current ? scope.current.articleIds.length : libraryTotal;

  // An article opened elsewhere (search, a citation) brings the cursor with it, and is the
  // choice unless it is one of several chosen already.
  useEffect(() => {
    if (!selectedId) return;
    setCursorId(selectedId);
    setPicked((current) => (current.ids.has(selectedId) ? current : selectRow(current, [], selectedId, 'only')));
  }, [selectedId]);

  // The shown order, for ranges; articles deleted (here or by sync) leave the choice.
  const order = useMemo(() => visible.map((row) => row.article.id), [visible]);
  const existing = useMemo(() => new Set((articles ?? []).map((a) => a.id)), [articles]);
  const selection = useMemo(() => (articles ? keepExisting(picked, (id) => existing.has(id)) : picked), [articles, picked, existing]);
  const chosen = useMemo(() => selectedInOrder(selection, order), [selection, order]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 8,
  });

  const changeLayout = useCallback((change: (layout: LibraryLayout) => LibraryLayout, remember = true) => {
    setLayout((previous) => {
      const next = change(previous);
      if (remember) writeLayout(next);
      return next;
    });
  }, []);
  const sortBy = (column: LibraryColumn) => changeLayout((l) => ({ ...l, sort: nextSort(l.sort, column) }));
  const resize = (column: Exclude<LibraryColumn, 'title'>, width: number, done: boolean) =>
    changeLayout((l) => ({ ...l, widths: { ...l.widths, [column]: width } }), done);
  // The shown columns stay in the library's own order whatever order they were ticked in.
  const toggleColumn = (column: LibraryColumn, show: boolean) =>
    changeLayout((l) => ({ ...l, columns: LIBRARY_COLUMNS.filter((c) => (c === column ? show : l.columns.includes(c))) }));
  // The columns that fit the pane as wide as it is now (a narrow pane keeps the title readable).
  const paneWidth = usePaneWidth(scrollRef);
  const fitted = useMemo(() => (paneWidth === null ? layout : { ...layout, columns: fitColumns(layout, paneWidth) }), [layout, paneWidth]);
  const { columns } = fitted;

  const cursorIndex = rowIndex(visible, cursorId);
  const selectedIndex = rowIndex(visible, selectedId);
  /** Moves the cursor to a row (clamped), shows it, and opens it too when asked. */
  const goTo = (index: number, open: boolean, extend = false) => {
    if (visible.length === 0) return;
    const next = Math.min(visible.length - 1, Math.max(0, index));
    const target = visible[next]!;
    setCursorId(target.article.id);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (extend) {
      // The range grows from where the keyboard started when nothing anchors it yet.
      const start = from >= 0 ? visible[from]!.article.id : target.article.id;
      setPicked((current) => selectRow(current.anchor !== null && order.includes(current.anchor) ? current : { ids: current.ids, anchor: start }, order, target.article.id, 'range'));
    }
    if (open) {
      setPicked((current) => selectRow(current, order, target.article.id, 'only'));
      onSelect(target.article.id);
    }
  };

  /** Deletes the chosen articles (or the one under the cursor); the cursor moves to the row after them. */
  const deleteChosen = async () => {
    const ids = chosen.length > 0 ? chosen : cursorIndex >= 0 ? [visible[cursorIndex]!.article.id] : [];
    const gone = new Set(ids);
    const lastIndex = Math.max(...ids.map((id) => order.indexOf(id)));
    const after = order.slice(lastIndex + 1).find((id) => !gone.has(id)) ?? [...order].reverse().find((id) => !gone.has(id)) ?? null;
    const result = await actions.remove(ids);
    if (!result.ok) return onProblem(result.error.message);
    setPicked(onlyRow(after));
    setCursorId(after);
  };
  const from = cursorIndex >= 0 ? cursorIndex : selectedIndex;
  const pageRows = () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on a header go to the header.
    if (event.target !== event.currentTarget) return;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a') {
      setPicked(selectAll(order));
      event.preventDefault();
      return;
    }
    // Other shortcuts with modifiers are the app's.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.shiftKey && event.key === 'ArrowDown') goTo(from < 0 ? 0 : from + 1, false, true);
    else if (event.shiftKey && event.key === 'ArrowUp') goTo(from < 0 ? 0 : from - 1, false, true);
    else if (event.key === 'ArrowDown') goTo(from < 0 ? 0 : from + 1, false);
    else if (event.key === 'ArrowUp') goTo(from < 0 ? 0 : from - 1, false);
    else if (event.key === 'PageDown') goTo((from < 0 ? 0 : from) + pageRows(), false);
    else if (event.key === 'PageUp') goTo((from < 0 ? 0 : from) - pageRows(), false);
    else if (event.key === 'Home') goTo(0, false);
    else if (event.key === 'End') goTo(visible.length - 1, false);
    else if (event.key === 'Enter') goTo(from < 0 ? 0 : from, true);
    else if (event.key === ' ' && from >= 0) setPicked((current) => selectRow(current, order, visible[from]!.article.id, 'toggle'));
    else if (event.key === 'Delete' || event.key === 'Backspace') void deleteChosen();
    else if (event.key === 'Escape' && chosen.length > 1) setPicked(onlyRow(selectedId));
    else if (event.key === 'j') goTo(selectedIndex < 0 ? 0 : selectedIndex + 1, true);
    else if (event.key === 'k') goTo(selectedIndex < 0 ? 0 : selectedIndex - 1, true);
    else return;
    event.preventDefault();
  };
  const pickRow = useCallback(
    (id: string, gesture: SelectGesture) => {
      setCursorId(id);
      setPicked((current) => selectRow(current, order, id, gesture));
      if (gesture === 'only') onSelect(id);
    },
    [onSelect, order],
  );

  /** A refusal's words go to the banner; a change done says itself in the status bar, with Undo. */
  const sayProblem = (result: Result<unknown>) => {
    if (!result.ok) onProblem(result.error.message);
  };
  const collectionMenu = (labelled: boolean) => (
    <AddToCollectionMenu
      collections={scope.collections}
      current={scope.current}
      count={chosen.length}
      labelled={labelled}
      onAdd={async (collection) => sayProblem(await collectionActions.add(collection, chosen))}
      onNew={() => setNaming({ kind: 'new', articleIds: chosen })}
      onTakeOut={async (collection) => sayProblem(await collectionActions.remove(collection, chosen))}
    />
  );

  const gridStyle = {
    '--library-columns': gridTemplate(fitted),
    '--library-min-width': `${minimumRowWidth(fitted)}px`,
  } as CSSProperties;
  const activeId = cursorIndex >= 0 ? visible[cursorIndex]!.article.id : selectedIndex >= 0 ? selectedId : null;

  return (
    <div className="pane library" aria-label="Library">
      <div className="pane__header">
        <CollectionScopeMenu
          collections={scope.collections}
          current={scope.current}
          total={libraryTotal}
          chosen={chosen.length}
          sharedProject={sharedProject}
          onShow={(collection) => {
            scope.show(collection);
            scrollRef.current?.scrollTo({ top: 0 });
          }}
          onNew={() => setNaming({ kind: 'new', articleIds: chosen })}
          onRename={(collection) => setNaming({ kind: 'rename', collection })}
          onDelete={async (collection) => sayProblem(await collectionActions.delete(collection))}
        />
        <span className="library__tools">
          <span className="pane__count" aria-label="Article count">
            {scopeTotal === undefined ? '' : filter ? `${visible.length.toLocaleString()} of ${scopeTotal.toLocaleString()}` : scopeTotal.toLocaleString()}
          </span>
          {collectionMenu(false)}
          <ColumnsMenu shown={layout.columns} fitted={columns} onToggle={toggleColumn} />
        </span>
      </div>
      <label className="search-field">
        <Search size={14} aria-hidden />
        <input
          ref={searchRef}
          type="search"
          placeholder="Filter by title, outlet, author"
          aria-label="Filter the library"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              scrollRef.current?.focus();
              goTo(from < 0 ? 0 : from, false);
            }
          }}
        />
      </label>
      {readingNote && (
        <p className="library__reading" role="status">
          Reading {total === undefined ? 'the' : total.toLocaleString()} articles: sorting and filtering cover them all once they are read.
        </p>
      )}
      {chosen.length > 1 && (
        <SelectionBar
          count={chosen.length}
          collectionMenu={collectionMenu(true)}
          tagMenu={<TagArticlesMenu count={chosen.length} onTag={async (tag) => sayProblem(await actions.codeWhole(chosen, tag))} />}
          onCompare={() => onCompare(chosen)}
          onExport={() => onExport(chosen)}
          onDelete={() => void deleteChosen()}
          onClear={() => setPicked(onlyRow(selectedId))}
        />
      )}
      <div
        ref={scrollRef}
        className={`library__scroll${chosen.length > 1 ? ' library__scroll--several' : ''}`}
        role="grid"
        aria-multiselectable
        aria-label="Articles"
        aria-rowcount={rowCount + 1}
        aria-busy={readingAll}
        aria-colcount={columns.length}
        aria-activedescendant={activeId ? libraryRowId(activeId) : undefined}
        aria-describedby="library-keys"
        tabIndex={0}
        style={gridStyle}
        onKeyDown={onGridKeyDown}
      >
        <LibraryHeader layout={fitted} onSort={sortBy} onResize={resize} />
        {articles !== undefined && articles.length === 0 && (
          <div className="empty-state">
            <FileText size={28} strokeWidth={1.25} aria-hidden />
            <p>No articles yet.</p>
            <p className="empty-state__hint">Drop article files anywhere on the window, or use File › Import Files…</p>
          </div>
        )}
        {articles !== undefined && articles.length > 0 && visible.length === 0 && filter !== '' && (
          <div className="empty-state">
            <p>No article {scope.current ? `in “${scope.current.name}” ` : ''}matches “{filter}”.</p>
          </div>
        )}
        {articles !== undefined && scope.current && scope.current.articleIds.length === 0 && !filter && (
          <div className="empty-state">
            <p>“{scope.current.name}” holds no articles yet.</p>
            <p className="empty-state__hint">Show all articles, choose some, and put them here with Add to collection.</p>
          </div>
        )}
        <div className="library__rows" role="rowgroup" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = visible[item.index];
            const style = { height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` };
            // A row not read yet: an empty line in its place, hidden from screen readers (the grid says it is busy).
            if (!row) return <div key={item.index} className="library-placeholder" style={style} aria-hidden />;
            return (
              <LibraryRowView
                // Keyed by place, not by article: after a sort the same row elements show other
                // articles (their text changes) instead of every visible row being rebuilt.
                key={item.index}
                row={row}
                columns={columns}
                open={row.article.id === selectedId}
                cursor={row.article.id === activeId}
                chosen={selection.ids.has(row.article.id)}
                index={item.index}
                style={style}
                onPick={pickRow}
              />
            );
          })}
        </div>
      </div>
      {naming && (
        <CollectionNameDialog
          title={naming.kind === 'new' ? 'New collection' : 'Rename collection'}
          description={
            naming.kind === 'new'
              ? naming.articleIds.length > 0
                ? `It will hold the ${countOf(naming.articleIds.length, 'chosen article')}; the articles stay in the library too.`
                : 'It starts empty: choose articles and put them in with Add to collection.'
              : `“${naming.collection.name}” holds ${countOf(naming.collection.articleIds.length, 'article')}; renaming changes nothing else.`
          }
          initialName={naming.kind === 'rename' ? naming.collection.name : ''}
          submitLabel={naming.kind === 'new' ? 'Create' : 'Rename'}
          onSubmit={(name) => (naming.kind === 'new' ? collectionActions.create(name, naming.articleIds) : collectionActions.rename(naming.collection, name))}
          onClose={() => setNaming(null)}
        />
      )}
      <p id="library-keys" className="visually-hidden">
        Up and down arrows, Page Up, Page Down, Home and End move through the articles; Enter opens one; J and K open the next and the previous.
        Shift with the arrows, or Space, chooses several; Control or Command with A chooses all; Delete deletes the chosen articles, and Undo brings them
        back; Escape clears the choice.
      </p>
    </div>
  );
}

/** The choice of one row (the open article's, say), or of none. */
function onlyRow(id: string | null): LibrarySelection {
  return id ? selectRow(EMPTY_SELECTION, [], id, 'only') : EMPTY_SELECTION;
}

/** True once `on` has stayed true for `delayMs`; false as soon as it is not. */
function useDelayed(on: boolean, delayMs: number): boolean {
  const [late, setLate] = useState<boolean>(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setLate(true), delayMs);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [on, delayMs]);
  return on && late;
}

/** The element's inner width, kept up to date as the pane is resized; null before the first layout. */
function usePaneWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth || null));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
