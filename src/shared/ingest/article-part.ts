/**
 * Where an article split out of a database export stood in it. A leaf module (it imports
 * nothing), so that the ingest contract (types.ts) and the export splitters (exports/) can
 * both name it without importing each other.
 */

/** The database exports Parallax splits into their articles. */
export const EXPORT_LAYOUTS = ['lexisnexis-text', 'nexis-uni', 'factiva', 'proquest'] as const;
export type ExportLayoutId = (typeof EXPORT_LAYOUTS)[number];

/** Fields an export gives each article beyond the usual metadata. */
export interface ExportFields {
  section: string | null;
  /** The word count the database states ("LENGTH: 412 words"). */
  words: number | null;
  /** The database's own id for the document (Factiva accession number, ProQuest document ID). */
  documentId: string | null;
  /** The language the database names ("ENGLISH", "English"). */
  language: string | null;
}

/** Where a split-out article stood in its export: "article 7 of 10". */
export interface ArticlePart extends ExportFields {
  index: number;
  count: number;
  layout: ExportLayoutId;
  /** The layout's name, for people: "Nexis Uni". */
  layoutName: string;
}
