import type { BoilerplateBlock } from './ingest/types';

export interface PlacedFurniture {
  /** The block's index in the article's page furniture. */
  index: number;
  block: BoilerplateBlock;
  /** Shown just before this paragraph (the paragraph count: after the last one). */
  beforeParagraph: number;
}

/**
 * Where the reader shows each block of page furniture a person put back: before the first
 * paragraph that starts at or after the offset it was taken out at (blocks are taken out whole
 * lines at a time, so that is where it stood), or after the last paragraph when its place is
 * unknown. Blocks at one place keep their order. Only blocks marked `restored` are placed.
 */
export function placeFurniture(paragraphStarts: readonly number[], blocks: readonly BoilerplateBlock[]): PlacedFurniture[] {
  const placed: PlacedFurniture[] = [];
  blocks.forEach((block, index) => {
    if (!block.restored) return;
    const at = block.at;
    const found = at === undefined ? -1 : paragraphStarts.findIndex((start) => start >= at);
    placed.push({ index, block, beforeParagraph: found < 0 ? paragraphStarts.length : found });
  });
  return placed.sort((a, b) => a.beforeParagraph - b.beforeParagraph || a.index - b.index);
}
