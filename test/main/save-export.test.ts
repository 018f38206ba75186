import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '@shared/bridge';
import { EXPORT_FILE_TYPES } from '@shared/export-file-types';
import {
  describeFsError,
  safeFileName,
  saveDialogFilters,
  withExtension,
  writeFileAtomically,
} from '../../src/main/files/save-export';

// The real file system, with a switch to make one step fail the way a full or locked disk would.
const failures = vi.hoisted(() => ({ rename: null as Error | null, halfWrite: null as Error | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failures.rename) throw failures.rename;
      return actual.rename(from, to);
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (!failures.halfWrite) return handle;
      const error = failures.halfWrite;
      // Writes the first half of the bytes, then fails.
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async (data: Uint8Array) => {
          await handle.writeFile(data.subarray(0, data.byteLength >> 1));
          throw error;
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    },
  };
});

const fsError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

describe('saving an export to a file', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-save-'));
    failures.rename = null;
    failures.halfWrite = null;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the bytes and leaves no temporary file behind', async () => {
    const path = join(dir, 'dossier.pdf');
    await writeFileAtomically(path, new Uint8Array([37, 80, 68, 70]));
    expect(new Uint8Array(await readFile(path))).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(await readdir(dir)).toEqual(['dossier.pdf']);
  });

  it('replaces an older file completely', async () => {
    const path = join(dir, 'dossier.md');
    await writeFile(path, 'an older and much longer dossier than the new one');
    await writeFileAtomically(path, new TextEncoder().encode('# New'));
    expect(await readFile(path, 'utf8')).toBe('# New');
  });

  it('leaves the older file untouched when the new one cannot be put in its place', async () => {
    const path = join(dir, 'dossier.html');
    await writeFile(path, '<p>the older dossier</p>');
    failures.rename = fsError('EACCES', 'permission denied');
    await expect(writeFileAtomically(path, new TextEncoder().encode('<p>new</p>'))).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readFile(path, 'utf8')).toBe('<p>the older dossier</p>');
    expect(await readdir(dir)).toEqual(['dossier.html']);
  });

  it('never leaves a half-written file over the older one when writing fails midway', async () => {
    const path = join(dir, 'backup.json');
    await writeFile(path, '{"old":true}');
    failures.halfWrite = fsError('ENOSPC', 'no space left on device');
    await expect(writeFileAtomically(path, new TextEncoder().encode('{"new":"x".repeat(100)}'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('{"old":true}');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('fails with the file system’s reason when the folder does not exist', async () => {
    const failed = await writeFileAtomically(join(dir, 'missing', 'dossier.pdf'), new Uint8Array([1])).catch((e: unknown) => e);
    expect(describeFsError(failed)).toBe('the folder does not exist');
  });

  it('offers one filter per format in the save dialog', () => {
    expect(saveDialogFilters('w3c')).toEqual([{ name: 'JSON-LD', extensions: ['jsonld'] }]);
    expect(saveDialogFilters('qdpx')).toEqual([{ name: 'REFI-QDA project', extensions: ['qdpx'] }]);
    expect(saveDialogFilters('json')).toEqual([{ name: 'Parallax backup', extensions: ['json'] }]);
    expect(saveDialogFilters('docx')).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect(Object.keys(EXPORT_FILE_TYPES).sort()).toEqual([...EXPORT_FORMATS].sort());
  });

  it('adds the format’s extension when the user typed a name without one, and keeps one they typed', () => {
    expect(withExtension('/home/ana/Reykjavik', 'pdf')).toBe('/home/ana/Reykjavik.pdf');
    expect(withExtension('/home/ana/annotations', 'w3c')).toBe('/home/ana/annotations.jsonld');
    expect(withExtension('/home/ana/Reykjavik.PDF', 'pdf')).toBe('/home/ana/Reykjavik.PDF');
    expect(withExtension('/home/ana/v1.2/dossier.htm', 'html')).toBe('/home/ana/v1.2/dossier.htm');
  });

  it('suggests a file name without folders or characters a file system refuses', () => {
    expect(safeFileName('Blinken/Lavrov: Reykjavik', 'md')).toBe('Blinken-Lavrov- Reykjavik.md');
    expect(safeFileName('../../etc/passwd', 'html')).not.toMatch(/[/\\]|^\./);
    expect(safeFileName('', 'json')).toBe('parallax-export.json');
    expect(safeFileName('dossier.pdf', 'pdf')).toBe('dossier.pdf');
    expect(safeFileName('Talks v2.0', 'docx')).toBe('Talks v2.0.docx');
  });

  it('describes file-system errors in words', () => {
    expect(describeFsError(fsError('EACCES', 'x'))).toBe('permission denied');
    expect(describeFsError(fsError('ENOSPC', 'x'))).toBe('the disk is full');
    expect(describeFsError(new Error('something odd'))).toBe('something odd');
  });
});
