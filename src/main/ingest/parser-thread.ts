import { Worker } from 'node:worker_threads';
import type { FileOutcome, IngestOptions } from '@shared/ingest/types';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export type ParseFile = (name: string, bytes: Uint8Array, options: IngestOptions) => Promise<FileOutcome>;

/**
 * One long-lived worker thread that parses files in arrival order. If the thread dies (a
 * parser bug, out of memory), pending files fail with a message and the next call starts a
 * fresh thread: one bad file never takes the app down.
 */
export function createParserThread(workerPath: string): { parse: ParseFile; dispose: () => Promise<void> } {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (outcome: FileOutcome) => void>();

  const failAll = (message: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'internal', message } });
    pending.clear();
    worker = null;
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = new Worker(workerPath);
    started.on('message', (reply: WorkerReply) => {
      pending.get(reply.id)?.(reply.outcome);
      pending.delete(reply.id);
    });
    started.on('error', (error) => failAll(`The parser stopped unexpectedly: ${error.message}`));
    started.on('exit', (code) => {
      if (code !== 0) failAll(`The parser stopped unexpectedly (exit code ${code}).`);
      worker = null;
    });
    worker = started;
    return started;
  };

  return {
    parse(name, bytes, options) {
      const id = nextId++;
      return new Promise<FileOutcome>((resolve) => {
        pending.set(id, resolve);
        // A copy we own: the caller's bytes may be a view into a shared pool (Node's Buffer).
        const owned = bytes.slice();
        const request: WorkerRequest = { id, name, bytes: owned, options };
        ensureWorker().postMessage(request, [owned.buffer]);
      });
    },
    async dispose() {
      await worker?.terminate();
      worker = null;
    },
  };
}
