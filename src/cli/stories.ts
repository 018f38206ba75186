/**
 * `npm run -s cli -- stories FILE...`: parse each file as `parse` does, group the articles into
 * stories (src/shared/compare/stories.ts) and print {"stories": [{"title", "files"}]}, every
 * readable file in exactly one story, earliest first within a story; an article of a database
 * export is named "FILE#N" (its place in the export). A file that fails to parse is named on
 * stderr with the reason and left out (exit code 1); no FILE: usage error, exit 2.
 */
import { groupStories } from '@shared/compare/stories';
import type { ParseEntry } from './parse-file';
import { readEntries } from './read-entries';
import type { CliOutput } from './output';

export async function storiesCommand(
  args: string[],
  parse: (file: string) => Promise<ParseEntry[]>,
  usage: (message: string) => CliOutput,
): Promise<CliOutput> {
  const option = args.find((a) => a.startsWith('--'));
  if (option) return usage(`Unknown option “${option}”.`);
  if (args.length === 0) return usage('stories needs at least one FILE.');
  const { parsed, stderr } = await readEntries(args, parse);
  // Ids are positions, so the same file named twice is still two articles.
  const grouping = groupStories(
    parsed.map(({ article }, i) => ({ id: String(i), title: article.title, text: article.text, published: article.published, outlet: article.outlet })),
  );
  const name = (i: number): string => {
    const { file, part } = parsed[i]!;
    return part ? `${file}#${part.index}` : file;
  };
  const output = { stories: grouping.stories.map((s) => ({ title: s.title, files: s.articles.map((id) => name(Number(id))) })) };
  return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr, exitCode: stderr ? 1 : 0 };
}
