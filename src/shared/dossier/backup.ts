/**
 * The complete JSON backup of a corpus, and reading one back.
 *
 * Format (version 1), see test/fixtures/dossier/backup-v1-collections.example.json (and
 * backup-v1.example.json beside it: a backup written before collections, which still restores):
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
 *       "collections": CollectionRecord[], // { id, name, articleIds } — named sets of articles, in
 *                                        // the order they were added (absent from older backups)
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
import * as v from 'valibot';
import { withArticles } from '../library/collections';
import type { ArticleRecord, ArticleTextRecord, CollectionRecord, HighlightRecord, Id, MetaRecord, NoteRecord, TagRecord } from '../model';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, BackupFileSchema, fieldWords, TABLES, type TableName } from './backup-schema';

export { BACKUP_FORMAT, BACKUP_VERSION };

export interface BackupCorpus {
  articles: ArticleRecord[];
  articleTexts: ArticleTextRecord[];
  tags: TagRecord[];
  highlights: HighlightRecord[];
  notes: NoteRecord[];
  collections: CollectionRecord[];
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

const TABLE_ORDER = Object.keys(TABLES) as TableName[];

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
    collections: [...corpus.collections].sort(byId),
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
    if (depth === 1 && keys.every((k) => (TABLE_ORDER as string[]).includes(k))) return TABLE_ORDER.filter((k) => keys.includes(k));
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
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';

type CheckedCorpus = BackupFile['corpus'];
/** A record that passed its schema, with its place in its table. */
type Placed<T> = { row: T; index: number };
type PlacedCorpus = { [T in TableName]: Placed<CheckedCorpus[T][number]>[] };

/** "The backup’s highlight 3 (id "h-7")": a record as a person can find it in the file. */
function recordWords(table: TableName, index: number, row: unknown): string {
  const { noun, key } = TABLES[table];
  const name = isObj(row) && isStr(row[key]) ? ` (${key} "${row[key].slice(0, 64)}")` : '';
  return `The backup’s ${noun} ${index + 1}${name}`;
}

/** "highlights[2].selectors.position.start": where a value sits in the corpus. */
function pathText(keys: readonly unknown[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

/**
 * The schema's issues as sentences, one per bad field of a record (the first issue inside it),
 * each naming the record, the field, what it should be and its path. Valibot's own messages are
 * not used: they are written for programmers.
 */
function issueProblems(issues: readonly v.BaseIssue<unknown>[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path ?? [];
    const keys = path.map((item) => item.key);
    const [top, table, index, fieldName] = keys;
    if (top === 'exportedAt') problems.push('"exportedAt" is missing or not text.');
    if (top !== 'corpus') continue;
    if (keys.length === 1) return [...problems, '"corpus" is missing or not an object.'];
    if (!isStr(table) || !Object.hasOwn(TABLES, table)) continue;
    const name = table as TableName;
    if (keys.length === 2) {
      problems.push(`"corpus.${name}" is missing or not a list.`);
      continue;
    }
    if (typeof index !== 'number') continue;
    const row = path[2]!.value;
    const recordKey = `${name}[${index}]`;
    if (!isObj(row)) {
      if (!seen.has(recordKey)) problems.push(`${recordWords(name, index, row)} is not an object (${recordKey}).`);
      seen.add(recordKey);
      continue;
    }
    if (!isStr(fieldName)) continue;
    const fieldKey = `${recordKey}.${fieldName}`;
    if (seen.has(fieldKey)) continue;
    seen.add(fieldKey);
    const missing = keys.length === 4 && path[3]!.origin === 'key';
    const words = fieldWords(name, fieldName);
    problems.push(
      `${recordWords(name, index, row)}: "${fieldName}" is ${missing ? 'missing' : 'not valid'}${words ? `; it should be ${words}` : ''} (${pathText(keys.slice(1))}).`,
    );
  }
  return problems;
}

/** The records of each table that passed their schema, with their places (the backup as a whole did not). */
function checkedRecords(corpus: unknown): PlacedCorpus {
  const table = <S extends v.GenericSchema>(schema: S, rows: unknown): Placed<v.InferInput<S>>[] =>
    Array.isArray(rows) ? rows.flatMap((row: unknown, index) => (v.is(schema, row) ? [{ row, index }] : [])) : [];
  const c = isObj(corpus) ? corpus : {};
  return {
    articles: table(TABLES.articles.schema, c.articles),
    articleTexts: table(TABLES.articleTexts.schema, c.articleTexts),
    tags: table(TABLES.tags.schema, c.tags),
    highlights: table(TABLES.highlights.schema, c.highlights),
    notes: table(TABLES.notes.schema, c.notes),
    collections: table(TABLES.collections.schema, c.collections),
    meta: table(TABLES.meta.schema, c.meta),
  };
}

function placed(corpus: CheckedCorpus): PlacedCorpus {
  const table = <T>(rows: T[]): Placed<T>[] => rows.map((row, index) => ({ row, index }));
  return {
    articles: table(corpus.articles),
    articleTexts: table(corpus.articleTexts),
    tags: table(corpus.tags),
    highlights: table(corpus.highlights),
    notes: table(corpus.notes),
    collections: table(corpus.collections),
    meta: table(corpus.meta),
  };
}

/**
 * What no single record's schema can see: ids used twice, texts without articles, references to
 * records the backup lacks, highlights outside their text. References are checked against every
 * record that names itself, valid or not, so that one damaged record is reported once rather than
 * again by everything pointing at it.
 */
function recordProblems(checked: PlacedCorpus, raw: unknown): string[] {
  const problems: string[] = [];
  const at = (table: TableName, index: number, ...keys: (string | number)[]) => pathText([table, index, ...keys]);
  for (const name of Object.keys(TABLES) as TableName[]) {
    const key = TABLES[name].key;
    const seen = new Set<string>();
    for (const { row, index } of checked[name] as Placed<Obj>[]) {
      const value = row[key] as string;
      if (seen.has(value)) problems.push(`${recordWords(name, index, row)} has the same ${key} as an earlier ${TABLES[name].noun} (${at(name, index, key)}).`);
      seen.add(value);
    }
  }
  const corpus = isObj(raw) ? raw : {};
  const named = (rows: unknown) => (Array.isArray(rows) ? rows.filter((r): r is Obj => isObj(r) && isStr(r.id)) : []);
  const articleIds = new Set(named(corpus.articles).map((a) => a.id as string));
  const textById = new Map(named(corpus.articleTexts).filter((t) => isStr(t.text)).map((t) => [t.id as string, t.text as string]));
  const tagIds = new Set(named(corpus.tags).map((t) => t.id as string));
  const highlightIds = new Set(named(corpus.highlights).map((h) => h.id as string));
  const fingerprints = new Map<string, string>();
  for (const { row: a, index } of checked.articles) {
    const where = recordWords('articles', index, a);
    if (!textById.has(a.id)) problems.push(`${where} has no text in articleTexts (${at('articles', index, 'id')}).`);
    const other = fingerprints.get(a.fingerprint);
    if (other !== undefined) problems.push(`${where} has the same fingerprint as article "${other}" (the same text twice) (${at('articles', index, 'fingerprint')}).`);
    fingerprints.set(a.fingerprint, a.id);
  }
  for (const { row: t, index } of checked.articleTexts) {
    if (!articleIds.has(t.id)) problems.push(`${recordWords('articleTexts', index, t)} is the text of an article that is not in the backup (${at('articleTexts', index, 'id')}).`);
  }
  for (const { row: h, index } of checked.highlights) {
    const where = recordWords('highlights', index, h);
    const text = textById.get(h.articleId);
    if (!articleIds.has(h.articleId)) problems.push(`${where} is on article "${h.articleId}", which is not in the backup (${at('highlights', index, 'articleId')}).`);
    else if (h.anchorStatus === 'anchored' && text !== undefined && !(h.start < h.end && h.end <= text.length)) {
      problems.push(`${where} spans ${h.start}–${h.end}, outside its article's text (${text.length} characters) (${at('highlights', index, 'end')}).`);
    }
    h.tagIds.forEach((tagId, i) => {
      if (!tagIds.has(tagId)) problems.push(`${where} is coded with tag "${tagId}", which is not in the backup (${at('highlights', index, 'tagIds', i)}).`);
    });
  }
  for (const { row: n, index } of checked.notes) {
    const where = recordWords('notes', index, n);
    if (n.articleId !== null && !articleIds.has(n.articleId)) problems.push(`${where} is on article "${n.articleId}", which is not in the backup (${at('notes', index, 'articleId')}).`);
    if (n.highlightId !== null && !highlightIds.has(n.highlightId)) problems.push(`${where} is on highlight "${n.highlightId}", which is not in the backup (${at('notes', index, 'highlightId')}).`);
  }
  // Names are unique as a person reads them (case aside), as the app keeps them (library/collections.ts).
  const collectionNames = new Map<string, string>();
  for (const { row: c, index } of checked.collections) {
    const where = recordWords('collections', index, c);
    c.articleIds.forEach((articleId, i) => {
      if (!articleIds.has(articleId)) problems.push(`${where} holds article "${articleId}", which is not in the backup (${at('collections', index, 'articleIds', i)}).`);
    });
    const other = collectionNames.get(nameKey(c.name));
    if (other !== undefined) problems.push(`${where} has the same name as collection "${other}" (${at('collections', index, 'name')}).`);
    else collectionNames.set(nameKey(c.name), c.id);
  }
  return problems;
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
 * article's text. Every field is checked by the schema in backup-schema.ts.
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
  const parsed = v.safeParse(BackupFileSchema, data);
  const issues = parsed.success ? [] : parsed.issues;
  const atTop = (key: string) => issues.find((issue) => issue.path === undefined || issue.path[0].key === key);
  const format = atTop('format');
  if (format) {
    const what = format.path && isStr(format.input) ? ` Its format says "${format.input.slice(0, 60)}".` : '';
    return {
      ok: false,
      error: {
        code: 'not-a-backup',
        message: `This JSON file is not a Parallax backup (it has no "format": "${BACKUP_FORMAT}"); it may come from another app.${what} Nothing was restored.`,
      },
    };
  }
  const version = atTop('version');
  if (version && Number.isInteger(version.input) && (version.input as number) > BACKUP_VERSION) {
    return {
      ok: false,
      error: {
        code: 'newer-version',
        message: `This backup was made by a newer version of Parallax (backup format ${String(version.input)}); this version reads format ${BACKUP_VERSION}. Update Parallax to restore it. Nothing was restored.`,
      },
    };
  }
  if (version) return invalid(['"version" is missing or not a positive whole number.']);

  const raw = isObj(data) ? data.corpus : undefined;
  const problems = [...issueProblems(issues), ...recordProblems(parsed.success ? placed(parsed.output.corpus) : checkedRecords(raw), raw)];
  if (!parsed.success || problems.length) return invalid(problems);
  const { corpus, exportedAt, app } = parsed.output;
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, app, corpus: sortedCorpus(corpus) } };
}

// ---------------------------------------------------------------- merging

export interface MergePlan {
  /** Records to add to the current corpus (ids already mapped onto the current corpus). */
  add: BackupCorpus;
  /**
   * Records that replace current records with the same id: highlights and notes when the incoming
   * one is newer, collections when the backup adds articles to them.
   */
  update: { highlights: HighlightRecord[]; notes: NoteRecord[]; collections: CollectionRecord[] };
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
 * - Collections by id; a new one named like a current one (case aside) is that one, since names
 *   are unique. A collection both hold gains the backup's articles it lacks, at the end (never
 *   loses any); articles follow the article map, and skipped ones are left out.
 * - Meta: keys the current corpus lacks are added.
 */
export function mergeBackup(current: BackupCorpus, incoming: BackupCorpus): MergePlan {
  const plan: MergePlan = {
    add: { articles: [], articleTexts: [], tags: [], highlights: [], notes: [], collections: [], meta: [] },
    update: { highlights: [], notes: [], collections: [] },
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

  mergeCollections(plan, current.collections, incoming.collections, (ids) => [...new Set(ids.filter((id) => !conflicted.has(id)).map(mapArticle))]);

  const currentKeys = new Set((current.meta ?? []).map((m) => m.key));
  for (const m of incoming.meta ?? []) if (!currentKeys.has(m.key)) plan.add.meta.push(m);
  return plan;
}

/**
 * The collections part of a merge plan (see mergeBackup). `articlesOf` turns the backup's article
 * ids into the ones the merged corpus holds. Collections are kept as they grow, by id, so that a
 * second incoming collection landing on the same one (one by id, one by name) adds to the first's
 * additions rather than replacing them.
 */
function mergeCollections(plan: MergePlan, current: readonly CollectionRecord[], incoming: readonly CollectionRecord[], articlesOf: (ids: readonly Id[]) => Id[]): void {
  const currentIds = new Set(current.map((c) => c.id));
  const merged = new Map(current.map((c) => [c.id, c]));
  const byName = new Map(current.map((c) => [nameKey(c.name), c.id]));
  const grown = new Set<Id>();
  for (const c of [...incoming].sort(byId)) {
    const articleIds = articlesOf(c.articleIds);
    const targetId = merged.has(c.id) ? c.id : byName.get(nameKey(c.name));
    const target = targetId === undefined ? undefined : merged.get(targetId);
    if (!target) {
      merged.set(c.id, { ...c, articleIds });
      byName.set(nameKey(c.name), c.id);
      continue;
    }
    // The record changed, so it is at least as new as the backup's; the merge itself has no clock.
    const { collection, added } = withArticles(target, articleIds, Math.max(target.updatedAt, c.updatedAt));
    if (added === 0) {
      plan.unchanged++;
      continue;
    }
    merged.set(target.id, collection);
    if (currentIds.has(target.id)) grown.add(target.id);
  }
  for (const c of merged.values()) {
    if (!currentIds.has(c.id)) plan.add.collections.push(c);
    else if (grown.has(c.id)) plan.update.collections.push(c);
  }
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
    collections: [...replace(current.collections, plan.update.collections), ...plan.add.collections],
    meta: [...(current.meta ?? []), ...plan.add.meta],
  });
}
