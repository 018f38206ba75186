import { Columns2, FileOutput, Trash2, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { countOf } from '@shared/count-words';
import { MAX_COMPARED } from '../compare/CompareChooser';

interface SelectionBarProps {
  count: number;
  /** Puts the chosen articles in a collection, or takes them out of the one shown. */
  collectionMenu: ReactNode;
  /** Tags the chosen articles as a whole. */
  tagMenu: ReactNode;
  onCompare: () => void;
  onExport: () => void;
  onDelete: () => void;
  onClear: () => void;
}

/** Above the rows while two or more articles are chosen: what can be done with all of them at once. */
export function SelectionBar({ count, collectionMenu, tagMenu, onCompare, onExport, onDelete, onClear }: SelectionBarProps) {
  const tooMany = count > MAX_COMPARED;
  return (
    <div className="library-selection" role="toolbar" aria-label="Chosen articles">
      <span className="library-selection__count" role="status">
        {countOf(count, 'article')} chosen
      </span>
      <span className="library-selection__actions">
        <button
          type="button"
          className="button"
          onClick={onCompare}
          aria-label="Compare"
          disabled={tooMany}
          title={tooMany ? `Compare reads up to ${MAX_COMPARED} articles side by side: choose fewer` : 'Read these side by side'}
        >
          <Columns2 size={14} aria-hidden />
          <span className="library-selection__label">Compare</span>
        </button>
        <button type="button" className="button" onClick={onExport} aria-label="Export…" title="Export a dossier of these articles">
          <FileOutput size={14} aria-hidden />
          <span className="library-selection__label">Export…</span>
        </button>
        {tagMenu}
        {collectionMenu}
        <button type="button" className="button library-selection__delete" onClick={onDelete} aria-label="Delete" title="Delete these articles (Delete key; Edit › Undo brings them back)">
          <Trash2 size={14} aria-hidden />
          <span className="library-selection__label">Delete</span>
        </button>
        <button type="button" className="icon-button" onClick={onClear} aria-label="Clear the choice" title="Clear the choice (Escape)">
          <X size={14} aria-hidden />
        </button>
      </span>
    </div>
  );
}
