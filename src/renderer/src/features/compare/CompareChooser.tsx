import * as Dialog from '@radix-ui/react-dialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { Columns3 } from 'lucide-react';
import { DialogFrame } from '../../ui/DialogFrame';
import { useMemo, useState } from 'react';
import { displayTitle, effectiveMetadata, formatPublished } from '@shared/article-view';
import type { ArticleRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { listArticles } from '../../db/articles';
import { matchesFilter } from '../library/library-filter';
import { listCollections } from '../../db/collections';
import { StoryGroups } from './StoryGroups';

export const MAX_COMPARED = 8;
const NO_ARTICLES: ArticleRecord[] = [];
/**
 * The list shows at most this many articles (the ticked ones always among them): a dialog of
 * 100,000 checkboxes would take seconds to draw and nobody scrolls it; the filter narrows
 * instead, and the library's own choice (Shift/Ctrl with a click, then Compare) reaches any row.
 */
export const CHOOSER_LIST_LIMIT = 300;

interface CompareChooserProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  initial: readonly string[];
  onCompare: (ids: string[]) => void;
}

/** Choose 2 to 8 articles to read side by side. */
export function CompareChooser({ open, onOpenChange, initial, onCompare }: CompareChooserProps) {
  const { db } = useServices();
  // Read only while open: closed, it must not read the whole library at launch beside the library itself.
  // Tagged with whether it was read for an open dialog, so that the moment between opening and
  // the list arriving shows as reading, not as an empty library.
  const read = useLiveQuery(async () => (open ? { open, list: await listArticles(db) } : { open, list: NO_ARTICLES }), [db, open]);
  const reading = open && read?.open !== true;
  const articles = read?.list ?? NO_ARTICLES;
  const [chosen, setChosen] = useState<string[]>([...initial]);
  const [filter, setFilter] = useState('');
  const collections = useLiveQuery(async () => (open ? listCollections(db) : []), [db, open]);
  const [collectionId, setCollectionId] = useState('');
  const collection = collections?.find((c) => c.id === collectionId) ?? null;
  // The dialog stays mounted, so the ticks are taken afresh each time the app opens it (Radix
  // calls onOpenChange only for the dialog's own closing, never for an opening from outside).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setChosen([...initial]);
  }
  // A collection narrows everything the chooser offers: its stories as well as its list.
  const scoped = useMemo(() => {
    if (!collection) return articles;
    const members = new Set(collection.articleIds);
    return articles.filter((a) => members.has(a.id));
  }, [articles, collection]);
  const matching = useMemo(() => scoped.filter((a) => matchesFilter(a, filter)), [scoped, filter]);
  const visible = useMemo(() => {
    if (matching.length <= CHOOSER_LIST_LIMIT) return matching;
    const first = matching.slice(0, CHOOSER_LIST_LIMIT);
    const shownIds = new Set(first.map((a) => a.id));
    return [...matching.filter((a) => chosen.includes(a.id) && !shownIds.has(a.id)), ...first];
  }, [matching, chosen]);
  const toggle = (id: string) =>
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : current.length < MAX_COMPARED ? [...current, id] : current));

  return (
    <DialogFrame
      open={open}
      onOpenChange={onOpenChange}
      className="compare-chooser"
    >
      <Dialog.Title className="dialog__title">Compare articles</Dialog.Title>
      <Dialog.Description className="dialog__description">
        Choose 2 to {MAX_COMPARED} articles to read side by side, with what they share and what only one of them reports.
      </Dialog.Description>
      <div className="compare-chooser__narrow">
        <input className="text-input" type="search" aria-label="Filter articles" placeholder="Filter by title, outlet, author" value={filter} onChange={(e) => setFilter(e.target.value)} />
        {collections && collections.length > 0 && (
          <select className="text-input" aria-label="Articles from" value={collection?.id ?? ''} onChange={(e) => setCollectionId(e.target.value)}>
            <option value="">All articles</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </div>
      {reading && (
        <p className="faint compare-chooser__more" role="status">
          Reading the library…
        </p>
      )}
      {!reading && (
        <StoryGroups
          articles={scoped}
          max={MAX_COMPARED}
          onOpen={(ids) => {
            onCompare(ids);
            onOpenChange(false);
          }}
        />
      )}
      <ul className="compare-chooser__list" aria-label="Articles to compare" aria-busy={reading}>
        {visible.map((article) => {
          const meta = effectiveMetadata(article);
          const checked = chosen.includes(article.id);
          return (
            <li key={article.id}>
              <label className="compare-chooser__row">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && chosen.length >= MAX_COMPARED}
                  onChange={() => toggle(article.id)}
                />
                <span className="compare-chooser__title">{displayTitle(article)}</span>
                <span className="faint">{[meta.outlet, formatPublished(meta.published)].filter(Boolean).join(' · ')}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {matching.length > visible.length && (
        <p className="faint compare-chooser__more" role="status">
          {CHOOSER_LIST_LIMIT.toLocaleString()} of {matching.length.toLocaleString()} articles listed: type in the filter to find others.
        </p>
      )}
      <div className="dialog__actions">
        <span className="faint compare-chooser__count">{chosen.length} chosen</span>
        <button type="button" className="button" disabled={reading} onClick={() => setChosen(articles.slice(0, MAX_COMPARED).map((a) => a.id))}>
          First {Math.min(MAX_COMPARED, articles.length)}
        </button>
        <Dialog.Close className="button" type="button">
          Cancel
        </Dialog.Close>
        <button
          type="button"
          className="button button--primary"
          disabled={chosen.length < 2}
          onClick={() => {
            onCompare(chosen);
            onOpenChange(false);
          }}
        >
          <Columns3 size={14} aria-hidden /> Compare {chosen.length}
        </button>
      </div>
    </DialogFrame>
  );
}
