import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileText, Search } from 'lucide-react';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { displayTitle, effectiveMetadata, formatPublished } from '@shared/article-view';
import type { ArticleRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { listArticles } from '../../db/articles';
import { matchesFilter } from './library-filter';

interface LibraryPaneProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
}

/** Every article in the corpus, filterable, virtualised so 10,000 rows scroll smoothly. */
export function LibraryPane({ selectedId, onSelect, searchRef }: LibraryPaneProps) {
  const { db } = useServices();
  const articles = useLiveQuery(() => listArticles(db), [db]);
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => (articles ?? []).filter((a) => matchesFilter(a, filter)), [articles, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 58,
    overscan: 8,
  });

  const selectedIndex = visible.findIndex((a) => a.id === selectedId);
  const move = (delta: number) => {
    if (visible.length === 0) return;
    const next = Math.min(visible.length - 1, Math.max(0, (selectedIndex < 0 ? -1 : selectedIndex) + delta));
    const target = visible[next];
    if (target) {
      onSelect(target.id);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    }
  };
  const onListKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'j') move(1);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(-1);
    else if (event.key === 'Home') move(-visible.length);
    else if (event.key === 'End') move(visible.length);
    else return;
    event.preventDefault();
  };

  return (
    <div className="pane library" aria-label="Library">
      <div className="pane__header">
        <span className="pane__title">Library</span>
        <span className="pane__count" aria-label="Article count">
          {articles === undefined ? '' : filter ? `${visible.length} of ${articles.length}` : articles.length}
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
              move(selectedIndex < 0 ? 1 : 0);
            }
          }}
        />
      </label>
      <div
        ref={scrollRef}
        className="library__scroll"
        role="listbox"
        aria-label="Articles"
        aria-activedescendant={selectedId ? `article-row-${selectedId}` : undefined}
        tabIndex={0}
        onKeyDown={onListKeyDown}
      >
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
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const article = visible[item.index]!;
            return (
              <LibraryRow
                key={article.id}
                article={article}
                selected={article.id === selectedId}
                onSelect={onSelect}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                measureRef={virtualizer.measureElement}
                index={item.index}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  article: ArticleRecord;
  selected: boolean;
  onSelect: (id: string) => void;
  style: React.CSSProperties;
  measureRef: (element: Element | null) => void;
  index: number;
}

function LibraryRow({ article, selected, onSelect, style, measureRef, index }: RowProps) {
  const meta = effectiveMetadata(article);
  const details = [meta.outlet, formatPublished(meta.published), meta.agencies.length ? meta.agencies.join(', ') : null].filter(Boolean);
  return (
    <div
      id={`article-row-${article.id}`}
      ref={measureRef}
      data-index={index}
      role="option"
      aria-selected={selected}
      className={`library-row${selected ? ' library-row--selected' : ''}`}
      style={style}
      onClick={() => onSelect(article.id)}
    >
      <div className={`library-row__title${meta.title ? '' : ' library-row__title--untitled'}`}>{displayTitle(article)}</div>
      <div className="library-row__meta">
        <span className="format-badge">{article.format}</span>
        {details.length > 0 ? details.join(' · ') : <span className="faint">No outlet or date found</span>}
        {article.nearDuplicateIds.length > 0 && (
          <span className="badge" title="Shares most of its text with other articles in the corpus">
            {article.nearDuplicateIds.length} near-duplicate{article.nearDuplicateIds.length > 1 ? 's' : ''}
          </span>
        )}
      </div>
    </div>
  );
}
