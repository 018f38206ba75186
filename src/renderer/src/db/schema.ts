import Dexie, { type EntityTable } from 'dexie';
import { articleVersionKeys } from '@shared/version-keys';
import { changeFunnel } from './changes';
import { linkExistingNearDuplicates } from './migrations/v2-near-duplicates';
import { moveCitationsOutOfNotes } from './migrations/v6-citations';
import type {
  ArticleRecord,
  ArticleShinglesRecord,
  ArticleTextRecord,
  CitationRecord,
  CollectionRecord,
  HighlightRecord,
  MetaRecord,
  NoteRecord,
  SnapshotRecord,
  TagRecord,
} from '@shared/model';

export const DATABASE_NAME = 'parallax';

/** Schema version 1, as published: kept as a constant so the upgrade tests open a real v1 database. */
export const SCHEMA_V1 = {
  articles: 'id, &fingerprint, title, outlet, published, importedAt, sourceName, *nearDuplicateIds, previousVersionId',
  articleTexts: 'id',
  tags: 'id, name, parentId',
  highlights: 'id, articleId, *tagIds, createdAt',
  notes: 'id, articleId, highlightId, updatedAt',
  meta: 'key',
} as const;

/** Version 2 adds near-duplicate detection. */
export const SCHEMA_V2 = { articleShingles: 'id, *bands' } as const;

/** Version 4: finding the previous version of an import by index (URL; outlet + headline). */
export const SCHEMA_V4 = {
  articles: 'id, &fingerprint, title, outlet, published, importedAt, sourceName, *nearDuplicateIds, previousVersionId, *versionKeys',
} as const;

/** Version 3: annotation indexes. */
export const SCHEMA_V3 = {
  notes: 'id, articleId, highlightId, updatedAt, *citedArticleIds',
  tags: 'id, name, parentId, order',
  highlights: 'id, articleId, *tagIds, createdAt, anchorStatus',
} as const;

/** Version 5: the pages articles were fetched from, kept as their snapshots. */
export const SCHEMA_V5 = { snapshots: 'id' } as const;

/**
 * Version 6: span citations in their own table (a note's span-link node keeps only the id), so
 * that re-anchoring on a newer version of the article updates one row. By article, to find the
 * citations of an article; by highlight, for citations made from a highlight.
 */
export const SCHEMA_V6 = { citations: 'id, articleId, highlightId' } as const;

/**
 * Version 7: collections, named sets of articles. By name, for the menu; by article (multi-entry),
 * to find the collections an article is in when it is deleted.
 */
export const SCHEMA_V7 = { collections: 'id, name, *articleIds' } as const;

/**
 * The corpus. List data (articles) is kept apart from article text (articleTexts) so that the
 * library of 10,000 articles loads without reading every text.
 *
 * Schema versions are published: a change adds `this.version(n + 1)`, never edits an
 * earlier one, and test/renderer/db/migrations.test.ts opens a database of every version.
 */
export class ParallaxDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  articleTexts!: EntityTable<ArticleTextRecord, 'id'>;
  articleShingles!: EntityTable<ArticleShinglesRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'id'>;
  highlights!: EntityTable<HighlightRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  citations!: EntityTable<CitationRecord, 'id'>;
  collections!: EntityTable<CollectionRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Every committed write is announced once, here (changes.ts): the sync layer listens.
    this.use(changeFunnel(this));
    this.version(1).stores(SCHEMA_V1);
    // v2: near-duplicate detection. Existing articles get their shingles and links on upgrade.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => linkExistingNearDuplicates(tx));
    // v3: annotation. Notes know which articles they cite; tags keep their codebook order;
    // highlights can be listed by anchor status (orphans after a newer version is imported).
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) =>
        tx
          .table('notes')
          .toCollection()
          .modify((note: { citedArticleIds?: string[] }) => {
            note.citedArticleIds ??= [];
          }),
      );
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const articles = tx.table('articles');
        // Only the latest version of an article answers to its keys.
        const superseded = new Set((await articles.toArray()).map((a: ArticleRecord) => a.previousVersionId));
        await articles.toCollection().modify((article: ArticleRecord) => {
          article.versionKeys = superseded.has(article.id) ? [] : articleVersionKeys(article);
        });
      });
    this.version(5).stores(SCHEMA_V5);
    // v6: citations move out of the notes' content into their own rows (migrations/v6-citations.ts).
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade((tx) => moveCitationsOutOfNotes(tx));
    // v7: collections start empty.
    this.version(7).stores(SCHEMA_V7);
  }
}
