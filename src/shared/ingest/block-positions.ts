import type { BoilerplateBlock } from './types';

/**
 * Finds where each block of page furniture stood in the body it was taken out of: the body
 * keeps the source's lines in order, so walking the source's lines against the body's tells,
 * for every removed line, the body offset it sat at. That offset lets the reader show a block
 * a person put back exactly where it was.
 */
export function locateBlocks(source: string, body: string, blocks: BoilerplateBlock[]): BoilerplateBlock[] {
  if (blocks.length === 0) return blocks;
  const bodyLines = nonBlankLines(body);
  const sourceLines = nonBlankLines(source);
  // For each source line: the body offset at which it stands (body line start) or would stand.
  const offsetAtSourceLine: number[] = [];
  let next = 0;
  let offset = 0;
  for (const line of sourceLines) {
    const bodyLine = bodyLines[next];
    if (bodyLine && bodyLine.text === line.text) {
      offsetAtSourceLine.push(bodyLine.start);
      offset = bodyLine.end;
      next++;
    } else {
      offsetAtSourceLine.push(next === 0 ? 0 : offset);
    }
  }
  let searchFrom = 0;
  return blocks.map((block) => {
    const firstLine = block.text.split('\n').find((l) => l.trim().length > 0)?.trim();
    const index = firstLine === undefined ? -1 : findLine(sourceLines, firstLine, searchFrom);
    if (index < 0) return block;
    searchFrom = index + 1;
    return { ...block, at: offsetAtSourceLine[index]! };
  });
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function nonBlankLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const trimmed = match[0].trim();
    if (trimmed) lines.push({ text: trimmed, start: match.index, end: match.index + match[0].length });
  }
  return lines;
}

function findLine(lines: Line[], text: string, from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.text === text) return i;
  for (let i = 0; i < from; i++) if (lines[i]!.text === text) return i;
  return -1;
}
