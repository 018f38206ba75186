import type { ExportFields, ExportLayoutId } from '../article-part';
import type { ArticleFormat, ArticleMetadata, ProvenanceMap } from '../types';

export { EXPORT_LAYOUTS, type ArticlePart, type ExportFields, type ExportLayoutId } from '../article-part';

/** One article as a layout module read it out of the export, before the shared finishing steps. */
export interface ExportPiece {
  /** Its body, paragraphs separated by blank lines; empty when the export holds none for it. */
  body: string;
  metadata: Partial<ArticleMetadata>;
  provenance: ProvenanceMap;
  fields: ExportFields;
  /** What is missing or odd in it, in words; it is imported all the same. */
  warnings: string[];
  /** Why this piece cannot be an article although it stands where one should (damaged export); null when it can. */
  damage: string | null;
}

/** A layout's reading of a whole export. */
export interface ExportReading {
  /** How many articles the export says it holds (its own count), or the pieces found when it says none. */
  declaredCount: number;
  pieces: ExportPiece[];
}

/** One module per layout: a conservative test, then the split. */
export interface ExportLayout {
  id: ExportLayoutId;
  /** The name a person knows it by, for provenance and reports. */
  name: string;
  /**
   * True only when the text has this layout's structure in full (its separators AND its
   * fields), so an essay that happens to contain "End of Document" stays one article.
   */
  detect(text: string): boolean;
  /** `source.format`: the format the text was extracted from (a PDF's text joins lines a Word file keeps apart). */
  split(text: string, source: { format: ArticleFormat }): ExportReading;
}

export function emptyFields(): ExportFields {
  return { section: null, words: null, documentId: null, language: null };
}
