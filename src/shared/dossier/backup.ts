/**
 * The complete JSON backup of a corpus, and reading one back.
 *
 * Format (version 1), see test/fixtures/dossier/backup-v1.example.json:
 *
 *   {
 *     "format": "parallax-backup",      // always this string: how another app's JSON is told apart
 *     "version": 1,                      // bumped only when an older Parallax could not read the file
 *     "exportedAt": "2024-05-01T10:00:00.000Z",
 *     "app": { "name": "Parallax" },
 *     "corpus": {
 *       "articles": ArticleRecord[],     // every version (previousVersionId links them), metadata,
 *                                        // provenance, the person's edits, near-duplicate links
 *       "articleTexts": ArticleTextRecord[], // { id, text, boilerplate } — one per article, same id
 *       "tags": TagRecord[],             // the codebook (parentId, order)
 *       "highlights": HighlightRecord[], // offsets into the article's text, selectors, tagIds
 *       "notes": NoteRecord[],           // Lexical JSON content (span links inside), plain text
 *       "meta": MetaRecord[]             // app settings kept in the database ({ key, value })
 *     }
 *   }
 *
 * Near-duplicate shingles are not stored: they are recomputed from the texts on restore.
 * Offsets are UTF-16 code units into the stored (NFC-normalised) text; times are milliseconds
 * since the epoch, as in the database.
 *
 * Serialisation is canonical, so that backup → restore → backup gives the same bytes apart from
 * `exportedAt`: the envelope keys in the order above, every other object's keys sorted, every
 * table sorted by id (meta by key), arrays inside records kept in their order; two-space
 * indentation and a final newline.
 */
import { flattenTree, listTagTree, nameKey } from '../codebook/tree';
import { ARTICLE_FORMATS } from '../ingest/types';
import type { ArticleRecord, ArticleTextRecord, HighlightRecord, Id, MetaRecord, NoteRecord, TagRecord } from '../model';
import { checkColour, checkText, checkTextList, isSyncId, MAX_DESCRIPTION, MAX_SHORT_TEXT, MAX_TAGS_PER_HIGHLIGHT } from '../sync/fields';

export const BACKUP_FORMAT = 'parallax-backup';
export const BACKUP_VERSION = 1;

export interface BackupCorpus {
  articles: ArticleRecord[];
  articleTexts: ArticleTextRecord[];
  tags: TagRecord[];
  highlights: HighlightRecord[];
  notes: NoteRecord[];
  meta: MetaRecord[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  app: { name: string };
  corpus: BackupCorpus;
}

export type BackupErrorCode = 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid';

export interface BackupError {
  code: BackupErrorCode;
  /** A sentence for a person: what is wrong and what it means for their corpus. */
  message: string;
  /** Every problem found, for `invalid` (the message names the first few). */
  problems?: string[];
}

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

const TABLES = ['articles', 'articleTexts', 'tags', 'highlights', 'notes', 'meta'] as const;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = (a: MetaRecord, b: MetaRecord) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The corpus with every table in backup order (a copy; records are not copied). */
export function sortedCorpus(corpus: BackupCorpus): BackupCorpus {
  return {
    articles: [...corpus.articles].sort(byId),
    articleTexts: [...corpus.articleTexts].sort(byId),
    tags: [...corpus.tags].sort(byId),
    highlights: [...corpus.highlights].sort(byId),
    notes: [...corpus.notes].sort(byId),
    meta: [...(corpus.meta ?? [])].sort(byKey),
  };
}

export function buildBackup(corpus: BackupCorpus, exportedAt: string): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, app: { name: 'Parallax' }, corpus: sortedCorpus(corpus) };
}

const ENVELOPE_ORDER = ['format', 'version', 'exportedAt', 'app', 'corpus'];

/** JSON with object keys in a fixed order (see the format comment); undefined members dropped. */
function canonical(value: unknown, keyOrder: (keys: string[], depth: number) => string[], depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, keyOrder, depth + 1));
  if (value instanceof Uint8Array || value instanceof Uint32Array) return Array.from(value);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of keyOrder(Object.keys(value), depth)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v, keyOrder, depth + 1);
    }
    return out;
  }
  return value;
}

export function serializeBackup(backup: Backup): string {
  const sorted: Backup = { ...backup, corpus: sortedCorpus(backup.corpus) };
  const order = (keys: string[], depth: number) => {
    if (depth === 0) return [...ENVELOPE_ORDER.filter((k) => keys.includes(k)), ...keys.filter((k) => !ENVELOPE_ORDER.includes(k)).sort()];
    if (depth === 1 && keys.every((k) => (TABLES as readonly string[]).includes(k))) return TABLES.filter((k) => keys.includes(k));
    return [...keys].sort();
  };
  return `${JSON.stringify(canonical(sorted, order), null, 2)}\n`;
}

/** The backup file's text for a corpus. */
export function backupJson(corpus: BackupCorpus, exportedAt: string): string {
  return serializeBackup(buildBackup(corpus, exportedAt));
}

// ---------------------------------------------------------------- reading

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || isStr(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStrArray = (v: unknown) => Array.isArray(v) && v.every(isStr);
// A backup is as untrusted as a sync peer: the fields both can set are checked by the same rules (src/shared/sync/fields.ts).
const isId = (v: unknown) => isSyncId(v);
const isIdOrNull = (v: unknown) => v === null || isSyncId(v);
const isIdList = (v: unknown) => Array.isArray(v) && v.every(isSyncId);
const isColour = (v: unknown) => checkColour(v, 'colour') === null;
const isShortText = (v: unknown) => checkText(v, 'text', MAX_SHORT_TEXT) === null;
const isShortTextOrNull = (v: unknown) => checkText(v, 'text', MAX_SHORT_TEXT, { nullable: true }) === null;
const isNameList = (v: unknown) => checkTextList(v, 'names') === null;
const SHORT = `text of at most ${MAX_SHORT_TEXT} characters`;

type FieldCheck = [field: string, check: (v: unknown) => boolean, expected: string];

const ARTICLE_FIELDS: FieldCheck[] = [
  ['id', isId, 'an id of letters, digits, - and _'],
  ['format', (v) => (ARTICLE_FORMATS as readonly unknown[]).includes(v), `one of ${ARTICLE_FORMATS.join(', ')}`],
  ['fingerprint', isStr, 'text'],
  ['sourceName', isStr, 'text'],
  ['importedAt', isNum, 'a time'],
  ['length', isInt, 'a count'],
  ['title', isShortTextOrNull, `${SHORT}, or null`],
  ['outlet', isShortTextOrNull, `${SHORT}, or null`],
  ['authors', isNameList, 'a list of names'],
  ['published', isShortTextOrNull, `${SHORT}, or null`],
  ['dateline', isShortTextOrNull, `${SHORT}, or null`],
  ['agencies', isNameList, 'a list of names'],
  ['url', isShortTextOrNull, `${SHORT}, or null`],
  ['warnings', isStrArray, 'a list of texts'],
  ['provenance', isObj, 'an object'],
  ['edits', isObj, 'an object'],
  ['nearDuplicateIds', isIdList, 'a list of ids'],
  ['previousVersionId', isIdOrNull, 'an id or null'],
  ['versionKeys', isStrArray, 'a list of keys'],
  ['lang', isStrOrNull, 'text or null'],
];
const TEXT_FIELDS: FieldCheck[] = [
  ['id', isId, 'an id of letters, digits, - and _'],
  ['text', isStr, 'text'],
  ['boilerplate', (v) => Array.isArray(v) && v.every((b) => isObj(b) && isStr(b.text) && isStr(b.reason) && (b.at === undefined || isInt(b.at))), 'a list of { text, reason, at? }'],
];
const TAG_FIELDS: FieldCheck[] = [
  ['id', isId, 'an id of letters, digits, - and _'],
  ['name', isShortText, SHORT],
  // A colour reaches style attributes: only #rrggbb, never a CSS expression.
  ['color', isColour, 'a colour of the form #rrggbb'],
  ['description', (v) => checkText(v, 'text', MAX_DESCRIPTION) === null, `text of at most ${MAX_DESCRIPTION} characters`],
  ['parentId', isIdOrNull, 'an id or null'],
  ['order', isNum, 'a number'],
  ['createdAt', isNum, 'a time'],
];
const isSelectors = (v: unknown) =>
  isObj(v) &&
  isObj(v.position) &&
  v.position.type === 'TextPositionSelector' &&
  isInt(v.position.start) &&
  isInt(v.position.end) &&
  isObj(v.quote) &&
  v.quote.type === 'TextQuoteSelector' &&
  isStr(v.quote.exact) &&
  isStr(v.quote.prefix) &&
  isStr(v.quote.suffix);
const HIGHLIGHT_FIELDS: FieldCheck[] = [
  ['id', isId, 'an id of letters, digits, - and _'],
  ['articleId', isId, 'an id'],
  ['start', isInt, 'an offset'],
  ['end', isInt, 'an offset'],
  ['selectors', isSelectors, 'a TextPositionSelector and a TextQuoteSelector'],
  ['tagIds', (v) => isIdList(v) && (v as unknown[]).length <= MAX_TAGS_PER_HIGHLIGHT, `a list of at most ${MAX_TAGS_PER_HIGHLIGHT} ids`],
  ['anchorStatus', (v) => v === 'anchored' || v === 'orphan', '"anchored" or "orphan"'],
  ['createdAt', isNum, 'a time'],
  ['updatedAt', isNum, 'a time'],
];
const NOTE_FIELDS: FieldCheck[] = [
  ['id', isId, 'an id of letters, digits, - and _'],
  ['content', isStr, 'text (Lexical JSON)'],
  ['plainText', isStr, 'text'],
  ['articleId', isIdOrNull, 'an id or null'],
  ['highlightId', isIdOrNull, 'an id or null'],
  ['citedArticleIds', isIdList, 'a list of ids'],
  ['createdAt', isNum, 'a time'],
  ['updatedAt', isNum, 'a time'],
];
const META_FIELDS: FieldCheck[] = [['key', isStr, 'text']];

function checkRecords(table: string, rows: unknown, fields: FieldCheck[], problems: string[]): Obj[] {
  if (!Array.isArray(rows)) {
    problems.push(`"corpus.${table}" is missing or not a list.`);
    return [];
  }
  const good: Obj[] = [];
  const seen = new Set<string>();
  const keyField = fields[0]![0];
  rows.forEach((row, i) => {
    const where = `${table}[${i}]${isObj(row) && isStr(row[keyField]) ? ` (${keyField} "${row[keyField]}")` : ''}`;
    if (!isObj(row)) {
      problems.push(`${where} is not an object.`);
      return;
    }
    const bad = fields.filter(([field, check]) => !check(row[field]));
    for (const [field, , expected] of bad) problems.push(`${where}: "${field}" is ${row[field] === undefined ? 'missing' : 'not valid'} (expected ${expected}).`);
    if (bad.length) return;
    const key = row[keyField] as string;
    if (seen.has(key)) problems.push(`${where}: the ${keyField} "${key}" appears twice in ${table}.`);
    seen.add(key);
    good.push(row);
  });
  return good;
}

function invalid(problems: string[]): BackupParseResult {
  const shown = problems.slice(0, 3).join(' ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more problem${problems.length - 3 === 1 ? '' : 's'})` : '';
  return {
    ok: false,
    error: {
      code: 'invalid',
      message: `This Parallax backup is damaged or incomplete, so nothing was restored: ${shown}${more}`,
      problems,
    },
  };
}

/**
 * Reads a backup file's text. Never throws. Refuses, with a sentence a person can act on: text
 * that is not JSON (a corrupt or truncated file), JSON that is not a Parallax backup (another
 * app's file), a backup from a newer Parallax, and a backup whose records are missing fields the
 * app needs, point at articles/tags/highlights it does not contain, or have offsets outside their
 * article's text.
 */
export function parseBackup(json: string): BackupParseResult {
  let data: unknown;
  try {
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch {
    // The parser's own message ("Unexpected token } in JSON at position 812") is not for people.
    return {
      ok: false,
      error: { code: 'not-json', message: 'This file is not a Parallax backup: it is not valid JSON. It may be damaged or cut short; nothing was restored.' },
    };
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT) {
    const what = isObj(data) && isStr(data.format) ? ` Its format says "${data.format.slice(0, 60)}".` : '';
    return {
      ok: false,
      error: {
        code: 'not-a-backup',
        message: `This JSON file is not a Parallax backup (it has no "format": "${BACKUP_FORMAT}"); it may come from another app.${what} Nothing was restored.`,
      },
    };
  }
  if (!isInt(data.version) || data.version < 1) {
    return invalid(['"version" is missing or not a positive whole number.']);
  }
  if (data.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: {
        code: 'newer-version',
        message: `This backup was made by a newer version of Parallax (backup format ${data.version}); this version reads format ${BACKUP_VERSION}. Update Parallax to restore it. Nothing was restored.`,
      },
    };
  }
  const problems: string[] = [];
  if (!isStr(data.exportedAt)) problems.push('"exportedAt" is missing or not text.');
  const corpus = data.corpus;
  if (!isObj(corpus)) return invalid([...problems, '"corpus" is missing or not an object.']);

  const articles = checkRecords('articles', corpus.articles, ARTICLE_FIELDS, problems) as unknown as ArticleRecord[];
  const texts = checkRecords('articleTexts', corpus.articleTexts, TEXT_FIELDS, problems) as unknown as ArticleTextRecord[];
  const tags = checkRecords('tags', corpus.tags, TAG_FIELDS, problems) as unknown as TagRecord[];
  const highlights = checkRecords('highlights', corpus.highlights, HIGHLIGHT_FIELDS, problems) as unknown as HighlightRecord[];
  const notes = checkRecords('notes', corpus.notes, NOTE_FIELDS, problems) as unknown as NoteRecord[];
  const meta = corpus.meta === undefined ? [] : (checkRecords('meta', corpus.meta, META_FIELDS, problems) as unknown as MetaRecord[]);

  // References are checked against every record that names itself, valid or not, so that one
  // damaged record is reported once rather than again by everything pointing at it.
  const named = (rows: unknown, key = 'id') => (Array.isArray(rows) ? rows.filter((r): r is Obj => isObj(r) && isStr(r[key])) : []);
  const articleIds = new Set(named(corpus.articles).map((a) => a.id as string));
  const textById = new Map(named(corpus.articleTexts).filter((t) => isStr(t.text)).map((t) => [t.id as string, t.text as string]));
  const tagIds = new Set(named(corpus.tags).map((t) => t.id as string));
  const highlightIds = new Set(named(corpus.highlights).map((h) => h.id as string));
  const fingerprints = new Map<string, string>();
  for (const a of articles) {
    if (!textById.has(a.id)) problems.push(`Article "${a.id}" has no text in articleTexts.`);
    const other = fingerprints.get(a.fingerprint);
    if (other !== undefined) problems.push(`Articles "${other}" and "${a.id}" have the same fingerprint (the same text twice).`);
    fingerprints.set(a.fingerprint, a.id);
  }
  for (const t of texts) if (!articleIds.has(t.id)) problems.push(`articleTexts has a text ("${t.id}") for an article that is not in the backup.`);
  for (const h of highlights) {
    const text = textById.get(h.articleId);
    if (!articleIds.has(h.articleId)) problems.push(`Highlight "${h.id}" is on article "${h.articleId}", which is not in the backup.`);
    else if (h.anchorStatus === 'anchored' && text !== undefined && !(h.start < h.end && h.end <= text.length)) {
      problems.push(`Highlight "${h.id}" spans ${h.start}–${h.end}, outside its article's text (${text.length} characters).`);
    }
    for (const tagId of h.tagIds) if (!tagIds.has(tagId)) problems.push(`Highlight "${h.id}" is coded with tag "${tagId}", which is not in the backup.`);
  }
  for (const n of notes) {
    if (n.articleId !== null && !articleIds.has(n.articleId)) problems.push(`Note "${n.id}" is on article "${n.articleId}", which is not in the backup.`);
    if (n.highlightId !== null && !highlightIds.has(n.highlightId)) problems.push(`Note "${n.id}" is on highlight "${n.highlightId}", which is not in the backup.`);
  }
  if (problems.length) return invalid(problems);
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: data.exportedAt as string,
      app: isObj(data.app) && isStr(data.app.name) ? { name: data.app.name } : { name: 'Parallax' },
      corpus: sortedCorpus({ articles, articleTexts: texts, tags, highlights, notes, meta }),
    },
  };
}

// ---------------------------------------------------------------- merging

export interface MergePlan {
  /** Records to add to the current corpus (ids already mapped onto the current corpus). */
  add: BackupCorpus;
  /** Records that replace current records with the same id (the incoming one is newer). */
  update: { highlights: HighlightRecord[]; notes: NoteRecord[] };
  /** Incoming article id → current article id, for incoming articles the corpus already holds under another id (same fingerprint). */
  articleIdMap: Record<Id, Id>;
  /** Incoming tag id → current tag id, for tags the codebook already holds under another id (same name under the same parent). */
  tagIdMap: Record<Id, Id>;
  /** Incoming records left out, with the reason. */
  skipped: { table: 'articles' | 'highlights' | 'notes'; id: Id; reason: string }[];
  /** How many incoming records were already present and not newer. */
  unchanged: number;
}

function remapContent(content: string, map: Record<Id, Id>): string {
  if (Object.keys(map).length === 0 || !content.includes('span-link')) return content;
  let changed = false;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    if (node.type === 'span-link' && isObj(node.citation) && isStr(node.citation.articleId) && map[node.citation.articleId]) {
      node.citation.articleId = map[node.citation.articleId];
      changed = true;
    }
    for (const v of Object.values(node)) walk(v);
  };
  try {
    const parsed: unknown = JSON.parse(content);
    walk(parsed);
    return changed ? JSON.stringify(parsed) : content;
  } catch {
    return content;
  }
}

/**
 * What restoring `incoming` into `current` (merge, not replace) changes. Pure: nothing is written.
 * - Articles by id: one already present is kept as it is. One whose fingerprint (text) the corpus
 *   already holds under another id is a duplicate: not added, its id is mapped to the current one,
 *   and everything pointing at it (highlights, notes, span links, versions) follows the map. One
 *   with a present id but another text conflicts: it and its highlights and notes are skipped.
 * - Tags by id; a new tag named like a sibling under the same parent is the same tag (mapped).
 * - Highlights and notes by id: a present one is replaced only when the incoming one has a newer
 *   updatedAt.
 * - Meta: keys the current corpus lacks are added.
 */
export function mergeBackup(current: BackupCorpus, incoming: BackupCorpus): MergePlan {
  const plan: MergePlan = {
    add: { articles: [], articleTexts: [], tags: [], highlights: [], notes: [], meta: [] },
    update: { highlights: [], notes: [] },
    articleIdMap: {},
    tagIdMap: {},
    skipped: [],
    unchanged: 0,
  };
  const currentArticles = new Map(current.articles.map((a) => [a.id, a]));
  const currentByFingerprint = new Map(current.articles.map((a) => [a.fingerprint, a.id]));
  const incomingTexts = new Map(incoming.articleTexts.map((t) => [t.id, t]));
  const conflicted = new Set<Id>();

  for (const a of [...incoming.articles].sort(byId)) {
    const present = currentArticles.get(a.id);
    if (present) {
      if (present.fingerprint === a.fingerprint) plan.unchanged++;
      else {
        conflicted.add(a.id);
        plan.skipped.push({ table: 'articles', id: a.id, reason: 'an article with this id but another text is already in the library' });
      }
      continue;
    }
    const same = currentByFingerprint.get(a.fingerprint);
    if (same !== undefined) {
      plan.articleIdMap[a.id] = same;
      plan.unchanged++;
      continue;
    }
    currentByFingerprint.set(a.fingerprint, a.id);
  }
  const mapArticle = (id: Id) => plan.articleIdMap[id] ?? id;
  for (const a of [...incoming.articles].sort(byId)) {
    if (currentArticles.has(a.id) || plan.articleIdMap[a.id] !== undefined) continue;
    plan.add.articles.push({
      ...a,
      previousVersionId: a.previousVersionId === null ? null : mapArticle(a.previousVersionId),
      nearDuplicateIds: [...new Set(a.nearDuplicateIds.map(mapArticle))],
    });
    const text = incomingTexts.get(a.id);
    if (text) plan.add.articleTexts.push(text);
  }

  // Tags, parents before children, so that a child's parent is already mapped.
  const currentTags = new Map(current.tags.map((t) => [t.id, t]));
  const siblingKey = (parentId: Id | null, name: string) => `${parentId ?? ''}\u0000${nameKey(name)}`;
  const bySiblingName = new Map(current.tags.map((t) => [siblingKey(t.parentId, t.name), t.id]));
  for (const node of flattenTree(listTagTree(incoming.tags))) {
    const t = node.tag;
    if (currentTags.has(t.id)) {
      plan.unchanged++;
      continue;
    }
    const parentId = t.parentId === null ? null : (plan.tagIdMap[t.parentId] ?? t.parentId);
    const same = bySiblingName.get(siblingKey(parentId, t.name));
    if (same !== undefined) {
      plan.tagIdMap[t.id] = same;
      plan.unchanged++;
      continue;
    }
    bySiblingName.set(siblingKey(parentId, t.name), t.id);
    plan.add.tags.push({ ...t, parentId });
  }
  const mapTag = (id: Id) => plan.tagIdMap[id] ?? id;

  const currentHighlights = new Map(current.highlights.map((h) => [h.id, h]));
  const skippedHighlights = new Set<Id>();
  for (const h of [...incoming.highlights].sort(byId)) {
    if (conflicted.has(h.articleId)) {
      skippedHighlights.add(h.id);
      plan.skipped.push({ table: 'highlights', id: h.id, reason: 'its article conflicts with one in the library' });
      continue;
    }
    const mapped: HighlightRecord = { ...h, articleId: mapArticle(h.articleId), tagIds: [...new Set(h.tagIds.map(mapTag))] };
    const present = currentHighlights.get(h.id);
    if (!present) plan.add.highlights.push(mapped);
    else if (h.updatedAt > present.updatedAt) plan.update.highlights.push(mapped);
    else plan.unchanged++;
  }

  const currentNotes = new Map(current.notes.map((n) => [n.id, n]));
  for (const n of [...incoming.notes].sort(byId)) {
    if ((n.articleId !== null && conflicted.has(n.articleId)) || (n.highlightId !== null && skippedHighlights.has(n.highlightId))) {
      plan.skipped.push({ table: 'notes', id: n.id, reason: 'its article conflicts with one in the library' });
      continue;
    }
    const mapped: NoteRecord = {
      ...n,
      articleId: n.articleId === null ? null : mapArticle(n.articleId),
      citedArticleIds: [...new Set(n.citedArticleIds.map(mapArticle))],
      content: remapContent(n.content, plan.articleIdMap),
    };
    const present = currentNotes.get(n.id);
    if (!present) plan.add.notes.push(mapped);
    else if (n.updatedAt > present.updatedAt) plan.update.notes.push(mapped);
    else plan.unchanged++;
  }

  const currentKeys = new Set((current.meta ?? []).map((m) => m.key));
  for (const m of incoming.meta ?? []) if (!currentKeys.has(m.key)) plan.add.meta.push(m);
  return plan;
}

/** The corpus after a merge plan is applied (pure; what the database holds after restoring by merge). */
export function applyMerge(current: BackupCorpus, plan: MergePlan): BackupCorpus {
  const replace = <T extends { id: string }>(rows: T[], updates: T[]) => {
    const byIdMap = new Map(updates.map((u) => [u.id, u]));
    return rows.map((r) => byIdMap.get(r.id) ?? r);
  };
  return sortedCorpus({
    articles: [...current.articles, ...plan.add.articles],
    articleTexts: [...current.articleTexts, ...plan.add.articleTexts],
    tags: [...current.tags, ...plan.add.tags],
    highlights: [...replace(current.highlights, plan.update.highlights), ...plan.add.highlights],
    notes: [...replace(current.notes, plan.update.notes), ...plan.add.notes],
    meta: [...(current.meta ?? []), ...plan.add.meta],
  });
}
