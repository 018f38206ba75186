import type { SpanSelectors } from '../anchoring/types';
import type { SpanCitation } from '../model';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function readSelectors(value: unknown, start: number, end: number, quote: string): SpanSelectors {
  const position = isRecord(value) ? value.position : undefined;
  const quoteSelector = isRecord(value) ? value.quote : undefined;
  const positionOk = isRecord(position) && isOffset(position.start) && isOffset(position.end) && position.start <= position.end;
  const quoteOk =
    isRecord(quoteSelector) &&
    typeof quoteSelector.exact === 'string' &&
    typeof quoteSelector.prefix === 'string' &&
    typeof quoteSelector.suffix === 'string';
  return {
    position: positionOk
      ? { type: 'TextPositionSelector', start: position.start as number, end: position.end as number }
      : { type: 'TextPositionSelector', start, end },
    quote: quoteOk
      ? {
          type: 'TextQuoteSelector',
          exact: quoteSelector.exact as string,
          prefix: quoteSelector.prefix as string,
          suffix: quoteSelector.suffix as string,
        }
      : { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
  };
}

/**
 * A citation read from stored JSON, which may come from an older or newer Parallax or be damaged:
 * null when it does not name an article and a span; missing selectors are rebuilt from the
 * offsets and the quote (the quote is the truth when re-anchoring), a missing label is empty.
 */
export function readCitation(value: unknown): SpanCitation | null {
  if (!isRecord(value)) return null;
  const { articleId, start, end, quote } = value;
  if (typeof articleId !== 'string' || articleId === '') return null;
  if (!isOffset(start) || !isOffset(end) || start > end) return null;
  if (typeof quote !== 'string') return null;
  return {
    articleId,
    start,
    end,
    selectors: readSelectors(value.selectors, start, end, quote),
    quote,
    sourceLabel: typeof value.sourceLabel === 'string' ? value.sourceLabel : '',
    highlightId: typeof value.highlightId === 'string' ? value.highlightId : null,
    ...(typeof value.fingerprint === 'string' && /^[0-9a-f]{64}$/.test(value.fingerprint) ? { fingerprint: value.fingerprint } : {}),
  };
}

/** A deep copy, so that no two nodes (or a node and its caller) share a mutable citation. */
export function copyCitation(citation: SpanCitation): SpanCitation {
  const { position, quote } = citation.selectors;
  return {
    articleId: citation.articleId,
    start: citation.start,
    end: citation.end,
    selectors: {
      position: { type: position.type, start: position.start, end: position.end },
      quote: { type: quote.type, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    },
    quote: citation.quote,
    sourceLabel: citation.sourceLabel,
    highlightId: citation.highlightId,
    ...(citation.fingerprint ? { fingerprint: citation.fingerprint } : {}),
  };
}
