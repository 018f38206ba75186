/**
 * "cli parse one.txt" (issue 15): the built CLI (out/cli/parallax.mjs, `npm run build`) parsing
 * one small .txt file, from process start to exit, against `node -e 0` (Node's own start on the
 * same machine at the same moment) as the baseline, and the CLI run from source through tsx
 * (`npm run cli`, what it was before). Target under 0.3 s.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeTasks } from '../measure';
import type { Benchmark } from '../types';

const BUILT = 'out/cli/parallax.mjs';
const WORKER = 'out/main/ingest-worker.js';

export const cliStart: Benchmark = {
  name: 'cli parse one.txt',
  kind: 'node',
  unavailable: (ctx) =>
    existsSync(join(ctx.repo, BUILT)) && existsSync(join(ctx.repo, WORKER)) ? null : `${BUILT} or ${WORKER} is not built: run npm run build first`,
  run: async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-bench-'));
    try {
      const file = join(dir, 'one.txt');
      writeFileSync(file, 'Ministers meet in Reykjavik\n\nThe foreign ministers met on Wednesday.\n');
      const node = process.execPath;
      const run = (command: string, args: string[]) => () => void execFileSync(command, args, { cwd: ctx.repo, stdio: 'pipe' });
      const built = run(node, [BUILT, 'parse', file]);
      const timings = await timeTasks({ built, node: run(node, ['-e', '0']) }, ctx);
      // Once, for the record (it is the "before"): `npm run cli` without npm's own start.
      const tsx = join(ctx.repo, 'node_modules/.bin/tsx');
      const fromSource = await timeTasks({ tsx: run(tsx, ['--tsconfig', 'tsconfig.node.json', 'src/cli/main.ts', 'parse', file]) }, { runs: 1, warmups: 0 });
      ctx.log(`cli parse one.txt from source through tsx: ${fromSource.tsx.median.toFixed(0)} ms`);
      const ms = timings.built.median;
      return [{ name: 'cli parse one.txt', value: ms, unit: 'ms', baseline: timings.node.median, ratio: ms / timings.node.median, target: '< 300 ms', met: ms < 300 }];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
