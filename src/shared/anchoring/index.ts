/**
 * Anchoring: describe a span of an article's normalised text by position and quote, and find it
 * again after the text changes. Pure TypeScript, usable from main, workers, renderer and CLI.
 */
export type {
  AnchorOptions,
  AnchorResult,
  AnchorStatus,
  OrphanReason,
  Span,
  SpanSelectors,
  TextPositionSelector,
  TextQuoteSelector,
} from './types';
export { CONTEXT_LENGTH, describe } from './describe';
export {
  anchor,
  DEFAULT_MIN_QUOTE_SIMILARITY,
  DEFAULT_MIN_SCORE,
  LONG_QUOTE_LENGTH,
  SCORE_WEIGHTS,
} from './anchor';
export { reanchorAll, type ReanchoredSpan, type SpanToReanchor } from './reanchor';
