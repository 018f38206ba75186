import type { FileOutcome, IngestOptions } from '@shared/ingest/types';
import type { ParseReply, ParseRequest } from './ingest.worker';

/** A lazily started Web Worker that parses files in order; restarted if it ever dies. */
export function createWorkerParser(): (name: string, bytes: Uint8Array, options: IngestOptions) => Promise<FileOutcome> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (outcome: FileOutcome) => void>();

  const failAll = (message: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'internal', message } });
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'parallax-ingest' });
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      pending.get(event.data.id)?.(event.data.outcome);
      pending.delete(event.data.id);
    };
    worker.onerror = (event) => failAll(`The parser stopped unexpectedly: ${event.message || 'unknown error'}`);
    return worker;
  };

  return (name, bytes, options) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      const owned = bytes.slice();
      const request: ParseRequest = { id, name, bytes: owned, options };
      ensureWorker().postMessage(request, [owned.buffer]);
    });
}
