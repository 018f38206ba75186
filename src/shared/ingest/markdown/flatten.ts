/**
 * Bounds Markdown's nesting on its source lines before marked (which parses nested quotes and
 * lists recursively) sees them: on each line, container markers (`>`, `-`, `*`, `+`, `1.`)
 * past MAX_MARKDOWN_DEPTH are dropped and indentation is cut to what that depth can need. The
 * words stay; one linear pass per line, no recursion.
 */
import { MAX_MARKDOWN_DEPTH } from '../limits';

/** Columns of indentation MAX_MARKDOWN_DEPTH list levels can use (a level indents at most 4 + a 9-digit marker). */
const MAX_INDENT = MAX_MARKDOWN_DEPTH * 6;

export function boundMarkdown(source: string, maxDepth = MAX_MARKDOWN_DEPTH): { text: string; flattenedLines: number } {
  let flattenedLines = 0;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const bounded = boundLine(line, maxDepth);
    if (bounded !== line) {
      lines[i] = bounded;
      flattenedLines++;
    }
  }
  return flattenedLines === 0 ? { text: source, flattenedLines } : { text: lines.join('\n'), flattenedLines };
}

function boundLine(line: string, maxDepth: number): string {
  let at = 0;
  let markers = 0;
  let keptTo = 0;
  while (at < line.length) {
    const start = at;
    while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++;
    const marker = markerLength(line, at);
    if (marker === 0) {
      at = start;
      break;
    }
    at += marker;
    markers++;
    if (markers <= maxDepth) keptTo = at;
  }
  let bounded = markers > maxDepth ? line.slice(0, keptTo) + ' ' + line.slice(at).trimStart() : line;
  const indent = /^[ \t]*/.exec(bounded)?.[0].length ?? 0;
  if (indent > MAX_INDENT) bounded = bounded.slice(0, MAX_INDENT) + bounded.slice(indent);
  return bounded;
}

/** The length of a container marker (with the space after it) at `at`, or 0. */
function markerLength(line: string, at: number): number {
  const char = line[at];
  if (char === '>') return line[at + 1] === ' ' ? 2 : 1;
  if ((char === '-' || char === '*' || char === '+') && (line[at + 1] === ' ' || line[at + 1] === '\t')) return 2;
  let digits = 0;
  while (digits < 9 && line[at + digits]! >= '0' && line[at + digits]! <= '9') digits++;
  if (digits > 0 && (line[at + digits] === '.' || line[at + digits] === ')') && line[at + digits + 1] === ' ') return digits + 2;
  return 0;
}
