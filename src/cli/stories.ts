/**
 * `npm run -s cli -- stories FILE...`: parse each file as `parse` does, group the articles into
 * stories (src/shared/compare/stories.ts) and print {"stories": [{"title", "files"}]}, every
 * readable file in exactly one story, earliest first within a story. A file that fails to parse
 * is named on stderr with the reason and left out (exit code 1); no FILE: usage error, exit 2.
 */
import { groupStories } from '@shared/compare/stories';
import type { IngestError, ParsedArticle } from '@shared/ingest/types';
import { readAll } from './compare';
import type { CliOutput } from './run';

export type StoryParseOutcome = { ok: true; article: Pick<ParsedArticle, 'title' | 'text' | 'published' | 'outlet'> } | { ok: false; error: IngestError };

export async function storiesCommand(
  args: string[],
  parse: (file: string) => Promise<StoryParseOutcome>,
  usage: (message: string) => CliOutput,
): Promise<CliOutput> {
  const option = args.find((a) => a.startsWith('--'));
  if (option) return usage(`Unknown option “${option}”.`);
  if (args.length === 0) return usage('stories needs at least one FILE.');
  const { parsed, stderr } = await readAll(args, parse);
  // Ids are positions, so the same file named twice is still two articles.
  const grouping = groupStories(parsed.map((p, i) => ({ id: String(i), title: p.title, text: p.text, published: p.published, outlet: p.outlet })));
  const output = {
    stories: grouping.stories.map((s) => ({ title: s.title, files: s.articles.map((id) => parsed[Number(id)]!.file) })),
  };
  return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr, exitCode: stderr ? 1 : 0 };
}
