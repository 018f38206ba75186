import { $getEditor, type LexicalEditor } from 'lexical';
import type { Id, SpanCitation } from '@shared/model';

/**
 * The citations an editor's span links name, as far as the editor knows them: a span-link node
 * holds only its citation's id (the row lives in the database), but its text content (the
 * note's plain text, search, copying as text) is the cited words. The live editor learns each
 * row as its chip loads it; the headless summary is told the rows before it reads.
 */
const known = new WeakMap<LexicalEditor, Map<Id, SpanCitation>>();

export function rememberCitations(editor: LexicalEditor, citations: Iterable<readonly [Id, SpanCitation]>): void {
  let map = known.get(editor);
  if (!map) {
    map = new Map();
    known.set(editor, map);
  }
  for (const [id, citation] of citations) map.set(id, citation);
}

export function forgetCitations(editor: LexicalEditor): void {
  known.delete(editor);
}

/** The citation `id` names, in the editor being read or updated; undefined when not known (yet). */
export function $knownCitation(id: Id): SpanCitation | undefined {
  let editor: LexicalEditor;
  try {
    editor = $getEditor();
  } catch {
    // Outside a read or an update there is no editor to ask.
    return undefined;
  }
  return known.get(editor)?.get(id);
}
