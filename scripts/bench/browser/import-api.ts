import type { ParsedArticle } from '@shared/ingest/types';

/** What browser/import-page.mts puts on `globalThis.parallaxBench` for the harness to call. */
export interface ImportBenchApi {
  setInput(input: { parsed: ParsedArticle[]; names: string[] }): number;
  /** The app's import path: addParsedArticle per article, in order, as the import queue calls it. */
  ours(): Promise<{ ms: number; added: number; duplicates: number; nearDuplicateLinks: number }>;
  /** One bulkAdd per table of the same records (list data and text) in one transaction. */
  baseline(): Promise<{ ms: number; added: number }>;
}
