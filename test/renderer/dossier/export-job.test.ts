import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParallaxBridge } from '@shared/bridge';
import { ALL_SECTIONS, type BackupCorpus, parseBackup } from '@shared/dossier';
import { extractCitations } from '@shared/notes/citation-links';
import { err, ok } from '@shared/result';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { type ExportChoice, type ExportProgress, runExport, suggestedFileName } from '../../../src/renderer/src/features/dossier/export-job';
import { type BuildRequest, buildRequested } from '../../../src/renderer/src/features/dossier/build-request';
import { fixtureCorpus } from '../../shared/dossier/fixture';
import { freshDb } from '../db/test-db';

let db: ParallaxDB;
afterEach(async () => {
  await db?.delete();
});

async function storeFixture(): Promise<BackupCorpus> {
  const input = await fixtureCorpus();
  const corpus: BackupCorpus = {
    articles: input.articles.map((a) => a.record),
    articleTexts: input.articles.map((a) => ({ id: a.record.id, text: a.text, boilerplate: a.boilerplate ?? [] })),
    tags: input.tags,
    highlights: input.highlights,
    notes: input.notes,
    collections: [],
    meta: [],
  };
  db = freshDb();
  await db.articles.bulkAdd(corpus.articles);
  await db.articleTexts.bulkAdd(corpus.articleTexts);
  await db.tags.bulkAdd(corpus.tags);
  await db.highlights.bulkAdd(corpus.highlights);
  // As the app keeps them: the citations the fixture's notes carry inside go to their own rows.
  for (const note of corpus.notes) {
    const { content, citations } = extractCitations(note.content, () => `cite-${note.id}-${Math.random().toString(36).slice(2)}`);
    await db.notes.add({ ...note, content });
    await db.citations.bulkAdd(citations);
  }
  expect(await db.citations.count()).toBeGreaterThan(0);
  return corpus;
}

/** Builds in-process what the worker would build. */
const build = (request: Omit<BuildRequest, 'id'>) => buildRequested(request);

function fakeBridge(overrides: Partial<ParallaxBridge> = {}) {
  const saved: { suggestedName: string; format: string; bytes: Uint8Array }[] = [];
  const bridge = {
    saveExport: vi.fn(async (request: { suggestedName: string; format: string; bytes: Uint8Array }) => {
      saved.push(request);
      return ok({ location: `/home/me/${request.suggestedName}` });
    }),
    printToPdf: vi.fn(async () => ok(new TextEncoder().encode('%PDF-1.7 fake'))),
    ...overrides,
  } as unknown as ParallaxBridge;
  return { bridge, saved };
}

const choice = (over: Partial<ExportChoice> = {}): ExportChoice => ({ scope: { kind: 'corpus' }, format: 'html', sections: ALL_SECTIONS, title: 'Reykjavik talks', ...over });
const NOW = new Date(2026, 10, 23, 10, 0, 0);

describe('exporting a dossier from the app', () => {
  it('saves the HTML dossier of the chosen articles, reporting each step', async () => {
    await storeFixture();
    const { bridge, saved } = fakeBridge();
    const steps: ExportProgress[] = [];
    const outcome = await runExport(db, bridge, choice({ scope: { kind: 'articles', ids: ['art-1', 'art-3'] } }), (p) => steps.push(p), { now: NOW, build });
    expect(outcome.status).toBe('saved');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.suggestedName).toBe('reykjavik-talks-2026-11-23.html');
    const html = new TextDecoder().decode(saved[0]!.bytes);
    expect(html).toContain('<title>Reykjavik talks</title>');
    expect(html).toContain('should work together to make the world safer');
    // Article 2 was not chosen: none of its passages.
    expect(html).not.toContain('there are many areas where our interests intersect');
    expect(steps.map((s) => s.stage)).toEqual(expect.arrayContaining(['reading', 'building', 'saving']));
    expect(steps.find((s) => s.stage === 'reading' && s.done === 2)).toBeDefined();
  });

  it('prints a PDF from the HTML dossier, then saves the PDF', async () => {
    await storeFixture();
    const { bridge, saved } = fakeBridge();
    const outcome = await runExport(db, bridge, choice({ format: 'pdf' }), () => undefined, { now: NOW, build });
    expect(outcome.status).toBe('saved');
    const printed = vi.mocked(bridge.printToPdf).mock.calls[0]![0];
    expect(printed.html).toMatch(/^<!DOCTYPE html>/i);
    expect(new TextDecoder().decode(saved[0]!.bytes)).toBe('%PDF-1.7 fake');
    expect(saved[0]!.suggestedName.endsWith('.pdf')).toBe(true);
  });

  it('hands the PDF to the print dialog in web mode, and saves nothing', async () => {
    await storeFixture();
    const { bridge, saved } = fakeBridge({ printToPdf: vi.fn(async () => ok(null)) } as Partial<ParallaxBridge>);
    const outcome = await runExport(db, bridge, choice({ format: 'pdf' }), () => undefined, { now: NOW, build });
    expect(outcome.status).toBe('print-dialog');
    expect(saved).toHaveLength(0);
  });

  it('exports the complete corpus as a backup that parses back to the same records', async () => {
    const corpus = await storeFixture();
    const { bridge, saved } = fakeBridge();
    await runExport(db, bridge, choice({ format: 'json', scope: { kind: 'articles', ids: ['art-1'] } }), () => undefined, { now: NOW, build });
    expect(saved[0]!.suggestedName).toBe('parallax-backup-2026-11-23.json');
    const parsed = parseBackup(new TextDecoder().decode(saved[0]!.bytes));
    if (!parsed.ok) throw new Error(parsed.error.message);
    // A backup ignores the scope: it is everything.
    expect(parsed.backup.corpus.articles.map((a) => a.id).sort()).toEqual(corpus.articles.map((a) => a.id).sort());
    expect(parsed.backup.corpus.highlights).toHaveLength(corpus.highlights.length);
  });

  it('treats a cancelled save dialog as a cancel, and a failed save as an error in words', async () => {
    await storeFixture();
    const cancelled = fakeBridge({ saveExport: vi.fn(async () => ok(null)) } as Partial<ParallaxBridge>);
    expect((await runExport(db, cancelled.bridge, choice(), () => undefined, { now: NOW, build })).status).toBe('cancelled');
    const failing = fakeBridge({ saveExport: vi.fn(async () => err({ code: 'write-failed', message: 'The folder is read-only.' })) } as Partial<ParallaxBridge>);
    await expect(runExport(db, failing.bridge, choice(), () => undefined, { now: NOW, build })).rejects.toThrow('The folder is read-only.');
  });

  it('stops before saving when the export is cancelled while it builds', async () => {
    await storeFixture();
    const { bridge, saved } = fakeBridge();
    const controller = new AbortController();
    const slowBuild = async (request: Omit<BuildRequest, 'id'>) => {
      controller.abort();
      return build(request);
    };
    await expect(runExport(db, bridge, choice(), () => undefined, { now: NOW, build: slowBuild, signal: controller.signal })).rejects.toThrow();
    expect(saved).toHaveLength(0);
  });

  it('names files after the title, or plainly when there is none', () => {
    expect(suggestedFileName({ format: 'w3c', title: 'Ça va? Lavrov & Blinken' }, NOW)).toBe('ca-va-lavrov-blinken-2026-11-23.jsonld');
    expect(suggestedFileName({ format: 'qdpx', title: '   ' }, NOW)).toBe('parallax-dossier-2026-11-23.qdpx');
  });
});
