import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BridgeHandlers } from '@shared/bridge';
import { parseArticleFile } from '@shared/ingest';
import { createHandlers } from '../../src/main/handlers';

const SEEDS = resolve(import.meta.dirname, '../../seeds');

/** The export and backup dependencies, unused here (test/main/export-backup-handlers.test.ts covers them). */
const unusedExportDeps = {
  showSaveDialog: async () => null,
  showOpenBackupDialog: async () => null,
  printToPdf: async () => new Uint8Array(),
  backupsDir: join(tmpdir(), 'parallax-handlers-unused-backups'),
};

describe('the main process handlers', () => {
  let dir: string;
  let chosen: string[] | null;
  let handlers: BridgeHandlers;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-handlers-'));
    chosen = null;
    handlers = createHandlers({
      appInfo: { name: 'Parallax', version: '9.9.9', mode: 'electron', platform: 'linux' },
      parse: (name, bytes, options) => parseArticleFile({ name, bytes }, options),
      seedsDir: SEEDS,
      showOpenDialog: async () => chosen,
      ...unusedExportDeps,
      maxBytes: 1024,
    });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the five seed files shipped with the app', async () => {
    const seeds = await handlers.loadSeeds();
    expect(seeds.ok).toBe(true);
    if (!seeds.ok) return;
    expect(seeds.value.map((f) => f.name)).toHaveLength(5);
    expect(seeds.value.every((f) => f.bytes.byteLength > 1000)).toBe(true);
  });

  it('answers a clear error when the seed folder is missing', async () => {
    const broken = createHandlers({
      appInfo: { name: 'Parallax', version: '1', mode: 'electron', platform: 'linux' },
      parse: (name, bytes) => parseArticleFile({ name, bytes }),
      seedsDir: join(dir, 'nope'),
      showOpenDialog: async () => null,
      ...unusedExportDeps,
    });
    expect(await broken.loadSeeds()).toMatchObject({ ok: false, error: { code: 'seeds-missing' } });
  });

  it('parses bytes the renderer sends', async () => {
    const result = await handlers.parseBytes({ file: { name: 'a.txt', bytes: new TextEncoder().encode('Headline\nBody text here.') } });
    expect(result).toMatchObject({ ok: true, value: { article: { format: 'txt' } } });
  });

  it('refuses a malformed request instead of throwing', async () => {
    const bad = await (handlers.parseBytes as (r: unknown) => Promise<unknown>)({ file: { name: 'a.txt', bytes: 'not bytes' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const worse = await (handlers.chooseImport as (r: unknown) => Promise<unknown>)(null);
    expect(worse).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('lists a chosen folder’s articles as tokens and skips other files with the reason', async () => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'a.txt'), 'First headline\nFirst body.');
    await writeFile(join(dir, 'sub', 'b.md'), '# Second\n\nSecond body.');
    await writeFile(join(dir, 'notes.xlsx'), 'x');
    await writeFile(join(dir, '.DS_Store'), 'x');
    chosen = [dir];
    const selection = await handlers.chooseImport({ kind: 'folder' });
    expect(selection.ok).toBe(true);
    if (!selection.ok || !selection.value) throw new Error('expected a selection');
    expect(selection.value.candidates.map((c) => c.displayPath)).toEqual(['a.txt', join('sub', 'b.md')]);
    expect(selection.value.skipped).toEqual([{ displayPath: 'notes.xlsx', reason: expect.stringMatching(/^Not an article file/) }]);
    expect(selection.value.candidates.every((c) => !JSON.stringify(c).includes(dir))).toBe(true);

    const parsed = await handlers.parseCandidate({ token: selection.value.candidates[0]!.token });
    expect(parsed).toMatchObject({ ok: true, value: { article: { title: 'First headline' } } });
  });

  it('reads only files the user chose, and each token only once', async () => {
    await writeFile(join(dir, 'a.txt'), 'Headline\nBody.');
    chosen = [join(dir, 'a.txt')];
    const selection = await handlers.chooseImport({ kind: 'files' });
    if (!selection.ok || !selection.value) throw new Error('expected a selection');
    const token = selection.value.candidates[0]!.token;
    expect((await handlers.parseCandidate({ token })).ok).toBe(true);
    expect(await handlers.parseCandidate({ token })).toMatchObject({ ok: false, error: { code: 'unknown-file' } });
    expect(await handlers.parseCandidate({ token: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unknown-file' } });
  });

  it('refuses a chosen file over the size limit without reading it', async () => {
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(4096));
    chosen = [join(dir, 'big.txt')];
    const selection = await handlers.chooseImport({ kind: 'files' });
    if (!selection.ok || !selection.value) throw new Error('expected a selection');
    const result = await handlers.parseCandidate({ token: selection.value.candidates[0]!.token });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('keeps a password-protected file readable by its token until a password opens it', async () => {
    const protectedPdf = resolve(import.meta.dirname, '../../../shared/corpora/pdf/pr6531_1.pdf');
    const roomy = createHandlers({
      appInfo: { name: 'Parallax', version: '1', mode: 'electron', platform: 'linux' },
      parse: (name, bytes, options) => parseArticleFile({ name, bytes }, options),
      seedsDir: SEEDS,
      showOpenDialog: async () => [protectedPdf],
      ...unusedExportDeps,
    });
    const selection = await roomy.chooseImport({ kind: 'files' });
    if (!selection.ok || !selection.value) throw new Error('expected a selection');
    const token = selection.value.candidates[0]!.token;
    expect(await roomy.parseCandidate({ token })).toMatchObject({ ok: false, error: { code: 'password-required' } });
    expect(await roomy.parseCandidate({ token, options: { password: 'guess' } })).toMatchObject({ ok: false, error: { code: 'wrong-password' } });
    const opened = await roomy.parseCandidate({ token, options: { password: 'asdfasdf' } });
    expect(opened.ok || opened.error.code).not.toMatch(/password/);
    expect(await roomy.parseCandidate({ token, options: { password: 'asdfasdf' } })).toMatchObject({ ok: false, error: { code: 'unknown-file' } });
  });

  it('uses the size limit the user set, within bounds', async () => {
    await writeFile(join(dir, 'mid.txt'), `Headline\n${'word '.repeat(400)}`);
    chosen = [join(dir, 'mid.txt')];
    const first = await handlers.chooseImport({ kind: 'files' });
    if (!first.ok || !first.value) throw new Error('expected a selection');
    expect(await handlers.parseCandidate({ token: first.value.candidates[0]!.token, options: { maxBytes: 10_000 } })).toMatchObject({
      ok: true,
      value: { article: { format: 'txt' } },
    });
    const second = await handlers.chooseImport({ kind: 'files' });
    if (!second.ok || !second.value) throw new Error('expected a selection');
    expect(await handlers.parseCandidate({ token: second.value.candidates[0]!.token, options: { maxBytes: -5 } })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('answers null when the user cancels the dialog', async () => {
    chosen = null;
    expect(await handlers.chooseImport({ kind: 'files' })).toEqual({ ok: true, value: null });
  });

  it('reports a file that vanished between choosing and importing', async () => {
    await writeFile(join(dir, 'gone.txt'), 'Headline\nBody.');
    chosen = [join(dir, 'gone.txt')];
    const selection = await handlers.chooseImport({ kind: 'files' });
    if (!selection.ok || !selection.value) throw new Error('expected a selection');
    await rm(join(dir, 'gone.txt'));
    const result = await handlers.parseCandidate({ token: selection.value.candidates[0]!.token });
    expect(result).toMatchObject({ ok: false, error: { code: 'read-failed' } });
  });
});
