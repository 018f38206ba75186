import { DEFAULT_MAX_BYTES } from '@shared/ingest/types';
import { parseEntries, type ParseEntry } from './parse-file';
import type { CliOutput } from './output';

export type { CliOutput } from './output';

export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  parse FILE...     Parse article files (.txt .md .html .pdf .docx); prints a JSON array,
                    one entry per article found, in order: a database export (Nexis,
                    Factiva, ProQuest) gives one per article, each with its "part".
                    Exit code 1 if any file or article failed.
  compare FILE...   Compare two or more articles: prints the passages and quotes they share,
                    what only one carries, and the names they use, as JSON. A file that
                    cannot be parsed is skipped and named on stderr (exit code 1); the
                    others are still compared.
  stories FILE...   Group articles into stories (one event, any outlet or day); prints
                    {"stories": [{"title", "files"}]}, every readable file in one story.
  dossier --format F --out PATH [--backup BACKUP.json] [--title T] [FILE...]
                    Build a dossier from a backup and/or article files and write it to PATH;
                    F is html, pdf, md, docx, csv, w3c, qdpx or json. Files alone give
                    sources, comparison findings and full texts, without annotations. Prints
                    {"out", "format", "articles", "highlights", "notes", "bytes"}. Exit code 1
                    if the backup or a file cannot be read; pdf needs Chromium
                    (PARALLAX_CHROMIUM, else /usr/bin/chromium), exit code 2 without it.
Options for parse:
  --max-mb N        Refuse files larger than N megabytes (default 50).
  --password P      Password for encrypted PDFs.
`;

export async function runCli(argv: string[]): Promise<CliOutput> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    return { stdout: USAGE, stderr: '', exitCode: command ? 0 : 2 };
  }
  if (command === 'parse') return parseCommand(rest);
  // Each command's code (the dossier's docx and PDF writers above all) loads only when it runs,
  // so that `parse` starts without it.
  const parse = (file: string) => parseEntries(file, DEFAULT_MAX_BYTES);
  if (command === 'compare') return (await import('./compare')).compareCommand(rest, parse, usageError);
  if (command === 'stories') return (await import('./stories')).storiesCommand(rest, parse, usageError);
  if (command === 'dossier') return (await import('./dossier')).dossierCommand(rest, parse, usageError);
  return { stdout: '', stderr: `Unknown command “${command}”.\n\n${USAGE}`, exitCode: 2 };
}

async function parseCommand(args: string[]): Promise<CliOutput> {
  const files: string[] = [];
  let maxBytes = DEFAULT_MAX_BYTES;
  let password: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--max-mb') {
      const value = Number(args[++i]);
      if (!Number.isFinite(value) || value <= 0) return usageError('--max-mb needs a positive number of megabytes.');
      maxBytes = Math.round(value * 1024 * 1024);
    } else if (arg === '--password') {
      password = args[++i];
      if (password === undefined) return usageError('--password needs a value.');
    } else if (arg.startsWith('--')) {
      return usageError(`Unknown option “${arg}”.`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return usageError('parse needs at least one FILE.');

  const entries: ParseEntry[] = [];
  for (const file of files) entries.push(...(await parseEntries(file, maxBytes, password)));
  return {
    stdout: `${JSON.stringify(entries, null, 2)}\n`,
    stderr: '',
    exitCode: entries.every((entry) => entry.ok) ? 0 : 1,
  };
}

function usageError(message: string): CliOutput {
  return { stdout: '', stderr: `${message}\n\n${USAGE}`, exitCode: 2 };
}
