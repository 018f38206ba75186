import { shingleText, type TextShingles } from '../../db/near-duplicates';
import type { ShingleReply, ShingleRequest } from './shingle.worker';

/**
 * Computes a text's shingles, off the page's thread when it can. Resolves to null (never
 * rejects) when they could not be computed: the store then computes them itself, and reports
 * the article it cannot store.
 */
export type Shingler = (text: string) => Promise<TextShingles | null>;

function shingleHere(text: string): TextShingles | null {
  try {
    return shingleText(text);
  } catch {
    return null;
  }
}

/**
 * A shingler backed by a lazily started Web Worker, so that shingling (the costliest part of
 * storing an article) runs beside the page's thread instead of on it. Where there is no Worker
 * (Node), or if the worker cannot start or stops, texts are shingled on the calling thread:
 * same code, same result, only not in parallel.
 */
export function createShingler(): Shingler {
  if (typeof Worker === 'undefined') return (text) => Promise.resolve(shingleHere(text));
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { text: string; resolve: (shingles: TextShingles | null) => void }>();

  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const { text, resolve } of pending.values()) resolve(shingleHere(text));
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = new Worker(new URL('./shingle.worker.ts', import.meta.url), { type: 'module', name: 'parallax-shingles' });
    started.onmessage = (event: MessageEvent<ShingleReply>) => {
      pending.get(event.data.id)?.resolve(event.data.shingles);
      pending.delete(event.data.id);
    };
    started.onerror = fallBack;
    started.onmessageerror = fallBack;
    return (worker = started);
  };

  return (text) => {
    if (broken) return Promise.resolve(shingleHere(text));
    return new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, { text, resolve });
      try {
        ensureWorker().postMessage({ id, text } satisfies ShingleRequest);
      } catch {
        fallBack();
      }
    });
  };
}
