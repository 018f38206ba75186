import type { CliArticle, CliPart, ParseEntry } from './parse-file';

/** An article that `compare` and `stories` work on: where it came from, and what parse found. */
export interface ReadArticle {
  file: string;
  part?: CliPart;
  article: CliArticle;
}

export interface SkippedEntry {
  file: string;
  part?: CliPart;
  error: { code: string; message: string };
}

/**
 * Parses every file as `parse` does (an export gives each of its articles). What cannot be read
 * is left out and named on stderr with the reason, in words: "FILE (article 2 of 5): skipped: ...".
 */
export async function readEntries(
  files: string[],
  parse: (file: string) => Promise<ParseEntry[]>,
): Promise<{ parsed: ReadArticle[]; skipped: SkippedEntry[]; stderr: string }> {
  const parsed: ReadArticle[] = [];
  const skipped: SkippedEntry[] = [];
  for (const file of files) {
    for (const entry of await parse(file)) {
      const where = entry.part ? { part: entry.part } : {};
      if (entry.ok) parsed.push({ file, ...where, article: entry.article });
      else skipped.push({ file, ...where, error: entry.error });
    }
  }
  const stderr = skipped
    .map((s) => `${s.file}${s.part ? ` (article ${s.part.index} of ${s.part.count})` : ''}: skipped: ${s.error.message} (${s.error.code})\n`)
    .join('');
  return { parsed, skipped, stderr };
}
