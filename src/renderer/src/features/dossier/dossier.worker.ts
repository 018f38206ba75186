/// <reference lib="webworker" />
/**
 * Builds dossiers off the window's thread: a dossier of a few hundred articles (and its
 * comparison findings) takes long enough to freeze the window if built there.
 */
import { type BackupCorpus, type BuiltFormat, buildExportBytes, type DossierInput, type DossierOptions, withComparison } from '@shared/dossier';
import { describeThrown } from '@shared/result';

export interface BuildRequest {
  id: number;
  format: BuiltFormat;
  input: DossierInput;
  options: DossierOptions;
  /** Compute comparison findings of the input's articles (when there are 2 to 50). */
  compare: boolean;
  /** The complete corpus, for the JSON backup. */
  corpus?: BackupCorpus;
}

export type BuildReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const { id, format, input, options, compare, corpus } = event.data;
  try {
    const bytes = await buildExportBytes(format, withComparison(input, compare && options.sections.comparison), options, corpus);
    scope.postMessage({ id, ok: true, bytes } satisfies BuildReply, [bytes.buffer]);
  } catch (thrown) {
    scope.postMessage({ id, ok: false, message: describeThrown(thrown) } satisfies BuildReply);
  }
};
