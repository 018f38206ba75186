/**
 * The shape of a backup file (see the format comment in backup.ts), as a valibot schema. A backup
 * is as untrusted as a sync peer: every field both can set is held to the same rule
 * (src/shared/sync/fields.ts). Each record field carries, as its description, what it should be
 * in words: backup.ts names a bad field with these words and the field's path, never with
 * valibot's own messages.
 *
 * Records keep fields the schema does not name (`looseObject`), as restoring always has: the
 * optional ones a newer article or highlight may have (versionReport, part, web, coderId) come
 * back as they were written.
 */
import * as v from 'valibot';
import { ARTICLE_FORMATS, type ProvenanceMap } from '../ingest/types';
import { MAX_COLLECTION_NAME_LENGTH } from '../library/collections';
import type { ArticleRecord } from '../model';
import { checkColour, isPlainObject, isSyncId, MAX_DESCRIPTION, MAX_LIST_ITEMS, MAX_SHORT_TEXT, MAX_TAGS_PER_HIGHLIGHT } from '../sync/fields';

export const BACKUP_FORMAT = 'parallax-backup';
export const BACKUP_VERSION = 1;

/** A record field: its schema, and what it should be in words. */
const field = <S extends v.GenericSchema>(schema: S, words: string) => v.pipe(schema, v.description(words));

const id = v.custom<string>(isSyncId);
const idOrNull = v.nullable(id);
const ids = v.array(id);
const text = v.string();
const textOrNull = v.nullable(text);
const texts = v.array(text);
const time = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const shortText = v.pipe(v.string(), v.maxLength(MAX_SHORT_TEXT));
const shortTextOrNull = v.nullable(shortText);
const names = v.pipe(v.array(shortText), v.maxLength(MAX_LIST_ITEMS));

const ID = 'an id of letters, digits, - and _';
const SHORT = `text of at most ${MAX_SHORT_TEXT} characters`;

export const ArticleSchema = v.looseObject({
  id: field(id, ID),
  format: field(v.picklist(ARTICLE_FORMATS), `one of ${ARTICLE_FORMATS.join(', ')}`),
  fingerprint: field(text, 'text'),
  sourceName: field(text, 'text'),
  importedAt: field(time, 'a time'),
  length: field(count, 'a count'),
  title: field(shortTextOrNull, `${SHORT}, or null`),
  outlet: field(shortTextOrNull, `${SHORT}, or null`),
  authors: field(names, 'a list of names'),
  published: field(shortTextOrNull, `${SHORT}, or null`),
  dateline: field(shortTextOrNull, `${SHORT}, or null`),
  agencies: field(names, 'a list of names'),
  url: field(shortTextOrNull, `${SHORT}, or null`),
  warnings: field(texts, 'a list of texts'),
  // Checked as objects only; what is inside is shown as text, never run.
  provenance: field(v.custom<ProvenanceMap>(isPlainObject), 'an object'),
  edits: field(v.custom<ArticleRecord['edits']>(isPlainObject), 'an object'),
  nearDuplicateIds: field(ids, 'a list of ids'),
  previousVersionId: field(idOrNull, 'an id or null'),
  versionKeys: field(texts, 'a list of keys'),
  lang: field(textOrNull, 'text or null'),
});

export const ArticleTextSchema = v.looseObject({
  id: field(id, ID),
  text: field(text, 'text'),
  boilerplate: field(v.array(v.looseObject({ text, reason: text, at: v.optional(count) })), 'a list of { text, reason, at? }'),
});

export const TagSchema = v.looseObject({
  id: field(id, ID),
  name: field(shortText, SHORT),
  // A colour reaches style attributes: only #rrggbb, never a CSS expression.
  color: field(v.custom<string>((colour) => checkColour(colour, 'colour') === null), 'a colour of the form #rrggbb'),
  description: field(v.pipe(v.string(), v.maxLength(MAX_DESCRIPTION)), `text of at most ${MAX_DESCRIPTION} characters`),
  parentId: field(idOrNull, 'an id or null'),
  order: field(time, 'a number'),
  createdAt: field(time, 'a time'),
});

const SelectorsSchema = v.looseObject({
  position: v.looseObject({ type: v.literal('TextPositionSelector'), start: count, end: count }),
  quote: v.looseObject({ type: v.literal('TextQuoteSelector'), exact: text, prefix: text, suffix: text }),
});

export const HighlightSchema = v.looseObject({
  id: field(id, ID),
  articleId: field(id, 'an id'),
  start: field(count, 'an offset'),
  end: field(count, 'an offset'),
  selectors: field(SelectorsSchema, 'a TextPositionSelector and a TextQuoteSelector'),
  tagIds: field(v.pipe(ids, v.maxLength(MAX_TAGS_PER_HIGHLIGHT)), `a list of at most ${MAX_TAGS_PER_HIGHLIGHT} ids`),
  anchorStatus: field(v.picklist(['anchored', 'orphan']), '"anchored" or "orphan"'),
  createdAt: field(time, 'a time'),
  updatedAt: field(time, 'a time'),
});

export const NoteSchema = v.looseObject({
  id: field(id, ID),
  content: field(text, 'text (Lexical JSON)'),
  plainText: field(text, 'text'),
  articleId: field(idOrNull, 'an id or null'),
  highlightId: field(idOrNull, 'an id or null'),
  citedArticleIds: field(ids, 'a list of ids'),
  createdAt: field(time, 'a time'),
  updatedAt: field(time, 'a time'),
});

export const CollectionSchema = v.looseObject({
  id: field(id, ID),
  name: field(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_COLLECTION_NAME_LENGTH)), `text of 1 to ${MAX_COLLECTION_NAME_LENGTH} characters`),
  articleIds: field(ids, 'a list of ids'),
  createdAt: field(time, 'a time'),
  updatedAt: field(time, 'a time'),
});

export const MetaSchema = v.looseObject({ key: field(text, 'text'), value: v.unknown() });

/** Each table of the corpus: its records' schema, what one record is called, and the field that names it. */
export const TABLES = {
  articles: { schema: ArticleSchema, noun: 'article', key: 'id' },
  articleTexts: { schema: ArticleTextSchema, noun: 'article text', key: 'id' },
  tags: { schema: TagSchema, noun: 'tag', key: 'id' },
  highlights: { schema: HighlightSchema, noun: 'highlight', key: 'id' },
  notes: { schema: NoteSchema, noun: 'note', key: 'id' },
  collections: { schema: CollectionSchema, noun: 'collection', key: 'id' },
  meta: { schema: MetaSchema, noun: 'setting', key: 'key' },
} as const;
export type TableName = keyof typeof TABLES;

export const BackupFileSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION)),
  exportedAt: v.string(),
  // Only shown; a backup without it is still ours.
  app: v.fallback(v.object({ name: v.string() }), { name: 'Parallax' }),
  // valibot's object takes a list too; a corpus must be a plain object.
  corpus: v.pipe(v.custom<Record<string, unknown>>(isPlainObject), v.object({
    articles: v.array(ArticleSchema),
    articleTexts: v.array(ArticleTextSchema),
    tags: v.array(TagSchema),
    highlights: v.array(HighlightSchema),
    notes: v.array(NoteSchema),
    // Added to format 1 later: every backup written before has none. An older Parallax reading a
    // newer backup passes over it (valibot's object drops keys it does not name).
    collections: v.optional(v.array(CollectionSchema), []),
    // A backup may leave it out, as format 1 always allowed.
    meta: v.optional(v.array(MetaSchema), []),
  })),
});

/** A backup file as read: every field checked, before the checks between records (backup.ts). */
export type BackupFile = v.InferOutput<typeof BackupFileSchema>;

/** What a record field should be, in words (the description given to it above). */
export function fieldWords(table: TableName, fieldName: string): string | undefined {
  const entries: Record<string, v.GenericSchema> = TABLES[table].schema.entries;
  const schema = Object.hasOwn(entries, fieldName) ? entries[fieldName] : undefined;
  return schema && v.getDescription(schema);
}
