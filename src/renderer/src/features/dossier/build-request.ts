import { type BackupCorpus, type BuiltFormat, buildExportBytes, type DossierInput, type DossierOptions, withComparison } from '@shared/dossier';

/** What the dossier worker is asked to build. */
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

/** The bytes a request asks for: what the worker runs, and what tests run in-process. */
export function buildRequested({ format, input, options, compare, corpus }: Omit<BuildRequest, 'id'>): Promise<Uint8Array> {
  return buildExportBytes(format, withComparison(input, compare && options.sections.comparison), options, corpus);
}
