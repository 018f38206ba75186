import { Columns3, Link2, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { effectiveMetadata, formatPublished } from '@shared/article-view';
import type { Comparison } from '@shared/compare';
import type { ArticleRecord } from '@shared/model';
import { segmentArticle } from '@shared/reader-segments';
import { useCompare } from './compare-context';
import './compare.css';

/**
 * The chosen articles side by side. Passages that say the same thing are linked across the
 * columns: selecting one lights up its counterparts in every column and scrolls them into view.
 * Passages only one article carries are marked as unique to it.
 */
export function CompareView({ onClose }: { onClose: () => void }) {
  const { loaded } = useCompare();
  const [synced, setSynced] = useState(true);
  const columns = useRef<(HTMLDivElement | null)[]>([]);
  const syncing = useRef(false);

  if (!loaded) {
    return (
      <div className="pane compare" aria-label="Comparison">
        <div className="empty-state">
          <Columns3 size={28} strokeWidth={1.25} aria-hidden />
          <p>Comparing…</p>
        </div>
      </div>
    );
  }
  const { articles, comparison } = loaded;
  const quotes = comparison.groups.filter((g) => g.kind === 'quote').length;

  const onScroll = (index: number) => {
    if (!synced || syncing.current) return;
    const source = columns.current[index];
    if (!source) return;
    const ratio = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
    syncing.current = true;
    columns.current.forEach((column, i) => {
      if (column && i !== index) column.scrollTop = ratio * (column.scrollHeight - column.clientHeight);
    });
    requestAnimationFrame(() => (syncing.current = false));
  };

  return (
    <div className="pane compare" aria-label="Comparison">
      <header className="compare__bar">
        <span className="compare__summary">
          {articles.length} articles · {comparison.groups.length} linked passages ({quotes} quotes) · {comparison.unique.length} unique
        </span>
        <span className="toolbar__spacer" />
        <label className="compare__sync">
          <input type="checkbox" checked={synced} onChange={(e) => setSynced(e.target.checked)} /> Synchronised scrolling
        </label>
        <button type="button" className="icon-button" aria-label="Close the comparison" onClick={onClose}>
          <X size={16} />
        </button>
      </header>
      <div className="compare__columns" style={{ gridTemplateColumns: `repeat(${articles.length}, minmax(240px, 1fr))` }}>
        {articles.map((article, index) => (
          <CompareColumn
            key={article.id}
            article={article}
            text={loaded.texts.get(article.id) ?? ''}
            comparison={comparison}
            scrollRef={(element) => (columns.current[index] = element)}
            onScroll={() => onScroll(index)}
          />
        ))}
      </div>
    </div>
  );
}

interface CompareColumnProps {
  article: ArticleRecord;
  text: string;
  comparison: Comparison;
  scrollRef: (element: HTMLDivElement | null) => void;
  onScroll: () => void;
}

function CompareColumn({ article, text, comparison, scrollRef, onScroll }: CompareColumnProps) {
  const { selected, select, nonce } = useCompare();
  const body = useRef<HTMLDivElement | null>(null);
  const meta = effectiveMetadata(article);

  // Pieces of the text: each knows the linked passages and unique sentences covering it.
  const paragraphs = useMemo(() => {
    const spans = [
      ...comparison.groups.flatMap((group) =>
        group.members.filter((m) => m.articleId === article.id).map((m, i) => ({ id: `g|${group.id}|${i}`, start: m.start, end: m.end })),
      ),
      ...comparison.unique.filter((u) => u.articleId === article.id).map((u, i) => ({ id: `u|${i}`, start: u.start, end: u.end })),
    ];
    return segmentArticle(text, spans);
  }, [comparison, article.id, text]);
  const kindOf = useMemo(() => new Map(comparison.groups.map((g) => [g.id, g.kind])), [comparison]);

  useEffect(() => {
    if (!selected) return;
    const column = body.current;
    const first = column?.querySelector<HTMLElement>(`[data-groups~="${CSS.escape(selected.id)}"]`);
    // Scroll this column only (scrollIntoView would also scroll the row of columns sideways).
    if (column && first) column.scrollTop += first.getBoundingClientRect().top - column.getBoundingClientRect().top - column.clientHeight / 3;
  }, [selected, nonce]);

  return (
    <section className="compare-column" aria-label={`${meta.outlet ?? meta.title ?? article.sourceName}`}>
      <header className="compare-column__header">
        <div className="compare-column__title">{meta.title ?? article.sourceName}</div>
        <div className="compare-column__meta">{[meta.outlet, formatPublished(meta.published)].filter(Boolean).join(' · ') || article.sourceName}</div>
      </header>
      <div className="compare-column__body" ref={(element) => {
        body.current = element;
        scrollRef(element);
      }} onScroll={onScroll}>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.segments.map((segment) => {
              const groups = [...new Set(segment.ids.filter((id) => id.startsWith('g|')).map((id) => id.split('|')[1]!))];
              const unique = segment.ids.some((id) => id.startsWith('u|'));
              if (groups.length === 0 && !unique) return <span key={segment.start}>{segment.text}</span>;
              const isSelected = selected !== null && groups.includes(selected.id);
              const className = [
                'cmp',
                groups.length ? `cmp--${kindOf.get(groups[0]!) ?? 'passage'}` : 'cmp--unique',
                isSelected ? 'cmp--selected' : '',
              ].join(' ');
              return (
                <span
                  key={segment.start}
                  className={className}
                  data-groups={groups.join(' ') || undefined}
                  title={groups.length ? undefined : 'Only this article reports this'}
                  onClick={groups.length ? () => select(isSelected && groups.length === 1 ? null : groups.at(-1)!) : undefined}
                >
                  {segment.text}
                </span>
              );
            })}
          </p>
        ))}
      </div>
      {selected && !selected.members.some((m) => m.articleId === article.id) && (
        <div className="compare-column__absent" role="note">
          <Link2 size={12} aria-hidden /> This article does not carry the selected passage.
        </div>
      )}
    </section>
  );
}
