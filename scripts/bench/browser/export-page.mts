/**
 * The page behind "split and import a 1,000-article export": the app's import queue and web
 * mode's parser (its Web Worker runs src/shared/ingest, which splits the export), storing into
 * a fresh database of the app's schema each run, deleted afterwards. Timed against the same
 * articles dropped as separate files. The app is not changed for it.
 */
import Dexie from 'dexie';
import { fileResult, type FileOutcome } from '@shared/ingest/types';
import type { ParallaxBridge } from '@shared/bridge';
import { createWorkerParser } from '../../../src/renderer/src/bridge/worker-parser';
import { ImportQueue } from '../../../src/renderer/src/features/import/import-queue';
import { ParallaxDB } from '../../../src/renderer/src/db/schema';
import type { ExportBenchApi } from './export-api';

let input: { exportName: string; exportText: string; files: { name: string; text: string }[] } = { exportName: '', exportText: '', files: [] };
let runs = 0;
const parseInWorker = createWorkerParser();
const encoder = new TextEncoder();

const bridge = {
  parseBytes: async ({ file }: { file: { name: string; bytes: Uint8Array } }) => fileResult((await parseInWorker(file.name, file.bytes, {})) as FileOutcome),
} as unknown as ParallaxBridge;

async function timedImport(files: { name: string; text: string }[]): Promise<{ ms: number; added: number; skipped: number }> {
  const db = new ParallaxDB(`parallax-export-bench-${++runs}`);
  await db.open();
  const queue = new ImportQueue(db, bridge);
  const jobs = files.map((file) => ({ kind: 'bytes' as const, displayPath: file.name, file: { name: file.name, bytes: encoder.encode(file.text) } }));
  const started = performance.now();
  await queue.enqueue(jobs);
  const ms = performance.now() - started;
  await queue.shinglesSaved();
  const added = await db.articles.count();
  const skipped = queue.getState().results.filter((r) => r.status !== 'added').length;
  db.close();
  await Dexie.delete(db.name);
  return { ms, added, skipped };
}

const api: ExportBenchApi = {
  setInput(value) {
    input = value;
    return value.files.length;
  },
  exportRun: () => timedImport([{ name: input.exportName, text: input.exportText }]),
  filesRun: () => timedImport(input.files),
};

(globalThis as unknown as { parallaxExportBench: ExportBenchApi }).parallaxExportBench = api;
