import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { useLiveQuery } from 'dexie-react-hooks';
import { $getSelection, $isNodeSelection, COMMAND_PRIORITY_LOW, KEY_ENTER_COMMAND, type NodeKey } from 'lexical';
import { useEffect, type MouseEvent } from 'react';
import type { CitationRecord, Id } from '@shared/model';
import { rememberCitations } from './citation-lookup';
import { collapseWhitespace, truncateQuote } from './quote-text';
import { useLoadCitation, useOpenSpan } from './span-link-context';

const LOADING = 'loading';

/**
 * The chip a span link renders as: the quoted words (shortened) and their source, as text, read
 * live from the citation's row. Clicking it, or Enter while it is selected, opens the article
 * at the span.
 */
export function SpanLinkChip({ citationId, nodeKey }: { citationId: Id; nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const openSpan = useOpenSpan();
  const load = useLoadCitation();
  const row = useLiveQuery<CitationRecord | null, typeof LOADING>(
    async () => (load ? ((await load(citationId)) ?? null) : null),
    [load, citationId],
    LOADING,
  );
  const citation = row === LOADING ? null : row;

  useEffect(() => {
    if (citation) rememberCitations(editor, [[citationId, citation]]);
  }, [editor, citationId, citation]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!openSpan || !citation || !$isNodeSelection(selection)) return false;
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

  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    if (!event.shiftKey) clearSelection();
    setSelected(true);
    if (citation) openSpan?.(citation);
  };
  const className = `span-link${isSelected ? ' span-link--selected' : ''}`;

  if (!citation) {
    const words = row === LOADING ? '…' : 'citation not found';
    return (
      <span role="link" aria-disabled="true" className={`${className} span-link--missing`} onClick={onClick}>
        <span className="span-link__quote">{words}</span>
      </span>
    );
  }

  const quote = collapseWhitespace(citation.quote);
  const source = collapseWhitespace(citation.sourceLabel);
  const orphanNote = citation.orphan ? '\nThese words were not found in the newer version of the article.' : '';
  return (
    <span
      role="link"
      className={className}
      aria-label={source ? `${quote} — ${source}` : quote}
      title={`${source ? `“${quote}” — ${source}` : `“${quote}”`}\nOpen in the reader${orphanNote}`}
      data-article-id={citation.articleId}
      data-citation-id={citationId}
      onClick={onClick}
    >
      <span className="span-link__quote">“{truncateQuote(citation.quote)}”</span>
      {source && <span className="span-link__source">{source}</span>}
    </span>
  );
}
