/**
 * `npm run -s cli -- compare FILE...`: parse each file as `parse` does, compare them, and print
 * {"articles": [{"file", "title"}], "groups": [{"kind", "speaker", "members": [{"file", "start",
 * "end", "text"}]}], "unique": [{"file", "start", "end", "text"}], "entities": [{"name",
 * "variants"}]} with offsets into each file's parsed text; an article of a database export
 * also carries its "part". A file (or an article of an export) that cannot be parsed is skipped:
 * named with its reason on stderr, listed under "skipped", exit 1, the rest still compared.
 * Fewer than two files: usage error, exit 2; fewer than two articles left: exit 1, no JSON.
 */
import { compareArticles, type PassageRef } from '@shared/compare';
import type { CliPart, ParseEntry } from './parse-file';
import { readEntries } from './read-entries';
import type { CliOutput } from './output';

interface CliRef {
  file: string;
  part?: CliPart;
  start: number;
  end: number;
  text: string;
}

export async function compareCommand(
  args: string[],
  parse: (file: string) => Promise<ParseEntry[]>,
  usage: (message: string) => CliOutput,
): Promise<CliOutput> {
  const option = args.find((a) => a.startsWith('--'));
  if (option) return usage(`Unknown option “${option}”.`);
  if (args.length < 2) return usage('compare needs at least two FILEs.');

  const { parsed: read, skipped, stderr } = await readEntries(args, parse);
  if (read.length < 2) {
    return { stdout: '', stderr: `${stderr}compare needs at least two readable files (or articles of an export); ${read.length} could be read.\n`, exitCode: 1 };
  }
  const parsed = read.map(({ file, part, article }) => ({ file, ...(part ? { part } : {}), title: article.title, text: article.text }));

  // Ids are positions, so the same file named twice is still two articles.
  const comparison = compareArticles(parsed.map((p, i) => ({ id: String(i), text: p.text, title: p.title })));
  const ref = (r: PassageRef): CliRef => {
    const { file, part } = parsed[Number(r.articleId)]!;
    return { file, ...(part ? { part } : {}), start: r.start, end: r.end, text: r.text };
  };
  const output = {
    articles: parsed.map((p) => ({ file: p.file, ...(p.part ? { part: p.part } : {}), title: p.title })),
    groups: comparison.groups.map((g) => ({ kind: g.kind, speaker: g.speaker, members: g.members.map(ref) })),
    unique: comparison.unique.map(ref),
    entities: comparison.entities.map((e) => ({ name: e.name, variants: e.variants })),
    skipped,
  };
  return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr, exitCode: skipped.length > 0 ? 1 : 0 };
}
