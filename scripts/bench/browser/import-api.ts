import type { ParsedArticle } from '@shared/ingest/types';

/** What browser/import-page.mts puts on `globalThis.parallaxBench` for the harness to call. */
export interface ImportBenchApi {
  setInput(input: { parsed: ParsedArticle[]; names: string[] }): number;
  /**
   * The app's import path: the import queue, fed the parsed articles, with the library's count
   * as a live query meanwhile (as the status bar has it). `ms` runs until the queue is done (every
   * article stored, linked and listed); `shinglesSavedMs` until the shingles records the import
   * deferred are written too. `liveCounts`: counts between none and all the live query saw.
   */
  ours(): Promise<{
    ms: number;
    added: number;
    duplicates: number;
    nearDuplicateLinks: number;
    shinglesSavedMs: number;
    shinglesStored: number;
    liveCounts: number;
  }>;
  /** One bulkAdd per table of the same records (list data and text) in one transaction. */
  baseline(): Promise<{ ms: number; added: number }>;
}
