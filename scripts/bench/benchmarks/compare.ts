/**
 * compare 5 seeds; compare 50 articles: Parallax's comparison (`compareArticles`, what the Compare
 * view runs) against diff-match-patch pairwise (timeout off), timed, and the heap the comparison
 * of the 50 articles holds afterwards and uses while it runs (issue 13: under 250 ms). The 50 are
 * the seeded corpus's first articles: about a dozen stories of 2-7 outlets each, as a user's
 * selection of a week's coverage. Its CPU time is reported beside the wall-clock time: on a machine
 * shared with other work the wall clock grows with the load. `--tiny` compares 4 (the pairwise baseline grows with the square).
 */
import DiffMatchPatch from 'diff-match-patch';
import { generateCorpus } from '../corpus/generate';
import { heapUse } from '../heap';
import { cpuTimeMedian, timeTasks } from '../measure';
import type { Benchmark, Figure } from '../types';
import { seedTexts } from './reanchor';
import { compareArticles } from '@shared/compare';

/** Parallax's comparison of a set of article texts. null until it exists. */
export const OUR_COMPARE = ((texts: string[]) => compareArticles(texts.map((text, i) => ({ id: String(i), text })))) as
  | ((texts: string[]) => unknown)
  | null;

/** The baseline: diff-match-patch on every pair, with its time limit off, semantic clean-up as a user would. */
export function diffMatchPatchPairwise(texts: string[]): number {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  let diffs = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const d = dmp.diff_main(texts[i] ?? '', texts[j] ?? '');
      dmp.diff_cleanupSemantic(d);
      diffs += d.length;
    }
  }
  return diffs;
}

export const compare: Benchmark = {
  name: 'compare 5 seeds; compare 50 articles',
  kind: 'node',
  unavailable: () => (OUR_COMPARE ? null : 'Parallax has no comparison yet (register it as OUR_COMPARE in scripts/bench/benchmarks/compare.ts)'),
  async run(ctx) {
    const ourCompare = OUR_COMPARE;
    if (!ourCompare) return [];
    const figures: Figure[] = [];
    const seeds = seedTexts(ctx.repo);
    const fifty = generateCorpus({ articles: ctx.tiny ? 4 : 50, files: false }).map((a) => a.body);
    const five = await timeTasks({ ours: () => ourCompare(seeds), baseline: () => diffMatchPatchPairwise(seeds) }, ctx);
    figures.push({ name: 'compare 5 seeds', value: five.ours.median, unit: 'ms', baseline: five.baseline.median, ratio: five.baseline.median / five.ours.median, target: '< 100 ms', met: five.ours.median < 100 });
    const many = await timeTasks({ ours: () => ourCompare(fifty), baseline: () => diffMatchPatchPairwise(fifty) }, { runs: ctx.tiny ? 1 : ctx.runs, warmups: ctx.tiny ? 0 : ctx.warmups });
    const ratio = many.baseline.median / many.ours.median;
    figures.push({ name: `compare ${fifty.length} articles`, value: many.ours.median, unit: 'ms', baseline: many.baseline.median, ratio, target: '< 250 ms, >= 5x faster', met: ratio >= 5 && many.ours.median < 250 });
    const cpu = cpuTimeMedian(() => ourCompare(fifty), ctx.tiny ? 1 : Math.max(3, ctx.runs));
    figures.push({ name: `compare ${fifty.length} articles (CPU time)`, value: cpu, unit: 'ms', baseline: null, ratio: null, target: '< 250 ms', met: cpu < 250 });
    const heap = heapUse(() => ourCompare(fifty));
    figures.push({ name: `compare ${fifty.length} articles: heap held by the result`, value: heap.retainedMb, unit: 'MB', baseline: null, ratio: null, target: '-', met: true });
    figures.push({ name: `compare ${fifty.length} articles: heap while comparing (at least)`, value: heap.peakAtLeastMb, unit: 'MB', baseline: null, ratio: null, target: '-', met: true });
    return figures;
  },
};
