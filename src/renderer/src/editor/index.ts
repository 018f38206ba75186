export { INSERT_SPAN_LINK_COMMAND } from './commands';
export { $insertSpanLink } from './insert-span-link';
export { NOTE_NODES } from './nodes';
export { CitationSourceContext, SpanLinkContext, useLoadCitation, useOpenSpan, type LoadCitation, type OpenSpanHandler } from './span-link-context';
export { $knownCitation, rememberCitations } from './citation-lookup';
export { SpanLinkPlugin } from './SpanLinkPlugin';
export {
  $createSpanLinkNode,
  $isSpanLinkNode,
  SPAN_LINK_TYPE,
  SPAN_LINK_VERSION,
  SpanLinkNode,
  type SerializedSpanLinkNode,
} from './SpanLinkNode';
export { emptyNoteContent, noteContentWithCitation, noteSummary, type NoteSummary } from './summary';
export { noteTheme } from './theme';
export { citationText, truncateQuote } from './quote-text';
