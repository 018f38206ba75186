/**
 * compare 5 seeds; compare 50 articles: Parallax's comparison against diff-match-patch pairwise
 * (timeout off). Parallax has no comparison yet, so this benchmark reports nothing and says why.
 *
 * REGISTRATION POINT: when the comparison lands, set `OUR_COMPARE` to a function that compares
 * the given article texts the way the app does (every pair, or however the app groups them). The
 * baseline below already runs; the figures then appear in the table with no other change.
 */
import DiffMatchPatch from 'diff-match-patch';
import { generateCorpus } from '../corpus/generate';
import { timeTasks } from '../measure';
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
    const fifty = generateCorpus({ articles: ctx.tiny ? 8 : 50, files: false }).map((a) => a.body);
    const five = await timeTasks({ ours: () => ourCompare(seeds), baseline: () => diffMatchPatchPairwise(seeds) }, ctx);
    figures.push({ name: 'compare 5 seeds', value: five.ours.median, unit: 'ms', baseline: five.baseline.median, ratio: five.baseline.median / five.ours.median, target: '< 100 ms', met: five.ours.median < 100 });
    const many = await timeTasks({ ours: () => ourCompare(fifty), baseline: () => diffMatchPatchPairwise(fifty) }, { runs: ctx.tiny ? 1 : 3, warmups: ctx.tiny ? 0 : 1 });
    const ratio = many.baseline.median / many.ours.median;
    figures.push({ name: `compare ${fifty.length} articles`, value: many.ours.median, unit: 'ms', baseline: many.baseline.median, ratio, target: '< 250 ms, >= 5x faster', met: ratio >= 5 && many.ours.median < 250 });
    return figures;
  },
};
