import { readFile, stat } from 'node:fs/promises';
import { cliParser } from './parser';
import { tooLargeError } from '@shared/ingest/errors';
import { DEFAULT_MAX_BYTES, type IngestError, type ParsedArticle } from '@shared/ingest/types';
import { describeThrown } from '@shared/result';
import { compareCommand } from './compare';
import { dossierCommand } from './dossier';

export interface CliOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  parse FILE...     Parse article files (.txt .md .html .pdf .docx); prints a JSON array,
                    one entry per file, in order. Exit code 1 if any file failed.
  compare FILE...   Compare two or more articles: prints the passages and quotes they share,
                    what only one carries, and the names they use, as JSON. Exit code 1 if a
                    file cannot be parsed.
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

type ParseEntry =
  | { file: string; ok: true; article: CliArticle }
  | { file: string; ok: false; error: IngestError };

/** The article as the CLI prints it: the documented fields first, in a stable order. */
type CliArticle = Pick<
  ParsedArticle,
  'title' | 'outlet' | 'authors' | 'published' | 'dateline' | 'agencies' | 'format' | 'text' | 'fingerprint' | 'warnings'
> &
  Pick<ParsedArticle, 'url' | 'lang' | 'provenance' | 'boilerplate'>;

export async function runCli(argv: string[]): Promise<CliOutput> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    return { stdout: USAGE, stderr: '', exitCode: command ? 0 : 2 };
  }
  if (command === 'parse') return parseCommand(rest);
  if (command === 'compare') return compareCommand(rest, (file) => parseOne(file, DEFAULT_MAX_BYTES, undefined), usageError);
  if (command === 'dossier') return dossierCommand(rest, (file) => parseOne(file, DEFAULT_MAX_BYTES, undefined), usageError);
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
  for (const file of files) entries.push(await parseOne(file, maxBytes, password));
  return {
    stdout: `${JSON.stringify(entries, null, 2)}\n`,
    stderr: '',
    exitCode: entries.every((entry) => entry.ok) ? 0 : 1,
  };
}

async function parseOne(file: string, maxBytes: number, password: string | undefined): Promise<ParseEntry> {
  const info = await stat(file).catch((thrown: unknown) => describeThrown(thrown));
  if (typeof info === 'string') {
    return { file, ok: false, error: { code: 'read-failed', message: `This file could not be opened: ${info}` } };
  }
  if (info.isDirectory()) {
    return { file, ok: false, error: { code: 'read-failed', message: 'This is a folder; name the files inside it.' } };
  }
  if (info.size > maxBytes) return { file, ok: false, error: tooLargeError(info.size, maxBytes) };
  const bytes = new Uint8Array(await readFile(file));
  const outcome = await cliParser().parse(file, bytes, { maxBytes, ...(password ? { password } : {}) });
  if (!outcome.ok) return { file, ok: false, error: outcome.error };
  const a = outcome.article;
  return {
    file,
    ok: true,
    article: {
      title: a.title,
      outlet: a.outlet,
      authors: a.authors,
      published: a.published,
      dateline: a.dateline,
      agencies: a.agencies,
      format: a.format,
      text: a.text,
      fingerprint: a.fingerprint,
      warnings: a.warnings,
      url: a.url,
      lang: a.lang,
      provenance: a.provenance,
      boilerplate: a.boilerplate,
    },
  };
}

function usageError(message: string): CliOutput {
  return { stdout: '', stderr: `${message}\n\n${USAGE}`, exitCode: 2 };
}
