/**
 * Agreement as CSV, in the dossier's CSV dialect (src/shared/dossier/csv.ts: RFC 4180, every
 * field quoted, formulas defused, CRLF, a UTF-8 byte order mark): one file of figures (overall,
 * then per article, then per tag) and one of the disagreements with each coder's tags.
 */
import { csvRecord } from '../dossier/csv';
import type { NominalAgreement } from './nominal';
import type { AgreementReport } from './report';

const BOM = '\uFEFF';
/** Figures are rounded for reading: three decimals is how kappa and alpha are reported in papers. */
const DECIMALS = 3;

export const AGREEMENT_CSV_COLUMNS = ['scope', 'name', 'unit', 'units compared', 'percent agreement', 'cohen kappa', 'krippendorff alpha'] as const;
export const DISAGREEMENT_CSV_COLUMNS = ['article', 'start', 'end', 'units', 'words'] as const;

const figure = (value: number | null) => (value === null ? '' : value.toFixed(DECIMALS));

export interface AgreementNames {
  article: (id: string) => string;
  tag: (id: string) => string;
  coder: (id: string) => string;
}

export function agreementCsv(report: AgreementReport, names: AgreementNames): string {
  const row = (scope: string, name: string, stats: NominalAgreement) =>
    csvRecord([scope, name, report.unit, stats.pairableUnits, figure(stats.percent === null ? null : stats.percent * 100), figure(stats.kappa), figure(stats.alpha)]);
  let out = BOM + csvRecord([...AGREEMENT_CSV_COLUMNS]);
  out += row('overall', '', report.overall);
  for (const [id, stats] of report.byArticle) out += row('article', names.article(id), stats);
  for (const [id, stats] of report.byTag) out += row('tag', names.tag(id), stats);
  return out;
}

/** The disagreements, a column of tags per coder; `words` is the passage's text when `text` can give it. */
export function disagreementsCsv(report: AgreementReport, names: AgreementNames, text: (article: string) => string | undefined): string {
  let out = BOM + csvRecord([...DISAGREEMENT_CSV_COLUMNS, ...report.coders.map(names.coder)]);
  for (const d of report.disagreements) {
    const words = text(d.article)?.slice(d.start, d.end) ?? '';
    const coded = d.tagsByCoder.map((tags) => (tags === null ? '(did not code this article)' : tags.length ? tags.map(names.tag).join('; ') : '(nothing)'));
    out += csvRecord([names.article(d.article), d.start, d.end, d.units, words, ...coded]);
  }
  return out;
}
