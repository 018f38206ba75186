/// <reference lib="webworker" />
/**
 * Builds dossiers off the window's thread: a dossier of a few hundred articles (and its
 * comparison findings) takes long enough to freeze the window if built there.
 */
import { describeThrown } from '@shared/result';
import { type BuildRequest, buildRequested } from './build-request';

export type BuildReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const { id } = event.data;
  try {
    const bytes = await buildRequested(event.data);
    scope.postMessage({ id, ok: true, bytes } satisfies BuildReply, [bytes.buffer]);
  } catch (thrown) {
    scope.postMessage({ id, ok: false, message: describeThrown(thrown) } satisfies BuildReply);
  }
};
