import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileText, Search } from 'lucide-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { LIBRARY_COLUMNS, nextSort, type LibraryColumn } from '@shared/library/columns';
import { libraryRow, rowIndex, sortLibrary } from '@shared/library/rows';
import { useServices } from '../../app/services';
import { libraryLoading } from '../../app/library-readiness';
import { listArticles } from '../../db/articles';
import { libraryCounts } from '../../db/library-counts';
import { ColumnsMenu } from './ColumnsMenu';
import { LibraryHeader } from './LibraryHeader';
import { libraryRowId, LibraryRowView } from './LibraryRow';
import { matchesFilter } from './library-filter';
import { fitColumns, gridTemplate, minimumRowWidth, readLayout, writeLayout, type LibraryLayout } from './library-layout';
import './library.css';

interface LibraryPaneProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
}

/** One line per article: dense like a reference manager's list, and what the virtualiser needs to know. */
const ROW_HEIGHT = 28;
/** The sticky header row above the rows, inside the same scroll box (so it scrolls sideways with them). */
const HEADER_HEIGHT = 28;

/**
 * Every article in the corpus as a table: one line each, columns to choose, sort by and resize,
 * the arrangement remembered; filterable, virtualised so 100,000 rows scroll smoothly.
 * Keys: ↑ ↓ Page Up/Down Home End move the cursor, Enter opens, j/k open the next or previous.
 */
export function LibraryPane({ selectedId, onSelect, searchRef }: LibraryPaneProps) {
  const { db } = useServices();
  const articles = useLiveQuery(() => listArticles(db), [db]);
  const counts = useLiveQuery(() => libraryCounts(db), [db]);
  const [filter, setFilter] = useState('');
  const [layout, setLayout] = useState<LibraryLayout>(readLayout);
  const [cursorId, setCursorId] = useState<string | null>(selectedId);
  // Until the first rows are read, heavier start-up work waits (see library-readiness.ts); a
  // layout effect, so that it is marked before anything scheduled in the same render runs.
  const firstLoad = articles === undefined;
  useLayoutEffect(() => (firstLoad ? libraryLoading() : undefined), [firstLoad]);

  const rows = useMemo(() => (articles ?? []).map((a) => libraryRow(a, counts?.get(a.id))), [articles, counts]);
  const sorted = useMemo(() => sortLibrary(rows, layout.sort), [rows, layout.sort]);
  const visible = useMemo(() => (filter ? sorted.filter((row) => matchesFilter(row.article, filter)) : sorted), [sorted, filter]);

  // An article opened elsewhere (search, a citation) brings the cursor with it.
  useEffect(() => {
    if (selectedId) setCursorId(selectedId);
  }, [selectedId]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
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
  const goTo = (index: number, open: boolean) => {
    if (visible.length === 0) return;
    const next = Math.min(visible.length - 1, Math.max(0, index));
    const target = visible[next]!;
    setCursorId(target.article.id);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (open) onSelect(target.article.id);
  };
  const from = cursorIndex >= 0 ? cursorIndex : selectedIndex;
  const pageRows = () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on a header go to the header; shortcuts with modifiers are the app's.
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown') goTo(from < 0 ? 0 : from + 1, false);
    else if (event.key === 'ArrowUp') goTo(from < 0 ? 0 : from - 1, false);
    else if (event.key === 'PageDown') goTo((from < 0 ? 0 : from) + pageRows(), false);
    else if (event.key === 'PageUp') goTo((from < 0 ? 0 : from) - pageRows(), false);
    else if (event.key === 'Home') goTo(0, false);
    else if (event.key === 'End') goTo(visible.length - 1, false);
    else if (event.key === 'Enter' || event.key === ' ') goTo(from < 0 ? 0 : from, true);
    else if (event.key === 'j') goTo(selectedIndex < 0 ? 0 : selectedIndex + 1, true);
    else if (event.key === 'k') goTo(selectedIndex < 0 ? 0 : selectedIndex - 1, true);
    else return;
    event.preventDefault();
  };
  const openRow = useCallback(
    (id: string) => {
      setCursorId(id);
      onSelect(id);
    },
    [onSelect],
  );

  const gridStyle = {
    '--library-columns': gridTemplate(fitted),
    '--library-min-width': `${minimumRowWidth(fitted)}px`,
  } as CSSProperties;
  const activeId = cursorIndex >= 0 ? visible[cursorIndex]!.article.id : selectedIndex >= 0 ? selectedId : null;

  return (
    <div className="pane library" aria-label="Library">
      <div className="pane__header">
        <span className="pane__title">Library</span>
        <span className="library__tools">
          <span className="pane__count" aria-label="Article count">
            {articles === undefined ? '' : filter ? `${visible.length.toLocaleString()} of ${articles.length.toLocaleString()}` : articles.length.toLocaleString()}
          </span>
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
      <div
        ref={scrollRef}
        className="library__scroll"
        role="grid"
        aria-label="Articles"
        aria-rowcount={visible.length + 1}
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
        {articles !== undefined && articles.length > 0 && visible.length === 0 && (
          <div className="empty-state">
            <p>No article matches “{filter}”.</p>
          </div>
        )}
        <div className="library__rows" role="rowgroup" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = visible[item.index]!;
            return (
              <LibraryRowView
                // Keyed by place, not by article: after a sort the same row elements show other
                // articles (their text changes) instead of every visible row being rebuilt.
                key={item.index}
                row={row}
                columns={columns}
                open={row.article.id === selectedId}
                cursor={row.article.id === activeId}
                index={item.index}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                onOpen={openRow}
              />
            );
          })}
        </div>
      </div>
      <p id="library-keys" className="visually-hidden">
        Up and down arrows, Page Up, Page Down, Home and End move through the articles; Enter opens one; J and K open the next and the previous.
      </p>
    </div>
  );
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
