import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { Quote } from 'lucide-react';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatPublished } from '@shared/article-view';
import { descendantIds } from '@shared/codebook/tree';
import type { Id, TagRecord } from '@shared/model';
import { useServices } from '../../app/services';
import type { SpanFocus } from '../../app/navigation';
import { listTags, passagesForTag, type TagPassage } from '../../db/tags';
import { countOf } from '@shared/count-words';

interface TagPassagesProps {
  tagId: Id | null;
  /** Opens the article at the passage; by default through `navigation.openArticle`. */
  onOpenArticle?: (articleId: Id, span: SpanFocus) => void;
}

function plural(count: number, one: string, other: string = `${one}s`): string {
  return countOf(count, { one, other });
}

/**
 * Every passage coded with the selected tag (and the tags under it), across the corpus in
 * document order: the sentence with the coded words marked, and where it comes from. Click
 * one, or press Enter, to open the article at it. Virtualised, so thousands scroll smoothly.
 */
export function TagPassages({ tagId, onOpenArticle }: TagPassagesProps) {
  const { db, navigation } = useServices();
  const tags = useLiveQuery(() => listTags(db), [db]);
  const [includeDescendants, setIncludeDescendants] = useState(true);
  const passages = useLiveQuery(
    () => (tagId ? passagesForTag(db, tagId, { includeDescendants }) : Promise.resolve([])),
    [db, tagId, includeDescendants],
  );
  const [activeId, setActiveId] = useState<Id | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map((tags ?? []).map((t) => [t.id, t])), [tags]);
  const tag = tagId ? byId.get(tagId) : undefined;
  const hasDescendants = tag !== undefined && tags !== undefined && descendantIds(tags, tag.id).length > 0;
  const list = useMemo(() => passages ?? [], [passages]);

  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 84,
    overscan: 6,
    getItemKey: (index) => list[index]?.highlightId ?? index,
  });

  const activeIndex = list.findIndex((p) => p.highlightId === activeId);
  const open = (passage: TagPassage) => {
    const span = { start: passage.start, end: passage.end };
    if (onOpenArticle) onOpenArticle(passage.articleId, span);
    else navigation.openArticle(passage.articleId, span);
  };
  const moveTo = (index: number) => {
    if (list.length === 0) return;
    const next = Math.max(0, Math.min(list.length - 1, index));
    setActiveId(list[next]!.highlightId);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') moveTo(activeIndex < 0 ? 0 : activeIndex + 1);
    else if (event.key === 'ArrowUp') moveTo(activeIndex < 0 ? 0 : activeIndex - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(list.length - 1);
    else if (event.key === 'PageDown') moveTo((activeIndex < 0 ? 0 : activeIndex) + 8);
    else if (event.key === 'PageUp') moveTo((activeIndex < 0 ? 0 : activeIndex) - 8);
    else if (event.key === 'Enter' || event.key === ' ') {
      const passage = list[activeIndex < 0 ? 0 : activeIndex];
      if (!passage) return;
      setActiveId(passage.highlightId);
      open(passage);
    } else return;
    event.preventDefault();
  };

  const articleCount = useMemo(() => new Set(list.map((p) => p.articleId)).size, [list]);

  if (!tagId || (tags !== undefined && !tag)) {
    return (
      <div className="codebook-passages" aria-label="Passages">
        <div className="empty-state">
          <Quote size={22} strokeWidth={1.25} aria-hidden />
          <p>Select a tag to see every passage coded with it.</p>
        </div>
      </div>
    );
  }

  return (
    <div className="codebook-passages" aria-label={tag ? `Passages coded with “${tag.name}”` : 'Passages'}>
      <div className="pane__header codebook-passages__header">
        <span className="pane__title codebook-passages__title">
          {tag && <span className="codebook-swatch codebook-swatch--small" style={{ background: tag.color }} aria-hidden />}
          <span>{tag?.name ?? ''}</span>
        </span>
        <span className="pane__count" aria-live="polite">
          {passages === undefined ? 'Loading…' : `${plural(list.length, 'passage')}${list.length ? ` in ${plural(articleCount, 'article')}` : ''}`}
        </span>
      </div>
      {tag?.description && <p className="codebook-passages__description">{tag.description}</p>}
      {hasDescendants && (
        <label className="codebook-passages__toggle">
          <input type="checkbox" checked={includeDescendants} onChange={(event) => setIncludeDescendants(event.target.checked)} />
          Include passages coded with the tags under it
        </label>
      )}
      {passages !== undefined && list.length === 0 ? (
        <div className="empty-state">
          <p>No passage is coded with “{tag?.name}” yet.</p>
          <p className="empty-state__hint">Select words in an article and give them this tag; they will be listed here.</p>
        </div>
      ) : (
        <div
          ref={scrollRef}
          className="codebook-passages__scroll"
          role="listbox"
          aria-label={`Passages coded with “${tag?.name ?? ''}”`}
          aria-activedescendant={activeIndex >= 0 ? passageDomId(list[activeIndex]!) : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            if (event.target === event.currentTarget && activeIndex < 0 && list.length > 0) setActiveId(list[0]!.highlightId);
          }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const passage = list[item.index]!;
              return (
                <PassageRow
                  key={item.key}
                  passage={passage}
                  tagId={tagId}
                  byId={byId}
                  active={passage.highlightId === activeId}
                  index={item.index}
                  measureRef={virtualizer.measureElement}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                  onOpen={() => {
                    setActiveId(passage.highlightId);
                    open(passage);
                  }}
                />
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}

function passageDomId(passage: TagPassage): string {
  return `passage-${passage.highlightId}`;
}

interface PassageRowProps {
  passage: TagPassage;
  tagId: Id;
  byId: Map<Id, TagRecord>;
  active: boolean;
  index: number;
  measureRef: (element: Element | null) => void;
  style: React.CSSProperties;
  onOpen: () => void;
}

function PassageRow({ passage, tagId, byId, active, index, measureRef, style, onOpen }: PassageRowProps) {
  const { sentence } = passage;
  // The colour of the tag that brought the passage here: the selected one, else the first tag under it.
  const codedWith = passage.tagIds.includes(tagId) ? byId.get(tagId) : passage.tagIds.map((id) => byId.get(id)).find((t) => t !== undefined);
  const others = passage.tagIds.filter((id) => id !== tagId).flatMap((id) => byId.get(id) ?? []);
  const date = formatPublished(passage.published);
  const source = [passage.outlet, date].filter(Boolean).join(', ');
  return (
    <div
      id={passageDomId(passage)}
      ref={measureRef}
      data-index={index}
      role="option"
      aria-selected={active}
      className={`codebook-passage${active ? ' codebook-passage--active' : ''}`}
      style={style}
      onClick={onOpen}
    >
      <p className="codebook-passage__sentence">
        {sentence.text.slice(0, sentence.start)}
        <mark className="codebook-passage__mark" style={{ '--tag-colour': codedWith?.color ?? 'var(--accent)' } as React.CSSProperties}>
          {sentence.text.slice(sentence.start, sentence.end)}
        </mark>
        {sentence.text.slice(sentence.end)}
      </p>
      {passage.orphan && <p className="codebook-passage__orphan">These words are no longer in the article’s current text.</p>}
      <p className="codebook-passage__source">
        <span className="codebook-passage__title">{passage.title}</span>
        {source && <span className="faint"> · {source}</span>}
      </p>
      {others.length > 0 && (
        <p className="codebook-passage__tags" aria-label="Also coded with">
          {others.map((t) => (
            <span key={t.id} className="codebook-chip">
              <span className="codebook-swatch codebook-swatch--tiny" style={{ background: t.color }} aria-hidden />
              {t.name}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
