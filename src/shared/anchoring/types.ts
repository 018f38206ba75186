/**
 * Selectors that say where a highlight sits in an article's text, after the W3C Web Annotation
 * model (https://www.w3.org/TR/annotation-model/#selectors). They are plain objects so they can be
 * stored, sent between processes and compared without any class behind them.
 *
 * Every offset is a UTF-16 code unit offset into the *normalised* article text (see
 * `normaliseArticleText` in `src/shared/ingest/normalise.ts`), with `end` exclusive.
 */

/** Where the span was: cheap to check, wrong as soon as anything before it changes. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What the span said and what surrounded it: survives edits, used to find the span again. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 code units immediately before `exact` (fewer at the start of the text). */
  prefix: string;
  /** Up to 32 code units immediately after `exact` (fewer at the end of the text). */
  suffix: string;
}

/** The pair we keep for every highlight or note: the position is a hint, the quote is the truth. */
export interface SpanSelectors {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

/** A half-open range `[start, end)` of UTF-16 offsets into the normalised article text. */
export interface Span {
  start: number;
  end: number;
}

/** Why a span could not be placed. We never guess: an orphan is shown as such to the researcher. */
export type OrphanReason =
  /** The stored quote is empty, so there is nothing to look for. */
  | 'empty-quote'
  /** Nothing in the text resembles the quote closely enough to be considered at all. */
  | 'not-found'
  /** Something resembles the quote, but neither it nor its surroundings agree well enough to trust it. */
  | 'weak-match';

export type AnchorResult =
  /** The stored position still holds the exact quote. */
  | { status: 'exact'; span: Span }
  /** The exact quote was found somewhere else (text was added or removed before it, or it moved). */
  | { status: 'moved'; span: Span }
  /**
   * The quote itself was edited; `span` is the best approximate match, `quoteFound` the text it
   * now covers and `score` (0..1) how confident the match is.
   */
  | { status: 'changed'; span: Span; score: number; quoteFound: string }
  /** The passage could not be found with confidence. */
  | { status: 'orphan'; reason: OrphanReason };

export type AnchorStatus = AnchorResult['status'];

export interface AnchorOptions {
  /**
   * Where the span is expected to start in the text being searched. Defaults to the stored
   * position's start. `reanchorAll` passes a better hint when it knows how the text changed.
   */
  hint?: number;
  /** Minimum normalised score (0..1) an approximate match needs. Defaults to `DEFAULT_MIN_SCORE`. */
  minScore?: number;
  /** Minimum similarity (0..1) of the matched text to the quote. Defaults to `DEFAULT_MIN_QUOTE_SIMILARITY`. */
  minQuoteSimilarity?: number;
}
