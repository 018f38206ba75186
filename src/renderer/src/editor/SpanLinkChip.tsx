import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $getSelection, $isNodeSelection, COMMAND_PRIORITY_LOW, KEY_ENTER_COMMAND, type NodeKey } from 'lexical';
import { useEffect, type MouseEvent } from 'react';
import type { SpanCitation } from '@shared/model';
import { collapseWhitespace, truncateQuote } from './quote-text';
import { useOpenSpan } from './span-link-context';

/**
 * The chip a span link renders as: the quoted words (shortened) and their source, as text.
 * Clicking it, or Enter while it is selected, opens the article at the span.
 */
export function SpanLinkChip({ citation, nodeKey }: { citation: SpanCitation; nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const openSpan = useOpenSpan();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!openSpan || !$isNodeSelection(selection)) return false;
          const nodes = selection.getNodes();
          if (nodes.length !== 1 || nodes[0]?.getKey() !== nodeKey) return false;
          event?.preventDefault();
          openSpan(citation);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, nodeKey, citation, openSpan],
  );

  const quote = collapseWhitespace(citation.quote);
  const source = collapseWhitespace(citation.sourceLabel);
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    if (!event.shiftKey) clearSelection();
    setSelected(true);
    openSpan?.(citation);
  };

  return (
    <span
      role="link"
      className={`span-link${isSelected ? ' span-link--selected' : ''}`}
      aria-label={source ? `${quote} — ${source}` : quote}
      title={source ? `“${quote}” — ${source}\nOpen in the reader` : `“${quote}”\nOpen in the reader`}
      data-article-id={citation.articleId}
      onClick={onClick}
    >
      <span className="span-link__quote">“{truncateQuote(citation.quote)}”</span>
      {source && <span className="span-link__source">{source}</span>}
    </span>
  );
}
