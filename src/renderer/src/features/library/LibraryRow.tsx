import { Copy } from 'lucide-react';
import { memo, type CSSProperties } from 'react';
import { formatPublished } from '@shared/article-view';
import { formatDay } from '@shared/date-style';
import type { LibraryColumn } from '@shared/library/columns';
import type { LibraryRow as Row } from '@shared/library/rows';
import type { SelectGesture } from '@shared/library/selection';
import { countOf, nounFor } from '@shared/count-words';

/** One number formatter for every cell (making one per count would cost more than the rest of the row). */
const NUMBER = new Intl.NumberFormat();

interface LibraryRowProps {
  row: Row;
  columns: readonly LibraryColumn[];
  /** The article open in the reader. */
  open: boolean;
  /** The row the arrow keys have reached (Enter opens it). */
  cursor: boolean;
  /** Among the rows chosen for an action on several (Ctrl/Cmd or Shift with a click). */
  chosen: boolean;
  index: number;
  style: CSSProperties;
  onPick: (id: string, gesture: SelectGesture) => void;
}

export function libraryRowId(id: string): string {
  return `article-row-${id}`;
}

/** One line of the library: a cell per shown column, cut short with an ellipsis, the whole text on hover. */
export const LibraryRowView = memo(function LibraryRowView({ row, columns, open, cursor, chosen, index, style, onPick }: LibraryRowProps) {
  const { article } = row;
  return (
    <div
      id={libraryRowId(article.id)}
      data-index={index}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={open || chosen}
      className={`library-row${open ? ' library-row--selected' : ''}${chosen ? ' library-row--chosen' : ''}${cursor ? ' library-row--cursor' : ''}`}
      style={style}
      // Shift+click would also select the page's text between the two clicks: not here.
      onMouseDown={(event) => event.shiftKey && event.preventDefault()}
      onClick={(event) => onPick(article.id, event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'only')}
    >
      {columns.map((column, i) => (
        <Cell key={column} column={column} row={row} colIndex={i + 1} />
      ))}
    </div>
  );
});

function Cell({ column, row, colIndex }: { column: LibraryColumn; row: Row; colIndex: number }) {
  const className = `library-cell library-cell--${column}`;
  if (column === 'title') {
    const duplicates = row.article.nearDuplicateIds.length;
    return (
      <div role="gridcell" aria-colindex={colIndex} className={className} title={row.title}>
        <span className={`library-row__title${row.untitled ? ' library-row__title--untitled' : ''}`}>{row.title}</span>
        {duplicates > 0 && (
          <span className="library-row__duplicates" title={`Shares most of its text with ${countOf(duplicates, 'other article')} in the corpus`}>
            <Copy size={11} aria-hidden />
            <span aria-hidden>{duplicates}</span>
            <span className="visually-hidden">, {countOf(duplicates, 'near-duplicate')}</span>
          </span>
        )}
      </div>
    );
  }
  if (column === 'format') {
    return (
      <div role="gridcell" aria-colindex={colIndex} className={className}>
        <span className="format-badge">{row.article.format}</span>
      </div>
    );
  }
  const text = cellText(column, row);
  const count = column === 'highlights' || column === 'notes';
  return (
    <div
      role="gridcell"
      aria-colindex={colIndex}
      className={`${className}${text === null || (count && text === '0') ? ' library-cell--empty' : ''}`}
      title={count ? `${text} ${nounFor(row[column], column === 'highlights' ? HIGHLIGHT : NOTE)}` : (text ?? undefined)}
    >
      {count && text === '0' ? <span className="visually-hidden">0</span> : (text ?? '')}
    </div>
  );
}

const HIGHLIGHT = { one: 'highlight', other: 'highlights' };
const NOTE = { one: 'note', other: 'notes' };

function cellText(column: Exclude<LibraryColumn, 'title' | 'format'>, row: Row): string | null {
  switch (column) {
    case 'outlet':
      return row.outlet;
    case 'published':
      return formatPublished(row.published);
    case 'authors':
      return row.authors;
    case 'agencies':
      return row.agencies;
    case 'highlights':
      return NUMBER.format(row.highlights);
    case 'notes':
      return NUMBER.format(row.notes);
    case 'imported':
      return formatDay(row.article.importedAt);
  }
}
