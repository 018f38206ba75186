import { anchor } from '@shared/anchoring/anchor';
import { describe } from '@shared/anchoring/describe';
import { reanchorAll } from '@shared/anchoring/reanchor';
import type { AnchorResult } from '@shared/anchoring/types';
import type { ArticleRecord, HighlightRecord, Id, NoteRecord, VersionReport } from '@shared/model';
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

  const notes = await db.notes.where('articleId').equals(previous.id).toArray();
  const citing = await db.notes.where('citedArticleIds').equals(previous.id).toArray();
  const touched = new Map<Id, NoteRecord>();
  for (const note of notes) touched.set(note.id, { ...note, articleId: newId });
  for (const note of citing) {
    const base = touched.get(note.id) ?? note;
    const { content, count } = repointCitations(base.content, previous.id, newId, newText);
    report.citations += count;
    touched.set(note.id, {
      ...base,
      content,
      citedArticleIds: [...new Set(base.citedArticleIds.map((id) => (id === previous.id ? newId : id)))],
    });
  }
  await db.notes.bulkPut([...touched.values()]);
  return report;
}

/**
 * Re-points the span links inside a note's serialised content (any node carrying a
 * `citation` with the old article id) at the new version, re-anchoring each quote. A quote
 * that cannot be found keeps its words and old position and is marked `orphan`.
 */
export function repointCitations(content: string, oldId: Id, newId: Id, newText: string): { content: string; count: number } {
  let state: unknown;
  try {
    state = JSON.parse(content);
  } catch {
    return { content, count: 0 };
  }
  let count = 0;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const record = node as { citation?: { articleId?: string; selectors?: HighlightRecord['selectors']; start?: number; end?: number; orphan?: boolean }; children?: unknown[]; root?: unknown };
    const citation = record.citation;
    if (citation && citation.articleId === oldId && citation.selectors) {
      const result: AnchorResult = anchor(newText, citation.selectors);
      citation.articleId = newId;
      if (result.status !== 'orphan') {
        citation.start = result.span.start;
        citation.end = result.span.end;
        citation.selectors = describe(newText, result.span.start, result.span.end);
        delete citation.orphan;
      } else {
        citation.orphan = true;
      }
      count++;
    }
    if (record.root) visit(record.root);
    for (const child of record.children ?? []) visit(child);
  };
  visit(state);
  return { content: count > 0 ? JSON.stringify(state) : content, count };
}
