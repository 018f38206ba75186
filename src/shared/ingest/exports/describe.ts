import type { ArticlePart } from './types';

/** "article 7 of 10 in nexis-2024-05.docx (Nexis Uni export)": where a split-out article came from. */
export function describeArticlePart(part: Pick<ArticlePart, 'index' | 'count' | 'layoutName'>, fileName: string): string {
  return `article ${part.index} of ${part.count} in ${fileName} (${part.layoutName} export)`;
}

/** The export's own fields worth showing a person: "Section NEWS · 412 words · document COASTH00…". */
export function describeExportFields(part: ArticlePart): string | null {
  const bits = [
    part.section ? `section ${part.section}` : null,
    part.words !== null ? `${part.words} words` : null,
    part.documentId ? `document ${part.documentId}` : null,
  ].filter(Boolean);
  return bits.length > 0 ? bits.join(' · ') : null;
}
