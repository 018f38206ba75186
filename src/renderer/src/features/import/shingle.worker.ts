/// <reference lib="webworker" />
/**
 * Shingles article texts for the import queue on a thread of its own, so that the page's thread
 * stores one batch while the next batch is shingled (see shingler.ts). The same code as
 * everywhere else computes them (src/renderer/src/db/near-duplicates.ts).
 */
import { shingleText, type TextShingles } from '../../db/near-duplicates';

export interface ShingleRequest {
  id: number;
  text: string;
}

export interface ShingleReply {
  id: number;
  shingles: TextShingles;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ShingleRequest>) => {
  const { id, text } = event.data;
  const shingles = shingleText(text);
  scope.postMessage({ id, shingles } satisfies ShingleReply, [shingles.shingles.buffer]);
};
