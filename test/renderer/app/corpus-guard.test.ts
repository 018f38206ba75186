import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AutoBackupInfo, CorpusMarker, ParallaxBridge } from '@shared/bridge';
import { ok } from '@shared/result';
import { acceptEmptyLibrary, checkCorpusOnLaunch, keepCorpusMarker, MARKER_DEBOUNCE_MS } from '../../../src/renderer/src/app/corpus-guard';
import { createHandlers } from '../../../src/main/handlers';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { parseFile } from '@shared/ingest';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { ensureSeedCorpus } from '../../../src/renderer/src/db/seed-corpus';
import { freshDb } from '../db/test-db';

const BACKUP: AutoBackupInfo = { id: 'daily-2026-12-01', createdAt: '2026-12-01T10:00:00.000Z', reason: 'daily', bytes: 2048 };

function fakeBridge(marker: CorpusMarker | null, backups: AutoBackupInfo[] = []) {
  const state = { marker, seedsLoaded: 0 };
  const bridge = {
    readCorpusMarker: async () => ok(state.marker),
    writeCorpusMarker: async (next: CorpusMarker) => {
      state.marker = next;
      return ok(null);
    },
    listAutoBackups: async () => ok({ folder: null, backups }),
    loadSeeds: async () => {
      state.seedsLoaded++;
      return ok([]);
    },
  } as unknown as ParallaxBridge;
  return { bridge, state };
}

const dbs: ParallaxDB[] = [];
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('an empty library at launch', () => {
  it('is a first launch when nothing outside the database says otherwise', async () => {
    expect(await checkCorpusOnLaunch(open(), fakeBridge(null).bridge)).toEqual({ kind: 'ok' });
    expect(await checkCorpusOnLaunch(open(), fakeBridge({ articles: 0, at: '2026-12-01T10:00:00.000Z' }, [BACKUP]).bridge)).toEqual({ kind: 'ok' });
  });

  it('is unexpectedly empty when the marker says it held articles, and offers the newest backup', async () => {
    const marker = { articles: 705, at: '2026-12-01T10:00:00.000Z' };
    expect(await checkCorpusOnLaunch(open(), fakeBridge(marker, [BACKUP]).bridge)).toEqual({ kind: 'unexpectedly-empty', marker, newest: BACKUP });
    expect(await checkCorpusOnLaunch(open(), fakeBridge(marker).bridge)).toEqual({ kind: 'unexpectedly-empty', marker, newest: null });
  });

  it('is unexpectedly empty without a marker when automatic backups of a library exist', async () => {
    expect(await checkCorpusOnLaunch(open(), fakeBridge(null, [BACKUP]).bridge)).toMatchObject({ kind: 'unexpectedly-empty', newest: BACKUP });
  });

  it('once kept empty on purpose, is never filled with the samples nor asked about again', async () => {
    const db = open();
    const { bridge, state } = fakeBridge({ articles: 705, at: '2026-12-01T10:00:00.000Z' }, [BACKUP]);
    await acceptEmptyLibrary(db, bridge, new Date('2026-12-02T09:00:00.000Z'));
    expect(state.marker).toEqual({ articles: 0, at: '2026-12-02T09:00:00.000Z' });
    expect(await checkCorpusOnLaunch(db, bridge)).toEqual({ kind: 'ok' });
    expect(await ensureSeedCorpus(db, bridge, { enqueue: async () => undefined } as never)).toBe('already');
    expect(state.seedsLoaded).toBe(0);
  });
});

describe('the corpus marker', () => {
  it('notes the library’s size at once and again after each change', async () => {
    const db = open();
    const { bridge, state } = fakeBridge(null);
    const stop = keepCorpusMarker(db, bridge, () => new Date('2026-12-03T08:00:00.000Z'));
    await vi.waitFor(() => expect(state.marker).toEqual({ articles: 0, at: '2026-12-03T08:00:00.000Z' }));
    const outcome = await parseFile({ name: 'a.txt', bytes: new TextEncoder().encode('A headline\nSome text of an article, long enough to keep.') });
    if (!outcome.ok || !('article' in outcome)) throw new Error('the fixture did not parse');
    await addParsedArticle(db, outcome.article, 'a.txt');
    await vi.waitFor(() => expect(state.marker?.articles).toBe(1), { timeout: MARKER_DEBOUNCE_MS * 10 });
    stop();
  });

  it('is kept by main in a file beside the backups folder, and a damaged file reads as none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-marker-'));
    try {
      const handlers = createHandlers({ backupsDir: join(dir, 'backups') } as never);
      expect(await handlers.readCorpusMarker()).toEqual(ok(null));
      expect(await handlers.writeCorpusMarker({ articles: 705, at: '2026-12-01T10:00:00.000Z' })).toEqual(ok(null));
      expect(JSON.parse(await readFile(join(dir, 'corpus-marker.json'), 'utf8'))).toEqual({ articles: 705, at: '2026-12-01T10:00:00.000Z' });
      expect(await handlers.readCorpusMarker()).toEqual(ok({ articles: 705, at: '2026-12-01T10:00:00.000Z' }));
      expect(await handlers.writeCorpusMarker({ articles: -1, at: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      const { writeFile } = await import('node:fs/promises');
      await writeFile(join(dir, 'corpus-marker.json'), '{"articles": 7');
      expect(await handlers.readCorpusMarker()).toEqual(ok(null));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
