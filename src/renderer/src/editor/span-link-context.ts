import { createContext, useContext } from 'react';
import type { CitationRecord, Id, SpanCitation } from '@shared/model';

/** What a span link chip does when it is followed (clicked, or Enter while it is selected). */
export type OpenSpanHandler = (citation: SpanCitation) => void;

export const SpanLinkContext = createContext<OpenSpanHandler | null>(null);

export function useOpenSpan(): OpenSpanHandler | null {
  return useContext(SpanLinkContext);
}

/**
 * Where a chip reads the citation its node names (a database read, so that the chip follows the
 * row live: a re-anchor shows at once). Null outside an app that provides one.
 */
export type LoadCitation = (id: Id) => Promise<CitationRecord | undefined>;

export const CitationSourceContext = createContext<LoadCitation | null>(null);

export function useLoadCitation(): LoadCitation | null {
  return useContext(CitationSourceContext);
}
