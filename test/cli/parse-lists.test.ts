import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandTargets, MAX_LIST_BYTES, namesInList, SKIPPED_SHOWN_PER_REASON } from '../../src/cli/parse-targets';
import { runCli } from '../../src/cli/run';

type Entry = { file: string; ok: boolean; article?: { title: string } };

describe('cli parse of folders and lists of files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-cli-lists-'));
    await mkdir(join(dir, 'corpus', 'day2'), { recursive: true });
    await writeFile(join(dir, 'corpus', 'a.txt'), 'First headline\nFirst body.');
    await writeFile(join(dir, 'corpus', 'day2', 'b.md'), '# Second headline\n\nSecond body.');
    await writeFile(join(dir, 'corpus', 'photo.jpg'), 'not an article');
    await writeFile(join(dir, 'single.txt'), 'Single headline\nSingle body.');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads every article file under a folder, in order, and names on stderr what it did not read', async () => {
    const { stdout, stderr, exitCode } = await runCli(['parse', join(dir, 'corpus')]);
    expect(exitCode).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((e) => e.article?.title)).toEqual(['First headline', 'Second headline']);
    expect(stderr).toMatch(/^Not read: .*corpus: photo\.jpg\. /m);
  });

  it('reads the names listed in --files-from, one a line, with Windows line ends and blank lines', async () => {
    const list = join(dir, 'list.txt');
    await writeFile(list, `${join(dir, 'single.txt')}\r\n\r\n${join(dir, 'corpus', 'a.txt')}\n`);
    const { stdout, exitCode } = await runCli(['parse', '--files-from', list]);
    expect(exitCode).toBe(0);
    expect((JSON.parse(stdout) as Entry[]).map((e) => e.article?.title)).toEqual(['Single headline', 'First headline']);
  });

  it('reads the list from standard input when it is "-"', async () => {
    const stdin = `${join(dir, 'corpus', 'day2', 'b.md')}\n`;
    const { stdout, exitCode } = await runCli(['parse', join(dir, 'single.txt'), '--files-from', '-'], { readStdin: async () => stdin });
    expect(exitCode).toBe(0);
    expect((JSON.parse(stdout) as Entry[]).map((e) => e.article?.title)).toEqual(['Single headline', 'Second headline']);
  });

  it('takes a list far longer than a command line may be (over 128 KB of names)', async () => {
    const name = join(dir, 'single.txt');
    const copies = Math.ceil((160 * 1024) / name.length);
    expect(namesInList(`${name}\n`.repeat(copies))).toHaveLength(copies);
    const { targets } = await expandTargets(namesInList(`${name}\n`.repeat(copies)));
    expect(targets.join('\n').length).toBeGreaterThan(128 * 1024);
  });

  it('says in words when the list cannot be read, or is too large, and parses nothing', async () => {
    const missing = await runCli(['parse', '--files-from', join(dir, 'no-such-list.txt')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/^The list of files “.*no-such-list\.txt” could not be opened/);
    const bare = await runCli(['parse', '--files-from']);
    expect(bare.stderr).toMatch(/^--files-from needs a file that lists the files to parse/);
    expect(MAX_LIST_BYTES).toBe(64 * 1024 * 1024);
  });

  it('names the first files a folder left out for one reason, then says how many more', async () => {
    const pictures = join(dir, 'pictures');
    await mkdir(pictures);
    const over = 5;
    for (let i = 0; i < SKIPPED_SHOWN_PER_REASON + over; i++) await writeFile(join(pictures, `p${String(i).padStart(3, '0')}.jpg`), 'x');
    const { targets, notes } = await expandTargets([pictures]);
    expect(targets).toEqual([]);
    expect(notes).toHaveLength(SKIPPED_SHOWN_PER_REASON + 1);
    expect(notes[0]).toMatch(/^Not read: .*pictures: p000\.jpg\. \S/);
    expect(notes.at(-1)).toMatch(new RegExp(`^Not read: ${over} more files for the same reason: \\S`));
  });
});
