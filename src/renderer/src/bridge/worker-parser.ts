import { createSupervisedParser, type ParseFile, type ParseReply } from '@shared/ingest/supervisor';

/**
 * Web mode's parser: a Web Worker under the same supervisor as Electron's (one file at a
 * time, each within its time budget; a worker that dies or runs over is ended and replaced).
 * A browser cannot bound a worker's heap, so in web mode memory is held down by the
 * structural limits (zip, depth and element caps) before any parser builds anything.
 */
export function createWorkerParser(): ParseFile {
  const supervised = createSupervisedParser((_memoryMb, events) => {
    const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'parallax-ingest' });
    worker.onmessage = (event: MessageEvent<ParseReply>) => events.reply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      events.exit({ kind: 'crashed', detail: event.message || 'unknown error' });
    };
    return {
      post: (request) => worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]),
      terminate: () => worker.terminate(),
    };
  });
  return supervised.parse;
}
