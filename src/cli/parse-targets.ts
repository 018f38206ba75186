/**
 * What `parse` reads: files and links named on the command line, every article file inside a
 * named folder (walked as the app's Import Folder walks it, src/main/files/collect-files.ts),
 * and the names listed one a line in `--files-from FILE` (`-`: standard input). A list file or
 * a folder does not meet the operating system's limit on the length of a command line
 * (about 128 KB for one argument on Linux; past it the shell cannot even start the CLI).
 */
import { readFile, stat } from 'node:fs/promises';
import { collectImportFiles } from '../main/files/collect-files';

/** Largest list file read: 64 MB is about half a million long paths. */
export const MAX_LIST_BYTES = 64 * 1024 * 1024;
/** Skipped files named one by one on stderr for each reason; beyond this they are counted. */
export const SKIPPED_SHOWN_PER_REASON = 20;

const WEB_LINK = /^https?:\/\//i;

export interface ParseTargets {
  /** Files and links to parse, in order. */
  targets: string[];
  /** Lines for stderr: what a folder held that is not read, and every limit that was met, in words. */
  notes: string[];
}

export type ReadStdin = () => Promise<string>;

/** The names a list holds: one a line, blank lines ignored, a Windows line end accepted. */
export function namesInList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}

/** Reads a `--files-from` list; a refusal in words when it cannot be read or is too large. */
export async function readList(source: string, readStdin: ReadStdin): Promise<{ ok: true; names: string[] } | { ok: false; message: string }> {
  if (source === '-') return { ok: true, names: namesInList(await readStdin()) };
  const info = await stat(source).catch(() => null);
  if (!info || !info.isFile()) return { ok: false, message: `The list of files “${source}” could not be opened (missing, a folder, or no permission).` };
  if (info.size > MAX_LIST_BYTES) {
    return { ok: false, message: `The list of files “${source}” is larger than ${MAX_LIST_BYTES / 1024 / 1024} MB; split it into several lists and run parse once for each.` };
  }
  return { ok: true, names: namesInList(await readFile(source, 'utf8')) };
}

/** Expands folders into their article files; files and links stay as they are, in order. */
export async function expandTargets(names: readonly string[]): Promise<ParseTargets> {
  const result: ParseTargets = { targets: [], notes: [] };
  const skippedByReason = new Map<string, string[]>();
  for (const name of names) {
    const info = WEB_LINK.test(name) ? null : await stat(name).catch(() => null);
    if (!info?.isDirectory()) {
      // Files, links and missing names alike: parseEntries answers each, a missing one in words.
      result.targets.push(name);
      continue;
    }
    const collected = await collectImportFiles([name]);
    result.targets.push(...collected.files.map((file) => file.path));
    for (const skipped of collected.skipped) {
      const list = skippedByReason.get(skipped.reason) ?? [];
      list.push(`${name}: ${skipped.displayPath}`);
      skippedByReason.set(skipped.reason, list);
    }
    if (collected.files.length === 0 && collected.skipped.length === 0) result.notes.push(`The folder “${name}” holds no files.`);
  }
  for (const [reason, paths] of skippedByReason) {
    for (const path of paths.slice(0, SKIPPED_SHOWN_PER_REASON)) result.notes.push(`Not read: ${path}. ${reason}`);
    const more = paths.length - SKIPPED_SHOWN_PER_REASON;
    if (more > 0) result.notes.push(`Not read: ${more} more file${more === 1 ? '' : 's'} for the same reason: ${reason}`);
  }
  return result;
}
