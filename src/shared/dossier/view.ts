/**
 * The dossier as a view model: what the HTML and Markdown builders render (and what any other
 * format can reuse). Sections switched off are null.
 */
import { type AgreementDossierView, agreementDossierView } from './agreement';
import { type AppendixArticle, appendixArticles } from './appendix';
import { type ComparisonView, comparisonView } from './comparison';
import { buildContext, type DossierContext } from './context';
import { type NoteView, noteViews } from './notes';
import { passagesByTag, type TagPassages } from './passages';
import { type SourceRow, sourceRows } from './sources';
import type { DossierInput, DossierOptions } from './types';

export interface DossierView {
  title: string;
  createdAt: string;
  cover: { title: string; createdAt: string; articleCount: number; highlightCount: number; noteCount: number } | null;
  sources: SourceRow[] | null;
  passages: TagPassages[] | null;
  notes: NoteView[] | null;
  comparison: ComparisonView | null;
  /** Inter-coder agreement, with the passages, when the highlights are more than one coder's. */
  agreement: AgreementDossierView | null;
  appendix: AppendixArticle[] | null;
  context: DossierContext;
}

export function buildDossierView(input: DossierInput, options: DossierOptions): DossierView {
  const s = options.sections;
  const ctx = buildContext(input, s.appendix);
  const notes = s.notes || s.cover ? noteViews(ctx) : [];
  const highlightCount = input.highlights.filter((h) => ctx.byId.has(h.articleId)).length;
  return {
    title: input.title,
    createdAt: input.createdAt,
    cover: s.cover ? { title: input.title, createdAt: input.createdAt, articleCount: ctx.articles.length, highlightCount, noteCount: notes.length } : null,
    sources: s.sources ? sourceRows(ctx) : null,
    passages: s.passages ? passagesByTag(ctx) : null,
    notes: s.notes ? notes : null,
    comparison: s.comparison ? comparisonView(ctx) : null,
    agreement: s.passages ? agreementDossierView(ctx) : null,
    appendix: s.appendix ? appendixArticles(ctx) : null,
    context: ctx,
  };
}

/** "19 May 2021" from an ISO timestamp (UTC), or the string as given. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
