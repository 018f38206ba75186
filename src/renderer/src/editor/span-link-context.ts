import { createContext, useContext } from 'react';
import type { SpanCitation } from '@shared/model';

/** What a span link chip does when it is followed (clicked, or Enter while it is selected). */
export type OpenSpanHandler = (citation: SpanCitation) => void;

export const SpanLinkContext = createContext<OpenSpanHandler | null>(null);

export function useOpenSpan(): OpenSpanHandler | null {
  return useContext(SpanLinkContext);
}
