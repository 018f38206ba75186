import type { ParallaxBridge, SkippedFile } from '@shared/bridge';
import { formatOfFileName, notAnArticleReason } from '@shared/ingest/formats';
import type { ImportJob } from './import-job';
import type { ImportQueue } from './import-queue';

/** File > Import Files… / Import Folder…: the dialog, then the ordinary queue. */
export async function importFromDialog(bridge: ParallaxBridge, queue: ImportQueue, kind: 'files' | 'folder'): Promise<string | null> {
  const selection = await bridge.chooseImport({ kind });
  if (!selection.ok) return selection.error.message;
  if (!selection.value) return null;
  const { candidates, skipped } = selection.value;
  if (candidates.length === 0 && skipped.length === 0) return 'The chosen folder holds no files.';
  void queue.enqueue(
    candidates.map((candidate): ImportJob => ({ kind: 'candidate', displayPath: candidate.displayPath, candidate })),
    skipped,
  );
  return null;
}

/** Links pasted in File › Import from the Web… or dropped from a browser; lines that are not links are listed as skipped. */
export function importLinks(queue: ImportQueue, links: string[], rejected: string[] = []): void {
  void queue.enqueue(
    links.map((url): ImportJob => ({ kind: 'url', displayPath: url, url })),
    rejected.map((line) => ({ displayPath: line, reason: 'Not a web link: only http:// and https:// addresses can be fetched.' })),
  );
}

/** Files dropped on the window (files inside dropped folders included); others are listed as skipped. */
export function importDroppedFiles(queue: ImportQueue, files: { file: File; displayPath: string }[]): void {
  const jobs: ImportJob[] = [];
  const skipped: SkippedFile[] = [];
  for (const { file, displayPath } of files) {
    // A file dropped on its own is tried whatever its name, so its refusal is explained;
    // inside a dropped folder, files that are not articles are passed over.
    if (displayPath.includes('/') && !formatOfFileName(file.name)) skipped.push({ displayPath, reason: notAnArticleReason() });
    else jobs.push({ kind: 'blob', displayPath, blob: file });
  }
  void queue.enqueue(jobs, skipped);
}
