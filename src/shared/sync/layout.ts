/**
 * What each shared document holds, written down on purpose (see names.ts for how they are named).
 *
 * Why this split: a blind coding round must withhold one coder's highlights from another, so
 * highlights live in one document per coder, and the server decides per document whom to send
 * it to. Notes are edited live with Lexical's own Yjs binding, which wants a document of its
 * own. Everything the whole team shares and edits rarely (the corpus's metadata, which articles
 * it holds, corrections, page furniture, the codebook) is one project document, small even at
 * 10,000 articles because texts are not in it: a text is immutable and content-addressed by
 * its fingerprint, stored once (a `text` document written once) and never re-sent.
 *
 * Articles are named by fingerprint everywhere in a project (not by the local ids, which differ
 * between members): two members importing the same file converge on one article.
 * The same holds inside a note: a span link names a citation by id, and the note's document
 * holds the citation (NOTE.citations), its article by fingerprint.
 * Offsets (highlight start/end) are UTF-16 code units into the article's text as imported,
 * `end` exclusive: putting page furniture back never changes the text (it is shown in place,
 * src/renderer/src/db/boilerplate.ts), so furniture choices move no offset.
 */
import type { MetadataField } from '../ingest/types';

/** Top-level types of the project document. */
export const PROJECT = {
  /** Y.Map: name, description, createdAt. Only the owner changes it. */
  corpus: 'corpus',
  /** Y.Map<fingerprint, ArticleEntry>: the article manifest (metadata as extracted, no text). */
  articles: 'articles',
  /** Y.Map<fingerprint, Y.Map<MetadataField, value>>: corrections, one register per field. */
  corrections: 'corrections',
  /** Y.Map<"fingerprint:blockIndex", FurnitureChoice>: blocks of page furniture put back in the text. */
  furniture: 'furniture',
  /** Y.Map<tagId, Y.Map<TagField, value>>: the codebook; entries are never removed (tombstones). */
  tags: 'tags',
  /** Y.Map<noteId, NoteIndexEntry>: which note documents the project has, so members find them. */
  notes: 'notes',
  /**
   * Y.Map<collectionId, Y.Map<CollectionField, value>>: named sets of articles (collections.ts);
   * entries are never removed (tombstones), and each holds its articles as a Y.Map of its own.
   */
  collections: 'collections',
} as const;

/** Top-level types of a coder document. */
export const CODER = {
  /** Y.Map<highlightId, HighlightEntry>: a whole entry is replaced on every change (one writer). */
  highlights: 'highlights',
} as const;

/** Top-level types of a note document. */
export const NOTE = {
  /** Y.Map: NoteMeta fields. */
  meta: 'meta',
  /** Y.XmlText: the note's content, as Lexical's Yjs binding (@lexical/yjs) lays it out. */
  content: 'root',
  /**
   * Y.Map<citationId, CitationEntry>: the span citations the note's span links name (a link
   * keeps only the id, as in the corpus's citations table), so re-anchoring changes one entry.
   */
  citations: 'citations',
} as const;

/** Top-level types of a text document. */
export const TEXT = {
  /** Y.Map: text (string) and boilerplate (BoilerplateEntry[]), set once. */
  body: 'body',
} as const;

export interface CorpusInfo {
  name: string;
  description: string;
  createdAt: number;
}

export const CORPUS_FIELDS = ['name', 'description', 'createdAt'] as const;

export interface ArticleEntry {
  fingerprint: string;
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  dateline: string | null;
  agencies: string[];
  url: string | null;
  lang: string | null;
  format: string;
  sourceName: string;
  /** Characters of text, so a member can show the article before its text arrives. */
  length: number;
  addedBy: string;
  addedAt: number;
}

export const ARTICLE_ENTRY_FIELDS = [
  'fingerprint', 'title', 'outlet', 'authors', 'published', 'dateline', 'agencies', 'url', 'lang', 'format', 'sourceName', 'length', 'addedBy', 'addedAt',
] as const;

/** A correction register: the corrected value of one metadata field (as ArticleRecord.edits holds it). */
export type CorrectionValue = string | string[] | null;
export type CorrectionField = MetadataField;

export interface FurnitureChoice {
  restored: true;
  by: string;
  at: number;
}

/**
 * Where a tag sits. Stored as one value so a move is atomic; `clock` is a Lamport counter (one
 * more than the highest clock the mover had seen) so that every replica orders concurrent
 * moves the same way (see codebook-tree.ts).
 */
export interface TagPlacement {
  parentId: string | null;
  /** Where the tag was before this move: where it goes back to if this move would make a cycle. */
  previousParentId: string | null;
  order: number;
  clock: number;
  /** The member who moved it (breaks ties between equal clocks). */
  by: string;
}

/** The fields of one tag's Y.Map in the project document. */
export interface TagEntry {
  name: string;
  color: string;
  description: string;
  createdAt: number;
  createdBy: string;
  placement: TagPlacement;
  /** When the tag was deleted: it stays as a tombstone so highlights that carry it are never orphaned silently. */
  deletedAt: number | null;
  /** The tag it was merged into, when the deletion was a merge: highlights with this tag count as that one. */
  mergedInto: string | null;
}

export const TAG_FIELDS = ['name', 'color', 'description', 'createdAt', 'createdBy', 'placement', 'deletedAt', 'mergedInto'] as const;

export interface HighlightEntry {
  id: string;
  /** The article, by fingerprint. */
  article: string;
  start: number;
  end: number;
  /** The words, and the quote context (W3C TextQuoteSelector), to re-anchor if needed. */
  exact: string;
  prefix: string;
  suffix: string;
  tagIds: string[];
  createdAt: number;
  updatedAt: number;
}

export const HIGHLIGHT_FIELDS = ['id', 'article', 'start', 'end', 'exact', 'prefix', 'suffix', 'tagIds', 'createdAt', 'updatedAt'] as const;

/** A span citation of a note, as the note's document shares it: its article by fingerprint. */
export interface CitationEntry {
  article: string;
  start: number;
  end: number;
  /** The quoted words, and their context (W3C TextQuoteSelector) to find them again. */
  quote: string;
  prefix: string;
  suffix: string;
  sourceLabel: string;
  /** The highlight it was cited from (highlight ids are the same on every member's device), or null. */
  highlight: string | null;
  /** The words could not be found again in a newer version of the article. */
  orphan: boolean;
}

export const CITATION_FIELDS = ['article', 'start', 'end', 'quote', 'prefix', 'suffix', 'sourceLabel', 'highlight', 'orphan'] as const;

export interface NoteMeta {
  createdBy: string;
  createdAt: number;
  /** The article the note is attached to, by fingerprint, or null. */
  article: string | null;
  /** The highlight it is attached to, as "coderMemberId:highlightId", or null. */
  highlight: string | null;
}

export const NOTE_META_FIELDS = ['createdBy', 'createdAt', 'article', 'highlight'] as const;

/** A note in the project's index: its document is `<project>/note/<id>`. Deleting leaves a tombstone. */
export interface NoteIndexEntry {
  createdBy: string;
  createdAt: number;
  deletedAt: number | null;
}

export const NOTE_INDEX_FIELDS = ['createdBy', 'createdAt', 'deletedAt'] as const;

export interface BoilerplateEntry {
  text: string;
  reason: string;
  at?: number;
}

/**
 * The fields of one collection's Y.Map in the project document. `members` is a nested
 * Y.Map<fingerprint, addedAt>, so that two members adding or taking out different articles at
 * once both keep their change (a list replaced whole would keep only the last writer's).
 */
export interface CollectionEntry {
  name: string;
  createdAt: number;
  createdBy: string;
  /** When the collection was deleted: a tombstone, so a device that was offline learns of it. */
  deletedAt: number | null;
}

export const COLLECTION_FIELDS = ['name', 'createdAt', 'createdBy', 'deletedAt', 'members'] as const;
export const REQUIRED_COLLECTION_FIELDS = ['name', 'createdAt', 'createdBy', 'members'] as const;
