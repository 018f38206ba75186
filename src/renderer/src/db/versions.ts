import { anchor } from '@shared/anchoring/anchor';
import { describe } from '@shared/anchoring/describe';
import { reanchorAll } from '@shared/anchoring/reanchor';
import type { AnchorResult } from '@shared/anchoring/types';
import type { ArticleRecord, CitationRecord, HighlightRecord, Id, NoteRecord, VersionReport } from '@shared/model';
import type { ParallaxDB } from './schema';

/**
 * Carries an older version's highlights and notes over to the newer one, inside the caller's
 * transaction. Each highlight is re-anchored on the new text: kept, moved or changed, or,
 * when its words cannot be found with confidence, kept as an orphan that stays visible and
 * can be re-attached by hand. Nothing is dropped; the older version itself stays stored.
 */
export async function carryOverAnnotations(db: ParallaxDB, previous: ArticleRecord, newId: Id, newText: string): Promise<VersionReport> {
  const oldText = (await db.articleTexts.get(previous.id))?.text ?? '';
  const highlights = await db.highlights.where('articleId').equals(previous.id).toArray();
  const results = new Map(
    reanchorAll(
      oldText,
      newText,
      highlights.map((h) => ({ id: h.id, selectors: h.selectors })),
    ).map((r) => [r.id, r.result]),
  );
  const report: VersionReport = { previousVersionId: previous.id, exact: 0, moved: 0, changed: 0, orphaned: 0, citations: 0 };
  const now = Date.now();
  const moved: HighlightRecord[] = highlights.map((highlight) => {
    const result = results.get(highlight.id) ?? { status: 'orphan', reason: 'not-found' };
    if (result.status === 'orphan') {
      report.orphaned++;
      return { ...highlight, articleId: newId, anchorStatus: 'orphan', updatedAt: now };
    }
    report[result.status]++;
    const { start, end } = result.span;
    return { ...highlight, articleId: newId, start, end, selectors: describe(newText, start, end), anchorStatus: 'anchored', updatedAt: now };
  });
  await db.highlights.bulkPut(moved);

  // Citations are rows of their own: each is re-anchored here, once, and every note naming it
  // follows without being rewritten (only the cited-article index of citing notes changes).
  const citations = await db.citations.where('articleId').equals(previous.id).toArray();
  await db.citations.bulkPut(citations.map((citation) => reanchorCitation(citation, newId, newText)));
  report.citations = citations.length;

  const notes = await db.notes.where('articleId').equals(previous.id).toArray();
  const citing = await db.notes.where('citedArticleIds').equals(previous.id).toArray();
  const touched = new Map<Id, NoteRecord>();
  for (const note of notes) touched.set(note.id, { ...note, articleId: newId });
  for (const note of citing) {
    const base = touched.get(note.id) ?? note;
    touched.set(note.id, { ...base, citedArticleIds: [...new Set(base.citedArticleIds.map((id) => (id === previous.id ? newId : id)))] });
  }
  await db.notes.bulkPut([...touched.values()]);
  return report;
}

/**
 * A citation moved to the new version of its article, its quote re-anchored on the new text. A
 * quote that cannot be found keeps its words and old position and is marked `orphan`.
 */
export function reanchorCitation(citation: CitationRecord, newId: Id, newText: string): CitationRecord {
  const result: AnchorResult = anchor(newText, citation.selectors);
  if (result.status === 'orphan') return { ...citation, articleId: newId, orphan: true };
  const { start, end } = result.span;
  const { orphan: _orphan, ...rest } = citation;
  return { ...rest, articleId: newId, start, end, selectors: describe(newText, start, end) };
}
