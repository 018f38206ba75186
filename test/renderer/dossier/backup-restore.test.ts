import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AutoBackupInfo, ParallaxBridge } from '@shared/bridge';
import { type BackupCorpus, backupJson, parseBackup } from '@shared/dossier';
import { extractCitations } from '@shared/notes/citation-links';
import { err, ok } from '@shared/result';
import { UndoHistory } from '../../../src/renderer/src/app/undo';
import { applyMergePlan, DERIVED_META_KEYS, planMerge, readBackupCorpus, replaceCorpus } from '../../../src/renderer/src/db/backup';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { restoreBackup } from '../../../src/renderer/src/features/dossier/restore-job';
import { SEARCH_DIRTY_KEY, SEARCH_INDEX_KEY } from '../../../src/renderer/src/features/search/search-service';
import { fixtureCorpus } from '../../shared/dossier/fixture';
import { freshDbsDeletedAfterEach } from '../db/test-db';

const open = freshDbsDeletedAfterEach();

async function fixtureBackup(): Promise<BackupCorpus> {
  const input = await fixtureCorpus();
  return {
    articles: input.articles.map((a) => a.record),
    articleTexts: input.articles.map((a) => ({ id: a.record.id, text: a.text, boilerplate: a.boilerplate ?? [] })),
    tags: input.tags,
    highlights: input.highlights,
    notes: input.notes,
    collections: [],
    meta: [{ key: 'seedCorpus', value: { state: 'done', at: 1 } }],
  };
}

/** Stores a corpus as the app keeps it: the citations the fixture's notes carry inside go to their own rows. */
async function store(db: ParallaxDB, corpus: BackupCorpus): Promise<void> {
  await db.articles.bulkAdd(corpus.articles);
  await db.articleTexts.bulkAdd(corpus.articleTexts);
  await db.tags.bulkAdd(corpus.tags);
  await db.highlights.bulkAdd(corpus.highlights);
  for (const note of corpus.notes) {
    const { content, citations } = extractCitations(note.content, () => `cite-${note.id}-${Math.random().toString(36).slice(2)}`);
    await db.notes.add({ ...note, content });
    await db.citations.bulkAdd(citations);
  }
  await db.collections.bulkAdd(corpus.collections);
  await db.meta.bulkAdd(corpus.meta);
}

const withoutExportedAt = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

/** The bridge's automatic-backup store, in memory; `failWrites` makes it refuse. */
function backupStore(failWrites = false) {
  const written: { reason: string; json: string }[] = [];
  const bridge = {
    writeAutoBackup: async ({ reason, json }: { reason: 'daily' | 'before-restore'; json: string }) => {
      if (failWrites) return err({ code: 'write-failed', message: 'The disk is full.' });
      written.push({ reason, json });
      const info: AutoBackupInfo = { id: `b${written.length}`, createdAt: new Date().toISOString(), reason, bytes: json.length };
      return ok(info);
    },
  } as unknown as ParallaxBridge;
  return { bridge, written };
}

describe('backing up and restoring the corpus in the database', () => {
  it('gives the same document after backup → restore into an empty corpus → backup, apart from exportedAt', async () => {
    const source = open();
    await store(source, await fixtureBackup());
    const first = backupJson(await readBackupCorpus(source), '2026-01-01T00:00:00.000Z');
    const parsed = parseBackup(first);
    if (!parsed.ok) throw new Error(parsed.error.message);

    const target = open();
    await replaceCorpus(target, parsed.backup.corpus);
    const second = backupJson(await readBackupCorpus(target), '2026-02-02T00:00:00.000Z');
    expect(second).not.toBe(first);
    expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));
  });

  it('leaves the full-text index out of a backup: it is a cache the app rebuilds', async () => {
    const db = open();
    await store(db, await fixtureBackup());
    await db.meta.bulkPut([
      { key: SEARCH_INDEX_KEY, value: { huge: true } },
      { key: SEARCH_DIRTY_KEY, value: 3 },
    ]);
    const keys = (await readBackupCorpus(db)).meta.map((m) => m.key);
    expect(keys).toEqual(['seedCorpus']);
    expect([...DERIVED_META_KEYS].sort()).toEqual([SEARCH_INDEX_KEY, SEARCH_DIRTY_KEY].sort());
  });

  it('replaces the corpus exactly, with near-duplicate shingles recomputed and the samples never re-imported', async () => {
    const db = open();
    await store(db, await fixtureBackup());
    const other = await fixtureBackup();
    const onlyOne: BackupCorpus = { ...other, articles: other.articles.slice(0, 1), articleTexts: other.articleTexts.slice(0, 1), highlights: [], notes: [], meta: [] };
    await replaceCorpus(db, onlyOne);
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['art-1']);
    expect(await db.highlights.count()).toBe(0);
    expect(await db.articleShingles.toCollection().primaryKeys()).toEqual(['art-1']);
    // The backup had no first-launch mark: the restored corpus gets one, so the samples stay out.
    expect((await db.meta.get('seedCorpus'))?.value).toMatchObject({ state: 'done' });
  });

  it('restores an older backup in format 1 written without the settings table, whole', async () => {
    const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/dossier/backup-v1.example.json'), 'utf8'));
    delete data.corpus.meta;
    const parsed = parseBackup(JSON.stringify(data));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const db = open();
    await replaceCorpus(db, parsed.backup.corpus);
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['7f1c2a9e-0000-4000-8000-000000000001']);
    expect((await db.articleTexts.get('7f1c2a9e-0000-4000-8000-000000000001'))?.text).toBe('Reykjavik, May 19 (EFE).- Blinken met Lavrov.\nBoth stressed "serious differences".');
    expect((await db.tags.toArray()).map((t) => [t.name, t.color]).sort()).toEqual([
      ['Conflict', '#e4572e'],
      ['Framing', '#3a86ff'],
    ]);
    expect((await db.highlights.toArray()).map((h) => [h.start, h.end, h.tagIds])).toEqual([[61, 80, ['b2c3d4e5-0000-4000-8000-000000000003']]]);
    expect((await db.notes.toArray()).map((n) => n.plainText)).toEqual(['Key phrase: “serious differences” (EFE, 19 May 2021)']);
    expect(await db.meta.toCollection().primaryKeys()).toEqual(['seedCorpus']);
    expect(await db.collections.count()).toBe(0);
  });

  it('refuses a corpus whose tag colour is not #rrggbb, by replace or by merge, and leaves the corpus as it was', async () => {
    const db = open();
    const current = await fixtureBackup();
    await store(db, current);
    // As the database holds it (its notes' span links now name citation rows).
    const before = withoutExportedAt(backupJson(await readBackupCorpus(db), 'x'));
    const hostile = await fixtureBackup();
    const tag = { ...hostile.tags[0]!, id: 'evil-tag', name: 'Evil', color: 'red;background:url(javascript:alert(1))' };
    await expect(replaceCorpus(db, { ...hostile, tags: [...hostile.tags, tag] })).rejects.toThrow(/is not a colour of the form #rrggbb\. Nothing was restored\./);
    await expect(applyMergePlan(db, await planMerge(db, { ...hostile, tags: [tag] }))).rejects.toThrow(/#rrggbb/);
    expect(withoutExportedAt(backupJson(await readBackupCorpus(db), 'x'))).toBe(before);
  });

  it('merges what is new, and a second merge of the same backup adds nothing', async () => {
    const db = open();
    const full = await fixtureBackup();
    await store(db, { ...full, articles: full.articles.slice(0, 1), articleTexts: full.articleTexts.slice(0, 1), highlights: full.highlights.filter((h) => h.articleId === 'art-1'), notes: [] });
    const plan = await planMerge(db, full);
    expect(plan.add.articles.map((a) => a.id).sort()).toEqual(['art-2', 'art-3']);
    await applyMergePlan(db, plan);
    expect(await db.articles.count()).toBe(3);
    expect(await db.highlights.count()).toBe(full.highlights.length);
    expect(await db.notes.count()).toBe(full.notes.length);
    expect(await db.articleShingles.count()).toBe(2);

    const again = await planMerge(db, full);
    expect(again.add.articles.length + again.add.highlights.length + again.add.notes.length + again.add.tags.length).toBe(0);
  });

  it('replaces the collections with the backup’s, and reads them back into the next backup', async () => {
    const db = open();
    await store(db, { ...(await fixtureBackup()), collections: [{ id: 'col-old', name: 'Old set', articleIds: ['art-1'], createdAt: 1, updatedAt: 2 }] });
    const incoming = await fixtureBackup();
    await replaceCorpus(db, { ...incoming, collections: [{ id: 'col-week', name: 'Week one', articleIds: ['art-3', 'art-1'], createdAt: 10, updatedAt: 20 }] });
    expect(await db.collections.toArray()).toEqual([{ id: 'col-week', name: 'Week one', articleIds: ['art-3', 'art-1'], createdAt: 10, updatedAt: 20 }]);
    expect((await readBackupCorpus(db)).collections).toEqual([{ id: 'col-week', name: 'Week one', articleIds: ['art-3', 'art-1'], createdAt: 10, updatedAt: 20 }]);
  });

  it('merges a backup’s collections: a new one is added, a current one gains the articles it lacked', async () => {
    const db = open();
    const full = await fixtureBackup();
    await store(db, { ...full, collections: [{ id: 'col-week', name: 'Week one', articleIds: ['art-2'], createdAt: 10, updatedAt: 20 }] });
    const incoming: BackupCorpus = {
      ...full,
      collections: [
        { id: 'col-week', name: 'Week one', articleIds: ['art-1', 'art-2'], createdAt: 10, updatedAt: 15 },
        { id: 'col-wire', name: 'Wire copy', articleIds: ['art-3'], createdAt: 30, updatedAt: 40 },
      ],
    };
    await applyMergePlan(db, await planMerge(db, incoming));
    expect(await db.collections.orderBy('id').toArray()).toEqual([
      { id: 'col-week', name: 'Week one', articleIds: ['art-2', 'art-1'], createdAt: 10, updatedAt: 20 },
      { id: 'col-wire', name: 'Wire copy', articleIds: ['art-3'], createdAt: 30, updatedAt: 40 },
    ]);
    // The multi-entry index finds a merged collection by an article it holds.
    expect((await db.collections.where('articleIds').equals('art-1').toArray()).map((c) => c.id)).toEqual(['col-week']);
  });
});

describe('restoring a backup', () => {
  it('keeps a safety backup of the corpus it replaces, and Undo brings that corpus back', async () => {
    const db = open();
    const full = await fixtureBackup();
    await store(db, full);
    const before = backupJson(await readBackupCorpus(db), 'x');
    const { bridge, written } = backupStore();
    const undo = new UndoHistory();
    const smaller: BackupCorpus = { ...full, articles: full.articles.slice(2), articleTexts: full.articleTexts.slice(2), highlights: full.highlights.filter((h) => h.articleId === 'art-3'), notes: [] };
    const parsed = parseBackup(backupJson(smaller, 'y'));
    if (!parsed.ok) throw new Error(parsed.error.message);

    const report = await restoreBackup(db, bridge, undo, parsed.backup, 'replace', () => undefined);
    expect(report.counts.articles).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect(written).toHaveLength(1);
    expect(written[0]!.reason).toBe('before-restore');
    expect(withoutExportedAt(written[0]!.json)).toBe(withoutExportedAt(before));

    expect(await undo.undo()).toBe('Restore from backup (replace)');
    expect(backupJson(await readBackupCorpus(db), 'x')).toBe(before);
  });

  it('restores nothing when the safety backup cannot be kept, and says why', async () => {
    const db = open();
    const full = await fixtureBackup();
    await store(db, full);
    const before = backupJson(await readBackupCorpus(db), 'x');
    const { bridge } = backupStore(true);
    const parsed = parseBackup(backupJson({ ...full, articles: [], articleTexts: [], highlights: [], notes: [] }, 'y'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    await expect(restoreBackup(db, bridge, new UndoHistory(), parsed.backup, 'replace', () => undefined)).rejects.toThrow('The disk is full.');
    expect(backupJson(await readBackupCorpus(db), 'x')).toBe(before);
  });

  it('merges with a safety backup first, and Undo takes the merge back', async () => {
    const db = open();
    const full = await fixtureBackup();
    const partial = { ...full, articles: full.articles.slice(0, 1), articleTexts: full.articleTexts.slice(0, 1), highlights: [], notes: [] };
    await store(db, partial);
    const before = backupJson(await readBackupCorpus(db), 'x');
    const { bridge, written } = backupStore();
    const undo = new UndoHistory();
    const parsed = parseBackup(backupJson(full, 'y'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const report = await restoreBackup(db, bridge, undo, parsed.backup, 'merge', () => undefined);
    expect(report.plan?.add.articles).toHaveLength(2);
    expect(await db.articles.count()).toBe(3);
    expect(written.map((w) => w.reason)).toEqual(['before-restore']);
    await undo.undo();
    expect(backupJson(await readBackupCorpus(db), 'x')).toBe(before);
    await undo.redo();
    expect(await db.articles.count()).toBe(3);
  });
});
