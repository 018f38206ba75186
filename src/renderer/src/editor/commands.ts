import { createCommand, type LexicalCommand } from 'lexical';
import type { SpanCitation } from '@shared/model';

/** Inserts a span link for the citation at the selection, or at the end of the note without one. */
export const INSERT_SPAN_LINK_COMMAND: LexicalCommand<SpanCitation> = createCommand('INSERT_SPAN_LINK_COMMAND');
