/**
 * Agreement in the dossier: when its highlights are more than one coder's, a section with the
 * figures (overall and per tag, in words) and the passages the coders disagree on, each linked
 * to its words in the appendix. Computed like View › Agreement (src/shared/agreement): only on
 * words someone tagged; a coder who tagged nothing in an article counts as missing there.
 */
import type { NominalAgreement } from '../agreement/nominal';
import { computeAgreement } from '../agreement/report';
import { codedHighlights } from '../agreement/coded-highlights';
import type { DossierContext } from './context';

/** Stands for the highlights of the person exporting (they carry no coderId). */
export const OWN_CODER = 'own';
/** Disagreements listed in the dossier; the app's Agreement CSV has them all. */
export const DOSSIER_DISAGREEMENTS = 100;

export interface AgreementDossierView {
  coders: string[];
  overall: NominalAgreement;
  byTag: { name: string; stats: NominalAgreement }[];
  disagreementCount: number;
  disagreements: { sourceLabel: string; text: string; anchor: string | null; tagsByCoder: string[] }[];
}

export function agreementDossierView(ctx: DossierContext): AgreementDossierView | null {
  const { input } = ctx;
  const { spans, codedBy } = codedHighlights(input.highlights, OWN_CODER, (_coder, articleId) => ctx.byId.has(articleId));
  const coders = [...new Set(spans.map((s) => s.coder))].sort((a, b) => (a === OWN_CODER ? -1 : b === OWN_CODER ? 1 : a.localeCompare(b)));
  if (coders.length < 2) return null;
  const report = computeAgreement({
    coders,
    articles: input.articles.map((a) => ({ id: a.record.id, text: a.text })),
    spans,
    unit: 'word',
    codedBy,
  });
  const names = input.coderNames ?? {};
  const coderName = (id: string, i: number) => names[id] ?? (id === OWN_CODER ? 'The exporting coder' : `Coder ${i + 1}`);
  const tagName = new Map(input.tags.map((t) => [t.id, t.name]));
  const texts = new Map(input.articles.map((a) => [a.record.id, a.text]));
  return {
    coders: coders.map(coderName),
    overall: report.overall,
    byTag: [...report.byTag].map(([id, stats]) => ({ name: tagName.get(id) ?? '(a deleted tag)', stats })),
    disagreementCount: report.disagreements.length,
    disagreements: report.disagreements.slice(0, DOSSIER_DISAGREEMENTS).map((d) => ({
      sourceLabel: ctx.byId.get(d.article)?.label ?? d.article,
      text: texts.get(d.article)?.slice(d.start, d.end) ?? '',
      anchor: ctx.placeId(d.article, d.start),
      tagsByCoder: d.tagsByCoder.map((tags) => (tags === null ? 'did not code this article' : tags.length === 0 ? 'nothing' : tags.map((t) => tagName.get(t) ?? '(a deleted tag)').join(', '))),
    })),
  };
}
