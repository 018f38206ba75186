import { Worker, type WorkerOptions } from 'node:worker_threads';
import { createSupervisedParser, type ParseFile, type SpawnParserWorker } from '@shared/ingest/supervisor';

export type { ParseFile } from '@shared/ingest/supervisor';

/** Young-generation space for the parser thread: V8's default; the budget is the old generation. */
const YOUNG_GENERATION_MB = 32;

/**
 * A worker thread per parser generation, its heap bounded by `resourceLimits`: past it Node
 * ends the thread with ERR_WORKER_OUT_OF_MEMORY, which the supervisor turns into that file's
 * message. `start` lets the CLI start its TypeScript worker from a bootstrap (`eval`).
 */
export function spawnThreadWorker(script: string | URL, start: Pick<WorkerOptions, 'eval'> = {}): SpawnParserWorker {
  return (memoryMb, events) => {
    const worker = new Worker(script, {
      ...start,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on('message', events.reply);
    worker.on('error', (error: Error & { code?: string }) =>
      events.exit(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory' } : { kind: 'crashed', detail: error.message }),
    );
    worker.on('exit', (code) => events.exit({ kind: 'crashed', detail: `exit code ${code}` }));
    return {
      post: (request) => worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]),
      terminate: () => void worker.terminate(),
    };
  };
}

/** Parses files in a supervised worker thread: one file at a time, each within its budget. */
export function createParserThread(script: string | URL, start: Pick<WorkerOptions, 'eval'> = {}): { parse: ParseFile; dispose: () => Promise<void> } {
  const supervised = createSupervisedParser(spawnThreadWorker(script, start));
  return { parse: supervised.parse, dispose: async () => supervised.dispose() };
}
