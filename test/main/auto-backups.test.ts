import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackupName } from '@shared/backups/retention';
import { createAutoBackupStore } from '../../src/main/files/auto-backups';

/** A clock that moves one day forward at every call, from 1 November 2026. */
function dailyClock(): () => Date {
  let day = 0;
  return () => new Date(Date.UTC(2026, 10, 1 + day++, 9, 0, 0));
}

describe('the folder of automatic backups', () => {
  let root: string;
  let folder: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'parallax-auto-backups-'));
    folder = join(root, 'userData', 'backups');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates the folder and writes a backup named by its reason and time', async () => {
    const at = new Date('2026-11-23T02:40:05.123Z');
    const store = createAutoBackupStore(folder, () => at);
    const info = await store.write('daily', '{"articles":["Réunion à Reykjavik"]}');
    expect(info).toEqual({
      id: 'parallax-daily-2026-11-23T02-40-05-123Z.json',
      createdAt: '2026-11-23T02:40:05.123Z',
      reason: 'daily',
      bytes: Buffer.byteLength('{"articles":["Réunion à Reykjavik"]}'),
    });
    expect(await readFile(join(folder, info.id), 'utf8')).toBe('{"articles":["Réunion à Reykjavik"]}');
    expect(await readdir(folder)).toEqual([info.id]);
  });

  it('lists nothing when no backup was ever written (no folder yet)', async () => {
    expect(await createAutoBackupStore(folder).list()).toEqual([]);
  });

  it('lists only its own backups, newest first, with their sizes', async () => {
    const store = createAutoBackupStore(folder, dailyClock());
    const first = await store.write('daily', '{}');
    const second = await store.write('before-restore', '{"a":1}');
    const third = await store.write('daily', '{"ab":12}');
    await writeFile(join(folder, 'notes.txt'), 'mine');
    await writeFile(join(folder, 'parallax-daily-yesterday.json'), '{}');
    await mkdir(join(folder, autoBackupName('daily', new Date('2020-01-01T00:00:00Z'))));
    const listed = await store.list();
    expect(listed.map((b) => b.id)).toEqual([third.id, second.id, first.id]);
    expect(listed.map((b) => b.bytes)).toEqual([9, 7, 2]);
    expect(listed.map((b) => b.reason)).toEqual(['daily', 'before-restore', 'daily']);
  });

  it('keeps only the newest seven backups of each reason', async () => {
    const store = createAutoBackupStore(folder, dailyClock());
    const daily = [];
    for (let i = 0; i < 9; i++) daily.push(await store.write('daily', `{"day":${i}}`));
    const safety = [];
    for (let i = 0; i < 2; i++) safety.push(await store.write('before-restore', '{}'));
    const kept = (await store.list()).map((b) => b.id);
    expect(kept).toHaveLength(9);
    expect(kept).not.toContain(daily[0]!.id);
    expect(kept).not.toContain(daily[1]!.id);
    expect(kept).toEqual(expect.arrayContaining([...daily.slice(2), ...safety].map((b) => b.id)));
    expect((await readdir(folder)).sort()).toEqual([...kept].sort());
  });

  it('reads a backup back by its id', async () => {
    const store = createAutoBackupStore(folder);
    const info = await store.write('before-restore', '{"version":1}');
    expect(await store.read(info.id)).toEqual({ ok: true, value: { name: info.id, text: '{"version":1}' } });
  });

  it('refuses to read anything that is not one of its backups, so a path cannot escape the folder', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(root, 'secret.json'), '{"secret":true}');
    const store = createAutoBackupStore(folder);
    for (const id of [
      '../../etc/passwd',
      '../secret.json',
      '/etc/passwd',
      join(root, 'secret.json'),
      `../${autoBackupName('daily', new Date())}`,
      'secret.json',
    ]) {
      expect(await store.read(id), id).toMatchObject({ ok: false, error: { code: 'unknown-backup' } });
    }
  });

  it('says so when a backup was deleted since it was listed', async () => {
    const id = autoBackupName('daily', new Date('2026-01-01T00:00:00Z'));
    const result = await createAutoBackupStore(folder).read(id);
    expect(result).toMatchObject({ ok: false, error: { code: 'backup-missing' } });
    expect(!result.ok && result.error.message).toContain(folder);
  });
});
