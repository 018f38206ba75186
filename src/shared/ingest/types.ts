import type { Result } from '../result';
import type { ArticlePart } from './article-part';

export type { ArticlePart } from './article-part';

/**
 * The ingest contract: bytes and a file name go in, a parsed article or a reason comes out.
 * Everything here is plain serialisable data so that it crosses workers, IPC and the CLI.
 */

export const ARTICLE_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx', 'rtf', 'eml', 'mhtml'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** The metadata fields a person can see, correct, and trace back to where they came from. */
export const METADATA_FIELDS = [
  'title',
  'outlet',
  'authors',
  'published',
  'dateline',
  'agencies',
  'url',
] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export interface ArticleMetadata {
  /** The headline; null when the file has none (never invented from the file name). */
  title: string | null;
  outlet: string | null;
  authors: string[];
  /** ISO 8601 date (`2021-05-19` or a full timestamp) when known, `--MM-DD` when no year is given, else null. */
  published: string | null;
  /** The place line that opens a wire story, e.g. "Copenhagen, May 19 (EFE)". */
  dateline: string | null;
  /** Wire agencies credited, e.g. ["AFP", "AP"]. */
  agencies: string[];
  url: string | null;
}

/** Where one metadata value was found, so the UI can show it and a person can judge it. */
export interface Provenance {
  /** e.g. "front matter", "<meta property=og:title>", "JSON-LD", "first line", "credit line", "docProps/core.xml". */
  source: string;
  /** The words in the file the value was read from, verbatim (short). */
  evidence: string;
}

export type ProvenanceMap = Partial<Record<MetadataField, Provenance>>;

/** A block of page furniture kept out of the body but stored, so a person can see and restore it. */
export interface BoilerplateBlock {
  text: string;
  /** Why it was judged boilerplate, in words, e.g. "comment form", "related links". */
  reason: string;
  /** Where it stood: the offset in the body text it was taken out at, when known, so it can be shown there again. */
  at?: number;
  /**
   * Set when a person put the block back in the text: the reader shows it in place, at `at`,
   * but the text itself never changes (src/renderer/src/db/boilerplate.ts says why).
   */
  restored?: true;
}

export interface ParsedArticle extends ArticleMetadata {
  format: ArticleFormat;
  /**
   * The body: Unicode NFC, `\n` line ends, paragraphs separated by blank lines or single
   * line breaks as the source had them. Never changes after import: spans index into it.
   */
  text: string;
  /** SHA-256 (hex) of `text`: the same text imported twice has the same fingerprint. */
  fingerprint: string;
  warnings: string[];
  provenance: ProvenanceMap;
  boilerplate: BoilerplateBlock[];
  /** Language tag when the source declares one. */
  lang: string | null;
  /** Set when the article was split out of a database export: its place in it and the export's own fields. */
  part?: ArticlePart;
  /** Set when the article was fetched from a link: where and when. */
  web?: WebSource;
  /** The bytes of the page it was fetched from, kept as its snapshot. */
  snapshot?: Uint8Array;
}

/** Where a fetched article came from: the link, where it led, what the page calls itself, and when. */
export interface WebSource {
  url: string;
  /** After redirects. */
  finalUrl: string;
  /** The address the page declares for itself (<link rel=canonical>, og:url), absolute; null when it declares none. */
  canonicalUrl: string | null;
  /** ISO 8601. */
  fetchedAt: string;
  contentType: string;
}

export const INGEST_ERROR_CODES = [
  'empty',
  'whitespace-only',
  'not-text',
  'too-large',
  'unsupported-type',
  'invalid-encoding',
  'no-article',
  'corrupt-file',
  'password-required',
  'wrong-password',
  'read-failed',
  /** The parse went past its time or memory budget and was stopped (budget.ts). */
  'over-budget',
  'internal',
] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

export interface IngestError {
  code: IngestErrorCode;
  /** A sentence for a person: what is wrong with this file and, where possible, what to do. */
  message: string;
}

export type IngestOutcome = { ok: true; article: ParsedArticle } | { ok: false; error: IngestError };

/** An article of an export that could not be taken, and why. */
export interface SkippedPart {
  index: number;
  count: number;
  title: string | null;
  /** A few words for the batch report: "empty body", "damaged", "missing". */
  reason: string;
  error: IngestError;
}

/** A database export split into its articles: every one it could read, and every one it could not. */
export interface SplitOutcome {
  ok: true;
  split: { layoutName: string; count: number; articles: ParsedArticle[]; skipped: SkippedPart[] };
}

/** What one file gives: one article, the articles of an export, or a reason in words. */
export type FileOutcome = IngestOutcome | SplitOutcome;

/** A file that could be read, as it crosses the bridge: the outcome's success side alone. */
export type ParsedFile = { article: ParsedArticle } | { split: SplitOutcome['split'] };

/**
 * A file's outcome in the one Result shape, so that the bridge answers Result<ParsedFile>
 * (an ingest error is the Result's error) and never a Result nested in a Result.
 */
export function fileResult(outcome: FileOutcome): Result<ParsedFile, IngestError> {
  if (!outcome.ok) return { ok: false, error: outcome.error };
  return { ok: true, value: 'split' in outcome ? { split: outcome.split } : { article: outcome.article } };
}

/** The articles a file gave, in order (none when it failed). */
export function articlesOf(outcome: FileOutcome): ParsedArticle[] {
  if (!outcome.ok) return [];
  return 'split' in outcome ? outcome.split.articles : [outcome.article];
}

export interface IngestOptions {
  /** Files larger than this are refused before parsing. Default 50 MB. */
  maxBytes?: number;
  /** Password for an encrypted PDF. */
  password?: string;
  /** The address a fetched page came from (after redirects): relative links in it are read against it. */
  baseUrl?: string;
  /** Longest one file's parse may take before its worker is ended (budget.ts; default 30 s). */
  timeBudgetMs?: number;
  /** Most heap one file's parse may use, in MB, where the worker can be bounded (default 768). */
  memoryBudgetMb?: number;
}

/** A date a file's properties give for the file itself. */
export interface FileDate {
  /** `YYYY-MM-DD` or a full ISO timestamp. */
  iso: string;
  /** Where it was read: "PDF metadata", "docProps/core.xml". */
  source: string;
  /** The property as written: "CreationDate: D:20250204…". */
  evidence: string;
  /** What the date is of: a file's creation (the default), an e-mail's sending, a saved page's saving. */
  kind?: 'created' | 'sent' | 'saved';
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * What a format parser hands back before the shared steps (normalisation, metadata from
 * prose, boilerplate, fingerprint) run. Metadata it found in the file's own structure
 * (HTML meta tags, front matter, docProps) goes here with its provenance.
 */
export interface ExtractedDocument {
  format: ArticleFormat;
  text: string;
  metadata: Partial<ArticleMetadata>;
  /**
   * The file's own date (a PDF's CreationDate, a DOCX's dcterms:created): when the file was
   * made, not when the article was published. Used only when the text gives no date, and
   * then labelled as such.
   */
  fileDate?: FileDate;
  provenance: ProvenanceMap;
  boilerplate: BoilerplateBlock[];
  warnings: string[];
  lang: string | null;
}

/** What a format extractor gives: the document, or why the file cannot be read (the one Result shape). */
export type ExtractResult = Result<ExtractedDocument, IngestError>;
