import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, DOSSIER_FORMATS } from '../../src/cli/dossier';
import { runCli } from '../../src/cli/run';
import { describe as describeSpan } from '../../src/shared/anchoring';
import { backupJson, type BackupCorpus, parseBackup } from '../../src/shared/dossier';
import { parseArticleFile } from '../../src/shared/ingest';
import type { ArticleRecord } from '../../src/shared/model';

const seed = (name: string) => resolve(import.meta.dirname, '../../seeds', name);
const S000 = seed('000_d1152bbe736e7740.txt');
const S002 = seed('002_6c188231047a0d29.txt');
const TITLE_000 = 'Top US and Russian diplomats urge dialog amid differences';
const TITLE_002 = 'U.S., Russian Diplomats Stress Cooperative Approach Despite ‘Serious Differences’';

const TEXT = 'Lavrov spoke of “serious differences” 😀 with Washington.\n\nBlinken said they would cooperate.';

function corpus(): BackupCorpus {
  const record: ArticleRecord = {
    id: 'art-1',
    format: 'txt',
    fingerprint: 'f1',
    sourceName: 'story.txt',
    importedAt: Date.UTC(2024, 0, 1),
    length: TEXT.length,
    warnings: [],
    provenance: {},
    edits: {},
    nearDuplicateIds: [],
    previousVersionId: null,
    versionKeys: [],
    lang: 'en',
    title: 'Backup story',
    outlet: 'Backup Times',
    authors: [],
    published: '2021-05-20',
    dateline: null,
    agencies: [],
    url: null,
  };
  // An older version of the same story: the dossier shows only the newest.
  const older: ArticleRecord = { ...record, id: 'art-0', fingerprint: 'f0', title: 'Backup story (first version)' };
  const start = TEXT.indexOf('serious differences');
  const end = start + 'serious differences'.length;
  return {
    articles: [older, { ...record, previousVersionId: 'art-0' }],
    articleTexts: [
      { id: 'art-0', text: 'An older text.', boilerplate: [] },
      { id: 'art-1', text: TEXT, boilerplate: [] },
    ],
    tags: [{ id: 'tag-1', name: 'Conflict', color: '#e2504a', description: '', parentId: null, order: 0, createdAt: 1 }],
    highlights: [{ id: 'hl-1', articleId: 'art-1', start, end, selectors: describeSpan(TEXT, start, end), tagIds: ['tag-1'], anchorStatus: 'anchored', createdAt: 1, updatedAt: 1 }],
    notes: [
      {
        id: 'note-1',
        content: JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'A telling phrase.', format: 0 }] }] } }),
        plainText: 'A telling phrase.',
        articleId: 'art-1',
        highlightId: 'hl-1',
        citedArticleIds: [],
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    collections: [],
    meta: [],
  };
}

interface Summary {
  out: string;
  format: string;
  articles: number;
  highlights: number;
  notes: number;
  bytes: number;
}

describe('parallax dossier', () => {
  let dir: string;
  let backup: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-dossier-'));
    backup = join(dir, 'backup.json');
    const json = backupJson(corpus(), '2024-02-01T00:00:00.000Z');
    expect(parseBackup(json).ok).toBe(true);
    await writeFile(backup, json);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs the command, checks the one-line summary against the file written, returns both. */
  async function dossier(format: string, ...rest: string[]) {
    const out = join(dir, `out-${format}-${rest.length}.${format}`);
    const result = await runCli(['dossier', '--format', format, '--out', out, ...rest]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(Object.keys(summary)).toEqual(['out', 'format', 'articles', 'highlights', 'notes', 'bytes']);
    const bytes = new Uint8Array(await readFile(out));
    expect(summary).toMatchObject({ out, format, bytes: bytes.byteLength });
    return { summary, bytes, text: new TextDecoder().decode(bytes) };
  }

  it('builds every format from article files alone: sources, comparison and full texts, no annotations', async () => {
    for (const format of DOSSIER_FORMATS.filter((f) => f !== 'pdf')) {
      const { summary, bytes, text } = await dossier(format, S000, S002);
      expect(summary, format).toMatchObject({ articles: 2, highlights: 0, notes: 0 });
      switch (format) {
        case 'html':
          expect(text).toMatch(/^<!DOCTYPE html>/i);
          expect(text).toContain(TITLE_000);
          expect(text).toContain('Comparison');
          expect(text).not.toMatch(/<script/i);
          break;
        case 'md':
          expect(text).toContain('Top US and Russian diplomats urge dialog amid differences');
          break;
        case 'docx':
          expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain(TITLE_000);
          break;
        case 'csv':
          expect(text.split(/\r?\n/)[0]!.replace(/^\uFEFF/, '').replaceAll('"', '')).toBe('article,outlet,date,tag path,quote,start,end,note');
          expect(text.split(/\r?\n/).filter(Boolean)).toHaveLength(1);
          break;
        case 'w3c': {
          const collection = JSON.parse(text) as { type: string; total: number };
          expect(collection.type).toBe('AnnotationCollection');
          expect(collection.total).toBe(0);
          break;
        }
        case 'qdpx': {
          const files = unzipSync(bytes);
          expect(strFromU8(files['project.qde']!)).toContain('urn:QDA-XML:project:1.0');
          expect(Object.keys(files).filter((n) => n.startsWith('Sources/'))).toHaveLength(2);
          break;
        }
        case 'json': {
          const parsed = parseBackup(text);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.backup.corpus.articles.map((a) => a.title).sort()).toEqual([TITLE_000, TITLE_002].sort());
          break;
        }
      }
    }
  });

  it('builds a dossier from a backup (newest versions, highlights, notes), with files added', async () => {
    const html = await dossier('html', '--backup', backup);
    expect(html.summary).toMatchObject({ articles: 1, highlights: 1, notes: 1 });
    expect(html.text).toContain('Backup story');
    expect(html.text).not.toContain('first version');
    expect(html.text).toContain('Conflict');

    const qdpx = await dossier('qdpx', '--backup', backup, S000);
    expect(qdpx.summary).toMatchObject({ articles: 2, highlights: 1, notes: 1 });
    const xml = strFromU8(unzipSync(qdpx.bytes)['project.qde']!);
    // Nothing astral before the highlight: its character positions equal its UTF-16 offsets.
    expect(xml).toMatch(/<PlainTextSelection[^>]*startPosition="17"[^>]*endPosition="36"/);

    const csv = await dossier('csv', '--backup', backup);
    expect(csv.text).toContain('serious differences');

    // The JSON format is the complete backup again: every version, the whole codebook.
    const json = await dossier('json', '--backup', backup, '--title', 'ignored for json');
    const parsed = parseBackup(json.text);
    expect(parsed.ok && parsed.backup.corpus.articles.length).toBe(2);
  });

  it('prints a PDF with Chromium, or says in words why it cannot', async () => {
    const out = join(dir, 'dossier.pdf');
    const result = await runCli(['dossier', '--format', 'pdf', '--out', out, '--backup', backup, S000]);
    if (existsSync(CHROMIUM_PATH)) {
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      const bytes = new Uint8Array(await readFile(out));
      expect(strFromU8(bytes.slice(0, 5))).toBe('%PDF-');
      expect(JSON.parse(result.stdout)).toMatchObject({ format: 'pdf', articles: 2, highlights: 1, bytes: bytes.byteLength });
      // Read back by Parallax’s own PDF importer: the quote is on its pages.
      const outcome = await parseArticleFile({ name: 'dossier.pdf', bytes });
      expect(outcome.ok).toBe(true);
      if (outcome.ok) expect(outcome.article.text).toContain('serious differences');
      // Every page carries its number in the footer.
      const pdf = await getDocument({ data: bytes.slice() }).promise;
      expect(pdf.numPages).toBeGreaterThan(1);
      for (const n of [1, pdf.numPages]) {
        const content = await (await pdf.getPage(n)).getTextContent();
        const words = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
        expect(words).toContain(`Page ${n} of ${pdf.numPages}`);
      }
      await pdf.destroy();
    } else {
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/PDF dossier is printed by a browser engine/);
      expect(existsSync(out)).toBe(false);
    }
  }, 60_000);

  it('is a usage error (exit 2) for bad arguments', async () => {
    const out = join(dir, 'never.html');
    const cases: [string[], RegExp][] = [
      [['--out', out, S000], /needs --format/],
      [['--format', 'rtf', '--out', out, S000], /Unknown format “rtf”/],
      [['--format', 'html', S000], /needs --out PATH/],
      [['--format', 'html', '--out', out], /needs a backup .* article FILEs/],
      [['--format', 'html', '--out', out, '--fast', S000], /Unknown option “--fast”/],
      [['--format', 'html', '--out', out, '--backup'], /--backup needs/],
      [['--format', '--out', out, S000], /--format needs/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['dossier', ...args]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('Usage:');
    }
    expect(existsSync(out)).toBe(false);
    expect((await runCli(['--help'])).stdout).toMatch(/dossier --format F --out PATH/);
  });

  it('exits 1 with the reason when the backup or a file cannot be read, writing nothing', async () => {
    const out = join(dir, 'never.docx');
    const notJson = join(dir, 'broken.json');
    await writeFile(notJson, '{"format": "parallax-backup", "vers');
    const other = join(dir, 'other.json');
    await writeFile(other, JSON.stringify({ format: 'zotero-export', items: [] }));
    const newer = join(dir, 'newer.json');
    await writeFile(newer, JSON.stringify({ format: 'parallax-backup', version: 99, exportedAt: 'x', corpus: {} }));
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const cases: [string[], RegExp][] = [
      [['--backup', notJson], /broken\.json: This file is not a Parallax backup: it is not valid JSON/],
      [['--backup', other], /other\.json: This JSON file is not a Parallax backup/],
      [['--backup', newer], /newer\.json: This backup was made by a newer version of Parallax/],
      [['--backup', join(dir, 'missing.json')], /missing\.json: this backup could not be read/],
      [['--backup', backup, empty], /empty\.txt: .*\(empty\)/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['dossier', '--format', 'docx', '--out', out, ...args]);
      expect(result.exitCode, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
    const unwritable = await runCli(['dossier', '--format', 'md', '--out', join(dir, 'no-such-dir', 'x.md'), S000]);
    expect(unwritable.exitCode).toBe(1);
    expect(unwritable.stderr).toMatch(/could not be written/);
  });
});
