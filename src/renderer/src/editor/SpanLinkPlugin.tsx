import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { INSERT_SPAN_LINK_COMMAND } from './commands';
import { $insertSpanLink } from './insert-span-link';
import { SpanLinkNode } from './SpanLinkNode';

/** Answers INSERT_SPAN_LINK_COMMAND: a span link naming the stored citation, at the cursor. */
export function SpanLinkPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!editor.hasNodes([SpanLinkNode])) throw new Error('SpanLinkPlugin: SpanLinkNode is not registered on the editor.');
    return editor.registerCommand(
      INSERT_SPAN_LINK_COMMAND,
      (citationId) => {
        $insertSpanLink(citationId);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    );
  }, [editor]);
  return null;
}
