import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { displayTitle, effectiveMetadata, formatPublished } from '@shared/article-view';
import type { ArticleRecord, Id } from '@shared/model';
import { matchesFilter } from '../library/library-filter';

interface ArticleChecklistProps {
  articles: readonly ArticleRecord[];
  chosen: ReadonlySet<Id>;
  onChange: (chosen: Set<Id>) => void;
}

const ROW_HEIGHT = 28;

/** A filterable, virtualised list of articles with a checkbox each: the “chosen articles” of an export. */
export function ArticleChecklist({ articles, chosen, onChange }: ArticleChecklistProps) {
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => articles.filter((a) => matchesFilter(a, filter)), [articles, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const toggle = (id: Id) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  const setVisible = (on: boolean) => {
    const next = new Set(chosen);
    for (const a of visible) {
      if (on) next.add(a.id);
      else next.delete(a.id);
    }
    onChange(next);
  };

  return (
    <div className="article-checklist">
      <div className="article-checklist__bar">
        <input className="text-input" type="search" aria-label="Filter articles to export" placeholder="Filter by title, outlet, author" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" className="link-button" onClick={() => setVisible(true)}>
          Check {filter ? 'shown' : 'all'}
        </button>
        <button type="button" className="link-button" onClick={() => setVisible(false)}>
          Clear
        </button>
      </div>
      <div className="article-checklist__scroll" ref={scrollRef} role="group" aria-label="Articles to export">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const article = visible[item.index]!;
            const meta = effectiveMetadata(article);
            return (
              <label key={article.id} className="article-checklist__row" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                <input type="checkbox" checked={chosen.has(article.id)} onChange={() => toggle(article.id)} />
                <span className="article-checklist__title">{displayTitle(article)}</span>
                <span className="faint">{[meta.outlet, formatPublished(meta.published)].filter(Boolean).join(' · ')}</span>
              </label>
            );
          })}
        </div>
      </div>
    </div>
  );
}
