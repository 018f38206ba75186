/**
 * `npm run -s cli -- compare FILE...`: parse each file as `parse` does, compare them, and print
 * {"articles": [{"file", "title"}], "groups": [{"kind", "speaker", "members": [{"file", "start",
 * "end", "text"}]}], "unique": [{"file", "start", "end", "text"}], "entities": [{"name",
 * "variants"}]} with offsets into each file's parsed text. A file that fails to parse: exit 1,
 * its name and the reason on stderr, no JSON. Fewer than two files: usage error, exit 2.
 */
import { compareArticles, type PassageRef } from '@shared/compare';
import type { IngestError, ParsedArticle } from '@shared/ingest/types';
import type { CliOutput } from './run';

export type ParseOutcome = { ok: true; article: Pick<ParsedArticle, 'title' | 'text'> } | { ok: false; error: IngestError };

interface CliRef {
  file: string;
  start: number;
  end: number;
  text: string;
}

export async function compareCommand(
  args: string[],
  parse: (file: string) => Promise<ParseOutcome>,
  usage: (message: string) => CliOutput,
): Promise<CliOutput> {
  const option = args.find((a) => a.startsWith('--'));
  if (option) return usage(`Unknown option “${option}”.`);
  if (args.length < 2) return usage('compare needs at least two FILEs.');

  const { parsed, stderr } = await readAll(args, parse);
  if (parsed.length < 2) return { stdout: '', stderr: `${stderr}compare needs at least two readable files; ${parsed.length} could be read.\n`, exitCode: 1 };

  // Ids are positions, so the same file named twice is still two articles.
  const comparison = compareArticles(parsed.map((p, i) => ({ id: String(i), text: p.text, title: p.title })));
  const ref = (r: PassageRef): CliRef => ({ file: parsed[Number(r.articleId)]!.file, start: r.start, end: r.end, text: r.text });
  const output = {
    articles: parsed.map((p) => ({ file: p.file, title: p.title })),
    groups: comparison.groups.map((g) => ({ kind: g.kind, speaker: g.speaker, members: g.members.map(ref) })),
    unique: comparison.unique.map(ref),
    entities: comparison.entities.map((e) => ({ name: e.name, variants: e.variants })),
  };
  return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr, exitCode: stderr ? 1 : 0 };
}

/** Parse every file; the ones that fail are named on stderr with the reason, in words, and left out. */
export async function readAll<A extends ParseOutcome>(
  files: string[],
  parse: (file: string) => Promise<A>,
): Promise<{ parsed: ({ file: string } & Extract<A, { ok: true }>['article'])[]; stderr: string }> {
  const parsed: ({ file: string } & Extract<A, { ok: true }>['article'])[] = [];
  let stderr = '';
  for (const file of files) {
    const outcome = await parse(file);
    if (!outcome.ok) {
      stderr += `${file}: skipped: ${outcome.error.message} (${outcome.error.code})\n`;
      continue;
    }
    parsed.push({ file, ...(outcome.article as Extract<A, { ok: true }>['article']) });
  }
  return { parsed, stderr };
}
