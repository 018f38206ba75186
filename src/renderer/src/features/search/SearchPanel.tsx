import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileText, Search, StickyNote, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { formatPublished } from '@shared/article-view';
import type { Id, TagRecord } from '@shared/model';
import { isFilterActive, type SearchAnswer, type SearchFilter, type SearchResult, type TextSpan } from '@shared/search';
import { useServices } from '../../app/services';
import { getSearchService } from './search-service';
import './search.css';
import { nounFor } from '@shared/count-words';

/** Typing pause before a query runs. */
const DEBOUNCE_MS = 120;
/** Most results listed (the count still says how many matched). */
const RESULT_LIMIT = 500;

/** The event the notes pane may listen for to show a note found by search. */
export const OPEN_NOTE_EVENT = 'parallax:open-note';
export interface OpenNoteDetail {
  noteId: Id;
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Text with some spans wrapped in <mark>: sliced, never parsed as HTML. */
function Marked({ text, marks }: { text: string; marks: readonly TextSpan[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(<mark key={mark.start}>{text.slice(mark.start, mark.end)}</mark>);
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The codebook in its order, children under their parent, with their depth for indenting. */
function codebookOrder(tags: TagRecord[]): Array<{ tag: TagRecord; depth: number }> {
  const children = new Map<Id | null, TagRecord[]>();
  for (const tag of tags) {
    const parent = tag.parentId && tags.some((t) => t.id === tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const out: Array<{ tag: TagRecord; depth: number }> = [];
  const visit = (parent: Id | null, depth: number) => {
    for (const tag of (children.get(parent) ?? []).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))) {
      out.push({ tag, depth });
      if (depth < 16) visit(tag.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

function withDescendants(tagId: Id, tags: TagRecord[]): Id[] {
  const ids = [tagId];
  for (let i = 0; i < ids.length && ids.length <= tags.length; i++) {
    for (const tag of tags) if (tag.parentId === ids[i] && !ids.includes(tag.id)) ids.push(tag.id);
  }
  return ids;
}

/**
 * Full-text search over article text, titles, outlets, authors and notes, with filters by tag,
 * outlet and date. Enter or a click opens the article at the match (or the note).
 */
export function SearchPanel() {
  const { db, navigation } = useServices();
  const service = useMemo(() => getSearchService(db), [db]);
  const version = useSyncExternalStore(service.subscribe, service.getVersion);
  const status = service.getStatus();

  const [input, setInput] = useState('');
  const query = useDebounced(input, DEBOUNCE_MS);
  const [tagId, setTagId] = useState('');
  const [outlet, setOutlet] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);

  const tags = useLiveQuery(() => db.tags.toArray(), [db]);
  const orderedTags = useMemo(() => codebookOrder(tags ?? []), [tags]);
  const taggedArticles = useLiveQuery(async () => {
    if (!tagId) return null;
    const highlights = await db.highlights
      .where('tagIds')
      .anyOf(withDescendants(tagId, tags ?? []))
      .toArray();
    return new Set(highlights.map((highlight) => highlight.articleId));
  }, [db, tagId, tags]);

  // `version` changes whenever the index does: outlets and results are worked out again then.
  const outlets = useMemo(() => (version >= 0 ? service.outlets() : []), [service, version]);
  const filter = useMemo<SearchFilter>(
    () => ({
      tagIds: tagId ? (taggedArticles ?? new Set<string>()) : undefined,
      outlets: outlet ? [outlet] : undefined,
      from: from || undefined,
      to: to || undefined,
    }),
    [tagId, taggedArticles, outlet, from, to],
  );
  const filtering = isFilterActive(filter);
  // Answered asynchronously (texts are read from the database for phrases and snippets); an
  // answer to an older query or index is dropped.
  const [answered, setAnswered] = useState<{ answer: SearchAnswer; query: string } | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    service.search(query, { limit: RESULT_LIMIT, filter }).then(
      (answer) => {
        if (!current) return;
        setAnswered({ answer, query });
        setSearchError(null);
      },
      (error: unknown) => {
        if (current) setSearchError(`Search could not read the articles' texts: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [service, version, query, filter]);
  const answer = answered?.answer ?? null;
  const results = useMemo(() => answer?.results ?? [], [answer]);
  // Snippets of results scrolled to are drawn once their texts are read.
  const [, setTextsRead] = useState(0);
  const active = Math.min(activeIndex, Math.max(0, results.length - 1));

  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
  });

  const visibleItems = virtualizer.getVirtualItems();
  const firstVisible = visibleItems[0]?.index ?? 0;
  const lastVisible = visibleItems.at(-1)?.index ?? -1;
  useEffect(() => {
    let current = true;
    void service.ensureTexts(results.slice(firstVisible, lastVisible + 1)).then((read) => {
      if (read && current) setTextsRead((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [service, results, firstVisible, lastVisible]);

  const open = async (result: SearchResult | undefined) => {
    if (!result) return;
    // Opening at the match needs the text (a result reached by keys may not have been drawn).
    await service.ensureTexts([result]);
    if (result.kind === 'article') {
      navigation.openArticle(result.id, result.match ?? undefined);
      return;
    }
    if (result.articleId) navigation.openArticle(result.articleId);
    window.dispatchEvent(new CustomEvent<OpenNoteDetail>(OPEN_NOTE_EVENT, { detail: { noteId: result.id } }));
  };

  const move = (delta: number) => {
    if (results.length === 0) return;
    const next = Math.min(results.length - 1, Math.max(0, active + delta));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onListKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Home') move(-results.length);
    else if (event.key === 'End') move(results.length);
    else if (event.key === 'Enter') void open(results[active]);
    else return;
    event.preventDefault();
  };

  const clearFilters = () => {
    setTagId('');
    setOutlet('');
    setFrom('');
    setTo('');
  };

  const trimmed = query.trim();
  const typing = input.trim() !== trimmed || (answered?.query ?? '').trim() !== trimmed;
  const building = status.state === 'loading' || status.state === 'building';
  const count = answer && trimmed ? countLabel(answer.total, results.length) : '';

  return (
    <div className="pane search-panel" aria-label="Search">
      <div className="pane__header">
        <span className="pane__title">Search</span>
        <span className="pane__count" role="status" aria-label="Result count">
          {count}
        </span>
      </div>
      <label className="search-field">
        <Search size={14} aria-hidden />
        <input
          type="search"
          placeholder="Words in articles and notes"
          aria-label="Search the corpus"
          value={input}
          onChange={(event) => {
            setInput(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void open(results[active]);
            } else if (event.key === 'ArrowDown' && results.length > 0) {
              event.preventDefault();
              scrollRef.current?.focus();
            }
          }}
        />
      </label>

      <div className="search-filters" role="group" aria-label="Search filters">
        <label className="search-filter">
          <span>Tag</span>
          <select aria-label="Filter by tag" value={tagId} onChange={(event) => setTagId(event.target.value)}>
            <option value="">Any tag</option>
            {orderedTags.map(({ tag, depth }) => (
              <option key={tag.id} value={tag.id}>
                {`${'\u00a0\u00a0'.repeat(depth)}${tag.name}`}
              </option>
            ))}
          </select>
        </label>
        <label className="search-filter">
          <span>Outlet</span>
          <select aria-label="Filter by outlet" value={outlet} onChange={(event) => setOutlet(event.target.value)}>
            <option value="">Any outlet</option>
            {outlets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="search-filter">
          <span>From</span>
          <input type="date" aria-label="Published from" value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="search-filter">
          <span>To</span>
          <input type="date" aria-label="Published until" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} />
        </label>
        {filtering && (
          <button type="button" className="link-button search-filters__clear" onClick={clearFilters}>
            <X size={12} aria-hidden /> Clear filters
          </button>
        )}
      </div>
      {(from || to) && (
        <p className="search-note">Articles with no date, or a date without a year, are left out while a date range is set.</p>
      )}

      {building && (
        <p className="search-note" role="status">
          {status.state === 'loading' ? 'Loading the search index…' : `Indexing the corpus: ${status.indexed} of ${status.total}…`}
        </p>
      )}
      {searchError && (
        <p className="search-note search-note--error" role="alert">
          {searchError}
        </p>
      )}
      {status.state === 'error' && (
        <p className="search-note search-note--error" role="alert">
          Search could not load its index: {status.error}
        </p>
      )}

      {/* Empty states stand outside the list: a listbox holds options only. */}
      {!trimmed && !building && (
        <div className="empty-state">
          <Search size={28} strokeWidth={1.25} aria-hidden />
          <p>Search the text, titles, outlets and authors of every article, and your notes.</p>
          <p className="empty-state__hint">Every word must match; the last one may be cut short.</p>
        </div>
      )}
      {trimmed && !typing && results.length === 0 && !building && (
        <div className="empty-state">
          <p>
            No article or note mentions “{trimmed}”{filtering ? ' with these filters' : ''}.
          </p>
          {filtering && (
            <button type="button" className="link-button" onClick={clearFilters}>
              Search without filters
            </button>
          )}
        </div>
      )}
      <div
        ref={scrollRef}
        className="search-results"
        role="listbox"
        aria-label="Search results"
        aria-activedescendant={results[active] ? resultDomId(results[active]) : undefined}
        tabIndex={0}
        onKeyDown={onListKeyDown}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const result = results[item.index]!;
            return (
              <ResultRow
                key={`${result.kind}:${result.id}`}
                result={result}
                articleTitle={result.kind === 'note' ? service.articleTitle(result.articleId) : null}
                active={item.index === active}
                index={item.index}
                measureRef={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                onOpen={() => {
                  setActiveIndex(item.index);
                  void open(result);
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function countLabel(total: number, shown: number): string {
  const noun = nounFor(total, { one: 'result', other: 'results' });
  return shown < total ? `${shown.toLocaleString()} of ${total.toLocaleString()} ${noun}` : `${total.toLocaleString()} ${noun}`;
}

function resultDomId(result: SearchResult): string {
  return `search-result-${result.kind}-${result.id}`;
}

interface ResultRowProps {
  result: SearchResult;
  articleTitle: string | null;
  active: boolean;
  index: number;
  measureRef: (element: Element | null) => void;
  style: React.CSSProperties;
  onOpen: () => void;
}

function ResultRow({ result, articleTitle, active, index, measureRef, style, onOpen }: ResultRowProps) {
  const date = formatPublished(result.published);
  const details = [result.outlet || null, date].filter(Boolean).join(' · ');
  const isNote = result.kind === 'note';
  return (
    <div
      id={resultDomId(result)}
      ref={measureRef}
      data-index={index}
      role="option"
      aria-selected={active}
      className={`search-result${active ? ' search-result--active' : ''}`}
      style={style}
      onClick={onOpen}
    >
      <div className="search-result__title">
        {isNote ? <StickyNote size={13} aria-label="Note" /> : <FileText size={13} aria-hidden />}
        <span>
          {isNote ? (
            result.title || 'Untitled note'
          ) : (
            <Marked text={result.title} marks={result.titleMarks} />
          )}
        </span>
      </div>
      <div className="search-result__meta">
        {isNote ? (articleTitle ? `Note on “${articleTitle}”` : 'Standalone note') : null}
        {isNote && details ? ' · ' : null}
        {details || (isNote ? null : <span className="faint">No outlet or date found</span>)}
      </div>
      <p className="search-result__snippet">
        <Marked text={result.snippet.text} marks={result.snippet.marks} />
      </p>
    </div>
  );
}
