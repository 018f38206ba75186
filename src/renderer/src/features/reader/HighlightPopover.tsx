import * as Popover from '@radix-ui/react-popover';
import { useLiveQuery } from 'dexie-react-hooks';
import { MessageSquare, Quote, Trash2, X } from 'lucide-react';
import type { HighlightRecord, TagRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { TagPicker, type TagOption } from './TagPicker';

interface HighlightPopoverProps {
  /** Where the highlight is now: found afresh each time, since the reader re-renders marks when highlights change. */
  anchorRect: (() => DOMRect | null) | null;
  highlight: HighlightRecord | null;
  quote: string;
  tagsById: ReadonlyMap<string, TagRecord>;
  options: TagOption[];
  onToggleTag: (tag: TagRecord) => void;
  onCreateTag: (name: string) => void;
  onCite: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** A highlight's tags (add, remove), its notes, and what else can be done with it. */
export function HighlightPopover(props: HighlightPopoverProps) {
  const { anchorRect, highlight, quote, tagsById, options, onToggleTag, onCreateTag, onCite, onDelete, onClose } = props;
  const { db } = useServices();
  const notes = useLiveQuery(
    () => (highlight ? db.notes.where('highlightId').equals(highlight.id).toArray() : []),
    [db, highlight?.id],
  );
  const open = anchorRect !== null && highlight !== null;
  return (
    <Popover.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Popover.Anchor virtualRef={{ current: { getBoundingClientRect: () => anchorRect?.() ?? new DOMRect() } }} />
      <Popover.Portal>
        <Popover.Content className="popover reader-popover" side="bottom" align="start" sideOffset={6} aria-label="Highlight">
          <blockquote className="reader-popover__quote">{quote.length > 140 ? `${quote.slice(0, 139)}…` : quote}</blockquote>
          <div className="tag-chips" aria-label="Tags of this highlight">
            {highlight?.tagIds.length === 0 && <span className="faint">No tags yet</span>}
            {highlight?.tagIds.map((id) => {
              const tag = tagsById.get(id);
              if (!tag) return null;
              return (
                <span className="tag-chip" key={id}>
                  <span className="tag-swatch" style={{ background: tag.color }} aria-hidden />
                  {tag.name}
                  <button type="button" className="tag-chip__remove" aria-label={`Remove tag ${tag.name}`} onClick={() => onToggleTag(tag)}>
                    <X size={11} />
                  </button>
                </span>
              );
            })}
          </div>
          <TagPicker options={options} appliedIds={highlight?.tagIds ?? []} onPick={onToggleTag} onCreate={onCreateTag} autoFocus={false} />
          {notes && notes.length > 0 && (
            <ul className="reader-popover__notes" aria-label="Notes on this highlight">
              {notes.map((note) => (
                <li key={note.id}>
                  <MessageSquare size={12} aria-hidden /> {note.plainText.split('\n')[0] || 'Empty note'}
                </li>
              ))}
            </ul>
          )}
          <div className="reader-popover__actions">
            <button type="button" className="button" onClick={onCite}>
              <Quote size={13} aria-hidden /> Cite in note
            </button>
            <button type="button" className="button button--danger-text" onClick={onDelete}>
              <Trash2 size={13} aria-hidden /> Delete highlight
            </button>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
