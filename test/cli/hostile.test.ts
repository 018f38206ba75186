import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeCliParser } from '../../src/cli/parser';
import { runCli } from '../../src/cli/run';
import { goodDocx, hostileCorpus } from '../helpers/hostile-corpus';

interface Entry {
  file: string;
  ok: boolean;
  error?: { code: string; message: string };
}

describe('the CLI on the hostile corpus', () => {
  let dir: string;
  const files: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-hostile-'));
    for (const file of hostileCorpus()) {
      files.push(join(dir, file.name));
      await writeFile(join(dir, file.name), file.bytes);
    }
    files.push(join(dir, 'good.docx'));
    await writeFile(join(dir, 'good.docx'), goodDocx('Ministers met in Reykjavik on Wednesday for two hours of talks.'));
  }, 120_000);
  afterAll(async () => {
    await disposeCliParser();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers every file, refusing each bomb in words, and still parses the good one after them', async () => {
    const { stdout, exitCode } = await runCli(['parse', ...files]);
    expect(exitCode).toBe(1);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((entry) => entry.file)).toEqual(files);
    const by = (name: string) => entries.find((entry) => entry.file.endsWith(name))!;
    for (const bomb of entries.filter((entry) => /bomb-/.test(entry.file))) {
      expect(bomb.ok, bomb.file).toBe(false);
      expect(bomb.error?.message, bomb.file).toMatch(/^This \.docx file /);
    }
    expect(by('huge.txt').error).toEqual({ code: 'too-large', message: 'This file is 200 MB, over the 50 MB limit for one article.' });
    expect(by('single-line.txt').error?.message).toMatch(/^This file has a line of 10,485,760 characters with no line break; Parallax stops at 1,000,000/);
    for (const name of ['nested-1000.md', 'nested-10000.md', 'nested-100000.md', 'utf16-no-bom.txt', 'good.docx']) {
      expect(by(name).ok, name).toBe(true);
    }
    for (const entry of entries) expect(entry.error?.code, entry.file).not.toBe('internal');
  }, 300_000);
});
