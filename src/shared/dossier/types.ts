/**
 * What every dossier builder reads (HTML, Markdown, CSV, W3C Web Annotation, DOCX, REFI-QDA):
 * plain, already-loaded corpus records, so the builders stay pure and synchronous. The shape is
 * shared with docx.ts and qdpx.ts: change it only by adding optional fields.
 */
import type { Comparison } from '../compare/types';
import type { BoilerplateBlock } from '../ingest/types';
import type { ArticleRecord, CollectionRecord, HighlightRecord, NoteRecord, TagRecord } from '../model';

/** One article of the dossier: its record (metadata as extracted plus the person's edits) and its text. */
export interface DossierArticle {
  record: ArticleRecord;
  /** The stored body text; every highlight's and citation's offsets index into it. */
  text: string;
  /** Page furniture kept out of the text (not shown in dossiers; carried for formats that keep it). */
  boilerplate?: BoilerplateBlock[];
}

/**
 * The material of one dossier. Articles appear in the order given here (sources table, appendix:
 * article n is anchored `a<n>`, 1-based). Highlights, notes and tags not about these articles
 * are ignored where they need an article, so a caller may pass the whole codebook.
 */
export interface DossierInput {
  /** Shown on the cover and as the document title. */
  title: string;
  /** ISO 8601 timestamp of the export (the cover's date; `generated` in the W3C export). */
  createdAt: string;
  articles: DossierArticle[];
  /** The codebook (any subset; the tree is rebuilt from parentId/order). */
  tags: TagRecord[];
  highlights: HighlightRecord[];
  /**
   * Notes. `content` is serialised Lexical editor state: `{"root":{"children":[…]}}` with
   * paragraph, heading, quote, list/listitem, link/autolink, text (format bit mask: 1 bold,
   * 2 italic, 4 strikethrough, 8 underline, 16 code), linebreak and `span-link` nodes; a span link
   * carries `citation` (a SpanCitation: articleId, start, end, selectors, quote, sourceLabel,
   * highlightId), written in from the citations table (src/shared/notes/citation-links.ts).
   */
  notes: NoteRecord[];
  /** The comparison of (some of) these articles, when the dossier includes its findings. */
  comparison?: Comparison | null;
  /**
   * Coders' names, by a highlight's `coderId` (and `own` for highlights without one: the person
   * exporting), for the agreement section a dossier gets when its highlights are several coders'.
   */
  coderNames?: Record<string, string>;
  /** Collections (named sets of articles); the REFI-QDA export writes those holding exported articles as sets. */
  collections?: CollectionRecord[];
}

export interface DossierSections {
  /** Title, date, counts. */
  cover: boolean;
  /** Title, outlet, authors, date, agencies, file for each article. */
  sources: boolean;
  /** Highlighted passages grouped by tag in codebook order. */
  passages: boolean;
  /** Notes with the spans they cite. */
  notes: boolean;
  /** Comparison findings (only when the input carries a comparison). */
  comparison: boolean;
  /** Each article's full text with its highlights marked: the target of every quote's link. */
  appendix: boolean;
}

export interface DossierOptions {
  sections: DossierSections;
}

export const ALL_SECTIONS: DossierSections = {
  cover: true,
  sources: true,
  passages: true,
  notes: true,
  comparison: true,
  appendix: true,
};

export const DEFAULT_DOSSIER_OPTIONS: DossierOptions = { sections: ALL_SECTIONS };
