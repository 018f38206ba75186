import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { autoBackupName } from '@shared/backups/retention';
import { BACKUPS_DATABASE_NAME, createWebAutoBackups, type WebAutoBackups } from '../../../src/renderer/src/bridge/web-auto-backups';

let counter = 0;
const opened: WebAutoBackups[] = [];

/** A fresh store in its own fake-indexeddb database, on a clock that moves one day per call. */
function freshStore(start = Date.UTC(2026, 10, 1, 9)): WebAutoBackups {
  counter += 1;
  let day = 0;
  const store = createWebAutoBackups(`parallax-backups-test-${counter}`, () => new Date(start + day++ * 86_400_000));
  opened.push(store);
  return store;
}

describe('automatic backups in web mode', () => {
  afterEach(() => {
    for (const store of opened.splice(0)) store.close();
  });

  it('keeps a backup and lists it, with its size in UTF-8 bytes and no folder', async () => {
    const store = freshStore();
    const info = await store.write('daily', '{"title":"Réunion"}');
    expect(info).toEqual({
      id: 'parallax-daily-2026-11-01T09-00-00-000Z.json',
      createdAt: '2026-11-01T09:00:00.000Z',
      reason: 'daily',
      bytes: 20,
    });
    expect(await store.list()).toEqual({ folder: null, backups: [info] });
  });

  it('lists backups newest first', async () => {
    const store = freshStore();
    const first = await store.write('daily', '{}');
    const second = await store.write('before-restore', '{}');
    const third = await store.write('daily', '{}');
    expect((await store.list()).backups.map((b) => b.id)).toEqual([third.id, second.id, first.id]);
  });

  it('keeps only the newest seven of each reason', async () => {
    const store = freshStore();
    const daily = [];
    for (let i = 0; i < 10; i++) daily.push(await store.write('daily', `{"day":${i}}`));
    const safety = [];
    for (let i = 0; i < 8; i++) safety.push(await store.write('before-restore', `{"copy":${i}}`));
    const kept = (await store.list()).backups.map((b) => b.id);
    expect(kept).toHaveLength(14);
    expect([...kept].sort()).toEqual([...daily.slice(3), ...safety.slice(1)].map((b) => b.id).sort());
  });

  it('reads a backup back by its id', async () => {
    const store = freshStore();
    const info = await store.write('before-restore', '{"articles":[1,2,3]}');
    expect(await store.read(info.id)).toEqual({ ok: true, value: { name: info.id, text: '{"articles":[1,2,3]}' } });
  });

  it('says so when a backup is not kept (any more)', async () => {
    const store = freshStore();
    for (const id of [autoBackupName('daily', new Date('2020-01-01T00:00:00Z')), '../../etc/passwd']) {
      expect(await store.read(id)).toMatchObject({ ok: false, error: { code: 'backup-missing' } });
    }
  });

  it('keeps its backups in their own database, apart from the corpus', async () => {
    const store = createWebAutoBackups();
    opened.push(store);
    await store.write('daily', '{}');
    expect(BACKUPS_DATABASE_NAME).toBe('parallax-backups');
    expect(await Dexie.exists('parallax-backups')).toBe(true);
    store.close();
    await Dexie.delete('parallax-backups');
  });
});
