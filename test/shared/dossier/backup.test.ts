import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyMerge, BACKUP_FORMAT, backupJson, type BackupCorpus, mergeBackup, parseBackup, serializeBackup } from '@shared/dossier';
import type { ArticleRecord, CollectionRecord, MetaRecord } from '@shared/model';
import { fixtureCorpus, lexical, lexicalNodes } from './fixture';

const EXAMPLE = resolve(import.meta.dirname, '../../fixtures/dossier/backup-v1-collections.example.json');
/** The example as backups were written before collections: it must still restore. */
const OLDER_EXAMPLE = resolve(import.meta.dirname, '../../fixtures/dossier/backup-v1.example.json');

const collection = (id: string, name: string, articleIds: string[], createdAt = 100, updatedAt = 200): CollectionRecord => ({ id, name, articleIds, createdAt, updatedAt });

async function corpus(): Promise<BackupCorpus> {
  const input = await fixtureCorpus();
  const articles: ArticleRecord[] = input.articles.map((a) => a.record);
  // A newer version of article 1, with a metadata edit and near-duplicate link.
  const v2: ArticleRecord = { ...articles[0]!, id: 'art-1b', fingerprint: 'f-1b', previousVersionId: 'art-1', edits: { title: 'Corrected title' }, nearDuplicateIds: ['art-2'] };
  const meta: MetaRecord[] = [{ key: 'seeded', value: { at: 1, files: ['a', 'b'] } }];
  return {
    articles: [...articles, v2],
    articleTexts: [...input.articles.map((a) => ({ id: a.record.id, text: a.text, boilerplate: a.boilerplate ?? [] })), { id: 'art-1b', text: `${input.articles[0]!.text}\nUpdate.`, boilerplate: [{ text: 'Share this', reason: 'share links', at: 10 }] }],
    tags: input.tags,
    highlights: input.highlights,
    notes: input.notes,
    // Articles out of id order: a collection keeps the order they were added in.
    collections: [collection('col-week', 'Week one', ['art-2', 'art-1'])],
    meta,
  };
}

/** Shuffles every table and every record's keys: the backup must not depend on either. */
function scrambled(c: BackupCorpus): BackupCorpus {
  const flip = <T extends object>(r: T): T => Object.fromEntries(Object.entries(r).reverse()) as T;
  return {
    articles: [...c.articles].reverse().map(flip),
    articleTexts: [...c.articleTexts].reverse().map(flip),
    tags: [...c.tags].reverse().map(flip),
    highlights: [...c.highlights].reverse().map(flip),
    notes: [...c.notes].reverse().map(flip),
    collections: [...c.collections].reverse().map(flip),
    meta: [...c.meta].reverse(),
  };
}

const withoutExportedAt = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

let full: BackupCorpus;
beforeAll(async () => {
  full = await corpus();
});

describe('the JSON backup', () => {
  it('round-trips byte for byte: backup → restore → backup differs only in exportedAt', () => {
    const first = backupJson(full, '2024-05-01T10:00:00.000Z');
    const parsed = parseBackup(first);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const second = serializeBackup({ ...parsed.backup, exportedAt: '2025-01-01T00:00:00.000Z' });
    expect(second).not.toBe(first);
    expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));
    const diff = first.split('\n').filter((line, i) => line !== second.split('\n')[i]);
    expect(diff).toEqual(['  "exportedAt": "2024-05-01T10:00:00.000Z",']);
  });

  it('does not depend on the order of records or of their keys', () => {
    expect(backupJson(scrambled(full), 'x')).toBe(backupJson(full, 'x'));
  });

  it('holds every part of the corpus: versions, edits, texts with page furniture, tags, highlights, notes, collections, meta', () => {
    const parsed = JSON.parse(backupJson(full, 'x'));
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'app', 'corpus']);
    expect(parsed.format).toBe(BACKUP_FORMAT);
    expect(Object.keys(parsed.corpus)).toEqual(['articles', 'articleTexts', 'tags', 'highlights', 'notes', 'collections', 'meta']);
    expect(parsed.corpus.articles.find((a: ArticleRecord) => a.id === 'art-1b')).toMatchObject({ previousVersionId: 'art-1', edits: { title: 'Corrected title' } });
    expect(parsed.corpus.articleTexts.find((t: { id: string }) => t.id === 'art-1b').boilerplate).toEqual([{ at: 10, reason: 'share links', text: 'Share this' }]);
    expect(parsed.corpus.highlights.map((h: { id: string }) => h.id)).toEqual([...full.highlights.map((h) => h.id)].sort());
    expect(parsed.corpus.notes).toHaveLength(2);
    expect(parsed.corpus.collections).toEqual([{ articleIds: ['art-2', 'art-1'], createdAt: 100, id: 'col-week', name: 'Week one', updatedAt: 200 }]);
    expect(parsed.corpus.meta).toEqual([{ key: 'seeded', value: { at: 1, files: ['a', 'b'] } }]);
  });

  it('matches the documented example file, which parses', () => {
    const example = readFileSync(EXAMPLE, 'utf8');
    const parsed = parseBackup(example);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(serializeBackup(parsed.backup)).toBe(example);
  });

  it('gives back the collections it holds, sorted by id, each with its articles in their order', () => {
    const collections = [collection('col-wire', 'Wire copy', ['art-3'], 300, 400), collection('col-week', 'Week one', ['art-3', 'art-1', 'art-2'])];
    const parsed = parseBackup(backupJson({ ...full, collections }, 'x'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.backup.corpus.collections).toEqual([
      { id: 'col-week', name: 'Week one', articleIds: ['art-3', 'art-1', 'art-2'], createdAt: 100, updatedAt: 200 },
      { id: 'col-wire', name: 'Wire copy', articleIds: ['art-3'], createdAt: 300, updatedAt: 400 },
    ]);
  });
});

describe('reading a backup', () => {
  it('explains a corrupt (truncated) file', () => {
    const json = backupJson(full, 'x');
    const result = parseBackup(json.slice(0, json.length / 2));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-json');
      expect(result.error.message).toMatch(/not valid JSON.*damaged or cut short; nothing was restored/);
    }
  });

  it('explains another app’s JSON file', () => {
    for (const other of ['{"items":[{"key":"ABC","itemType":"journalArticle"}]}', '[1,2,3]', '{"format":"zotero-export","version":1}']) {
      const result = parseBackup(other);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('not-a-backup');
        expect(result.error.message).toMatch(/not a Parallax backup.*another app/);
      }
    }
  });

  it('explains a backup from a newer Parallax', () => {
    const newer = backupJson(full, 'x').replace('"version": 1', '"version": 2');
    const result = parseBackup(newer);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('newer-version');
      expect(result.error.message).toMatch(/newer version of Parallax \(backup format 2\).*Update Parallax/);
    }
  });

  it('names missing fields, dangling references and offsets outside the text', () => {
    const data = JSON.parse(backupJson(full, 'x'));
    delete data.corpus.articles[0].fingerprint;
    data.corpus.highlights[0].articleId = 'nowhere';
    data.corpus.highlights[1].end = 10_000_000;
    data.corpus.highlights[2].tagIds = ['no-such-tag'];
    data.corpus.notes[0].highlightId = 'gone';
    const result = parseBackup(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.message).toMatch(/^This Parallax backup is damaged or incomplete, so nothing was restored: /);
    const problems = result.error.problems!.join('\n');
    expect(problems).toContain('"fingerprint" is missing');
    expect(problems).toContain('is on article "nowhere", which is not in the backup');
    expect(problems).toMatch(/spans \d+–10000000, outside its article's text/);
    expect(problems).toContain('coded with tag "no-such-tag"');
    expect(problems).toContain('is on highlight "gone"');
  });

  it('reads an older backup written without collections, as having none', () => {
    const older = readFileSync(OLDER_EXAMPLE, 'utf8');
    expect(older).not.toContain('"collections"');
    const parsed = parseBackup(older);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.backup.corpus.collections).toEqual([]);
    expect(parsed.backup.corpus.articles.map((a) => a.id)).toEqual(['7f1c2a9e-0000-4000-8000-000000000001']);
    // Written again, it is today's format with an empty table.
    expect(serializeBackup(parsed.backup)).toBe(older.replace('    "meta": [\n', '    "collections": [],\n    "meta": [\n'));
  });

  it('refuses a collection that holds an article the backup does not have, naming it', () => {
    const result = parseBackup(backupJson({ ...full, collections: [collection('col-week', 'Week one', ['art-1', 'nowhere'])] }, 'x'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toEqual(['The backup’s collection 1 (id "col-week") holds article "nowhere", which is not in the backup (collections[0].articleIds[1]).']);
  });

  it('refuses two collections with the same name, whatever their case', () => {
    const result = parseBackup(backupJson({ ...full, collections: [collection('col-a', 'Week one', []), collection('col-b', ' WEEK ONE', ['art-1'])] }, 'x'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toEqual(['The backup’s collection 2 (id "col-b") has the same name as collection "col-a" (collections[1].name).']);
  });

  it('refuses a collection with an empty name or a name longer than the app allows, saying what it should be', () => {
    const result = parseBackup(backupJson({ ...full, collections: [collection('col-a', '', []), collection('col-b', 'n'.repeat(121), [])] }, 'x'));
    expect(!result.ok && result.error.problems).toEqual([
      'The backup’s collection 1 (id "col-a"): "name" is not valid; it should be text of 1 to 120 characters (collections[0].name).',
      'The backup’s collection 2 (id "col-b"): "name" is not valid; it should be text of 1 to 120 characters (collections[1].name).',
    ]);
  });

  it('refuses a backup with a missing table', () => {
    const data = JSON.parse(backupJson(full, 'x'));
    delete data.corpus.highlights;
    const result = parseBackup(JSON.stringify(data));
    expect(!result.ok && result.error.message).toContain('"corpus.highlights" is missing or not a list.');
  });
});

describe('merging a backup into the current corpus', () => {
  it('adds what is new, and keeps what is already there', () => {
    const current: BackupCorpus = { ...full, articles: full.articles.slice(0, 2), articleTexts: full.articleTexts.filter((t) => t.id === 'art-1' || t.id === 'art-2'), highlights: full.highlights.slice(0, 2), notes: [], meta: [] };
    const plan = mergeBackup(current, full);
    expect(plan.add.articles.map((a) => a.id).sort()).toEqual(['art-1b', 'art-3']);
    expect(plan.add.articleTexts.map((t) => t.id).sort()).toEqual(['art-1b', 'art-3']);
    expect(plan.add.highlights).toHaveLength(full.highlights.length - 2);
    expect(plan.add.notes).toHaveLength(2);
    expect(plan.add.tags).toEqual([]);
    expect(backupJson(applyMerge(current, plan), 'x')).toBe(backupJson(full, 'x'));
  });

  it('keeps the newer of two versions of a highlight or note', () => {
    const incoming: BackupCorpus = {
      ...full,
      highlights: full.highlights.map((h) => (h.id === 'h-01' ? { ...h, tagIds: ['t-coop'], updatedAt: h.updatedAt + 1 } : h.id === 'h-02' ? { ...h, tagIds: [], updatedAt: h.updatedAt - 1 } : h)),
      notes: full.notes.map((n) => (n.id === 'n-2' ? { ...n, plainText: 'newer', updatedAt: n.updatedAt + 1 } : n)),
    };
    const plan = mergeBackup(full, incoming);
    expect(plan.update.highlights.map((h) => [h.id, h.tagIds])).toEqual([['h-01', ['t-coop']]]);
    expect(plan.update.notes.map((n) => n.plainText)).toEqual(['newer']);
    expect(plan.add.highlights).toEqual([]);
  });

  it('treats an article with the same fingerprint under another id as a duplicate, and follows it everywhere', () => {
    const art3 = full.articles.find((a) => a.id === 'art-3')!;
    const text3 = full.articleTexts.find((t) => t.id === 'art-3')!;
    const hl = full.highlights.find((h) => h.articleId === 'art-3')!;
    const citing = lexical(lexicalNodes.paragraph(lexicalNodes.spanLink({ articleId: 'other-3', start: hl.start, end: hl.end, selectors: hl.selectors, quote: hl.selectors.quote.exact, sourceLabel: 'x', highlightId: 'h-new' })));
    const incoming: BackupCorpus = {
      articles: [{ ...art3, id: 'other-3' }],
      articleTexts: [{ ...text3, id: 'other-3' }],
      tags: [{ ...full.tags[0]!, id: 't-other-conflict', name: 'conflict', parentId: 't-frame' }, { ...full.tags[0]!, id: 't-frame-2', name: 'Framing', parentId: null }],
      highlights: [{ ...hl, id: 'h-new', articleId: 'other-3', tagIds: ['t-other-conflict'] }],
      notes: [{ ...full.notes[1]!, id: 'n-new', articleId: 'other-3', highlightId: 'h-new', citedArticleIds: ['other-3'], content: citing }],
      collections: [],
      meta: [],
    };
    const plan = mergeBackup(full, incoming);
    expect(plan.articleIdMap).toEqual({ 'other-3': 'art-3' });
    expect(plan.add.articles).toEqual([]);
    expect(plan.add.articleTexts).toEqual([]);
    // "conflict" under Framing is the existing Conflict tag; a second top-level "Framing" is the existing one.
    expect(plan.tagIdMap).toEqual({ 't-other-conflict': 't-conflict', 't-frame-2': 't-frame' });
    expect(plan.add.tags).toEqual([]);
    expect(plan.add.highlights.map((h) => [h.articleId, h.tagIds])).toEqual([['art-3', ['t-conflict']]]);
    const note = plan.add.notes[0]!;
    expect([note.articleId, note.citedArticleIds]).toEqual(['art-3', ['art-3']]);
    expect(note.content).toContain('"articleId":"art-3"');
    expect(note.content).not.toContain('other-3');
    // The merged corpus is itself a valid backup.
    expect(parseBackup(backupJson(applyMerge(full, plan), 'x')).ok).toBe(true);
  });

  it('skips an article whose id is taken by another text, with its highlights and notes', () => {
    const incoming: BackupCorpus = { ...full, articles: full.articles.map((a) => (a.id === 'art-3' ? { ...a, fingerprint: 'different' } : a)), highlights: full.highlights.map((h) => ({ ...h, id: `${h.id}-x` })) };
    const plan = mergeBackup(full, incoming);
    expect(plan.skipped.filter((s) => s.table === 'articles').map((s) => s.id)).toEqual(['art-3']);
    expect(plan.add.highlights.some((h) => h.articleId === 'art-3')).toBe(false);
    expect(plan.skipped.some((s) => s.table === 'highlights')).toBe(true);
  });

  it('adds a new collection, its articles following a duplicate article to the one already in the library', () => {
    const art3 = full.articles.find((a) => a.id === 'art-3')!;
    const text3 = full.articleTexts.find((t) => t.id === 'art-3')!;
    const incoming: BackupCorpus = {
      articles: [{ ...art3, id: 'other-3' }],
      articleTexts: [{ ...text3, id: 'other-3' }],
      tags: [],
      highlights: [],
      notes: [],
      collections: [collection('col-new', 'Reading list', ['other-3'], 500, 600)],
      meta: [],
    };
    const plan = mergeBackup(full, incoming);
    expect(plan.add.collections).toEqual([{ id: 'col-new', name: 'Reading list', articleIds: ['art-3'], createdAt: 500, updatedAt: 600 }]);
    expect(plan.update.collections).toEqual([]);
    expect(parseBackup(backupJson(applyMerge(full, plan), 'x')).ok).toBe(true);
  });

  it('leaves out of a collection an article skipped because its id holds another text', () => {
    const incoming: BackupCorpus = {
      ...full,
      articles: full.articles.map((a) => (a.id === 'art-3' ? { ...a, fingerprint: 'different' } : a)),
      collections: [collection('col-new', 'Reading list', ['art-3', 'art-1'])],
    };
    const plan = mergeBackup(full, incoming);
    expect(plan.add.collections.map((c) => c.articleIds)).toEqual([['art-1']]);
  });

  it('merges a new collection named like a current one, case aside, into it: its articles join at the end', () => {
    const current: BackupCorpus = { ...full, collections: [collection('col-week', 'Week one', ['art-2'], 100, 200)] };
    const incoming: BackupCorpus = { ...full, collections: [collection('col-theirs', 'week ONE', ['art-3', 'art-2', 'art-1'], 150, 900)] };
    const plan = mergeBackup(current, incoming);
    expect(plan.add.collections).toEqual([]);
    expect(plan.update.collections).toEqual([{ id: 'col-week', name: 'Week one', articleIds: ['art-2', 'art-3', 'art-1'], createdAt: 100, updatedAt: 900 }]);
    expect(applyMerge(current, plan).collections).toEqual([{ id: 'col-week', name: 'Week one', articleIds: ['art-2', 'art-3', 'art-1'], createdAt: 100, updatedAt: 900 }]);
  });

  it('gives a collection both hold the union of their articles, the current ones first, and leaves one with nothing new alone', () => {
    const current: BackupCorpus = { ...full, collections: [collection('col-week', 'Week one', ['art-2', 'art-1'], 100, 800), collection('col-wire', 'Wire copy', ['art-3', 'art-1'])] };
    const incoming: BackupCorpus = { ...full, collections: [collection('col-week', 'Week one', ['art-3', 'art-1'], 100, 300), collection('col-wire', 'Wire copy', ['art-1'])] };
    const plan = mergeBackup(current, incoming);
    expect(plan.add.collections).toEqual([]);
    expect(plan.update.collections).toEqual([{ id: 'col-week', name: 'Week one', articleIds: ['art-2', 'art-1', 'art-3'], createdAt: 100, updatedAt: 800 }]);
    expect(applyMerge(current, plan).collections).toEqual([
      { id: 'col-week', name: 'Week one', articleIds: ['art-2', 'art-1', 'art-3'], createdAt: 100, updatedAt: 800 },
      { id: 'col-wire', name: 'Wire copy', articleIds: ['art-3', 'art-1'], createdAt: 100, updatedAt: 200 },
    ]);
  });
});
