import { useLiveQuery } from 'dexie-react-hooks';
import { BookOpen, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { displayTitle, effectiveMetadata, formatPublished, shownHeadline } from '@shared/article-view';
import { tagPath } from '@shared/codebook/tree';
import { isWholeArticle } from '@shared/codebook/whole-article';
import type { HighlightRecord, SpanCitation, TagRecord } from '@shared/model';
import type { SegmentedParagraph } from '@shared/reader-segments';
import { useServices } from '../../app/services';
import type { NavigationState } from '../../app/navigation';
import { useNavigationState } from '../../app/use-navigation';
import { getArticle, getArticleText } from '../../db/articles';
import { listHighlights } from '../../db/highlights';
import { memberColour } from '../../sync/member-colour';
import { coderOf, ownCoder } from '@shared/sync/project';
import { useSync } from '../sync/use-sync';
import { CoderFilter } from './CoderFilter';
import { ArticleText } from './ArticleText';
import { rangeForOffsets, selectionOffsets } from './dom-offsets';
import { HighlightPopover } from './HighlightPopover';
import { readLastUsedTags } from './last-used-tags';
import { requestReattach, usePendingReattach } from './reattach';
import './reader.css';
import { SelectionPopover } from './SelectionPopover';
import type { TagOption } from './TagPicker';
import { UntitledHeading } from './UntitledHeading';
import { TagArticlesMenu } from '../library/TagArticlesMenu';
import { useArticleActions } from '../library/use-article-actions';
import { usePendingSelectionMark } from './use-pending-selection-mark';
import { useHighlightActions, type Span } from './use-highlight-actions';
import { countOf } from '@shared/count-words';

interface ReaderPaneProps {
  /** Cite a span in a note: the app shows the notes pane, which inserts it. */
  onCite: (citation: SpanCitation) => void;
}

/**
 * The article, its highlights and what can be done with them. Text is rendered as text (a
 * read-only Lexical document), never as HTML, so a hostile article cannot inject markup.
 *
 * Keyboard (with the article focused): J / K next and previous highlight, Enter open it,
 * T tag picker, H apply the last used tags, N cite in a note, Delete delete the highlight.
 */
export function ReaderPane({ onCite }: ReaderPaneProps) {
  const { articleId, focus } = useNavigationState();
  // A new article starts with a clean slate: no selection, no open popover.
  return <OpenArticle key={articleId ?? 'none'} articleId={articleId} focus={focus} onCite={onCite} />;
}

const NO_HIGHLIGHTS: HighlightRecord[] = [];
const NO_TAGS: TagRecord[] = [];

interface OpenArticleProps extends ReaderPaneProps {
  articleId: string | null;
  focus: NavigationState['focus'];
}

function OpenArticle({ articleId, focus, onCite }: OpenArticleProps) {
  const { db } = useServices();
  const actions = useHighlightActions();
  const articleActions = useArticleActions();
  // A refusal belongs to the article it was said about: another article open, it is not shown.
  const [refusal, setRefusal] = useState<{ articleId: string; message: string } | null>(null);
  const problem = refusal && refusal.articleId === articleId ? refusal.message : null;
  const article = useLiveQuery(() => (articleId ? getArticle(db, articleId) : undefined), [db, articleId]);
  const text = useLiveQuery(() => (articleId ? getArticleText(db, articleId) : undefined), [db, articleId]);
  const allHighlights = useLiveQuery(() => (articleId ? listHighlights(db, articleId) : NO_HIGHLIGHTS), [db, articleId]) ?? NO_HIGHLIGHTS;
  // In a shared project: each coder's highlights, in the coder's colour, and a filter by coder.
  const { project } = useSync();
  const ownId = ownCoder(project);
  const [hiddenCoders, setHiddenCoders] = useState<ReadonlySet<string>>(new Set());
  const coders = useMemo(() => [...new Set(allHighlights.map((h) => coderOf(h, project)))].sort((a, b) => (a === ownId ? -1 : b === ownId ? 1 : a.localeCompare(b))), [allHighlights, project, ownId]);
  const highlights = useMemo(() => (hiddenCoders.size === 0 ? allHighlights : allHighlights.filter((h) => !hiddenCoders.has(coderOf(h, project)))), [allHighlights, hiddenCoders, project]);
  const coderColours = useMemo(() => (coders.length > 1 ? new Map(highlights.map((h) => [h.id, memberColour(coderOf(h, project))])) : null), [coders, highlights, project]);
  const coderName = useCallback(
    (coder: string) => (coder === ownId ? 'You' : (project?.members.find((m) => m.id === coder)?.name ?? 'A former member')),
    [ownId, project],
  );
  const tags = useLiveQuery(() => db.tags.toArray(), [db]) ?? NO_TAGS;

  const layout = useRef<{ root: HTMLElement | null; paragraphs: SegmentedParagraph[] }>({ root: null, paragraphs: [] });
  const scrollRef = useRef<HTMLElement>(null);
  const [selection, setSelection] = useState<(Span & { rect: DOMRect }) | null>(null);
  const [openHighlight, setOpenHighlight] = useState<{ id: string } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  const tagsById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const options: TagOption[] = useMemo(
    () => tags.map((tag) => ({ tag, path: tagPath(tags, tag.id) })).sort((a, b) => a.path.localeCompare(b.path)),
    [tags],
  );
  // Codes of the whole article are shown as its codes under the title, not painted over every word.
  const textLength = text?.text.length ?? 0;
  const wholeCodes = useMemo(() => highlights.filter((h) => isWholeArticle(h, textLength)), [highlights, textLength]);
  const passages = useMemo(() => highlights.filter((h) => h.anchorStatus === 'anchored' && !isWholeArticle(h, textLength)), [highlights, textLength]);
  const spans = useMemo(() => passages.map(({ id, start, end }) => ({ id, start, end })), [passages]);
  const colours = useMemo(
    () => new Map(highlights.map((h) => [h.id, h.tagIds.map((id) => tagsById.get(id)?.color).filter((c): c is string => !!c)])),
    [highlights, tagsById],
  );
  const current = highlights.find((h) => h.id === openHighlight?.id) ?? null;
  const reattachId = usePendingReattach();
  const reattaching = highlights.find((h) => h.id === reattachId) ?? null;

  const onLayout = useCallback((root: HTMLElement | null, paragraphs: SegmentedParagraph[]) => {
    layout.current = { root, paragraphs };
  }, []);

  // Bring a requested span into view and flash it (a tag's passage, a citation, a search hit).
  useEffect(() => {
    if (!focus || !text) return;
    const frame = requestAnimationFrame(() => {
      const { root, paragraphs } = layout.current;
      if (!root) return;
      const range = rangeForOffsets(root, paragraphs, focus.start, focus.end);
      if (!range) return;
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center' });
      flashRange(range);
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, text, highlights]);

  usePendingSelectionMark(
    () => {
      const { root, paragraphs } = layout.current;
      return root && selection ? rangeForOffsets(root, paragraphs, selection.start, selection.end) : null;
    },
    selection !== null,
    selection ? `${selection.start}-${selection.end}` : '',
  );

  const markFor = (id: string): HTMLElement | null =>
    layout.current.root?.querySelector<HTMLElement>(`mark[data-ids~="${CSS.escape(id)}"]`) ?? null;

  const readSelection = () => {
    const { root, paragraphs } = layout.current;
    if (!root) return;
    const span = selectionOffsets(root, paragraphs, window.getSelection());
    if (!span) return;
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    setOpenHighlight(null);
    setSelection({ ...span, rect });
  };

  if (!articleId || !article) {
    return (
      <div className="pane reader reader--empty" aria-label="Reader">
        <div className="empty-state">
          <BookOpen size={32} strokeWidth={1.25} aria-hidden />
          <p>Choose an article in the library to read it.</p>
          <p className="empty-state__hint">
            <kbd>↑</kbd> <kbd>↓</kbd> move through the library, <kbd>Enter</kbd> opens
          </p>
        </div>
      </div>
    );
  }

  const lastUsed = readLastUsedTags()
    .map((id) => tagsById.get(id))
    .filter((t): t is TagRecord => !!t);
  const highlightSelection = async (tagIds: string[]) => {
    if (!selection) return;
    const span = { start: selection.start, end: selection.end };
    setSelection(null);
    window.getSelection()?.removeAllRanges();
    const created = await actions.highlight(article.id, span, tagIds);
    setActiveId(created.id);
  };
  const toggleTag = (highlight: HighlightRecord, tag: TagRecord) => {
    const has = highlight.tagIds.includes(tag.id);
    const next = has ? highlight.tagIds.filter((id) => id !== tag.id) : [...highlight.tagIds, tag.id];
    void actions.setTags(highlight, next, has ? `Remove tag “${tag.name}”` : `Tag a passage “${tag.name}”`);
  };
  const cite = (span: Span, highlightId: string | null) => {
    if (!text) return;
    onCite(actions.citation(article, text.text, span, highlightId));
  };

  const sorted = [...passages].sort((a, b) => a.start - b.start);
  const moveActive = (delta: number) => {
    if (sorted.length === 0) return;
    const index = sorted.findIndex((h) => h.id === activeId);
    const next = sorted[index < 0 ? (delta > 0 ? 0 : sorted.length - 1) : (index + delta + sorted.length) % sorted.length]!;
    setActiveId(next.id);
    markFor(next.id)?.scrollIntoView({ block: 'nearest' });
  };
  const active = sorted.find((h) => h.id === activeId) ?? null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target !== event.currentTarget) return;
    const key = event.key.toLowerCase();
    if (key === 'j' || key === ']') moveActive(1);
    else if (key === 'k' || key === '[') moveActive(-1);
    else if ((key === 'enter' || key === 't') && active) setOpenHighlight({ id: active.id });
    else if (key === 't') readSelection();
    else if (key === 'h' && lastUsed.length > 0) {
      const { root, paragraphs } = layout.current;
      const span = root ? selectionOffsets(root, paragraphs, window.getSelection()) : null;
      if (span) void actions.highlight(article.id, span, lastUsed.map((t) => t.id)).then((h) => setActiveId(h.id));
      else if (active) void actions.setTags(active, [...new Set([...active.tagIds, ...lastUsed.map((t) => t.id)])], `Tag a highlight “${lastUsed.map((t) => t.name).join('”, “')}”`);
    } else if (key === 'n' && active) cite(active, active.id);
    else if ((key === 'delete' || key === 'backspace') && active) void actions.remove(active).then(() => setActiveId(null));
    else return;
    event.preventDefault();
  };

  const meta = effectiveMetadata(article);
  const byline = [meta.authors.length ? `By ${meta.authors.join(', ')}` : null, meta.outlet].filter(Boolean).join(' · ');
  const orphans = highlights.filter((h) => h.anchorStatus === 'orphan').length;
  return (
    <div className="pane reader" aria-label="Reader">
      <article
        ref={scrollRef}
        className="reader__scroll"
        lang={article.lang ?? undefined}
        tabIndex={0}
        aria-label={`Article: ${displayTitle(article)}`}
        onKeyDown={onKeyDown}
        onMouseUp={() => requestAnimationFrame(readSelection)}
      >
        <header className="reader__header">
          <div className="reader__kicker">
            {[formatPublished(meta.published), meta.dateline, meta.agencies.length ? meta.agencies.join(', ') : null]
              .filter(Boolean)
              .join(' · ') || 'Date unknown'}
          </div>
          {meta.title ? <h1 className="reader__title">{shownHeadline(article)}</h1> : <UntitledHeading articleId={article.id} sourceName={article.sourceName} />}
          {byline && <div className="reader__byline">{byline}</div>}
          <div className="reader__source">
            {article.sourceName} · {article.format.toUpperCase()} · {countOf(article.length, 'character')}
            {highlights.length > 0 && ` · ${countOf(highlights.length, 'highlight')}`}
            {orphans > 0 && ` (${orphans} orphaned)`}
          </div>
          {wholeCodes.length > 0 && (
            <div className="reader__article-codes tag-chips" role="group" aria-label="Tags of the whole article">
              <span className="reader__article-codes-label">Whole article:</span>
              {wholeCodes.flatMap((h) =>
                h.tagIds.flatMap((id) => {
                  const tag = tagsById.get(id);
                  if (!tag) return [];
                  return [
                    <span key={`${h.id}:${id}`} className="tag-chip">
                      <span className="tag-swatch" style={{ background: tag.color }} aria-hidden />
                      {tag.name}
                      <button
                        type="button"
                        className="tag-chip__remove"
                        aria-label={`Remove “${tag.name}” from the whole article`}
                        title="Remove this tag from the whole article (Undo brings it back)"
                        // The last tag taken off takes the whole-article highlight with it.
                        onClick={() => void (h.tagIds.length === 1 ? actions.remove(h, `Remove tag “${tag.name}” from the whole article`) : actions.setTags(h, h.tagIds.filter((t) => t !== id), `Remove tag “${tag.name}” from the whole article`))}
                      >
                        <X size={12} aria-hidden />
                      </button>
                    </span>,
                  ];
                }),
              )}
            </div>
          )}
          <div className="reader__article-tag">
            <TagArticlesMenu compact count={1} onTag={(tag) => void articleActions.codeWhole([article.id], tag).then((result) => setRefusal(result.ok ? null : { articleId: article.id, message: result.error.message }))} />
            {problem && (
              <span className="reader__article-tag-problem" role="alert">
                {problem}
              </span>
            )}
          </div>
          {coders.length > 1 && (
            <CoderFilter
              coders={coders}
              hidden={hiddenCoders}
              name={coderName}
              colour={memberColour}
              onToggle={(coder) =>
                setHiddenCoders((previous) => {
                  const next = new Set(previous);
                  if (next.has(coder)) next.delete(coder);
                  else next.add(coder);
                  return next;
                })
              }
            />
          )}
        </header>
        {text && (
          <ArticleText
            text={text.text}
            spans={spans}
            furniture={text.boilerplate}
            colours={colours}
            coderColours={coderColours}
            activeHighlightId={activeId}
            onLayout={onLayout}
            onClickMark={(ids) => {
              // The innermost (shortest) highlight under the pointer is the one meant.
              const id = ids.at(-1)!;
              setSelection(null);
              setActiveId(id);
              setOpenHighlight({ id });
            }}
          />
        )}
      </article>
      <SelectionPopover
        rect={selection?.rect ?? null}
        options={options}
        lastUsed={lastUsed}
        onPick={(tag) => void highlightSelection([tag.id])}
        onCreate={(name) => void actions.newTag(name).then((tag) => highlightSelection([tag.id]))}
        onHighlight={() => void highlightSelection([])}
        onApplyLastUsed={() => void highlightSelection(lastUsed.map((t) => t.id))}
        onCite={() => {
          if (selection) cite(selection, null);
          setSelection(null);
        }}
        onClose={() => setSelection(null)}
        reattachQuote={reattaching?.selectors.quote.exact ?? null}
        onReattach={() => {
          if (!selection || !reattaching) return;
          void actions.reattach(reattaching.id, selection).then(() => requestReattach(null));
          setSelection(null);
        }}
      />
      <HighlightPopover
        anchorRect={openHighlight ? () => markFor(openHighlight.id)?.getBoundingClientRect() ?? null : null}
        highlight={current}
        quote={current && text ? text.text.slice(current.start, current.end) : ''}
        tagsById={tagsById}
        options={options}
        onToggleTag={(tag) => current && toggleTag(current, tag)}
        onCreateTag={(name) => {
          if (!current) return;
          void actions.newTag(name).then((tag) => actions.setTags(current, [...current.tagIds, tag.id], `Tag a passage “${tag.name}”`));
        }}
        onCite={() => {
          if (current) cite(current, current.id);
          setOpenHighlight(null);
        }}
        onDelete={() => {
          if (current) void actions.remove(current);
          setOpenHighlight(null);
        }}
        onClose={() => {
          setOpenHighlight(null);
          scrollRef.current?.focus();
        }}
      />
    </div>
  );
}

/** Marks a range for a moment with the CSS Custom Highlight API (no DOM change to the editor). */
function flashRange(range: Range): void {
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  registry.set('parallax-focus', new HighlightClass(range));
  window.setTimeout(() => registry.delete('parallax-focus'), 2400);
}
