import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { formatOfFileName, notAnArticleReason } from '@shared/ingest/formats';
import type { SkippedFile } from '@shared/bridge';

export interface CollectedFile {
  path: string;
  name: string;
  displayPath: string;
  size: number;
}

export interface Collected {
  files: CollectedFile[];
  skipped: SkippedFile[];
}

/** Folders deeper than this are not walked: a chosen folder is a corpus, not a whole disk. */
export const MAX_DEPTH = 12;
/** Files taken from the chosen folders at once: far above a real corpus, low enough to list quickly. */
export const MAX_FILES = 20_000;

/**
 * Expands chosen paths (files and folders) into the article files under them, in a stable
 * order, listing every other file as skipped with the reason.
 */
export async function collectImportFiles(paths: string[]): Promise<Collected> {
  const collected: Collected = { files: [], skipped: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      collected.skipped.push({ displayPath: basename(path), reason: 'It could not be opened (missing or no permission).' });
    } else if (info.isDirectory()) {
      await walk(path, path, 0, collected);
    } else {
      consider(path, basename(path), info.size, collected);
    }
  }
  return collected;
}

async function walk(root: string, dir: string, depth: number, collected: Collected): Promise<void> {
  const display = relative(root, dir) || basename(dir);
  if (depth > MAX_DEPTH) {
    collected.skipped.push({ displayPath: display, reason: `Folders nested deeper than ${MAX_DEPTH} levels are not read.` });
    return;
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) {
    collected.skipped.push({ displayPath: display, reason: 'This folder could not be read (no permission?).' });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .DS_Store, .git: never articles
    const path = join(dir, entry.name);
    const displayPath = relative(root, path);
    if (entry.isDirectory()) {
      await walk(root, path, depth + 1, collected);
    } else if (entry.isFile()) {
      if (collected.files.length >= MAX_FILES) {
        collected.skipped.push({ displayPath, reason: `Only the first ${MAX_FILES} files of a folder are imported at once.` });
        continue;
      }
      const info = await stat(path).catch(() => null);
      consider(path, displayPath, info?.size ?? 0, collected);
    } else {
      collected.skipped.push({ displayPath, reason: 'Links and special files are not followed.' });
    }
  }
}

function consider(path: string, displayPath: string, size: number, collected: Collected): void {
  if (formatOfFileName(path)) {
    collected.files.push({ path, name: basename(path), displayPath, size });
  } else {
    collected.skipped.push({ displayPath, reason: notAnArticleReason() });
  }
}
