import { createCommand, type LexicalCommand } from 'lexical';
import type { Id } from '@shared/model';

/** Inserts a span link naming a stored citation (by id) at the selection, or at the end of the note without one. */
export const INSERT_SPAN_LINK_COMMAND: LexicalCommand<Id> = createCommand('INSERT_SPAN_LINK_COMMAND');
