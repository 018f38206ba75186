import { ChevronsRight, Columns3, Link2, PanelLeftClose, PanelLeftOpen, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { effectiveMetadata, formatPublished, shownHeadline } from '@shared/article-view';
import type { Comparison } from '@shared/compare';
import type { ArticleRecord } from '@shared/model';
import { segmentArticle } from '@shared/reader-segments';
import { useCompare } from './compare-context';
import { isSidePanesShortcut, type SidePanes } from './use-side-panes';
import './compare.css';

/**
 * The chosen articles side by side. Passages that say the same thing are linked across the
 * columns: selecting one lights up its counterparts in every column and scrolls them into view.
 * Passages only one article carries are marked as unique to it.
 */
/** How much of the text is tinted: calm by default (only the selected passage), or every shared quote, or everything. */
export type Colouring = 'selected' | 'quotes' | 'all';
const COLOURINGS: { value: Colouring; label: string }[] = [
  { value: 'selected', label: 'Selected only' },
  { value: 'quotes', label: 'Shared quotes' },
  { value: 'all', label: 'Everything' },
];

/** Narrowest column that still reads: below it the columns scroll sideways with a cue. */
const MIN_COLUMN_PX = 200;

export function CompareView({ onClose, sidePanes }: { onClose: () => void; sidePanes: SidePanes }) {
  const { loaded } = useCompare();
  const { toggle: toggleSidePanes } = sidePanes;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSidePanesShortcut(e)) return;
      e.preventDefault();
      toggleSidePanes();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleSidePanes]);
  const [synced, setSynced] = useState(true);
  const [colouring, setColouring] = useState<Colouring>('selected');
  const columns = useRef<(HTMLDivElement | null)[]>([]);
  const syncing = useRef(false);
  const row = useRef<HTMLDivElement | null>(null);
  const [hidden, setHidden] = useState(0);

  // How many columns lie outside the view: the scroll cue says so.
  useEffect(() => {
    const element = row.current;
    if (!element) return;
    const measure = () => {
      const width = element.scrollWidth / Math.max(1, element.children.length);
      const visible = Math.floor((element.clientWidth + element.scrollLeft + 1) / Math.max(1, width));
      setHidden(Math.max(0, element.children.length - visible));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure);
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [loaded]);

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
    <div className={`pane compare compare--colour-${colouring}`} aria-label="Comparison">
      <header className="compare__bar">
        <span className="compare__summary">
          {articles.length} articles · {comparison.groups.length} linked passages ({quotes} quotes) · {comparison.uniqueShown} unique
        </span>
        <span className="toolbar__spacer" />
        <span className="compare__legend" aria-label="Legend">
          <span className="compare__swatch compare__swatch--quote" aria-hidden /> quote
          <span className="compare__swatch compare__swatch--passage" aria-hidden /> shared passage
          <span className="compare__swatch compare__swatch--unique" aria-hidden /> only here
        </span>
        <label className="compare__sync">
          Colour{' '}
          <select className="select" aria-label="Colour" value={colouring} onChange={(e) => setColouring(e.target.value as Colouring)}>
            {COLOURINGS.map((c) => (
              <option key={c.value} value={c.value}>{c.label}</option>
            ))}
          </select>
        </label>
        <label className="compare__sync">
          <input type="checkbox" checked={synced} onChange={(e) => setSynced(e.target.checked)} /> Synchronised scrolling
        </label>
        <button
          type="button"
          className="icon-button"
          aria-label={sidePanes.collapsed ? 'Show the side panes' : 'Hide the side panes'}
          aria-pressed={sidePanes.collapsed}
          aria-keyshortcuts="Control+Backslash Meta+Backslash"
          title={`${sidePanes.collapsed ? 'Show' : 'Hide'} the library and details panes (Ctrl+\\)`}
          onClick={sidePanes.toggle}
        >
          {sidePanes.collapsed ? <PanelLeftOpen size={16} aria-hidden /> : <PanelLeftClose size={16} aria-hidden />}
        </button>
        <button type="button" className="icon-button" aria-label="Close the comparison" onClick={onClose}>
          <X size={16} />
        </button>
      </header>
      {/* Focusable so the row scrolls by keyboard (arrow keys) as well as by mouse. */}
      <div className="compare__columns" tabIndex={0} aria-label="Articles side by side" ref={row} style={{ gridTemplateColumns: `repeat(${articles.length}, minmax(${MIN_COLUMN_PX}px, 1fr))` }}>
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
      {hidden > 0 && (
        <div className="compare__more" role="note">
          {hidden} more {hidden === 1 ? 'article' : 'articles'} to the right <ChevronsRight size={14} aria-hidden />
        </div>
      )}
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
      ...comparison.unique.slice(0, comparison.uniqueShown).filter((u) => u.articleId === article.id).map((u, i) => ({ id: `u|${i}`, start: u.start, end: u.end })),
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
        <div className="compare-column__title">{shownHeadline(article) ?? article.sourceName}</div>
        <div className="compare-column__meta">{[meta.outlet, formatPublished(meta.published)].filter(Boolean).join(' · ') || article.sourceName}</div>
      </header>
      <div className="compare-column__body" tabIndex={0} aria-label={`Text of ${shownHeadline(article) ?? article.sourceName}`} ref={(element) => {
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
