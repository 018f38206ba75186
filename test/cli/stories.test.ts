import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, USAGE } from '../../src/cli/run';

const seedDir = resolve(import.meta.dirname, '../../seeds');
const SEEDS = ['000_d1152bbe736e7740.txt', '002_6c188231047a0d29.txt', '003_3db9fcb7f8b253cf.txt'].map((f) => join(seedDir, f));

describe('parallax stories', () => {
  let dir: string;
  let quake: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-stories-'));
    quake = [join(dir, 'quake-a.txt'), join(dir, 'quake-b.txt')];
    await writeFile(quake[0]!, 'Earthquake hits Chala\n\nA magnitude 6.8 earthquake struck southern Peru near Chala, killing nine people in Arequipa and blocking the Pan-American Highway with landslides.');
    await writeFile(quake[1]!, 'Nine dead in Arequipa quake\n\nNine people died when a 6.8 earthquake hit Arequipa in southern Peru; landslides cut the Pan-American Highway near Chala.');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints every file in exactly one story, the seeds of one meeting together and the earthquake apart', async () => {
    const files = [...SEEDS, ...quake];
    const { stdout, stderr, exitCode } = await runCli(['stories', ...files]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const out = JSON.parse(stdout) as { stories: { title: string; files: string[] }[] };
    expect(Object.keys(out)).toEqual(['stories']);
    for (const s of out.stories) expect(Object.keys(s)).toEqual(['title', 'files']);
    expect(out.stories.flatMap((s) => s.files).sort()).toEqual([...files].sort());
    expect(out.stories.map((s) => [...s.files].sort())).toEqual(expect.arrayContaining([[...SEEDS].sort(), [...quake].sort()]));
    expect(out.stories.length).toBe(2);
  });

  it('names an unreadable file on stderr and groups the rest', async () => {
    const missing = join(dir, 'missing.txt');
    const { stdout, stderr, exitCode } = await runCli(['stories', missing, ...quake]);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${missing}: skipped:`);
    expect((JSON.parse(stdout) as { stories: { files: string[] }[] }).stories.flatMap((s) => s.files).sort()).toEqual([...quake].sort());
  });

  it('is a usage error without files, and listed in the usage text', async () => {
    expect((await runCli(['stories'])).exitCode).toBe(2);
    expect(USAGE).toMatch(/\n {2}stories FILE\.\.\./);
  });
});
