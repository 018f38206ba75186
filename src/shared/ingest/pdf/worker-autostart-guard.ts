/**
 * Evaluated just before pdf.js's worker module (see runtime.ts), this hides the global
 * `postMessage` for the few synchronous moments that module takes to evaluate.
 *
 * Why: pdf.worker.mjs has a static block that, inside any browser Web Worker
 * (`typeof window === 'undefined' && typeof self.postMessage === 'function'`), calls
 * `WorkerMessageHandler.initializeFromPort(self)`. That adds a `message` listener to our
 * own worker (which throws on a `null` message) and posts an unexpected `{action: 'ready'}`
 * message to whoever started the worker. We run pdf.js in-thread instead (the "fake
 * worker"), so that start-up must not happen. With `postMessage` hidden the condition is
 * false; `restoreWorkerPostMessage()` puts it back as soon as the module has evaluated.
 * Module evaluation is synchronous, so no other code can run while it is hidden.
 */
interface WithPostMessage {
  postMessage?: unknown;
}

const scope = globalThis as WithPostMessage;
const hadOwn = Object.prototype.hasOwnProperty.call(scope, 'postMessage');
const saved = scope.postMessage;
let hidden = false;

if (typeof saved === 'function') {
  try {
    scope.postMessage = undefined;
    hidden = scope.postMessage === undefined;
  } catch {
    hidden = false;
  }
}

export function restoreWorkerPostMessage(): void {
  if (!hidden) return;
  hidden = false;
  if (hadOwn) scope.postMessage = saved;
  else delete scope.postMessage;
}
