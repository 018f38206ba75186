/**
 * Checks of the plain values stored in shared documents (layout.ts), one function per kind of
 * entry. Each returns null when the value is acceptable, else the first problem in words.
 */
import { METADATA_FIELDS } from '../ingest/types';
import {
  checkColour, checkFingerprint, checkId, checkInteger, checkKeys, checkText, checkTextList, checkTime, firstProblem, isPlainObject,
  isSyncId, MAX_ARTICLE_TEXT, MAX_DESCRIPTION, MAX_QUOTE_CONTEXT, MAX_SHORT_TEXT, MAX_SPAN_LENGTH, MAX_TAGS_PER_HIGHLIGHT, type Problem,
} from './fields';
import { ARTICLE_ENTRY_FIELDS, CITATION_FIELDS, type CORPUS_FIELDS, HIGHLIGHT_FIELDS, NOTE_INDEX_FIELDS, type NOTE_META_FIELDS, type TAG_FIELDS } from './layout';

/** Highest Lamport clock or sibling order accepted: far beyond any real count, and still exact in a double. */
const MAX_COUNTER = 2 ** 40;

export function checkCorpusField(key: string, value: unknown): Problem {
  switch (key as (typeof CORPUS_FIELDS)[number]) {
    case 'name':
      return checkText(value, 'The project name', MAX_SHORT_TEXT);
    case 'description':
      return checkText(value, 'The project description', MAX_DESCRIPTION);
    case 'createdAt':
      return checkTime(value, 'The project’s creation time');
    default:
      return `The project’s metadata has an unknown field “${key.slice(0, 40)}”.`;
  }
}

export function checkArticleEntry(key: string, value: unknown): Problem {
  if (!isPlainObject(value)) return 'An article of the manifest is not a record.';
  const what = 'An article of the manifest';
  return firstProblem(
    checkFingerprint(key, 'The key of an article of the manifest'),
    checkKeys(value, ARTICLE_ENTRY_FIELDS, what),
    value.fingerprint === key ? null : 'An article of the manifest is stored under another fingerprint than its own.',
    checkText(value.title, 'An article’s title', MAX_SHORT_TEXT, { nullable: true }),
    checkText(value.outlet, 'An article’s outlet', MAX_SHORT_TEXT, { nullable: true }),
    checkTextList(value.authors, 'An article’s authors'),
    checkText(value.published, 'An article’s date', MAX_SHORT_TEXT, { nullable: true }),
    checkText(value.dateline, 'An article’s dateline', MAX_SHORT_TEXT, { nullable: true }),
    checkTextList(value.agencies, 'An article’s agencies'),
    checkText(value.url, 'An article’s URL', MAX_SHORT_TEXT, { nullable: true }),
    checkText(value.lang, 'An article’s language', 35, { nullable: true }),
    checkText(value.format, 'An article’s format', 16),
    checkText(value.sourceName, 'An article’s file name', MAX_SHORT_TEXT),
    checkInteger(value.length, 'An article’s length', 0, MAX_ARTICLE_TEXT),
    checkId(value.addedBy, 'The member who added an article'),
    checkTime(value.addedAt, 'When an article was added'),
  );
}

export function checkCorrection(field: string, value: unknown): Problem {
  if (!(METADATA_FIELDS as readonly string[]).includes(field)) return `“${field.slice(0, 40)}” is not a metadata field that can be corrected.`;
  if (field === 'authors' || field === 'agencies') return checkTextList(value, `The corrected ${field}`);
  return checkText(value, `The corrected ${field}`, MAX_SHORT_TEXT, { nullable: true });
}

export function checkFurnitureChoice(key: string, value: unknown): Problem {
  const [fingerprint, block, extra] = key.split(':');
  if (extra !== undefined || block === undefined || !/^\d{1,6}$/.test(block)) return 'A page-furniture choice is not keyed “fingerprint:block”.';
  if (!isPlainObject(value)) return 'A page-furniture choice is not a record.';
  return firstProblem(
    checkFingerprint(fingerprint, 'The article of a page-furniture choice'),
    checkKeys(value, ['restored', 'by', 'at'], 'A page-furniture choice'),
    value.restored === true ? null : 'A page-furniture choice does not say the block was put back.',
    checkId(value.by, 'The member who put a block back'),
    checkTime(value.at, 'When a block was put back'),
  );
}

export function checkTagPlacement(value: unknown, tagId: string): Problem {
  if (!isPlainObject(value)) return 'A tag’s place in the tree is not a record.';
  const parent = value.parentId;
  const previous = value.previousParentId;
  return firstProblem(
    checkKeys(value, ['parentId', 'previousParentId', 'order', 'clock', 'by'], 'A tag’s place in the tree'),
    parent === null || isSyncId(parent) ? null : 'A tag’s parent is not a valid id.',
    previous === null || isSyncId(previous) ? null : 'A tag’s previous parent is not a valid id.',
    parent === tagId ? 'A tag cannot be its own parent.' : null,
    typeof value.order === 'number' && Number.isFinite(value.order) && Math.abs(value.order) <= MAX_COUNTER ? null : 'A tag’s order is not a number.',
    checkInteger(value.clock, 'A tag move’s clock', 0, MAX_COUNTER),
    checkId(value.by, 'The member who moved a tag'),
  );
}

export function checkTagField(tagId: string, field: string, value: unknown): Problem {
  switch (field as (typeof TAG_FIELDS)[number]) {
    case 'name':
      return checkText(value, 'A tag’s name', MAX_SHORT_TEXT);
    case 'color':
      return checkColour(value, 'A tag’s colour');
    case 'description':
      return checkText(value, 'A tag’s description', MAX_DESCRIPTION);
    case 'createdAt':
      return checkTime(value, 'A tag’s creation time');
    case 'createdBy':
      return checkId(value, 'The member who made a tag');
    case 'placement':
      return checkTagPlacement(value, tagId);
    case 'deletedAt':
      return value === null ? null : checkTime(value, 'When a tag was deleted');
    case 'mergedInto':
      if (value === tagId) return 'A tag cannot be merged into itself.';
      return value === null ? null : checkId(value, 'The tag a tag was merged into');
    default:
      return `A tag has an unknown field “${field.slice(0, 40)}”.`;
  }
}

/** Fields every tag must have once it exists (its fields arrive in one transaction when it is made). */
export const REQUIRED_TAG_FIELDS = ['name', 'color', 'createdAt', 'createdBy', 'placement'] as const;

export function checkHighlightEntry(key: string, value: unknown): Problem {
  if (!isPlainObject(value)) return 'A highlight is not a record.';
  const start = value.start;
  const end = value.end;
  const tagIds = value.tagIds;
  return firstProblem(
    checkKeys(value, HIGHLIGHT_FIELDS, 'A highlight'),
    checkId(key, 'A highlight’s key'),
    value.id === key ? null : 'A highlight is stored under another id than its own.',
    checkFingerprint(value.article, 'A highlight’s article'),
    checkInteger(start, 'A highlight’s start', 0, MAX_ARTICLE_TEXT),
    checkInteger(end, 'A highlight’s end', 0, MAX_ARTICLE_TEXT),
    typeof start === 'number' && typeof end === 'number' && end > start ? null : 'A highlight ends before it starts.',
    checkText(value.exact, 'A highlight’s words', MAX_SPAN_LENGTH),
    typeof value.exact === 'string' && typeof start === 'number' && typeof end === 'number' && value.exact.length === end - start
      ? null
      : 'A highlight’s words are not as long as its span.',
    checkText(value.prefix, 'A highlight’s preceding words', MAX_QUOTE_CONTEXT),
    checkText(value.suffix, 'A highlight’s following words', MAX_QUOTE_CONTEXT),
    Array.isArray(tagIds) ? null : 'A highlight’s tags are not a list.',
    Array.isArray(tagIds) && tagIds.length > MAX_TAGS_PER_HIGHLIGHT ? `A highlight has more than ${MAX_TAGS_PER_HIGHLIGHT} tags.` : null,
    Array.isArray(tagIds) && !tagIds.every(isSyncId) ? 'A highlight carries a tag id that is not valid.' : null,
    checkTime(value.createdAt, 'A highlight’s creation time'),
    checkTime(value.updatedAt, 'A highlight’s last change'),
  );
}

export function checkNoteIndexEntry(key: string, value: unknown): Problem {
  if (!isPlainObject(value)) return 'A note of the index is not a record.';
  return firstProblem(
    checkId(key, 'A note’s id'),
    checkKeys(value, NOTE_INDEX_FIELDS, 'A note of the index'),
    checkId(value.createdBy, 'The member who wrote a note'),
    checkTime(value.createdAt, 'A note’s creation time'),
    value.deletedAt === null ? null : checkTime(value.deletedAt, 'When a note was deleted'),
  );
}

export function checkNoteMetaField(field: string, value: unknown): Problem {
  switch (field as (typeof NOTE_META_FIELDS)[number]) {
    case 'createdBy':
      return checkId(value, 'The member who wrote a note');
    case 'createdAt':
      return checkTime(value, 'A note’s creation time');
    case 'article':
      return value === null ? null : checkFingerprint(value, 'A note’s article');
    case 'highlight': {
      if (value === null) return null;
      const [coder, id, extra] = typeof value === 'string' ? value.split(':') : [];
      return isSyncId(coder) && isSyncId(id) && extra === undefined ? null : 'A note’s highlight is not “coder:highlight”.';
    }
    default:
      return `A note has an unknown field “${field.slice(0, 40)}”.`;
  }
}

export function checkBoilerplate(value: unknown): Problem {
  if (!Array.isArray(value)) return 'An article’s page furniture is not a list.';
  for (const block of value) {
    if (!isPlainObject(block)) return 'A block of page furniture is not a record.';
    const problem = firstProblem(
      checkKeys(block, ['text', 'reason', 'at'], 'A block of page furniture'),
      checkText(block.text, 'A block of page furniture', MAX_ARTICLE_TEXT),
      checkText(block.reason, 'Why a block is page furniture', MAX_SHORT_TEXT),
      block.at === undefined ? null : checkInteger(block.at, 'Where a block of page furniture stood', 0, MAX_ARTICLE_TEXT),
    );
    if (problem) return problem;
  }
  return null;
}

export function checkCitationEntry(key: string, value: unknown): Problem {
  if (!isPlainObject(value)) return 'A note’s citation is not a record.';
  const { start, end } = value;
  return firstProblem(
    checkKeys(value, CITATION_FIELDS, 'A note’s citation'),
    checkId(key, 'A citation’s key'),
    checkFingerprint(value.article, 'A citation’s article'),
    checkInteger(start, 'A citation’s start', 0, MAX_ARTICLE_TEXT),
    checkInteger(end, 'A citation’s end', 0, MAX_ARTICLE_TEXT),
    typeof start === 'number' && typeof end === 'number' && end >= start ? null : 'A citation ends before it starts.',
    checkText(value.quote, 'A citation’s words', MAX_SPAN_LENGTH),
    checkText(value.prefix, 'A citation’s preceding words', MAX_QUOTE_CONTEXT),
    checkText(value.suffix, 'A citation’s following words', MAX_QUOTE_CONTEXT),
    checkText(value.sourceLabel, 'A citation’s source', MAX_SHORT_TEXT),
    value.highlight === null ? null : checkId(value.highlight, 'A citation’s highlight'),
    typeof value.orphan === 'boolean' ? null : 'Whether a citation is orphaned is not true or false.',
  );
}
