import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../helpers/import-graph';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the source tree', () => {
  it('has no import cycle anywhere in src (type-only imports included)', () => {
    // tsconfig.web.json resolves the renderer's and src/shared's imports; the paths (@shared/*)
    // are the same in every tsconfig, so one graph covers main, preload, the CLI and the server too.
    const graph = importGraph(root, 'src', 'tsconfig.web.json');
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the detector itself can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
      ['e.ts', ['e.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  it('follows @shared paths and relative imports', () => {
    const graph = importGraph(root, 'src/cli', 'tsconfig.node.json');
    expect(graph.get('src/cli/run.ts')).toEqual(expect.arrayContaining(['src/shared/ingest/types.ts', 'src/cli/compare.ts']));
  });
});
