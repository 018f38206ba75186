import type { CitationRecord, Id, SpanCitation } from '@shared/model';
import { citationIdsOf } from '@shared/notes/citation-links';
import { newId } from './ids';
import type { ParallaxDB } from './schema';

/**
 * Span citations, one row each; a note's span-link node names its row by id.
 *
 * Rows are never deleted when a span link leaves a note, nor with the note: the editor's Undo,
 * the undo history's "put the note back", and a link copied into another note may all name the
 * row again later, and a row is a few hundred bytes. Backups carry only the rows notes name.
 */
export async function addCitation(db: ParallaxDB, citation: SpanCitation): Promise<CitationRecord> {
  const row: CitationRecord = { ...citation, id: newId() };
  await db.citations.add(row);
  return row;
}

export async function getCitation(db: ParallaxDB, id: Id): Promise<CitationRecord | undefined> {
  return db.citations.get(id);
}

/** The rows these ids name (unknown ids are left out), by id. */
export async function citationsById(db: ParallaxDB, ids: readonly Id[]): Promise<Map<Id, CitationRecord>> {
  const rows = ids.length ? await db.citations.bulkGet([...ids]) : [];
  return new Map(rows.filter((row): row is CitationRecord => row !== undefined).map((row) => [row.id, row]));
}

/** The rows the span links of these notes' contents name. */
export async function citationsOfContents(db: ParallaxDB, contents: readonly string[]): Promise<Map<Id, CitationRecord>> {
  return citationsById(db, [...new Set(contents.flatMap(citationIdsOf))]);
}
