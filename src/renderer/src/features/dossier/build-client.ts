import type { BuildRequest } from './build-request';
import type { BuildReply } from './dossier.worker';

/**
 * Runs one build in a fresh worker. A cancel terminates the worker at once (a build cannot be
 * interrupted from inside), and nothing of a cancelled build is kept.
 */
export function buildInWorker(request: Omit<BuildRequest, 'id'>, signal?: AbortSignal): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = new Worker(new URL('./dossier.worker.ts', import.meta.url), { type: 'module', name: 'parallax-dossier' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('The export was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<BuildReply>) => {
      finish();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the dossier builder stopped unexpectedly'));
    };
    worker.postMessage({ ...request, id: 1 } satisfies BuildRequest);
  });
}
