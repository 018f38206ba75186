import { afterEach, describe, expect, it } from 'vitest';
import type { FileBytes, ParallaxBridge } from '@shared/bridge';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFile } from '@shared/ingest';
import { fileResult } from '@shared/ingest/types';
import { err, ok } from '@shared/result';
import { ensureSeedCorpus } from '../../../src/renderer/src/db/seed-corpus';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { ImportQueue } from '../../../src/renderer/src/features/import/import-queue';
import { freshDb } from '../db/test-db';

const text = (name: string, body: string): FileBytes => ({ name, bytes: new TextEncoder().encode(body) });

function fakeBridge(seeds: FileBytes[] = [], gate?: Promise<void>): ParallaxBridge & { parsed: string[] } {
  const parsed: string[] = [];
  return {
    parsed,
    getAppInfo: async () => ok({ name: 'Parallax', version: '1', mode: 'web', platform: 'test' }),
    parseBytes: async ({ file }) => {
      await gate;
      parsed.push(file.name);
      return fileResult(await parseFile({ name: file.name, bytes: file.bytes }));
    },
    parseCandidate: async () => err({ code: 'read-failed', message: 'gone' }),
    fetchUrl: async () => err({ code: 'unused', message: 'not in this test' }),
    chooseImport: async () => ok(null),
    loadSeeds: async () => ok(seeds),
    saveExport: async () => ok(null),
    printToPdf: async () => ok(null),
    chooseBackup: async () => ok(null),
    writeAutoBackup: async () => err({ code: 'unused', message: 'not in this test' }),
    listAutoBackups: async () => ok({ folder: null, backups: [] }),
    readAutoBackup: async () => err({ code: 'unused', message: 'not in this test' }),
    allowSyncServer: async () => ok({ origins: [] }),
    readCorpusMarker: async () => ok(null),
    writeCorpusMarker: async () => ok(null),
    onMenuCommand: () => () => undefined,
  };
}

const job = (file: FileBytes) => ({ kind: 'bytes' as const, displayPath: file.name, file });

describe('the import queue', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('imports good files and reports each bad one with its reason, without stopping', async () => {
    db = freshDb();
    const queue = new ImportQueue(db, fakeBridge());
    await queue.enqueue([
      job(text('a.txt', 'Alpha\nFirst body.')),
      job(text('empty.txt', '')),
      job(text('b.txt', 'Beta\nSecond body.')),
      job(text('a-copy.txt', 'Alpha\nFirst body.')),
      job(text('sheet.xlsx', 'cells')),
    ]);
    const state = queue.getState();
    expect(state).toMatchObject({ running: false, total: 5, done: 5 });
    // Results arrive as files finish: a refusal is reported at once, a stored article when its batch commits.
    const byFile = Object.fromEntries(state.results.map((r) => [r.displayPath, r]));
    expect(Object.fromEntries(Object.entries(byFile).map(([file, r]) => [file, r.status]))).toEqual({
      'a.txt': 'added',
      'empty.txt': 'failed',
      'b.txt': 'added',
      'a-copy.txt': 'duplicate',
      'sheet.xlsx': 'failed',
    });
    const duplicate = byFile['a-copy.txt'];
    expect(duplicate?.status === 'duplicate' && duplicate.message).toContain('Already in the corpus as “Alpha”');
    expect(await db.articles.count()).toBe(2);
  });

  it('imports every article of a database export in the one batch and names the articles it could not take', async () => {
    db = freshDb();
    const queue = new ImportQueue(db, fakeBridge());
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/exports/rules/lexisnexis-damaged.txt')));
    await queue.enqueue([job({ name: 'ledger.txt', bytes }), job(text('a.txt', 'Alpha\nFirst body.'))]);
    const state = queue.getState();
    // Two files; the export holds four articles (two taken, one with no body, one cut off).
    expect(state).toMatchObject({ running: false, total: 5, done: 5, files: 2 });
    expect(state.results.map((r) => [r.status, r.displayPath])).toEqual(
      expect.arrayContaining([
        ['skipped', 'ledger.txt, article 2 of 4 (“Photo gallery: the strike in pictures”)'],
        ['skipped', 'ledger.txt, article 4 of 4'],
        ['added', 'ledger.txt'],
        ['added', 'a.txt'],
      ]),
    );
    const stored = await db.articles.where('sourceName').equals('ledger.txt').toArray();
    expect(stored.map((a) => [a.title, a.part?.index, a.part?.count]).sort()).toEqual([
      ['Ferry strike halts island traffic', 1, 4],
      ['Talks to resume on Monday', 3, 4],
    ]);
  });

  it('asks again for a password-protected file and imports it once the password is right', async () => {
    db = freshDb();
    const bridge = fakeBridge();
    bridge.parseBytes = async ({ file, options }) => {
      if (options?.password === 'secret') return fileResult(await parseFile({ name: 'locked.txt', bytes: file.bytes }));
      const code = options?.password ? 'wrong-password' : 'password-required';
      return err({ code, message: `${code} message` });
    };
    const queue = new ImportQueue(db, bridge);
    await queue.enqueue([job(text('locked.pdf', 'Locked story\nIts body.'))]);
    expect(queue.getState().results[0]).toMatchObject({ status: 'failed', code: 'password-required', retryable: true });
    expect(await queue.retryWithPassword(0, 'nope')).toMatchObject({ status: 'failed', code: 'wrong-password', retryable: true });
    expect(await queue.retryWithPassword(0, 'secret')).toMatchObject({ status: 'added', title: 'Locked story' });
    expect(queue.getState().results).toHaveLength(1);
    expect(await queue.retryWithPassword(0, 'secret')).toBeNull();
    expect(await db.articles.count()).toBe(1);
  });

  it('passes the current size limit with every file', async () => {
    db = freshDb();
    let limit = 1_000_000;
    const queue = new ImportQueue(db, fakeBridge(), () => ({ maxBytes: limit }));
    const seen: (number | undefined)[] = [];
    const bridge = (queue as unknown as { bridge: ParallaxBridge }).bridge;
    const original = bridge.parseBytes;
    bridge.parseBytes = async (request) => {
      seen.push(request.options?.maxBytes);
      return original(request);
    };
    await queue.enqueue([job(text('a.txt', 'A\nBody.'))]);
    limit = 10;
    await queue.enqueue([job(text('b.txt', 'B\nBody.'))]);
    expect(seen).toEqual([1_000_000, 10]);
  });

  it('stores an article as soon as it is parsed, and the ones parsed meanwhile together', async () => {
    db = freshDb();
    let release!: () => void;
    const lastParse = new Promise<void>((resolve) => (release = resolve));
    const bridge = fakeBridge();
    const parseBytes = bridge.parseBytes;
    bridge.parseBytes = async (request) => {
      if (request.file.name === 'f9.txt') await lastParse;
      return parseBytes(request);
    };
    const transactions: number[] = [];
    const original = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    (db as unknown as { transaction: (...args: unknown[]) => unknown }).transaction = (...args: unknown[]) => {
      transactions.push(Date.now());
      return original(...args);
    };
    const queue = new ImportQueue(db, bridge);
    const files = Array.from({ length: 10 }, (_, i) => job(text(`f${i}.txt`, `Story ${i}\nBody of story number ${i}.`)));
    const done = queue.enqueue(files);
    await expect.poll(() => db.articles.count()).toBeGreaterThan(0);
    expect(queue.getState().running).toBe(true);
    release();
    await done;
    expect(await db.articles.count()).toBe(10);
    expect(transactions.length).toBeLessThan(10);
  });

  it('lists files skipped before parsing alongside the results', async () => {
    db = freshDb();
    const queue = new ImportQueue(db, fakeBridge());
    await queue.enqueue([job(text('a.txt', 'Alpha\nBody.'))], [{ displayPath: 'photo.jpg', reason: 'Not an article file.' }]);
    expect(queue.getState().results).toContainEqual({ status: 'skipped', displayPath: 'photo.jpg', message: 'Not an article file.' });
  });

  it('reports progress to subscribers as each file finishes', async () => {
    db = freshDb();
    const queue = new ImportQueue(db, fakeBridge());
    const seen: number[] = [];
    queue.subscribe(() => seen.push(queue.getState().done));
    await queue.enqueue([job(text('a.txt', 'A\nBody a.')), job(text('b.txt', 'B\nBody b.'))]);
    expect(seen).toContain(1);
    expect(seen.at(-1)).toBe(2);
  });

  it('stops between files when cancelled, keeping what finished', async () => {
    db = freshDb();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queue = new ImportQueue(db, fakeBridge([], gate));
    const done = queue.enqueue([job(text('a.txt', 'A\nBody a.')), job(text('b.txt', 'B\nBody b.')), job(text('c.txt', 'C\nBody c.'))]);
    queue.cancel();
    release();
    await done;
    expect(queue.getState()).toMatchObject({ running: false, cancelled: true, done: 1 });
    expect(await db.articles.count()).toBe(1);
  });
});

describe('the seed corpus', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('is imported on the first launch only', async () => {
    db = freshDb();
    const seeds = [text('s1.txt', 'Seed one\nBody one.'), text('s2.txt', 'Seed two\nBody two.')];
    const bridge = fakeBridge(seeds);
    expect(await ensureSeedCorpus(db, bridge, new ImportQueue(db, bridge))).toBe('seeded');
    expect(await db.articles.count()).toBe(2);
    await db.articles.clear();
    expect(await ensureSeedCorpus(db, bridge, new ImportQueue(db, bridge))).toBe('already');
    expect(await db.articles.count()).toBe(0);
  });

  it('never stores a seed twice, even when two launches race', async () => {
    db = freshDb();
    const seeds = [text('s1.txt', 'Seed one\nBody one.')];
    const bridge = fakeBridge(seeds);
    await Promise.all([
      ensureSeedCorpus(db, bridge, new ImportQueue(db, bridge)),
      ensureSeedCorpus(db, bridge, new ImportQueue(db, bridge)),
    ]);
    expect(await db.articles.count()).toBe(1);
  });
});

describe('files added while an import finishes storing', () => {
  it('are imported in the same run, not left waiting', async () => {
    const db = freshDb();
    const queue = new ImportQueue(db, fakeBridge());
    // As soon as the first file is stored (the run is still finishing), add another.
    let added = false;
    let second: Promise<void> | null = null;
    queue.subscribe(() => {
      if (added || queue.getState().done !== 1 || !queue.getState().running) return;
      added = true;
      second = queue.enqueue([job(text('b.txt', 'B\nBody b.'))]);
    });
    const first = queue.enqueue([job(text('a.txt', 'A\nBody a.'))]);
    await first;
    expect(second).not.toBeNull();
    await second;
    expect(await db.articles.count()).toBe(2);
    expect(queue.getState()).toMatchObject({ running: false, total: 2, done: 2 });
    await db.delete();
  });
});
