import type { Transaction } from 'dexie';
import type { CitationRecord, NoteRecord } from '@shared/model';
import { extractCitations } from '@shared/notes/citation-links';
import { newId } from '../ids';

/**
 * Upgrade to schema v6: every citation a note's span links carried inside the note moves into
 * the citations table, and the node keeps only the row's id. A note's words and plain text do
 * not change; its cited articles are those of its citations (notes from before v3 were given
 * none then). A span link whose citation named no span stays as it was (the editor has always
 * shown such a link's words as text).
 */
export async function moveCitationsOutOfNotes(tx: Transaction): Promise<void> {
  const notes = tx.table<NoteRecord, string>('notes');
  const rows: CitationRecord[] = [];
  const rewritten: NoteRecord[] = [];
  for (const note of await notes.toArray()) {
    if (typeof note.content !== 'string') continue;
    const { content, citations } = extractCitations(note.content, newId);
    if (citations.length === 0) continue;
    rows.push(...citations);
    rewritten.push({ ...note, content, citedArticleIds: [...new Set(citations.map((c) => c.articleId))] });
  }
  await tx.table<CitationRecord, string>('citations').bulkAdd(rows);
  await notes.bulkPut(rewritten);
}
