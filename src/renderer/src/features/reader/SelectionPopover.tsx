import * as Popover from '@radix-ui/react-popover';
import { Highlighter, Link2, Quote, RotateCw } from 'lucide-react';
import type { TagRecord } from '@shared/model';
import { TagPicker, type TagOption } from './TagPicker';

interface SelectionPopoverProps {
  rect: DOMRect | null;
  options: TagOption[];
  lastUsed: TagRecord[];
  onPick: (tag: TagRecord) => void;
  onCreate: (name: string) => void;
  onHighlight: () => void;
  onApplyLastUsed: () => void;
  onCite: () => void;
  onClose: () => void;
  /** An orphaned highlight waiting to be re-attached, and how to attach it to the selection. */
  reattachQuote?: string | null;
  onReattach?: () => void;
}

/** What can be done with selected words: tag them (pick or create), just highlight them, or cite them in a note. */
export function SelectionPopover(props: SelectionPopoverProps) {
  const { rect, options, lastUsed, onPick, onCreate, onHighlight, onApplyLastUsed, onCite, onClose, reattachQuote, onReattach } = props;
  return (
    <Popover.Root open={rect !== null} onOpenChange={(open) => !open && onClose()}>
      <Popover.Anchor virtualRef={{ current: { getBoundingClientRect: () => rect ?? new DOMRect() } }} />
      <Popover.Portal>
        <Popover.Content className="popover reader-popover" side="bottom" align="start" sideOffset={6} aria-label="Highlight the selection">
          {reattachQuote && (
            <button type="button" className="button button--primary" onClick={onReattach}>
              <Link2 size={13} aria-hidden /> Attach “{reattachQuote.length > 40 ? `${reattachQuote.slice(0, 39)}…` : reattachQuote}” here
            </button>
          )}
          <TagPicker options={options} onPick={onPick} onCreate={onCreate} />
          <div className="reader-popover__actions">
            <button type="button" className="button" onClick={onHighlight}>
              <Highlighter size={13} aria-hidden /> Highlight
            </button>
            {lastUsed.length > 0 && (
              <button type="button" className="button" onClick={onApplyLastUsed} title="H">
                <RotateCw size={13} aria-hidden /> {lastUsed.map((t) => t.name).join(', ')}
              </button>
            )}
            <button type="button" className="button" onClick={onCite}>
              <Quote size={13} aria-hidden /> Cite in note
            </button>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
