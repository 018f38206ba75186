/// <reference lib="webworker" />
/**
 * Web mode's parser: the same src/shared/ingest code Electron runs in its worker thread,
 * here in a Web Worker so the page never freezes on a large file.
 */
import { parseFile } from '@shared/ingest';
import type { ParseReply, ParseRequest } from '@shared/ingest/supervisor';
import type { FileOutcome } from '@shared/ingest/types';
import { describeThrown } from '@shared/result';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, name, bytes, options } = event.data;
  let outcome: FileOutcome;
  try {
    outcome = await parseFile({ name, bytes }, options);
  } catch (thrown) {
    outcome = { ok: false, error: { code: 'internal', message: `Parallax could not read this file: ${describeThrown(thrown)}` } };
  }
  scope.postMessage({ id, outcome } satisfies ParseReply);
};
