import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

const SEED = resolve(import.meta.dirname, '../../seeds/000_d1152bbe736e7740.txt');

describe('the parallax CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one JSON entry per file, in order, with the documented article fields', async () => {
    const other = join(dir, 'b.txt');
    await writeFile(other, 'Second headline\nSecond body.');
    const { stdout, exitCode } = await runCli(['parse', SEED, other]);
    expect(exitCode).toBe(0);
    const entries = JSON.parse(stdout) as { file: string; ok: boolean; article: Record<string, unknown> }[];
    expect(entries.map((e) => e.file)).toEqual([SEED, other]);
    expect(Object.keys(entries[0]!.article).slice(0, 10)).toEqual([
      'title',
      'outlet',
      'authors',
      'published',
      'dateline',
      'agencies',
      'format',
      'text',
      'fingerprint',
      'warnings',
    ]);
    expect(entries[0]!.article['title']).toBe('Top US and Russian diplomats urge dialog amid differences');
    expect(entries[1]!.article['title']).toBe('Second headline');
  });

  it('exits 1 and explains each failure when any file fails', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const { stdout, exitCode } = await runCli(['parse', SEED, empty, join(dir, 'missing.txt')]);
    expect(exitCode).toBe(1);
    const entries = JSON.parse(stdout) as { ok: boolean; error?: { code: string; message: string } }[];
    expect(entries.map((e) => e.ok)).toEqual([true, false, false]);
    expect(entries[1]!.error).toMatchObject({ code: 'empty' });
    expect(entries[2]!.error).toMatchObject({ code: 'read-failed' });
    expect(entries[2]!.error!.message).toMatch(/could not be opened/);
  });

  it('refuses a file over --max-mb without reading it', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, 'x'.repeat(200_000));
    const { stdout, exitCode } = await runCli(['parse', '--max-mb', '0.1', big]);
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout)[0].error.code).toBe('too-large');
  });

  it('prints usage and exits 2 on a bad command line', async () => {
    expect((await runCli([])).exitCode).toBe(2);
    expect((await runCli(['parse'])).stderr).toMatch(/at least one FILE/);
    expect((await runCli(['frobnicate'])).stderr).toMatch(/Unknown command/);
    expect((await runCli(['parse', '--max-mb', 'lots', 'a.txt'])).exitCode).toBe(2);
  });
});
