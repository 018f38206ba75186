import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutoBackupInfo, ParallaxBridge } from '@shared/bridge';
import { parseBackup } from '@shared/dossier';
import { err, ok } from '@shared/result';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { scheduleDailyBackup } from '../../../src/renderer/src/features/dossier/auto-backup';
import { fixtureCorpus } from '../../shared/dossier/fixture';
import { freshDb } from '../db/test-db';

let db: ParallaxDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

function store(existing: AutoBackupInfo[] = []) {
  const written: { reason: string; json: string }[] = [];
  const bridge = {
    listAutoBackups: async () => ok({ folder: '/data/backups', backups: existing }),
    writeAutoBackup: async ({ reason, json }: { reason: 'daily'; json: string }) => {
      written.push({ reason, json });
      return ok({ id: 'new', createdAt: new Date().toISOString(), reason, bytes: json.length });
    },
  } as unknown as ParallaxBridge;
  return { bridge, written };
}

async function addArticles() {
  const input = await fixtureCorpus();
  await db.articles.bulkAdd(input.articles.map((a) => a.record));
  await db.articleTexts.bulkAdd(input.articles.map((a) => ({ id: a.record.id, text: a.text, boilerplate: [] })));
}

/** Lets the timers fire and every promise they start settle. */
async function runFor(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  vi.useRealTimers();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const NOW = new Date(2026, 10, 23, 9, 0, 0);

describe('the rolling daily backup', () => {
  it('backs up the whole corpus once, after the delay, when there is none from today', async () => {
    await addArticles();
    const { bridge, written } = store([{ id: 'old', createdAt: new Date(2026, 10, 22, 9, 0).toISOString(), reason: 'daily', bytes: 1 }]);
    const results: unknown[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    scheduleDailyBackup(db, bridge, { delayMs: 60_000, isBusy: () => false, now: () => NOW, onResult: (r) => results.push(r) });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(written).toHaveLength(0);
    await runFor(2_000);
    expect(written).toHaveLength(1);
    expect(written[0]!.reason).toBe('daily');
    const parsed = parseBackup(written[0]!.json);
    expect(parsed.ok && parsed.backup.corpus.articles.length).toBe(3);
    expect(results).toEqual([expect.objectContaining({ ok: true })]);
  });

  it('does nothing when today’s backup exists or the corpus is empty', async () => {
    const today = store([{ id: 'today', createdAt: new Date(2026, 10, 23, 7, 0).toISOString(), reason: 'daily', bytes: 1 }]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    scheduleDailyBackup(db, today.bridge, { delayMs: 10, isBusy: () => false, now: () => NOW });
    await runFor(20);
    expect(today.written).toHaveLength(0);

    const empty = store();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    scheduleDailyBackup(db, empty.bridge, { delayMs: 10, isBusy: () => false, now: () => NOW });
    await runFor(20);
    expect(empty.written).toHaveLength(0);
  });

  it('waits while an import runs, and stops when asked', async () => {
    await addArticles();
    const { bridge, written } = store();
    let busy = true;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stop = scheduleDailyBackup(db, bridge, { delayMs: 1_000, isBusy: () => busy, now: () => NOW });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(written).toHaveLength(0);
    stop();
    busy = false;
    await runFor(5_000);
    expect(written).toHaveLength(0);
  });

  it('says in words when the backup cannot be kept', async () => {
    await addArticles();
    const bridge = {
      listAutoBackups: async () => ok({ folder: null, backups: [] }),
      writeAutoBackup: async () => err({ code: 'quota', message: 'The browser’s storage is full.' }),
    } as unknown as ParallaxBridge;
    const results: { ok: boolean; message?: string }[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    scheduleDailyBackup(db, bridge, { delayMs: 10, isBusy: () => false, now: () => NOW, onResult: (r) => results.push(r) });
    await runFor(20);
    expect(results).toEqual([{ ok: false, message: 'Today’s automatic backup could not be made: The browser’s storage is full.' }]);
  });
});
