import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, USAGE } from '../../src/cli/run';

const seed = (name: string) => resolve(import.meta.dirname, '../../seeds', name);
const S000 = seed('000_d1152bbe736e7740.txt');
const S002 = seed('002_6c188231047a0d29.txt');
const S003 = seed('003_3db9fcb7f8b253cf.txt');

interface Ref {
  file: string;
  start: number;
  end: number;
  text: string;
}
interface Output {
  articles: { file: string; title: string | null }[];
  groups: { kind: 'quote' | 'passage'; speaker: string | null; members: Ref[] }[];
  unique: Ref[];
  entities: { name: string; variants: string[] }[];
}

describe('parallax compare', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-compare-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the documented JSON, with offsets into each file’s parsed text', async () => {
    const { stdout, stderr, exitCode } = await runCli(['compare', S000, S002, S003]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout) as Output;
    expect(Object.keys(out)).toEqual(['articles', 'groups', 'unique', 'entities', 'skipped']);
    expect(out.articles).toEqual([
      { file: S000, title: 'Top US and Russian diplomats urge dialog amid differences' },
      { file: S002, title: 'U.S., Russian Diplomats Stress Cooperative Approach Despite ‘Serious Differences’' },
      { file: S003, title: "Russia, US seek cooperation amid tension, with 'serious differences'" },
    ]);
    for (const g of out.groups) {
      expect(Object.keys(g)).toEqual(['kind', 'speaker', 'members']);
      for (const m of g.members) expect(Object.keys(m)).toEqual(['file', 'start', 'end', 'text']);
    }
    for (const u of out.unique) expect(Object.keys(u)).toEqual(['file', 'start', 'end', 'text']);
    for (const e of out.entities) expect(Object.keys(e)).toEqual(['name', 'variants']);

    const parsed = JSON.parse((await runCli(['parse', S000, S002, S003])).stdout) as { file: string; article: { text: string } }[];
    const textOf = (file: string) => parsed.find((p) => p.file === file)!.article.text;
    for (const r of [...out.groups.flatMap((g) => g.members), ...out.unique]) expect(textOf(r.file).slice(r.start, r.end)).toBe(r.text);

    const serious = out.groups.find((g) => g.kind === 'quote' && g.members.some((m) => m.text === 'serious differences'));
    expect(serious?.speaker).toBe('Sergei Lavrov');
    expect(new Set(serious!.members.map((m) => m.file))).toEqual(new Set([S000, S002, S003]));
    expect(out.entities.find((e) => e.name === 'Alexei Navalny')?.variants).toEqual(expect.arrayContaining(['Alexei Navalny', 'Aleksei Navalny']));
  });

  it('skips a file it cannot read, names it on stderr with the reason, and compares the rest (exit 1)', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const { stdout, stderr, exitCode } = await runCli(['compare', S000, empty, S002]);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${empty}: skipped:`);
    const out = JSON.parse(stdout) as Output;
    expect(out.articles.map((a) => a.file)).toEqual([S000, S002]);
    expect(out.groups.length).toBeGreaterThan(0);
  });

  it('prints no JSON when fewer than two files can be read', async () => {
    const missing = await runCli(['compare', join(dir, 'missing.txt'), S000]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('missing.txt');
    expect(missing.stderr).toMatch(/at least two readable files/);
  });

  it('is a usage error (exit 2) with fewer than two files or an unknown option', async () => {
    const one = await runCli(['compare', S000]);
    expect(one.exitCode).toBe(2);
    expect(one.stdout).toBe('');
    expect(one.stderr).toMatch(/at least two FILEs/);
    expect((await runCli(['compare'])).exitCode).toBe(2);
    expect((await runCli(['compare', '--fast', S000, S002])).exitCode).toBe(2);
  });

  it('is listed in the usage text next to parse', () => {
    expect(USAGE).toMatch(/\n {2}parse FILE\|FOLDER\|URL\.\.\.[\s\S]*\n {2}compare FILE\.\.\./);
  });
});
