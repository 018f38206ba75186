import { ArrowDown, ArrowUp, Highlighter, NotebookPen } from 'lucide-react';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { LibraryColumn } from '@shared/library/columns';
import { clampWidth, COLUMN_LABELS, type LibraryLayout } from './library-layout';

/** One Shift+arrow press on a column's header widens or narrows it by this much. */
const RESIZE_STEP = 12;

type FixedColumn = Exclude<LibraryColumn, 'title'>;

interface LibraryHeaderProps {
  layout: LibraryLayout;
  onSort: (column: LibraryColumn) => void;
  /** A width while dragging (`done` false) and once let go (`done` true: then it is remembered). */
  onResize: (column: FixedColumn, width: number, done: boolean) => void;
}

/**
 * The library's column headers, one tab stop: ← → move between them, Enter or Space sorts by
 * the one focused (again to turn the order round), Shift+← → changes its width; with the mouse,
 * click to sort and drag a header's right edge to resize.
 */
export function LibraryHeader({ layout, onSort, onResize }: LibraryHeaderProps) {
  const [focused, setFocused] = useState(0);
  const cells = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(focused, layout.columns.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, column: LibraryColumn, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    if (event.shiftKey) {
      if (column !== 'title') onResize(column, clampWidth(layout.widths[column] + step * RESIZE_STEP), true);
      return;
    }
    const next = Math.max(0, Math.min(layout.columns.length - 1, index + step));
    setFocused(next);
    cells.current[next]?.focus();
  };

  return (
    <div className="library-header" role="row" aria-rowindex={1}>
      {layout.columns.map((column, i) => {
        const sorted = layout.sort.column === column ? layout.sort.direction : null;
        const label = COLUMN_LABELS[column];
        return (
          <div
            key={column}
            role="columnheader"
            aria-colindex={i + 1}
            aria-sort={sorted ?? 'none'}
            className={`library-header__cell library-cell--${column}${sorted ? ' library-header__cell--sorted' : ''}`}
          >
            <button
              ref={(element) => {
                cells.current[i] = element;
              }}
              type="button"
              tabIndex={i === current ? 0 : -1}
              className="library-header__sort"
              title={sorted ? `Sorted by ${label.name.toLocaleLowerCase()}, ${sorted}: click to turn round` : `Sort by ${label.name.toLocaleLowerCase()}`}
              aria-label={label.name}
              aria-description={column === 'title' ? 'Enter sorts by it' : 'Enter sorts by it; Shift with the left or right arrow changes its width'}
              onFocus={() => setFocused(i)}
              onClick={() => onSort(column)}
              onKeyDown={(event) => onKeyDown(event, column, i)}
            >
              {column === 'highlights' ? (
                <Highlighter size={13} aria-hidden />
              ) : column === 'notes' ? (
                <NotebookPen size={13} aria-hidden />
              ) : (
                <span className="library-header__text">{label.header}</span>
              )}
              {sorted === 'ascending' && <ArrowUp size={12} aria-hidden className="library-header__arrow" />}
              {sorted === 'descending' && <ArrowDown size={12} aria-hidden className="library-header__arrow" />}
            </button>
            {column !== 'title' && <ResizeHandle column={column} width={layout.widths[column]} onResize={onResize} />}
          </div>
        );
      })}
    </div>
  );
}

/** A column's right edge, to drag (the keyboard resizes from the header itself). */
function ResizeHandle({ column, width, onResize }: { column: FixedColumn; width: number; onResize: LibraryHeaderProps['onResize'] }) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const widthAt = (event: PointerEvent) => clampWidth(drag.current!.width + event.clientX - drag.current!.x);
  return (
    <div
      aria-hidden
      className="library-header__resize"
      title={`Drag to resize ${COLUMN_LABELS[column].name.toLocaleLowerCase()}`}
      onPointerDown={(event) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, width };
      }}
      onPointerMove={(event) => {
        if (drag.current) onResize(column, widthAt(event), false);
      }}
      onPointerUp={(event) => {
        if (!drag.current) return;
        onResize(column, widthAt(event), true);
        drag.current = null;
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
