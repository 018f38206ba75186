/**
 * The corpus as it is stored: plain serialisable records. The Dexie schema in
 * src/renderer/db and the backup format share these types.
 */
import type { SpanSelectors } from './anchoring/types';
import type { ArticleFormat, ArticleMetadata, ArticlePart, BoilerplateBlock, MetadataField, ProvenanceMap, WebSource } from './ingest/types';

export type Id = string;

/** The small part of an article the library lists: no text, so 10,000 rows stay light. */
export interface ArticleRecord extends ArticleMetadata {
  id: Id;
  format: ArticleFormat;
  fingerprint: string;
  /** The name of the file it came from. */
  sourceName: string;
  importedAt: number;
  /** Number of characters of text, for the list. */
  length: number;
  warnings: string[];
  provenance: ProvenanceMap;
  /** Fields the user corrected: they win over extraction and survive re-import. */
  edits: Partial<Pick<ArticleMetadata, MetadataField>> & Record<string, unknown>;
  /** Articles sharing most of their text (the same wire story), by id. */
  nearDuplicateIds: Id[];
  /** The older version this one replaces, when a newer version of an article was imported. */
  previousVersionId: Id | null;
  /** What happened to the older version's highlights and notes when this version came in. */
  versionReport?: VersionReport;
  /** Indexed keys (URL; outlet + headline) by which a newer version of this article is recognised. */
  versionKeys: string[];
  lang: string | null;
  /** Its place in the database export it was split out of ("article 7 of 10"), with the export's own fields. */
  part?: ArticlePart;
  /** For an article fetched from a link: the link, where it led, the page's canonical address, the fetch time. */
  web?: WebSource;
}

export interface VersionReport {
  previousVersionId: Id;
  /** Highlights whose words stood where they were, moved, changed a little, or could not be found. */
  exact: number;
  moved: number;
  changed: number;
  orphaned: number;
  /** Span links inside notes that were re-pointed at this version. */
  citations: number;
}

/**
 * The page an article was fetched from, as the server sent it: the snapshot a person can go
 * back to when the live page changes or disappears. Same id as its article. Not part of
 * backups (a backup carries the corpus's text, not the pages it came from).
 */
export interface SnapshotRecord {
  id: Id;
  url: string;
  finalUrl: string;
  fetchedAt: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The heavy part, loaded only when an article is opened. */
export interface ArticleTextRecord {
  id: Id;
  text: string;
  boilerplate: BoilerplateBlock[];
}

/** What near-duplicate detection keeps per article (see src/shared/similarity). */
export interface ArticleShinglesRecord {
  id: Id;
  /** MinHash band keys, indexed: articles sharing a key are candidates. */
  bands: string[];
  /** Sorted hashes of the article's word shingles, for the exact check. */
  shingles: Uint32Array;
}

export interface TagRecord {
  id: Id;
  name: string;
  color: string;
  description: string;
  parentId: Id | null;
  /** Position among siblings, for the codebook's order. */
  order: number;
  createdAt: number;
}

/**
 * A named set of articles a person keeps together (a Zotero collection): "Week one", "Wire copy".
 * An article can be in any number of collections; a collection holds its articles by id, in the
 * order they were added.
 */
export interface CollectionRecord {
  id: Id;
  name: string;
  articleIds: Id[];
  createdAt: number;
  updatedAt: number;
}

export interface HighlightRecord {
  id: Id;
  articleId: Id;
  start: number;
  end: number;
  selectors: SpanSelectors;
  tagIds: Id[];
  /** 'anchored' normally; 'orphan' when a newer version of the article no longer holds the words. */
  anchorStatus: 'anchored' | 'orphan';
  createdAt: number;
  updatedAt: number;
  /**
   * In a shared project, the member whose highlight this is (another coder's, received through
   * sync). Absent for this device's own user's highlights, shared or not (see sync/project.ts).
   */
  coderId?: string;
}

export interface NoteRecord {
  id: Id;
  /** The note's rich text, as serialised Lexical editor state (JSON). */
  content: string;
  /** Plain text of the note, for search and previews. */
  plainText: string;
  articleId: Id | null;
  highlightId: Id | null;
  /** Articles whose spans the note cites (span links inside its content), for "notes citing this article". */
  citedArticleIds: Id[];
  createdAt: number;
  updatedAt: number;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * A quoted span of one article, as a note cites it: enough to show the words and their source
 * without opening the article, and the selectors to find the words again if the text changes.
 */
export interface SpanCitation {
  articleId: Id;
  start: number;
  end: number;
  selectors: SpanSelectors;
  /** The quoted words. */
  quote: string;
  /** "Outlet, date" or the article's title: how the citation names its source. */
  sourceLabel: string;
  /** The highlight the span came from, when it was cited from one. */
  highlightId: Id | null;
  /**
   * The article's fingerprint (SHA-256 of its text): in a shared project each member's device has
   * its own article ids, so a citation written on one device finds its article on another by this.
   */
  fingerprint?: string;
}

/**
 * A span citation as the database keeps it: one row per span link, named by `id` from the note
 * (whose Lexical node holds only that id, as Lexical's CommentPlugin keeps comments apart from
 * the text). Re-anchoring a citation on a newer version of its article updates this one row.
 */
export interface CitationRecord extends SpanCitation {
  id: Id;
  /** Set when the quote could not be found again in a newer version: the words and old offsets are kept. */
  orphan?: true;
}
