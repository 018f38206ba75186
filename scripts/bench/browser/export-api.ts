/** What browser/export-page.mts puts on `globalThis.parallaxExportBench` for the harness to call. */
export interface ExportBenchApi {
  /** One database export (text) and the same articles as separate files. */
  setInput(input: { exportName: string; exportText: string; files: { name: string; text: string }[] }): number;
  /**
   * Drops the export: the import queue with web mode's bridge (parsing in its Web Worker, the
   * export split there) stores every article. `ms` until the queue is done.
   */
  exportRun(): Promise<{ ms: number; added: number; skipped: number }>;
  /** The same articles dropped as separate files, through the same queue and worker. */
  filesRun(): Promise<{ ms: number; added: number; skipped: number }>;
}
