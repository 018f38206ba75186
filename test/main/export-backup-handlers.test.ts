import { chmod, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BridgeHandlers, ExportFormat } from '@shared/bridge';
import { parseArticleFile } from '@shared/ingest';
import { createHandlers, type HandlerDeps, MAX_BACKUP_BYTES } from '../../src/main/handlers';

// The real file system, with a switch to make the final rename fail as a locked file would.
const failures = vi.hoisted(() => ({ rename: null as Error | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failures.rename) throw failures.rename;
      return actual.rename(from, to);
    },
  };
});

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const bytesOf = (text: string) => new TextEncoder().encode(text);
const call = (handler: unknown, request?: unknown) => (handler as (r: unknown) => Promise<unknown>)(request);

describe('the export and backup handlers of the main process', () => {
  let dir: string;
  let saveTo: string | null;
  let openBackup: string | null;
  let dialogs: { suggestedName: string; format: ExportFormat }[];
  let printed: string[];
  let printFailure: Error | null;
  let clock: Date;
  let handlers: BridgeHandlers;
  let deps: HandlerDeps;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-export-handlers-'));
    saveTo = null;
    openBackup = null;
    dialogs = [];
    printed = [];
    printFailure = null;
    failures.rename = null;
    clock = new Date('2026-11-23T09:00:00.000Z');
    deps = {
      appInfo: { name: 'Parallax', version: '1', mode: 'electron', platform: 'linux' },
      parse: (name, bytes, options) => parseArticleFile({ name, bytes }, options),
      seedsDir: SEEDS,
      showOpenDialog: async () => null,
      showSaveDialog: async (suggestedName, format) => {
        dialogs.push({ suggestedName, format });
        return saveTo;
      },
      showOpenBackupDialog: async () => openBackup,
      printToPdf: async (html) => {
        printed.push(html);
        if (printFailure) throw printFailure;
        return bytesOf('%PDF-1.7');
      },
      backupsDir: join(dir, 'userData', 'backups'),
      now: () => clock,
    };
    handlers = createHandlers(deps);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('saving an export', () => {
    it('writes the bytes where the user chose and adds the extension they did not type', async () => {
      saveTo = join(dir, 'Reykjavik dossier');
      const result = await handlers.saveExport({ suggestedName: 'Reykjavik.pdf', format: 'pdf', bytes: bytesOf('%PDF-1.7') });
      expect(result).toEqual({ ok: true, value: { location: join(dir, 'Reykjavik dossier.pdf') } });
      expect(await readFile(join(dir, 'Reykjavik dossier.pdf'), 'utf8')).toBe('%PDF-1.7');
      expect(dialogs).toEqual([{ suggestedName: 'Reykjavik.pdf', format: 'pdf' }]);
    });

    it('keeps the name as typed when it has an extension', async () => {
      saveTo = join(dir, 'annotations.json');
      const result = await handlers.saveExport({ suggestedName: 'annotations', format: 'w3c', bytes: bytesOf('{}') });
      expect(result).toEqual({ ok: true, value: { location: join(dir, 'annotations.json') } });
      expect(dialogs[0]!.suggestedName).toBe('annotations.jsonld');
    });

    it('offers the dialog a plain file name, never a path the renderer made up', async () => {
      await handlers.saveExport({ suggestedName: '../../.ssh/authorized_keys', format: 'md', bytes: bytesOf('#') });
      expect(dialogs[0]!.suggestedName).not.toMatch(/[/\\]/);
      expect(dialogs[0]!.suggestedName.endsWith('.md')).toBe(true);
    });

    it('answers null and writes nothing when the user cancels', async () => {
      saveTo = null;
      expect(await handlers.saveExport({ suggestedName: 'd.html', format: 'html', bytes: bytesOf('<p>') })).toEqual({ ok: true, value: null });
      expect(await readdir(dir)).toEqual([]);
    });

    it('explains a folder that does not exist, and writes nothing', async () => {
      saveTo = join(dir, 'gone', 'dossier.pdf');
      const result = await handlers.saveExport({ suggestedName: 'dossier.pdf', format: 'pdf', bytes: bytesOf('%PDF') });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'write-failed',
          message: `The dossier could not be saved to ${saveTo}: the folder does not exist. Nothing was written.`,
        },
      });
      expect(await readdir(dir)).toEqual([]);
    });

    it('explains a failed write and leaves the file that was there untouched', async () => {
      saveTo = join(dir, 'backup.json');
      await writeFile(saveTo, '{"older":true}');
      failures.rename = Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
      const result = await handlers.saveExport({ suggestedName: 'backup.json', format: 'json', bytes: bytesOf('{"newer":true}') });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'write-failed',
          message: `The backup could not be saved to ${saveTo}: permission denied. Nothing was written.`,
        },
      });
      expect(await readFile(saveTo, 'utf8')).toBe('{"older":true}');
      expect(await readdir(dir)).toEqual(['backup.json']);
    });

    it.skipIf(process.getuid?.() === 0)('explains a read-only folder', async () => {
      await mkdir(join(dir, 'locked'));
      await chmod(join(dir, 'locked'), 0o500);
      saveTo = join(dir, 'locked', 'dossier.csv');
      const result = await handlers.saveExport({ suggestedName: 'dossier.csv', format: 'csv', bytes: bytesOf('a,b') });
      expect(result).toMatchObject({ ok: false, error: { code: 'write-failed', message: expect.stringContaining('permission denied') } });
      await chmod(join(dir, 'locked'), 0o700);
    });

    it('says so when the dialog cannot be shown', async () => {
      const broken = createHandlers({
        ...deps,
        showSaveDialog: async () => {
          throw new Error('no window');
        },
      });
      expect(await broken.saveExport({ suggestedName: 'd.md', format: 'md', bytes: bytesOf('#') })).toMatchObject({
        ok: false,
        error: { code: 'dialog-failed', message: expect.stringContaining('Nothing was written') },
      });
    });

    it('refuses a malformed request in words', async () => {
      for (const request of [
        null,
        { suggestedName: 'd.exe', format: 'exe', bytes: bytesOf('MZ') },
        { suggestedName: 'd.pdf', format: 'pdf', bytes: 'not bytes' },
        { format: 'pdf', bytes: bytesOf('%PDF') },
      ]) {
        expect(await call(handlers.saveExport, request)).toMatchObject({
          ok: false,
          error: { code: 'bad-request', message: expect.stringContaining('saveExport needs') },
        });
      }
      expect(dialogs).toEqual([]);
    });
  });

  describe('printing to PDF', () => {
    it('answers the printed bytes', async () => {
      const result = await handlers.printToPdf({ html: '<h1>Dossier</h1>' });
      expect(result.ok && new TextDecoder().decode(result.value!)).toBe('%PDF-1.7');
      expect(printed).toEqual(['<h1>Dossier</h1>']);
    });

    it('explains a failure instead of throwing', async () => {
      printFailure = new Error('the print window crashed');
      expect(await handlers.printToPdf({ html: '<h1>Dossier</h1>' })).toEqual({
        ok: false,
        error: { code: 'print-failed', message: 'The dossier could not be printed to PDF: the print window crashed.' },
      });
    });

    it('refuses a request without HTML', async () => {
      expect(await call(handlers.printToPdf, { html: 42 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(await call(handlers.printToPdf, undefined)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(printed).toEqual([]);
    });
  });

  describe('choosing a backup to restore', () => {
    it('reads the chosen file as UTF-8 text', async () => {
      openBackup = join(dir, 'parallax-backup.json');
      await writeFile(openBackup, '\uFEFF{"title":"Réunion à Reykjavik"}');
      expect(await handlers.chooseBackup()).toEqual({
        ok: true,
        value: { name: 'parallax-backup.json', text: '{"title":"Réunion à Reykjavik"}' },
      });
    });

    it('answers null when the user cancels', async () => {
      openBackup = null;
      expect(await handlers.chooseBackup()).toEqual({ ok: true, value: null });
    });

    it('explains a file that cannot be read', async () => {
      openBackup = join(dir, 'vanished.json');
      expect(await handlers.chooseBackup()).toMatchObject({
        ok: false,
        error: { code: 'read-failed', message: expect.stringContaining(openBackup) },
      });
    });

    it('refuses a file over 2 GB without reading it', async () => {
      openBackup = join(dir, 'huge.json');
      await writeFile(openBackup, '');
      await truncate(openBackup, MAX_BACKUP_BYTES + 1); // sparse: takes no disk space
      expect(await handlers.chooseBackup()).toMatchObject({
        ok: false,
        error: { code: 'too-large', message: expect.stringMatching(/^huge\.json is 2\.0 GB; Parallax restores backups of up to 2 GB/) },
      });
    });
  });

  describe('automatic backups', () => {
    it('writes, lists and reads back a backup in the backups folder', async () => {
      const written = await handlers.writeAutoBackup({ reason: 'daily', json: '{"articles":[]}' });
      expect(written).toEqual({
        ok: true,
        value: { id: 'parallax-daily-2026-11-23T09-00-00-000Z.json', createdAt: clock.toISOString(), reason: 'daily', bytes: 15 },
      });
      expect(await handlers.listAutoBackups()).toEqual({
        ok: true,
        value: { folder: deps.backupsDir, backups: [written.ok && written.value] },
      });
      expect(await handlers.readAutoBackup({ id: 'parallax-daily-2026-11-23T09-00-00-000Z.json' })).toEqual({
        ok: true,
        value: { name: 'parallax-daily-2026-11-23T09-00-00-000Z.json', text: '{"articles":[]}' },
      });
    });

    it('lists none before the first backup, with the folder they will go to', async () => {
      expect(await handlers.listAutoBackups()).toEqual({ ok: true, value: { folder: deps.backupsDir, backups: [] } });
    });

    it('keeps the newest seven of each reason', async () => {
      for (let day = 1; day <= 9; day++) {
        clock = new Date(Date.UTC(2026, 10, day, 9));
        await handlers.writeAutoBackup({ reason: 'daily', json: '{}' });
      }
      clock = new Date(Date.UTC(2026, 10, 10, 9));
      await handlers.writeAutoBackup({ reason: 'before-restore', json: '{}' });
      const listed = await handlers.listAutoBackups();
      if (!listed.ok) throw new Error(listed.error.message);
      expect(listed.value.backups.map((b) => b.createdAt.slice(0, 10))).toEqual([
        '2026-11-10',
        '2026-11-09',
        '2026-11-08',
        '2026-11-07',
        '2026-11-06',
        '2026-11-05',
        '2026-11-04',
        '2026-11-03',
      ]);
    });

    it('refuses to read a path instead of a backup’s id', async () => {
      await handlers.writeAutoBackup({ reason: 'daily', json: '{}' });
      for (const id of ['../../etc/passwd', '/etc/passwd', '../backups/../../secret.json']) {
        expect(await handlers.readAutoBackup({ id })).toMatchObject({ ok: false, error: { code: 'unknown-backup' } });
      }
      expect(await call(handlers.readAutoBackup, { id: 7 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    });

    it('refuses a backup without a known reason or JSON text', async () => {
      for (const request of [null, { reason: 'weekly', json: '{}' }, { reason: 'daily', json: { articles: [] } }]) {
        expect(await call(handlers.writeAutoBackup, request)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }
    });

    it('explains where and why a backup could not be written', async () => {
      await writeFile(join(dir, 'userData'), 'a file where the folder should be');
      const result = await handlers.writeAutoBackup({ reason: 'daily', json: '{}' });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'backup-failed',
          message: `The automatic backup could not be written to ${deps.backupsDir}: part of the path is not a folder.`,
        },
      });
    });
  });
});
