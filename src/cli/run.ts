import { DEFAULT_MAX_BYTES } from '@shared/ingest/types';
import { parseEntries, type ParseEntry } from './parse-file';
import type { CliOutput } from './output';
import { expandTargets, readList, type ReadStdin } from './parse-targets';

export type { CliOutput } from './output';

export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  parse FILE|FOLDER|URL...  [--files-from LIST]
                    Parse article files (.txt .md .html .pdf .docx); prints a JSON array,
                    one entry per article found, in order: a database export (Nexis,
                    Factiva, ProQuest) gives one per article, each with its "part". A
                    folder is read with every article file under it. Exit code 1 if any
                    file or article failed.
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
  --files-from LIST Also parse the files named in LIST, one a line ("-": standard input).
                    For more names than a command line holds (about 128 KB on Linux).
  --max-mb N        Refuse files larger than N megabytes (default 50).
  --password P      Password for encrypted PDFs.
`;

/** What the CLI reads besides its arguments (standard input), passed in so tests can give it. */
export interface CliInput {
  readStdin: ReadStdin;
}

const NO_STDIN: CliInput = { readStdin: async () => '' };

export async function runCli(argv: string[], input: CliInput = NO_STDIN): Promise<CliOutput> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    return { stdout: USAGE, stderr: '', exitCode: command ? 0 : 2 };
  }
  if (command === 'parse') return parseCommand(rest, input);
  // Each command's code (the dossier's docx and PDF writers above all) loads only when it runs,
  // so that `parse` starts without it.
  const parse = (file: string) => parseEntries(file, DEFAULT_MAX_BYTES);
  if (command === 'compare') return (await import('./compare')).compareCommand(rest, parse, usageError);
  if (command === 'stories') return (await import('./stories')).storiesCommand(rest, parse, usageError);
  if (command === 'dossier') return (await import('./dossier')).dossierCommand(rest, parse, usageError);
  return { stdout: '', stderr: `Unknown command “${command}”.\n\n${USAGE}`, exitCode: 2 };
}

async function parseCommand(args: string[], input: CliInput): Promise<CliOutput> {
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
    } else if (arg === '--files-from') {
      const source = args[++i];
      if (source === undefined) return usageError('--files-from needs a file that lists the files to parse, one a line (or "-" for standard input).');
      const list = await readList(source, input.readStdin);
      if (!list.ok) return usageError(list.message);
      files.push(...list.names);
    } else if (arg.startsWith('--')) {
      return usageError(`Unknown option “${arg}”.`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return usageError('parse needs at least one FILE (or a FOLDER, or --files-from LIST).');

  const { targets, notes } = await expandTargets(files);
  const entries: ParseEntry[] = [];
  for (const file of targets) entries.push(...(await parseEntries(file, maxBytes, password)));
  return {
    stdout: `${JSON.stringify(entries, null, 2)}\n`,
    stderr: notes.map((note) => `${note}\n`).join(''),
    exitCode: entries.every((entry) => entry.ok) ? 0 : 1,
  };
}

function usageError(message: string): CliOutput {
  return { stdout: '', stderr: `${message}\n\n${USAGE}`, exitCode: 2 };
}
