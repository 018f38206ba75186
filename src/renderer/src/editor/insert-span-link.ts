import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  type BaseSelection,
} from 'lexical';
import type { Id } from '@shared/model';
import { $createSpanLinkNode, type SpanLinkNode } from './SpanLinkNode';

/** A caret at the very end of the note, in a paragraph (added if the note ends without a block of text). */
function $selectEndOfNote(): BaseSelection {
  const root = $getRoot();
  const last = root.getLastChild();
  if ($isElementNode(last) && !last.isInline()) return root.selectEnd();
  const paragraph = $createParagraphNode();
  root.append(paragraph);
  return paragraph.select();
}

/**
 * Inserts a span link naming a stored citation at the selection (replacing selected text), or at
 * the end of the note when the editor has no selection. Must run inside an editor update.
 */
export function $insertSpanLink(citationId: Id): SpanLinkNode {
  const node = $createSpanLinkNode(citationId);
  const current = $getSelection();
  const selection = $isRangeSelection(current) || $isNodeSelection(current) ? current : $selectEndOfNote();
  selection.insertNodes([node]);
  return node;
}
