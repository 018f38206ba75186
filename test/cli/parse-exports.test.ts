import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

const exportFile = (path: string) => resolve(import.meta.dirname, '../fixtures/exports', path);
const seed = (name: string) => resolve(import.meta.dirname, '../../seeds', name);

interface Entry {
  file: string;
  part?: { index: number; count: number };
  ok: boolean;
  article?: { title: string | null; outlet: string | null };
  error?: { code: string; message: string };
}

describe('the CLI on database exports and bad files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-cli-exports-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('parse prints one entry per article found, each naming its file and its part', async () => {
    const nexis = exportFile('rules/nexis-uni-3.docx');
    const { stdout, exitCode } = await runCli(['parse', nexis, seed('000_d1152bbe736e7740.txt')]);
    expect(exitCode).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((e) => [e.file, e.part ?? null, e.article?.title])).toEqual([
      [nexis, { index: 1, count: 3 }, 'City opens night bus line'],
      [nexis, { index: 2, count: 3 }, 'Night buses draw 4,000 riders in first week'],
      [nexis, { index: 3, count: 3 }, 'Letter: Buses are not enough'],
      [seed('000_d1152bbe736e7740.txt'), null, entries[3]!.article?.title],
    ]);
    expect(entries[3]!.article?.title).toBeTruthy();
  });

  it('parse lists the articles of a damaged export it could not take, in their place, and exits 1', async () => {
    const damaged = exportFile('rules/lexisnexis-damaged.txt');
    const { stdout, exitCode } = await runCli(['parse', damaged]);
    expect(exitCode).toBe(1);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((e) => [e.part?.index, e.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
    ]);
    expect(entries[1]!.error?.message).toMatch(/no text/);
  });

  it('compare skips a file that is not an article, names it on stderr and compares the rest', async () => {
    const notAnArticle = join(dir, 'picture.txt');
    await writeFile(notAnArticle, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const files = ['000_d1152bbe736e7740.txt', '002_6c188231047a0d29.txt', '003_3db9fcb7f8b253cf.txt'].map(seed);
    const { stdout, stderr, exitCode } = await runCli(['compare', files[0]!, notAnArticle, files[1]!, files[2]!]);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${notAnArticle}: skipped:`);
    const output = JSON.parse(stdout) as { articles: { file: string }[]; skipped: { file: string }[]; groups: unknown[] };
    expect(output.articles.map((a) => a.file)).toEqual(files);
    expect(output.skipped.map((s) => s.file)).toEqual([notAnArticle]);
    expect(output.groups.length).toBeGreaterThan(0);
  });

  it('compare takes each article of an export as an article of its own', async () => {
    const factiva = exportFile('rules/factiva-3.txt');
    const { stdout, exitCode } = await runCli(['compare', factiva, seed('000_d1152bbe736e7740.txt')]);
    expect(exitCode).toBe(0);
    const output = JSON.parse(stdout) as { articles: { file: string; part?: { index: number } }[] };
    expect(output.articles.map((a) => a.part?.index ?? null)).toEqual([1, 2, 3, null]);
  });
});

describe('the CLI dossier on an export', () => {
  it('takes each article of a database export into the dossier', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-cli-dossier-export-'));
    try {
      const out = join(dir, 'dossier.md');
      const { stdout, exitCode } = await runCli(['dossier', '--format', 'md', '--out', out, exportFile('rules/proquest-2.txt')]);
      expect(exitCode).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ articles: 2 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the CLI on links', () => {
  it('parse fetches a link served on 127.0.0.1 and names it as its file, with url and finalUrl', async () => {
    const { startLocalWeb, ARTICLE_HTML } = await import('../helpers/local-web');
    const web = await startLocalWeb({
      '/go': (_q, r) => r.writeHead(301, { Location: '/news/harbour-vote' }).end(),
      '/news/harbour-vote': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(ARTICLE_HTML('/canonical/harbour-vote')),
    });
    try {
      const link = `${web.base}/go`;
      const { stdout, exitCode } = await runCli(['parse', link, `${web.base}/nothing-here`]);
      expect(exitCode).toBe(1);
      const entries = JSON.parse(stdout) as (Entry & { url?: string; finalUrl?: string })[];
      expect(entries[0]).toMatchObject({ file: link, url: link, finalUrl: `${web.base}/news/harbour-vote`, ok: true, article: { title: 'Harbour vote passes' } });
      expect((entries[0]!.article as { url?: string }).url).toBe(`${web.base}/canonical/harbour-vote`);
      expect(entries[1]).toMatchObject({ file: `${web.base}/nothing-here`, ok: false, error: { code: 'not-found' } });
    } finally {
      await web.close();
    }
  });
});
